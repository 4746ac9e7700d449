// A course: what a cohort should practise, in which order and by when (scenarios/courses/*.yaml). It is read
// with the scenarios' diagnostics discipline (located errors with "did you mean"), checked against the
// library it names, and immutable once read; what trainees have done is worked out apart (course_progress.h).
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "frontdesk/diagnostic.h"
#include "frontdesk/language.h"
#include "frontdesk/source_text.h"

namespace frontdesk {

struct Scenario;

// The course format this program reads (`course: 1`).
constexpr int course_format_version = 1;

struct CourseStep {
    std::string scenario;              // a scenario id of the library; one step per scenario in a course
    std::optional<int> pass;           // a stricter pass mark (overall percentage, 0..100) than the scenario's own
    bool required = true;              // the course is complete when every required step is passed
    std::optional<int> attempts;       // how many finished sessions count (the first N); empty: unlimited
    std::vector<std::string> unlock_after;  // scenario ids of the steps that must be passed first
    std::size_t section = 0;           // index into Course::sections (0 when the course has none)
    SourceLocation location;           // of the step's `scenario` value
    std::uint32_t width = 1;           // how many characters the value spans (the caret underline)
    SourceLocation pass_location;      // of `pass`, when given
};

struct CourseSection {
    std::string title;                 // "Phone", "Digital channels"...
    SourceLocation location;
};

struct Course {
    int format = course_format_version;
    std::string id;
    std::string title;
    Language language = Language::en;
    std::string summary;
    std::vector<std::string> cohorts;  // the cohorts it is assigned to
    std::string due;                   // ISO date (YYYY-MM-DD); empty: no due date
    // Steps grouped under titles; a course written with `steps:` alone has one section with an empty title.
    std::vector<CourseSection> sections;
    std::vector<CourseStep> steps;     // in the course's order
    std::string path;
    SourceLocation id_location;        // of the `id` value

    // The step for a scenario id, or null.
    const CourseStep* step_for(const std::string& scenario_id) const;
    bool assigned_to(const std::string& cohort) const;
    std::size_t required_steps() const;
};

struct LoadedCourse {
    // Present when the file reads as a course (a map with the course's keys), errors or not, so a list can
    // show it with its problems; only usable without errors.
    std::shared_ptr<const Course> course;
    DiagnosticList diagnostics;
    std::optional<SourceText> source;
    bool usable() const { return course != nullptr && !diagnostics.has_errors(); }
};

// Reads a course file: its own shape only (known keys, types, an ISO date that exists, numbers in range, a
// step named twice, an unlock_after naming no step of the course, cycles in unlock_after, a course without
// steps). The checks against the library come after (check_course).
LoadedCourse load_course_file(const std::string& path);
LoadedCourse load_course_text(std::string path, std::string text);

// Checks a course against the scenarios it names, adding to its diagnostics (sorted by position after): an id
// that is not in the library is an error at its place with "did you mean", a scenario in another language
// than the course is a warning, and so is a stricter pass mark that is not stricter than the scenario's own.
// `library` holds the library's scenarios (playable or not: a scenario with errors is still a known id).
void check_course(LoadedCourse& loaded, const std::vector<std::shared_ptr<const Scenario>>& library);

// Whether `text` is a date that exists, written YYYY-MM-DD (as `due` is).
bool is_iso_date(std::string_view text);

// Whether a file is a course rather than a scenario: its first key is `course` (comments and blank lines
// before it allowed). Lint and the library use it, so a course given to lint is checked as a course and a
// course folder never shows up as broken scenarios.
bool looks_like_course(const std::string& text);

}  // namespace frontdesk
