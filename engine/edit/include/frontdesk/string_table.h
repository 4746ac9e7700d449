// String tables for translating a scenario: every text a trainer wrote, under the key path the edit API names
// it by (scenario_edit.h), with its translation; written and read as CSV for spreadsheets and as XLIFF 2.0 for
// translation tools, and matched back against the scenario before an import.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "frontdesk/diagnostic.h"
#include "frontdesk/language.h"
#include "frontdesk/scenario.h"

namespace frontdesk {

// One text of a scenario under its key path: `title`, `briefing.you_can.2`, `nodes.opening.choices.2.feedback`.
struct ScenarioString {
    std::string key;
    std::string text;
};

// Every trainer-written text of the scenario, in reading order: title, organisation, summary, the briefing's
// items, the character's name and description, then each node as written (narration, say, each answer's say
// and feedback, the timeout's feedback, the debrief). Answers and briefing items count from 1, as in
// diagnostics. Ids, numbers, conditions and fixed words are not texts; empty texts are left out.
std::vector<ScenarioString> scenario_strings(const Scenario& scenario);

// How a row stands against the previous export, in a re-export: the same source text, a key the previous
// export did not have ("new"), or a source text that differs from the one recorded there ("changed").
enum class StringStatus { same, added, changed };
// "", "new", "changed": the status column's words.
const char* string_status_name(StringStatus status);

struct StringTableRow {
    std::string key;
    std::string source;       // the text in the scenario's language, as exported
    std::string translation;  // empty: not translated yet
    StringStatus status = StringStatus::same;
    std::uint32_t line = 0;   // where it was read (the CSV record's first line, the XLIFF unit's); 0 when made
};

struct StringTable {
    std::string scenario_id;      // the XLIFF <file> id; empty when read from a CSV, which has no room for it
    std::string source_language;  // "en" | "it"; empty when read from a CSV
    std::string target_language;
    bool with_status = false;     // a re-export: rows carry a status (the CSV's status column)
    std::vector<StringTableRow> rows;
};

// The scenario's texts as a table for translating into `target`, every translation empty.
StringTable make_string_table(const Scenario& scenario, Language target);

// For a re-export: takes each row's translation from the row with the same key in `previous` (an earlier
// export, perhaps translated since), marks the row changed when its source differs from the source recorded
// there, and new when `previous` has no such key. Sets with_status.
void carry_over_translations(StringTable& table, const StringTable& previous);

// Fills the translations from a translated version of the scenario: each row gets the text the translated
// scenario has under the same key, unless it is the source text itself (a text the translation kept as it was
// shows up as not translated, which importing treats alike). Returns the keys it has no text for; their
// translation stays as it was.
std::vector<std::string> fill_from_translated_scenario(StringTable& table, const Scenario& translated);

enum class StringTableFormat { csv, xliff };
// By the file name's extension, in any case: .csv, or .xlf / .xliff; nothing for any other name.
std::optional<StringTableFormat> string_table_format_of(std::string_view path);

// CSV (RFC 4180) for spreadsheets: UTF-8 with a byte-order mark, CRLF line ends, the columns
// key,source,translation (and status in a re-export), quoted where needed. A cell that a spreadsheet would run
// as a formula (starting with = + - @, a tab or a carriage return) is written with a leading apostrophe, which
// reading removes again (OWASP's advice against CSV injection).
std::string write_string_table_csv(const StringTable& table);
// XLIFF 2.0: one <file> with the scenario's id, one <unit id=KEY> per row with <segment state=...>, its
// <source> and (when there is one) <target>. The state is `initial` for a new or changed row or one with no
// translation, `translated` otherwise. Needs the table's source and target languages.
std::string write_string_table_xliff(const StringTable& table);

// Reading tables back. Every problem is a diagnostic at its line (broken quoting, a missing column, a row
// with too many cells, a file that is not a table, XML that is not XLIFF 2.0); the result is empty when
// nothing usable was read. Reading does not judge the keys: plan_translation does, against the scenario.
std::optional<StringTable> read_string_table_csv(std::string_view text, DiagnosticList& diagnostics);
std::optional<StringTable> read_string_table_xliff(std::string_view text, DiagnosticList& diagnostics);
// Reads the file `path` (a regular file of at most 32 MiB, UTF-8, a byte-order mark allowed) in the format
// its extension names; diagnostics carry the path.
std::optional<StringTable> read_string_table_file(const std::string& path, DiagnosticList& diagnostics);

// A table's translations matched against the scenario they are for.
struct TranslationPlan {
    std::vector<ScenarioString> translations;  // key and translated text of each translated row, in table order
    std::vector<std::string> untranslated;     // keys whose row has an empty translation: they keep the source
    std::vector<std::string> missing;          // texts of the scenario with no row: they keep the source too
};

// Matches `table` against `scenario`. Errors, each at its row's line: a key that is not a text of the
// scenario, a key given twice (with a note at the first), a translation with a control character or a broken
// placeholder. A warning where the source says {trainee} and the translation does not.
TranslationPlan plan_translation(const Scenario& scenario, const StringTable& table, DiagnosticList& diagnostics);

}  // namespace frontdesk
