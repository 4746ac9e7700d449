// Writing values into a scenario file: YAML double-quoted text that reads back exactly as given, and the
// doubled brace the conversation texts need to show a '{'.
#pragma once

#include <string>
#include <string_view>

namespace frontdesk {

// `text` in double quotes: '"' and '\' escaped, line breaks as \n, tabs as \t, other control characters and
// the Unicode line separators as \u escapes; every other character kept as UTF-8.
std::string yaml_quoted(std::string_view text);

// A conversation text (say, narration, feedback, debrief) shown as written: each '{' doubled, since a single
// one opens a placeholder ({trainee}).
std::string literal_braces(std::string_view text);

}  // namespace frontdesk
