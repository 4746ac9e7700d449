#include "frontdesk/session.h"

#include <algorithm>
#include <stdexcept>

namespace frontdesk {

Session::Session(std::shared_ptr<const Scenario> scenario) : scenario_(std::move(scenario)) {
    if (!scenario_ || scenario_->start == no_node) throw std::logic_error("Session needs a loaded scenario with a start node");
    mood_ = scenario_->character.mood;
    begin(scenario_->start);
    // The start node's on_enter is the situation the trainee walks into (a queue already waiting).
    arrive(nullptr);
}

Session::Session(std::shared_ptr<const Scenario> scenario, const SessionStart& start) : scenario_(std::move(scenario)) {
    if (!scenario_ || scenario_->start == no_node) throw std::logic_error("Session needs a loaded scenario with a start node");
    std::string problem = session_start_problem(*scenario_, start);
    if (!problem.empty()) throw std::logic_error("cannot start a session there: " + problem);
    mood_ = std::clamp(start.mood.value_or(scenario_->character.mood), 0, 100);
    begin(start.node == no_node ? scenario_->start : start.node);
    for (std::size_t s = 0; s < start.totals.size(); ++s)
        totals_[s] = std::clamp(start.totals[s], -session_total_limit, session_total_limit);
    if (!start.flags.empty()) flags_ = start.flags;
    for (std::size_t u = 0; u < start.visited.size(); ++u) visited_[u] = visited_[u] || start.visited[u];
    if (start.apply_on_enter) arrive(nullptr);
}

void Session::begin(NodeIndex node) {
    current_ = node;
    totals_.assign(scenario_->skills.size(), 0);
    flags_.assign(scenario_->flags.size(), 0);
    visited_.assign(scenario_->nodes.size(), false);
    visited_[static_cast<std::size_t>(current_)] = true;
    history_.reserve(16);  // a conversation's usual length, so a session grows its history once at most
}

std::string session_start_problem(const Scenario& scenario, const SessionStart& start) {
    auto count = [](std::size_t n, const char* what) { return std::to_string(n) + " " + what; };
    if (start.node != no_node && (start.node < 0 || static_cast<std::size_t>(start.node) >= scenario.nodes.size()))
        return "node " + std::to_string(start.node) + " is not one of the scenario's " + count(scenario.nodes.size(), "nodes");
    if (start.node == no_node && scenario.start == no_node) return "the scenario has no start node";
    if (!start.flags.empty() && start.flags.size() != scenario.flags.size())
        return count(start.flags.size(), "flag values") + " given for the scenario's " + count(scenario.flags.size(), "flags");
    if (!start.totals.empty() && start.totals.size() != scenario.skills.size())
        return count(start.totals.size(), "skill totals") + " given for the scenario's " + count(scenario.skills.size(), "skills");
    if (!start.visited.empty() && start.visited.size() != scenario.nodes.size())
        return count(start.visited.size(), "visited marks") + " given for the scenario's " + count(scenario.nodes.size(), "nodes");
    return {};
}

SessionStart Session::state() const {
    SessionStart state;
    state.node = current_;
    state.mood = mood_;
    state.flags = flags_;
    state.totals = totals_;
    state.visited = visited_;
    return state;
}

// Arriving at the current node: its on_enter applies before any answer is offered, and when it brings mood
// to 0 the scenario's on_mood_zero takes over, as after an answer (the analysis assumes the same).
void Session::arrive(Decision* decision) {
    for (int hops = 0; hops < 2; ++hops) {
        const Node& here = node();
        if (!here.on_enter) return;
        int before = mood_;
        for (const FlagAssignment& assignment : here.on_enter->set) flags_[static_cast<std::size_t>(assignment.flag)] = assignment.value;
        mood_ = std::clamp(mood_ + here.on_enter->mood, 0, 100);
        if (decision) {
            decision->arrival_mood += mood_ - before;
            decision->mood_after = mood_;
        }
        bool to_zero = here.on_enter->mood < 0 && mood_ == 0 && scenario_->on_mood_zero != no_node && current_ != scenario_->on_mood_zero;
        if (!to_zero) return;
        current_ = scenario_->on_mood_zero;
        visited_[static_cast<std::size_t>(current_)] = true;
        if (decision) {
            decision->next = current_;
            decision->mood_zero = true;
        }
        // on_mood_zero's own on_enter applies once; the loop cannot go round again (current_ is on_mood_zero).
    }
}

ExpressionInputs Session::inputs() const { return {mood_, &totals_, &flags_, &visited_}; }

// offered_choices and is_offered run at every step of the analysis's path exploration (hundreds of thousands
// of times when the library loads): one allocation for the list, none for the check.
std::vector<int> Session::offered_choices() const {
    std::vector<int> offered;
    if (at_ending()) return offered;
    const Node& here = node();
    offered.reserve(here.choices.size());
    ExpressionInputs in = inputs();
    for (std::size_t c = 0; c < here.choices.size(); ++c) {
        const Choice& choice = here.choices[c];
        if (!choice.condition || choice.condition->holds(in)) offered.push_back(static_cast<int>(c));
    }
    return offered;
}

bool Session::is_offered(int choice) const {
    if (at_ending() || choice < 0 || static_cast<std::size_t>(choice) >= node().choices.size()) return false;
    const Choice& offered = node().choices[static_cast<std::size_t>(choice)];
    return !offered.condition || offered.condition->holds(inputs());
}

bool Session::can_time_out() const {
    return !at_ending() && scenario_->has_timeouts() && node().on_timeout.has_value();
}

bool Session::stuck() const { return !at_ending() && offered_choices().empty() && !can_time_out(); }

const Decision& Session::choose(int choice, double response_seconds) {
    if (!is_offered(choice)) throw std::logic_error("choice " + std::to_string(choice) + " is not offered at node '" + node().id + "'");
    return apply(node().choices[static_cast<std::size_t>(choice)], choice, response_seconds);
}

const Decision& Session::time_out(double response_seconds) {
    if (!can_time_out()) throw std::logic_error("no timeout can fire at node '" + node().id + "'");
    return apply(*node().on_timeout, -1, response_seconds);
}

// The first entry of a conditional goto whose condition holds, else the plain target. Called after the
// answer's set, score and mood are applied, so its conditions see them.
NodeIndex Session::destination(const Effect& effect) const {
    if (effect.conditional_gotos.empty()) return effect.target;
    ExpressionInputs in = inputs();
    for (const ConditionalGoto& entry : effect.conditional_gotos)
        if (entry.condition && entry.condition->holds(in)) return entry.target;
    return effect.target;
}

const Decision& Session::apply(const Effect& effect, int choice, double response_seconds) {
    Decision decision;
    decision.node = current_;
    decision.choice = choice;
    decision.offered = offered_choices();
    decision.response_seconds = response_seconds;
    decision.score = effect.score;
    decision.mood_before = mood_;
    for (std::size_t s = 0; s < totals_.size(); ++s) totals_[s] += effect.score[s];
    for (const FlagAssignment& assignment : effect.set) flags_[static_cast<std::size_t>(assignment.flag)] = assignment.value;
    mood_ = std::clamp(mood_ + effect.mood, 0, 100);
    decision.mood_after = mood_;
    decision.next = destination(effect);
    decision.led_to = decision.next;
    if (effect.mood < 0 && mood_ == 0 && scenario_->on_mood_zero != no_node) {
        decision.next = scenario_->on_mood_zero;
        decision.led_to = no_node;
        decision.mood_zero = true;
    }
    current_ = decision.next;
    visited_[static_cast<std::size_t>(current_)] = true;
    arrive(&decision);
    history_.push_back(std::move(decision));
    return history_.back();
}

}  // namespace frontdesk
