// frontdesk db status URI|FILE : what a results store holds: its schema version, how many trainees, sessions
// and decisions, and how many xAPI statements (those export-xapi would write) a Learning Record Store has not
// confirmed yet. That count comes from the store's counts alone, so it leaves out the courses' `completed`
// statements (which sessions completed a course takes the courses and every session to tell; lrs status
// counts exactly), while the delivered ones include them: pending never shows below zero for it.
#include <algorithm>
#include <iostream>

#include "cli_common.h"
#include "frontdesk/open_results_store.h"
#include "frontdesk/xapi_export.h"

namespace frontdesk::cli {

namespace {

int run_db_status(const std::string& location) {
    std::unique_ptr<ResultsReader> reader = open_results_for_reading(location, "db status", std::cerr);
    if (!reader) return exit_problems;
    try {
        StoreCounts counts = reader->counts();
        std::int64_t statements = xapi_statement_count(counts);
        std::cout << "results:        " << reader->location() << '\n'
                  << "schema version: " << reader->schema_version() << '\n'
                  << "trainees:       " << counts.trainees << '\n'
                  << "sessions:       " << counts.sessions << " (" << counts.finished_sessions << " finished)\n"
                  << "decisions:      " << counts.decisions << '\n'
                  << "LRS statements: " << statements << " (" << counts.delivered_statements << " delivered, "
                  << std::max<std::int64_t>(0, statements - counts.delivered_statements) << " pending)\n";
        return exit_ok;
    } catch (const StoreError& e) {
        std::cerr << "frontdesk db status: " << e.what() << '\n';
        return exit_problems;
    }
}

}  // namespace

void add_db_status_command(CLI::App& db, int& exit_code) {
    auto location = std::make_shared<std::string>();
    CLI::App* command = db.add_subcommand("status", "Show a results store's schema version, counts and pending LRS statements");
    command->add_option("location", *location, "A PostgreSQL URI or a results file")->required();
    command->callback([location, &exit_code] { exit_code = run_db_status(*location); });
}

}  // namespace frontdesk::cli
