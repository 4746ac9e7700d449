// Building the coordinators' report in two passes: the sessions once (overview, trends and scenarios
// together), then the decisions of the finished sessions (choices per node). Grouping in SQLite with its
// JSON functions costs several times the reading itself at 50,000 sessions, so the rows are counted here
// as they stream by, and the skills are read with a small scanner.
#include "frontdesk/results_report.h"

#include <sqlite3.h>

#include <algorithm>
#include <cctype>
#include <charconv>
#include <climits>
#include <map>
#include <numeric>
#include <string_view>
#include <tuple>
#include <unordered_map>

namespace frontdesk {

namespace {

// A prepared statement over the store's connection; failures become StoreError naming the file.
class Query {
public:
    Query(const ResultsStore& store, const std::string& sql) : store_(store) {
        int code = sqlite3_prepare_v2(store.handle(), sql.c_str(), -1, &statement_, nullptr);
        if (code != SQLITE_OK) fail("cannot prepare the report's query");
    }
    ~Query() { sqlite3_finalize(statement_); }
    Query(const Query&) = delete;
    Query& operator=(const Query&) = delete;

    // Binds a named parameter (":cohort") when the query uses it.
    void bind(const char* name, const std::string& value) {
        int index = sqlite3_bind_parameter_index(statement_, name);
        if (index > 0) sqlite3_bind_text(statement_, index, value.c_str(), static_cast<int>(value.size()), SQLITE_TRANSIENT);
    }
    void bind(int index, std::int64_t value) { sqlite3_bind_int64(statement_, index, value); }
    void bind(int index, std::string_view value) {
        sqlite3_bind_text(statement_, index, value.data() ? value.data() : "", static_cast<int>(value.size()), SQLITE_TRANSIENT);
    }
    void reset() { sqlite3_reset(statement_); }
    bool step() {
        int code = sqlite3_step(statement_);
        if (code == SQLITE_ROW) return true;
        if (code == SQLITE_DONE) return false;
        fail("cannot read the results for the report");
    }
    // Valid until the next step.
    std::string_view view(int column) const {
        const unsigned char* value = sqlite3_column_text(statement_, column);
        if (!value) return {};
        return {reinterpret_cast<const char*>(value), static_cast<std::size_t>(sqlite3_column_bytes(statement_, column))};
    }
    std::string text(int column) const { return std::string(view(column)); }
    int integer(int column) const { return sqlite3_column_int(statement_, column); }
    std::int64_t integer64(int column) const { return sqlite3_column_int64(statement_, column); }
    double real(int column) const { return sqlite3_column_double(statement_, column); }
    bool is_null(int column) const { return sqlite3_column_type(statement_, column) == SQLITE_NULL; }

private:
    [[noreturn]] void fail(const char* what) const {
        throw StoreError(store_.path() + ": " + what + ": " + sqlite3_errmsg(store_.handle()));
    }

    const ResultsStore& store_;
    sqlite3_stmt* statement_ = nullptr;
};

// The filter as SQL with named parameters: the trainees it keeps, and the sessions (alias s) it keeps.
struct FilterSql {
    std::string trainees;  // conditions on t, each starting with " AND"
    std::string sessions;  // conditions on s, including "of a kept trainee"

    explicit FilterSql(const ResultsFilter& filter) {
        if (!filter.cohort.empty()) trainees += " AND t.cohort = :cohort";
        if (!filter.trainee.empty()) trainees += " AND t.id = :trainee";
        if (!filter.scenario_id.empty()) sessions += " AND s.scenario_id = :scenario";
        if (!filter.since.empty()) sessions += " AND s.started_at >= :since";
        if (filter.finished_only) sessions += " AND s.ended_at IS NOT NULL";
        if (!trainees.empty()) sessions += " AND s.trainee IN (SELECT t.id FROM trainees t WHERE 1 = 1" + trainees + ")";
    }
};

void bind_filter(Query& query, const ResultsFilter& filter) {
    query.bind(":cohort", filter.cohort);
    query.bind(":trainee", filter.trainee);
    query.bind(":scenario", filter.scenario_id);
    query.bind(":since", filter.since);
}

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

// One entry of a session's skills_json as the store writes it:
// [{"best":4,"percent":100.0,"raw":4,"skill":"listening"}, ...] (percent may be null).
struct StoredSkill {
    std::string skill;
    std::optional<int> raw;
    std::optional<double> percent;
};

// A scanner for exactly that shape: arrays of flat objects with string, number, null or boolean values.
// Returns false for anything else (escapes in strings included); the caller then asks the full parser.
class SkillsScanner {
public:
    explicit SkillsScanner(std::string_view text) : at_(text.data()), end_(text.data() + text.size()) {}

