// frontdesk course list|progress : courses, what a cohort should practise (scenarios/courses/*.yaml). `list`
// shows a library's courses with their problems; `progress` (command_course_progress.cpp) is the coordinators'
// view of who has done what. docs/courses.md is the guide.
#include <iostream>

#include "cli_common.h"
#include "frontdesk/terminal_text.h"

namespace frontdesk::cli {

namespace {

struct CourseListOptions {
    std::string scenarios;  // empty: the bundled library
};

int run_course_list(const CourseListOptions& options) {
    std::string library = options.scenarios.empty() ? bundled_scenario_dir() : options.scenarios;
    std::vector<LoadedCourse> courses = library_courses(library);
    if (courses.empty()) {
        std::cout << "No courses in " << terminal_safe(course_folder(library)) << " (add one: docs/courses.md)\n";
        return exit_ok;
    }
    bool problems = false;
    for (const LoadedCourse& loaded : courses) {
        if (!loaded.usable()) {
            problems = true;
            std::cerr << terminal_safe(loaded.diagnostics.path()) << ": has errors; see frontdesk lint " << terminal_safe(library) << '\n';
            continue;
        }
        const Course& course = *loaded.course;
        std::string cohorts;
        for (const std::string& cohort : course.cohorts) cohorts += (cohorts.empty() ? "" : ", ") + cohort;
        std::cout << terminal_safe(course.id) << "  [" << language_name(course.language) << "] " << terminal_safe(course.title) << '\n'
                  << "    " << course.steps.size() << " steps (" << course.required_steps() << " required), for "
                  << (cohorts.empty() ? std::string("no cohort") : terminal_safe(cohorts))
                  << (course.due.empty() ? std::string() : ", due " + course.due) << '\n';
    }
    return problems ? exit_problems : exit_ok;
}

}  // namespace

void add_course_command(CLI::App& app, int& exit_code) {
    CLI::App* course = app.add_subcommand("course", "Courses: what a cohort should practise, and who has done what");
    course->require_subcommand(1);
    auto options = std::make_shared<CourseListOptions>();
    CLI::App* list = course->add_subcommand("list", "The courses of the library (its courses/ folder)");
    list->add_option("--scenarios", options->scenarios, "The library whose courses/ folder to read (default: the bundled scenarios)");
    list->callback([options, &exit_code] { exit_code = run_course_list(*options); });
    add_course_progress_command(*course, exit_code);
}

}  // namespace frontdesk::cli
