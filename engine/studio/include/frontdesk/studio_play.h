// The studio's test run ("Playing to test"): play the scenario from any node with a state set by hand or taken
// from a recorded session there, see how each answer changes the state, step back, restart. Nothing played
// here is stored: it is the trainer trying the scenario out, not a trainee's result.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "frontdesk/results_records.h"
#include "frontdesk/scenario.h"
#include "frontdesk/session.h"

namespace frontdesk {

// A flag whose value an answer (or the on_enter of the node it led to) changed.
struct FlagChange {
    int flag = 0;  // index into Scenario::flags
    std::int64_t before = 0;
    std::int64_t after = 0;
};

// One answer (or timeout) and how it changed the state: a step of a test run, shown beside the answer, and a
// step of a replay (studio_replay.h), shown on the graph.
struct PlayStep {
    NodeIndex node = no_node;      // where the answer was given
    int choice = -1;               // the node's choice as authored (0-based); -1 when the time ran out
    NodeIndex next = no_node;      // where the session went on
    NodeIndex led_to = no_node;    // where the answer's goto led (Decision::led_to): the arrow taken
    bool mood_zero = false;        // mood fell to 0 and the scenario's on_mood_zero took over (the detour)
    int mood_before = 0;
    int mood_after = 0;            // after the answer and the next node's on_enter
    int arrival_mood = 0;          // of that change, what the next node's on_enter did
    std::vector<int> points;       // per skill, what the answer earned
    std::vector<int> totals_after; // per skill
    std::vector<FlagChange> flags; // only the flags whose value changed, in Scenario::flags order

    bool timed_out() const { return choice < 0; }
};

// Takes `choice` (authored index, offered) or, for -1, lets the time run out (can_time_out()) in `session`,
// and says what it changed. Anything else is a programming error (std::logic_error, from Session).
PlayStep play_step(Session& session, int choice);

class TestPlay {
public:
    // Starts at the scenario's start, as a trainee would. The scenario must be playable (loaded without
    // errors, LoadedScenario::playable()); a null scenario or one with no start is a programming error
    // (std::logic_error), as for Session.
    explicit TestPlay(std::shared_ptr<const Scenario> scenario);

    // Plays from `state` from now on (see SessionStart: the node's on_enter is not applied unless asked).
    // Returns what is wrong with it (session_start_problem), in which case nothing changes; empty when started.
    // To change the state where the session stands (the trainer edits mood or a flag mid-test), start from
    // session().state() with the change. After a reload, node indices and flags may differ: rebuild the start
    // by node id and flag name.
    std::string start(const SessionStart& state);
    // Back to the state last started from, with nothing played.
    void restart();
    const SessionStart& start_state() const { return start_; }

    // What the trainer reads: node, mood, flags, totals, visited, the history since the start state.
    const Session& session() const { return session_; }
    const Scenario& scenario() const { return session_.scenario(); }
    NodeIndex current() const { return session_.current(); }
    bool finished() const { return session_.finished(); }

    // The choices whose conditions hold here (authored indices, in authored order: the studio lists every
    // choice and greys the others, so it speaks of them by their authored numbers).
    std::vector<int> offered() const { return session_.offered_choices(); }
    bool can_time_out() const { return session_.can_time_out(); }

    // Takes the node's choice `choice` (authored index). False, with nothing changed, when it is not offered
    // (out of range, its condition false, or at an ending).
    bool choose(int choice);
    // Lets the time run out. False, with nothing changed, when no timeout can fire here.
    bool time_out();
    // Undoes the last answer: the session is replayed from the start state without it (play is
    // deterministic, so it is exactly the state before). False, with nothing changed, at the start state.
    bool step_back();

    // One entry per answer given since the start state, in order.
    const std::vector<PlayStep>& log() const { return log_; }
    std::size_t steps() const { return log_.size(); }

private:
    void take(int choice);  // offered, or -1 for a timeout that can fire

    std::shared_ptr<const Scenario> scenario_;
    SessionStart start_;
    Session session_;
    std::vector<int> answers_;  // what was taken since start_, -1 for a timeout: what step_back replays
    std::vector<PlayStep> log_;
};

// The state a recorded session was in when it first stood at `node` waiting for an answer (after the node's
// on_enter): for playing from there in the studio. A node it passed through only because on_mood_zero took
// over on arrival does not count.
struct RecordedState {
    std::optional<SessionStart> state;  // empty when it never stood there, or the decisions do not fit
    std::size_t answers = 0;            // how many answers it had given on arriving
    std::string reason;                 // why `state` is empty

    explicit operator bool() const { return state.has_value(); }
};

RecordedState state_at_node(const std::shared_ptr<const Scenario>& scenario, const std::vector<DecisionRecord>& decisions,
                            NodeIndex node);

}  // namespace frontdesk
