// The results store's behaviour, the same for every backend (store_backends.h): records written and read
// back, resuming, filters, the clock, text that may not be stored, readers that cannot write, and clear
// messages when two programs record the same step or a trainee is forgotten while playing.
#include <doctest/doctest.h>

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

#include "frontdesk/session_state.h"
#include "frontdesk/uuid.h"
#include "store_backends.h"

using namespace frontdesk;
using frontdesk::test::TestClock;

TEST_CASE_TEMPLATE("store: trainees, sessions and decisions are recorded and read back", Backend, FRONTDESK_STORE_BACKENDS) {
    Backend backend("records");
    std::unique_ptr<ResultsStore> store = open_results_store(backend.location());
    LoadedScenario loaded = test::example_scenario();
    REQUIRE(loaded.playable());
    store->upsert_trainee("E042", "Anna Rossi", "front-office-2026");
    std::int64_t id = test::record_play(*store, loaded, "E042", {0, 0, 0});
    auto trainee = store->trainee("E042");
    REQUIRE(trainee);
    CHECK(trainee->display_name == "E042");  // record_play upserts with the id as name...
    CHECK(trainee->cohort == "front-office-2026");  // ...but an empty cohort keeps the known one
    auto session = store->session(id);
    REQUIRE(session);
    CHECK(session->finished());
    CHECK(session->ending == "success");
    CHECK(session->passed);
    CHECK(session->overall == doctest::Approx(100.0));
    CHECK(session->feedback_mode == "immediate");
    CHECK(session->source == "play");
    REQUIRE(session->skills.size() == 3);
    CHECK(session->skills[0].skill == "listening");
    CHECK(session->skills[0].raw == 4);
    CHECK(session->skills[0].best == 4);
    REQUIRE(session->skills[0].percent);
    CHECK(*session->skills[0].percent == doctest::Approx(100.0));
    CHECK(session->skills[1].skill == "respect");
    CHECK(session->skills[2].skill == "problem_solving");
    CHECK(session->scenario_hash == content_hash_hex(*loaded.scenario));
    std::vector<DecisionRecord> decisions = store->decisions(id);
    REQUIRE(decisions.size() == 3);
    CHECK(decisions[0].node == "opening");
    CHECK(decisions[0].said == "I'm sorry, Mr. Rossi. Tell me what happened.");
    CHECK(decisions[0].mood_after == 40);
    CHECK(decisions[0].response_seconds == doctest::Approx(1.5));
    // Points by skill name; the zeros are not stored.
    CHECK(decisions[0].score == std::vector<std::pair<std::string, int>>{{"listening", 2}, {"problem_solving", 1}, {"respect", 2}});
    // The same records through the scans.
    std::vector<SessionRecord> scanned;
    store->scan_sessions({}, [&](const SessionRecord& record) { scanned.push_back(record); });
    REQUIRE(scanned.size() == 1);
    CHECK(scanned[0].skills.size() == 3);
    std::vector<DecisionRecord> scanned_decisions;
    store->scan_decisions({}, [&](const DecisionRecord& record) { scanned_decisions.push_back(record); });
    REQUIRE(scanned_decisions.size() == 3);
    CHECK(scanned_decisions[0].score == decisions[0].score);
    CHECK(scanned_decisions[2].sequence == 3);
}

