// Building the coordinators' report in two passes over the store's streaming scans: the sessions once
// (overview, trends and scenarios together), then the decisions of the finished sessions (choices per node).
// The rows are counted here as they stream by, so every backend gives the same report and none has to group.
#include "frontdesk/results_report.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <climits>
#include <cstdint>
#include <map>
#include <numeric>
#include <string_view>
#include <tuple>
#include <unordered_map>

namespace frontdesk {

namespace {

struct Mean {
    double sum = 0;
    int count = 0;

    void add(double value) {
        sum += value;
        ++count;
    }
    std::optional<double> value() const {
        if (count == 0) return std::nullopt;
        return sum / count;
    }
};

struct ChoiceCount {
    int count = 0;
    std::int64_t latest_session = -1;  // whose words and score the report shows
    int latest_sequence = -1;
    std::size_t answer = 0;            // which answer that latest decision gave
};

// Choice indices are small (a node offers a handful); anything outside this is not from a scenario.
constexpr int max_choice = 255;

struct NodeCount {
    int first_step = INT_MAX;
    int reached = 0;
    int decisions = 0;
    std::int64_t last_session = -1;
    std::vector<ChoiceCount> choices;  // by index + 1: the timeout (-1) first
};

// Everything the passes accumulate before it becomes ReportData. Skills get slots in the order they are
// first seen; the slots are put in their final order at the end.
class ReportBuilder {
public:
    ReportBuilder(const ResultsReader& store, const ResultsFilter& filter, bool whole)
        : store_(store), filter_(filter), whole_(whole) {
        report_.filter = filter;
    }

    ReportData build() {
        load_trainees();
        load_sessions();
        if (whole_) load_decisions();
        finish();
        return std::move(report_);
    }

private:
    void load_trainees() {
        // Trainees matching the filter are listed even without an attempt: "who has not practised yet".
        store_.scan_trainees(filter_, [&](const TraineeRecord& record) {
            TraineeReport trainee;
            trainee.id = record.id;
            trainee.display_name = record.display_name;
            trainee.cohort = record.cohort;
            trainee_index_.emplace(trainee.id, report_.trainees.size());
            report_.trainees.push_back(std::move(trainee));
        });
        trainee_skills_.resize(report_.trainees.size());
        trainee_overall_.resize(report_.trainees.size());
        latest_finished_.resize(report_.trainees.size());
    }

    std::size_t skill_slot(const std::string& skill, int position) {
        for (std::size_t i = 0; i < skills_.size(); ++i) {
            if (skills_[i] != skill) continue;
            skill_positions_[i] = std::min(skill_positions_[i], position);
            return i;
        }
        skills_.push_back(skill);
        skill_positions_.push_back(position);
        return skills_.size() - 1;
    }

    static void add_skill(std::vector<Mean>& means, std::size_t slot, const std::optional<double>& percent) {
        if (means.size() <= slot) means.resize(slot + 1);
        if (percent) means[slot].add(*percent);
    }

    std::size_t scenario_slot(std::string_view id) {
        auto found = scenario_index_.find(id);
        if (found != scenario_index_.end()) return found->second;
        ScenarioReport scenario;
        scenario.id = std::string(id);
        report_.scenarios.push_back(std::move(scenario));
        scenario_skills_.emplace_back();
        scenario_overall_.emplace_back();
        scenario_latest_.emplace_back();
        nodes_.emplace_back();
        scenario_index_.emplace(std::string(id), report_.scenarios.size() - 1);
        return report_.scenarios.size() - 1;
    }

