#include "frontdesk/number_format.h"

#include <cmath>
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

// Whole percentages are rounded down: a score of 59.6% against a pass mark of 60 must not read "60% - NOT
// PASSED". The epsilon keeps 2/3 x 90 = 59.999... from showing as 59.
std::string format_percent(Language language, double value) {
    return format_decimal(language, std::floor(value + 1e-9), 0) + "%";
}

std::string format_date(Language language, const std::string& iso) {
    bool dated = iso.size() >= 10 && iso[4] == '-' && iso[7] == '-';
    if (!dated) return iso;
    if (language == Language::it) return iso.substr(8, 2) + "/" + iso.substr(5, 2) + "/" + iso.substr(0, 4);
    return iso.substr(0, 10);
}

}  // namespace frontdesk
