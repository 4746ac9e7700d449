// frontdesk import-twine STORY -o OUT.yaml [--id ID] [--language en|it] [--force] : a Twine story as a scenario
// file to finish, with what to finish printed as warnings located in the story, as lint prints them.
#include <filesystem>
#include <iostream>
#include <memory>

#include "cli_common.h"
#include "frontdesk/personal_data_file.h"
#include "frontdesk/twine_import.h"

namespace frontdesk::cli {

namespace {

struct ImportTwineOptions {
    std::string story;
    std::string output;
    std::string id;
    std::string language = "en";
    bool force = false;
};

int run_import_twine(const ImportTwineOptions& options) {
    std::error_code error;
    // Checked before the work, so a trainer who forgot --force is told at once; the write itself replaces
    // atomically, so a file that appears meanwhile is never left half-written.
    if (!options.force && std::filesystem::exists(options.output, error)) {
        std::cerr << "frontdesk import-twine: " << options.output << " already exists; give --force to replace it\n";
        return exit_problems;
    }
    // A folder or a missing folder is said before the story's warnings, not after them.
    if (std::string problem = personal_data_file_problem(options.output, nullptr); !problem.empty()) {
        std::cerr << "frontdesk import-twine: " << problem << '\n';
        return exit_problems;
    }
    TwineImportOptions import_options;
    // The id lint expects: the output file's name (lint warns when they differ).
    import_options.id = options.id.empty() ? scenario_id_from_file_name(options.output) : options.id;
    import_options.language = parse_language(options.language).value_or(Language::en);
    import_options.output_name = options.output;
    TwineImport result = import_twine_file(options.story, import_options);

    const SourceText* source = result.story ? &result.story->source : nullptr;
    for (const Diagnostic& diagnostic : result.diagnostics.items()) std::cerr << format_diagnostic(diagnostic, source);
    std::cerr << format_omitted(result.diagnostics);
    if (!result.ok()) {
        std::cerr << "frontdesk import-twine: " << result.diagnostics.error_count()
                  << (result.diagnostics.error_count() == 1 ? " error" : " errors") << "; nothing written\n";
        return exit_problems;
    }
    if (int code = write_command_output("import-twine", options.story, options.output, result.yaml, OutputAccess::shared); code != exit_ok) return code;
    std::size_t warnings = result.diagnostics.warning_count();
    std::cout << "imported " << options.story << " into " << options.output << ": " << result.nodes << (result.nodes == 1 ? " node" : " nodes")
              << " (" << result.endings << (result.endings == 1 ? " ending" : " endings") << "), " << warnings
              << (warnings == 1 ? " warning" : " warnings") << " to act on; then check it with: frontdesk lint " << options.output << '\n';
    return exit_ok;
}

}  // namespace

void add_import_twine_command(CLI::App& app, int& exit_code) {
    auto options = std::make_shared<ImportTwineOptions>();
    CLI::App* command = app.add_subcommand("import-twine", "Turn a Twine story (Twee 3 or Twine 2 HTML) into a scenario file to finish");
    command->add_option("story", options->story, "The story: a .twee file, or a published story or archive (.html)")->required();
    command->add_option("-o,--output", options->output, "The scenario file to write")->required();
    command->add_option("--id", options->id, "The scenario id (default: from the output file's name)")
        ->check(CLI::Validator(
            [](std::string& id) {
                return is_scenario_id(id) ? std::string() : "'" + id + "' is not a scenario id: use lowercase letters, digits and '-', not at either end";
            },
            "ID"));
    command->add_option("--language", options->language, "The scenario's language (default: en)")->check(CLI::IsMember({"en", "it"}));
    command->add_flag("--force", options->force, "Replace the output file if it exists");
    command->callback([options, &exit_code] { exit_code = run_import_twine(*options); });
}

}  // namespace frontdesk::cli
