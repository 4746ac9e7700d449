#include "review_model.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <set>
#include <tuple>

#include "frontdesk/course_files.h"
#include "frontdesk/interface_text.h"
#include "frontdesk/placeholders.h"
#include "frontdesk/session_state.h"

namespace frontdesk::gui {

namespace {

bool filtered(const ResultsFilter& filter) {
    return !filter.cohort.empty() || !filter.scenario_id.empty() || !filter.trainee.empty() || !filter.since.empty();
}

// One cohort cell as something comparable: a number or a text, or missing.
struct SortKey {
    bool missing = false;
    double number = 0;
    std::string text;
};

SortKey cohort_key(const TraineeReport& trainee, const CohortColumn& column) {
    auto optional_number = [](std::optional<double> value) { return value ? SortKey{false, *value, {}} : SortKey{true, 0, {}}; };
    auto text = [](const std::string& value) { return SortKey{value.empty(), 0, fold_case(value)}; };
    switch (column.kind) {
        case CohortColumnKind::trainee: return text(trainee.id);
        case CohortColumnKind::name: return text(trainee.display_name);
        case CohortColumnKind::cohort: return text(trainee.cohort);
        case CohortColumnKind::attempts: return {false, static_cast<double>(trainee.attempts), {}};
        case CohortColumnKind::finished: return {false, static_cast<double>(trainee.finished), {}};
        case CohortColumnKind::passed: return {false, static_cast<double>(trainee.passed), {}};
        case CohortColumnKind::last_practice: return SortKey{trainee.last_practice.empty(), 0, trainee.last_practice};
        case CohortColumnKind::skill:
            return optional_number(column.skill < trainee.skill_means.size() ? trainee.skill_means[column.skill] : std::nullopt);
        case CohortColumnKind::overall_mean: return optional_number(trainee.overall_mean);
        case CohortColumnKind::latest_overall: return optional_number(trainee.latest_overall);
    }
    return {true, 0, {}};
}

std::optional<double> skill_percent(const ReportSession& session, std::size_t skill) {
    return skill < session.skills.size() ? session.skills[skill].percent : std::nullopt;
}

}  // namespace

void ReviewModel::set_cohort(std::string cohort) {
    if (cohort == filter_.cohort) return;
    filter_.cohort = std::move(cohort);
    reload_ = true;
}

void ReviewModel::set_scenario_filter(std::string scenario_id) {
    if (scenario_id == filter_.scenario_id) return;
    filter_.scenario_id = std::move(scenario_id);
    if (!filter_.scenario_id.empty()) scenario_ = filter_.scenario_id;
    reload_ = true;
}

void ReviewModel::set_trainee_filter(std::string trainee) {
    if (trainee == filter_.trainee) return;
    filter_.trainee = std::move(trainee);
    if (!filter_.trainee.empty()) trainee_ = filter_.trainee;
    reload_ = true;
}

bool ReviewModel::set_since(std::string since) {
    if (!since.empty() && !valid_report_since(since)) return false;
    if (since != filter_.since) {
        filter_.since = std::move(since);
        reload_ = true;
    }
    return true;
}

void ReviewModel::select_trainee(const std::string& id) {
    if (id == trainee_) return;
    trainee_ = id;
    reload_attempts_ = true;
}

void ReviewModel::select_scenario(std::size_t index) {
    if (index >= report_.scenarios.size() || report_.scenarios[index].id == scenario_) return;
    scenario_ = report_.scenarios[index].id;
    reload_scenario_ = true;
}

void ReviewModel::select_session(std::int64_t session) {
    if (session == session_ && transcript_) return;
    session_ = session;
    reload_transcript_ = true;
}

void ReviewModel::select_course(std::string id) {
    if (id == course_) return;
    course_ = std::move(id);
    reload_course_ = true;
}

std::size_t ReviewModel::course_behind() const {
    return static_cast<std::size_t>(std::count_if(course_rows_.begin(), course_rows_.end(), [](const CourseProgress& p) { return p.behind(); }));
}

void ReviewModel::load_course_rows(const ResultsReader& store, const LibraryModel& library) {
    course_rows_.clear();
    std::shared_ptr<const Course> course = course_.empty() ? nullptr : find_course(library.courses(), course_);
    if (!course) {
        // The library's first usable course until one is chosen (or when the one chosen is gone).
        course_.clear();
        for (const LoadedCourse& loaded : library.courses())
            if (loaded.usable()) {
                course = loaded.course;
                course_ = course->id;
                break;
            }
    }
    if (!course) return;
    course_rows_ = course_progress_of_cohort(*course, store, filter_.cohort, today_.empty() ? local_date_today() : today_);
    if (!filter_.trainee.empty())
        course_rows_.erase(std::remove_if(course_rows_.begin(), course_rows_.end(),
                                          [this](const CourseProgress& p) { return p.trainee.id != filter_.trainee; }),
                           course_rows_.end());
    // Who a coordinator should talk to first, at the top; otherwise in trainee order.
    std::stable_sort(course_rows_.begin(), course_rows_.end(), [](const CourseProgress& a, const CourseProgress& b) {
        if (a.behind() != b.behind()) return a.behind();
        return a.trainee.id < b.trainee.id;
    });
}

void ReviewModel::refresh(const ResultsReader& store, const LibraryModel& library) {
    try {
        if (reload_) {
            reload_ = false;
            transcript_.reset();
            load_report(store);
            reload_attempts_ = reload_scenario_ = reload_course_ = true;
        }
        if (!loaded_) return;
        // Two passes: showing a transcript may select its trainee, whose attempts are then listed.
        for (int pass = 0; pass < 2 && (reload_attempts_ || reload_scenario_ || reload_transcript_); ++pass) {
            if (reload_attempts_) {
                reload_attempts_ = false;
                attempts_.clear();
                if (!trainee_.empty()) {
                    ResultsFilter mine = filter_;
                    mine.trainee = trainee_;
                    attempts_ = store.sessions(mine);
                    std::reverse(attempts_.begin(), attempts_.end());
                }
                bool kept = std::any_of(attempts_.begin(), attempts_.end(), [&](const SessionRecord& s) { return s.id == session_; });
                if (!kept) session_ = attempts_.empty() ? 0 : attempts_.front().id;
                if (!transcript_ || transcript_->session.id != session_) reload_transcript_ = true;
            }
            if (reload_scenario_) {
                reload_scenario_ = false;
                build_scenario_view(store, library);
            }
            if (reload_transcript_) {
                reload_transcript_ = false;
                load_transcript(store, library);
            }
        }
        if (reload_course_) {
            reload_course_ = false;
            load_course_rows(store, library);
        }
    } catch (const StoreError& e) {
        error_ = e.what();
    }
}

ReviewModel ReviewModel::start_refresh() {
    ReviewModel job = *this;
    reload_ = reload_attempts_ = reload_scenario_ = reload_transcript_ = reload_course_ = false;
    refreshing_ = true;
    return job;
}

void ReviewModel::finish_refresh(ReviewModel read) {
    refreshing_ = false;
    open_failed_ = false;
    // What the read found, except for choices made here while it ran: those are newer, ask for their own
    // reads (their flags are set), and the copy's rows that belong to the old choice are dropped meanwhile.
    if (!reload_attempts_ && !reload_) trainee_ = read.trainee_;
    else if (trainee_ != read.trainee_) read.attempts_.clear();
    if (!reload_scenario_ && !reload_) scenario_ = read.scenario_;
    else if (scenario_ != read.scenario_) read.scenario_view_.reset();
    if (!reload_transcript_ && !reload_attempts_ && !reload_) session_ = read.session_;
    else if (session_ != read.session_) read.transcript_.reset();
    if (!reload_course_ && !reload_) course_ = read.course_;
    else if (course_ != read.course_) read.course_rows_.clear();
    loaded_ = read.loaded_;
    loads_ = read.loads_;
    store_empty_ = read.store_empty_;
    error_ = std::move(read.error_);
    report_ = std::move(read.report_);
    cohort_options_ = std::move(read.cohort_options_);
    scenario_options_ = std::move(read.scenario_options_);
    trainee_options_ = std::move(read.trainee_options_);
    attempts_ = std::move(read.attempts_);
    scenario_view_ = std::move(read.scenario_view_);
    transcript_ = std::move(read.transcript_);
    course_rows_ = std::move(read.course_rows_);
    // The rows in the order chosen here (a heading may have been clicked while the read ran).
    if (sort_column_ >= cohort_columns().size()) sort_column_ = 0;
    sort_rows();
}

void ReviewModel::fail_refresh(std::string error) {
    refreshing_ = false;
    open_failed_ = true;
    error_ = std::move(error);
}

void ReviewModel::load_report(const ResultsReader& store) {
    error_.clear();
    loaded_ = false;
    report_ = build_report(store, filter_);
    loaded_ = true;
    ++loads_;
    store_empty_ = report_.attempts == 0 && !filtered(filter_);

    // The combos offer what the data holds: every cohort, the trainees of the chosen cohort, and the scenarios
    // played (a scenario filter keeps the list it had, which would otherwise take a second report).
    std::set<std::string> cohorts;
    trainee_options_.clear();
    for (const TraineeRecord& trainee : store.trainees()) {
        if (!trainee.cohort.empty()) cohorts.insert(trainee.cohort);
        if (filter_.cohort.empty() || trainee.cohort == filter_.cohort) trainee_options_.push_back(trainee.id);
    }
    cohort_options_.assign(cohorts.begin(), cohorts.end());
    if (filter_.scenario_id.empty()) {
        scenario_options_.clear();
        for (const ScenarioReport& scenario : report_.scenarios) scenario_options_.emplace_back(scenario.id, scenario.title);
    }

    if (sort_column_ >= cohort_columns().size()) sort_column_ = 0;
    sort_rows();

    // Keep the selections that are still there; otherwise the first trainee who finished something, and the
    // first scenario.
    if (!selected_trainee()) {
        trainee_.clear();
        for (std::size_t row : cohort_rows_)
            if (report_.trainees[row].finished > 0) {
                trainee_ = report_.trainees[row].id;
                break;
            }
        if (trainee_.empty() && !cohort_rows_.empty()) trainee_ = report_.trainees[cohort_rows_.front()].id;
    }
    if (!selected_scenario()) scenario_ = report_.scenarios.empty() ? std::string() : report_.scenarios.front().id;
}

std::vector<CohortColumn> ReviewModel::cohort_columns() const {
    std::vector<CohortColumn> columns;
    for (CohortColumnKind kind : {CohortColumnKind::trainee, CohortColumnKind::name, CohortColumnKind::cohort, CohortColumnKind::attempts,
                                  CohortColumnKind::finished, CohortColumnKind::passed, CohortColumnKind::last_practice})
        columns.push_back({kind, 0});
    for (std::size_t s = 0; s < report_.skills.size(); ++s) columns.push_back({CohortColumnKind::skill, s});
    columns.push_back({CohortColumnKind::overall_mean, 0});
    columns.push_back({CohortColumnKind::latest_overall, 0});
    return columns;
}

void ReviewModel::sort_cohort(std::size_t column, bool descending) {
    if (column >= cohort_columns().size()) return;
    if (column == sort_column_ && descending == sort_descending_ && cohort_rows_.size() == report_.trainees.size()) return;
    sort_column_ = column;
    sort_descending_ = descending;
    sort_rows();
}

void ReviewModel::sort_rows() {
    CohortColumn column = cohort_columns()[sort_column_];
    std::vector<SortKey> keys;
    keys.reserve(report_.trainees.size());
    for (const TraineeReport& trainee : report_.trainees) keys.push_back(cohort_key(trainee, column));
    cohort_rows_.resize(report_.trainees.size());
    for (std::size_t i = 0; i < cohort_rows_.size(); ++i) cohort_rows_[i] = i;
    bool descending = sort_descending_;
    std::stable_sort(cohort_rows_.begin(), cohort_rows_.end(), [&](std::size_t a, std::size_t b) {
        const SortKey& x = keys[a];
        const SortKey& y = keys[b];
        if (x.missing != y.missing) return y.missing;  // missing values last, whichever the direction
        if (!x.missing) {
            if (x.number != y.number) return descending ? x.number > y.number : x.number < y.number;
            if (x.text != y.text) return descending ? x.text > y.text : x.text < y.text;
        }
        return report_.trainees[a].id < report_.trainees[b].id;
    });
}

std::optional<std::size_t> ReviewModel::selected_trainee() const {
    for (std::size_t i = 0; i < report_.trainees.size(); ++i)
        if (report_.trainees[i].id == trainee_) return i;
    return std::nullopt;
}

Trend ReviewModel::trend() const {
    Trend trend;
    std::optional<std::size_t> index = selected_trainee();
    if (!index) return trend;
    const std::vector<ReportSession>& sessions = report_.trainees[*index].trend;
    for (const ReportSession& session : sessions)
        trend.points.push_back({session.id, session.started_at, session.scenario_title, session.ending, session.passed});
    for (std::size_t s = 0; s < report_.skills.size(); ++s) {
        TrendLine line{report_.skills[s], {}};
        for (const ReportSession& session : sessions) line.values.push_back(skill_percent(session, s));
        if (std::any_of(line.values.begin(), line.values.end(), [](const auto& v) { return v.has_value(); }))
            trend.lines.push_back(std::move(line));
    }
    TrendLine overall;
    for (const ReportSession& session : sessions) overall.values.push_back(session.overall);
    if (!sessions.empty()) trend.lines.push_back(std::move(overall));
    return trend;
}

std::optional<std::size_t> ReviewModel::selected_scenario() const {
    for (std::size_t i = 0; i < report_.scenarios.size(); ++i)
        if (report_.scenarios[i].id == scenario_) return i;
    return std::nullopt;
}

void ReviewModel::build_scenario_view(const ResultsReader& store, const LibraryModel& library) {
    scenario_view_.reset();
    std::optional<std::size_t> index = selected_scenario();
    if (!index) return;
    const ScenarioReport& scenario = report_.scenarios[*index];
    ScenarioView view;
    view.scenario = *index;

    int unfinished = scenario.attempts - scenario.finished;
    std::pair<EndingKind, int> counts[] = {{EndingKind::success, scenario.endings.success},
                                           {EndingKind::partial, scenario.endings.partial},
                                           {EndingKind::failure, scenario.endings.failure},
                                           {EndingKind::none, unfinished}};
    for (const auto& [kind, count] : counts)
        if (count > 0) view.endings.push_back({kind, count, scenario.attempts > 0 ? static_cast<double>(count) / scenario.attempts : 0.0});

    // The character's lines come from the file only when every attempt played the version the library has.
    ResultsFilter played = filter_;
    played.scenario_id = scenario.id;
    std::set<std::string> hashes;
    for (const SessionRecord& session : store.sessions(played)) hashes.insert(session.scenario_hash);
    const ScenarioCard* card = hashes.size() == 1 ? find_played_version(library, scenario.id, *hashes.begin()) : nullptr;
    view.lines_from_file = card != nullptr;
    if (card) view.character_name = card->scenario->character.name;

    for (std::size_t n = 0; n < scenario.nodes.size(); ++n) {
        const NodeReport& node = scenario.nodes[n];
        NodeView node_view;
        node_view.node = n;
        if (card) {
            NodeIndex found = card->scenario->find_node(node.node);
            // Lines of every attempt at once: in the voice the previews use (the default name, neutral phrasing).
            if (found != no_node) {
                const Node& played = card->scenario->nodes[static_cast<std::size_t>(found)];
                node_view.narration = expand_text(played.narration, TraineeVoice{});
                node_view.character_line = expand_text(played.say, TraineeVoice{});
            }
        }
        for (std::size_t c = 0; c < node.choices.size(); ++c) {
            if (!node.choices[c].costly) continue;
            node_view.costly_decisions += node.choices[c].count;
            view.pitfalls.push_back({n, c});
        }
        node_view.costly_share = node.decisions > 0 ? static_cast<double>(node_view.costly_decisions) / node.decisions : 0.0;
        view.nodes.push_back(std::move(node_view));
    }
    auto choice = [&](const ScenarioPitfall& p) -> const ChoiceShare& { return scenario.nodes[p.node].choices[p.choice]; };
    std::stable_sort(view.pitfalls.begin(), view.pitfalls.end(), [&](const ScenarioPitfall& a, const ScenarioPitfall& b) {
        if (choice(a).count != choice(b).count) return choice(a).count > choice(b).count;
        if (choice(a).share != choice(b).share) return choice(a).share > choice(b).share;
        return choice(a).points < choice(b).points;
    });
    if (view.pitfalls.size() > report_pitfall_count) view.pitfalls.resize(report_pitfall_count);
    scenario_view_ = std::move(view);
}

void ReviewModel::load_transcript(const ResultsReader& store, const LibraryModel& library) {
    transcript_.reset();
    if (session_ == 0) return;
    std::optional<SessionRecord> session = store.session(session_);
    if (!session) return;
    if (session->trainee != trainee_) {
        trainee_ = session->trainee;
        reload_attempts_ = true;  // the next refresh lists this trainee's attempts (and keeps this session)
    }
    Transcript transcript;
    std::vector<DecisionRecord> decisions = store.decisions(session_);
    const ScenarioCard* card = find_played_version(library, session->scenario_id, session->scenario_hash);
    transcript.lines_from_file = card != nullptr;
    if (card) transcript.character_name = card->scenario->character.name;
    // The file's lines as this trainee read them: their name (what the window and the player use by
    // default) and the phrasing stored with the session (neutral for sessions recorded before it was kept);
    // what they said is stored as read.
    TraineeVoice voice;
    if (!session->trainee.empty()) voice.name = session->trainee;
    parse_phrasing(session->phrasing, voice.phrasing);
    for (const DecisionRecord& decision : decisions) {
        TranscriptStep step;
        step.sequence = decision.sequence;
        step.node = decision.node;
        step.choice = decision.choice;
        step.said = decision.said;
        step.timed_out = decision.timed_out;
        step.score = decision.score;
        for (const auto& entry : decision.score) step.points += entry.second;
        step.mood_after = decision.mood_after;
        step.response_seconds = decision.response_seconds;
        if (card) {
            NodeIndex found = card->scenario->find_node(decision.node);
            if (found != no_node) {
                const Node& node = card->scenario->nodes[static_cast<std::size_t>(found)];
                step.narration = expand_text(node.narration, voice);
                step.character_line = expand_text(node.say, voice);
                if (decision.timed_out && node.on_timeout) step.feedback = expand_text(node.on_timeout->feedback, voice);
                else if (decision.choice >= 0 && static_cast<std::size_t>(decision.choice) < node.choices.size())
                    step.feedback = expand_text(node.choices[static_cast<std::size_t>(decision.choice)].feedback, voice);
            }
        }
        transcript.steps.push_back(std::move(step));
    }
    if (card && session->finished()) {
        std::string error;
        std::optional<Session> replayed = replay_session(card->scenario, decisions, error);
        if (replayed && replayed->at_ending()) {
            transcript.closing_narration = expand_text(replayed->node().narration, voice);
            transcript.closing_line = expand_text(replayed->node().say, voice);
        }
    }
    transcript.session = std::move(*session);
    transcript_ = std::move(transcript);
}

const ScenarioCard* find_played_version(const LibraryModel& library, const std::string& scenario_id, const std::string& hash) {
    for (const ScenarioCard& card : library.cards())
        if (card.playable && card.scenario->id == scenario_id && content_hash_hex(*card.scenario) == hash) return &card;
    return nullptr;
}

std::string percent_text(std::optional<double> percent) {
    if (!percent) return "-";
    return std::to_string(static_cast<long>(std::lround(*percent))) + "%";
}

std::string local_time_text(const std::string& iso) {
    if (iso.empty()) return "-";
    std::tm utc{};
    int seconds = 0;
    if (std::sscanf(iso.c_str(), "%4d-%2d-%2dT%2d:%2d:%2d", &utc.tm_year, &utc.tm_mon, &utc.tm_mday, &utc.tm_hour, &utc.tm_min, &seconds) < 5)
        return iso;
    utc.tm_year -= 1900;
    utc.tm_mon -= 1;
    utc.tm_sec = seconds;
    std::time_t when = timegm(&utc);
    std::tm local{};
    if (when == static_cast<std::time_t>(-1) || !localtime_r(&when, &local)) return iso;
    char buffer[32];
    std::strftime(buffer, sizeof buffer, "%Y-%m-%d %H:%M", &local);
    return buffer;
}

}  // namespace frontdesk::gui
