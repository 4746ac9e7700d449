// frontdesk export-xapi [filters] -o FILE : the results as xAPI 1.0.3 statements for a Learning Record Store, each
// session's with the courses it counts for.
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <map>
#include <memory>
#include <optional>
#include <utility>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli_common.h"
#include "frontdesk/personal_data_file.h"
#include "frontdesk/results_report.h"
#include "frontdesk/results_store.h"
#include "frontdesk/scenario_library.h"
#include "frontdesk/xapi_export.h"

namespace frontdesk::cli {


namespace {

struct ExportXapiOptions {
    ResultsFilter filter;
    std::string home_page = XapiOptions{}.home_page;
    std::string iri_base;
    bool no_names = false;
    std::vector<std::string> scenario_paths;
    std::vector<std::string> course_dirs;
    std::string db;
    std::string output;
};

int run_export_xapi(const ExportXapiOptions& options) {
    XapiOptions xapi;
    xapi.home_page = options.home_page;
    xapi.iri_base = options.iri_base;
    xapi.include_names = !options.no_names;
    if (std::string problem = xapi_options_problem(xapi); !problem.empty()) {
        std::cerr << "frontdesk export-xapi: " << problem << '\n';
        return exit_usage;
    }
    std::unique_ptr<ResultsReader> store = open_results_for_reading(options.db, "export-xapi", std::cerr);
    if (!store) return exit_problems;
    if (std::string problem = personal_data_file_problem(options.output, store.get()); !problem.empty()) {
        std::cerr << "frontdesk export-xapi: " << problem << '\n';
        return exit_problems;
    }
    try {
        if (!options.filter.trainee.empty() && !store->trainee(options.filter.trainee)) {
            std::cerr << "frontdesk export-xapi: no trainee '" << options.filter.trainee << "' in " << store->location()
                      << " (frontdesk trainee list shows who is there)\n";
            return exit_problems;
        }
        std::vector<std::string> scenario_paths = options.scenario_paths;
        scenario_paths.push_back(bundled_scenario_dir());
        auto index = std::make_shared<ScenarioIndex>(scenario_paths);
        xapi.find_scenario = [index](const SessionRecord& session) { return index->find(session); };
        xapi.courses = usable_courses(*index, options.course_dirs, &std::cerr, "frontdesk export-xapi: ");
        nlohmann::json statements = xapi_statements(*store, options.filter, xapi);
        std::string text = statements.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
        if (std::string problem = write_personal_data_file(options.output, text, store.get()); !problem.empty()) {
            std::cerr << "frontdesk export-xapi: " << problem << '\n';
            return exit_problems;
        }
        std::cout << statements.size() << (statements.size() == 1 ? " xAPI statement" : " xAPI statements") << " written to "
                  << options.output << (statements.empty() ? " (no sessions match)" : "") << '\n';
        return exit_ok;
    } catch (const StoreError& e) {
        std::cerr << "frontdesk export-xapi: " << e.what() << '\n';
        return exit_problems;
    }
}

}  // namespace

void add_export_xapi_command(CLI::App& app, int& exit_code) {
    auto options = std::make_shared<ExportXapiOptions>();
    CLI::App* command = app.add_subcommand(
        "export-xapi", "Write the results as xAPI 1.0.3 statements for a Learning Record Store (trainees as accounts, no e-mail)");
    add_results_filter_options(*command, options->filter);
    command->add_option("--home-page", options->home_page, "The system the trainee ids belong to (account homePage)")
        ->capture_default_str();
    command->add_option("--iri-base", options->iri_base, "Base of the activity and extension IRIs (default: HOME-PAGE/xapi/)");
    command->add_flag("--no-names", options->no_names, "Identify trainees by account only, without their display names");
    command->add_option("--scenarios", options->scenario_paths,
                        "Scenario files or folders besides the bundled library, to describe each node and its choices (and their courses/ folders' courses)");
    command->add_option("--courses", options->course_dirs, "Another folder of courses to credit in the statements, besides each library's courses/ folder")
        ->check(CLI::ExistingDirectory);
    command->add_option("--db", options->db, "Results database (default: " + shown_location(default_results_location()) + ")");
    command->add_option("-o,--output", options->output, "The JSON file to write (a statement array; owner-only, replaced atomically)")->required();
    command->callback([options, &exit_code] { exit_code = run_export_xapi(*options); });
}

}  // namespace frontdesk::cli
