#include "cli_common.h"

#include "frontdesk/course_files.h"
#include "frontdesk/scenario_edit.h"
#include "frontdesk/xapi_courses.h"

#include "frontdesk/personal_data_file.h"
#include "frontdesk/results_report.h"

#include <cstdio>
#include <filesystem>
#include <iostream>
#include <ostream>

namespace frontdesk::cli {

LoadedScenario load_and_report(const std::string& path, std::ostream& err, Shown shown, Language language) {
    LoadedScenario loaded = load_scenario_file(path);
    if (shown == Shown::all) {
        err << format_diagnostics(loaded, language);
        return loaded;
    }
    const SourceText* source = loaded.source ? &*loaded.source : nullptr;
    bool after_error = false;  // a note belongs to the diagnostic before it
    for (const Diagnostic& diagnostic : loaded.diagnostics.items()) {
        if (diagnostic.severity != Severity::note) after_error = diagnostic.severity == Severity::error;
        if (after_error) err << format_diagnostic(diagnostic, source, language);
    }
    if (loaded.diagnostics.omitted_error_count() > 0) err << format_omitted(loaded.diagnostics, language);
    return loaded;
}

void add_language_option(CLI::App& command, std::string& language) {
    command.add_option("--lang", language, "Language of the messages: en or it (default: the locale's, from LC_ALL, LC_MESSAGES or LANG)")
        ->check(CLI::IsMember({"en", "it"}));
}

int write_command_output(const std::string& command, const std::string& source, const std::string& output, const std::string& text,
                         OutputAccess access) {
    if (output.empty()) {
        std::cout << text;
        std::cout.flush();
        return std::cout ? exit_ok : exit_problems;
    }
    std::error_code error;
    if (std::filesystem::equivalent(source, output, error)) {
        std::cerr << "frontdesk " << command << ": " << output << " is the scenario file itself; choose another name for -o\n";
        return exit_problems;
    }
    if (access == OutputAccess::shared && std::filesystem::is_directory(output, error)) {
        std::cerr << "frontdesk " << command << ": " << output << " is a folder; give -o a file name\n";
        return exit_problems;
    }
    std::string problem = access == OutputAccess::shared ? write_file_atomically(output, text) : write_personal_data_file(output, text, nullptr);
    if (!problem.empty()) {
        std::cerr << "frontdesk " << command << ": " << problem << '\n';
        return exit_problems;
    }
    return exit_ok;
}

void print_diagnostics(const DiagnosticList& diagnostics, std::ostream& err) {
    for (const Diagnostic& diagnostic : diagnostics.items()) err << format_diagnostic(diagnostic, nullptr);
    err << format_omitted(diagnostics);
}

void add_output_option(CLI::App& command, std::string& output) {
    command.add_option("-o,--output", output, "Write to this file (replaced atomically) instead of printing");
}

std::string format_percent(double value) {
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%.0f%%", value);
    return buffer;
}

std::string format_one_decimal(double value) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.1f", value);
    return buffer;
}

namespace {

template <typename Store, typename Open>
std::unique_ptr<Store> open_existing(const std::string& db_option, const std::string& command, std::ostream& err, Open open) {
    std::string path = db_option.empty() ? default_results_location() : db_option;
    std::error_code error;
    // Reading commands never create a database: a typo in --db must not leave an empty one behind.
    if (!is_server_location(path) && !std::filesystem::exists(path, error)) {
        err << "frontdesk " << command << ": no results yet at " << path << '\n';
        return nullptr;
    }
    try {
        return open(path);
    } catch (const StoreError& e) {
        err << "frontdesk " << command << ": " << e.what() << '\n';
        return nullptr;
    }
}

}  // namespace

std::unique_ptr<ResultsReader> open_results_for_reading(const std::string& db_option, const std::string& command, std::ostream& err) {
    return open_existing<ResultsReader>(db_option, command, err, [](const std::string& path) { return open_results_reader(path); });
}

std::unique_ptr<ResultsStore> open_existing_results(const std::string& db_option, const std::string& command, std::ostream& err) {
    return open_existing<ResultsStore>(db_option, command, err, [](const std::string& path) { return open_results_store(path); });
}

CLI::Validator trainee_text_validator(const std::string& field) {
    return CLI::Validator([field](std::string& value) { return record_text_problem(field, value); }, "TEXT");
}

void add_results_filter_options(CLI::App& command, ResultsFilter& filter) {
    // A name no store can hold matches nobody: say why at once instead of "no trainee".
    command.add_option("--cohort", filter.cohort, "Only trainees of this cohort")->check(trainee_text_validator("cohort"));
    command.add_option("--scenario", filter.scenario_id, "Only sessions of this scenario id");
    command.add_option("--trainee", filter.trainee, "Only this trainee id")->check(trainee_text_validator("trainee id"));
    command.add_option("--since", filter.since, "Only sessions started on or after this date (YYYY-MM-DD, UTC)")
        ->check(CLI::Validator(
            [](std::string& value) {
                return valid_report_since(value) ? std::string()
                                                 : "expected a date like 2026-03-01 or 2026-03-01T09:30, got '" + value + "'";
            },
            "DATE"));
}

std::shared_ptr<const Scenario> ScenarioIndex::find(const SessionRecord& session) {
    if (!loaded_) load();
    auto found = scenarios_.find({session.scenario_id, session.scenario_hash});
    return found == scenarios_.end() ? nullptr : found->second;
}

void ScenarioIndex::load() {
    loaded_ = true;
    std::vector<Diagnostic> problems;  // a missing folder only means fewer descriptions
    for (const std::string& file : find_scenario_files(paths_, problems)) {
        LoadedScenario loaded = load_scenario_file(file);
        if (loaded.scenario) scenarios_.emplace(std::make_pair(loaded.scenario->id, content_hash_hex(*loaded.scenario)), loaded.scenario);
    }
}

std::vector<std::shared_ptr<const Scenario>> ScenarioIndex::scenarios() {
    if (!loaded_) load();
    std::vector<std::shared_ptr<const Scenario>> all;
    for (const auto& [key, scenario] : scenarios_) all.push_back(scenario);
    return all;
}

std::vector<std::shared_ptr<const Course>> usable_courses(ScenarioIndex& library, const std::vector<std::string>& course_dirs, std::ostream* err,
                                                          const std::string& program) {
    std::vector<std::string> folders = course_dirs;
    for (const std::string& path : library.paths()) {
        std::error_code error;
        if (std::filesystem::is_directory(path, error)) folders.push_back(course_folder(path));
    }
    CreditedCourses credited = credited_courses(folders, library.scenarios());
    if (err)
        for (const Diagnostic& diagnostic : credited.left_out) *err << program << format_diagnostic(diagnostic, nullptr);
    return credited.courses;
}

std::vector<std::shared_ptr<const Scenario>> library_scenarios(const std::string& folder) {
    std::vector<Diagnostic> problems;  // lint reports the library's own problems when it is linted
    std::vector<std::shared_ptr<const Scenario>> scenarios;
    load_scenario_files(find_scenario_files({folder}, problems), [&](const std::string&, LoadedScenario& loaded) {
        if (loaded.scenario) scenarios.push_back(loaded.scenario);
    });
    return scenarios;
}

std::vector<LoadedCourse> library_courses(const std::string& folder) { return load_courses(course_folder(folder), library_scenarios(folder)); }

}  // namespace frontdesk::cli
