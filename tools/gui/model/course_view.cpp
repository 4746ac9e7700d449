#include "course_view.h"

#include <algorithm>

#include "frontdesk/course_files.h"
#include "frontdesk/number_format.h"

namespace frontdesk::gui {

const CourseStepView* CourseView::next_step() const {
    if (!progress.next_step) return nullptr;
    for (const CourseSectionView& section : sections)
        for (const CourseStepView& step : section.steps)
            if (step.step == *progress.next_step) return &step;
    return nullptr;
}

const CourseStepView* CourseView::step(const std::string& scenario_id) const {
    for (const CourseSectionView& section : sections)
        for (const CourseStepView& step : section.steps)
            if (step.scenario_id == scenario_id) return &step;
    return nullptr;
}

CourseView make_course_view(std::shared_ptr<const Course> course, CourseProgress progress, const LibraryModel& library) {
    CourseView view;
    view.course = std::move(course);
    view.progress = std::move(progress);
    const Course& c = *view.course;
    auto title_of = [&library](const std::string& scenario_id) {
        const ScenarioCard* card = library.find_scenario(scenario_id);
        return card ? card->title : scenario_id;
    };
    // A course without sections is read as one section with an empty title; steps keep the course's order.
    view.sections.resize(std::max<std::size_t>(c.sections.size(), 1));
    for (std::size_t s = 0; s < c.sections.size(); ++s) view.sections[s].title = c.sections[s].title;
    for (std::size_t i = 0; i < c.steps.size(); ++i) {
        const CourseStep& step = c.steps[i];
        CourseStepView shown;
        shown.step = i;
        shown.scenario_id = step.scenario;
        shown.title = title_of(step.scenario);
        shown.required = step.required;
        shown.attempts_allowed = step.attempts;
        if (const ScenarioCard* card = library.find_scenario(step.scenario)) {
            shown.path = card->path;
            shown.channel = card->scenario->channel;
            shown.difficulty = card->scenario->difficulty;
            shown.pass_mark = card->scenario->pass;
        }
        // A stricter mark only raises the scenario's own (the course's checks warn when it does not).
        if (step.pass) shown.pass_mark = std::max(shown.pass_mark, *step.pass);
        if (i < view.progress.steps.size()) {
            const StepProgress& done = view.progress.steps[i];
            shown.state = done.state;
            shown.attempts_used = done.attempts_used;
            shown.best = done.best_overall;
        }
        if (shown.state == StepState::locked) {
            // The first step it waits for that is not passed yet: what the trainee has to do first.
            for (const std::string& before : step.unlock_after) {
                std::size_t at = 0;
                while (at < c.steps.size() && c.steps[at].scenario != before) ++at;
                if (at < view.progress.steps.size() && view.progress.steps[at].passed()) continue;
                shown.locked_after = title_of(before);
                break;
            }
        }
        std::size_t section = step.section < view.sections.size() ? step.section : 0;
        view.sections[section].steps.push_back(std::move(shown));
    }
    return view;
}

TraineeCourses read_trainee_courses(const ResultsReader& reader, const std::string& trainee, const std::string& cohort,
                                    const LibraryModel& library, const std::string& today) {
    TraineeCourses found;
    std::optional<TraineeRecord> record = reader.trainee(trainee);
    if (!record) record = TraineeRecord{trainee, trainee, "", ""};
    if (!cohort.empty()) record->cohort = cohort;
    if (record->cohort.empty()) return found;
    found.cohort = record->cohort;
    std::vector<std::shared_ptr<const Course>> courses = courses_for_cohort(library.courses(), record->cohort);
    if (courses.empty()) return found;
    ResultsFilter mine;
    mine.trainee = trainee;
    std::vector<SessionRecord> sessions = reader.sessions(mine);
    for (const std::shared_ptr<const Course>& course : courses)
        found.courses.push_back(make_course_view(course, course_progress(*course, *record, sessions, today), library));
    // The first course gives the screen its primary action, so the order says what to do first: a course still to
    // complete before one completed, the earliest due date first (none last), then the gentler course first (the
    // mean difficulty of its steps: a first week before difficult conversations), then the library's order.
    auto mean_difficulty = [](const CourseView& view) {
        int sum = 0, count = 0;
        for (const CourseSectionView& section : view.sections)
            for (const CourseStepView& step : section.steps)
                if (step.difficulty > 0) sum += step.difficulty, ++count;
        return count > 0 ? static_cast<double>(sum) / count : 0.0;
    };
    std::stable_sort(found.courses.begin(), found.courses.end(), [&](const CourseView& a, const CourseView& b) {
        if (a.progress.complete != b.progress.complete) return !a.progress.complete;
        const std::string &due_a = a.course->due, &due_b = b.course->due;
        if (due_a != due_b) return !due_a.empty() && (due_b.empty() || due_a < due_b);
        return mean_difficulty(a) < mean_difficulty(b);
    });
    return found;
}

Ui step_state_text(StepState state) {
    switch (state) {
        case StepState::passed: return Ui::course_step_passed;
        case StepState::next: return Ui::course_step_next;
        case StepState::open: return Ui::course_step_open;
        case StepState::locked: return Ui::course_step_locked;
        case StepState::out_of_attempts: return Ui::course_step_out_of_attempts;
    }
    return Ui::course_step_open;
}

std::string step_state_words(Language language, const CourseStepView& step) {
    std::string words = ui_text(language, step_state_text(step.state), {step.locked_after});
    if (!step.required) words += " (" + ui_text(language, Ui::course_step_optional) + ")";
    return words;
}

std::string step_attempts_words(Language language, const CourseStepView& step) {
    std::string used = std::to_string(step.attempts_used);
    if (step.attempts_allowed) return ui_text(language, Ui::course_attempts_of, {used, std::to_string(*step.attempts_allowed)});
    return ui_text(language, Ui::course_attempts_used, {used});
}

std::string step_score_words(Language language, const CourseStepView& step) {
    std::string mark = format_percent(language, step.pass_mark);
    if (step.best) return ui_text(language, Ui::course_best_of_pass, {format_percent(language, *step.best), mark});
    return ui_text(language, Ui::course_pass_mark, {mark});
}

std::string course_trace_line(const CourseView& view) {
    const CourseStepView* next = view.next_step();
    return view.course->id + " passed=" + std::to_string(view.progress.steps_passed) + " total=" + std::to_string(view.progress.steps_total) +
           " next=" + (next ? next->scenario_id : std::string("none"));
}

}  // namespace frontdesk::gui