    // The sessions in the store's own order; the few things that depend on time order compare (start, id).
    void load_sessions() {
        double overall_sum = 0;
        store_.scan_session_outcomes(filter_, [&](const SessionRecord& record) {
            auto found = trainee_index_.find(record.trainee);
            if (found == trainee_index_.end()) return;  // not a kept trainee
            std::size_t t = found->second;
            TraineeReport& trainee = report_.trainees[t];
            std::int64_t id = record.id;
            const std::string& started = record.started_at;
            ++trainee.attempts;
            ++report_.attempts;
            if (started > trainee.last_practice) trainee.last_practice = started;
            if (report_.first_started.empty() || started < report_.first_started) report_.first_started = started;
            if (started > report_.last_started) report_.last_started = started;
            std::size_t scenario = whole_ ? scenario_slot(record.scenario_id) : 0;
            if (whole_) {
                ScenarioReport& s = report_.scenarios[scenario];
                ++s.attempts;
                if (later(started, id, scenario_latest_[scenario])) {  // title and language of the latest attempt
                    scenario_latest_[scenario] = {started, id};
                    s.title = record.scenario_title;
                    s.language = record.scenario_language;
                }
            }
            if (!record.finished()) return;  // unfinished: an attempt, nothing more

            bool passed = record.passed;
            double overall = record.overall;
            const std::string& ending = record.ending;
            ++trainee.finished;
            ++report_.finished;
            trainee.passed += passed ? 1 : 0;
            report_.passed += passed ? 1 : 0;
            trainee_overall_[t].add(overall);
            overall_sum += overall;
            if (later(started, id, latest_finished_[t])) {
                latest_finished_[t] = {started, id};
                trainee.latest_overall = overall;
            }
            ReportSession session;
            for (std::size_t position = 0; position < record.skills.size(); ++position) {
                const SkillScore& skill = record.skills[position];
                if (skill.skill.empty()) continue;  // a damaged entry: the session counts, this skill does not
                std::size_t slot = skill_slot(skill.skill, static_cast<int>(position));
                add_skill(trainee_skills_[t], slot, skill.percent);
                if (!whole_) continue;
                add_skill(scenario_skills_[scenario], slot, skill.percent);
                if (session.skills.size() <= slot) session.skills.resize(slot + 1);
                session.skills[slot] = {skill.raw, skill.percent};
            }
            if (!whole_) return;
            ScenarioReport& s = report_.scenarios[scenario];
            ++s.finished;
            s.passed += passed ? 1 : 0;
            scenario_overall_[scenario].add(overall);
            if (ending == "success") ++s.endings.success;
            else if (ending == "partial") ++s.endings.partial;
            else if (ending == "failure") ++s.endings.failure;
            session.id = id;
            session.scenario_id = s.id;
            session.scenario_title = record.scenario_title;
            session.scenario_language = record.scenario_language;
            session.started_at = started;
            session.ended_at = record.ended_at;
            session.ending = ending;
            session.overall = overall;
            session.passed = passed;
            session_scenario_.emplace(session.id, scenario);
            trainee.trend.push_back(std::move(session));
        });
        if (report_.finished > 0) report_.overall_mean = overall_sum / report_.finished;
        for (TraineeReport& trainee : report_.trainees)
            std::sort(trainee.trend.begin(), trainee.trend.end(), [](const ReportSession& a, const ReportSession& b) {
                return std::tie(a.started_at, a.id) < std::tie(b.started_at, b.id);
            });
    }

    // Whether (started, id) comes after `latest` (empty: nothing yet).
    static bool later(const std::string& started, std::int64_t id, const std::pair<std::string, std::int64_t>& latest) {
        if (latest.first.empty()) return true;
        return std::tie(started, id) > std::tie(latest.first, latest.second);
    }

