// The trainee's course view without a window: each course of the trainee's cohort as the screen shows it
// (sections, and each step with its scenario's title, channel and difficulty, its state in words, attempts,
// best against the pass mark), worked out afresh from the recorded sessions (course_progress.h) every time it
// is shown, so a session just finished counts at once.
#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "frontdesk/course_progress.h"
#include "frontdesk/interface_text.h"
#include "frontdesk/results_store.h"
#include "library_model.h"

namespace frontdesk::gui {

struct CourseStepView {
    std::size_t step = 0;                // index into Course::steps
    std::string scenario_id;
    std::string title;                   // the scenario's title, or its id when the library has no playable file for it
    std::string path;                    // the library card's file; empty when it has none (the step cannot be played)
    std::optional<Channel> channel;
    int difficulty = 0;                  // 1..3; 0 when unknown
    StepState state = StepState::open;
    std::string locked_after;            // for a locked step: the title of the first step it waits for
    bool required = true;
    int attempts_used = 0;
    std::optional<int> attempts_allowed; // empty: unlimited
    std::optional<double> best;          // the best counted session's overall percentage
    int pass_mark = 0;                   // the step's stricter mark, else the scenario's own

    // Next and open steps may be played as part of the course, a passed one again; locked ones and those out
    // of attempts may not (the course would not count them).
    bool can_start() const { return !path.empty() && (state == StepState::next || state == StepState::open || state == StepState::passed); }
};

struct CourseSectionView {
    std::string title;                   // empty for a course written with `steps:` alone
    std::vector<CourseStepView> steps;
};

struct CourseView {
    std::shared_ptr<const Course> course;
    CourseProgress progress;
    std::vector<CourseSectionView> sections;

    // The step to play now, or null (every step passed, or nothing left that may be played).
    const CourseStepView* next_step() const;
    const CourseStepView* step(const std::string& scenario_id) const;
};

// The view of one course from a trainee's progress; titles, channels and pass marks come from the library.
CourseView make_course_view(std::shared_ptr<const Course> course, CourseProgress progress, const LibraryModel& library);

// The courses a trainee sees: those of their cohort, what to do first first (see read_trainee_courses).
struct TraineeCourses {
    std::string cohort;
    std::vector<CourseView> courses;
};

// Reads the trainee's sessions and works out each course of their cohort for `today` (YYYY-MM-DD): `cohort` when
// given (the window's settings or --cohort, which the next session records), else the one the results hold.
// No cohort, or a cohort without courses: none. Throws StoreError as the reader does.
TraineeCourses read_trainee_courses(const ResultsReader& reader, const std::string& trainee, const std::string& cohort,
                                    const LibraryModel& library, const std::string& today);

// A step's state as the trainee reads it ("Passed", "Locked: after “Phone message”", "No attempts left...").
Ui step_state_text(StepState state);
std::string step_state_words(Language language, const CourseStepView& step);
// "Attempts: 1 of 3", "Attempts: 2" (unlimited), and "Best 80%, pass mark 70%" or "Pass mark 70%".
std::string step_attempts_words(Language language, const CourseStepView& step);
std::string step_score_words(Language language, const CourseStepView& step);

// What the trace says of a course shown: "ID passed=N total=M next=SCENARIO" (next=none when there is none).
std::string course_trace_line(const CourseView& view);

}  // namespace frontdesk::gui
