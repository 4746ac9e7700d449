// The texts of a scenario under their edit-API keys, the table made from them, carrying translations over
// from an earlier export, and matching a translated table back against the scenario.
#include "frontdesk/string_table.h"

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <unordered_map>

#include <sys/stat.h>

#include "frontdesk/placeholders.h"
#include "frontdesk/utf8.h"

namespace frontdesk {

namespace {

// Translated tables are the size of the scenario's dialogue; a scenario may be 32 MiB, so may its table.
constexpr std::size_t max_table_bytes = 32u * 1024u * 1024u;

void add_text(std::vector<ScenarioString>& out, std::string key, std::string_view text) {
    if (!text.empty()) out.push_back({std::move(key), std::string(text)});
}

std::size_t count_of(std::string_view text, std::string_view word) {
    std::size_t count = 0;
    for (std::size_t at = text.find(word); at != std::string_view::npos; at = text.find(word, at + word.size())) ++count;
    return count;
}

}  // namespace

std::vector<ScenarioString> scenario_strings(const Scenario& scenario) {
    std::vector<ScenarioString> out;
    add_text(out, "title", scenario.title);
    add_text(out, "organisation", scenario.organisation);
    add_text(out, "summary", scenario.summary);
    for (std::size_t i = 0; i < scenario.you_can.size(); ++i)
        add_text(out, "briefing.you_can." + std::to_string(i + 1), scenario.you_can[i]);
    for (std::size_t i = 0; i < scenario.you_cannot.size(); ++i)
        add_text(out, "briefing.you_cannot." + std::to_string(i + 1), scenario.you_cannot[i]);
    add_text(out, "character.name", scenario.character.name);
    add_text(out, "character.description", scenario.character.description);
    for (const Node& node : scenario.nodes) {
        std::string prefix = "nodes." + node.id + ".";
        add_text(out, prefix + "narration", node.narration);
        add_text(out, prefix + "say", node.say);
        for (std::size_t c = 0; c < node.choices.size(); ++c) {
            std::string choice = prefix + "choices." + std::to_string(c + 1) + ".";
            add_text(out, choice + "say", node.choices[c].say);
            add_text(out, choice + "feedback", node.choices[c].feedback);
        }
        if (node.on_timeout) add_text(out, prefix + "on_timeout.feedback", node.on_timeout->feedback);
        add_text(out, prefix + "debrief", node.debrief);
    }
    return out;
}

const char* string_status_name(StringStatus status) {
    switch (status) {
        case StringStatus::same: return "";
        case StringStatus::added: return "new";
        case StringStatus::changed: return "changed";
    }
    return "";
}

StringTable make_string_table(const Scenario& scenario, Language target) {
    StringTable table;
    table.scenario_id = scenario.id;
    table.source_language = language_name(scenario.language);
    table.target_language = language_name(target);
    for (ScenarioString& text : scenario_strings(scenario)) {
        StringTableRow row;
        row.key = std::move(text.key);
        row.source = std::move(text.text);
        table.rows.push_back(std::move(row));
    }
    return table;
}

void carry_over_translations(StringTable& table, const StringTable& previous) {
    std::unordered_map<std::string_view, const StringTableRow*> earlier;
    for (const StringTableRow& row : previous.rows) earlier.emplace(row.key, &row);
    for (StringTableRow& row : table.rows) {
        auto found = earlier.find(row.key);
        if (found == earlier.end()) {
            row.status = StringStatus::added;
            continue;
        }
        row.translation = found->second->translation;
        row.status = found->second->source == row.source ? StringStatus::same : StringStatus::changed;
    }
    table.with_status = true;
}

std::vector<std::string> fill_from_translated_scenario(StringTable& table, const Scenario& translated) {
    std::unordered_map<std::string, std::string> texts;
    for (ScenarioString& text : scenario_strings(translated)) texts.emplace(std::move(text.key), std::move(text.text));
    std::vector<std::string> not_found;
    for (StringTableRow& row : table.rows) {
        auto found = texts.find(row.key);
        if (found == texts.end()) not_found.push_back(row.key);
        else if (found->second != row.source) row.translation = found->second;
    }
    return not_found;
}

std::optional<StringTableFormat> string_table_format_of(std::string_view path) {
    std::size_t dot = path.find_last_of('.');
    if (dot == std::string_view::npos || path.find('/', dot) != std::string_view::npos) return std::nullopt;
    std::string extension;
    for (char c : path.substr(dot + 1)) extension += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (extension == "csv") return StringTableFormat::csv;
    if (extension == "xlf" || extension == "xliff") return StringTableFormat::xliff;
    return std::nullopt;
}

std::optional<StringTable> read_string_table_file(const std::string& path, DiagnosticList& diagnostics) {
    auto format = string_table_format_of(path);
    if (!format) {
        diagnostics.error({}, "not a string table by its name; give a .csv, .xlf or .xliff file");
        return std::nullopt;
    }
    struct stat info {};
    if (::stat(path.c_str(), &info) != 0) {
        diagnostics.error({}, std::string("cannot open: ") + std::strerror(errno));
        return std::nullopt;
    }
    if (!S_ISREG(info.st_mode)) {
        diagnostics.error({}, S_ISDIR(info.st_mode) ? "is a folder, not a string table" : "is not a regular file");
        return std::nullopt;
    }
    if (static_cast<std::size_t>(info.st_size) > max_table_bytes) {
        diagnostics.error({}, "file is " + grouped(static_cast<std::size_t>(info.st_size)) + " bytes, over the limit of " +
                                  grouped(max_table_bytes) + " bytes for a string table");
        return std::nullopt;
    }
    std::ifstream in(path, std::ios::binary);
    std::string text(static_cast<std::size_t>(info.st_size), '\0');
    in.read(text.data(), static_cast<std::streamsize>(text.size()));
    if (!in || in.gcount() != static_cast<std::streamsize>(text.size())) {
        diagnostics.error({}, "cannot read the whole file");
        return std::nullopt;
    }
    // A spreadsheet's "Unicode text" is UTF-16: every other byte NUL, and nothing below would say why.
    if (text.size() >= 2 && ((text[0] == '\xFF' && text[1] == '\xFE') || (text[0] == '\xFE' && text[1] == '\xFF'))) {
        diagnostics.error({}, "the file is UTF-16 text; save it as UTF-8 (in a spreadsheet: CSV UTF-8)");
        return std::nullopt;
    }
    if (text.size() >= 3 && text.compare(0, 3, "\xEF\xBB\xBF") == 0) text.erase(0, 3);
    if (text.find('\0') != std::string::npos) {
        diagnostics.error({}, "the file holds NUL bytes, so it is not text; give the .csv or .xlf file that 'frontdesk strings export' wrote");
        return std::nullopt;
    }
    if (std::size_t bad = first_invalid_utf8(text); bad != std::string::npos) {
        std::uint32_t line = static_cast<std::uint32_t>(1 + std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(bad), '\n'));
        diagnostics.error({line, 0}, "invalid UTF-8; save the file as UTF-8 (in a spreadsheet: CSV UTF-8)");
        return std::nullopt;
    }
    return *format == StringTableFormat::csv ? read_string_table_csv(text, diagnostics) : read_string_table_xliff(text, diagnostics);
}

