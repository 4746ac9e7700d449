// frontdesk strings export FILE -o TABLE.csv|TABLE.xlf [--language en|it] [--previous OLD.csv|OLD.xlf]
// [--translation TRANSLATED.yaml] : every text of the scenario under its key, for a spreadsheet (CSV) or a
// translation tool (XLIFF 2.0). --previous carries an earlier export's translations over and marks what is
// new or changed since; --translation fills the translations from a scenario already translated (and says
// where its structure differs).
#include <algorithm>
#include <iostream>
#include <memory>

#include "cli_common.h"
#include "frontdesk/string_table.h"
#include "frontdesk/translation_compare.h"

namespace frontdesk::cli {

namespace {

struct StringsExportOptions {
    std::string file;
    std::string output;
    std::string language;  // the translation's; empty: the other of en and it
    std::string previous;
    std::string translation;
};

constexpr const char* command_name = "frontdesk strings export";

// Takes the previous export's translations; false (with the reason printed) when it cannot be read.
bool carry_over(StringTable& table, const std::string& path) {
    DiagnosticList diagnostics(path);
    std::optional<StringTable> previous = read_string_table_file(path, diagnostics);
    print_diagnostics(diagnostics, std::cerr);
    if (!previous || diagnostics.has_errors()) {
        std::cerr << command_name << ": " << path << " could not be read as a previous export; nothing written\n";
        return false;
    }
    carry_over_translations(table, *previous);
    std::size_t gone = 0;
    for (const StringTableRow& row : previous->rows) {
        bool still = std::any_of(table.rows.begin(), table.rows.end(), [&](const StringTableRow& now) { return now.key == row.key; });
        if (still || row.translation.empty()) continue;
        std::cerr << command_name << ": " << path << ":" << row.line << ": " << row.key << " is no longer a text of the scenario; its translation is not carried over\n";
        ++gone;
    }
    if (gone > 0) std::cerr << command_name << ": " << gone << " translation" << (gone == 1 ? "" : "s") << " of " << path << " not carried over\n";
    return true;
}

// Fills the translations from a translated scenario; false when it has errors.
bool fill_from(StringTable& table, const Scenario& source, const std::string& path) {
    LoadedScenario translated = load_and_report(path, std::cerr, Shown::errors);
    if (!translated.playable()) {
        std::cerr << command_name << ": " << path << " has errors; mend them (frontdesk lint) before taking its texts\n";
        return false;
    }
    for (const std::string& key : fill_from_translated_scenario(table, *translated.scenario))
        std::cerr << command_name << ": " << path << " has no text for " << key << "\n";
    for (const TranslationDifference& difference : compare_translations(source, *translated.scenario)) {
        Diagnostic diagnostic;
        diagnostic.severity = Severity::warning;
        diagnostic.path = path;
        diagnostic.location = difference.second;
        diagnostic.message = difference.message + " (the first version is " + source.path + ")";
        std::cerr << format_diagnostic(diagnostic, nullptr);
    }
    return true;
}

int run_strings_export(const StringsExportOptions& options) {
    std::optional<StringTableFormat> format = string_table_format_of(options.output);
    if (!format) {
        std::cerr << command_name << ": -o " << options.output << ": name a .csv file (for a spreadsheet) or an .xlf file (XLIFF 2.0, for a translation tool)\n";
        return exit_usage;
    }
    // A translator has no use for the trainer's warnings (tells, balance): only what stops the export is shown.
    LoadedScenario loaded = load_and_report(options.file, std::cerr, Shown::errors);
    if (!loaded.scenario) return exit_problems;
    if (!loaded.playable()) {
        std::cerr << command_name << ": " << options.file << " has errors; mend them (frontdesk lint) before exporting its texts\n";
        return exit_problems;
    }
    const Scenario& scenario = *loaded.scenario;
    Language target = options.language.empty() ? (scenario.language == Language::en ? Language::it : Language::en) : *parse_language(options.language);
    StringTable table = make_string_table(scenario, target);
    if (!options.previous.empty() && !carry_over(table, options.previous)) return exit_problems;
    if (!options.translation.empty() && !fill_from(table, scenario, options.translation)) return exit_problems;
    std::string text = *format == StringTableFormat::csv ? write_string_table_csv(table) : write_string_table_xliff(table);
    if (int written = write_command_output("strings export", options.file, options.output, text); written != exit_ok) return written;

    std::size_t added = 0, changed = 0, translated = 0;
    for (const StringTableRow& row : table.rows) {
        added += row.status == StringStatus::added;
        changed += row.status == StringStatus::changed;
        translated += !row.translation.empty();
    }
    std::cout << "Wrote " << table.rows.size() << " texts of " << scenario.id << " to " << options.output << ", from "
              << language_name(scenario.language) << " into " << language_name(target) << ": ";
    if (translated == 0) std::cout << "none translated yet";
    else std::cout << translated << " with a translation";
    if (table.with_status) std::cout << ", " << added << " new and " << changed << " changed since " << options.previous;
    std::cout << '\n';
    return exit_ok;
}

}  // namespace

void add_strings_export_command(CLI::App& strings, int& exit_code) {
    auto options = std::make_shared<StringsExportOptions>();
    CLI::App* command = strings.add_subcommand("export", "Every text of a scenario under its key, as CSV (spreadsheets) or XLIFF 2.0 (translation tools)");
    command->add_option("file", options->file, "Scenario file")->required();
    command->add_option("-o,--output", options->output, "The table to write: a .csv or an .xlf file (replaced atomically)")->required();
    command->add_option("--language", options->language, "The language of the translation: en or it (default: the other one)")
        ->check(CLI::IsMember({"en", "it"}));
    command->add_option("--previous", options->previous, "An earlier export (.csv or .xlf): carry its translations over and mark what is new or changed");
    command->add_option("--translation", options->translation, "A translated version of the scenario: fill the translations from its texts");
    command->callback([options, &exit_code] { exit_code = run_strings_export(*options); });
}

}  // namespace frontdesk::cli
