#include "frontdesk/terminal_text.h"

#include <cstdio>

#include "frontdesk/utf8.h"

namespace frontdesk {

std::string terminal_safe(std::string_view text, LineBreaks breaks) {
    std::string out;
    out.reserve(text.size());
    char escape[16];
    for (std::size_t i = 0; i < text.size();) {
        std::size_t length = utf8_sequence_length(text, i);
        if (length == 0) {
            std::snprintf(escape, sizeof escape, "\\x%02x", static_cast<unsigned char>(text[i]));
            out += escape;
            ++i;
            continue;
        }
        char32_t c = utf8_code_point(text, i, length);
        if (c == '\t' || (c == '\n' && breaks == LineBreaks::keep) || !is_control_character(c)) {
            out.append(text, i, length);
        } else if (c == '\n') {
            out += "\\n";
        } else if (c == '\r') {
            out += "\\r";
        } else if (c < 0x80) {
            std::snprintf(escape, sizeof escape, "\\x%02x", static_cast<unsigned>(c));
            out += escape;
        } else {
            std::snprintf(escape, sizeof escape, "\\u%04x", static_cast<unsigned>(c));
            out += escape;
        }
        i += length;
    }
    return out;
}

}  // namespace frontdesk
