// Building the coordinators' report with a handful of grouped queries, so SQLite does the counting next to
// the data: a cohort of 2,000 trainees and 50,000 sessions is summarised without loading every row.
#include "frontdesk/results_report.h"

#include <sqlite3.h>

#include <algorithm>
#include <cctype>
#include <map>
#include <tuple>

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
    bool step() {
        int code = sqlite3_step(statement_);
        if (code == SQLITE_ROW) return true;
        if (code == SQLITE_DONE) return false;
        fail("cannot read the results for the report");
    }
    std::string text(int column) const {
        const unsigned char* value = sqlite3_column_text(statement_, column);
        return value ? std::string(reinterpret_cast<const char*>(value), static_cast<std::size_t>(sqlite3_column_bytes(statement_, column)))
                     : std::string();
    }
    int integer(int column) const { return sqlite3_column_int(statement_, column); }
    std::int64_t integer64(int column) const { return sqlite3_column_int64(statement_, column); }
    double real(int column) const { return sqlite3_column_double(statement_, column); }
    bool is_null(int column) const { return sqlite3_column_type(statement_, column) == SQLITE_NULL; }
    std::optional<double> optional_real(int column) const {
        if (is_null(column)) return std::nullopt;
        return real(column);
    }

private:
    [[noreturn]] void fail(const char* what) const {
        throw StoreError(store_.path() + ": " + what + ": " + sqlite3_errmsg(store_.handle()));
    }

    const ResultsStore& store_;
    sqlite3_stmt* statement_ = nullptr;
};

// The filter as SQL over `t` (trainees) and `s` (sessions), with named parameters.
struct FilterSql {
    std::string trainees;  // conditions on t, each starting with " AND"
    std::string sessions;  // conditions on s

    explicit FilterSql(const ResultsFilter& filter) {
        if (!filter.cohort.empty()) trainees += " AND t.cohort = :cohort";
        if (!filter.trainee.empty()) trainees += " AND t.id = :trainee";
        if (!filter.scenario_id.empty()) sessions += " AND s.scenario_id = :scenario";
        if (!filter.since.empty()) sessions += " AND s.started_at >= :since";
        if (filter.finished_only) sessions += " AND s.ended_at IS NOT NULL";
    }
    std::string all() const { return trainees + sessions; }
};

void bind_filter(Query& query, const ResultsFilter& filter) {
    query.bind(":cohort", filter.cohort);
    query.bind(":trainee", filter.trainee);
    query.bind(":scenario", filter.scenario_id);
    query.bind(":since", filter.since);
}

// Finished sessions of trainees matching the filter.
std::string finished_sessions_from(const FilterSql& where) {
    return " FROM sessions s JOIN trainees t ON t.id = s.trainee WHERE s.ended_at IS NOT NULL" + where.all();
}

std::size_t skill_slot(std::vector<std::string>& skills, const std::string& skill) {
    auto found = std::find(skills.begin(), skills.end(), skill);
    if (found != skills.end()) return static_cast<std::size_t>(found - skills.begin());
    skills.push_back(skill);
    return skills.size() - 1;
}

// Mean percentage per (owner, skill) over finished sessions, where owner is s.trainee or s.scenario_id.
// Also returns each skill's earliest position in a scenario's skill list, for ordering the skills.
struct SkillMeanRow {
    std::string owner;
    std::string skill;
    int position = 0;
    std::optional<double> mean;
};

std::vector<SkillMeanRow> skill_means(const ResultsStore& store, const ResultsFilter& filter, const char* owner_column) {
    FilterSql where(filter);
    // A damaged skills_json is skipped rather than failing the whole report.
    Query rows(store, std::string("SELECT ") + owner_column +
                          ", json_extract(j.value, '$.skill') AS skill, MIN(CAST(j.key AS INTEGER)), "
                          "AVG(json_extract(j.value, '$.percent')) FROM sessions s JOIN trainees t ON t.id = s.trainee, "
                          "json_each(CASE WHEN json_valid(s.skills_json) THEN s.skills_json END) j WHERE s.ended_at IS NOT NULL" +
                          where.all() + " GROUP BY 1, 2");
    bind_filter(rows, filter);
    std::vector<SkillMeanRow> out;
    while (rows.step()) {
        if (rows.is_null(1)) continue;
        out.push_back({rows.text(0), rows.text(1), rows.integer(2), rows.optional_real(3)});
    }
    return out;
}

