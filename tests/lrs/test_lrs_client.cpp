// Sending statements to an LRS: the real libcurl transport against the stand-in on loopback (lrs_stand_in.h),
// with the waits between attempts only added up, never slept.
#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "frontdesk/lrs_client.h"
#include "lrs_stand_in.h"

using namespace frontdesk;
using frontdesk::test::LrsStandIn;

namespace {

std::vector<nlohmann::json> statements(int count, int from = 0) {
    std::vector<nlohmann::json> out;
    for (int i = from; i < from + count; ++i) {
        char id[40];
        std::snprintf(id, sizeof id, "00000000-0000-4000-8000-%012d", i);
        out.push_back({{"id", id},
                       {"actor", {{"objectType", "Agent"}, {"account", {{"homePage", "https://example.org"}, {"name", "t" + std::to_string(i)}}}}},
                       {"verb", {{"id", "http://adlnet.gov/expapi/verbs/answered"}}},
                       {"object", {{"id", "https://example.org/scenarios/s"}}}});
    }
    return out;
}

struct Run {
    LrsConnection connection;
    SyncPolicy policy;
    double waited = 0;
    std::vector<std::string> delivered;
    explicit Run(const LrsStandIn& lrs, const std::string& secret = "s3cret") {
        connection.endpoint = lrs.endpoint();
        connection.key = "frontdesk";
        connection.secret = secret;
        connection.timeout_seconds = 2;
        policy.batch_size = 50;
        policy.sleep = [this](double seconds) { waited += seconds; };
    }
    SyncOutcome send(const std::vector<nlohmann::json>& list) {
        auto transport = make_curl_transport(connection);
        return send_statements(*transport, connection.endpoint, list, policy,
                               [this](const std::vector<std::string>& ids) { delivered.insert(delivered.end(), ids.begin(), ids.end()); });
    }
};

}  // namespace

TEST_CASE("lrs: every statement arrives in batches, with the xAPI header and the credentials, under its own id") {
    LrsStandIn lrs("frontdesk", "s3cret");
    Run run(lrs);
    SyncOutcome outcome = run.send(statements(120));
    CHECK(outcome.complete());
    CHECK(outcome.sent == 120);
    CHECK(outcome.requests == 3);  // 50 + 50 + 20
    CHECK(lrs.stored().size() == 120);
    CHECK(lrs.stored().count("00000000-0000-4000-8000-000000000119") == 1);
    CHECK(lrs.problems().empty());
    CHECK(run.delivered.size() == 120);
}

TEST_CASE("lrs: a busy LRS is tried again after growing waits; a conflicting batch goes one at a time") {
    LrsStandIn lrs("frontdesk", "s3cret");
    Run run(lrs);
    lrs.fail_next(3);
    SyncOutcome first = run.send(statements(60));
    CHECK(first.complete());
    CHECK(first.sent == 60);
    CHECK(run.waited == doctest::Approx(0.5 + 1 + 2));
    // Sent again with 40 new ones: the batch holding stored ids is refused (409), its statements then go one by
    // one (the stored ones 409: already there, delivered too), the rest in a batch.
    run.delivered.clear();
    SyncOutcome again = run.send(statements(100));
    CHECK(again.complete());
    CHECK(again.already_there == 60);
    CHECK(again.sent == 40);
    CHECK(run.delivered.size() == 100);
    CHECK(lrs.stored().size() == 100);
    CHECK(lrs.puts() > 0);
}

TEST_CASE("lrs: refused credentials stop at once with a message that never shows the secret") {
    LrsStandIn lrs("frontdesk", "s3cret");
    Run run(lrs, "wrong-secret");
    SyncOutcome outcome = run.send(statements(10));
    CHECK_FALSE(outcome.complete());
    CHECK(outcome.not_sent == 10);
    CHECK(outcome.requests == 1);
    CHECK(outcome.problem.find("refused the key and secret (HTTP 401)") != std::string::npos);
    CHECK(outcome.problem.find("FRONTDESK_LRS_KEY") != std::string::npos);
    CHECK(outcome.problem.find("wrong-secret") == std::string::npos);
    CHECK(lrs.stored().empty());
}

