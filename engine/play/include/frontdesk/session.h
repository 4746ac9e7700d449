// A Session plays one scenario: where the conversation is, the character's mood, flags, each skill's running
// total, and the history of decisions with response times. The scenario itself never changes.
#pragma once

#include <cstdint>
#include <memory>
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

    bool timed_out() const { return choice < 0; }
};

class Session {
public:
    explicit Session(std::shared_ptr<const Scenario> scenario);

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
    const std::vector<Decision>& history() const { return history_; }

private:
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
