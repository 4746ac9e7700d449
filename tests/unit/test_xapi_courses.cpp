// xAPI statements with courses: which sessions carry a course as a parent activity (the course rules of
// course_progress.h, read from the recorded sessions), the course's `completed` statement after the session
// that completed it, ids that stay the same, and statements without courses left exactly as they were.
#include <doctest/doctest.h>

#include <algorithm>
#include <fstream>
#include <set>
#include <string>
#include <vector>

#include "../store/store_test_support.h"
#include "frontdesk/course_progress.h"
#include "frontdesk/xapi_courses.h"
#include "frontdesk/xapi_export.h"

using namespace frontdesk;
using frontdesk::test::TemporaryFolder;
using frontdesk::test::TestClock;
using nlohmann::json;

namespace {

const std::string course_iri = "https://frontdesk.example/xapi/courses/first-week-en";
const std::string example_id = "angry-client-wrong-invoice";

// The example scenario under another id: a second and a third scenario that play (and pass) alike.
LoadedScenario example_as(const std::string& id) {
    std::string text = test::file_bytes(std::string(FRONTDESK_FIXTURE_DIR) + "/example/angry-client-wrong-invoice.yaml");
    std::string from = "id: " + example_id;
    std::size_t at = text.find(from);
    REQUIRE(at != std::string::npos);
    text.replace(at, from.size(), "id: " + id);
    LoadedScenario loaded = load_scenario_text(id + ".yaml", text);
    REQUIRE(loaded.playable());
    return loaded;
}

const char* course_text = R"(course: 1
id: first-week-en
title: "First week at the front desk"
language: en
summary: "The practice call, then the real one"
cohorts: [new-starters]
steps:
  - scenario: wrong-invoice-practice
  - scenario: angry-client-wrong-invoice
    attempts: 2
    unlock_after: [wrong-invoice-practice]
)";

std::shared_ptr<const Course> checked_course(const std::string& text, const std::vector<std::shared_ptr<const Scenario>>& library) {
    LoadedCourse loaded = load_course_text("first-week-en.yaml", text);
    check_course(loaded, library);
    std::string shown;
    for (const Diagnostic& diagnostic : loaded.diagnostics.items()) shown += format_diagnostic(diagnostic, loaded.source ? &*loaded.source : nullptr);
    REQUIRE_MESSAGE(loaded.usable(), shown);
    return loaded.course;
}

// Anna (new-starters) plays the course's second step while it is locked, then the first, then the second
// three times (its two attempts complete the course, the third is free practice), then a scenario the
// course does not have. Bruno (autumn) plays the first step. Carla (new-starters) is in the middle of the
// first step. Every time is fixed by the store's clock.
struct CourseStore {
    TemporaryFolder folder{"xapi-courses"};
    TestClock clock;
    LoadedScenario example = test::example_scenario();
    LoadedScenario practice = example_as("wrong-invoice-practice");
    LoadedScenario extra = example_as("wrong-invoice-extra");
    std::unique_ptr<ResultsStore> owned = open_results_store(folder.file("results.db"), clock.options());
    ResultsStore& store = *owned;
    std::shared_ptr<const Course> course = checked_course(course_text, {example.scenario, practice.scenario, extra.scenario});
    std::int64_t locked = 0, first = 0, failed = 0, completing = 0, beyond = 0, elsewhere = 0, bruno = 0, carla = 0;

