// A course's progress as a coordinator reads it (frontdesk course progress): per trainee the steps done and
// passed, complete or not, overdue or not, last activity and the next step, as an aligned table, a CSV for a
// spreadsheet, JSON for programs (a list of objects, the same in every language) or one self-contained HTML page.
#pragma once

#include <iosfwd>
#include <map>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "frontdesk/course_progress.h"
#include "frontdesk/report_formats.h"

namespace frontdesk {

struct CourseReport {
    const Course* course = nullptr;
    std::vector<CourseProgress> trainees;          // as course_progress_of_cohort gives them
    std::string cohort;                            // the --cohort asked for; empty: every cohort of the course
    std::string today;                             // YYYY-MM-DD the overdue flags were judged on
    std::map<std::string, std::string> titles;     // scenario id -> title, for the steps (the id when missing)
};

// Behind first (overdue or out of attempts), then by trainee id: who a coordinator should talk to first.
std::vector<const CourseProgress*> trainees_behind_first(const CourseReport& report);

void write_course_report(const CourseReport& report, ReportFormat format, Language language, std::ostream& out);
nlohmann::ordered_json course_report_json(const CourseReport& report);

}  // namespace frontdesk
