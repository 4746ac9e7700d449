// The records' own rules: the store's clock and the text a trainee's fields may hold.
#include "frontdesk/results_records.h"

#include <chrono>
#include <cstdio>
#include <ctime>

#include "frontdesk/terminal_text.h"
#include "frontdesk/utf8.h"

namespace frontdesk {

std::string utc_now_iso8601() {
    auto now = std::chrono::system_clock::now();
    std::time_t seconds = std::chrono::system_clock::to_time_t(now);
    auto millis = std::chrono::duration_cast<std::chrono::milliseconds>(now.time_since_epoch()).count() % 1000;
    std::tm utc{};
    gmtime_r(&seconds, &utc);
    char buffer[80];
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", utc.tm_year + 1900, utc.tm_mon + 1, utc.tm_mday,
                  utc.tm_hour, utc.tm_min, utc.tm_sec, static_cast<int>(millis));
    return buffer;
}

std::string record_text_problem(const std::string& field, const std::string& text) {
    if (field == "trainee id" && text.empty()) return "the trainee id is empty; give an employee code or a name";
    std::string problem = name_problem(text, max_trainee_text);
    if (problem.empty()) return {};
    // A very long text is shown by its start only: the message must stay readable.
    std::string shown = text.size() > 60 ? text.substr(0, 60) + "..." : text;
    return "the " + field + " '" + terminal_safe(shown) + "' " + problem;
}

std::string trainee_text_problem(const std::string& id, const std::string& display_name, const std::string& cohort) {
    for (const auto& [field, text] : {std::pair<const char*, const std::string&>{"trainee id", id}, {"display name", display_name},
                                      {"cohort", cohort}})
        if (std::string problem = record_text_problem(field, text); !problem.empty()) return problem;
    return {};
}

}  // namespace frontdesk