TranslationPlan plan_translation(const Scenario& scenario, const StringTable& table, DiagnosticList& diagnostics) {
    TranslationPlan plan;
    std::vector<ScenarioString> texts = scenario_strings(scenario);
    std::unordered_map<std::string_view, const ScenarioString*> by_key;
    for (const ScenarioString& text : texts) by_key.emplace(text.key, &text);
    std::unordered_map<std::string_view, std::uint32_t> seen;  // key -> line of its first row
    for (const StringTableRow& row : table.rows) {
        SourceLocation at{row.line, row.line > 0 ? 1u : 0u};
        auto [first, added] = seen.emplace(row.key, row.line);
        if (!added) {
            diagnostics.error(at, "key " + in_quotes(row.key) + " is given twice (first at line " + std::to_string(first->second) +
                                      "); keep one row for it");
            diagnostics.note({first->second, 1}, in_quotes(row.key) + " first given here");
            continue;
        }
        auto text = by_key.find(row.key);
        if (text == by_key.end()) {
            diagnostics.error(at, "key " + in_quotes(row.key) + " is not a text of scenario " + in_quotes(scenario.id) +
                                      "; was the table exported from another scenario, or from an older version of it? Export it again");
            continue;
        }
        if (row.translation.empty()) {
            plan.untranslated.push_back(row.key);
            continue;
        }
        bool usable = true;
        if (auto control = find_control_character(row.translation, "\t\n")) {
            diagnostics.error(at, "the translation of " + in_quotes(row.key) + " holds the control character " +
                                      describe_code_point(control->code_point) + "; remove it");
            usable = false;
        }
        for (const PlaceholderProblem& problem : check_placeholders(row.translation, 1)) {
            diagnostics.error(at, "the translation of " + in_quotes(row.key) + ": " + problem.message);
            usable = false;
        }
        if (count_of(text->second->text, "{trainee}") > 0 && count_of(row.translation, "{trainee}") == 0)
            diagnostics.warning(at, "the source of " + in_quotes(row.key) + " says {trainee} (the trainee's name) and the translation does not; keep the placeholder as it is written");
        if (usable) plan.translations.push_back({row.key, row.translation});
    }
    for (const ScenarioString& text : texts)
        if (!seen.count(text.key)) plan.missing.push_back(text.key);
    return plan;
}

}  // namespace frontdesk