    CourseStore() {
        REQUIRE(example.playable());
        locked = test::record_play_between(store, clock, example, "T001", {0, 0, 0}, "2026-11-24T09:00:00.000Z", "2026-11-24T09:05:00.000Z");
        first = test::record_play_between(store, clock, practice, "T001", {0, 0, 0}, "2026-11-24T10:00:00.000Z", "2026-11-24T10:05:00.000Z");
        failed = test::record_play_between(store, clock, example, "T001", {2}, "2026-11-24T11:00:00.000Z", "2026-11-24T11:01:00.000Z");
        completing = test::record_play_between(store, clock, example, "T001", {0, 0, 0}, "2026-11-24T12:00:00.000Z", "2026-11-24T12:04:30.250Z");
        beyond = test::record_play_between(store, clock, example, "T001", {0, 0, 0}, "2026-11-24T13:00:00.000Z", "2026-11-24T13:05:00.000Z");
        elsewhere = test::record_play_between(store, clock, extra, "T001", {0, 0, 0}, "2026-11-24T14:00:00.000Z", "2026-11-24T14:05:00.000Z");
        bruno = test::record_play_between(store, clock, practice, "T002", {0, 0, 0}, "2026-11-24T10:00:00.000Z", "2026-11-24T10:05:00.000Z");
        clock.set("2026-11-25T09:00:00.000Z");
        carla = begin_carla();
        name_trainees();
    }

    std::int64_t begin_carla() {
        store.upsert_trainee("T003", "T003", "");
        std::int64_t id = store.begin_session(new_session_record(*practice.scenario, "T003", "immediate", "play"));
        Session session(practice.scenario);
        clock.set("2026-11-25T09:00:02.000Z");
        store.record_decision(decision_record(*practice.scenario, session.choose(session.offered_choices().at(0), 2.0), id, 1));
        return id;
    }

    // record_play_between enrols each trainee without a cohort; the cohorts come last.
    void name_trainees() {
        store.upsert_trainee("T001", "Anna Bianchi", "new-starters");
        store.upsert_trainee("T002", "Bruno Esposito", "autumn");
        store.upsert_trainee("T003", "Carla Ferri", "new-starters");
    }

    XapiOptions options() const {
        XapiOptions options;
        options.courses = {course};
        return options;
    }

    json statements_of(std::int64_t session, const XapiOptions& options) {
        std::optional<SessionRecord> record = store.session(session);
        REQUIRE(record);
        return xapi_statements_of_session(store, *record, options);
    }
};

bool names_course(const json& statement) {
    return statement.dump().find(course_iri) != std::string::npos;
}

std::vector<json> course_statements(const json& statements) {
    std::vector<json> found;
    for (const json& s : statements)
        if (s["object"]["id"] == course_iri) found.push_back(s);
    return found;
}

}  // namespace

TEST_CASE("xapi courses: every statement of a counted session carries the course as a parent activity") {
    CourseStore example;
    const json course_activity = {{"objectType", "Activity"},
                                  {"id", course_iri},
                                  {"definition", {{"name", {{"en", "First week at the front desk"}}}, {"type", "http://adlnet.gov/expapi/activities/course"}}}};
    for (std::int64_t session : {example.first, example.failed}) {
        json statements = example.statements_of(session, example.options());
        REQUIRE(statements.size() >= 3);
        for (const json& s : statements) {
            const json& parent = s["context"]["contextActivities"]["parent"];
            if (s["verb"]["id"] == "http://adlnet.gov/expapi/verbs/answered") {
                // The scenario stays first, the course after it.
                REQUIRE(parent.size() == 2);
                CHECK(parent[0]["id"].get<std::string>().find("/xapi/scenarios/") != std::string::npos);
                CHECK(parent[1] == course_activity);
            } else {
                REQUIRE(parent.size() == 1);
                CHECK(parent[0] == course_activity);
            }
        }
    }
}

TEST_CASE("xapi courses: a locked step, attempts used up, another scenario or another cohort carry no course") {
    CourseStore example;
    XapiOptions without;
    for (std::int64_t session : {example.locked, example.beyond, example.elsewhere, example.bruno}) {
        json statements = example.statements_of(session, example.options());
        CHECK_FALSE(statements.empty());
        for (const json& s : statements) CHECK_FALSE(names_course(s));
        // Not merely without the course: the very statements an export without courses gives.
        CHECK(statements == example.statements_of(session, without));
    }
}

