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

PlayStep play_step(Session& session, int choice) {
    std::vector<std::int64_t> flags_before = session.flags();
    const Decision& decision = choice < 0 ? session.time_out(0) : session.choose(choice, 0);
    PlayStep step;
    step.node = decision.node;
    step.choice = decision.choice;
    step.next = decision.next;
    step.led_to = decision.led_to;
    step.mood_zero = decision.mood_zero;
    step.mood_before = decision.mood_before;
    step.mood_after = decision.mood_after;
    step.arrival_mood = decision.arrival_mood;
    step.points = decision.score;
    step.totals_after = session.totals();
    for (std::size_t f = 0; f < flags_before.size(); ++f)
        if (flags_before[f] != session.flags()[f]) step.flags.push_back({static_cast<int>(f), flags_before[f], session.flags()[f]});
    return step;
}

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
    log_.push_back(play_step(session_, choice));
    answers_.push_back(choice);
}

bool TestPlay::step_back() {
    if (answers_.empty()) return false;
    std::vector<int> answers = answers_;
    answers.pop_back();
    restart();
    // Deterministic: each answer is offered again (or the time can run out again) where it was before.
    for (int answer : answers) take(answer);
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
