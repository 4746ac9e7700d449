// YAML double-quoted text for the scenario files the import writes.
#include "frontdesk/scenario_yaml_text.h"

#include <cstdio>

#include "frontdesk/utf8.h"

namespace frontdesk {

std::string yaml_quoted(std::string_view text) {
    std::string out;
    out.reserve(text.size() + 2);
    out += '"';
    for (std::size_t i = 0; i < text.size();) {
        unsigned char byte = static_cast<unsigned char>(text[i]);
        std::size_t length = byte < 0x80 ? 1 : utf8_sequence_length(text, i);
        if (length == 0) {  // not UTF-8: the replacement character, as everywhere text must be shown
            out += "\xEF\xBF\xBD";
            ++i;
            continue;
        }
        char32_t code_point = length == 1 ? byte : utf8_code_point(text, i, length);
        switch (code_point) {
            case '"': out += "\\\""; break;
            case '\\': out += "\\\\"; break;
            case '\n': out += "\\n"; break;
            case '\t': out += "\\t"; break;
            default:
                // YAML reads U+0085, U+2028 and U+2029 as line breaks inside a scalar: escaped, they stay characters.
                if (is_control_character(code_point) || code_point == 0x2028 || code_point == 0x2029) {
                    char escape[12];
                    std::snprintf(escape, sizeof escape, "\\u%04X", static_cast<unsigned>(code_point));
                    out += escape;
                } else {
                    out.append(text.substr(i, length));
                }
        }
        i += length;
    }
    out += '"';
    return out;
}

std::string literal_braces(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        out += c;
        if (c == '{') out += '{';
    }
    return out;
}

}  // namespace frontdesk
