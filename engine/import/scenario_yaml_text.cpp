// The doubled brace the conversation texts need to show a '{'.
#include "frontdesk/scenario_yaml_text.h"

namespace frontdesk {

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
