// Diagnostics in the trainer's language. The engine builds every diagnostic in English, as a value; this is
// the presentation step that shows it in Italian: an ordered table of message patterns, each an English
// message family with its variable parts (values quoted from the file, numbers, node ids, the smaller phrases
// a message is assembled from) and the Italian sentence they go into. Values from the file stay as written.
// A message no pattern matches is shown in English, and the unit tests fail on it, so a message added to the
// engine without its Italian cannot go unnoticed.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "frontdesk/diagnostic.h"
#include "frontdesk/language.h"
#include "frontdesk/scenario_loader.h"
#include "frontdesk/source_text.h"

namespace frontdesk {

// The language of the trainers' tools when no --lang is given: Italian when the first of LC_ALL, LC_MESSAGES
// and LANG that is set and not empty starts with "it" (it_IT.UTF-8, it_CH, it), else English.
Language language_from_environment();
// `option` ("en", "it") when given, else language_from_environment().
Language trainer_language(std::string_view option);

struct DiagnosticTranslation {
    std::string text;                // the message in the language asked for (English when untranslated)
    bool translated = false;         // a pattern matched (always true for English)
    std::vector<std::string> patterns;  // the names of the patterns that made it, outermost first
};

// `english`, a diagnostic's message as the engine wrote it, in `language`.
DiagnosticTranslation translate_diagnostic(std::string_view english, Language language);
std::string translate_diagnostic_message(std::string_view english, Language language);

// The smaller phrases the command line also prints on their own.
enum class Phrase {
    ideal_path_problem,  // ideal_path_problem(): "stops at node 'x': ..."
    path,                // describe_path(): "opening 1 -> middle (no answer in time)"
};
// `english` in `language`; `english` itself when untranslated.
std::string translate_phrase(Phrase phrase, std::string_view english, Language language);

// The names of every pattern, for the tests that check each one is exercised.
std::vector<std::string> diagnostic_pattern_names();

// "error" | "warning" | "note", or "errore" | "avviso" | "nota".
const char* severity_word(Severity severity, Language language);

// format_diagnostic, format_omitted and format_diagnostics in `language`; in English exactly those.
std::string format_diagnostic(const Diagnostic& diagnostic, const SourceText* source, Language language);
std::string format_omitted(const DiagnosticList& diagnostics, Language language);
std::string format_diagnostics(const LoadedScenario& loaded, Language language);

}  // namespace frontdesk
