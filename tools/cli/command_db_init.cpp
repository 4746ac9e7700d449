// frontdesk db init URI|FILE : creates or upgrades the results' schema. On PostgreSQL, run as the database
// owner: the schema, the recording functions and the group roles frontdesk_recorder, frontdesk_reviewer and
// frontdesk_sync with their grants (see the README's PostgreSQL section for creating logins in them).
#include <iostream>

#include "cli_common.h"
#include "frontdesk/open_results_store.h"

namespace frontdesk::cli {

namespace {

int run_db_init(const std::string& location) {
    try {
        ResultsInitOutcome outcome = initialise_results(location);
        std::unique_ptr<ResultsReader> reader = open_results_reader(location);
        std::cout << reader->location() << ": ";
        if (outcome.from_version == outcome.to_version) std::cout << "the results schema is already at version " << outcome.to_version << '\n';
        else if (outcome.from_version == 0) std::cout << "results schema version " << outcome.to_version << " created\n";
        else std::cout << "results schema upgraded from version " << outcome.from_version << " to " << outcome.to_version << '\n';
        for (const std::string& note : outcome.notes) std::cout << "  " << note << '\n';
        if (is_server_location(location))
            std::cout << "  roles: frontdesk_recorder (training PCs), frontdesk_reviewer (coordinators), frontdesk_sync (LRS sync); "
                         "create logins with, e.g., CREATE ROLE room1_pc LOGIN PASSWORD '...' IN ROLE frontdesk_recorder\n";
        return exit_ok;
    } catch (const StoreError& e) {
        std::cerr << "frontdesk db init: " << e.what() << '\n';
        return exit_problems;
    }
}

}  // namespace

void add_db_init_command(CLI::App& db, int& exit_code) {
    auto location = std::make_shared<std::string>();
    CLI::App* command = db.add_subcommand("init", "Create or upgrade the results schema (on PostgreSQL: run as the database owner; creates the roles)");
    command->add_option("location", *location, "A PostgreSQL URI (postgresql://user@host/db) or a results file")->required();
    command->callback([location, &exit_code] { exit_code = run_db_init(*location); });
}

}  // namespace frontdesk::cli
