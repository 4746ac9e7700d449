// frontdesk lint PATH... [--strict] [--house-rules] [--scenarios DIR] [--lang en|it] : check scenario files and folders,
// printing every problem with its position, and the scenarios against each other (ids used twice, ids that differ
// from their file names); --house-rules adds the bundled library's house rules as warnings. Course files (a folder's
// courses/ folder, or a file whose first key is `course`) are checked too, against the library they belong to (the
// folder above their courses/ folder) or the one --scenarios names. --lang (default: the locale's) chooses the
// language of the messages and of the summary.
#include <filesystem>
#include <iostream>
#include <map>
#include <memory>

#include "cli_common.h"
#include "frontdesk/house_rules.h"
#include "frontdesk/interface_text.h"
#include "frontdesk/scenario_library.h"
#include "frontdesk/terminal_text.h"

namespace frontdesk::cli {

namespace {

struct LintOptions {
    std::vector<std::string> paths;
    bool strict = false;
    bool house_rules = false;
    bool quiet = false;
    std::string language;  // empty: the locale's
    std::string scenarios; // the library courses are checked against; empty: each course's own
};

// A path as one folder or file, however it was written (./scenarios, scenarios/, a link), for comparing.
std::string same_path(const std::string& path) {
    std::error_code error;
    std::filesystem::path canonical = std::filesystem::weakly_canonical(path, error);
    return error ? path : canonical.string();
}

// The scenarios of each library a course is checked against, loaded once: from what lint loaded itself when it
// searched that folder, else read for the course.
class CourseLibraries {
public:
    CourseLibraries(const std::vector<std::string>& searched, const std::string& named) : named_(named) {
        for (const std::string& path : searched)
            if (std::filesystem::is_directory(path)) searched_.push_back(same_path(path));
    }
    void add_loaded(const std::string& file, const std::shared_ptr<const Scenario>& scenario) {
        if (scenario) loaded_.emplace_back(same_path(file), scenario);
    }
    const std::vector<std::shared_ptr<const Scenario>>& for_course(const std::string& course_file) {
        std::string folder = !named_.empty() ? named_ : library_of_course_file(course_file);
        if (folder.empty()) folder = bundled_scenario_dir();
        folder = same_path(folder);
        auto found = libraries_.find(folder);
        if (found != libraries_.end()) return found->second;
        std::vector<std::shared_ptr<const Scenario>>& library = libraries_[folder];
        if (std::find(searched_.begin(), searched_.end(), folder) != searched_.end()) {
            for (const auto& [file, scenario] : loaded_)
                if (file.compare(0, folder.size() + 1, folder + "/") == 0) library.push_back(scenario);
        } else {
            library = library_scenarios(folder);
        }
        return library;
    }

private:
    std::string named_;
    std::vector<std::string> searched_;
    std::vector<std::pair<std::string, std::shared_ptr<const Scenario>>> loaded_;
    std::map<std::string, std::vector<std::shared_ptr<const Scenario>>> libraries_;
};

// "18 files checked: 0 errors, 0 warnings", in the trainer's language.
std::string summary(Language language, std::size_t files, std::size_t errors, std::size_t warnings) {
    if (language == Language::en)
        return std::to_string(files) + (files == 1 ? " file" : " files") + " checked: " + std::to_string(errors) +
               (errors == 1 ? " error, " : " errors, ") + std::to_string(warnings) + (warnings == 1 ? " warning" : " warnings");
    return format_ui_text("{0} {0?file controllato|file controllati}: {1} {1?errore|errori}, {2} {2?avviso|avvisi}",
                          {std::to_string(files), std::to_string(errors), std::to_string(warnings)});
}

int run_lint(const LintOptions& options) {
    Language language = trainer_language(options.language);
    std::vector<Diagnostic> problems;
    std::vector<std::string> course_folders;
    std::vector<std::string> files;
    std::vector<std::string> course_files;  // course files met among the scenario files (named, or in a folder searched)
    for (std::string& file : find_scenario_files(options.paths, problems, &course_folders))
        (is_course_file(file) ? course_files : files).push_back(std::move(file));
    if (!options.scenarios.empty() && !std::filesystem::is_directory(options.scenarios)) {
        std::cerr << "frontdesk lint: --scenarios " << terminal_safe(options.scenarios) << " is not a folder of scenarios\n";
        return exit_usage;
    }
    std::size_t errors = 0, warnings = 0, failed_files = 0;
    for (const Diagnostic& problem : problems) {
        std::cerr << format_diagnostic(problem, nullptr, language);
        ++(problem.severity == Severity::warning ? warnings : errors);
    }
    LibraryCheck library;
    CourseLibraries course_libraries(options.paths, options.scenarios);
    load_scenario_files(files, [&](const std::string& file, LoadedScenario& loaded) {
        course_libraries.add_loaded(file, loaded.scenario);
        // Like the graph warnings, held back while the file has errors: its shape is not known yet.
        if (options.house_rules && loaded.scenario && loaded.analysis && !loaded.diagnostics.has_errors())
            check_house_rules(*loaded.scenario, *loaded.analysis, loaded.diagnostics);
        library.add(loaded);  // sorts the file's diagnostics by position
        std::cerr << format_diagnostics(loaded, language);
        std::size_t file_errors = loaded.diagnostics.error_count();
        std::size_t file_warnings = loaded.diagnostics.warning_count();
        errors += file_errors;
        warnings += file_warnings;
        if (file_errors > 0 || (options.strict && file_warnings > 0)) ++failed_files;
    });
    auto report_course = [&](const LoadedCourse& loaded) {
        const SourceText* source = loaded.source ? &*loaded.source : nullptr;
        for (const Diagnostic& diagnostic : loaded.diagnostics.items()) std::cerr << format_diagnostic(diagnostic, source, language);
        std::cerr << format_omitted(loaded.diagnostics, language);
        errors += loaded.diagnostics.error_count();
        warnings += loaded.diagnostics.warning_count();
        if (loaded.diagnostics.has_errors() || (options.strict && loaded.diagnostics.warning_count() > 0)) ++failed_files;
    };
    std::size_t courses_checked = 0;
    for (const std::string& folder : course_folders) {
        std::string any_file = (std::filesystem::path(folder) / "course.yaml").string();
        for (const LoadedCourse& loaded : load_courses(folder, course_libraries.for_course(any_file))) {
            report_course(loaded);
            ++courses_checked;
        }
    }
    for (const std::string& file : course_files) {
        LoadedCourse loaded = load_course_file(file);
        check_course(loaded, course_libraries.for_course(file));
        report_course(loaded);
        ++courses_checked;
    }
    if (!options.quiet) {
        std::cout << summary(language, files.size() + courses_checked, errors, warnings);
        if (options.strict && warnings > 0)
            std::cout << (language == Language::it ? " (--strict: anche gli avvisi fanno fallire il controllo)" : " (--strict: warnings fail)");
        std::cout << '\n';
    }
    if (files.empty() && courses_checked == 0 && problems.empty()) {
        std::cerr << (language == Language::it ? "frontdesk lint: nessun file di scenario *.yaml nei percorsi indicati\n"
                                               : "frontdesk lint: no *.yaml scenario files found in the given paths\n");
        return exit_problems;
    }
    return (errors > 0 || failed_files > 0 || (options.strict && warnings > 0)) ? exit_problems : exit_ok;
}

}  // namespace

void add_lint_command(CLI::App& app, int& exit_code) {
    auto options = std::make_shared<LintOptions>();
    CLI::App* command = app.add_subcommand("lint", "Check scenario files (folders are searched for *.yaml)");
    command->add_option("paths", options->paths, "Scenario files or folders")->required();
    command->add_flag("--strict", options->strict, "Fail on warnings too");
    command->add_flag("--house-rules", options->house_rules,
                      "Also check the house rules (15 nodes, every kind of ending, 2-4 answers per node, 6 points of best per skill)");
    command->add_flag("-q,--quiet", options->quiet, "Print only the problems, not the summary line");
    command->add_option("--scenarios", options->scenarios,
                        "The library course files are checked against (default: the folder above each course's courses/ folder)");
    add_language_option(*command, options->language);
    command->callback([options, &exit_code] { exit_code = run_lint(*options); });
}

}  // namespace frontdesk::cli