TEST_CASE_TEMPLATE("store: the sessions' outcomes are the sessions, with everything a report shows of them", Backend, FRONTDESK_STORE_BACKENDS) {
    Backend backend("outcomes");
    std::unique_ptr<ResultsStore> store = open_results_store(backend.location());
    LoadedScenario loaded = test::example_scenario();
    store->upsert_trainee("E1", "E1", "front-office-2026");
    store->upsert_trainee("E2", "E2", "front-office-2026");
    test::record_play(*store, loaded, "E1", {0, 0, 0});
    test::record_play(*store, loaded, "E2", {1, 0}, false);  // unfinished: no ending, no skills
    test::record_play(*store, loaded, "E2", {0, 0, 0});
    ResultsFilter cohort;
    cohort.cohort = "front-office-2026";
    std::map<std::int64_t, SessionRecord> whole;
    store->scan_sessions(cohort, [&](const SessionRecord& record) { whole.emplace(record.id, record); });
    REQUIRE(whole.size() == 3);
    std::size_t seen = 0;
    store->scan_session_outcomes(cohort, [&](const SessionRecord& outcome) {
        ++seen;
        auto found = whole.find(outcome.id);
        REQUIRE(found != whole.end());
        const SessionRecord& session = found->second;
        CHECK(outcome.trainee == session.trainee);
        CHECK(outcome.scenario_id == session.scenario_id);
        CHECK(outcome.scenario_title == session.scenario_title);
        CHECK(outcome.scenario_language == session.scenario_language);
        CHECK(outcome.started_at == session.started_at);
        CHECK(outcome.ended_at == session.ended_at);
        CHECK(outcome.finished() == session.finished());
        CHECK(outcome.ending == session.ending);
        CHECK(outcome.overall == session.overall);
        CHECK(outcome.passed == session.passed);
        REQUIRE(outcome.skills.size() == session.skills.size());
        for (std::size_t k = 0; k < outcome.skills.size(); ++k) {
            CHECK(outcome.skills[k].skill == session.skills[k].skill);
            CHECK(outcome.skills[k].raw == session.skills[k].raw);
            CHECK(outcome.skills[k].best == session.skills[k].best);
            CHECK(outcome.skills[k].percent == session.skills[k].percent);
        }
    });
    CHECK(seen == 3);
    // The filter keeps the same sessions in both.
    ResultsFilter finished = cohort;
    finished.finished_only = true;
    std::size_t kept = 0;
    store->scan_session_outcomes(finished, [&](const SessionRecord& outcome) { kept += outcome.finished() ? 1 : 100; });
    CHECK(kept == 2);
}

TEST_CASE_TEMPLATE("store: a decision's points are kept per skill, a skill named twice added up", Backend, FRONTDESK_STORE_BACKENDS) {
    Backend backend("points");
    std::unique_ptr<ResultsStore> store = open_results_store(backend.location());
    store->upsert_trainee("T", "T", "");
    std::int64_t id = store->begin_session(NewSession{"T", "s", "S", "00", "en", "end", "play", std::nullopt, ""});
    DecisionRecord record;
    record.session = id;
    record.sequence = 1;
    record.node = "n";
    record.choice = 0;
    record.said = "";  // a timeout's empty words are text, not nothing
    record.score = {{"respect", 1}, {"listening", -2}, {"respect", 2}, {"empathy", 0}};
    store->record_decision(record);
    std::vector<DecisionRecord> decisions = store->decisions(id);
    REQUIRE(decisions.size() == 1);
    CHECK(decisions[0].said.empty());
    CHECK(decisions[0].score == std::vector<std::pair<std::string, int>>{{"listening", -2}, {"respect", 3}});
}

TEST_CASE_TEMPLATE("store: a session's answer order seed is kept bit for bit, and no seed stays none; its phrasing too", Backend, FRONTDESK_STORE_BACKENDS) {
    Backend backend("seed");
    std::unique_ptr<ResultsStore> store = open_results_store(backend.location());
    store->upsert_trainee("T", "T", "");
    // The largest seeds do not fit a signed 64-bit integer: they must come back unchanged all the same.
    for (std::uint64_t seed : {std::uint64_t{0}, std::uint64_t{42}, std::uint64_t{0x8000000000000000ULL}, ~std::uint64_t{0}}) {
        std::int64_t id = store->begin_session(NewSession{"T", "s", "S", "00", "en", "end", "play", seed, "feminine"});
        std::optional<SessionRecord> session = store->session(id);
        REQUIRE(session);
        REQUIRE(session->shuffle_seed);
        CHECK(*session->shuffle_seed == seed);
        CHECK(session->phrasing == "feminine");
    }
    std::int64_t unshuffled = store->begin_session(NewSession{"T", "s", "S", "00", "en", "end", "play", std::nullopt, ""});
    CHECK_FALSE(store->session(unshuffled)->shuffle_seed);
    CHECK(store->session(unshuffled)->phrasing.empty());
}