TEST_CASE("xapi courses: the completing session is followed by one course completed statement") {
    CourseStore example;
    json all = xapi_statements(example.store, ResultsFilter{}, example.options());
    std::vector<json> completions = course_statements(all);
    REQUIRE(completions.size() == 1);
    const json& completed = completions[0];
    CHECK(completed["verb"]["id"] == "http://adlnet.gov/expapi/verbs/completed");
    CHECK(completed["timestamp"] == "2026-11-24T12:04:30.250Z");
    CHECK(completed["result"] == json{{"success", true}, {"completion", true}});
    CHECK(completed["actor"]["account"]["name"] == "T001");
    CHECK(completed["actor"]["name"] == "Anna Bianchi");
    CHECK(completed["object"]["definition"]["type"] == "http://adlnet.gov/expapi/activities/course");
    CHECK(completed["id"].get<std::string>()[14] == '5');  // name-based, as every other id

    // Last of the completing session's statements, sharing its registration.
    json own = example.statements_of(example.completing, example.options());
    REQUIRE(own.size() >= 2);
    CHECK(own.back() == completed);
    CHECK(own[own.size() - 2]["verb"]["id"] == "http://adlnet.gov/expapi/verbs/passed");
    CHECK(completed["context"]["registration"] == own.front()["context"]["registration"]);

    // And in the export exactly there: right after that session's passed statement.
    auto at = std::find(all.begin(), all.end(), completed);
    REQUIRE(at != all.begin());
    CHECK(*(at - 1) == own[own.size() - 2]);
}

TEST_CASE("xapi courses: exporting again gives the same statements and ids") {
    CourseStore example;
    json first = xapi_statements(example.store, ResultsFilter{}, example.options());
    json second = xapi_statements(example.store, ResultsFilter{}, example.options());
    CHECK(first == second);
    std::set<std::string> ids;
    for (const json& s : first) CHECK(ids.insert(s["id"].get<std::string>()).second);
    // A course completion of another home page's accounts is another statement.
    XapiOptions elsewhere = example.options();
    elsewhere.home_page = "https://lms.example.org";
    std::vector<json> other = course_statements(xapi_statements(example.store, ResultsFilter{}, elsewhere));
    REQUIRE(other.empty());  // its IRIs moved with the home page
    elsewhere.iri_base = "https://frontdesk.example/xapi/";
    other = course_statements(xapi_statements(example.store, ResultsFilter{}, elsewhere));
    REQUIRE(other.size() == 1);
    CHECK_FALSE(ids.count(other[0]["id"].get<std::string>()));
}

TEST_CASE("xapi courses: what a session counts for does not depend on the export's filter") {
    CourseStore example;
    json all = xapi_statements(example.store, ResultsFilter{}, example.options());
    ResultsFilter later;
    later.since = "2026-11-24T12:00:00";
    later.trainee = "T001";
    json part = xapi_statements(example.store, later, example.options());
    REQUIRE_FALSE(part.empty());
    for (const json& s : part) CHECK(std::find(all.begin(), all.end(), s) != all.end());
    CHECK(course_statements(part).size() == 1);
}

TEST_CASE("xapi courses: an unfinished session's statements stay the same when it finishes") {
    // The background sender sends each answer as it is given; the LRS refuses the same id with other content.
    CourseStore example;
    json playing = example.statements_of(example.carla, example.options());
    REQUIRE(playing.size() == 1);
    CHECK(playing[0]["context"]["contextActivities"]["parent"].size() == 2);
    CHECK(names_course(playing[0]));

    Session session(example.practice.scenario);
    session.choose(session.offered_choices().at(0), 2.0);
    for (int sequence = 2; sequence <= 3; ++sequence) {
        const Decision& decision = session.choose(session.offered_choices().at(0), 1.5);
        example.store.record_decision(decision_record(*example.practice.scenario, decision, example.carla, sequence));
    }
    example.clock.set("2026-11-25T09:03:00.000Z");
    example.store.finish_session(example.carla, session_outcome(score_session(*example.practice.scenario, *example.practice.analysis,
                                                                              session.history(), session.ending())));
    json finished = example.statements_of(example.carla, example.options());
    REQUIRE(finished.size() == 5);  // three answers, completed, passed
    CHECK(finished[0] == playing[0]);
    for (const json& s : finished) CHECK(names_course(s));
    CHECK(course_statements(finished).empty());  // one step of two: not complete
}

