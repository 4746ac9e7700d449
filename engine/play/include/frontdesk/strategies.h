// Trainees who follow one rule at every step instead of judgement (always the longest answer, always the
// first listed, always the most points...): how playtest and the tell checks find out whether a scenario can
// be passed, or failed, by reading something other than what the answers say.
#pragma once

#include <array>
#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "frontdesk/analysis.h"
#include "frontdesk/scenario.h"
#include "frontdesk/scoring.h"
#include "frontdesk/session.h"

namespace frontdesk {

enum class Strategy { random, longest, shortest, first, last, best, worst };

const char* strategy_name(Strategy strategy);
std::optional<Strategy> strategy_from_name(std::string_view name);

// The rules that always pick the same answer, in the order reports list them.
constexpr std::array<Strategy, 6> deterministic_strategies{Strategy::longest, Strategy::shortest, Strategy::first,
                                                           Strategy::last,    Strategy::best,     Strategy::worst};

// An answer's length as a trainee reads it: characters (code points) of its text.
std::size_t answer_length(const Choice& choice);
// A choice's or a timeout's points summed over the skills.
int total_points(const Effect& effect);

// The choice a deterministic rule takes among `offered` (indices into the node's choices, in authored order,
// not empty): the longest, the shortest, the first, the last, the most or the fewest points; a tie goes to
// the first in authored order. `strategy` must not be random (std::logic_error).
int pick_choice(const Node& node, const std::vector<int>& offered, Strategy strategy);

// A run of the scenario under one rule, from the start.
struct RuleRun {
    std::vector<Decision> path;      // the decisions taken, in order
    NodeIndex stopped_at = no_node;  // the ending reached, or where the run was stuck or given up
    bool stuck = false;              // no answer offered and no timeout possible
    bool looping = false;            // still going after the step limit (or the work limit of a hostile file)
    SessionResult result;            // the debrief's figures; ending none when the run did not reach an ending

    bool finished() const { return result.ending != EndingKind::none; }
};

struct StrategyRun : RuleRun {
    Strategy strategy = Strategy::first;
};

// Plays the scenario with `strategy` (not random) from the start, never letting the time run out unless a
// timeout is the only way on. `step_limit` 0 takes the playtest default (10 x nodes + 50).
StrategyRun run_strategy(const std::shared_ptr<const Scenario>& scenario, const Analysis& analysis, Strategy strategy,
                         int step_limit = 0);

// Each of deterministic_strategies run once, in that order: the table playtest ends every report with, and
// the studio's "Tells and balance".
std::vector<StrategyRun> run_deterministic_strategies(const std::shared_ptr<const Scenario>& scenario, const Analysis& analysis);

// The answers the trainer marked `ideal: true`, followed from the start (spec: the declared ideal path).
struct IdealPath : RuleRun {
    bool declared = false;           // some answer of the scenario is marked ideal
    NodeIndex missing_at = no_node;  // reached, but none of the answers offered there is marked ideal
    // The skills (indices) whose best this path does not score in full.
    std::vector<std::size_t> short_skills;

    // A success ending with 100% of every skill's best.
    bool is_best() const { return result.ending == EndingKind::success && short_skills.empty(); }
};

IdealPath follow_ideal_path(const std::shared_ptr<const Scenario>& scenario, const Analysis& analysis);

// A path as messages show it: "opening 3 -> details 1 -> fix 1" (authored choice numbers, a timeout as "(no
// answer in time)"), a long one shortened in the middle, node ids escaped and cut as message_text does.
std::string describe_path(const Scenario& scenario, const std::vector<Decision>& path);

// The playtest's step limit: steps after which a run counts as looping.
int default_step_limit(const Scenario& scenario);

}  // namespace frontdesk