    bool scan(std::vector<StoredSkill>& out) {
        if (!take('[')) return false;
        if (take(']')) return done();
        do {
            StoredSkill skill;
            if (!object(skill)) return false;
            out.push_back(std::move(skill));
        } while (take(','));
        return take(']') && done();
    }

private:
    void skip_space() {
        while (at_ < end_ && (*at_ == ' ' || *at_ == '\n' || *at_ == '\t' || *at_ == '\r')) ++at_;
    }
    bool take(char c) {
        skip_space();
        if (at_ < end_ && *at_ == c) {
            ++at_;
            return true;
        }
        return false;
    }
    bool done() {
        skip_space();
        return at_ == end_;
    }
    bool string(std::string_view& out) {
        if (!take('"')) return false;
        const char* start = at_;
        while (at_ < end_ && *at_ != '"') {
            if (*at_ == '\\') return false;
            ++at_;
        }
        if (at_ == end_) return false;
        out = std::string_view(start, static_cast<std::size_t>(at_ - start));
        ++at_;
        return true;
    }
    bool word(const char* literal) {
        std::size_t size = std::char_traits<char>::length(literal);
        if (static_cast<std::size_t>(end_ - at_) < size || std::string_view(at_, size) != literal) return false;
        at_ += size;
        return true;
    }
    bool object(StoredSkill& skill) {
        if (!take('{')) return false;
        if (take('}')) return true;
        do {
            std::string_view key;
            if (!string(key) || !take(':')) return false;
            skip_space();
            if (at_ == end_) return false;
            if (*at_ == '"') {
                std::string_view value;
                if (!string(value)) return false;
                if (key == "skill") skill.skill = std::string(value);
            } else if (*at_ == 'n' || *at_ == 't' || *at_ == 'f') {
                if (!word("null") && !word("true") && !word("false")) return false;
            } else {
                double value = 0;
                auto [next, error] = std::from_chars(at_, end_, value);
                if (error != std::errc()) return false;
                at_ = next;
                if (key == "raw") skill.raw = static_cast<int>(value);
                else if (key == "percent") skill.percent = value;
            }
        } while (take(','));
        return take('}');
    }

