// A session replayed step by step on the studio's graph: a recorded session from the results store, or a
// playtest run under one rule. Each step names the node, the answer, where it led and the state after it; a
// cursor walks the steps, and the window highlights the node and the arrows of the step at the cursor.
#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "frontdesk/results_records.h"
#include "frontdesk/scenario.h"
#include "frontdesk/session.h"
#include "frontdesk/strategies.h"
#include "frontdesk/studio_graph.h"
#include "frontdesk/studio_play.h"

namespace frontdesk {

// A session's steps from the scenario's start (PlayStep, as the test run logs them).
struct Replay {
    NodeIndex start = no_node;        // where the session stood before its first answer
    int start_mood = 50;
    std::vector<int> start_totals;    // per skill
    std::vector<PlayStep> steps;
};

// The decisions a Session took from the scenario's start (Session::history, RuleRun::path), played again so
// each step has the state after it. Stops at the first decision that does not follow from the one before
// (none does, for decisions a Session took on this scenario).
Replay replay_of_decisions(const std::shared_ptr<const Scenario>& scenario, const std::vector<Decision>& decisions);
// A playtest run under one rule (run_strategy, run_deterministic_strategies).
Replay replay_of_run(const std::shared_ptr<const Scenario>& scenario, const RuleRun& run);
// A recorded session's decisions as read from the results store; empty, with `error` set, when they do not fit
// this version of the scenario.
std::optional<Replay> replay_of_recording(const std::shared_ptr<const Scenario>& scenario, const std::vector<DecisionRecord>& decisions,
                                          std::string& error);

// A place in a replay: 0 before the first answer, k after the k-th (k up to the number of steps).
class ReplayCursor {
public:
    explicit ReplayCursor(Replay replay) : replay_(std::move(replay)) {}

    const Replay& replay() const { return replay_; }
    std::size_t position() const { return position_; }
    std::size_t size() const { return replay_.steps.size(); }
    bool at_first() const { return position_ == 0; }
    bool at_last() const { return position_ == replay_.steps.size(); }

    // Each false, with the cursor unmoved, at the end it moves towards.
    bool next();
    bool previous();
    void first() { position_ = 0; }
    void last() { position_ = replay_.steps.size(); }
    // Clamped to the steps there are.
    void go_to(std::size_t position);

    // The node the session stands at here: the start, else where the step just taken went on.
    NodeIndex node() const;
    // The step just taken (its arrow is the one to highlight); null before the first answer.
    const PlayStep* taken() const;
    // The step to be taken next; null after the last.
    const PlayStep* upcoming() const;
    int mood() const;
    const std::vector<int>& totals() const;

private:
    Replay replay_;
    std::size_t position_ = 0;
};

// The box of `model` that draws `node`; empty when none does (a model of another version of the scenario).
std::optional<std::size_t> graph_box_of(const GraphModel& model, NodeIndex node);

// The arrows of `model` (indices into GraphModel::arrows) a step went along, in order: the answer's or the
// timeout's arrow to where it led, then the mood-zero marker's arrow when on_mood_zero took over. An answer
// whose own mood change sent the session to on_mood_zero has only the latter. Empty when the model has no such
// arrow (built from another version of the scenario).
std::vector<std::size_t> graph_arrows_of(const GraphModel& model, const PlayStep& step);

}  // namespace frontdesk
