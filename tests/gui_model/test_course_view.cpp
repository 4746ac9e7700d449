// The window's courses without a window: a library folder (the example scenario and two bundled ones) with two
// courses beside it, sessions recorded in a temporary results store, and what the course view and the Review's
// Courses tab would draw from them: the order of the courses, each step's state, words, attempts and best, what
// can be started, the cohort a trainee is taken to be in, and who is behind.
#include <doctest/doctest.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <thread>

#include "../store/store_test_support.h"
#include "course_view.h"
#include "frontdesk/course_files.h"
#include "frontdesk/open_results_store.h"
#include "library_model.h"
#include "review_model.h"
#include "settings.h"

using namespace frontdesk;
using namespace frontdesk::gui;
using frontdesk::test::TemporaryFolder;

namespace {

namespace fs = std::filesystem;

const std::string example_path = std::string(FRONTDESK_FIXTURE_DIR) + "/example/angry-client-wrong-invoice.yaml";

// The window tests' course (due 31 January 2026: overdue on the day these tests judge, 2026-02-10).
const std::string desk_course = std::string(FRONTDESK_FIXTURE_DIR) + "/course-window/desk-course.yaml";

// No due date and harder steps: shown after the desk course to the same cohort.
const char* later_course = R"(course: 1
id: later-course
title: "Later course"
language: en
cohorts: [spring, autumn]
steps:
  - scenario: phone-transfer-message
)";

struct Library {
    TemporaryFolder folder{"course-view"};
    LibraryModel library;
    std::unique_ptr<ResultsStore> owned;
    LoadedScenario example = frontdesk::test::example_scenario();

    Library() {
        fs::path scenarios = fs::path(folder.path()) / "library";
        fs::create_directories(scenarios / "courses");
        fs::copy_file(example_path, scenarios / "angry-client-wrong-invoice.yaml");
        for (const char* id : {"curious-visitor-open-day", "phone-transfer-message"})
            fs::copy_file(fs::path(FRONTDESK_SCENARIO_DIR) / (std::string(id) + ".yaml"), scenarios / (std::string(id) + ".yaml"));
        fs::copy_file(desk_course, scenarios / "courses" / "desk-course.yaml");
        std::ofstream(scenarios / "courses" / "later-course.yaml") << later_course;
        library.load({scenarios.string()});
        owned = open_results_store(folder.file("results.db"));
        REQUIRE(example.playable());
    }

    // Plays the example with `answers` (positions among the choices offered) and finishes the session.
    void play(const std::string& trainee, const std::vector<int>& answers) {
        std::this_thread::sleep_for(std::chrono::milliseconds(5));  // sessions end in a known order
        std::int64_t id = owned->begin_session(new_session_record(*example.scenario, trainee, "immediate", "gui"));
        Session session(example.scenario);
        int sequence = 0;
        for (int answer : answers)
            owned->record_decision(decision_record(
                *example.scenario, session.choose(session.offered_choices().at(static_cast<std::size_t>(answer)), 2.0), id, ++sequence));
        REQUIRE(session.at_ending());
        owned->finish_session(id, session_outcome(score_session(*example.scenario, *example.analysis, session.history(), session.ending())));
    }

    TraineeCourses of(const std::string& trainee, const std::string& cohort = "") const {
        return read_trainee_courses(*owned, trainee, cohort, library, "2026-02-10");
    }
};

const CourseStepView& step_of(const CourseView& view, const std::string& scenario) {
    const CourseStepView* step = view.step(scenario);
    REQUIRE(step != nullptr);
    return *step;
}

}  // namespace

TEST_CASE("course view: the library's courses and the cohorts they name") {
    Library lib;
    REQUIRE(lib.library.courses().size() == 2);
    for (const LoadedCourse& course : lib.library.courses()) CHECK(course.usable());
    CHECK(lib.library.course_cohorts() == std::vector<std::string>{"spring", "autumn"});
    CHECK(lib.library.course_folder_shown() == course_folder((fs::path(lib.folder.path()) / "library").string()));
}

