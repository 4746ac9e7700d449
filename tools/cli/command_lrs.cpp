// frontdesk lrs sync --endpoint URL [--db DB] : sends a Learning Record Store every statement export-xapi would
// write (same ids) that it has not confirmed yet, noting each confirmed batch in the results store so a repeated
// sync sends nothing new and an interrupted one resumes. frontdesk lrs status [--db DB] : what is pending.
// The key and secret come from FRONTDESK_LRS_KEY and FRONTDESK_LRS_SECRET, never from the command line.
#include <cstdlib>
#include <iostream>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "cli_common.h"
#include "frontdesk/lrs_client.h"
#include "frontdesk/results_store.h"
#include "frontdesk/xapi_export.h"

namespace frontdesk::cli {

namespace {

struct LrsOptions {
    std::string endpoint;
    std::string db;
    std::string home_page = XapiOptions{}.home_page;
    std::string iri_base;
    bool no_names = false;
    std::vector<std::string> scenario_paths;
    std::size_t batch = 500;
    std::string ca_file;
    double timeout = 30;
};

XapiOptions xapi_options(const LrsOptions& options) {
    XapiOptions xapi;
    xapi.home_page = options.home_page;
    xapi.iri_base = options.iri_base;
    xapi.include_names = !options.no_names;
    std::vector<std::string> paths = options.scenario_paths;
    paths.push_back(bundled_scenario_dir());
    auto index = std::make_shared<ScenarioIndex>(paths);
    xapi.find_scenario = [index](const SessionRecord& session) { return index->find(session); };
    return xapi;
}

// The statements not confirmed yet, each with the session it tells of, in the order they happened.
struct Pending {
    std::vector<nlohmann::json> statements;
    std::map<std::string, std::string> session_of;  // statement id -> the session's UUID
    std::size_t delivered_before = 0;
};

Pending pending_statements(const ResultsStore& store, const XapiOptions& xapi) {
    std::vector<std::string> delivered = store.delivered_statements();
    std::set<std::string> known(delivered.begin(), delivered.end());
    Pending pending;
    xapi_session_statements(store, {}, xapi, [&](const SessionRecord& session, nlohmann::json& statements) {
        for (nlohmann::json& statement : statements) {
            if (known.count(statement.value("id", ""))) {
                ++pending.delivered_before;
                continue;
            }
            pending.session_of[statement.value("id", "")] = session.uuid;
            pending.statements.push_back(std::move(statement));
        }
    });
    return pending;
}

const char* environment(const char* name) {
    const char* value = std::getenv(name);
    return value && *value ? value : nullptr;
}

int run_sync(const LrsOptions& options) {
    const char* program = "frontdesk lrs sync: ";
    if (std::string problem = lrs_endpoint_problem(options.endpoint); !problem.empty()) {
        std::cerr << program << problem << '\n';
        return exit_usage;
    }
    const char* key = environment("FRONTDESK_LRS_KEY");
    const char* secret = environment("FRONTDESK_LRS_SECRET");
    if (!key || !secret) {
        std::cerr << program << "no LRS credentials: set FRONTDESK_LRS_KEY and FRONTDESK_LRS_SECRET to the key and secret the LRS gave "
                                "for frontdesk (they are never taken from the command line, which everyone on the computer can see)\n";
        return exit_usage;
    }
    XapiOptions xapi = xapi_options(options);
    if (std::string problem = xapi_options_problem(xapi); !problem.empty()) {
        std::cerr << program << problem << '\n';
        return exit_usage;
    }
    std::unique_ptr<ResultsStore> store = open_existing_results(options.db, "lrs sync", std::cerr);
    if (!store) return exit_problems;
    try {
        Pending pending = pending_statements(*store, xapi);
        LrsConnection connection;
        connection.endpoint = options.endpoint;
        connection.key = key;
        connection.secret = secret;
        connection.ca_file = options.ca_file;
        connection.timeout_seconds = options.timeout;
        SyncPolicy policy;
        policy.batch_size = options.batch;
        std::unique_ptr<LrsTransport> transport = make_curl_transport(connection);
        std::size_t noted = 0;
        SyncOutcome outcome = send_statements(*transport, options.endpoint, pending.statements, policy, [&](const std::vector<std::string>& ids) {
            std::vector<StatementDelivery> deliveries;
            for (const std::string& id : ids) deliveries.push_back({id, pending.session_of[id]});
            store->record_deliveries(deliveries);
            noted += ids.size();
        });
        std::string where = lrs_statements_url(options.endpoint);
        std::cout << outcome.sent << (outcome.sent == 1 ? " statement" : " statements") << " sent to " << where;
        if (outcome.already_there > 0) std::cout << ", " << outcome.already_there << " it had already";
        std::cout << "; " << pending.delivered_before << " delivered before";
        if (outcome.complete()) {
            std::cout << "; nothing left to send\n";
            return exit_ok;
        }
        std::cout << '\n';
        std::cerr << program << outcome.problem << " (" << outcome.not_sent << " statements wait for the next sync)\n";
        return exit_problems;
    } catch (const StoreError& e) {
        // A batch the LRS confirmed but the store could not note is sent again next time: the LRS keeps one copy.
        std::cerr << program << e.what() << '\n';
        return exit_problems;
    }
}

int run_status(const LrsOptions& options) {
    std::unique_ptr<ResultsStore> store = open_existing_results(options.db, "lrs status", std::cerr);
    if (!store) return exit_problems;
    try {
        Pending pending = pending_statements(*store, xapi_options(options));
        std::cout << "results:   " << store->location() << '\n'
                  << "delivered: " << pending.delivered_before << " statements confirmed by the LRS\n"
                  << "pending:   " << pending.statements.size() << " statements to send (frontdesk lrs sync --endpoint URL)\n";
        return exit_ok;
    } catch (const StoreError& e) {
        std::cerr << "frontdesk lrs status: " << e.what() << '\n';
        return exit_problems;
    }
}

void add_statement_options(CLI::App& command, LrsOptions& options) {
    command.add_option("--db", options.db, "Results database or server (default: " + default_results_location() + ")");
    command.add_option("--home-page", options.home_page, "The system the trainee ids belong to (as for export-xapi)")->capture_default_str();
    command.add_option("--iri-base", options.iri_base, "Base of the activity and extension IRIs (as for export-xapi)");
    command.add_flag("--no-names", options.no_names, "Identify trainees by account only (as for export-xapi)");
    command.add_option("--scenarios", options.scenario_paths, "Scenario files or folders besides the bundled library (as for export-xapi)");
}

}  // namespace

void add_lrs_command(CLI::App& app, int& exit_code) {
    CLI::App* lrs = app.add_subcommand("lrs", "Send the results to a Learning Record Store (xAPI 1.0.3)");
    lrs->require_subcommand(1);
    auto options = std::make_shared<LrsOptions>();
    CLI::App* sync = lrs->add_subcommand("sync", "Send every statement the LRS does not have yet (key and secret from FRONTDESK_LRS_KEY, FRONTDESK_LRS_SECRET)");
    sync->add_option("--endpoint", options->endpoint, "The LRS's xAPI base, such as https://lrs.example.org/xapi/")->required();
    add_statement_options(*sync, *options);
    sync->add_option("--batch", options->batch, "Statements per request")->check(CLI::Range(1, 10000))->capture_default_str();
    sync->add_option("--ca-file", options->ca_file, "A CA bundle for an LRS certified by the organisation's own authority")->check(CLI::ExistingFile);
    sync->add_option("--timeout", options->timeout, "Seconds to wait for each answer")->check(CLI::Range(1.0, 600.0))->capture_default_str();
    sync->callback([options, &exit_code] { exit_code = run_sync(*options); });
    CLI::App* status = lrs->add_subcommand("status", "How many statements the LRS has confirmed and how many wait to be sent");
    add_statement_options(*status, *options);
    status->callback([options, &exit_code] { exit_code = run_status(*options); });
}

}  // namespace frontdesk::cli
