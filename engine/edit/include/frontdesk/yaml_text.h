// Writing a value into a YAML scenario file: a double-quoted text with every escape it needs, or a plain
// word where YAML would read it back unchanged. The editor, the string tables and the Twine import write
// values the same way, so what one writes the loader reads as the same text.
#pragma once

#include <string>
#include <string_view>

namespace frontdesk {

// `"..."` with backslashes, quotes, line breaks, tabs and control characters escaped; other characters
// (accents, emoji) are kept as UTF-8.
std::string yaml_double_quoted(std::string_view value);
// `'...'` (quotes doubled), or empty when the value holds a line break or control character it cannot carry.
std::string yaml_single_quoted(std::string_view value);
// Whether `value` can be written without quotes and read back as the same text. In a [list] or {map}
// (`in_brackets`) commas and brackets need quotes too.
bool yaml_plain_safe(std::string_view value, bool in_brackets);
// Whether a plain `value` would be read as a number, true/false or null rather than as text.
bool yaml_looks_typed(std::string_view value);

}  // namespace frontdesk