TEST_CASE_TEMPLATE("store: every time the store writes comes from its clock", Backend, FRONTDESK_STORE_BACKENDS) {
    Backend backend("clock");
    TestClock clock("2026-03-01T08:00:00.000Z");
    std::unique_ptr<ResultsStore> store = open_results_store(backend.location(), clock.options());
    LoadedScenario loaded = test::example_scenario();
    store->upsert_trainee("T", "T", "");
    std::int64_t id = test::record_play_between(*store, clock, loaded, "T", {0, 0, 0}, "2026-03-02T09:00:00.000Z", "2026-03-02T09:05:00.000Z");
    CHECK(store->trainee("T")->created_at == "2026-03-01T08:00:00.000Z");
    CHECK(store->session(id)->started_at == "2026-03-02T09:00:00.000Z");
    CHECK(store->session(id)->ended_at == "2026-03-02T09:05:00.000Z");
    for (const DecisionRecord& decision : store->decisions(id)) CHECK(decision.recorded_at == "2026-03-02T09:00:00.000Z");
    // A decision that brings its own time keeps it.
    std::int64_t other = store->begin_session(new_session_record(*loaded.scenario, "T", "end", "play"));
    Session session(loaded.scenario);
    DecisionRecord record = decision_record(*loaded.scenario, session.choose(0, 2.0), other, 1);
    record.recorded_at = "2026-03-02T10:00:00.000Z";
    store->record_decision(record);
    CHECK(store->decisions(other).at(0).recorded_at == "2026-03-02T10:00:00.000Z");
}

TEST_CASE_TEMPLATE("store: every session has a UUID of its own, from the options' generator or random", Backend, FRONTDESK_STORE_BACKENDS) {
    Backend backend("uuid");
    TestClock clock;
    LoadedScenario loaded = test::example_scenario();
    {
        std::unique_ptr<ResultsStore> store = open_results_store(backend.location(), clock.options());
        std::int64_t first = test::record_play(*store, loaded, "T", {0, 0, 0});
        std::int64_t second = test::record_play(*store, loaded, "T", {2});
        CHECK(store->session(first)->uuid == "5e55104d-0000-4000-8000-000000000001");
        CHECK(store->session(second)->uuid == "5e55104d-0000-4000-8000-000000000002");
    }
    std::unique_ptr<ResultsStore> store = open_results_store(backend.location());
    std::int64_t random = test::record_play(*store, loaded, "T", {0});
    std::optional<Uuid> uuid = Uuid::parse(store->session(random)->uuid);
    REQUIRE(uuid);
    CHECK(store->session(random)->uuid[14] == '4');  // version 4: random
    CHECK(store->session(random)->uuid == uuid->str());
    std::set<std::string> seen;
    store->scan_sessions({}, [&](const SessionRecord& session) { seen.insert(session.uuid); });
    CHECK(seen.size() == 3);
}

TEST_CASE_TEMPLATE("store: an unfinished session is found and replayed exactly for resuming", Backend, FRONTDESK_STORE_BACKENDS) {
    Backend backend("resume");
    std::unique_ptr<ResultsStore> store = open_results_store(backend.location());
    LoadedScenario loaded = test::example_scenario();
    std::int64_t id = test::record_play(*store, loaded, "T1", {0, 0}, false);
    std::string hash = content_hash_hex(*loaded.scenario);
    auto unfinished = store->unfinished_session("T1", loaded.scenario->id, hash);
    REQUIRE(unfinished);
    CHECK(unfinished->id == id);
    CHECK(unfinished->skills.empty());
    CHECK_FALSE(store->unfinished_session("someone else", loaded.scenario->id, hash));
    std::string error;
    auto session = replay_session(loaded.scenario, store->decisions(id), error);
    REQUIRE_MESSAGE(session, error);
    CHECK(session->node().id == "fix");
    CHECK(session->mood() == 50);
    // A changed scenario file does not offer the old session.
    LoadedScenario changed = load_scenario_text(loaded.scenario->path, loaded.source->text() + "\n# edited\n");
    CHECK_FALSE(store->unfinished_session("T1", changed.scenario->id, content_hash_hex(*changed.scenario)));
    CHECK(RecordedSession::interrupted_answers(*store, "T1", *loaded.scenario) == 2);
}

TEST_CASE_TEMPLATE("store: filters by cohort, scenario, trainee and date", Backend, FRONTDESK_STORE_BACKENDS) {
    Backend backend("filter");
    std::unique_ptr<ResultsStore> store = open_results_store(backend.location());
    LoadedScenario loaded = test::example_scenario();
    store->upsert_trainee("A", "Anna", "north");
    store->upsert_trainee("B", "Bruno", "south");
    test::record_play(*store, loaded, "A", {0, 0, 0});
    test::record_play(*store, loaded, "B", {2});
    ResultsFilter north;
    north.cohort = "north";
    CHECK(store->sessions(north).size() == 1);
    ResultsFilter b;
    b.trainee = "B";
    REQUIRE(store->sessions(b).size() == 1);
    CHECK(store->sessions(b)[0].ending == "failure");
    ResultsFilter future;
    future.since = "2999-01-01";
    CHECK(store->sessions(future).empty());
    ResultsFilter other;
    other.scenario_id = "another-scenario";
    CHECK(store->sessions(other).empty());
}

