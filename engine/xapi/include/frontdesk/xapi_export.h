// Results as xAPI 1.0.3 statements, for a Learning Record Store: per finished session `completed` and
// `passed` or `failed` (score, success, duration, each skill's percentage), per decision `answered` (the node
// as a choice interaction, the choice as the response). The trainee is an account (homePage + trainee id), so
// no e-mail address leaves the program.
//
// Every statement id is a name-based UUID of the session's UUID and the statement's place in it, so exporting again
// gives the same ids and an LRS recognises statements it already holds instead of storing them twice.
//
// With courses, a session that counts for a course (course_progress.h) carries the course as a parent activity
// in each of its statements, and the session that completed a course is followed by a `completed` statement
// whose object is the course.
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "frontdesk/course.h"
#include "frontdesk/results_store.h"
#include "frontdesk/scenario.h"

namespace frontdesk {

struct XapiOptions {
    // account.homePage of every actor: the system the trainee ids belong to.
    std::string home_page = "https://frontdesk.example";
    // Where activity and extension IRIs live; empty means home_page + "/xapi/".
    std::string iri_base;
    // actor.name = the trainee's display name; off, the account alone (a pseudonymous export). An LRS compares a
    // statement sent again in full, so after a trainee is renamed it refuses re-exported statements under their
    // old ids as conflicts; an export without names never meets that.
    bool include_names = true;
    // Optional: the scenario a session was played on. When it returns one with the session's id and content
    // hash, each node's activity also carries the character's line and the texts of its choices. Activity
    // definitions are not part of a statement's identity, so statements with and without them still match.
    std::function<std::shared_ptr<const Scenario>(const SessionRecord&)> find_scenario;
    // The courses to credit. A session that counts for one of them (its trainee's cohort is assigned the course,
    // its scenario is a step, the step was unlocked and had attempts left) carries the course in
    // context.contextActivities.parent of every statement; the session that completed a course is followed by
    // a `completed` statement for the course. An unfinished session carries a course when it would count were it
    // to end as it began, so what the background sender sends while it is played matches every later export.
    // Every path that sends statements must pass the same courses: an LRS refuses a statement id sent again
    // with other context activities, as it does after a rename (see include_names), and so after a course's
    // steps or cohorts, or a trainee's cohort, change under statements already sent.
    std::vector<std::shared_ptr<const Course>> courses;
};

// What is wrong with the options (not an absolute http(s) address, spaces...), or empty when they are usable.
std::string xapi_options_problem(const XapiOptions& options);

// The statements for the sessions the filter selects, in the order they happened. Unfinished sessions give
// only their `answered` statements. Throws std::invalid_argument for options with a problem (check them
// first) and StoreError when the store cannot be read.
nlohmann::json xapi_statements(const ResultsReader& store, const ResultsFilter& filter, const XapiOptions& options);

// The same statements a session at a time (for sending them and noting which session each tells of).
void xapi_session_statements(const ResultsReader& store, const ResultsFilter& filter, const XapiOptions& options,
                             const std::function<void(const SessionRecord& session, nlohmann::json& statements)>& visit);

// The statements of one session (as xapi_session_statements gives them), for sending a session's statements as
// it is played without reading the whole store.
nlohmann::json xapi_statements_of_session(const ResultsReader& store, const SessionRecord& session, const XapiOptions& options);

// How many statements xapi_statements gives for a whole store of these counts without courses: one `answered`
// per decision, `completed` and `passed` or `failed` per finished session. A course's `completed` statement is
// not counted: the counts cannot tell which sessions completed a course.
std::int64_t xapi_statement_count(const StoreCounts& counts);

// An ISO 8601 duration to 0.01 s, the precision xAPI asks for: "PT4M12.5S", "PT1H0M3S", "PT0S".
std::string xapi_duration(double seconds);

// A stored time ("2026-11-24T21:31:49.120Z", or with a space, without a zone meaning UTC) as an RFC 3339 UTC
// timestamp, or empty when it is not one.
std::string xapi_timestamp(const std::string& stored);

}  // namespace frontdesk
