// Working out a trainee's progress through a course from their recorded sessions, by the rules in
// course_progress.h: sessions in the order they ended, each counted for its step only while that step was
// unlocked and had attempts left.
#include "frontdesk/course_progress.h"

#include <algorithm>
#include <ctime>
#include <map>

#include "frontdesk/results_store.h"

namespace frontdesk {

const char* step_state_name(StepState state) {
    switch (state) {
        case StepState::passed: return "passed";
        case StepState::next: return "next";
        case StepState::open: return "open";
        case StepState::locked: return "locked";
        case StepState::out_of_attempts: return "out_of_attempts";
    }
    return "open";
}

bool CourseProgress::behind() const {
    if (overdue) return true;
    return std::any_of(steps.begin(), steps.end(), [](const StepProgress& step) { return step.state == StepState::out_of_attempts; });
}

bool CourseProgress::counts(std::int64_t session) const {
    for (const StepProgress& step : steps)
        if (std::find(step.sessions.begin(), step.sessions.end(), session) != step.sessions.end()) return true;
    return false;
}

std::string local_date_today() {
    std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    char text[16];
    std::strftime(text, sizeof text, "%Y-%m-%d", &local);
    return text;
}

namespace {

// Stored times compare as text once written alike: "2026-11-24T21:31:49.120Z" and "2026-11-24 21:31:49"
// (older rows, UTC without a zone) become "2026-11-24T21:31:49.120" and "2026-11-24T21:31:49".
std::string time_key(const std::string& stored) {
    std::string key = stored;
    if (key.size() > 10 && key[10] == ' ') key[10] = 'T';
    if (!key.empty() && (key.back() == 'Z' || key.back() == 'z')) key.pop_back();
    return key;
}

// A stricter pass mark is a whole percentage; the overall is a computed one, so 70 must not fail at 69.9999999.
bool reaches(double overall, int pass) { return overall + 1e-9 >= pass; }

}  // namespace

CourseProgress course_progress(const Course& course, const TraineeRecord& trainee, const std::vector<SessionRecord>& sessions,
                               const std::string& today) {
    CourseProgress progress;
    progress.trainee = trainee;
    progress.steps.resize(course.steps.size());
    progress.steps_total = course.steps.size();
    std::map<std::string, std::size_t> step_of;
    for (std::size_t i = 0; i < course.steps.size(); ++i) step_of.emplace(course.steps[i].scenario, i);

    // The trainee's finished sessions of the course's scenarios, in the order they ended.
    std::vector<const SessionRecord*> finished;
    std::string last_activity_key;
    for (const SessionRecord& session : sessions) {
        if (session.trainee != trainee.id || !step_of.count(session.scenario_id)) continue;
        for (const std::string* time : {&session.started_at, &session.ended_at}) {
            if (time->empty()) continue;
            std::string key = time_key(*time);
            if (key > last_activity_key) {
                last_activity_key = key;
                progress.last_activity = *time;
            }
        }
        if (session.finished()) finished.push_back(&session);
    }
    std::stable_sort(finished.begin(), finished.end(), [](const SessionRecord* a, const SessionRecord* b) {
        std::string ka = time_key(a->ended_at), kb = time_key(b->ended_at);
        return ka != kb ? ka < kb : a->id < b->id;
    });

    std::vector<std::string> passed_key(course.steps.size());  // when each step was passed, as a time key
    auto unlocked_at = [&](const CourseStep& step, const std::string* at) {
        for (const std::string& earlier : step.unlock_after) {
            auto found = step_of.find(earlier);
            if (found == step_of.end()) continue;  // the reader refused such a course; never locks for ever
            const std::string& key = passed_key[found->second];
            if (key.empty() || (at && key > *at)) return false;
        }
        return true;
    };
    std::size_t required = course.required_steps();
    std::size_t required_passed = 0;
    for (const SessionRecord* session : finished) {
        std::size_t index = step_of[session->scenario_id];
        const CourseStep& step = course.steps[index];
        StepProgress& state = progress.steps[index];
        std::string started = time_key(session->started_at);
        if (!unlocked_at(step, &started)) continue;
        if (step.attempts && state.attempts_used >= *step.attempts) continue;
        ++state.attempts_used;
        state.sessions.push_back(session->id);
        if (!state.best_overall || session->overall > *state.best_overall) state.best_overall = session->overall;
        bool passes = session->passed && (!step.pass || reaches(session->overall, *step.pass));
        if (passes && passed_key[index].empty()) {
            passed_key[index] = time_key(session->ended_at);
            state.passed_at = session->ended_at;
            state.state = StepState::passed;
            if (step.required && ++required_passed == required) {
                progress.completed_at = session->ended_at;
                progress.completed_by = session->id;
                progress.completed_by_uuid = session->uuid;
            }
        }
    }

    for (std::size_t i = 0; i < course.steps.size(); ++i) {
        const CourseStep& step = course.steps[i];
        StepProgress& state = progress.steps[i];
        if (step.attempts) state.attempts_left = std::max(0, *step.attempts - state.attempts_used);
        if (state.done()) ++progress.steps_done;
        if (state.state == StepState::passed) {
            ++progress.steps_passed;
            continue;
        }
        if (!unlocked_at(step, nullptr)) state.state = StepState::locked;
        else if (state.attempts_left && *state.attempts_left == 0) state.state = StepState::out_of_attempts;
        else state.state = StepState::open;
    }
    // The next step: the first open required one in the course's order, else the first open optional one.
    for (bool want_required : {true, false}) {
        if (progress.next_step) break;
        for (std::size_t i = 0; i < course.steps.size(); ++i)
            if (course.steps[i].required == want_required && progress.steps[i].state == StepState::open) {
                progress.next_step = i;
                progress.steps[i].state = StepState::next;
                break;
            }
    }
    progress.complete = required_passed == required;
    progress.overdue = !course.due.empty() && !progress.complete && today > course.due;
    return progress;
}

std::vector<CourseProgress> course_progress_of_cohort(const Course& course, const ResultsReader& store, const std::string& cohort,
                                                      const std::string& today) {
    std::vector<CourseProgress> rows;
    for (const std::string& assigned : course.cohorts) {
        if (!cohort.empty() && assigned != cohort) continue;
        ResultsFilter filter;
        filter.cohort = assigned;
        std::map<std::string, std::vector<SessionRecord>> by_trainee;
        for (SessionRecord& session : store.sessions(filter))
            if (course.step_for(session.scenario_id)) by_trainee[session.trainee].push_back(std::move(session));
        for (const TraineeRecord& trainee : store.trainees()) {
            if (trainee.cohort != assigned) continue;
            rows.push_back(course_progress(course, trainee, by_trainee[trainee.id], today));
        }
    }
    std::sort(rows.begin(), rows.end(), [](const CourseProgress& a, const CourseProgress& b) { return a.trainee.id < b.trainee.id; });
    return rows;
}

}  // namespace frontdesk