// Every skill seen, ordered by its earliest position in a scenario's list, then by name.
std::vector<std::string> order_skills(const std::vector<SkillMeanRow>& rows) {
    std::map<std::string, int> position;
    for (const SkillMeanRow& row : rows) {
        auto [entry, inserted] = position.emplace(row.skill, row.position);
        if (!inserted) entry->second = std::min(entry->second, row.position);
    }
    std::vector<std::pair<int, std::string>> ordered;
    for (const auto& [skill, at] : position) ordered.emplace_back(at, skill);
    std::sort(ordered.begin(), ordered.end());
    std::vector<std::string> skills;
    for (const auto& entry : ordered) skills.push_back(entry.second);
    return skills;
}

template <typename Owner>
void fill_means(std::vector<Owner>& owners, const std::vector<SkillMeanRow>& rows, std::vector<std::string>& skills) {
    for (Owner& owner : owners) owner.skill_means.assign(skills.size(), std::nullopt);
    for (const SkillMeanRow& row : rows) {
        auto owner = std::lower_bound(owners.begin(), owners.end(), row.owner,
                                      [](const Owner& o, const std::string& id) { return o.id < id; });
        if (owner == owners.end() || owner->id != row.owner) continue;
        owner->skill_means[skill_slot(skills, row.skill)] = row.mean;
    }
}

void load_trainees(const ResultsStore& store, const ResultsFilter& filter, ReportData& report) {
    FilterSql where(filter);
    // Trainees matching the filter are listed even without an attempt: "who has not practised yet".
    Query query(store,
                "SELECT t.id, t.display_name, t.cohort, COUNT(s.id), COUNT(s.ended_at), "
                "COALESCE(SUM(s.ended_at IS NOT NULL AND s.passed), 0), MAX(s.started_at), "
                "AVG(CASE WHEN s.ended_at IS NOT NULL THEN s.overall END), MIN(s.started_at) "
                "FROM trainees t LEFT JOIN sessions s ON s.trainee = t.id" + where.sessions +
                " WHERE 1 = 1" + where.trainees + " GROUP BY t.id ORDER BY t.id");
    bind_filter(query, filter);
    double overall_sum = 0;
    while (query.step()) {
        TraineeReport trainee;
        trainee.id = query.text(0);
        trainee.display_name = query.text(1);
        trainee.cohort = query.text(2);
        trainee.attempts = query.integer(3);
        trainee.finished = query.integer(4);
        trainee.passed = query.integer(5);
        trainee.last_practice = query.text(6);
        trainee.overall_mean = query.optional_real(7);
        report.attempts += trainee.attempts;
        report.finished += trainee.finished;
        report.passed += trainee.passed;
        if (trainee.overall_mean) overall_sum += *trainee.overall_mean * trainee.finished;
        std::string first = query.text(8);
        if (!first.empty() && (report.first_started.empty() || first < report.first_started)) report.first_started = first;
        if (trainee.last_practice > report.last_started) report.last_started = trainee.last_practice;
        report.trainees.push_back(std::move(trainee));
    }
    if (report.finished > 0) report.overall_mean = overall_sum / report.finished;
}

TraineeReport* find_trainee(ReportData& report, const std::string& id) {
    auto found = std::lower_bound(report.trainees.begin(), report.trainees.end(), id,
                                  [](const TraineeReport& t, const std::string& key) { return t.id < key; });
    return found != report.trainees.end() && found->id == id ? &*found : nullptr;
}

