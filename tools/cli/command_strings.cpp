// frontdesk strings export|import : the string tables translators work on. Each subcommand lives in its own
// command_strings_*.cpp; docs/translation.md is the trainers' guide to the workflow.
#include "cli_common.h"

namespace frontdesk::cli {

void add_strings_command(CLI::App& app, int& exit_code) {
    CLI::App* strings = app.add_subcommand("strings", "Translation: export a scenario's texts as a CSV or XLIFF table, import the translated table");
    strings->require_subcommand(1);
    add_strings_export_command(*strings, exit_code);
    add_strings_import_command(*strings, exit_code);
}

}  // namespace frontdesk::cli
