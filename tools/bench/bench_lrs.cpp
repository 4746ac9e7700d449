// LRS sync throughput: statements per second from send_statements through libcurl to the stand-in LRS on
// loopback (tests/lrs/lrs_stand_in.h), at several batch sizes, each the median of five runs. Figures, not a test.
//   build/bench_lrs [STATEMENTS]
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <string>
#include <vector>

#include "frontdesk/lrs_client.h"
#include "lrs_stand_in.h"

int main(int argc, char** argv) {
    int count = argc > 1 ? std::max(1, std::atoi(argv[1])) : 20000;
    std::vector<nlohmann::json> statements;
    for (int i = 0; i < count; ++i) {
        char id[40];
        std::snprintf(id, sizeof id, "00000000-0000-4000-8000-%012d", i);
        // About the size of an `answered` statement export-xapi writes (~900 bytes).
        statements.push_back({{"id", id},
                              {"actor", {{"objectType", "Agent"}, {"name", "Trainee " + std::to_string(i % 50)},
                                         {"account", {{"homePage", "https://frontdesk.example"}, {"name", "t" + std::to_string(i % 50)}}}}},
                              {"verb", {{"id", "http://adlnet.gov/expapi/verbs/answered"}, {"display", {{"en-US", "answered"}}}}},
                              {"object", {{"id", "https://frontdesk.example/xapi/scenarios/angry-client-wrong-invoice/nodes/opening"},
                                          {"definition", {{"type", "http://adlnet.gov/expapi/activities/cmi.interaction"},
                                                          {"interactionType", "choice"}}}}},
                              {"result", {{"response", "choice-1"}, {"duration", "PT12.5S"},
                                          {"extensions", {{"https://frontdesk.example/xapi/extensions/points", {{"listening", 2}, {"respect", 1}}}}}}},
                              {"context", {{"registration", "11111111-2222-4333-8444-555555555555"}, {"language", "en"}}},
                              {"timestamp", "2026-12-02T09:00:00.000Z"}});
    }
    std::printf("LRS sync to a stand-in LRS on loopback (libcurl, HTTP, one connection), %d statements, median of 5 runs:\n", count);
    for (std::size_t batch : {50, 200, 500, 1000}) {
        std::vector<double> rates;
        for (int run = 0; run < 5; ++run) {
            frontdesk::test::LrsStandIn lrs("k", "s");
            frontdesk::LrsConnection connection{lrs.endpoint(), "k", "s", "", 30};
            auto transport = frontdesk::make_curl_transport(connection);
            frontdesk::SyncPolicy policy;
            policy.batch_size = batch;
            auto start = std::chrono::steady_clock::now();
            frontdesk::SyncOutcome outcome = frontdesk::send_statements(*transport, lrs.endpoint(), statements, policy, [](const std::vector<std::string>&) {});
            double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
            if (!outcome.complete() || lrs.stored().size() != statements.size()) {
                std::printf("  batch %zu: the sync did not complete: %s\n", batch, outcome.problem.c_str());
                return 1;
            }
            rates.push_back(count / seconds);
        }
        std::sort(rates.begin(), rates.end());
        std::printf("  batches of %4zu: %8.0f statements/s (slowest run %8.0f)  target > 5,000/s\n", batch, rates[2], rates[0]);
    }
    return 0;
}