void load_latest_overall(const ResultsStore& store, const ResultsFilter& filter, ReportData& report) {
    FilterSql where(filter);
    Query query(store,
                "SELECT trainee, overall FROM (SELECT s.trainee, s.overall, ROW_NUMBER() OVER "
                "(PARTITION BY s.trainee ORDER BY s.started_at DESC, s.id DESC) AS latest" +
                finished_sessions_from(where) + ") WHERE latest = 1");
    bind_filter(query, filter);
    while (query.step())
        if (TraineeReport* trainee = find_trainee(report, query.text(0))) trainee->latest_overall = query.real(1);
}

// Finished sessions in time order per trainee, with every skill: the trends (and the CSV rows).
void load_trends(const ResultsStore& store, const ResultsFilter& filter, ReportData& report) {
    FilterSql where(filter);
    Query query(store,
                "SELECT s.trainee, s.id, s.scenario_id, s.scenario_title, s.scenario_language, s.started_at, s.ended_at, "
                "s.ending, s.overall, s.passed, json_extract(j.value, '$.skill'), json_extract(j.value, '$.raw'), "
                "json_extract(j.value, '$.percent') "
                "FROM sessions s JOIN trainees t ON t.id = s.trainee "
                "LEFT JOIN json_each(CASE WHEN json_valid(s.skills_json) THEN s.skills_json END) j "
                "WHERE s.ended_at IS NOT NULL" + where.all() + " ORDER BY s.trainee, s.started_at, s.id");
    bind_filter(query, filter);
    TraineeReport* trainee = nullptr;
    while (query.step()) {
        std::string trainee_id = query.text(0);
        if (!trainee || trainee->id != trainee_id) trainee = find_trainee(report, trainee_id);
        if (!trainee) continue;
        std::int64_t id = query.integer64(1);
        if (trainee->trend.empty() || trainee->trend.back().id != id) {
            ReportSession session;
            session.id = id;
            session.scenario_id = query.text(2);
            session.scenario_title = query.text(3);
            session.scenario_language = query.text(4);
            session.started_at = query.text(5);
            session.ended_at = query.text(6);
            session.ending = query.text(7);
            session.overall = query.real(8);
            session.passed = query.integer(9) != 0;
            session.skills.assign(report.skills.size(), ReportSkill{});
            trainee->trend.push_back(std::move(session));
        }
        if (query.is_null(10)) continue;
        ReportSession& session = trainee->trend.back();
        std::size_t slot = skill_slot(report.skills, query.text(10));
        if (session.skills.size() < report.skills.size()) session.skills.resize(report.skills.size());
        session.skills[slot].raw = query.integer(11);
        session.skills[slot].percent = query.optional_real(12);
    }
    for (TraineeReport& t : report.trainees)
        if (!t.trend.empty()) t.latest_overall = t.trend.back().overall;
}

void load_scenarios(const ResultsStore& store, const ResultsFilter& filter, ReportData& report) {
    FilterSql where(filter);
    // The title and language are those of the latest attempt (SQLite takes bare columns from the MAX row).
    Query query(store,
                "SELECT s.scenario_id, MAX(s.started_at), s.scenario_title, s.scenario_language, COUNT(*), COUNT(s.ended_at), "
                "COALESCE(SUM(s.ended_at IS NOT NULL AND s.passed), 0), AVG(CASE WHEN s.ended_at IS NOT NULL THEN s.overall END), "
                "COALESCE(SUM(s.ending = 'success'), 0), COALESCE(SUM(s.ending = 'partial'), 0), COALESCE(SUM(s.ending = 'failure'), 0) "
                "FROM sessions s JOIN trainees t ON t.id = s.trainee WHERE 1 = 1" + where.all() +
                " GROUP BY s.scenario_id ORDER BY s.scenario_id");
    bind_filter(query, filter);
    while (query.step()) {
        ScenarioReport scenario;
        scenario.id = query.text(0);
        scenario.title = query.text(2);
        scenario.language = query.text(3);
        scenario.attempts = query.integer(4);
        scenario.finished = query.integer(5);
        scenario.passed = query.integer(6);
        scenario.overall_mean = query.optional_real(7);
        scenario.endings = {query.integer(8), query.integer(9), query.integer(10)};
        report.scenarios.push_back(std::move(scenario));
    }
}