TEST_CASE("lrs: an LRS that stays busy stops the sync with what was sent kept, and the rest for next time") {
    LrsStandIn lrs("frontdesk", "s3cret");
    Run run(lrs);
    run.policy.attempts = 3;
    SyncOutcome part = run.send(statements(50));
    REQUIRE(part.complete());
    lrs.fail_next(100);
    SyncOutcome outcome = run.send(statements(100, 50));
    CHECK_FALSE(outcome.complete());
    CHECK(outcome.not_sent == 100);
    CHECK(outcome.problem.find("HTTP 503") != std::string::npos);
    CHECK(outcome.problem.find("3 times in a row") != std::string::npos);
    CHECK(outcome.requests == 3);
}

TEST_CASE("lrs: no answer in time counts as busy; a batch too large is halved") {
    LrsStandIn lrs("frontdesk", "s3cret");
    Run run(lrs);
    run.connection.timeout_seconds = 0.3;
    run.policy.attempts = 2;
    lrs.delay_ms(600);
    SyncOutcome slow = run.send(statements(5));
    CHECK_FALSE(slow.complete());
    CHECK(slow.problem.find("no answer") != std::string::npos);
    CHECK(slow.requests == 2);
    lrs.delay_ms(0);
    lrs.refuse_batches_over(20);
    SyncOutcome halved = run.send(statements(50));
    CHECK(halved.complete());
    // The five sent too slowly were stored all the same (the LRS finished after the program stopped waiting):
    // sent again, they are already there, and count as delivered.
    CHECK(halved.already_there == 5);
    CHECK(halved.sent == 45);
    CHECK(run.delivered.size() == 50);
    CHECK(lrs.stored().size() == 50);
}

TEST_CASE("lrs: nothing listening, or a wrong resource, says so") {
    int port = 0;
    {
        LrsStandIn gone("frontdesk", "s3cret");
        port = gone.port();
    }
    SyncPolicy policy;
    policy.attempts = 2;
    double waited = 0;
    policy.sleep = [&](double seconds) { waited += seconds; };
    LrsConnection connection;
    connection.endpoint = "http://127.0.0.1:" + std::to_string(port) + "/xapi/";
    connection.timeout_seconds = 1;
    auto transport = make_curl_transport(connection);
    SyncOutcome outcome = send_statements(*transport, connection.endpoint, statements(3), policy, [](const std::vector<std::string>&) {});
    CHECK_FALSE(outcome.complete());
    CHECK(outcome.problem.find("no answer (") != std::string::npos);

    LrsStandIn lrs("frontdesk", "s3cret");
    connection.endpoint = "http://127.0.0.1:" + std::to_string(lrs.port()) + "/wrong/";
    connection.key = "frontdesk";
    connection.secret = "s3cret";
    auto other = make_curl_transport(connection);
    SyncOutcome missing = send_statements(*other, connection.endpoint, statements(3), policy, [](const std::vector<std::string>&) {});
    CHECK(missing.problem.find("HTTP 404") != std::string::npos);
    CHECK(missing.problem.find("/xapi/") != std::string::npos);
}

TEST_CASE("lrs: endpoints that cannot be used are refused before anything is sent") {
    CHECK(lrs_endpoint_problem("https://lrs.example.org/xapi/").empty());
    CHECK(lrs_endpoint_problem("http://127.0.0.1:8080/xapi").empty());
    CHECK(lrs_endpoint_problem("").find("--endpoint") != std::string::npos);
    CHECK(lrs_endpoint_problem("ftp://lrs.example.org/").find("not an http:// or https://") != std::string::npos);
    std::string with_secret = lrs_endpoint_problem("https://key:secret@lrs.example.org/xapi/");
    CHECK(with_secret.find("user name or password") != std::string::npos);
    CHECK(with_secret.find("secret@") == std::string::npos);
    CHECK(lrs_endpoint_problem("https:///xapi").find("names no server") != std::string::npos);
    CHECK(lrs_endpoint_problem("https://lrs.example.org/x api").find("space") != std::string::npos);
    CHECK(lrs_statements_url("https://lrs.example.org/xapi") == "https://lrs.example.org/xapi/statements");
    CHECK(lrs_statements_url("https://lrs.example.org/xapi/") == "https://lrs.example.org/xapi/statements");
}
