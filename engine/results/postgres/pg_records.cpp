#include "pg_records.h"

#include <cstdio>
#include <ctime>

namespace frontdesk::pg {

const char* const decision_time_columns = "d.recorded_ms, d.recorded_text";

std::string time_from_milliseconds(std::int64_t milliseconds) {
    std::int64_t seconds = milliseconds / 1000, millis = milliseconds % 1000;
    if (millis < 0) millis += 1000, seconds -= 1;
    std::time_t at = static_cast<std::time_t>(seconds);
    std::tm utc{};
    if (!gmtime_r(&at, &utc)) return "";
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", utc.tm_year + 1900, utc.tm_mon + 1, utc.tm_mday, utc.tm_hour,
                  utc.tm_min, utc.tm_sec, static_cast<int>(millis));
    return buffer;
}

std::optional<std::int64_t> canonical_milliseconds(const std::string& time) {
    if (time.size() != 24) return std::nullopt;
    std::tm parsed{};
    int millis = 0;
    char zone = 0;
    if (std::sscanf(time.c_str(), "%4d-%2d-%2dT%2d:%2d:%2d.%3d%c", &parsed.tm_year, &parsed.tm_mon, &parsed.tm_mday, &parsed.tm_hour,
                    &parsed.tm_min, &parsed.tm_sec, &millis, &zone) != 8)
        return std::nullopt;
    parsed.tm_year -= 1900;
    parsed.tm_mon -= 1;
    std::int64_t milliseconds = static_cast<std::int64_t>(timegm(&parsed)) * 1000 + millis;
    // Only what comes back byte for byte (no 31 February, no lowercase z, no signs sscanf let through).
    if (time_from_milliseconds(milliseconds) != time) return std::nullopt;
    return milliseconds;
}

}  // namespace frontdesk::pg
