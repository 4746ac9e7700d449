// A Session plays one scenario: where the conversation is, the character's mood, flags, each skill's running
// total, and the history of decisions with response times. The scenario itself never changes.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "frontdesk/scenario.h"

namespace frontdesk {

struct Decision {
    NodeIndex node = no_node;
    int choice = -1;                 // index in the node's choices; -1 when the trainee ran out of time
    std::vector<int> offered;        // the choices whose conditions held when the decision was made
    double response_seconds = 0;
    std::vector<int> score;          // points per skill this decision earned
    int mood_before = 0;
    int mood_after = 0;              // after the answer and the on_enter of the node it led to
    int arrival_mood = 0;            // of that change, what the next node's on_enter did (time passing)
    NodeIndex next = no_node;
    bool mood_zero = false;          // mood fell to 0 and the scenario's on_mood_zero node took over
    // Where the answer's goto led and arrived (its on_enter applied): `next`, unless that on_enter brought mood
    // to 0 and on_mood_zero took over; no_node when the answer's own mood did, so the goto was never followed.
    // The studio highlights the arrow to it, then the detour.
    NodeIndex led_to = no_node;

    bool timed_out() const { return choice < 0; }
};

// A state to play from other than the scenario's start: the studio's "play from here", with the state set by
// the trainer or taken from a recorded session at that point. What is left empty is as at the start.
struct SessionStart {
    NodeIndex node = no_node;        // no_node: the scenario's start
    std::optional<int> mood;         // empty: the character's mood; clamped to 0..100 as play keeps it
    std::vector<std::int64_t> flags; // one value per Scenario::flags, in its order; empty: all 0
    std::vector<int> totals;         // one running total per skill; empty: all 0; clamped to +-session_total_limit
    std::vector<bool> visited;       // one per node (what visited() conditions see); empty: none. The node
                                     // played from always counts as visited.
    // Whether the node's on_enter applies on starting there. A state set by hand is the state the trainer
    // wants to test, and a state taken from a recording at a node is already after its on_enter: neither
    // wants it applied again, hence false. The scenario's own start always applies it (the queue waiting).
    bool apply_on_enter = false;
};

// How far a hand-set skill total may go: far beyond what any scenario scores (at most 100 a skill an answer),
// and far from int overflow however long a test goes on.
constexpr int session_total_limit = 1'000'000;

// What is wrong with `start` for `scenario` (a node out of range, flags or totals or visited of the wrong
// size), in a sentence; empty when a Session can start there. Mood and totals out of range are not wrong:
// they are clamped.
std::string session_start_problem(const Scenario& scenario, const SessionStart& start);

class Session {
public:
    explicit Session(std::shared_ptr<const Scenario> scenario);
    // Plays from `start` instead of the scenario's start: the history is empty (it holds what is played from
    // here), totals and flags are those given. A start with a problem (session_start_problem) is a programming
    // error (std::logic_error): callers check it first, as the studio's TestPlay does.
    Session(std::shared_ptr<const Scenario> scenario, const SessionStart& start);

    const Scenario& scenario() const { return *scenario_; }
    const std::shared_ptr<const Scenario>& scenario_ptr() const { return scenario_; }
    NodeIndex current() const { return current_; }
    const Node& node() const { return scenario_->nodes[static_cast<std::size_t>(current_)]; }

    // At an ending. A session can also be stuck: no choice's condition holds and no timeout can fire.
    bool at_ending() const { return node().is_ending(); }
    bool stuck() const;
    bool finished() const { return at_ending() || stuck(); }
    EndingKind ending() const { return node().ending; }

    std::vector<int> offered_choices() const;
    bool is_offered(int choice) const;
    bool can_time_out() const;

    // Takes an offered choice. Passing one that is not offered is a programming error (std::logic_error).
    const Decision& choose(int choice, double response_seconds = 0);
    // The trainee did not answer within the time limit; requires can_time_out().
    const Decision& time_out(double response_seconds);

    int mood() const { return mood_; }
    const std::vector<int>& totals() const { return totals_; }
    const std::vector<std::int64_t>& flags() const { return flags_; }
    bool visited(NodeIndex node) const { return visited_[static_cast<std::size_t>(node)]; }
    const std::vector<bool>& visited_nodes() const { return visited_; }
    const std::vector<Decision>& history() const { return history_; }

    // Where the session is now and in what state, as a start to play from (on_enter not applied again).
    SessionStart state() const;

private:
    void begin(NodeIndex node);
    const Decision& apply(const Effect& effect, int choice, double response_seconds);
    ExpressionInputs inputs() const;
    NodeIndex destination(const Effect& effect) const;
    void arrive(Decision* decision);

    std::shared_ptr<const Scenario> scenario_;
    NodeIndex current_ = no_node;
    int mood_ = 50;
    std::vector<int> totals_;
    std::vector<std::int64_t> flags_;
    std::vector<bool> visited_;
    std::vector<Decision> history_;
};

}  // namespace frontdesk
