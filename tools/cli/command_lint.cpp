// frontdesk lint PATH... [--strict] [--house-rules] [--lang en|it] : check scenario files and folders, printing every problem
// with its position, and the scenarios against each other (ids used twice, ids that differ from their file
// names); --house-rules adds the bundled library's house rules as warnings. --lang (default: the locale's)
// chooses the language of the messages and of the summary.
#include <iostream>
#include <memory>

#include "cli_common.h"
#include "frontdesk/house_rules.h"
#include "frontdesk/interface_text.h"
#include "frontdesk/scenario_library.h"

namespace frontdesk::cli {

namespace {

struct LintOptions {
    std::vector<std::string> paths;
    bool strict = false;
    bool house_rules = false;
    bool quiet = false;
    std::string language;  // empty: the locale's
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
    std::vector<std::string> files = find_scenario_files(options.paths, problems);
    std::size_t errors = 0, warnings = 0, failed_files = 0;
    for (const Diagnostic& problem : problems) {
        std::cerr << format_diagnostic(problem, nullptr, language);
        ++(problem.severity == Severity::warning ? warnings : errors);
    }
    LibraryCheck library;
    load_scenario_files(files, [&](const std::string&, LoadedScenario& loaded) {
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
    if (!options.quiet) {
        std::cout << summary(language, files.size(), errors, warnings);
        if (options.strict && warnings > 0)
            std::cout << (language == Language::it ? " (--strict: anche gli avvisi fanno fallire il controllo)" : " (--strict: warnings fail)");
        std::cout << '\n';
    }
    if (files.empty() && problems.empty()) {
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
    add_language_option(*command, options->language);
    command->callback([options, &exit_code] { exit_code = run_lint(*options); });
}

}  // namespace frontdesk::cli
