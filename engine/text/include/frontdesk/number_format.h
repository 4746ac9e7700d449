// Numbers as a reader of each language writes them: "55.6" in English, "55,6" in Italian.
#pragma once

#include <string>

#include "frontdesk/language.h"

namespace frontdesk {

// `value` with `digits` decimals (never "-0"), with the language's decimal separator.
std::string format_decimal(Language language, double value, int digits);
// A percentage rounded to a whole number: "56%" (both languages write it so).
std::string format_percent(Language language, double value);

}  // namespace frontdesk
