// Exploring paths by replay: a path is the list of move positions taken at each step, enumerated in order
// like an odometer and replayed from the start each time. That costs a path's length per path, no more
// than copying a session at every branch would, and keeps a single Session (with its exact rules: conditions,
// conditional gotos, on_enter, on_mood_zero) as the only thing that knows how a conversation moves.
#include "frontdesk/path_exploration.h"

#include <random>

#include "frontdesk/strategies.h"

namespace frontdesk {

namespace {

// What a trainee can do at the session's node: each offered choice, then the timeout (-1) when one can fire.
std::vector<int> moves(const Session& session) {
    std::vector<int> out = session.offered_choices();
    if (session.can_time_out()) out.push_back(-1);
    return out;
}

void take(Session& session, int move) {
    if (move < 0) session.time_out(0);
    else session.choose(move, 0);
}

// Spends a budget of work: a step costs the node's choices (each condition is evaluated), a new session
// its nodes' worth of bookkeeping.
class Budget {
public:
    explicit Budget(std::size_t total) : left_(total) {}
    bool spend(std::size_t amount) {
        if (amount > left_) {
            left_ = 0;
            return false;
        }
        left_ -= amount;
        return true;
    }
    bool exhausted() const { return left_ == 0; }

private:
    std::size_t left_;
};

std::size_t step_cost(const Session& session) { return session.node().choices.size() + 1; }
std::size_t start_cost(const Scenario& scenario) { return scenario.nodes.size() / 16 + 1; }

class Explorer {
public:
    Explorer(const std::shared_ptr<const Scenario>& scenario, const Analysis& analysis)
        : scenario_(scenario), analysis_(analysis), step_limit_(default_step_limit(*scenario)) {}

    // Tries every path in order; true when all were explored within the budget.
    bool explore_all(Budget& budget) {
        struct Step {
            std::size_t position;
            std::size_t count;
        };
        std::vector<Step> odometer;
        for (;;) {
            if (!budget.spend(start_cost(*scenario_))) return false;
            Session session(scenario_);
            std::size_t depth = 0;
            while (!session.finished() && depth < static_cast<std::size_t>(step_limit_)) {
                if (!budget.spend(step_cost(session))) return false;
                std::vector<int> here = moves(session);
                if (depth == odometer.size()) odometer.push_back({0, here.size()});
                take(session, here[odometer[depth].position]);
                ++depth;
            }
            record(session);
            // A path can end earlier than the odometer remembers only if replay differed; it never does,
            // but trimming keeps the enumeration right whatever happens.
            odometer.resize(depth);
            while (!odometer.empty() && odometer.back().position + 1 == odometer.back().count) odometer.pop_back();
            if (odometer.empty()) return true;
            ++odometer.back().position;
        }
    }

    void sample(Budget& budget, std::uint64_t seed) {
        // A fixed engine and plain modulo give the same paths for a seed on every platform.
        std::mt19937_64 random(seed);
        while (budget.spend(start_cost(*scenario_))) {
            Session session(scenario_);
            int depth = 0;
            while (!session.finished() && depth < step_limit_) {
                if (!budget.spend(step_cost(session))) return;
                std::vector<int> here = moves(session);
                take(session, here[static_cast<std::size_t>(random() % here.size())]);
                ++depth;
            }
            record(session);
        }
    }

    PathExploration result;

private:
    void record(const Session& session) {
        if (!session.at_ending()) return;  // stuck or looping: playtest reports those
        ++result.complete_paths;
        EndingKind ending = session.ending();
        if (ending != EndingKind::success && ending != EndingKind::failure) return;
        SessionResult scored = score_session(*scenario_, analysis_, session.history(), ending);
        std::optional<ExploredPath>& kept = ending == EndingKind::success ? result.lowest_success : result.highest_failure;
        bool better = !kept || (ending == EndingKind::success ? scored.overall < kept->result.overall
                                                               : scored.overall > kept->result.overall);
        if (better) kept = ExploredPath{session.history(), session.current(), std::move(scored)};
    }

    std::shared_ptr<const Scenario> scenario_;
    const Analysis& analysis_;
    int step_limit_;
};

}  // namespace

PathExploration explore_paths(const std::shared_ptr<const Scenario>& scenario, const Analysis& analysis,
                              const ExplorationLimits& limits) {
    Explorer explorer(scenario, analysis);
    if (scenario->start == no_node) return explorer.result;
    Budget exhaustive(limits.exhaustive_budget);
    explorer.result.exhaustive = explorer.explore_all(exhaustive);
    if (!explorer.result.exhaustive) {
        Budget sampled(limits.sampled_budget);
        explorer.sample(sampled, limits.seed);
    }
    return explorer.result;
}

}  // namespace frontdesk
