// Course progress read from a real store, on every backend: the trainees of the course's cohorts (those without a
// session too), by cohort, counted from the sessions the store gives back (course_progress.h).
#include <doctest/doctest.h>

#include "frontdesk/course.h"
#include "frontdesk/course_progress.h"
#include "store_backends.h"

using namespace frontdesk;

TEST_CASE_TEMPLATE("store: a course's progress covers every trainee of its cohorts, from the stored sessions", Backend, FRONTDESK_STORE_BACKENDS) {
    Backend backend("course-progress");
    std::unique_ptr<ResultsStore> store = open_results_store(backend.location());
    LoadedScenario loaded = test::example_scenario();
    REQUIRE(loaded.playable());
    LoadedCourse course = load_course_text("north.yaml", "course: 1\nid: north-desk\ntitle: North desk\nlanguage: en\ncohorts: [north, south]\n"
                                                         "due: 2026-01-31\nsteps:\n  - scenario: " + loaded.scenario->id + "\n    attempts: 1\n");
    REQUIRE(course.usable());
    store->upsert_trainee("E1", "Anna Rossi", "north");
    store->upsert_trainee("E2", "Bruno Neri", "north");
    store->upsert_trainee("E3", "Carla Bianchi", "south");
    store->upsert_trainee("E4", "Dario Verdi", "east");
    std::int64_t first = test::record_play(*store, loaded, "E1", {0, 0, 0});
    std::int64_t second = test::record_play(*store, loaded, "E1", {0, 0, 0});  // beyond the one attempt
    test::record_play(*store, loaded, "E4", {0, 0, 0});                         // another cohort's
    test::record_play(*store, loaded, "E3", {0}, false);                        // unfinished

    std::vector<CourseProgress> all = course_progress_of_cohort(*course.course, *store, "", "2026-02-01");
    REQUIRE(all.size() == 3);
    CHECK(all[0].trainee.id == "E1");
    CHECK(all[0].trainee.display_name == "E1");  // record_play upserts the id as the name
    CHECK(all[0].complete);
    CHECK(all[0].completed_by == first);
    CHECK_FALSE(all[0].counts(second));
    CHECK_FALSE(all[0].overdue);
    CHECK(all[1].trainee.id == "E2");
    CHECK(all[1].steps_done == 0);
    CHECK(all[1].last_activity.empty());
    CHECK(all[1].overdue);
    CHECK(all[2].trainee.id == "E3");
    CHECK(all[2].trainee.cohort == "south");
    CHECK(all[2].steps_done == 0);
    CHECK_FALSE(all[2].last_activity.empty());  // started, not finished: activity, nothing done

    std::vector<CourseProgress> north = course_progress_of_cohort(*course.course, *store, "north", "2026-02-01");
    REQUIRE(north.size() == 2);
    CHECK(north[1].trainee.id == "E2");
    CHECK(course_progress_of_cohort(*course.course, *store, "east", "2026-02-01").empty());  // not the course's
}
