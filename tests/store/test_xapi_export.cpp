// xAPI export: SHA-1 and UUID v5 against published vectors, durations and timestamps, and the statements of a
// small store checked against the xAPI 1.0.3 rules an LRS enforces (required properties, IRIs, UUIDs,
// durations, score ranges, no properties the spec does not define).
#include <doctest/doctest.h>

#include <regex>
#include <set>
#include <string>
#include <vector>

#include "frontdesk/uuid.h"
#include "frontdesk/xapi_export.h"
#include "store_backends.h"

using namespace frontdesk;
using frontdesk::test::TestClock;
using nlohmann::json;

namespace {

// --- The xAPI 1.0.3 rules, as an LRS checks them ----------------------------------------------------------

bool is_iri(const json& value) {
    static const std::regex iri(R"(^[A-Za-z][A-Za-z0-9+.\-]*:[^\s"<>\\^`{|}]+$)");
    return value.is_string() && std::regex_match(value.get<std::string>(), iri);
}

bool is_http_irl(const json& value) {
    return is_iri(value) && std::regex_match(value.get<std::string>(), std::regex("^https?://[^/].*$"));
}

// Standard form, RFC 4122 variant, a defined version.
bool is_uuid(const json& value) {
    static const std::regex uuid("^[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$");
    return value.is_string() && std::regex_match(value.get<std::string>(), uuid);
}

bool is_duration(const json& value) {
    static const std::regex duration(R"(^P(?!$)(\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)?$)");
    return value.is_string() && std::regex_match(value.get<std::string>(), duration);
}

bool is_timestamp(const json& value) {
    static const std::regex rfc3339(R"(^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$)");
    return value.is_string() && std::regex_match(value.get<std::string>(), rfc3339);
}

bool is_language_map(const json& value) {
    static const std::regex tag("^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$");
    if (!value.is_object() || value.empty()) return false;
    for (auto& [key, text] : value.items())
        if (!std::regex_match(key, tag) || !text.is_string()) return false;
    return true;
}

void only_keys(const json& object, const std::set<std::string>& allowed, const std::string& where, std::vector<std::string>& problems) {
    for (auto& [key, unused] : object.items()) {
        (void)unused;
        if (!allowed.count(key)) problems.push_back(where + ": property '" + key + "' is not defined by xAPI");
    }
}

void check_extensions(const json& extensions, const std::string& where, std::vector<std::string>& problems) {
    if (!extensions.is_object()) return problems.push_back(where + ": not an object");
    for (auto& [key, unused] : extensions.items()) {
        (void)unused;
        if (!is_iri(key)) problems.push_back(where + ": key '" + key + "' is not an IRI");
    }
}

void check_activity(const json& activity, const std::string& where, std::vector<std::string>& problems) {
    if (!activity.is_object()) return problems.push_back(where + ": not an object");
    only_keys(activity, {"objectType", "id", "definition"}, where, problems);
    if (activity.contains("objectType") && activity["objectType"] != "Activity") problems.push_back(where + ": objectType is not Activity");
    if (!is_iri(activity.value("id", json()))) problems.push_back(where + ".id: not an IRI");
    if (!activity.contains("definition")) return;
    const json& definition = activity["definition"];
    only_keys(definition, {"name", "description", "type", "moreInfo", "extensions", "interactionType", "correctResponsesPattern",
                           "choices", "scale", "source", "target", "steps"},
              where + ".definition", problems);
    for (const char* map : {"name", "description"})
        if (definition.contains(map) && !is_language_map(definition[map])) problems.push_back(where + ".definition." + map + ": not a language map");
    if (definition.contains("type") && !is_iri(definition["type"])) problems.push_back(where + ".definition.type: not an IRI");
    if (definition.contains("interactionType")) {
        static const std::set<std::string> types = {"true-false", "choice", "fill-in", "long-fill-in", "matching", "performance",
                                                    "sequencing", "likert", "numeric", "other"};
        if (!definition["interactionType"].is_string() || !types.count(definition["interactionType"].get<std::string>()))
            problems.push_back(where + ".definition.interactionType: not a valid interaction type");
    }
    if (definition.contains("choices")) {
        std::set<std::string> ids;
        for (const json& choice : definition["choices"]) {
            only_keys(choice, {"id", "description"}, where + ".definition.choices[]", problems);
            if (!choice.value("id", json()).is_string() || !ids.insert(choice["id"].get<std::string>()).second)
                problems.push_back(where + ".definition.choices: ids must be distinct strings");
            if (choice.contains("description") && !is_language_map(choice["description"]))
                problems.push_back(where + ".definition.choices[].description: not a language map");
        }
    }
    if (definition.contains("extensions")) check_extensions(definition["extensions"], where + ".definition.extensions", problems);
}

std::vector<std::string> statement_problems(const json& s) {
    std::vector<std::string> problems;
    if (!s.is_object()) return {"not an object"};
    only_keys(s, {"id", "actor", "verb", "object", "result", "context", "timestamp", "version"}, "statement", problems);
    if (!is_uuid(s.value("id", json()))) problems.push_back("id: not a UUID in standard form");
    if (s.contains("timestamp") && !is_timestamp(s["timestamp"])) problems.push_back("timestamp: not ISO 8601 / RFC 3339");
    if (s.contains("version") && !std::regex_match(s["version"].get<std::string>(), std::regex(R"(^1\.0\.\d+$)")))
        problems.push_back("version: not 1.0.x");

    const json actor = s.value("actor", json());
    if (!actor.is_object()) {
        problems.push_back("actor: missing");
    } else {
        only_keys(actor, {"objectType", "name", "mbox", "mbox_sha1sum", "openid", "account"}, "actor", problems);
        int identifiers = 0;
        for (const char* ifi : {"mbox", "mbox_sha1sum", "openid", "account"}) identifiers += actor.contains(ifi) ? 1 : 0;
        if (identifiers != 1) problems.push_back("actor: needs exactly one inverse functional identifier");
        if (actor.contains("objectType") && actor["objectType"] != "Agent") problems.push_back("actor.objectType: not Agent");
        if (actor.contains("name") && !actor["name"].is_string()) problems.push_back("actor.name: not a string");
        if (actor.contains("account")) {
            const json& account = actor["account"];
            only_keys(account, {"homePage", "name"}, "actor.account", problems);
            if (!is_http_irl(account.value("homePage", json()))) problems.push_back("actor.account.homePage: not an IRL");
            if (!account.value("name", json()).is_string() || account["name"].get<std::string>().empty())
                problems.push_back("actor.account.name: missing");
        }
    }

    const json verb = s.value("verb", json());
    if (!verb.is_object() || !is_iri(verb.value("id", json()))) problems.push_back("verb.id: not an IRI");
    else if (verb.contains("display") && !is_language_map(verb["display"])) problems.push_back("verb.display: not a language map");

    if (!s.contains("object")) problems.push_back("object: missing");
    else check_activity(s["object"], "object", problems);

    if (s.contains("result")) {
        const json& result = s["result"];
        only_keys(result, {"score", "success", "completion", "response", "duration", "extensions"}, "result", problems);
        if (result.contains("score")) {
            const json& score = result["score"];
            only_keys(score, {"scaled", "raw", "min", "max"}, "result.score", problems);
            if (score.contains("scaled") && (!score["scaled"].is_number() || score["scaled"] < -1 || score["scaled"] > 1))
                problems.push_back("result.score.scaled: not a number in -1..1");
            if (score.contains("min") && score.contains("max") && !(score["min"] < score["max"])) problems.push_back("result.score: min not below max");
            if (score.contains("raw") && score.contains("min") && score["raw"] < score["min"]) problems.push_back("result.score.raw: below min");
            if (score.contains("raw") && score.contains("max") && score["raw"] > score["max"]) problems.push_back("result.score.raw: above max");
        }
        for (const char* flag : {"success", "completion"})
            if (result.contains(flag) && !result[flag].is_boolean()) problems.push_back(std::string("result.") + flag + ": not a boolean");
        if (result.contains("response") && !result["response"].is_string()) problems.push_back("result.response: not a string");
        if (result.contains("duration") && !is_duration(result["duration"])) problems.push_back("result.duration: not an ISO 8601 duration");
        if (result.contains("extensions")) check_extensions(result["extensions"], "result.extensions", problems);
    }

    if (s.contains("context")) {
        const json& context = s["context"];
        only_keys(context, {"registration", "instructor", "team", "contextActivities", "revision", "platform", "language", "statement", "extensions"},
                  "context", problems);
        if (context.contains("registration") && !is_uuid(context["registration"])) problems.push_back("context.registration: not a UUID");
        if (context.contains("language") &&
            !std::regex_match(context["language"].get<std::string>(), std::regex("^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$")))
            problems.push_back("context.language: not a language tag");
        if (context.contains("contextActivities")) {
            const json& activities = context["contextActivities"];
            only_keys(activities, {"parent", "grouping", "category", "other"}, "context.contextActivities", problems);
            for (auto& [kind, list] : activities.items()) {
                if (!list.is_array()) problems.push_back("context.contextActivities." + kind + ": should be an array");
                for (const json& activity : list) check_activity(activity, "context.contextActivities." + kind + "[]", problems);
            }
        }
        if (context.contains("extensions")) check_extensions(context["extensions"], "context.extensions", problems);
    }
    return problems;
}

std::vector<json> with_verb(const json& statements, const std::string& verb) {
    std::vector<json> out;
    for (const json& s : statements)
        if (s["verb"]["id"] == "http://adlnet.gov/expapi/verbs/" + verb) out.push_back(s);
    return out;
}

// A store with two trainees: Anna plays the ideal path, fails once (rude answer, mood 0), then leaves a
// session after letting the time run out; Bruno passes. Every time is fixed by the store's clock; the first
// session's start can be moved.
template <typename Backend>
struct ExampleStore {
    Backend backend;
    TestClock clock;
    LoadedScenario loaded = test::example_scenario();
    std::unique_ptr<ResultsStore> owned = open_results_store(backend.location(), clock.options());
    ResultsStore& store = *owned;
    std::int64_t passed = 0, failed = 0, unfinished = 0, bruno = 0;

    explicit ExampleStore(const std::string& name = "xapi", const std::string& passed_start = "2026-11-24T21:27:37.000Z", int site = 0)
        : backend(name), clock("2026-01-05T09:00:00.000Z", site) {
        REQUIRE(loaded.playable());
        passed = test::record_play_between(store, clock, loaded, "T001", {0, 0, 0}, passed_start, "2026-11-24T21:31:49.500Z");
        failed = test::record_play_between(store, clock, loaded, "T001", {2}, "2026-11-25T09:00:00.000Z", "2026-11-25T09:01:10.000Z");
        clock.set("2026-11-26T09:00:00.000Z");
        unfinished = store.begin_session(new_session_record(*loaded.scenario, "T001", "immediate", "play"));
        Session session(loaded.scenario);
        store.record_decision(decision_record(*loaded.scenario, session.time_out(40), unfinished, 1));
        bruno = test::record_play_between(store, clock, loaded, "T002", {0, 0, 0}, "2026-11-27T10:00:00.000Z", "2026-11-27T10:03:00.000Z");
        store.upsert_trainee("T001", "Anna Bianchi", "spring");
        store.upsert_trainee("T002", "Bruno Esposito", "autumn");
    }
};

}  // namespace

TEST_CASE("uuid v5: RFC 4122 namespaces and known names") {
    CHECK(uuid_namespace_dns().str() == "6ba7b810-9dad-11d1-80b4-00c04fd430c8");
    CHECK(uuid_v5(uuid_namespace_dns(), "www.example.com").str() == "2ed6657d-e927-568b-95e1-2665a8aea6a2");
    CHECK(uuid_v5(uuid_namespace_dns(), "python.org").str() == "886313e1-3b8a-5372-9b90-0c9aee199e5d");
    CHECK(uuid_v5(uuid_namespace_url(), "http://python.org/").str() == "4c565f0d-3f5a-5890-b41b-20cf47701c5e");
    CHECK(uuid_v5(uuid_namespace_url(), "a") != uuid_v5(uuid_namespace_dns(), "a"));
}

TEST_CASE("uuid: parses the standard form only") {
    auto parsed = Uuid::parse("2ED6657D-E927-568B-95E1-2665A8AEA6A2");
    REQUIRE(parsed);
    CHECK(parsed->str() == "2ed6657d-e927-568b-95e1-2665a8aea6a2");
    CHECK_FALSE(Uuid::parse("2ed6657de927568b95e12665a8aea6a2"));
    CHECK_FALSE(Uuid::parse("2ed6657d-e927-568b-95e1-2665a8aea6a"));
    CHECK_FALSE(Uuid::parse("2ed6657d-e927-568b-95e1-2665a8aea6ag"));
    CHECK_FALSE(Uuid::parse("{2ed6657d-e927-568b-95e1-2665a8aea6a}"));
}

TEST_CASE("xapi: durations in ISO 8601 to a hundredth of a second") {
    CHECK(xapi_duration(252.5) == "PT4M12.5S");
    CHECK(xapi_duration(0) == "PT0S");
    CHECK(xapi_duration(-3) == "PT0S");
    CHECK(xapi_duration(45) == "PT45S");
    CHECK(xapi_duration(45.678) == "PT45.68S");
    CHECK(xapi_duration(59.999) == "PT1M0S");
    CHECK(xapi_duration(3603) == "PT1H0M3S");
    CHECK(xapi_duration(90061.25) == "PT25H1M1.25S");
    for (double seconds : {0.01, 0.1, 1.0, 61.5, 7322.07}) CHECK(is_duration(xapi_duration(seconds)));
}

TEST_CASE("xapi: stored times become UTC timestamps") {
    CHECK(xapi_timestamp("2026-11-24T21:31:49.120Z") == "2026-11-24T21:31:49.120Z");
    CHECK(xapi_timestamp("2026-11-24 21:31:49") == "2026-11-24T21:31:49.000Z");
    CHECK(xapi_timestamp("2026-03-01T00:30:00.5+01:00") == "2026-02-28T23:30:00.500Z");
    CHECK(xapi_timestamp("2024-02-29T12:00:00Z") == "2024-02-29T12:00:00.000Z");
    CHECK(xapi_timestamp("1999-12-31T23:59:59.999-00:30") == "2000-01-01T00:29:59.999Z");
    CHECK(xapi_timestamp("").empty());
    CHECK(xapi_timestamp("yesterday").empty());
    CHECK(xapi_timestamp("2026-13-01T00:00:00Z").empty());
    CHECK(xapi_timestamp("2026-11-24T21:31:49Q").empty());
}

TEST_CASE_TEMPLATE("xapi: options must give absolute web addresses", Backend, FRONTDESK_STORE_BACKENDS) {
    XapiOptions options;
    CHECK(xapi_options_problem(options).empty());
    options.home_page = "frontdesk.example";
    CHECK_FALSE(xapi_options_problem(options).empty());
    options.home_page = "https://lms.example.org/";
    CHECK(xapi_options_problem(options).empty());
    options.iri_base = "urn:frontdesk";
    CHECK_FALSE(xapi_options_problem(options).empty());
    options.home_page = "https://has space.example";
    options.iri_base.clear();
    CHECK_FALSE(xapi_options_problem(options).empty());

    Backend backend("xapi-options");
    std::unique_ptr<ResultsStore> store = open_results_store(backend.location());
    CHECK_THROWS_AS(xapi_statements(*store, ResultsFilter{}, options), std::invalid_argument);
}

TEST_CASE_TEMPLATE("xapi: every statement of a store follows the xAPI 1.0.3 rules", Backend, FRONTDESK_STORE_BACKENDS) {
    ExampleStore<Backend> example;
    json statements = xapi_statements(example.store, ResultsFilter{}, XapiOptions{});
    REQUIRE(statements.is_array());
    // 3 + 1 + 1 + 3 answers; completed and passed/failed for each of the three finished sessions.
    CHECK(statements.size() == 8 + 3 * 2);
    for (const json& s : statements) {
        std::vector<std::string> problems = statement_problems(s);
        std::string all;
        for (const std::string& p : problems) all += p + "\n";
        CHECK_MESSAGE(problems.empty(), (s.dump(2) + "\n" + all));
        CHECK(s["version"] == "1.0.3");
        CHECK(is_timestamp(s["timestamp"]));
        CHECK(s["timestamp"].get<std::string>().back() == 'Z');
    }
    CHECK(with_verb(statements, "answered").size() == 8);
    CHECK(with_verb(statements, "completed").size() == 3);
    CHECK(with_verb(statements, "passed").size() == 2);
    CHECK(with_verb(statements, "failed").size() == 1);
    for (const char* verb : {"answered", "completed", "passed", "failed"})
        CHECK(with_verb(statements, verb).front()["verb"]["display"]["en-US"] == verb);
}

TEST_CASE_TEMPLATE("xapi: the actor is an account with the display name, never an e-mail", Backend, FRONTDESK_STORE_BACKENDS) {
    ExampleStore<Backend> example;
    json statements = xapi_statements(example.store, ResultsFilter{}, XapiOptions{});
    for (const json& s : statements) {
        const json& actor = s["actor"];
        CHECK(actor["objectType"] == "Agent");
        CHECK_FALSE(actor.contains("mbox"));
        CHECK_FALSE(actor.contains("mbox_sha1sum"));
        CHECK_FALSE(actor.contains("openid"));
        CHECK(actor["account"]["homePage"] == "https://frontdesk.example");
        std::string id = actor["account"]["name"];
        CHECK((id == "T001" || id == "T002"));
        CHECK(actor["name"] == (id == "T001" ? "Anna Bianchi" : "Bruno Esposito"));
    }

    XapiOptions anonymous;
    anonymous.home_page = "https://lms.example.org";
    anonymous.include_names = false;
    for (const json& s : xapi_statements(example.store, ResultsFilter{}, anonymous)) {
        CHECK_FALSE(s["actor"].contains("name"));
        CHECK(s["actor"]["account"]["homePage"] == "https://lms.example.org");
    }
}

TEST_CASE_TEMPLATE("xapi: session results carry score, success, completion, duration and skills", Backend, FRONTDESK_STORE_BACKENDS) {
    ExampleStore<Backend> example;  // the first session from 21:27:37.000 to 21:31:49.500
    std::optional<SessionRecord> record = example.store.session(example.passed);
    REQUIRE(record);

    ResultsFilter only_anna;
    only_anna.trainee = "T001";
    json statements = xapi_statements(example.store, only_anna, XapiOptions{});
    json passed = with_verb(statements, "passed").at(0);
    json completed = with_verb(statements, "completed").at(0);
    CHECK(passed["result"] == completed["result"]);
    CHECK(passed["timestamp"] == "2026-11-24T21:31:49.500Z");
    const json& result = passed["result"];
    CHECK(result["success"] == true);
    CHECK(result["completion"] == true);
    CHECK(result["duration"] == "PT4M12.5S");
    CHECK(result["score"]["scaled"].get<double>() == doctest::Approx(record->overall / 100).epsilon(0.001));
    CHECK(result["score"]["raw"].get<double>() == doctest::Approx(record->overall).epsilon(0.001));
    CHECK(result["score"]["min"] == 0);
    CHECK(result["score"]["max"] == 100);
    const json& extensions = result["extensions"];
    for (const char* skill : {"listening", "respect", "problem_solving"}) {
        std::string key = std::string("https://frontdesk.example/xapi/extensions/skill/") + skill;
        REQUIRE(extensions.contains(key));
        CHECK(extensions[key].is_number());
    }
    CHECK(extensions["https://frontdesk.example/xapi/extensions/skill/listening"] == 100.0);
    CHECK(extensions["https://frontdesk.example/xapi/extensions/ending"] == "success");

    const json& object = passed["object"];
    CHECK(object["id"] == "https://frontdesk.example/xapi/scenarios/angry-client-wrong-invoice");
    CHECK(object["definition"]["name"] == json{{"en", "Wrong invoice: an angry client calls"}});
    CHECK(object["definition"]["type"] == "http://adlnet.gov/expapi/activities/simulation");

    json failed = with_verb(statements, "failed").at(0);
    CHECK(failed["result"]["success"] == false);
    CHECK(failed["result"]["extensions"]["https://frontdesk.example/xapi/extensions/ending"] == "failure");
    double scaled = failed["result"]["score"]["scaled"];
    CHECK(scaled >= -1);
    CHECK(scaled <= 1);
}

TEST_CASE_TEMPLATE("xapi: each decision is an answered choice interaction within the scenario", Backend, FRONTDESK_STORE_BACKENDS) {
    ExampleStore<Backend> example;
    ResultsFilter only_bruno;
    only_bruno.trainee = "T002";
    json answered = with_verb(xapi_statements(example.store, only_bruno, XapiOptions{}), "answered");
    REQUIRE(answered.size() == 3);
    const json& first = answered.at(0);
    CHECK(first["object"]["id"] == "https://frontdesk.example/xapi/scenarios/angry-client-wrong-invoice/node/opening");
    CHECK(first["object"]["definition"]["type"] == "http://adlnet.gov/expapi/activities/cmi.interaction");
    CHECK(first["object"]["definition"]["interactionType"] == "choice");
    CHECK(first["result"]["response"] == "0");
    CHECK(first["result"]["duration"] == "PT1.5S");
    const json& extensions = first["result"]["extensions"];
    CHECK(extensions["https://frontdesk.example/xapi/extensions/said"] == "I'm sorry, Mr. Rossi. Tell me what happened.");
    CHECK(extensions["https://frontdesk.example/xapi/extensions/timed-out"] == false);
    CHECK(extensions["https://frontdesk.example/xapi/extensions/response-seconds"] == 1.5);
    CHECK(extensions["https://frontdesk.example/xapi/extensions/score-changes"] == json{{"listening", 2}, {"respect", 2}, {"problem_solving", 1}});
    CHECK(extensions["https://frontdesk.example/xapi/extensions/mood-after"] == 40);
    CHECK(answered.at(1)["object"]["id"] == "https://frontdesk.example/xapi/scenarios/angry-client-wrong-invoice/node/details");

    const json& parent = first["context"]["contextActivities"]["parent"];
    REQUIRE(parent.size() == 1);
    CHECK(parent[0]["id"] == "https://frontdesk.example/xapi/scenarios/angry-client-wrong-invoice");
    CHECK(parent[0]["definition"]["name"] == json{{"en", "Wrong invoice: an angry client calls"}});
    CHECK(first["context"]["language"] == "en");
    CHECK(first["context"]["platform"] == "frontdesk");
}

TEST_CASE_TEMPLATE("xapi: a timeout has no response; an unfinished session has no result statements", Backend, FRONTDESK_STORE_BACKENDS) {
    ExampleStore<Backend> example;
    ResultsFilter only_anna;
    only_anna.trainee = "T001";
    json statements = xapi_statements(example.store, only_anna, XapiOptions{});
    std::string registration = statements.back()["context"]["registration"];
    std::vector<json> last_session;
    for (const json& s : statements)
        if (s["context"]["registration"] == registration) last_session.push_back(s);
    REQUIRE(last_session.size() == 1);
    const json& timeout = last_session[0];
    CHECK(timeout["verb"]["id"] == "http://adlnet.gov/expapi/verbs/answered");
    CHECK_FALSE(timeout["result"].contains("response"));
    CHECK(timeout["result"]["extensions"]["https://frontdesk.example/xapi/extensions/timed-out"] == true);
    CHECK(timeout["result"]["extensions"]["https://frontdesk.example/xapi/extensions/said"] == "");
    CHECK(timeout["result"]["duration"] == "PT40S");
}

TEST_CASE_TEMPLATE("xapi: ids are UUIDs, unique, and the same on every export", Backend, FRONTDESK_STORE_BACKENDS) {
    ExampleStore<Backend> example;
    json first = xapi_statements(example.store, ResultsFilter{}, XapiOptions{});
    json second = xapi_statements(example.store, ResultsFilter{}, XapiOptions{});
    CHECK(first == second);
    std::set<std::string> ids, registrations;
    for (const json& s : first) {
        CHECK(is_uuid(s["id"]));
        CHECK(s["id"].get<std::string>()[14] == '5');  // name-based, SHA-1
        CHECK(ids.insert(s["id"]).second);
        registrations.insert(s["context"]["registration"]);
    }
    CHECK(registrations.size() == 4);  // one per session
    CHECK_FALSE(ids.count(*registrations.begin()));

    // A filtered export gives the very same statements as the full one.
    ResultsFilter only_bruno;
    only_bruno.trainee = "T002";
    for (const json& s : xapi_statements(example.store, only_bruno, XapiOptions{})) CHECK(ids.count(s["id"]));

    // Another system's accounts are other people: other ids.
    XapiOptions elsewhere;
    elsewhere.home_page = "https://lms.example.org";
    for (const json& s : xapi_statements(example.store, ResultsFilter{}, elsewhere)) CHECK_FALSE(ids.count(s["id"]));
}

TEST_CASE_TEMPLATE("xapi: ids come from the session's UUID, so two sites' sessions never collide", Backend, FRONTDESK_STORE_BACKENDS) {
    // Two training rooms with their own databases both have a session 1 of trainee T001, started at the very
    // same moment; their sessions' UUIDs tell them apart, and only those.
    ExampleStore<Backend> example;
    json before = xapi_statements(example.store, ResultsFilter{}, XapiOptions{});
    ExampleStore<Backend> elsewhere("xapi-elsewhere", "2026-11-24T21:27:37.000Z", 1);
    json after = xapi_statements(elsewhere.store, ResultsFilter{}, XapiOptions{});
    REQUIRE(before.size() == after.size());
    std::set<std::string> earlier;
    for (const json& s : before) earlier.insert(s["id"]);
    for (const json& s : after) CHECK_FALSE(earlier.count(s["id"]));
    // The same UUIDs give the same ids, whichever row ids and store hold the sessions.
    ExampleStore<Backend> again("xapi-again");
    CHECK(xapi_statements(again.store, ResultsFilter{}, XapiOptions{}) == before);
    CHECK(example.store.session(example.passed)->uuid == "5e55104d-0000-4000-8000-000000000001");
    CHECK(elsewhere.store.session(elsewhere.passed)->uuid == "5e55104d-0000-4000-8000-000100000001");
}

TEST_CASE_TEMPLATE("xapi: the IRI base option moves activities and extensions", Backend, FRONTDESK_STORE_BACKENDS) {
    ExampleStore<Backend> example;
    XapiOptions options;
    options.home_page = "https://lms.example.org";
    options.iri_base = "https://training.example.org/frontdesk";
    for (const json& s : xapi_statements(example.store, ResultsFilter{}, options)) {
        CHECK(s["object"]["id"].get<std::string>().rfind("https://training.example.org/frontdesk/scenarios/", 0) == 0);
        for (auto& [key, value] : s["result"]["extensions"].items()) {
            (void)value;
            CHECK(key.rfind("https://training.example.org/frontdesk/extensions/", 0) == 0);
        }
    }
    options.iri_base.clear();
    json statements = xapi_statements(example.store, ResultsFilter{}, options);
    CHECK(statements[0]["object"]["id"] == "https://lms.example.org/xapi/scenarios/angry-client-wrong-invoice/node/opening");
}

TEST_CASE_TEMPLATE("xapi: the scenario played describes each node and its choices", Backend, FRONTDESK_STORE_BACKENDS) {
    ExampleStore<Backend> example;
    XapiOptions options;
    std::shared_ptr<const Scenario> scenario = example.loaded.scenario;
    options.find_scenario = [&](const SessionRecord&) { return scenario; };
    json described = xapi_statements(example.store, ResultsFilter{}, options);
    const json& definition = described[0]["object"]["definition"];
    CHECK(definition["description"] == json{{"en", "This is the third time I call about this invoice!"}});
    REQUIRE(definition["choices"].size() == 3);
    CHECK(definition["choices"][0] == json{{"id", "0"}, {"description", {{"en", "I'm sorry, Mr. Rossi. Tell me what happened."}}}});
    for (const json& s : described) CHECK(statement_problems(s).empty());

    // Statements are the same apart from the activity definitions, which are not part of a statement's identity.
    json plain = xapi_statements(example.store, ResultsFilter{}, XapiOptions{});
    REQUIRE(plain.size() == described.size());
    for (std::size_t i = 0; i < plain.size(); ++i) {
        json a = plain[i], b = described[i];
        a["object"].erase("definition");
        b["object"].erase("definition");
        CHECK(a == b);
    }

    // A scenario edited since (another content hash) may not describe what was played.
    auto edited = std::make_shared<Scenario>(*scenario);
    edited->content_hash ^= 1;
    scenario = edited;
    json stale = xapi_statements(example.store, ResultsFilter{}, options);
    CHECK_FALSE(stale[0]["object"]["definition"].contains("choices"));
}