TEST_CASE("course view: a new trainee of the cohort sees both courses, the one due first first, with every step's state") {
    Library lib;
    lib.owned->upsert_trainee("anna", "Anna Bianchi", "spring");
    TraineeCourses mine = lib.of("anna");
    CHECK(mine.cohort == "spring");
    REQUIRE(mine.courses.size() == 2);
    CHECK(mine.courses[0].course->id == "desk-course");
    CHECK(mine.courses[1].course->id == "later-course");

    const CourseView& desk = mine.courses[0];
    REQUIRE(desk.sections.size() == 2);
    CHECK(desk.sections[0].title == "On the phone");
    CHECK(desk.sections[0].steps.size() == 1);
    CHECK(desk.sections[1].steps.size() == 2);
    CHECK(desk.progress.overdue);
    CHECK(course_trace_line(desk) == "desk-course passed=0 total=3 next=angry-client-wrong-invoice");

    const CourseStepView& phone = step_of(desk, "angry-client-wrong-invoice");
    CHECK(phone.state == StepState::next);
    CHECK(phone.can_start());
    CHECK(phone.title == lib.example.scenario->title);
    CHECK(phone.pass_mark == 70);  // the step's mark, stricter than the scenario's 60
    CHECK(phone.attempts_allowed == 2);
    CHECK(step_attempts_words(Language::en, phone) == "Attempts: 0 of 2");
    CHECK(step_score_words(Language::en, phone) == "Pass mark 70%");
    CHECK(step_state_words(Language::it, phone) == "Il prossimo");

    const CourseStepView& visitor = step_of(desk, "curious-visitor-open-day");
    CHECK(visitor.state == StepState::locked);
    CHECK_FALSE(visitor.can_start());
    CHECK(visitor.locked_after == lib.example.scenario->title);
    CHECK(step_state_words(Language::en, visitor) == "Locked: opens once you pass “" + lib.example.scenario->title + "”");

    const CourseStepView& message = step_of(desk, "phone-transfer-message");
    CHECK(message.state == StepState::open);
    CHECK(message.can_start());
    CHECK_FALSE(message.required);
    CHECK(step_state_words(Language::en, message) == "To do (optional)");
    CHECK(step_state_words(Language::it, message) == "Da fare (facoltativo)");
    CHECK(step_attempts_words(Language::it, message) == "Tentativi: 0");
}

TEST_CASE("course view: a pass unlocks the next step; failing every attempt closes a step and nothing counts after") {
    Library lib;
    lib.owned->upsert_trainee("anna", "Anna Bianchi", "spring");
    lib.owned->upsert_trainee("carla", "Carla Neri", "spring");

    lib.play("anna", {0, 0, 0});  // 100%: passes the stricter 70
    const CourseView anna = lib.of("anna").courses.at(0);
    const CourseStepView& passed = step_of(anna, "angry-client-wrong-invoice");
    CHECK(passed.state == StepState::passed);
    CHECK(passed.can_start());  // played again, for practice
    CHECK(step_score_words(Language::en, passed) == "Best 100%, pass mark 70%");
    CHECK(step_attempts_words(Language::en, passed) == "Attempts: 1 of 2");
    CHECK(step_of(anna, "curious-visitor-open-day").state == StepState::next);
    CHECK(course_trace_line(anna) == "desk-course passed=1 total=3 next=curious-visitor-open-day");

    lib.play("carla", {2});  // "calm down": failure
    lib.play("carla", {2});
    const CourseView carla = lib.of("carla").courses.at(0);
    const CourseStepView& closed = step_of(carla, "angry-client-wrong-invoice");
    CHECK(closed.state == StepState::out_of_attempts);
    CHECK_FALSE(closed.can_start());
    CHECK(step_attempts_words(Language::en, closed) == "Attempts: 2 of 2");
    CHECK(step_score_words(Language::it, closed) == "Migliore 0%, soglia 70%");
    CHECK(step_state_words(Language::en, closed) == "No attempts left: talk to your coordinator");
    CHECK(carla.progress.behind());
    // What is still open to play is the optional step; the locked one stays locked.
    CHECK(step_of(carla, "curious-visitor-open-day").state == StepState::locked);
    const CourseStepView* next = carla.next_step();
    REQUIRE(next != nullptr);
    CHECK(next->scenario_id == "phone-transfer-message");
}

