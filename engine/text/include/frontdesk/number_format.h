// Numbers as a reader of each language writes them: "55.6" in English, "55,6" in Italian.
#pragma once

#include <string>

#include "frontdesk/language.h"

namespace frontdesk {

// `value` with `digits` decimals (never "-0"), with the language's decimal separator.
std::string format_decimal(Language language, double value, int digits);
// A percentage rounded to a whole number: "56%" (both languages write it so).
std::string format_percent(Language language, double value);
// The date of an ISO 8601 text ("2026-03-02", or a time that starts with one) as its readers write it:
// "2026-03-02" in English, "02/03/2026" in Italian (day first); anything else as given.
std::string format_date(Language language, const std::string& iso);

}  // namespace frontdesk