TEST_CASE_TEMPLATE("store: a reader sees what was recorded and cannot write", Backend, FRONTDESK_STORE_BACKENDS) {
    Backend backend("reader");
    if (Backend::created_when_opened)  // a server's database is made ready by db init (test_postgres_store.cpp)
        CHECK_THROWS_WITH_AS(open_results_reader(backend.location()), doctest::Contains("no results yet at"), StoreError);
    LoadedScenario loaded = test::example_scenario();
    {
        std::unique_ptr<ResultsStore> store = open_results_store(backend.location());
        test::record_play(*store, loaded, "T1", {0, 0, 0});
    }
    std::unique_ptr<ResultsReader> reader = open_results_reader(backend.location());
    REQUIRE(reader->trainees().size() == 1);
    CHECK(reader->sessions({}).at(0).skills.size() == 3);
    // Whatever type hides behind the interface, it does not write.
    if (auto* writable = dynamic_cast<ResultsStore*>(reader.get())) {
        CHECK_THROWS_WITH_AS(writable->upsert_trainee("X", "X", ""), doctest::Contains("only to read"), StoreError);
        CHECK_THROWS_AS(writable->forget_trainee("T1"), StoreError);
    }
    CHECK(reader->trainees().size() == 1);
}

TEST_CASE_TEMPLATE("store: ids, names and cohorts that are not fit to store are refused before anything is written", Backend,
                   FRONTDESK_STORE_BACKENDS) {
    Backend backend("bad-text");
    std::unique_ptr<ResultsStore> store = open_results_store(backend.location());
    CHECK_THROWS_WITH_AS(store->upsert_trainee("Niccol\xf2", "", ""), doctest::Contains("not valid UTF-8"), StoreError);
    CHECK_THROWS_WITH_AS(store->upsert_trainee("N1", "Nico\x1b]52;c;bad\x07", ""), doctest::Contains("U+001B"), StoreError);
    CHECK_THROWS_WITH_AS(store->upsert_trainee("N1", "Nico", "cohort\u202eevil"), doctest::Contains("control character"), StoreError);
    CHECK_THROWS_WITH_AS(store->upsert_trainee("N1", std::string(101, 'a'), ""), doctest::Contains("longer than 100"), StoreError);
    CHECK_THROWS_WITH_AS(store->upsert_trainee("", "Nobody", ""), doctest::Contains("trainee id is empty"), StoreError);
    // The message shows the bad bytes safely.
    try {
        store->upsert_trainee("Niccol\xf2", "", "");
    } catch (const StoreError& e) {
        CHECK(std::string(e.what()).find("Niccol\\xf2") != std::string::npos);
        CHECK(std::string(e.what()).find('\xf2') == std::string::npos);
    }
    CHECK(store->trainees().empty());
    CHECK_THROWS_WITH_AS(store->begin_session(NewSession{"Niccol\xf2", "s", "S", "00", "en", "end", "play", std::nullopt, ""}), doctest::Contains("UTF-8"),
                         StoreError);
    store->upsert_trainee("Niccolò", "Niccolò Rossi", "coorte-1");  // accented text is fine
    CHECK(store->trainee("Niccolò")->display_name == "Niccolò Rossi");
    std::int64_t id = store->begin_session(NewSession{"Niccolò", "s", "S", "00", "en", "end", "play", std::nullopt, ""});
    DecisionRecord bad;
    bad.session = id;
    bad.sequence = 1;
    bad.node = "n";
    bad.said = "caf\xe9";
    CHECK_THROWS_WITH_AS(store->record_decision(bad), doctest::Contains("nothing of this answer was saved"), StoreError);
    CHECK(store->decisions(id).empty());
}

