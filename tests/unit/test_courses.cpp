// Courses (course.h, course_files.h, course_progress.h): the file read with located diagnostics, checked against a
// library, and progress counted from sessions by the rules in course_progress.h (attempts, unlocking, stricter pass
// marks, overdue, the next step, who completed it and when).
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include "frontdesk/course_files.h"
#include "frontdesk/course_progress.h"
#include "frontdesk/scenario.h"
#include "frontdesk/scenario_library.h"
#include "frontdesk/scenario_loader.h"
#include "hostile_support.h"

using namespace frontdesk;
using frontdesk::test::TemporaryDirectory;

namespace {

// The messages of a course text, as "line:col: severity: message".
std::vector<std::string> messages_of(const LoadedCourse& loaded) {
    std::vector<std::string> out;
    for (const Diagnostic& d : loaded.diagnostics.items())
        out.push_back(std::to_string(d.location.line) + ":" + std::to_string(d.location.column) + ": " + severity_name(d.severity) + ": " + d.message);
    return out;
}

bool has_message(const LoadedCourse& loaded, const std::string& part) {
    for (const std::string& message : messages_of(loaded))
        if (message.find(part) != std::string::npos) return true;
    return false;
}

std::shared_ptr<const Scenario> scenario_named(const std::string& id, Language language = Language::en, int pass = 60) {
    auto scenario = std::make_shared<Scenario>();
    scenario->id = id;
    scenario->title = "Title of " + id;
    scenario->language = language;
    scenario->pass = pass;
    return scenario;
}

const std::string three_steps = R"(course: 1
id: week-one
title: "Week one"
language: en
cohorts: [desk]
due: 2026-12-18
steps:
  - scenario: a
  - scenario: b
    pass: 80
    attempts: 2
  - scenario: c
    unlock_after: [a]
  - scenario: d
    required: false
)";

Course read(const std::string& text) {
    LoadedCourse loaded = load_course_text("week-one.yaml", text);
    INFO(messages_of(loaded).size());
    REQUIRE(loaded.usable());
    return *loaded.course;
}

// A finished session of `scenario`, started at minute `start` and ended at `end` of one day.
SessionRecord session(std::int64_t id, const std::string& scenario, int start, int end, double overall, bool passed,
                      const std::string& trainee = "ana") {
    auto at = [](int minute) {
        char text[64];
        std::snprintf(text, sizeof text, "2026-12-01T%02d:%02d:00.000Z", 9 + minute / 60, minute % 60);
        return std::string(text);
    };
    SessionRecord record;
    record.id = id;
    record.uuid = "00000000-0000-4000-8000-" + std::string(12 - std::to_string(id).size(), '0') + std::to_string(id);
    record.trainee = trainee;
    record.scenario_id = scenario;
    record.started_at = at(start);
    record.ended_at = end < 0 ? "" : at(end);
    record.ending = end < 0 ? "" : (passed ? "success" : "failure");
    record.overall = overall;
    record.passed = passed;
    return record;
}

const TraineeRecord ana{"ana", "Ana", "desk", ""};

}  // namespace

