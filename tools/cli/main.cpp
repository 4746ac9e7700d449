// frontdesk: the command line. Each subcommand lives in its own command_*.cpp; main only wires them and turns
// parse errors into exit code 2. Without a subcommand it starts the window (frontdesk-gui).
#include <iostream>

#include "cli_common.h"

int main(int argc, char** argv) {
    using namespace frontdesk::cli;
    CLI::App app{"frontdesk: practise difficult front-office conversations (listening, respect, problem-solving)",
                 "frontdesk"};
    app.set_version_flag("--version", std::string("frontdesk ") + FRONTDESK_VERSION);
    app.require_subcommand(0, 1);
    int exit_code = exit_ok;
    add_lint_command(app, exit_code);
    add_analyze_command(app, exit_code);
    add_play_command(app, exit_code);
    add_playtest_command(app, exit_code);
    add_graph_command(app, exit_code);
    add_script_command(app, exit_code);
    add_list_command(app, exit_code);
    add_gui_command(app, exit_code);
    add_studio_command(app, exit_code);
    add_edit_command(app, exit_code);
    add_import_twine_command(app, exit_code);
    add_export_xapi_command(app, exit_code);
    add_lrs_command(app, exit_code);
    add_trainee_command(app, exit_code);
    add_report_command(app, exit_code);
    add_db_command(app, exit_code);
    add_strings_command(app, exit_code);
    add_course_command(app, exit_code);
    try {
        app.parse(argc, argv);
    } catch (const CLI::Success& e) {
        return app.exit(e);
    } catch (const CLI::ParseError& e) {
        app.exit(e);
        return exit_usage;
    }
    if (app.get_subcommands().empty()) return start_gui({});
    return exit_code;
}