    // The decisions of the finished sessions kept, as references to their answers: an answer's node is
    // looked up once per scenario, not once per decision, and each choice keeps which answer its latest
    // decision gave, whose words and score the report shows.
    void load_decisions() {
        ResultsFilter finished = filter_;
        finished.finished_only = true;
        // Slot 0: what a decision whose answer row is missing gave (nothing), as reading it whole gives it.
        std::vector<AnswerRecord> answers{AnswerRecord{0, "", 0, false, "", {}}};
        std::unordered_map<std::int64_t, std::size_t> answer_slot;
        struct Resolved {
            std::size_t scenario = SIZE_MAX;  // the scenario the node was last looked up for
            NodeCount* node = nullptr;
        };
        std::vector<Resolved> resolved(1);
        std::int64_t current = -1;
        std::size_t scenario = 0;
        bool kept = false;
        store_.scan_answered_decisions(
            finished,
            [&](const AnswerRecord& answer) {
                if (!answer_slot.emplace(answer.id, answers.size()).second) return;
                answers.push_back(answer);
                resolved.emplace_back();
            },
            [&](const AnsweredDecision& decision) {
                std::int64_t session = decision.session;
                if (session != current) {
                    current = session;
                    auto found = session_scenario_.find(session);
                    kept = found != session_scenario_.end();
                    if (kept) scenario = found->second;
                }
                if (!kept) return;
                auto slot_found = answer_slot.find(decision.answer);
                std::size_t a = slot_found == answer_slot.end() ? 0 : slot_found->second;
                Resolved& where = resolved[a];
                if (where.scenario != scenario) where = {scenario, &nodes_[scenario].try_emplace(answers[a].node).first->second};
                NodeCount& count = *where.node;
                count.first_step = std::min(count.first_step, decision.sequence);
                ++count.decisions;
                if (count.last_session != session) {
                    count.last_session = session;
                    ++count.reached;
                }
                int index = answers[a].choice;
                if (index < -1 || index > max_choice) return;  // not a choice this program writes
                std::size_t slot = static_cast<std::size_t>(index + 1);
                if (count.choices.size() <= slot) count.choices.resize(slot + 1);
                ChoiceCount& choice = count.choices[slot];
                ++choice.count;
                if (std::make_pair(session, decision.sequence) > std::make_pair(choice.latest_session, choice.latest_sequence)) {
                    choice.latest_session = session;
                    choice.latest_sequence = decision.sequence;
                    choice.answer = a;
                }
            });

        for (std::size_t s = 0; s < report_.scenarios.size(); ++s) {
            std::vector<std::pair<int, NodeReport>> ordered;
            for (const auto& [id, count] : nodes_[s]) {
                NodeReport node;
                node.node = id;
                node.reached = count.reached;
                node.decisions = count.decisions;
                for (std::size_t slot = 0; slot < count.choices.size(); ++slot) {
                    const ChoiceCount& taken = count.choices[slot];
                    if (taken.count == 0) continue;
                    ChoiceShare choice;
                    choice.choice = static_cast<int>(slot) - 1;
                    choice.count = taken.count;
                    choice.share = static_cast<double>(taken.count) / count.decisions;
                    choice.said = answers[taken.answer].said;
                    choice.score = answers[taken.answer].score;
                    for (const auto& entry : choice.score) choice.points += entry.second;
                    choice.costly = choice.points < 0;
                    node.choices.push_back(std::move(choice));
                }
                // By index, the timeout (-1) last.
                std::stable_partition(node.choices.begin(), node.choices.end(), [](const ChoiceShare& c) { return !c.timed_out(); });
                ordered.emplace_back(count.first_step, std::move(node));
            }
            // In the order conversations reach the nodes, then by id.
            std::sort(ordered.begin(), ordered.end(),
                      [](const auto& a, const auto& b) { return std::tie(a.first, a.second.node) < std::tie(b.first, b.second.node); });
            for (auto& entry : ordered) report_.scenarios[s].nodes.push_back(std::move(entry.second));
        }
    }

    // Skills in their final order: earliest position in a scenario's list, then name.
    void finish() {
        std::vector<std::size_t> order(skills_.size());
        std::iota(order.begin(), order.end(), 0);
        std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
            return std::tie(skill_positions_[a], skills_[a]) < std::tie(skill_positions_[b], skills_[b]);
        });
        for (std::size_t slot : order) report_.skills.push_back(skills_[slot]);
        auto means = [&](const std::vector<Mean>& by_slot) {
            std::vector<std::optional<double>> out;
            for (std::size_t slot : order) out.push_back(slot < by_slot.size() ? by_slot[slot].value() : std::nullopt);
            return out;
        };
        for (std::size_t t = 0; t < report_.trainees.size(); ++t) {
            TraineeReport& trainee = report_.trainees[t];
            trainee.skill_means = means(trainee_skills_[t]);
            trainee.overall_mean = trainee_overall_[t].value();
            for (ReportSession& session : trainee.trend) {
                std::vector<ReportSkill> skills;
                for (std::size_t slot : order) skills.push_back(slot < session.skills.size() ? session.skills[slot] : ReportSkill{});
                session.skills = std::move(skills);
            }
        }
        // Scenarios by id.
        std::vector<std::size_t> by_id(report_.scenarios.size());
        std::iota(by_id.begin(), by_id.end(), 0);
        std::sort(by_id.begin(), by_id.end(), [&](std::size_t a, std::size_t b) { return report_.scenarios[a].id < report_.scenarios[b].id; });
        std::vector<ScenarioReport> scenarios;
        for (std::size_t s : by_id) {
            ScenarioReport scenario = std::move(report_.scenarios[s]);
            scenario.skill_means = means(scenario_skills_[s]);
            scenario.overall_mean = scenario_overall_[s].value();
            scenarios.push_back(std::move(scenario));
        }
        report_.scenarios = std::move(scenarios);
        order_scores();
        rank_pitfalls();
    }

