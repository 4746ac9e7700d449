// The course model's questions, telling a course file from a scenario, and the checks of a course against the
// library it names.
#include "frontdesk/course.h"

#include <algorithm>

#include "frontdesk/scenario.h"
#include "frontdesk/suggest.h"

namespace frontdesk {

const CourseStep* Course::step_for(const std::string& scenario_id) const {
    for (const CourseStep& step : steps)
        if (step.scenario == scenario_id) return &step;
    return nullptr;
}

bool Course::assigned_to(const std::string& cohort) const {
    return !cohort.empty() && std::find(cohorts.begin(), cohorts.end(), cohort) != cohorts.end();
}

std::size_t Course::required_steps() const {
    return static_cast<std::size_t>(std::count_if(steps.begin(), steps.end(), [](const CourseStep& step) { return step.required; }));
}

namespace {

bool leap_year(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

}  // namespace

bool is_iso_date(std::string_view text) {
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') return false;
    for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
        if (text[i] < '0' || text[i] > '9') return false;
    int year = std::stoi(std::string(text.substr(0, 4)));
    int month = std::stoi(std::string(text.substr(5, 2)));
    int day = std::stoi(std::string(text.substr(8, 2)));
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (year < 2000 || month < 1 || month > 12 || day < 1) return false;
    int last = days[month - 1] + (month == 2 && leap_year(year) ? 1 : 0);
    return day <= last;
}

bool looks_like_course(const std::string& text) {
    std::size_t at = text.compare(0, 3, "\xEF\xBB\xBF") == 0 ? 3 : 0;
    while (at < text.size()) {
        std::size_t end = text.find('\n', at);
        if (end == std::string::npos) end = text.size();
        std::string_view line(text.data() + at, end - at);
        std::size_t first = line.find_first_not_of(" \t\r");
        bool blank = first == std::string_view::npos;
        if (!blank && line[first] != '#' && line.substr(first) != "---" && line.substr(first, 4) != "--- ") {
            if (first != 0) return false;  // an indented first key: not a file this program writes
            std::string_view key = line.substr(0, line.find(':'));
            while (!key.empty() && (key.back() == ' ' || key.back() == '\t')) key.remove_suffix(1);
            return key == "course" && line.find(':') != std::string_view::npos;
        }
        at = end + 1;
    }
    return false;
}

namespace {

const char* language_in_words(Language language) { return language == Language::it ? "Italian" : "English"; }

}  // namespace

void check_course(LoadedCourse& loaded, const std::vector<std::shared_ptr<const Scenario>>& library) {
    if (!loaded.course) return;
    const Course& course = *loaded.course;
    std::vector<std::string> ids;
    for (const auto& scenario : library)
        if (scenario) ids.push_back(scenario->id);
    for (const CourseStep& step : course.steps) {
        if (step.scenario.empty()) continue;  // a step the reader already refused
        auto found = std::find_if(library.begin(), library.end(),
                                  [&](const std::shared_ptr<const Scenario>& s) { return s && s->id == step.scenario; });
        if (found == library.end()) {
            loaded.diagnostics.error(step.location,
                                     "there is no scenario " + in_quotes(step.scenario) + " in the library" + did_you_mean(step.scenario, ids) +
                                         (ids.empty() ? std::string(" (the library has no scenarios)") : std::string()),
                                     step.width);
            continue;
        }
        const Scenario& scenario = **found;
        if (scenario.language != course.language)
            loaded.diagnostics.warning(step.location,
                                       "the scenario " + in_quotes(step.scenario) + " is in " + language_in_words(scenario.language) +
                                           " and this course is in " + language_in_words(course.language) +
                                           "; trainees would switch language mid-course (use the scenario's " +
                                           language_in_words(course.language) + " version, or check 'language')",
                                       step.width);
        if (step.pass && *step.pass <= scenario.pass)
            loaded.diagnostics.warning(step.pass_location,
                                       "'pass: " + std::to_string(*step.pass) + "' is not stricter than the scenario's own pass mark (" +
                                           std::to_string(scenario.pass) + "%); raise it above " + std::to_string(scenario.pass) +
                                           " or remove it");
    }
    loaded.diagnostics.sort_by_location();
}

}  // namespace frontdesk