TEST_CASE_TEMPLATE("store: two programs recording the same step are told what happened and what to do", Backend, FRONTDESK_STORE_BACKENDS) {
    Backend backend("same-step");
    LoadedScenario loaded = test::example_scenario();
    std::unique_ptr<ResultsStore> first = open_results_store(backend.location());
    std::int64_t id = test::record_play(*first, loaded, "T1", {0}, false);
    // The same interrupted session resumed in two programs: both record step 2.
    std::unique_ptr<ResultsStore> second = open_results_store(backend.location());
    std::string error;
    std::optional<RecordedSession> one = RecordedSession::resume(loaded.scenario, loaded.analysis, Recording{first.get(), "T1", "end", "play"}, error);
    std::optional<RecordedSession> two = RecordedSession::resume(loaded.scenario, loaded.analysis, Recording{second.get(), "T1", "end", "gui"}, error);
    REQUIRE(one);
    REQUIRE(two);
    one->choose(0, 2.0);
    try {
        two->choose(1, 2.0);
        FAIL("the same step was recorded twice");
    } catch (const StoreError& e) {
        std::string message = e.what();
        CHECK(message.find("already recorded") != std::string::npos);
        CHECK(message.find("nothing of this answer was saved") != std::string::npos);
        CHECK(message.find("close the other program") != std::string::npos);
        CHECK(message.find("UNIQUE constraint") == std::string::npos);
    }
    CHECK(first->decisions(id).size() == 2);
    CHECK(first->decisions(id)[1].choice == one->session().history()[1].choice);
}

TEST_CASE_TEMPLATE("store: a trainee forgotten while playing gives a clear message, never a raw constraint", Backend,
                   FRONTDESK_STORE_BACKENDS) {
    Backend backend("forgotten-playing");
    LoadedScenario loaded = test::example_scenario();
    std::unique_ptr<ResultsStore> player = open_results_store(backend.location());
    player->upsert_trainee("T1", "T1", "");
    RecordedSession session = RecordedSession::start(loaded.scenario, loaded.analysis, Recording{player.get(), "T1", "end", "play"});
    session.choose(0, 1.0);
    std::unique_ptr<ResultsStore> coordinator = open_results_store(backend.location());
    REQUIRE(coordinator->forget_trainee("T1").found);
    auto expect_clear = [](const std::string& message, const char* what) {
        CHECK_MESSAGE(message.find("forgotten") != std::string::npos, message);
        CHECK_MESSAGE(message.find(what) != std::string::npos, message);
        CHECK_MESSAGE(message.find("FOREIGN KEY") == std::string::npos, message);
    };
    try {
        session.choose(0, 1.0);
        FAIL("an answer was recorded for a forgotten trainee");
    } catch (const StoreError& e) {
        expect_clear(e.what(), "nothing of this answer was saved");
    }
    CHECK(session.unsaved() == 1);
    try {
        player->finish_session(session.id(), SessionOutcome{"success", {}, 100, true});
        FAIL("an ending was recorded for a forgotten trainee");
    } catch (const StoreError& e) {
        expect_clear(e.what(), "ending was not saved");
    }
    try {
        player->begin_session(new_session_record(*loaded.scenario, "T1", "end", "play"));
        FAIL("a session was begun for a forgotten trainee");
    } catch (const StoreError& e) {
        expect_clear(e.what(), "the session was not started");
    }
    CHECK(coordinator->sessions({}).empty());
}

TEST_CASE_TEMPLATE("store: forgetting deletes the trainee's rows and nobody else's", Backend, FRONTDESK_STORE_BACKENDS) {
    Backend backend("forget-rows");
    LoadedScenario loaded = test::example_scenario();
    std::unique_ptr<ResultsStore> store = open_results_store(backend.location());
    test::record_play(*store, loaded, "A", {0, 0, 0});
    std::int64_t kept = test::record_play(*store, loaded, "B", {1, 1});
    test::record_play(*store, loaded, "A", {0}, false);
    ForgetOutcome outcome = store->forget_trainee("A");
    CHECK(outcome.found);
    CHECK(outcome.wiped);
    CHECK_FALSE(store->trainee("A"));
    REQUIRE(store->sessions({}).size() == 1);
    CHECK(store->sessions({})[0].id == kept);
    CHECK(store->decisions(kept).size() == 2);
    CHECK(store->session(kept)->skills.size() == 3);
    ForgetOutcome again = store->forget_trainee("A");
    CHECK_FALSE(again.found);
    CHECK_FALSE(again.wipe_was_pending);
}