ScenarioReport* find_scenario(ReportData& report, const std::string& id) {
    auto found = std::lower_bound(report.scenarios.begin(), report.scenarios.end(), id,
                                  [](const ScenarioReport& s, const std::string& key) { return s.id < key; });
    return found != report.scenarios.end() && found->id == id ? &*found : nullptr;
}

std::vector<std::pair<std::string, int>> parse_score(const std::string& text) {
    std::vector<std::pair<std::string, int>> score;
    nlohmann::json json = nlohmann::json::parse(text, nullptr, false);
    if (!json.is_object()) return score;
    for (auto& [skill, points] : json.items())
        if (points.is_number_integer()) score.emplace_back(skill, points.get<int>());
    return score;
}

void load_choices(const ResultsStore& store, const ResultsFilter& filter, ReportData& report) {
    FilterSql where(filter);
    std::string from = " FROM sessions s JOIN trainees t ON t.id = s.trainee JOIN decisions d ON d.session = s.id "
                       "WHERE s.ended_at IS NOT NULL" + where.all();
    // Nodes: how many sessions reached each, and the earliest step it came at (to list nodes in conversation order).
    std::map<std::pair<std::string, std::string>, std::pair<int, NodeReport>> nodes;
    {
        Query query(store, "SELECT s.scenario_id, d.node, COUNT(DISTINCT d.session), COUNT(*), MIN(d.sequence)" + from +
                               " GROUP BY s.scenario_id, d.node");
        bind_filter(query, filter);
        while (query.step()) {
            NodeReport node;
            node.node = query.text(1);
            node.reached = query.integer(2);
            node.decisions = query.integer(3);
            nodes[{query.text(0), node.node}] = {query.integer(4), std::move(node)};
        }
    }
    // Choices: the same index with other words (an edited scenario) stays a separate row; the score shown
    // is that of the latest decision.
    {
        Query query(store, "SELECT s.scenario_id, d.node, d.choice, d.said, COUNT(*), MAX(d.session), d.score_json" + from +
                               " GROUP BY s.scenario_id, d.node, d.choice, d.said");
        bind_filter(query, filter);
        while (query.step()) {
            auto found = nodes.find({query.text(0), query.text(1)});
            if (found == nodes.end()) continue;
            NodeReport& node = found->second.second;
            ChoiceShare choice;
            choice.choice = query.integer(2);
            choice.said = query.text(3);
            choice.count = query.integer(4);
            choice.share = node.decisions > 0 ? static_cast<double>(choice.count) / node.decisions : 0.0;
            choice.score = parse_score(query.text(6));
            for (const auto& entry : choice.score) choice.points += entry.second;
            choice.costly = choice.points < 0;
            node.choices.push_back(std::move(choice));
        }
    }
    std::map<std::string, std::vector<std::pair<int, NodeReport>>> by_scenario;
    for (auto& [key, entry] : nodes) by_scenario[key.first].push_back(std::move(entry));
    for (auto& [scenario_id, list] : by_scenario) {
        ScenarioReport* scenario = find_scenario(report, scenario_id);
        if (!scenario) continue;
        std::stable_sort(list.begin(), list.end(), [](const auto& a, const auto& b) {
            return std::tie(a.first, a.second.node) < std::tie(b.first, b.second.node);
        });
        for (auto& entry : list) {
            std::vector<ChoiceShare>& choices = entry.second.choices;
            std::sort(choices.begin(), choices.end(), [](const ChoiceShare& a, const ChoiceShare& b) {
                return std::make_tuple(a.timed_out(), a.choice, a.said) < std::make_tuple(b.timed_out(), b.choice, b.said);
            });
            scenario->nodes.push_back(std::move(entry.second));
        }
    }
}