    const char* at_;
    const char* end_;
};

std::vector<StoredSkill> read_skills(std::string_view text) {
    std::vector<StoredSkill> skills;
    if (text.empty() || SkillsScanner(text).scan(skills)) return skills;
    skills.clear();
    nlohmann::json json = nlohmann::json::parse(text.begin(), text.end(), nullptr, false);
    if (!json.is_array()) return skills;  // damaged: the session counts, its skills do not
    for (const nlohmann::json& item : json) {
        if (!item.is_object() || !item.contains("skill") || !item["skill"].is_string()) continue;
        StoredSkill skill;
        skill.skill = item["skill"].get<std::string>();
        if (item.contains("raw") && item["raw"].is_number()) skill.raw = item["raw"].get<int>();
        if (item.contains("percent") && item["percent"].is_number()) skill.percent = item["percent"].get<double>();
        skills.push_back(std::move(skill));
    }
    return skills;
}

std::vector<std::pair<std::string, int>> read_score(std::string_view text) {
    std::vector<std::pair<std::string, int>> score;
    nlohmann::json json = nlohmann::json::parse(text.begin(), text.end(), nullptr, false);
    if (!json.is_object()) return score;
    for (auto& [skill, points] : json.items())
        if (points.is_number_integer()) score.emplace_back(skill, points.get<int>());
    return score;
}

struct ChoiceCount {
    int count = 0;
    std::int64_t latest_session = 0;  // whose words and score the report shows
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
    ReportBuilder(const ResultsStore& store, const ResultsFilter& filter, bool whole)
        : store_(store), filter_(filter), where_(filter), whole_(whole) {
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
        Query query(store_, "SELECT t.id, t.display_name, t.cohort FROM trainees t WHERE 1 = 1" + where_.trainees + " ORDER BY t.id");
        bind_filter(query, filter_);
        while (query.step()) {
            TraineeReport trainee;
            trainee.id = query.text(0);
            trainee.display_name = query.text(1);
            trainee.cohort = query.text(2);
            trainee_index_.emplace(trainee.id, report_.trainees.size());
            report_.trainees.push_back(std::move(trainee));
        }
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

    // The sessions in the table's own order: reading it straight through is several times faster than
    // following an index, and the few things that depend on time order compare (start, id) as they go.
    void load_sessions() {
        Query query(store_,
                    "SELECT s.trainee, s.id, s.scenario_id, s.started_at, s.ended_at, s.ending, s.overall, s.passed, s.skills_json, "
                    "s.scenario_title, s.scenario_language FROM sessions s WHERE 1 = 1" + where_.sessions);
        bind_filter(query, filter_);
        std::string key;
        double overall_sum = 0;
        while (query.step()) {
            key.assign(query.view(0));
            auto found = trainee_index_.find(key);
            if (found == trainee_index_.end()) continue;  // not a kept trainee
            std::size_t t = found->second;
            TraineeReport& trainee = report_.trainees[t];
            std::int64_t id = query.integer64(1);
            std::string_view started = query.view(3);
            ++trainee.attempts;
            ++report_.attempts;
            if (started > trainee.last_practice) trainee.last_practice = std::string(started);
            if (report_.first_started.empty() || started < report_.first_started) report_.first_started = std::string(started);
            if (started > report_.last_started) report_.last_started = std::string(started);
            std::size_t scenario = whole_ ? scenario_slot(query.view(2)) : 0;
            if (whole_) {
                ScenarioReport& s = report_.scenarios[scenario];
                ++s.attempts;
                if (later(started, id, scenario_latest_[scenario])) {  // title and language of the latest attempt
                    scenario_latest_[scenario] = {std::string(started), id};
                    s.title = query.text(9);
                    s.language = query.text(10);
                }
            }
            if (query.is_null(4)) continue;  // unfinished: an attempt, nothing more

            bool passed = query.integer(7) != 0;
            double overall = query.real(6);
            std::string_view ending = query.view(5);
            ++trainee.finished;
            ++report_.finished;
            trainee.passed += passed ? 1 : 0;
            report_.passed += passed ? 1 : 0;
            trainee_overall_[t].add(overall);
            overall_sum += overall;
            if (later(started, id, latest_finished_[t])) {
                latest_finished_[t] = {std::string(started), id};
                trainee.latest_overall = overall;
            }
            std::vector<StoredSkill> skills = read_skills(query.view(8));
            ReportSession session;
            for (std::size_t position = 0; position < skills.size(); ++position) {
                const StoredSkill& skill = skills[position];
                std::size_t slot = skill_slot(skill.skill, static_cast<int>(position));
                add_skill(trainee_skills_[t], slot, skill.percent);
                if (!whole_) continue;
                add_skill(scenario_skills_[scenario], slot, skill.percent);
                if (session.skills.size() <= slot) session.skills.resize(slot + 1);
                session.skills[slot] = {skill.raw, skill.percent};
            }
            if (!whole_) continue;
            ScenarioReport& s = report_.scenarios[scenario];
            ++s.finished;
            s.passed += passed ? 1 : 0;
            scenario_overall_[scenario].add(overall);
            if (ending == "success") ++s.endings.success;
            else if (ending == "partial") ++s.endings.partial;
            else if (ending == "failure") ++s.endings.failure;
            session.id = id;
            session.scenario_id = s.id;
            session.scenario_title = query.text(9);
            session.scenario_language = query.text(10);
            session.started_at = std::string(started);
            session.ended_at = query.text(4);
            session.ending = std::string(ending);
            session.overall = overall;
            session.passed = passed;
            session_scenario_.emplace(session.id, scenario);
            trainee.trend.push_back(std::move(session));
        }
        if (report_.finished > 0) report_.overall_mean = overall_sum / report_.finished;
        for (TraineeReport& trainee : report_.trainees)
            std::sort(trainee.trend.begin(), trainee.trend.end(), [](const ReportSession& a, const ReportSession& b) {
                return std::tie(a.started_at, a.id) < std::tie(b.started_at, b.id);
            });
    }

    // Whether (started, id) comes after `latest` (empty: nothing yet).
    static bool later(std::string_view started, std::int64_t id, const std::pair<std::string, std::int64_t>& latest) {
        if (latest.first.empty()) return true;
        return std::make_pair(started, id) > std::make_pair(std::string_view(latest.first), latest.second);
    }

    // The decisions of the finished sessions kept, session by session (the sessions are the outer loop:
    // CROSS JOIN fixes that order, so a filter that keeps few sessions reads few decisions).
    void load_decisions() {
        Query query(store_,
                    "SELECT d.session, d.node, d.choice, d.sequence FROM sessions s CROSS JOIN decisions d ON d.session = s.id "
                    "WHERE s.ended_at IS NOT NULL" + where_.sessions);
        bind_filter(query, filter_);
        std::int64_t current = -1;
        std::size_t scenario = 0;
        bool kept = false;
        std::string key;
        while (query.step()) {
            std::int64_t session = query.integer64(0);
            if (session != current) {
                current = session;
                auto found = session_scenario_.find(session);
                kept = found != session_scenario_.end();
                if (kept) scenario = found->second;
            }
            if (!kept) continue;
            key.assign(query.view(1));
            auto [node, added] = nodes_[scenario].try_emplace(key, NodeCount{});
            NodeCount& count = node->second;
            count.first_step = std::min(count.first_step, query.integer(3));
            ++count.decisions;
            if (count.last_session != session) {
                count.last_session = session;
                ++count.reached;
            }
            int index = query.integer(2);
            if (index < -1 || index > max_choice) continue;  // not a choice this program writes
            std::size_t slot = static_cast<std::size_t>(index + 1);
            if (count.choices.size() <= slot) count.choices.resize(slot + 1);
            ChoiceCount& choice = count.choices[slot];
            ++choice.count;
            choice.latest_session = std::max(choice.latest_session, session);
        }

        // The words and the score of each choice, from its latest decision.
        Query words(store_, "SELECT said, score_json FROM decisions WHERE session = ?1 AND node = ?2 AND choice = ?3 ORDER BY sequence DESC LIMIT 1");
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
                    int index = static_cast<int>(slot) - 1;
                    ChoiceShare choice;
                    choice.choice = index;
                    choice.count = taken.count;
                    choice.share = static_cast<double>(taken.count) / count.decisions;
                    words.reset();
                    words.bind(1, taken.latest_session);
                    words.bind(2, std::string_view(id));
                    words.bind(3, static_cast<std::int64_t>(index));
                    if (words.step()) {
                        choice.said = words.text(0);
                        choice.score = read_score(words.view(1));
                    }
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

    const ResultsStore& store_;
    const ResultsFilter& filter_;
    FilterSql where_;
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

ReportData build_cohort_overview(const ResultsStore& store, const ResultsFilter& filter) {
    return ReportBuilder(store, filter, false).build();
}

ReportData build_report(const ResultsStore& store, const ResultsFilter& filter) { return ReportBuilder(store, filter, true).build(); }

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