TEST_CASE_TEMPLATE("store: the statements an LRS confirmed are noted once each, and go with a forgotten trainee's sessions", Backend, FRONTDESK_STORE_BACKENDS) {
    Backend backend("deliveries");
    LoadedScenario loaded = test::example_scenario();
    std::unique_ptr<ResultsStore> store = open_results_store(backend.location());
    std::int64_t a = test::record_play(*store, loaded, "A", {0, 0, 0});
    std::int64_t b = test::record_play(*store, loaded, "B", {1, 1});
    std::string session_a = store->session(a)->uuid, session_b = store->session(b)->uuid;
    CHECK(store->delivered_statements().empty());
    std::vector<StatementDelivery> first = {{"6f8d3c2a-1b4e-4a5f-9c7d-0e1f2a3b4c5d", session_a}, {"0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d", session_b}};
    store->record_deliveries(first);
    store->record_deliveries(first);  // confirmed again (a repeated sync): nothing new
    store->record_deliveries({});
    std::vector<std::string> delivered = store->delivered_statements();
    CHECK(delivered == std::vector<std::string>{"0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d", "6f8d3c2a-1b4e-4a5f-9c7d-0e1f2a3b4c5d"});
    CHECK(store->counts().delivered_statements == 2);
    // Not a UUID: refused before anything is written, with what and where.
    try {
        store->record_deliveries({{"5a5a5a5a-5a5a-4a5a-8a5a-5a5a5a5a5a5a", session_a}, {"'; DROP TABLE sessions; --", session_a}});
        FAIL("a statement id that is not a UUID was accepted");
    } catch (const StoreError& e) {
        CHECK(std::string(e.what()).find("is not a UUID") != std::string::npos);
    }
    CHECK(store->delivered_statements().size() == 2);
    store->forget_trainee("A");
    CHECK(store->delivered_statements() == std::vector<std::string>{"0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d"});
    std::unique_ptr<ResultsStore> reopened = open_results_store(backend.location());
    CHECK(reopened->delivered_statements().size() == 1);
}

// What the full report reads instead of whole decisions: the same decisions, each by reference to an answer
// with the same node, choice, words and points, every answer handed over once before it is referred to.
TEST_CASE_TEMPLATE("store: the answered decisions are the decisions, by reference to their answers", Backend, FRONTDESK_STORE_BACKENDS) {
    Backend backend("answered");
    std::unique_ptr<ResultsStore> store = open_results_store(backend.location());
    LoadedScenario loaded = test::example_scenario();
    REQUIRE(loaded.playable());
    test::record_play(*store, loaded, "E1", {0, 0, 0});
    test::record_play(*store, loaded, "E2", {0, 0, 0});  // the same answers again: shared, not repeated
    test::record_play(*store, loaded, "E3", {1, 0});
    std::int64_t unfinished = store->begin_session(new_session_record(*loaded.scenario, "E1", "end", "play"));
    DecisionRecord timeout;
    timeout.session = unfinished;
    timeout.sequence = 1;
    timeout.node = "opening";
    timeout.timed_out = true;
    store->record_decision(timeout);

    for (bool finished_only : {false, true}) {
        CAPTURE(finished_only);
        ResultsFilter filter;
        filter.finished_only = finished_only;
        std::vector<DecisionRecord> whole;
        store->scan_decisions(filter, [&](const DecisionRecord& decision) { whole.push_back(decision); });
        std::map<std::int64_t, AnswerRecord> answers;
        std::vector<AnsweredDecision> answered;
        std::set<std::int64_t> sessions_done;
        std::int64_t current = -1;
        store->scan_answered_decisions(
            filter, [&](const AnswerRecord& answer) { CHECK(answers.emplace(answer.id, answer).second); },
            [&](const AnsweredDecision& decision) {
                CHECK(answers.count(decision.answer) == 1);
                if (decision.session != current) {
                    CHECK(sessions_done.insert(decision.session).second);  // grouped by session
                    current = decision.session;
                }
                answered.push_back(decision);
            });
        std::set<std::int64_t> sessions_whole;
        for (const DecisionRecord& decision : whole) sessions_whole.insert(decision.session);
        CHECK(sessions_done == sessions_whole);
        CHECK(sessions_whole.count(unfinished) == (finished_only ? 0u : 1u));
        REQUIRE(answered.size() == whole.size());
        std::sort(answered.begin(), answered.end(),
                  [](const AnsweredDecision& a, const AnsweredDecision& b) { return std::tie(a.session, a.sequence) < std::tie(b.session, b.sequence); });
        std::set<std::int64_t> used;
        for (std::size_t i = 0; i < whole.size(); ++i) {
            CAPTURE(i);
            CHECK(answered[i].session == whole[i].session);
            CHECK(answered[i].sequence == whole[i].sequence);
            const AnswerRecord& answer = answers.at(answered[i].answer);
            CHECK(answer.node == whole[i].node);
            CHECK(answer.choice == whole[i].choice);
            CHECK(answer.timed_out == whole[i].timed_out);
            CHECK(answer.said == whole[i].said);
            CHECK(answer.score == whole[i].score);
            used.insert(answered[i].answer);
        }
        CHECK(used.size() < whole.size());  // E1's and E2's equal answers are one answer each
    }
}

