// Replays as steps, the cursor over them, and the graph's boxes and arrows a step went along.
#include "frontdesk/studio_replay.h"

#include <algorithm>

#include "frontdesk/session_state.h"

namespace frontdesk {

Replay replay_of_decisions(const std::shared_ptr<const Scenario>& scenario, const std::vector<Decision>& decisions) {
    Replay replay;
    // Where a fresh session stands and its mood (the start's on_enter applied, perhaps on_mood_zero taken).
    Session session(scenario);
    replay.start = session.current();
    replay.start_mood = session.mood();
    replay.start_totals = session.totals();
    replay.steps.reserve(decisions.size());
    for (const Decision& decision : decisions) {
        bool follows = decision.node == session.current() &&
                       (decision.timed_out() ? session.can_time_out() : session.is_offered(decision.choice));
        if (!follows) break;
        replay.steps.push_back(play_step(session, decision.choice));
    }
    return replay;
}

Replay replay_of_run(const std::shared_ptr<const Scenario>& scenario, const RuleRun& run) { return replay_of_decisions(scenario, run.path); }

std::optional<Replay> replay_of_recording(const std::shared_ptr<const Scenario>& scenario, const std::vector<DecisionRecord>& decisions,
                                          std::string& error) {
    // Replayed through a Session, so each step's state is the engine's own and a record that does not fit
    // this version of the scenario is refused rather than drawn wrongly.
    std::optional<Session> session = replay_session(scenario, decisions, error);
    if (!session) return std::nullopt;
    return replay_of_decisions(scenario, session->history());
}

bool ReplayCursor::next() {
    if (at_last()) return false;
    ++position_;
    return true;
}

bool ReplayCursor::previous() {
    if (at_first()) return false;
    --position_;
    return true;
}

void ReplayCursor::go_to(std::size_t position) { position_ = std::min(position, replay_.steps.size()); }

NodeIndex ReplayCursor::node() const { return position_ == 0 ? replay_.start : replay_.steps[position_ - 1].next; }

const PlayStep* ReplayCursor::taken() const { return position_ == 0 ? nullptr : &replay_.steps[position_ - 1]; }

const PlayStep* ReplayCursor::upcoming() const { return at_last() ? nullptr : &replay_.steps[position_]; }

int ReplayCursor::mood() const { return position_ == 0 ? replay_.start_mood : replay_.steps[position_ - 1].mood_after; }

const std::vector<int>& ReplayCursor::totals() const {
    return position_ == 0 ? replay_.start_totals : replay_.steps[position_ - 1].totals_after;
}

std::optional<std::size_t> graph_box_of(const GraphModel& model, NodeIndex node) {
    if (node == no_node) return std::nullopt;
    // build_graph_model puts node u's box at index u; looked for when a model does not.
    auto u = static_cast<std::size_t>(node);
    if (node >= 0 && u < model.boxes.size() && model.boxes[u].node == node) return u;
    for (std::size_t b = 0; b < model.boxes.size(); ++b)
        if (model.boxes[b].node == node) return b;
    return std::nullopt;
}

std::vector<std::size_t> graph_arrows_of(const GraphModel& model, const PlayStep& step) {
    std::vector<std::size_t> arrows;
    std::optional<std::size_t> from = graph_box_of(model, step.node), to = graph_box_of(model, step.led_to);
    ArrowKind kind = step.timed_out() ? ArrowKind::timeout : ArrowKind::choice;
    if (from && to) {
        for (std::size_t a = 0; a < model.arrows.size(); ++a) {
            const GraphArrow& arrow = model.arrows[a];
            // Two entries of a conditional goto to the same node draw two arrows; the first stands for both.
            if (arrow.from == *from && arrow.to == *to && arrow.kind == kind && arrow.choice == step.choice) {
                arrows.push_back(a);
                break;
            }
        }
    }
    if (step.mood_zero) {
        for (std::size_t a = 0; a < model.arrows.size(); ++a)
            if (model.arrows[a].kind == ArrowKind::mood_zero) {
                arrows.push_back(a);
                break;
            }
    }
    return arrows;
}

}  // namespace frontdesk