TEST_SUITE("courses") {

TEST_CASE("a course file reads into sections and steps with every optional key") {
    Course course = read(R"(# opening comment
course: 1
id: first-week-en
title: "First week"
language: it
summary: "Six conversations."
cohorts: [new-starters, desk]
due: 2028-02-29
sections:
  - title: Phone
    steps:
      - scenario: a
        pass: 75
        attempts: 3
  - title: "Digital channels"
    steps:
      - scenario: b
        required: false
        unlock_after: a
)");
    CHECK(course.id == "first-week-en");
    CHECK(course.language == Language::it);
    CHECK(course.summary == "Six conversations.");
    CHECK(course.cohorts == std::vector<std::string>{"new-starters", "desk"});
    CHECK(course.due == "2028-02-29");
    REQUIRE(course.sections.size() == 2);
    CHECK(course.sections[1].title == "Digital channels");
    REQUIRE(course.steps.size() == 2);
    CHECK(course.steps[0].pass == 75);
    CHECK(course.steps[0].attempts == 3);
    CHECK(course.steps[0].location.line == 12);
    CHECK(course.steps[0].location.column == 19);
    CHECK(course.steps[1].section == 1);
    CHECK_FALSE(course.steps[1].required);
    CHECK(course.steps[1].unlock_after == std::vector<std::string>{"a"});
    CHECK(course.assigned_to("desk"));
    CHECK_FALSE(course.assigned_to(""));
    CHECK(course.required_steps() == 1);
    CHECK(course.step_for("b") == &course.steps[1]);
    CHECK(course.step_for("z") == nullptr);
}

TEST_CASE("a course's own mistakes are located errors with what to write instead") {
    LoadedCourse loaded = load_course_text("bad.yaml", R"(course: 2
id: Bad_Id
title: "Bad"
language: fr
cohorts: [x, x]
due: 2026-02-30
steps:
  - scenario: a
    atempts: 3
  - a
  - scenario: b
    pass: 101
    required: maybe
  - scenario: a
)");
    std::vector<std::string> messages = messages_of(loaded);
    std::vector<std::string> expected = {
        "1:9: error: this program reads course format 1, not 2; write 'course: 1' or update frontdesk",
        "2:5: error: the course id 'Bad_Id' may hold only lowercase letters, digits and '-' (not at either end), like 'first-week-en'",
        "4:11: error: 'language' must be one of en, it; found 'fr'",
        "5:14: warning: the cohort 'x' is listed twice",
        "6:6: error: 'due' must be a date that exists, written YYYY-MM-DD (like 2026-12-18), found '2026-02-30'",
        "9:5: error: unknown key 'atempts' in step 1; did you mean 'attempts'?",
        "10:5: error: a step is written '- scenario: a', not the id alone",
        "12:11: error: 'pass' must be a whole number between 0 and 100, found 101",
        "13:15: error: 'required' must be true or false, found 'maybe'",
        "14:15: error: the scenario 'a' is already a step of this course (line 8); a scenario is one step, with 'attempts' for how many tries count",
    };
    // The reader's typed values word their own messages; only the course's are pinned here word for word.
    for (const std::string& line : expected) {
        bool found = std::find(messages.begin(), messages.end(), line) != messages.end();
        bool typed = line.find("'language'") != std::string::npos || line.find("'pass' must") != std::string::npos;
        if (typed) CHECK_MESSAGE(has_message(loaded, line.substr(0, line.find(':', 5) + 1)), line);
        else CHECK_MESSAGE(found, line);
    }
    CHECK_FALSE(loaded.usable());
    REQUIRE(loaded.course != nullptr);  // still described, for a list to show with its errors
}

TEST_CASE("unlock_after may name only the course's steps, never itself, and never in a circle") {
    LoadedCourse loaded = load_course_text("circle.yaml", R"(course: 1
id: circle
title: "Circle"
language: en
cohorts: [desk]
steps:
  - scenario: a
    unlock_after: [c]
  - scenario: b
    unlock_after: [a, b, phone-trasnfer]
  - scenario: c
    unlock_after: [b]
  - scenario: phone-transfer
)");
    std::vector<std::string> messages = messages_of(loaded);
    CHECK(std::count_if(messages.begin(), messages.end(), [](const std::string& m) { return m.find("circle") != std::string::npos; }) == 1);
    CHECK(has_message(loaded, "7:15: error: 'unlock_after' goes round in a circle (a -> c -> b -> a), so none of these steps can ever be played"));
    CHECK(has_message(loaded, "10:23: error: the step 'b' cannot unlock after itself"));
    CHECK(has_message(loaded, "10:26: error: 'unlock_after' names 'phone-trasnfer', which is not a step of this course; did you mean 'phone-transfer'?"));
}

TEST_CASE("a course without steps, without cohorts or without a required step says so") {
    // An empty file in a courses folder: how a course starts, not how a scenario does.
    LoadedCourse blank = load_course_text("blank.yaml", "\n  \n");
    REQUIRE(blank.diagnostics.items().size() == 1);
    CHECK(blank.diagnostics.items()[0].message == "file is empty; a course starts with 'course: 1' (see docs/courses.md)");
    CHECK_FALSE(blank.usable());
    LoadedCourse empty = load_course_text("empty.yaml", "course: 1\nid: e\ntitle: E\nlanguage: en\ncohorts: [d]\nsteps: []\n");
    CHECK(has_message(empty, "6:8: error: the course has no steps"));
    LoadedCourse none = load_course_text("none.yaml", "course: 1\nid: e\ntitle: E\nlanguage: en\n");
    CHECK(has_message(none, "1:1: error: the course has no steps; add 'steps:'"));
    CHECK(has_message(none, "1:1: warning: the course names no cohorts, so no trainee sees it"));
    LoadedCourse optional = load_course_text("opt.yaml", "course: 1\nid: e\ntitle: E\nlanguage: en\ncohorts: [d]\nsteps:\n  - scenario: a\n    required: false\n");
    CHECK(has_message(optional, "7:15: warning: no step is required, so the course counts as complete before anything is played"));
    LoadedCourse both = load_course_text("both.yaml", "course: 1\nid: e\ntitle: E\nlanguage: en\ncohorts: [d]\nsteps: []\nsections: []\n");
    CHECK(has_message(both, "error: a course has either 'sections' (each with its steps) or 'steps', not both"));
}

TEST_CASE("hostile course files give diagnostics, never a crash") {
    for (const std::string& text : {std::string(""), std::string("- a\n- b\n"), std::string("course: [\n"), std::string("\xff\xfe"),
                                    std::string("course: 1\nsteps: {a: 1}\n"), std::string("course: 1\nsections:\n  - 5\n"),
                                    std::string(70000, '['), std::string("course: 1\ncohorts: {a: b}\nunlock_after: 3\n")}) {
        LoadedCourse loaded = load_course_text("hostile.yaml", text);
        CHECK_FALSE(loaded.usable());
        CHECK(loaded.diagnostics.error_count() > 0);
    }
    std::string many = "course: 1\nid: many\ntitle: M\nlanguage: en\ncohorts: [d]\nsteps:\n";
    for (int i = 0; i < 600; ++i) many += "  - scenario: s" + std::to_string(i) + "\n    unlock_after: [s" + std::to_string((i + 1) % 600) + "]\n";
    LoadedCourse loaded = load_course_text("many.yaml", many);
    CHECK(has_message(loaded, "a course may have at most 500 steps"));
    CHECK(loaded.diagnostics.error_count() < 10);
}

TEST_CASE("checked against the library: unknown ids with did-you-mean, another language, a pass mark that is not stricter") {
    LoadedCourse loaded = load_course_text("lib.yaml", R"(course: 1
id: lib
title: "Lib"
language: en
cohorts: [desk]
steps:
  - scenario: phone-transfer-mesage
  - scenario: chat-sportello-tari
  - scenario: hotel-desk-late-arrival
    pass: 60
)");
    check_course(loaded, {scenario_named("phone-transfer-message"), scenario_named("chat-sportello-tari", Language::it),
                          scenario_named("hotel-desk-late-arrival")});
    std::vector<std::string> messages = messages_of(loaded);
    REQUIRE(messages.size() == 3);
    CHECK(messages[0] == "7:15: error: there is no scenario 'phone-transfer-mesage' in the library; did you mean 'phone-transfer-message'?");
    CHECK(messages[1] == "8:15: warning: the scenario 'chat-sportello-tari' is in Italian and this course is in English; trainees would switch "
                         "language mid-course (use the scenario's English version, or check 'language')");
    CHECK(messages[2] == "10:11: warning: 'pass: 60' is not stricter than the scenario's own pass mark (60%); raise it above 60 or remove it");
    CHECK(loaded.diagnostics.items()[0].length == 21);  // the caret spans the id
}

TEST_CASE("a course file is told from a scenario by its first key") {
    CHECK(looks_like_course("course: 1\nid: x\n"));
    CHECK(looks_like_course("\xEF\xBB\xBF# comment\n\n---\ncourse: 1\n"));
    CHECK(looks_like_course("course : 1\n"));
    CHECK_FALSE(looks_like_course("id: course\ncourse: 1\n"));
    CHECK_FALSE(looks_like_course("format: 1\n"));
    CHECK_FALSE(looks_like_course("  course: 1\n"));
    CHECK_FALSE(looks_like_course("courses: 1\n"));
    CHECK_FALSE(looks_like_course(""));
    CHECK(is_iso_date("2028-02-29"));
    CHECK_FALSE(is_iso_date("2027-02-29"));
    CHECK_FALSE(is_iso_date("2026-13-01"));
    CHECK_FALSE(is_iso_date("26-12-01"));
}

TEST_CASE("the bundled courses read without a problem against the bundled library, and the library skips them") {
    std::vector<Diagnostic> problems;
    std::vector<std::string> course_folders;
    std::vector<std::string> files = find_scenario_files({FRONTDESK_SCENARIO_DIR}, problems, &course_folders);
    for (const std::string& file : files) CHECK_MESSAGE(file.find("/courses/") == std::string::npos, file);
    REQUIRE(course_folders.size() == 1);
    CHECK(course_folders[0] == course_folder(FRONTDESK_SCENARIO_DIR));
    std::vector<std::shared_ptr<const Scenario>> library;
    for (const std::string& file : files) library.push_back(load_scenario_file(file).scenario);
    std::vector<LoadedCourse> courses = load_courses(course_folder(FRONTDESK_SCENARIO_DIR), library);
    REQUIRE(courses.size() == 4);
    for (const LoadedCourse& loaded : courses) {
        CHECK_MESSAGE(loaded.diagnostics.items().empty(), loaded.diagnostics.path() << ": " << (messages_of(loaded).empty() ? "" : messages_of(loaded)[0]));
        REQUIRE(loaded.usable());
        CHECK(is_course_file(loaded.course->path));
        // Every channel in the first week (the English social scenario is the hard one, offered as optional).
        for (const CourseStep& step : loaded.course->steps) CHECK(loaded.course->step_for(step.scenario) == &step);
    }
    CHECK(find_course(courses, "first-week-it") != nullptr);
    CHECK(courses_for_cohort(courses, "new-starters").size() == 2);
    CHECK(courses_for_cohort(courses, "nobody").empty());
}

TEST_CASE("two course files with one id: the second is an error that names the first") {
    TemporaryDirectory directory;
    std::filesystem::create_directories(directory.path() / "courses");
    for (const char* name : {"a.yaml", "b.yaml"}) {
        std::ofstream((directory.path() / "courses" / name).string()) << "course: 1\nid: same\ntitle: T\nlanguage: en\ncohorts: [d]\nsteps:\n  - scenario: s\n";
    }
    std::ofstream((directory.path() / "courses" / "notes.txt").string()) << "not a course";
    std::vector<LoadedCourse> courses = load_courses(course_folder(directory.path().string()), {scenario_named("s")});
    REQUIRE(courses.size() == 2);
    CHECK(courses[0].usable());
    CHECK_FALSE(courses[1].usable());
    CHECK(has_message(courses[1], "2:5: error: the course id 'same' is already used by " + (directory.path() / "courses" / "a.yaml").string() + " (line 2)"));
    CHECK(load_courses(course_folder((directory.path() / "missing").string()), {}).empty());
    CHECK(library_of_course_file((directory.path() / "courses" / "a.yaml").string()) == directory.path().string());
    CHECK(library_of_course_file((directory.path() / "a.yaml").string()).empty());
}

TEST_CASE("progress: a step is done when a session finishes, passed when it passes, and the course complete with every required step") {
    Course course = read(three_steps);
    std::vector<SessionRecord> sessions = {session(1, "a", 0, 10, 72, true), session(2, "b", 20, 30, 70, true),  // b needs 80
                                           session(3, "c", 40, -1, 0, false),                                     // unfinished
                                           session(4, "z", 50, 55, 90, true)};                                    // not in the course
    CourseProgress progress = course_progress(course, ana, sessions, "2026-12-01");
    CHECK(progress.steps_total == 4);
    CHECK(progress.steps_done == 2);
    CHECK(progress.steps_passed == 1);
    CHECK(progress.steps[0].state == StepState::passed);
    CHECK(progress.steps[0].passed_at == "2026-12-01T09:10:00.000Z");
    CHECK(progress.steps[1].state == StepState::next);  // done, not passed: 70 is below the step's 80
    CHECK(progress.steps[1].best_overall == 70);
    CHECK(progress.steps[1].attempts_left == 1);
    CHECK(progress.steps[2].state == StepState::open);
    CHECK(progress.steps[3].state == StepState::open);
    CHECK(progress.next_step == 1u);
    CHECK_FALSE(progress.complete);
    CHECK(progress.last_activity == "2026-12-01T09:40:00.000Z");  // the unfinished session's start counts as activity
    CHECK(progress.counts(1));
    CHECK_FALSE(progress.counts(4));

    sessions.push_back(session(5, "b", 60, 70, 85, true));
    sessions.push_back(session(6, "c", 80, 90, 61, true));
    progress = course_progress(course, ana, sessions, "2026-12-01");
    CHECK(progress.complete);  // d is optional
    CHECK(progress.completed_by == 6);
    CHECK(progress.completed_by_uuid == "00000000-0000-4000-8000-000000000006");
    CHECK(progress.completed_at == "2026-12-01T10:30:00.000Z");
    CHECK(progress.next_step == 3u);  // only the optional step is left
    CHECK(progress.steps[3].state == StepState::next);
}

TEST_CASE("progress: only the first N finished sessions count, and a step out of attempts makes the trainee behind") {
    Course course = read(three_steps);
    std::vector<SessionRecord> sessions = {session(3, "b", 50, 60, 90, true), session(1, "b", 0, 10, 50, false), session(2, "b", 20, 30, 79, true)};
    CourseProgress progress = course_progress(course, ana, sessions, "2026-12-01");
    CHECK(progress.steps[1].attempts_used == 2);
    CHECK(progress.steps[1].sessions == std::vector<std::int64_t>{1, 2});  // in the order they ended
    CHECK(progress.steps[1].state == StepState::out_of_attempts);  // the 90 came third: practice only
    CHECK(progress.steps[1].attempts_left == 0);
    CHECK_FALSE(progress.counts(3));
    CHECK(progress.behind());
    CHECK_FALSE(progress.overdue);
    CHECK(progress.next_step == 0u);
}

TEST_CASE("progress: a session counts for a locked step only if it started after the steps before it were passed") {
    Course course = read(three_steps);
    // c before a was passed, then a, then c again.
    std::vector<SessionRecord> sessions = {session(1, "c", 0, 10, 95, true), session(2, "a", 20, 30, 80, true),
                                           session(3, "c", 25, 40, 70, true)};  // started before a ended: still locked
    CourseProgress progress = course_progress(course, ana, sessions, "2026-12-01");
    CHECK(progress.steps[2].attempts_used == 0);
    CHECK(progress.steps[2].state == StepState::open);  // unlocked now, not yet done
    CHECK_FALSE(progress.counts(1));
    CHECK_FALSE(progress.counts(3));
    sessions.push_back(session(4, "c", 45, 50, 65, true));
    progress = course_progress(course, ana, sessions, "2026-12-01");
    CHECK(progress.steps[2].state == StepState::passed);
    CHECK(progress.steps[2].sessions == std::vector<std::int64_t>{4});

    CourseProgress nothing = course_progress(course, ana, {}, "2026-12-01");
    CHECK(nothing.steps[2].state == StepState::locked);
    CHECK(nothing.next_step == 0u);
    CHECK(nothing.last_activity.empty());
}

TEST_CASE("progress: overdue only after the due day and only while incomplete") {
    Course course = read(three_steps);
    CHECK_FALSE(course_progress(course, ana, {}, "2026-12-18").overdue);
    CourseProgress late = course_progress(course, ana, {}, "2026-12-19");
    CHECK(late.overdue);
    CHECK(late.behind());
    std::vector<SessionRecord> done = {session(1, "a", 0, 1, 90, true), session(2, "b", 2, 3, 90, true), session(3, "c", 4, 5, 90, true)};
    CHECK_FALSE(course_progress(course, ana, done, "2027-01-10").overdue);
    Course undated = read("course: 1\nid: u\ntitle: U\nlanguage: en\ncohorts: [d]\nsteps:\n  - scenario: a\n");
    CHECK_FALSE(course_progress(undated, ana, {}, "2099-01-01").overdue);
}

TEST_CASE("progress: other trainees' sessions and odd stored times are handled") {
    Course course = read(three_steps);
    SessionRecord older = session(1, "a", 0, 10, 90, true);
    older.started_at = "2026-12-01 09:00:00";  // an older row: a space, no zone
    older.ended_at = "2026-12-01 09:10:00";
    SessionRecord someone_else = session(2, "b", 0, 10, 90, true, "bo");
    SessionRecord no_pass_flag = session(3, "b", 20, 30, 99, false);  // a failure ending passes nothing, whatever the score
    CourseProgress progress = course_progress(course, ana, {older, someone_else, no_pass_flag}, "2026-12-01");
    CHECK(progress.steps[0].state == StepState::passed);
    CHECK(progress.steps[1].attempts_used == 1);
    CHECK(progress.steps[1].state == StepState::next);
    CHECK(progress.last_activity == "2026-12-01T09:30:00.000Z");
    CHECK(std::string(step_state_name(StepState::out_of_attempts)) == "out_of_attempts");
}

}  // TEST_SUITE
