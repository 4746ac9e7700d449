// frontdesk lrs sync [--endpoint URL] [--db DB] : sends a Learning Record Store every statement export-xapi
// would write (same ids) that it has not confirmed yet, noting each confirmed batch in the results store so a
// repeated sync sends nothing new and an interrupted one resumes. frontdesk lrs status [--db DB] : what is
// pending, and what the last attempt on this computer did. The endpoint and the other settings come from the
// command line or the settings file ($XDG_CONFIG_HOME/frontdesk/config.yaml); the key and secret from
// FRONTDESK_LRS_KEY and FRONTDESK_LRS_SECRET or that file (owner-only), never from the command line.
#include <iostream>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "cli_common.h"
#include "frontdesk/lrs_settings.h"
#include "frontdesk/lrs_state.h"
#include "frontdesk/results_store.h"
#include "frontdesk/statement_delivery.h"

namespace frontdesk::cli {

namespace {

// What the command line says; empty (or 0) leaves the settings file's value, or the default.
struct LrsOptions {
    std::string endpoint;
    std::string db;
    std::string home_page;
    std::string iri_base;
    bool no_names = false;
    std::vector<std::string> scenario_paths;
    std::vector<std::string> course_dirs;
    std::size_t batch = 0;
    std::string ca_file;
    double timeout = 0;
};

// The settings file, then the command line over it, then the key and secret from the environment over the file's.
// Empty when the file has mistakes (printed).
std::optional<LrsSettings> effective_settings(const LrsOptions& options, const char* program, std::string& config_path) {
    config_path = frontdesk_config_path();
    LrsSettingsFile file = read_lrs_settings(config_path);
    if (file.diagnostics.has_errors() || file.diagnostics.warning_count() > 0) {
        for (const Diagnostic& diagnostic : file.diagnostics.items()) std::cerr << format_diagnostic(diagnostic, nullptr);
        std::cerr << format_omitted(file.diagnostics);
        if (file.diagnostics.has_errors()) {
            std::cerr << program << "the settings file has mistakes (above); fix them, or move it away to use the command line alone\n";
            return std::nullopt;
        }
    }
    LrsSettings settings = file.settings.value_or(LrsSettings{});
    if (!options.endpoint.empty()) settings.connection.endpoint = options.endpoint;
    if (!options.ca_file.empty()) settings.connection.ca_file = options.ca_file;
    if (options.timeout > 0) settings.connection.timeout_seconds = options.timeout;
    if (options.batch > 0) settings.batch_size = options.batch;
    if (!options.home_page.empty()) settings.xapi.home_page = options.home_page;
    if (!options.iri_base.empty()) settings.xapi.iri_base = options.iri_base;
    if (options.no_names) settings.xapi.include_names = false;
    take_environment_credentials(settings.connection);
    std::vector<std::string> paths = options.scenario_paths;
    paths.push_back(bundled_scenario_dir());
    auto index = std::make_shared<ScenarioIndex>(paths);
    settings.xapi.find_scenario = [index](const SessionRecord& session) { return index->find(session); };
    settings.xapi.courses = usable_courses(*index, options.course_dirs, &std::cerr, program);
    return settings;
}

std::set<std::string> delivered_set(const ResultsStore& store) {
    std::vector<std::string> delivered = store.delivered_statements();
    return {delivered.begin(), delivered.end()};
}

int run_sync(const LrsOptions& options) {
    const char* program = "frontdesk lrs sync: ";
    std::string config_path;
    std::optional<LrsSettings> settings = effective_settings(options, program, config_path);
    if (!settings) return exit_usage;
    if (!settings->connection.endpoint.empty())
        if (std::string problem = lrs_endpoint_problem(settings->connection.endpoint); !problem.empty()) {
            std::cerr << program << problem << '\n';
            return exit_usage;
        }
    if (std::string problem = lrs_settings_problem(*settings, config_path); !problem.empty()) {
        std::cerr << program << problem << '\n';
        return exit_usage;
    }
    if (std::string problem = xapi_options_problem(settings->xapi); !problem.empty()) {
        std::cerr << program << problem << '\n';
        return exit_usage;
    }
    std::unique_ptr<ResultsStore> store = open_existing_results(options.db, "lrs sync", std::cerr);
    if (!store) return exit_problems;
    const LrsConnection& connection = settings->connection;
    LrsAttempt noted;
    noted.by = "lrs sync";
    noted.endpoint = connection.endpoint;
    try {
        std::set<std::string> delivered = delivered_set(*store);
        PendingStatements pending = pending_statements(*store, delivered, settings->xapi);
        SyncPolicy policy;
        policy.batch_size = settings->batch_size;
        std::unique_ptr<LrsTransport> transport = make_curl_transport(connection);
        SyncOutcome outcome = deliver_statements(*store, *transport, connection.endpoint, pending, policy, delivered);
        noted.sent = outcome.sent;
        noted.already_there = outcome.already_there;
        noted.not_sent = outcome.not_sent;
        noted.problem = outcome.problem;
        note_lrs_attempt(lrs_state_path(), store->location(), noted);
        std::cout << outcome.sent << (outcome.sent == 1 ? " statement" : " statements") << " sent to " << lrs_statements_url(connection.endpoint);
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
        noted.problem = e.what();
        note_lrs_attempt(lrs_state_path(), store->location(), noted);
        std::cerr << program << e.what() << '\n';
        return exit_problems;
    }
}

int run_status(const LrsOptions& options) {
    const char* program = "frontdesk lrs status: ";
    std::string config_path;
    std::optional<LrsSettings> settings = effective_settings(options, program, config_path);
    if (!settings) return exit_usage;
    std::unique_ptr<ResultsStore> store = open_existing_results(options.db, "lrs status", std::cerr);
    if (!store) return exit_problems;
    try {
        PendingStatements pending = pending_statements(*store, delivered_set(*store), settings->xapi);
        std::cout << "results:   " << store->location() << '\n'
                  << "LRS:       " << (settings->connection.endpoint.empty() ? "none configured (" + config_path + ", or lrs sync --endpoint URL)"
                                                                             : lrs_statements_url(settings->connection.endpoint))
                  << '\n'
                  << "delivered: " << pending.delivered_before << " statements confirmed by the LRS\n"
                  << "pending:   " << pending.statements.size() << " statements to send"
                  << (pending.statements.empty() ? "" : " (frontdesk lrs sync)") << '\n';
        std::string unreadable;
        std::optional<LrsAttempt> last = last_lrs_attempt(lrs_state_path(), store->location(), &unreadable);
        if (!unreadable.empty()) std::cout << "last sent: unknown (" << unreadable << ")\n";
        else if (!last) std::cout << "last sent: never from this computer\n";
        else {
            std::cout << "last try:  " << last->at << " by " << last->by << " to " << lrs_statements_url(last->endpoint) << ": " << last->sent
                      << " sent";
            if (last->already_there > 0) std::cout << ", " << last->already_there << " it had already";
            std::cout << '\n';
            if (!last->problem.empty()) std::cout << "last error: " << last->problem << '\n';
            std::cout << "last complete: " << (last->last_success_at.empty() ? "never" : last->last_success_at) << '\n';
        }
        return exit_ok;
    } catch (const StoreError& e) {
        std::cerr << program << e.what() << '\n';
        return exit_problems;
    }
}

void add_statement_options(CLI::App& command, LrsOptions& options) {
    command.add_option("--db", options.db, "Results database or server (default: " + shown_location(default_results_location()) + ")");
    command.add_option("--home-page", options.home_page, "The system the trainee ids belong to (as for export-xapi; default: the settings file's, or " +
                                                             XapiOptions{}.home_page + ")");
    command.add_option("--iri-base", options.iri_base, "Base of the activity and extension IRIs (as for export-xapi)");
    command.add_flag("--no-names", options.no_names, "Identify trainees by account only (as for export-xapi)");
    command.add_option("--scenarios", options.scenario_paths, "Scenario files or folders besides the bundled library (as for export-xapi)");
    command.add_option("--courses", options.course_dirs, "Another folder of courses to credit (as for export-xapi)")->check(CLI::ExistingDirectory);
}

}  // namespace

void add_lrs_command(CLI::App& app, int& exit_code) {
    CLI::App* lrs = app.add_subcommand("lrs", "Send the results to a Learning Record Store (xAPI 1.0.3)");
    lrs->require_subcommand(1);
    auto options = std::make_shared<LrsOptions>();
    CLI::App* sync = lrs->add_subcommand("sync", "Send every statement the LRS does not have yet (settings from " + frontdesk_config_path() +
                                                     "; key and secret also from FRONTDESK_LRS_KEY, FRONTDESK_LRS_SECRET)");
    sync->add_option("--endpoint", options->endpoint, "The LRS's xAPI base, such as https://lrs.example.org/xapi/ (default: the settings file's)");
    add_statement_options(*sync, *options);
    sync->add_option("--batch", options->batch, "Statements per request (default 500)")->check(CLI::Range(1, 10000));
    sync->add_option("--ca-file", options->ca_file, "A CA bundle for an LRS certified by the organisation's own authority")->check(CLI::ExistingFile);
    sync->add_option("--timeout", options->timeout, "Seconds to wait for each answer (default 30)")->check(CLI::Range(1.0, 600.0));
    sync->callback([options, &exit_code] { exit_code = run_sync(*options); });
    CLI::App* status = lrs->add_subcommand("status", "How many statements the LRS has confirmed, how many wait, and what the last attempt did");
    add_statement_options(*status, *options);
    status->callback([options, &exit_code] { exit_code = run_status(*options); });
}

}  // namespace frontdesk::cli
