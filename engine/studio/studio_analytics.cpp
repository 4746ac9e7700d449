// Sessions and decisions of one scenario, counted on the nodes and arrows of the file as it is now.
#include "frontdesk/studio_analytics.h"

#include <algorithm>
#include <numeric>
#include <set>
#include <unordered_map>

#include "frontdesk/session.h"

namespace frontdesk {

namespace {

long long points(const Effect& effect) { return std::accumulate(effect.score.begin(), effect.score.end(), 0LL); }

bool valid(const Scenario& scenario, NodeIndex node) { return node >= 0 && static_cast<std::size_t>(node) < scenario.nodes.size(); }

// One session's decisions walked on the scenario: replayed while they fit, counted at their nodes after.
class SessionWalk {
public:
    SessionWalk(const LoadedScenario& loaded, StudioAnalytics& counts) : scenario_(*loaded.scenario), counts_(counts) {
        if (loaded.playable() && valid(scenario_, scenario_.start)) session_.emplace(loaded.scenario);
    }

    void decision(const DecisionRecord& record) {
        NodeIndex node = scenario_.find_node(record.node);
        bool timed_out = record.timed_out || record.choice < 0;
        if (node == no_node) return not_matched();
        const Node& here = scenario_.nodes[static_cast<std::size_t>(node)];
        const Effect* effect = nullptr;
        if (timed_out) effect = here.on_timeout ? &*here.on_timeout : nullptr;
        else if (static_cast<std::size_t>(record.choice) < here.choices.size()) effect = &here.choices[static_cast<std::size_t>(record.choice)];
        if (!effect) return not_matched();

        std::vector<int> offered;
        if (session_ && session_->current() == node && (timed_out ? session_->can_time_out() : session_->is_offered(record.choice))) {
            offered = session_->offered_choices();
            if (timed_out) session_->time_out(0);
            else session_->choose(record.choice, 0);
        } else {
            session_.reset();
            for (std::size_t c = 0; c < here.choices.size(); ++c)
                if (!here.choices[c].condition || static_cast<int>(c) == record.choice) offered.push_back(static_cast<int>(c));
        }

        ++counts_.decisions;
        ++counts_.arrivals[static_cast<std::size_t>(node)];
        if (timed_out) ++counts_.timeouts[static_cast<std::size_t>(node)];
        else ++counts_.taken[static_cast<std::size_t>(node)][static_cast<std::size_t>(record.choice)];

        long long best = points(*effect);
        for (int c : offered) best = std::max(best, points(here.choices[static_cast<std::size_t>(c)]));
        NodeLoss& loss = counts_.losses[static_cast<std::size_t>(node)];
        ++loss.decisions;
        loss.total_lost += best - points(*effect);
    }

    // Where the session is after its last decision (its ending, or where it was left) is a node reached too,
    // when the replay still follows.
    void finish() {
        if (session_) ++counts_.arrivals[static_cast<std::size_t>(session_->current())];
    }

private:
    void not_matched() {
        ++counts_.not_matched;
        session_.reset();
    }

    const Scenario& scenario_;
    StudioAnalytics& counts_;
    std::optional<Session> session_;
};

}  // namespace

std::size_t StudioAnalytics::taken_count(NodeIndex node, int choice) const {
    if (node < 0 || static_cast<std::size_t>(node) >= taken.size()) return 0;
    if (choice < 0) return timeouts[static_cast<std::size_t>(node)];
    const std::vector<std::size_t>& at = taken[static_cast<std::size_t>(node)];
    return static_cast<std::size_t>(choice) < at.size() ? at[static_cast<std::size_t>(choice)] : 0;
}

std::vector<std::size_t> StudioAnalytics::arrow_counts(const GraphModel& model) const {
    std::vector<std::size_t> counts;
    counts.reserve(model.arrows.size());
    for (const GraphArrow& arrow : model.arrows) {
        NodeIndex node = arrow.from < model.boxes.size() ? model.boxes[arrow.from].node : no_node;
        if (arrow.kind == ArrowKind::choice) counts.push_back(arrow.choice >= 0 ? taken_count(node, arrow.choice) : 0);
        else if (arrow.kind == ArrowKind::timeout) counts.push_back(taken_count(node, -1));
        else counts.push_back(0);
    }
    return counts;
}

StudioAnalytics studio_analytics(const ResultsReader& store, const LoadedScenario& loaded) {
    StudioAnalytics counts;
    if (!loaded.scenario) return counts;
    const Scenario& scenario = *loaded.scenario;
    std::size_t nodes = scenario.nodes.size();
    counts.arrivals.assign(nodes, 0);
    counts.timeouts.assign(nodes, 0);
    counts.taken.resize(nodes);
    counts.losses.resize(nodes);
    for (std::size_t n = 0; n < nodes; ++n) {
        counts.taken[n].assign(scenario.nodes[n].choices.size(), 0);
        counts.losses[n].node = static_cast<NodeIndex>(n);
    }
    if (scenario.id.empty()) return counts;

    ResultsFilter filter;
    filter.scenario_id = scenario.id;
    std::string this_version = content_hash_hex(scenario);
    std::set<std::string> trainees;
    std::vector<std::int64_t> session_ids;
    store.scan_sessions(filter, [&](const SessionRecord& session) {
        ++counts.sessions;
        trainees.insert(session.trainee);
        if (session.scenario_hash != this_version) ++counts.other_version_sessions;
        session_ids.push_back(session.id);
    });
    counts.trainees = trainees.size();

    // Decisions come grouped by session, in sequence order within each.
    std::optional<SessionWalk> walk;
    std::int64_t current = 0;
    std::set<std::int64_t> walked;
    store.scan_decisions(filter, [&](const DecisionRecord& record) {
        if (!walk || record.session != current) {
            if (walk) walk->finish();
            walk.emplace(loaded, counts);
            current = record.session;
            walked.insert(current);
        }
        walk->decision(record);
    });
    if (walk) walk->finish();
    // A session without decisions reached the start and no further.
    for (std::int64_t id : session_ids)
        if (!walked.count(id) && loaded.playable() && valid(scenario, scenario.start)) ++counts.arrivals[static_cast<std::size_t>(scenario.start)];

    for (NodeLoss& loss : counts.losses) {
        if (loss.decisions == 0) continue;
        loss.average_lost = static_cast<double>(loss.total_lost) / static_cast<double>(loss.decisions);
        counts.most_lost.push_back(loss);
    }
    std::stable_sort(counts.most_lost.begin(), counts.most_lost.end(), [](const NodeLoss& a, const NodeLoss& b) {
        if (a.average_lost != b.average_lost) return a.average_lost > b.average_lost;
        if (a.decisions != b.decisions) return a.decisions > b.decisions;
        return a.node < b.node;
    });
    return counts;
}

}  // namespace frontdesk
