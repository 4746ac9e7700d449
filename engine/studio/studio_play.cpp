// The studio's test run and the state of a recorded session at a node.
#include "frontdesk/studio_play.h"

#include <stdexcept>

#include "frontdesk/session_state.h"

namespace frontdesk {

namespace {

std::shared_ptr<const Scenario> checked(std::shared_ptr<const Scenario> scenario) {
    if (!scenario || scenario->start == no_node) throw std::logic_error("TestPlay needs a loaded scenario with a start node");
    return scenario;
}

}  // namespace

TestPlay::TestPlay(std::shared_ptr<const Scenario> scenario) : scenario_(checked(std::move(scenario))), session_(scenario_) {
    // The scenario's own start with its on_enter, as a trainee's session begins: what restart() comes back to
    // until another start is given.
    start_.node = no_node;
    start_.apply_on_enter = true;
}

std::string TestPlay::start(const SessionStart& state) {
    std::string problem = session_start_problem(*scenario_, state);
    if (!problem.empty()) return problem;
    start_ = state;
    restart();
    return {};
}

void TestPlay::restart() {
    session_ = Session(scenario_, start_);
    answers_.clear();
    log_.clear();
}

bool TestPlay::choose(int choice) {
    if (!session_.is_offered(choice)) return false;
    take(choice);
    return true;
}

bool TestPlay::time_out() {
    if (!session_.can_time_out()) return false;
    take(-1);
    return true;
}

void TestPlay::take(int choice) {
    std::vector<std::int64_t> flags_before = session_.flags();
    const Decision& decision = choice < 0 ? session_.time_out(0) : session_.choose(choice, 0);
    StateChange change;
    change.node = decision.node;
    change.choice = decision.choice;
    change.next = decision.next;
    change.mood_zero = decision.mood_zero;
    change.mood_before = decision.mood_before;
    change.mood_after = decision.mood_after;
    change.arrival_mood = decision.arrival_mood;
    change.points = decision.score;
    change.totals_after = session_.totals();
    for (std::size_t f = 0; f < flags_before.size(); ++f)
        if (flags_before[f] != session_.flags()[f])
            change.flags.push_back({static_cast<int>(f), flags_before[f], session_.flags()[f]});
    answers_.push_back(choice);
    log_.push_back(std::move(change));
}

bool TestPlay::step_back() {
    if (answers_.empty()) return false;
    std::vector<int> answers = answers_;
    answers.pop_back();
    restart();
    for (int answer : answers) take(answer);  // deterministic: each was offered (or could time out) before
    return true;
}

RecordedState state_at_node(const std::shared_ptr<const Scenario>& scenario, const std::vector<DecisionRecord>& decisions,
                            NodeIndex node) {
    RecordedState found;
    if (!scenario || scenario->start == no_node) {
        found.reason = "the scenario cannot be played (it has no start node)";
        return found;
    }
    if (node < 0 || static_cast<std::size_t>(node) >= scenario->nodes.size()) {
        found.reason = "node " + std::to_string(node) + " is not one of the scenario's " + std::to_string(scenario->nodes.size()) + " nodes";
        return found;
    }
    std::string error;
    std::optional<Session> whole = replay_session(scenario, decisions, error);
    if (!whole) {
        found.reason = "the recorded session does not fit this version of the scenario: " + error;
        return found;
    }
    // Where the session stood waiting: the start (after its on_enter), then after each answer its next node.
    std::optional<std::size_t> answers;
    if (Session(scenario).current() == node) answers = 0;
    for (std::size_t i = 0; !answers && i < whole->history().size(); ++i)
        if (whole->history()[i].next == node) answers = i + 1;
    if (!answers) {
        found.reason = "the recorded session never reached node '" + scenario->nodes[static_cast<std::size_t>(node)].id + "'";
        return found;
    }
    std::vector<DecisionRecord> before(decisions.begin(), decisions.begin() + static_cast<std::ptrdiff_t>(*answers));
    std::optional<Session> there = replay_session(scenario, before, error);
    if (!there) throw std::logic_error("a prefix of a replayed session failed to replay: " + error);
    found.state = there->state();
    found.answers = *answers;
    return found;
}

}  // namespace frontdesk
