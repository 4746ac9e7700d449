// frontdesk strings import FILE TABLE.csv|TABLE.xlf --language en|it -o OUT.yaml [--id ID] [--force] : the
// scenario FILE in another language, under the id ID (by default OUT's name, as lint wants it, so both versions
// can sit in one library). Each translated text is set in a copy of FILE by the edit API (so nodes, answers,
// points, conditions, comments and layout stay as they were) and the result is checked like `lint` before it
// is written, atomically. Texts left untranslated keep the source's words and are listed; a key the scenario
// does not have, or one given twice, stops the import at its row.
#include <filesystem>
#include <iostream>
#include <memory>

#include "cli_common.h"
#include "frontdesk/string_table.h"
#include "frontdesk/translation_import.h"

namespace frontdesk::cli {

namespace {

struct StringsImportOptions {
    std::string file;
    std::string table;
    std::string language;
    std::string output;
    std::string id;  // empty: the output file's name when it is an id, else the source's
    bool force = false;
};

constexpr const char* command_name = "frontdesk strings import";

// One line per text that keeps the source's words, then how many.
void report_kept(const TranslationPlan& plan, Language source) {
    for (const std::string& key : plan.untranslated)
        std::cerr << command_name << ": not translated: " << key << " (keeps the " << language_name(source) << " text)\n";
    for (const std::string& key : plan.missing)
        std::cerr << command_name << ": no row for " << key << " (keeps the " << language_name(source) << " text)\n";
    std::size_t kept = plan.untranslated.size() + plan.missing.size();
    if (kept > 0) std::cerr << command_name << ": " << kept << (kept == 1 ? " text" : " texts") << " not translated\n";
}

int run_strings_import(const StringsImportOptions& options) {
    namespace fs = std::filesystem;
    std::error_code error;
    if (fs::equivalent(options.file, options.output, error)) {
        std::cerr << command_name << ": " << options.output << " is the scenario file itself; write the translation to a file of its own (the next export needs the source)\n";
        return exit_problems;
    }
    if (fs::exists(fs::symlink_status(options.output, error)) && !options.force) {
        std::cerr << command_name << ": " << options.output << " exists; give --force to replace it\n";
        return exit_problems;
    }
    LoadedScenario loaded = load_and_report(options.file, std::cerr, Shown::errors);
    if (!loaded.scenario) return exit_problems;
    if (!loaded.playable() || !loaded.source) {
        std::cerr << command_name << ": " << options.file << " has errors; mend them (frontdesk lint) before importing a translation\n";
        return exit_problems;
    }
    const Scenario& scenario = *loaded.scenario;
    Language language = *parse_language(options.language);
    std::string id = options.id;
    if (id.empty()) {
        std::string name = fs::path(options.output).stem().string();
        id = is_scenario_id(name) ? name : scenario.id;
        if (!is_scenario_id(name))
            std::cerr << command_name << ": " << options.output << "'s name is not a scenario id, so the translation keeps the id " << scenario.id
                      << "; give --id (a library holds one scenario per id)\n";
    }

    DiagnosticList diagnostics(options.table);
    std::optional<StringTable> table = read_string_table_file(options.table, diagnostics);
    TranslationPlan plan;
    if (table) {
        if (!table->target_language.empty() && table->target_language != options.language)
            diagnostics.warning({}, "the table is for translating into '" + message_text(table->target_language) + "', and --language is " + options.language);
        plan = plan_translation(scenario, *table, diagnostics);
    }
    diagnostics.sort_by_location();  // reading and matching each report in their own order; the file's reads best
    print_diagnostics(diagnostics, std::cerr);
    if (!table || diagnostics.has_errors()) {
        std::cerr << command_name << ": " << options.table << " has errors; nothing written\n";
        return exit_problems;
    }
    report_kept(plan, scenario.language);

    EditOutcome outcome = translate_scenario(loaded.source->text(), options.output, plan, language, id);
    if (!outcome.applied) {
        std::optional<SourceText> shown;
        if (!outcome.refused_text.empty()) shown.emplace(options.output, outcome.refused_text);
        for (const Diagnostic& d : outcome.diagnostics.items())
            if (d.severity != Severity::warning) std::cerr << format_diagnostic(d, shown ? &*shown : nullptr);
        std::cerr << command_name << ": the translated scenario would not load (the lines above are from it); nothing written\n";
        return exit_problems;
    }
    if (std::string problem = write_file_atomically(options.output, outcome.text); !problem.empty()) {
        std::cerr << command_name << ": " << options.output << ": " << problem << '\n';
        return exit_problems;
    }
    std::cout << "Wrote " << options.output << ": " << scenario.id << " in " << options.language << " as " << id << "; " << plan.translations.size()
              << (plan.translations.size() == 1 ? " text" : " texts") << " translated";
    std::size_t kept = plan.untranslated.size() + plan.missing.size();
    if (kept > 0) std::cout << ", " << kept << " kept in " << language_name(scenario.language);
    std::cout << '\n';
    return exit_ok;
}

}  // namespace

void add_strings_import_command(CLI::App& strings, int& exit_code) {
    auto options = std::make_shared<StringsImportOptions>();
    CLI::App* command = strings.add_subcommand("import", "The scenario in another language, from a translated CSV or XLIFF table");
    command->add_option("file", options->file, "The scenario the table was exported from")->required();
    command->add_option("table", options->table, "The translated table: a .csv or an .xlf file")->required();
    command->add_option("--language", options->language, "The language of the translation: en or it")
        ->required()
        ->check(CLI::IsMember({"en", "it"}));
    command->add_option("-o,--output", options->output, "The translated scenario to write")->required();
    command->add_option("--id", options->id, "The translation's scenario id (default: the output file's name)")
        ->check([](const std::string& id) { return is_scenario_id(id) ? std::string() : "an id is lowercase letters, digits and '-', e.g. fattura-sbagliata"; });
    command->add_flag("--force", options->force, "Replace the output file if it exists");
    command->callback([options, &exit_code] { exit_code = run_strings_import(*options); });
}

}  // namespace frontdesk::cli
