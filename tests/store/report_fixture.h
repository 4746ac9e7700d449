// The report fixture: a small set of results with fixed times, written through the store's interface by
// playing real sessions, dated by the store's clock (so any backend holds the very same). The report tests
// check it exactly and the golden reports are rendered from it (make_report_fixture writes it for CTest).
//
// Four trainees (one never practised; one name full of characters that need escaping), two scenarios (the
// example and a small Italian one), nine sessions: successes, partial endings, failures, a timeout, a
// conversation that reaches mood 0, and one unfinished attempt.
#pragma once

#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

#include "frontdesk/open_results_store.h"
#include "frontdesk/recorded_session.h"
#include "frontdesk/results_store.h"
#include "frontdesk/scenario_loader.h"
#include "frontdesk/scoring.h"
#include "frontdesk/session.h"
#include "store_test_support.h"

namespace frontdesk::test {

// A short Italian scenario; its title needs escaping in HTML.
inline const char* report_fixture_italian_scenario() {
    return R"YAML(format: 1
id: sportello-reclami
title: "Reclamo allo sportello: «Il modulo & la coda <lunga>»"
language: it
role: visitor
channel: desk
difficulty: 1
summary: "Una visitatrice aspetta da un'ora e non capisce il modulo."
skills: [listening, respect, problem_solving]
character:
  name: "Sig.ra Neri"
  mood: 40
pass: 60
on_mood_zero: se_ne_va
start: arrivo
nodes:
  arrivo:
    say: "Aspetto da un'ora!"
    choices:
      - say: "Mi scusi per l'attesa: mi dica, come posso aiutarla?"
        goto: modulo
        score: {listening: 2, respect: 2}
        mood: 20
        feedback: "Scusarsi e chiedere apre il dialogo."
      - say: "C'è la coda per tutti."
        goto: modulo
        score: {respect: -2}
        mood: -20
        feedback: "Vero, ma suona come un rimprovero."
  modulo:
    say: "Non capisco questo modulo."
    choices:
      - say: "Lo compiliamo insieme adesso."
        goto: risolto
        score: {problem_solving: 2, listening: 1}
        feedback: "Un aiuto concreto, subito."
      - say: "È tutto scritto sul sito."
        goto: rimandata
        score: {problem_solving: -1}
        mood: -10
        feedback: "Rimandare al sito non risolve."
  risolto:
    say: "Grazie, gentilissima."
    end: success
    debrief: "Ascolto e aiuto concreto."
  rimandata:
    say: "Va bene, ci provo da sola."
    end: partial
    debrief: "Il problema è rimasto alla visitatrice."
  se_ne_va:
    say: "Me ne vado."
    end: failure
    debrief: "La visitatrice se n'è andata."
)YAML";
}

struct FixtureSession {
    const char* trainee;
    int scenario;            // 0: the example, 1: the Italian one
    const char* started_at;  // ISO 8601 UTC without milliseconds
    std::vector<int> answers;  // choice indices; -1 lets the time run out
    bool finish = true;
};

inline const std::vector<FixtureSession>& report_fixture_sessions() {
    static const std::vector<FixtureSession> sessions = {
        {"ann", 0, "2026-03-02T09:00:00", {0, 0, 1}},        // partial: a vague promise
        {"b-017", 0, "2026-03-03T10:00:00", {2}},            // "calm down": mood 0, he hangs up
        {"carlo", 0, "2026-03-04T11:00:00", {1, 1}},         // blames billing: failure
        {"ann", 0, "2026-03-05T09:30:00", {0, 0, 0}},        // the ideal path
        {"b-017", 0, "2026-03-06T14:00:00", {-1, 0, 0, 0}},  // a silence, then recovers
        {"ann", 1, "2026-03-06T15:00:00", {0, 0}},           // success
        {"b-017", 1, "2026-03-07T09:00:00", {1, 1}},         // partial
        {"carlo", 0, "2026-03-08T16:00:00", {0}, false},     // stopped after one answer
        {"carlo", 1, "2026-03-09T10:00:00", {0, 1}},         // partial
    };
    return sessions;
}

// Writes the fixture into a new store at `location`; `example_path` is
// tests/fixtures/example/angry-client-wrong-invoice.yaml.
inline void write_report_fixture(const std::string& location, const std::string& example_path) {
    LoadedScenario loaded[2] = {load_scenario_file(example_path),
                                load_scenario_text("sportello-reclami.yaml", report_fixture_italian_scenario())};
    for (const LoadedScenario& scenario : loaded)
        if (!scenario.playable()) throw std::runtime_error("report fixture: scenario not playable:\n" + format_diagnostics(scenario));

    TestClock clock("2026-03-01T08:00:00.000Z");
    std::unique_ptr<ResultsStore> store = open_results_store(location, clock.options());
    store->upsert_trainee("ann", "Ann Bianchi", "spring-2026");
    store->upsert_trainee("b-017", "Zoë \"Zed\" O'Neil <QA> & Co", "spring-2026");
    store->upsert_trainee("carlo", "Carlo Rossi, Jr.", "autumn-2026");
    store->upsert_trainee("dana", "Dana Ek", "spring-2026");  // never practised

    for (const FixtureSession& planned : report_fixture_sessions()) {
        const LoadedScenario& scenario = loaded[planned.scenario];
        Session session(scenario.scenario);
        clock.set(iso_time(planned.started_at));
        std::int64_t id = store->begin_session(new_session_record(*scenario.scenario, planned.trainee, "end", "play"));
        int sequence = 0;
        for (int answer : planned.answers) {
            double seconds = 4.0 + 3.0 * sequence;
            const Decision& decision = answer < 0 ? session.time_out(40.0) : session.choose(answer, seconds);
            ++sequence;
            // Each answer half a minute after the one before; the end half a minute after the last answer.
            clock.set(iso_time(planned.started_at, 30L * sequence));
            store->record_decision(decision_record(*scenario.scenario, decision, id, sequence));
        }
        if (!planned.finish) continue;
        if (!session.finished()) throw std::runtime_error("report fixture: a planned session did not reach an ending");
        SessionResult result = score_session(*scenario.scenario, *scenario.analysis, session.history(), session.ending());
        clock.set(iso_time(planned.started_at, 30L * (sequence + 1)));
        store->finish_session(id, session_outcome(result));
    }
}

}  // namespace frontdesk::test
