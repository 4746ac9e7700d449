// What the subcommands share: exit codes, loading a scenario with its diagnostics printed, the bundled
// scenario folder, and the registration functions main() calls.
#pragma once

#include <iosfwd>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <CLI/CLI.hpp>

#include "frontdesk/course_files.h"
#include "frontdesk/diagnostic_translation.h"
#include "frontdesk/open_results_store.h"
#include "frontdesk/scenario_library.h"
#include "frontdesk/scenario_loader.h"

namespace frontdesk::cli {

enum ExitCode : int { exit_ok = 0, exit_problems = 1, exit_usage = 2 };

// Which diagnostics a command prints when it loads a scenario: all of them for the trainers' tools, only the
// errors for the player (a trainee has no use for a trainer's warnings, and "the best answer is also the
// longest" would teach exactly the trick the warning is about).
enum class Shown { all, errors };

// Loads a scenario and prints its diagnostics to `err`, in `language`. Returns the load; check playable().
LoadedScenario load_and_report(const std::string& path, std::ostream& err, Shown shown = Shown::all, Language language = Language::en);

// --lang en|it on the trainers' tools (lint, analyze, playtest, graph): the language of the diagnostics and of
// the report. Left empty when not given: trainer_language() then takes the locale's (LC_ALL, LC_MESSAGES, LANG).
void add_language_option(CLI::App& command, std::string& language);

// Writes what a trainer's command made from the scenario file `source`: to standard output when `output` is
// empty, else to that file (complete or not at all, never onto a folder or a device, and never onto `source`
// itself, which -o given the scenario's own name would destroy). Prints the problem and returns exit_problems.
// Who may read the file written: only its owner (what may hold trainees' results or names: reports, graphs
// with counts, scripts) or everyone, as a scenario file is (an import, a translation).
enum class OutputAccess { owner_only, shared };
int write_command_output(const std::string& command, const std::string& source, const std::string& output, const std::string& text,
                         OutputAccess access = OutputAccess::owner_only);

// Prints every diagnostic of `diagnostics` (of a file that is not a scenario: a string table) and how many more
// were not kept.
void print_diagnostics(const DiagnosticList& diagnostics, std::ostream& err);

// -o/--output FILE on the commands that write what they make (graph, script).
void add_output_option(CLI::App& command, std::string& output);

std::string format_percent(double value);
std::string format_one_decimal(double value);

// Each subcommand registers itself and writes its exit code into `exit_code` when it runs.
void add_lint_command(CLI::App& app, int& exit_code);
void add_analyze_command(CLI::App& app, int& exit_code);
void add_play_command(CLI::App& app, int& exit_code);
void add_playtest_command(CLI::App& app, int& exit_code);
void add_graph_command(CLI::App& app, int& exit_code);
void add_script_command(CLI::App& app, int& exit_code);
void add_list_command(CLI::App& app, int& exit_code);
void add_gui_command(CLI::App& app, int& exit_code);
void add_studio_command(CLI::App& app, int& exit_code);
void add_edit_command(CLI::App& app, int& exit_code);
void add_import_twine_command(CLI::App& app, int& exit_code);
// Replaces this process with the window program, passing `arguments`; returns only when it cannot start.
int start_gui(const std::vector<std::string>& arguments);
void add_export_xapi_command(CLI::App& app, int& exit_code);
void add_lrs_command(CLI::App& app, int& exit_code);
void add_trainee_command(CLI::App& app, int& exit_code);
void add_report_command(CLI::App& app, int& exit_code);
void add_db_command(CLI::App& app, int& exit_code);
// The db subcommands, registered under `db` by add_db_command.
void add_db_init_command(CLI::App& db, int& exit_code);
void add_db_copy_command(CLI::App& db, int& exit_code);
void add_db_status_command(CLI::App& db, int& exit_code);
void add_strings_command(CLI::App& app, int& exit_code);
// The strings subcommands, registered under `strings` by add_strings_command.
void add_strings_export_command(CLI::App& strings, int& exit_code);
void add_strings_import_command(CLI::App& strings, int& exit_code);

// --cohort, --scenario, --trainee and --since, the same for every command that reads results.
void add_results_filter_options(CLI::App& command, ResultsFilter& filter);

// The results named by --db (or the default), opened only to read (never created, migrated or otherwise
// written): "no results yet at PATH" when there are none. Prints the problem (StoreError included) to err
// and returns null on failure.
std::unique_ptr<ResultsReader> open_results_for_reading(const std::string& db_option, const std::string& command, std::ostream& err);
// The same, opened to write (forget): never created either.
std::unique_ptr<ResultsStore> open_existing_results(const std::string& db_option, const std::string& command, std::ostream& err);

// Checks a trainee id, display name or cohort given on the command line as the store checks what it stores
// (valid UTF-8, no control characters, a sane length), so a bad one is a usage error (exit 2) that says why.
// `field` is "trainee id", "display name" or "cohort".
CLI::Validator trainee_text_validator(const std::string& field);

// The scenarios a session may have been played on (the given files or folders and the bundled library),
// indexed by id and content hash, loaded on first need: export-xapi and lrs sync describe each node with them,
// so the statements they make for a session are the same.
class ScenarioIndex {
public:
    explicit ScenarioIndex(std::vector<std::string> paths) : paths_(std::move(paths)) {}
    std::shared_ptr<const Scenario> find(const SessionRecord& session);
    // Every scenario found, for checking courses against them (usable_courses).
    std::vector<std::shared_ptr<const Scenario>> scenarios();
    const std::vector<std::string>& paths() const { return paths_; }

private:
    void load();
    std::vector<std::string> paths_;
    bool loaded_ = false;
    std::map<std::pair<std::string, std::string>, std::shared_ptr<const Scenario>> scenarios_;
};

// Courses: every scenario of a library folder (with errors or not: a course may name any of them), and the
// courses of its courses/ folder checked against them.
std::vector<std::shared_ptr<const Scenario>> library_scenarios(const std::string& folder);
std::vector<LoadedCourse> library_courses(const std::string& folder);
void add_course_command(CLI::App& app, int& exit_code);
void add_course_progress_command(CLI::App& course, int& exit_code);

// The courses the statements of export-xapi, lrs sync and the player credit (XapiOptions::courses): those of
// each folder of `course_dirs` (--courses), then of the courses/ folder of each folder `library` was given
// (the bundled library's among them), checked against `library`'s scenarios. What is left out is printed to
// `err`, after `program`, when err is given (not to a trainee).
std::vector<std::shared_ptr<const Course>> usable_courses(ScenarioIndex& library, const std::vector<std::string>& course_dirs, std::ostream* err,
                                                          const std::string& program);

}  // namespace frontdesk::cli
