// frontdesk course progress ID [--cohort C] [--scenarios DIR] [--db DB] --format table|csv|json|html [--lang en|it]
// [--today DATE] [-o FILE] : per trainee of the course's cohorts, the steps done and passed, complete or not,
// overdue or not, last activity and the next step. Progress is worked out from the recorded sessions
// (course_progress.h), so it is the same on every PC and on the server.
#include <iostream>
#include <sstream>

#include "cli_common.h"
#include "frontdesk/course_report.h"
#include "frontdesk/personal_data_file.h"
#include "frontdesk/suggest.h"
#include "frontdesk/terminal_text.h"

namespace frontdesk::cli {

namespace {

struct CourseProgressOptions {
    std::string course;
    std::string cohort;
    std::string scenarios;  // empty: the bundled library
    std::string db;
    std::string format = "table";
    std::string language = "en";
    std::string today;      // empty: this computer's date
    std::string output;
};

int run_course_progress(const CourseProgressOptions& options) {
    const char* command = "frontdesk course progress";
    std::optional<ReportFormat> format = parse_report_format(options.format);
    std::optional<Language> language = parse_language(options.language);
    if (!format || !language) return exit_usage;  // CLI11 checked both already
    if (!options.today.empty() && !is_iso_date(options.today)) {
        std::cerr << command << ": --today must be a date written YYYY-MM-DD, like 2026-12-18\n";
        return exit_usage;
    }
    std::string library = options.scenarios.empty() ? bundled_scenario_dir() : options.scenarios;
    std::vector<LoadedCourse> courses = library_courses(library);
    std::shared_ptr<const Course> course = find_course(courses, options.course);
    if (!course) {
        std::vector<std::string> ids;
        for (const LoadedCourse& loaded : courses)
            if (loaded.course && loaded.course->id == options.course) {
                std::cerr << command << ": the course '" << terminal_safe(options.course) << "' has errors; fix them first (frontdesk lint "
                          << terminal_safe(library) << ")\n";
                return exit_problems;
            } else if (loaded.usable()) {
                ids.push_back(loaded.course->id);
            }
        std::string known;
        for (const std::string& id : ids) known += (known.empty() ? "" : ", ") + id;
        std::cerr << command << ": no course '" << terminal_safe(options.course) << "' in " << terminal_safe(course_folder(library))
                  << terminal_safe(did_you_mean(options.course, ids)) << (known.empty() ? " (it has none)" : " (courses: " + terminal_safe(known) + ")")
                  << '\n';
        return exit_problems;
    }
    if (!options.cohort.empty() && !course->assigned_to(options.cohort)) {
        std::string cohorts;
        for (const std::string& cohort : course->cohorts) cohorts += (cohorts.empty() ? "" : ", ") + cohort;
        std::cerr << command << ": the course '" << terminal_safe(course->id) << "' is not assigned to the cohort '" << terminal_safe(options.cohort)
                  << "'; it is assigned to " << (cohorts.empty() ? std::string("no cohort") : terminal_safe(cohorts)) << '\n';
        return exit_problems;
    }
    std::unique_ptr<ResultsReader> opened = open_results_for_reading(options.db, "course progress", std::cerr);
    if (!opened) return exit_problems;
    if (!options.output.empty()) {
        if (std::string problem = personal_data_file_problem(options.output, opened.get()); !problem.empty()) {
            std::cerr << command << ": " << problem << '\n';
            return exit_problems;
        }
    }
    try {
        CourseReport report;
        report.course = course.get();
        report.cohort = options.cohort;
        report.today = options.today.empty() ? local_date_today() : options.today;
        report.trainees = course_progress_of_cohort(*course, *opened, options.cohort, report.today);
        for (const auto& scenario : library_scenarios(library)) report.titles.emplace(scenario->id, scenario->title);
        std::ostringstream text;
        write_course_report(report, *format, *language, text);
        if (options.output.empty()) {
            std::cout << text.str() << std::flush;
            return std::cout ? exit_ok : exit_problems;
        }
        if (std::string problem = write_personal_data_file(options.output, text.str(), opened.get()); !problem.empty()) {
            std::cerr << command << ": " << problem << '\n';
            return exit_problems;
        }
        return exit_ok;
    } catch (const StoreError& failure) {
        std::cerr << command << ": " << failure.what() << '\n';
        return exit_problems;
    }
}

}  // namespace

void add_course_progress_command(CLI::App& course, int& exit_code) {
    auto options = std::make_shared<CourseProgressOptions>();
    CLI::App* command = course.add_subcommand("progress", "Who has done what of a course: steps done and passed, complete, overdue, last activity");
    command->add_option("course", options->course, "The course id (frontdesk course list shows them)")->required();
    command->add_option("--cohort", options->cohort, "Only this cohort (one the course is assigned to)")->check(trainee_text_validator("cohort"));
    command->add_option("--scenarios", options->scenarios, "The library whose courses/ folder holds the course (default: the bundled scenarios)");
    command->add_option("--db", options->db, "Results database or server (default: " + shown_location(default_results_location()) + ")");
    command->add_option("--format", options->format, "table (default), csv, json or html")->check(CLI::IsMember({"table", "csv", "json", "html"}));
    command->add_option("--lang", options->language, "Language of the table, CSV and HTML: en (default) or it; JSON is the same in both")
        ->check(CLI::IsMember({"en", "it"}));
    command->add_option("--today", options->today, "Judge 'overdue' as on this date, YYYY-MM-DD (default: today)");
    command->add_option("-o,--output", options->output, "Write to this file (owner-only, replaced atomically) instead of printing");
    command->callback([options, &exit_code] { exit_code = run_course_progress(*options); });
}

}  // namespace frontdesk::cli
