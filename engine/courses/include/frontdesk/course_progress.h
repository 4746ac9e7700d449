// What a trainee has done of a course, worked out from recorded sessions alone (nothing about courses is
// stored), so every PC, the server and every report agree, and a course changed later is judged afresh.
//
// The rules:
// - A session counts for a step of every course assigned to the trainee's cohort that has its scenario as a
//   step, however it was started. Only finished sessions count, in the order they ended.
// - A session counts only while its step is unlocked (every step in its unlock_after passed by a session that
//   ended before this one started) and only within the step's attempts (the first N counted sessions). Other
//   sessions are free practice: kept in the results, not part of the course.
// - A step is done when a counted session finished, passed when a counted session passed the scenario and, if
//   the step has a stricter `pass`, reached that overall percentage.
// - The course is complete when every required step is passed; it is overdue when it has a due date, is not
//   complete and the day is after the due date.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "frontdesk/course.h"
#include "frontdesk/results_records.h"

namespace frontdesk {

class ResultsReader;

enum class StepState {
    passed,          // a counted session passed it
    next,            // the step to play now (one per course at most)
    open,            // may be played, not passed yet (attempts left), not the next one
    locked,          // a step in its unlock_after is not passed yet
    out_of_attempts  // every allowed attempt was used without passing: a coordinator must step in
};

const char* step_state_name(StepState state);  // passed | next | open | locked | out_of_attempts

struct StepProgress {
    StepState state = StepState::open;
    int attempts_used = 0;              // counted finished sessions
    std::optional<int> attempts_left;   // empty: unlimited
    std::optional<double> best_overall; // the best counted session's overall percentage
    std::string passed_at;              // when the first passing counted session ended; empty when not passed
    std::vector<std::int64_t> sessions; // the counted sessions' store ids, in the order they ended
    bool done() const { return attempts_used > 0; }
    bool passed() const { return state == StepState::passed; }
};

struct CourseProgress {
    TraineeRecord trainee;
    std::vector<StepProgress> steps;    // one per Course::steps, in the same order
    std::size_t steps_done = 0;         // steps with a counted finished session
    std::size_t steps_passed = 0;
    std::size_t steps_total = 0;
    bool complete = false;
    std::string completed_at;           // when the session that completed it ended
    std::int64_t completed_by = 0;      // that session's store id (0 while not complete)
    std::string completed_by_uuid;      // and its UUID
    bool overdue = false;
    std::string last_activity;          // the latest start or end of any session of the course's scenarios
    std::optional<std::size_t> next_step;  // index into Course::steps of the step to play now

    // Overdue, or a required step out of attempts: who a coordinator should talk to first.
    bool behind() const;
    // Whether a session (by store id) counts for this course.
    bool counts(std::int64_t session) const;
};

// Today's date on this computer (local time), YYYY-MM-DD, as the due dates are written.
std::string local_date_today();

// The progress of one trainee from their sessions (any order, any scenarios; others are ignored). `today` is
// YYYY-MM-DD; the trainee's cohort is not checked here (see course_progress_of_cohort).
CourseProgress course_progress(const Course& course, const TraineeRecord& trainee, const std::vector<SessionRecord>& sessions,
                               const std::string& today);

// The progress of every trainee of the course's cohorts (only of `cohort` when not empty), by trainee id,
// trainees without a session of the course included. Throws StoreError when the store cannot be read.
std::vector<CourseProgress> course_progress_of_cohort(const Course& course, const ResultsReader& store, const std::string& cohort,
                                                      const std::string& today);

}  // namespace frontdesk