namespace {

// One value a superuser's query gives in the test database.
std::string postgres_value(const std::string& database, const std::string& sql) {
    PGconn* conn = PQconnectdb(test::postgres_test_uri(database).c_str());
    std::string value;
    PGresult* result = PQstatus(conn) == CONNECTION_OK ? PQexec(conn, sql.c_str()) : nullptr;
    if (result && PQresultStatus(result) == PGRES_TUPLES_OK && PQntuples(result) > 0) value = PQgetvalue(result, 0, 0);
    PQclear(result);
    PQfinish(conn);
    return value;
}

}  // namespace

// A database made by an older frontdesk (schema 1: the indexes it had) is refused until db init brings it up
// to date, which keeps every result.
TEST_CASE("store: db init brings a schema-1 database up to date and keeps its results <postgres>") {
    test::PostgresBackend backend("migrate");
    LoadedScenario loaded = test::example_scenario();
    REQUIRE(loaded.playable());
    std::int64_t id = 0;
    std::vector<DecisionRecord> before;
    {
        std::unique_ptr<ResultsStore> store = open_results_store(backend.location());
        id = test::record_play(*store, loaded, "E042", {0, 0, 0});
        before = store->decisions(id);
    }
    test::postgres_admin(R"SQL(
        SET search_path TO frontdesk;
        DROP INDEX sessions_by_trainee;
        CREATE INDEX sessions_by_trainee ON sessions(trainee, started_at);
        CREATE INDEX sessions_by_scenario ON sessions(scenario_id, started_at);
        ALTER INDEX decisions_by_session RESET (fillfactor);
        ALTER INDEX session_skills_pkey RESET (fillfactor);
        ALTER INDEX sessions_pkey RESET (fillfactor);
        UPDATE meta SET value = '1' WHERE key = 'schema_version';
    )SQL", backend.database());
    try {
        open_results_store(backend.location());
        FAIL("a schema-1 database was opened");
    } catch (const StoreError& e) {
        CHECK(std::string(e.what()).find("version 1, this program needs 2") != std::string::npos);
    }
    ResultsInitOutcome outcome = initialise_results(backend.location());
    CHECK(outcome.from_version == 1);
    CHECK(outcome.to_version == 2);
    std::unique_ptr<ResultsStore> store = open_results_store(backend.location());
    CHECK(store->schema_version() == 2);
    std::optional<SessionRecord> session = store->session(id);
    REQUIRE(session);
    CHECK(session->finished());
    CHECK(session->skills.size() == 3);
    std::vector<DecisionRecord> after = store->decisions(id);
    REQUIRE(after.size() == before.size());
    for (std::size_t i = 0; i < after.size(); ++i) {
        CHECK(after[i].node == before[i].node);
        CHECK(after[i].said == before[i].said);
        CHECK(after[i].score == before[i].score);
        CHECK(after[i].recorded_at == before[i].recorded_at);
    }
    CHECK(postgres_value(backend.database(), "SELECT count(*) FROM pg_indexes WHERE indexname = 'sessions_by_scenario'") == "0");
    CHECK(postgres_value(backend.database(), "SELECT indexdef FROM pg_indexes WHERE indexname = 'sessions_by_trainee'").find("(trainee)") !=
          std::string::npos);
    CHECK(postgres_value(backend.database(), "SELECT reloptions::text FROM pg_class WHERE relname = 'decisions_by_session'") == "{fillfactor=100}");
    // And it records as before.
    test::record_play(*store, loaded, "E043", {0, 0, 0});
    CHECK(store->counts().sessions == 2);
}