    // Scores listed in the report's skill order, whatever order they were stored in.
    void order_scores() {
        auto position = [&](const std::string& skill) {
            auto found = std::find(report_.skills.begin(), report_.skills.end(), skill);
            return std::make_pair(found - report_.skills.begin(), skill);
        };
        for (ScenarioReport& scenario : report_.scenarios)
            for (NodeReport& node : scenario.nodes)
                for (ChoiceShare& choice : node.choices)
                    std::sort(choice.score.begin(), choice.score.end(),
                              [&](const auto& a, const auto& b) { return position(a.first) < position(b.first); });
    }

    // The most taken costly choices; ties by share, then in scenario, node and choice order.
    void rank_pitfalls() {
        std::vector<Pitfall>& pitfalls = report_.pitfalls;
        for (std::size_t s = 0; s < report_.scenarios.size(); ++s)
            for (std::size_t n = 0; n < report_.scenarios[s].nodes.size(); ++n)
                for (std::size_t c = 0; c < report_.scenarios[s].nodes[n].choices.size(); ++c)
                    if (report_.scenarios[s].nodes[n].choices[c].costly) pitfalls.push_back({s, n, c});
        std::stable_sort(pitfalls.begin(), pitfalls.end(), [&](const Pitfall& a, const Pitfall& b) {
            const ChoiceShare& x = report_.choice(a);
            const ChoiceShare& y = report_.choice(b);
            if (x.count != y.count) return x.count > y.count;
            return x.share > y.share;
        });
        if (pitfalls.size() > report_pitfall_count) pitfalls.resize(report_pitfall_count);
    }

    const ResultsReader& store_;
    const ResultsFilter& filter_;
    bool whole_;
    ReportData report_;
    std::vector<std::string> skills_;
    std::vector<int> skill_positions_;
    std::vector<std::vector<Mean>> trainee_skills_;
    std::vector<Mean> trainee_overall_;
    std::unordered_map<std::string, std::size_t> trainee_index_;
    std::vector<std::pair<std::string, std::int64_t>> latest_finished_;  // per trainee: start and id
    std::map<std::string, std::size_t, std::less<>> scenario_index_;
    std::vector<std::vector<Mean>> scenario_skills_;
    std::vector<Mean> scenario_overall_;
    std::vector<std::pair<std::string, std::int64_t>> scenario_latest_;  // start and id of the latest attempt
    std::vector<std::unordered_map<std::string, NodeCount>> nodes_;
    std::unordered_map<std::int64_t, std::size_t> session_scenario_;
};

}  // namespace

ReportData build_cohort_overview(const ResultsReader& store, const ResultsFilter& filter) {
    return ReportBuilder(store, filter, false).build();
}

ReportData build_report(const ResultsReader& store, const ResultsFilter& filter) { return ReportBuilder(store, filter, true).build(); }

bool valid_report_since(const std::string& since) {
    auto digits = [&](std::size_t from, std::size_t count) {
        if (from + count > since.size()) return false;
        for (std::size_t i = from; i < from + count; ++i)
            if (!std::isdigit(static_cast<unsigned char>(since[i]))) return false;
        return true;
    };
    auto number = [&](std::size_t from) { return (since[from] - '0') * 10 + (since[from + 1] - '0'); };
    auto at = [&](std::size_t i, char c) { return i < since.size() && since[i] == c; };
    if (!(digits(0, 4) && at(4, '-') && digits(5, 2) && at(7, '-') && digits(8, 2))) return false;
    if (number(5) < 1 || number(5) > 12 || number(8) < 1 || number(8) > 31) return false;
    std::size_t i = 10;
    if (i == since.size()) return true;
    if (!(at(i, 'T') && digits(i + 1, 2) && at(i + 3, ':') && digits(i + 4, 2))) return false;
    if (number(i + 1) > 23 || number(i + 4) > 59) return false;
    i += 6;
    if (at(i, ':')) {
        if (!digits(i + 1, 2) || number(i + 1) > 59) return false;
        i += 3;
        if (at(i, '.')) {
            if (!digits(i + 1, 3)) return false;
            i += 4;
        }
    }
    if (at(i, 'Z')) ++i;
    return i == since.size();
}

}  // namespace frontdesk