TEST_CASE("course view: the cohort given by the window wins over the one recorded; without one there is no course") {
    Library lib;
    CHECK(lib.of("nobody").courses.empty());                 // not recorded, no cohort
    CHECK(lib.of("nobody", "spring").courses.size() == 2);   // not recorded yet: the window's cohort
    lib.owned->upsert_trainee("dario", "Dario Gallo", "autumn");
    TraineeCourses dario = lib.of("dario");
    REQUIRE(dario.courses.size() == 1);
    CHECK(dario.courses[0].course->id == "later-course");
    CHECK(lib.of("dario", "spring").courses.size() == 2);
    CHECK(lib.of("dario", "winter").courses.empty());
    lib.owned->upsert_trainee("eve", "Eve", "");
    CHECK(lib.of("eve").cohort.empty());
}

TEST_CASE("course view: a completed course goes after the one still to do, however early it was due") {
    Library lib;
    fs::path scenarios = fs::path(lib.folder.path()) / "library";
    std::ofstream(scenarios / "courses" / "first-course.yaml") << R"(course: 1
id: first-course
title: "First course"
language: en
cohorts: [spring]
due: 2026-01-01
steps:
  - scenario: angry-client-wrong-invoice
)";
    lib.library.load({scenarios.string()});
    lib.owned->upsert_trainee("anna", "Anna Bianchi", "spring");
    TraineeCourses before = lib.of("anna");
    REQUIRE(before.courses.size() == 3);
    CHECK(before.courses[0].course->id == "first-course");  // due first
    CHECK(before.courses[1].course->id == "desk-course");
    CHECK(before.courses[2].course->id == "later-course");   // no due date: last

    lib.play("anna", {0, 0, 0});
    TraineeCourses after = lib.of("anna");
    REQUIRE(after.courses.size() == 3);
    CHECK(after.courses[0].course->id == "desk-course");
    CHECK(after.courses[1].course->id == "later-course");
    CHECK(after.courses[2].course->id == "first-course");
    CHECK(after.courses[2].progress.complete);
    CHECK(after.courses[2].next_step() == nullptr);
}

TEST_CASE("course view: the Review's Courses tab lists the cohort's trainees, who is behind first") {
    Library lib;
    lib.owned->upsert_trainee("anna", "Anna Bianchi", "spring");
    lib.owned->upsert_trainee("carla", "Carla Neri", "spring");
    lib.owned->upsert_trainee("dario", "Dario Gallo", "autumn");
    lib.play("anna", {0, 0, 0});
    lib.play("carla", {2});
    lib.play("carla", {2});
    ReviewModel review;
    review.set_today("2026-02-10");
    review.refresh(*lib.owned, lib.library);
    CHECK(review.selected_course_id() == "desk-course");  // the library's first usable course
    REQUIRE(review.course_rows().size() == 2);             // the spring cohort only
    CHECK(review.course_rows()[0].trainee.id == "anna");   // overdue (due 31 January, not complete): behind
    CHECK(review.course_rows()[1].trainee.id == "carla");
    CHECK(review.course_behind() == 2);

    review.select_course("later-course");
    CHECK(review.needs_refresh());
    review.refresh(*lib.owned, lib.library);
    REQUIRE(review.course_rows().size() == 3);  // spring and autumn
    CHECK(review.course_behind() == 0);          // no due date, no attempts limit
    CHECK(review.course_rows()[0].trainee.id == "anna");
    CHECK(review.course_rows()[2].trainee.id == "dario");

    review.select_course("no-such-course");  // gone from the library: back to the first
    review.refresh(*lib.owned, lib.library);
    CHECK(review.selected_course_id() == "desk-course");
}

TEST_CASE("course view: the settings remember the cohort; text a trainee record could not hold is ignored") {
    TemporaryFolder folder("course-settings");
    std::string path = folder.file("settings.json");
    Settings settings;
    settings.trainee = "anna";
    settings.cohort = "neoassunti";
    std::string error;
    REQUIRE(save_settings(settings, path, error));
    CHECK(load_settings(path).cohort == "neoassunti");
    std::ofstream(path) << "{\"trainee\": \"anna\", \"cohort\": \"bad\\u0007bell\"}";
    CHECK(load_settings(path).cohort.empty());
    std::ofstream(path) << "{\"trainee\": \"anna\", \"cohort\": 42}";
    CHECK(load_settings(path).cohort.empty());
    std::ofstream(path) << "{\"trainee\": \"anna\", \"cohort\": \"" << std::string(300, 'x') << "\"}";
    CHECK(load_settings(path).cohort.empty());
}