TEST_CASE("xapi courses: without courses, or with none assigned, the statements are the ones of before") {
    CourseStore example;
    json before = xapi_statements(example.store, ResultsFilter{}, XapiOptions{});
    for (const json& s : before) CHECK_FALSE(names_course(s));
    XapiOptions elsewhere = example.options();
    auto unassigned = std::make_shared<Course>(*example.course);
    unassigned->cohorts = {"nobody"};
    elsewhere.courses = {unassigned, nullptr};
    CHECK(xapi_statements(example.store, ResultsFilter{}, elsewhere).dump() == before.dump());
    CHECK(xapi_statements(example.store, ResultsFilter{}, example.options()).dump() != before.dump());
}

TEST_CASE("xapi courses: a course id is one IRI segment, whatever it holds") {
    CourseStore example;
    auto hostile = std::make_shared<Course>(*example.course);
    hostile->id = "a b/c?d#é\"<x>";
    hostile->title = "Line\none \"quoted\"";
    XapiOptions options;
    options.courses = {hostile};
    json statements = example.statements_of(example.first, options);
    const json& course = statements.at(0)["context"]["contextActivities"]["parent"].at(1);
    CHECK(course["id"] == "https://frontdesk.example/xapi/courses/a%20b%2Fc%3Fd%23%C3%A9%22%3Cx%3E");
    CHECK(course["definition"]["name"]["en"] == "Line\none \"quoted\"");
}

TEST_CASE("xapi courses: two courses of one cohort are both parents, in the order given") {
    CourseStore example;
    auto second = std::make_shared<Course>(*example.course);
    second->id = "refresher";
    second->language = Language::it;
    second->title = "Ripasso";
    XapiOptions options = example.options();
    options.courses.push_back(second);
    json statements = example.statements_of(example.first, options);
    const json& parent = statements.at(0)["context"]["contextActivities"]["parent"];
    REQUIRE(parent.size() == 3);
    CHECK(parent[1]["id"] == course_iri);
    CHECK(parent[2]["id"] == "https://frontdesk.example/xapi/courses/refresher");
    CHECK(parent[2]["definition"]["name"] == json{{"it", "Ripasso"}});
}

TEST_CASE("xapi courses: credited courses leave out courses with errors and an id given twice") {
    TemporaryFolder folder("xapi-credited");
    LoadedScenario example = test::example_scenario();
    LoadedScenario practice = example_as("wrong-invoice-practice");
    std::filesystem::create_directories(folder.file("one"));
    std::filesystem::create_directories(folder.file("two"));
    std::ofstream(folder.file("one/first-week-en.yaml")) << course_text;
    std::ofstream(folder.file("one/broken.yaml")) << "course: 1\nid: broken\ntitle: Broken\nlanguage: en\ncohorts: [x]\nsteps:\n  - scenario: no-such\n";
    std::ofstream(folder.file("two/again.yaml")) << course_text;
    CreditedCourses credited = credited_courses({folder.file("one"), folder.file("two"), folder.file("one"), folder.file("missing")},
                                                {example.scenario, practice.scenario});
    REQUIRE(credited.courses.size() == 1);
    CHECK(credited.courses[0]->id == "first-week-en");
    REQUIRE(credited.left_out.size() == 2);
    CHECK(credited.left_out[0].path == folder.file("one/broken.yaml"));
    CHECK(credited.left_out[0].message.find("has errors") != std::string::npos);
    CHECK(credited.left_out[1].path == folder.file("two/again.yaml"));
    CHECK(credited.left_out[1].message.find("already given by " + folder.file("one/first-week-en.yaml")) != std::string::npos);
    CHECK(credited.left_out[1].location.line == 2);
}