// Scores listed in the report's skill order, whatever order they were stored in.
void order_scores(ReportData& report) {
    auto position = [&](const std::string& skill) {
        auto found = std::find(report.skills.begin(), report.skills.end(), skill);
        return std::make_pair(found - report.skills.begin(), skill);
    };
    for (ScenarioReport& scenario : report.scenarios)
        for (NodeReport& node : scenario.nodes)
            for (ChoiceShare& choice : node.choices)
                std::sort(choice.score.begin(), choice.score.end(),
                          [&](const auto& a, const auto& b) { return position(a.first) < position(b.first); });
}

void rank_pitfalls(ReportData& report) {
    for (std::size_t s = 0; s < report.scenarios.size(); ++s)
        for (std::size_t n = 0; n < report.scenarios[s].nodes.size(); ++n)
            for (std::size_t c = 0; c < report.scenarios[s].nodes[n].choices.size(); ++c)
                if (report.scenarios[s].nodes[n].choices[c].costly) report.pitfalls.push_back({s, n, c});
    std::stable_sort(report.pitfalls.begin(), report.pitfalls.end(), [&](const Pitfall& a, const Pitfall& b) {
        const ChoiceShare& x = report.choice(a);
        const ChoiceShare& y = report.choice(b);
        if (x.count != y.count) return x.count > y.count;
        return x.share > y.share;
    });
    if (report.pitfalls.size() > report_pitfall_count) report.pitfalls.resize(report_pitfall_count);
}

}  // namespace

ReportData build_cohort_overview(const ResultsStore& store, const ResultsFilter& filter) {
    ReportData report;
    report.filter = filter;
    load_trainees(store, filter, report);
    std::vector<SkillMeanRow> means = skill_means(store, filter, "s.trainee");
    report.skills = order_skills(means);
    fill_means(report.trainees, means, report.skills);
    load_latest_overall(store, filter, report);
    return report;
}

ReportData build_report(const ResultsStore& store, const ResultsFilter& filter) {
    ReportData report;
    report.filter = filter;
    load_trainees(store, filter, report);
    std::vector<SkillMeanRow> trainee_means = skill_means(store, filter, "s.trainee");
    std::vector<SkillMeanRow> scenario_means = skill_means(store, filter, "s.scenario_id");
    report.skills = order_skills(trainee_means);
    fill_means(report.trainees, trainee_means, report.skills);
    load_trends(store, filter, report);
    load_scenarios(store, filter, report);
    fill_means(report.scenarios, scenario_means, report.skills);
    load_choices(store, filter, report);
    order_scores(report);
    rank_pitfalls(report);
    return report;
}

bool valid_report_since(const std::string& since) {
    auto digits = [&](std::size_t from, std::size_t count) {
        if (from + count > since.size()) return false;
        for (std::size_t i = from; i < from + count; ++i)
            if (!std::isdigit(static_cast<unsigned char>(since[i]))) return false;
        return true;
    };
    auto at = [&](std::size_t i, char c) { return i < since.size() && since[i] == c; };
    if (!(digits(0, 4) && at(4, '-') && digits(5, 2) && at(7, '-') && digits(8, 2))) return false;
    int month = std::stoi(since.substr(5, 2)), day = std::stoi(since.substr(8, 2));
    if (month < 1 || month > 12 || day < 1 || day > 31) return false;
    std::size_t i = 10;
    if (i == since.size()) return true;
    if (!(at(i, 'T') && digits(i + 1, 2) && at(i + 3, ':') && digits(i + 4, 2))) return false;
    if (std::stoi(since.substr(i + 1, 2)) > 23 || std::stoi(since.substr(i + 4, 2)) > 59) return false;
    i += 6;
    if (at(i, ':')) {
        if (!digits(i + 1, 2) || std::stoi(since.substr(i + 1, 2)) > 59) return false;
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
