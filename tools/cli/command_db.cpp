// frontdesk db init|copy|status : the results store itself, for whoever runs it (an administrator on a
// server, a coordinator merging two sites' files). Each subcommand lives in its own command_db_*.cpp.
#include "cli_common.h"

namespace frontdesk::cli {

void add_db_command(CLI::App& app, int& exit_code) {
    CLI::App* db = app.add_subcommand("db", "The results store: create or upgrade it, copy results between stores, show its state");
    db->require_subcommand(1);
    add_db_init_command(*db, exit_code);
    add_db_copy_command(*db, exit_code);
    add_db_status_command(*db, exit_code);
}

}  // namespace frontdesk::cli
