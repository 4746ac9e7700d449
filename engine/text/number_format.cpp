#include "frontdesk/number_format.h"

#include <cstdio>

namespace frontdesk {

std::string format_decimal(Language language, double value, int digits) {
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.*f", digits, value);
    std::string text = buffer;
    if (text.size() > 1 && text[0] == '-' && text.find_first_not_of("-0.") == std::string::npos) text.erase(0, 1);
    if (language == Language::it)
        for (char& c : text)
            if (c == '.') c = ',';
    return text;
}

std::string format_percent(Language language, double value) { return format_decimal(language, value, 0) + "%"; }

}  // namespace frontdesk
