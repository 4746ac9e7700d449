#include "studio_model.h"

#include <algorithm>

#include "review_loader.h"

namespace frontdesk::gui {

const char* studio_tab_name(StudioTab tab) {
    switch (tab) {
        case StudioTab::checks: return "checks";
        case StudioTab::node: return "node";
        case StudioTab::edit: return "edit";
        case StudioTab::play: return "play";
        case StudioTab::tells: return "tells";
        case StudioTab::trainees: return "trainees";
        case StudioTab::languages: return "languages";
    }
    return "checks";
}

void StudioModel::open(const std::string& path) {
    noticed_ = std::chrono::steady_clock::now();
    // Watched before it is read, so a save made while it loads is not missed (it reloads once more).
    watch_ = std::make_unique<FileWatch>(path);
    document_ = std::make_unique<StudioDocument>(path);
    view_ = GraphView{};
    history_.emplace(path);
    language_versions_.reset();
    other_path_.clear();
    other_watch_.reset();
    other_.reset();
    differences_.clear();
    compare_note.clear();
    edit_note.clear();
    edits_written = 0;
    picked_diagnostic.reset();
    tab = document_->error_count() > 0 || document_->warning_count() > 0 ? StudioTab::checks : StudioTab::node;
    after_load();
}

void StudioModel::close() {
    document_.reset();
    history_.reset();
    watch_.reset();
    node_analysis_.clear();
    play.reset();
    replay.reset();
    tells_.reset();
    analytics_.reset();
    recordings_.clear();
    reader_.reset();
    results_read_ = false;
    results_problem_.clear();
    trail_arrows.clear();
    trail_box.reset();
    arrow_weights.clear();
}

bool StudioModel::poll(bool force) {
    if (!document_) return false;
    auto now = std::chrono::steady_clock::now();
    // The other language version is compared again when it is saved (or on F5), this file staying as it is.
    if (other_watch_ && (other_watch_->changed() || force)) compare_again();
    if (watch_ && watch_->changed()) {
        if (!change_pending_) noticed_ = now;
        change_pending_ = true;
        last_event_ = now;
    }
    // An editor's save is several events (truncate, write, close): the file is read once they have stopped
    // for a moment, not half-written between two of them (which would flash errors that are not there).
    bool settled = change_pending_ && now - last_event_ >= settle_time;
    if (!settled && !force) return false;
    if (force && !change_pending_) noticed_ = now;
    change_pending_ = false;
    if (!document_->reload()) return false;
    after_load();
    return true;
}

bool StudioModel::edit(const std::vector<ScenarioEdit>& edits, const std::string& label, const std::string& select) {
    if (!history_) return false;
    EditOutcome outcome = history_->apply(edits, label);
    if (!outcome.applied) {
        // The first error says what to mend; its line is in the file as the edit would have left it.
        edit_note.clear();
        edit_note_line = 0;
        for (const Diagnostic& d : outcome.diagnostics.items()) {
            if (d.severity != Severity::error) continue;
            edit_note = d.message;
            edit_note_line = d.location.line;
            break;
        }
        if (edit_note.empty()) edit_note = "the edit could not be made";
        return false;
    }
    edit_note.clear();
    edit_note_line = 0;
    if (!outcome.changes.empty()) ++edits_written;
    reload_after_edit(select);
    return true;
}

bool StudioModel::undo() {
    if (!history_) return false;
    edit_note = history_->undo();
    edit_note_line = 0;
    if (!edit_note.empty()) return false;
    reload_after_edit({});
    return true;
}

bool StudioModel::redo() {
    if (!history_) return false;
    edit_note = history_->redo();
    edit_note_line = 0;
    if (!edit_note.empty()) return false;
    reload_after_edit({});
    return true;
}

// Read at once rather than when the watch notices: the panel shows the edited node on the next frame. The
// watch's own event then finds the same bytes and reloads nothing.
void StudioModel::reload_after_edit(const std::string& select) {
    noticed_ = std::chrono::steady_clock::now();
    change_pending_ = false;
    if (document_->reload()) after_load();
    if (!select.empty() && document_->select_node(select)) show_box(document_->selected_box());
}

std::string StudioModel::watch_problem() const { return watch_ ? watch_->problem() : std::string(); }

void StudioModel::after_load() {
    const LoadedScenario& loaded = document_->loaded();
    node_analysis_.clear();
    if (loaded.scenario && loaded.analysis) node_analysis_ = analyze_nodes(*loaded.scenario, *loaded.analysis);
    if (picked_diagnostic && *picked_diagnostic >= loaded.diagnostics.items().size()) picked_diagnostic.reset();
    // A test run or a replay of the version before cannot go on: its nodes may be others now. The trainer
    // is told, and starts again on this version.
    file_changed_under_play = play.has_value() || replay.has_value();
    play.reset();
    replay.reset();
    tells_.reset();
    if (loaded.scenario) {
        const Scenario& scenario = *loaded.scenario;
        if (draft.flags.size() != scenario.flags.size() || draft.totals.size() != scenario.skills.size()) reset_draft();
    }
    if (results_read_) read_analytics();
    compare_again();
    update_overlay();
}

const std::vector<std::string>& StudioModel::language_versions() {
    if (!language_versions_) {
        const LoadedScenario& loaded = document_->loaded();
        language_versions_ = loaded.scenario ? other_language_versions(document_->path(), *loaded.scenario) : std::vector<std::string>{};
    }
    return *language_versions_;
}

std::string StudioModel::compare_with(const std::string& path) {
    other_path_ = path;
    other_watch_ = std::make_unique<FileWatch>(path);
    compare_again();
    return compare_note;
}

// The other file is read again too: a translator may have changed it since.
void StudioModel::compare_again() {
    differences_.clear();
    if (other_path_.empty() || !document_) return;
    other_ = load_scenario_file(other_path_);
    compare_note.clear();
    const LoadedScenario& loaded = document_->loaded();
    if (!other_->scenario) {
        compare_note = other_->diagnostics.items().empty() ? "it does not read as a scenario" : other_->diagnostics.items().front().message;
        return;
    }
    if (!loaded.scenario) {
        compare_note = "this file does not read as a scenario";
        return;
    }
    differences_ = compare_translations(*loaded.scenario, *other_->scenario);
}

void StudioModel::reset_draft() {
    const LoadedScenario& loaded = document_->loaded();
    draft = Draft{};
    if (!loaded.scenario) return;
    draft.mood = loaded.scenario->character.mood;
    draft.flags.assign(loaded.scenario->flags.size(), 0);
    draft.totals.assign(loaded.scenario->skills.size(), 0);
}

std::string StudioModel::start_play(NodeIndex node) {
    const LoadedScenario& loaded = document_->loaded();
    file_changed_under_play = false;
    if (!loaded.playable()) return play_note = "the scenario has errors: mend them (see Checks) to play it";
    SessionStart start;
    start.node = node;
    start.mood = draft.mood;
    start.flags = draft.flags;
    start.totals = draft.totals;
    TestPlay run(loaded.scenario);
    if (std::string problem = run.start(start); !problem.empty()) return play_note = problem;
    begin_play(std::move(run));
    return {};
}

void StudioModel::begin_play(TestPlay run) {
    replay.reset();
    play.emplace(std::move(run));
    play_note.clear();
    update_overlay();
}

std::vector<DecisionRecord> StudioModel::recorded_decisions(std::int64_t session, std::string& problem) {
    if (!reader_) {
        problem = results_problem_.empty() ? "the results are not open" : results_problem_;
        return {};
    }
    try {
        return reader_->decisions(session);
    } catch (const StoreError& error) {
        problem = error.what();
        return {};
    }
}

std::string StudioModel::start_play_from_recording(std::int64_t session, NodeIndex node) {
    const LoadedScenario& loaded = document_->loaded();
    file_changed_under_play = false;
    if (!loaded.playable()) return play_note = "the scenario has errors: mend them (see Checks) to play it";
    std::string problem;
    std::vector<DecisionRecord> decisions = recorded_decisions(session, problem);
    if (!problem.empty()) return play_note = problem;
    RecordedState recorded = state_at_node(loaded.scenario, decisions, node);
    if (!recorded) return play_note = recorded.reason;
    TestPlay run(loaded.scenario);
    if (std::string refused = run.start(*recorded.state); !refused.empty()) return play_note = refused;
    // The hand-set state shows what was taken, so the trainer can change one thing and start again.
    draft.mood = recorded.state->mood.value_or(loaded.scenario->character.mood);
    draft.flags = recorded.state->flags;
    draft.totals = recorded.state->totals;
    if (draft.flags.size() != loaded.scenario->flags.size()) draft.flags.assign(loaded.scenario->flags.size(), 0);
    if (draft.totals.size() != loaded.scenario->skills.size()) draft.totals.assign(loaded.scenario->skills.size(), 0);
    begin_play(std::move(run));
    return {};
}

void StudioModel::stop_play() {
    play.reset();
    update_overlay();
}

void StudioModel::replay_rule(Strategy strategy) {
    const StudioTells* measured = tells();
    if (!measured) return;
    const RuleOutcome* outcome = measured->rule(strategy);
    if (!outcome) return;
    play.reset();
    file_changed_under_play = false;
    replay.emplace(replay_of_run(document_->loaded().scenario, outcome->run));
    replay_title = strategy_name(strategy);
    update_overlay();
}

std::string StudioModel::replay_recording(std::int64_t session) {
    const LoadedScenario& loaded = document_->loaded();
    if (!loaded.playable()) return "the scenario has errors: mend them (see Checks) to replay on it";
    std::string problem;
    std::vector<DecisionRecord> decisions = recorded_decisions(session, problem);
    if (!problem.empty()) return problem;
    std::optional<Replay> steps = replay_of_recording(loaded.scenario, decisions, problem);
    if (!steps) return problem;
    play.reset();
    file_changed_under_play = false;
    replay.emplace(std::move(*steps));
    replay_title.clear();
    for (const SessionRecord& record : recordings_)
        if (record.id == session) replay_title = record.trainee + " " + record.started_at.substr(0, 16);
    update_overlay();
    return {};
}

void StudioModel::stop_replay() {
    replay.reset();
    update_overlay();
}

const StudioTells* StudioModel::tells() {
    const LoadedScenario& loaded = document_->loaded();
    if (!loaded.playable() || !loaded.analysis) return nullptr;
    if (!tells_) tells_ = measure_studio_tells(loaded.scenario, *loaded.analysis);
    return &*tells_;
}

void StudioModel::read_results() {
    results_read_ = true;
    results_problem_.clear();
    if (!reader_) {
        try {
            reader_ = open_review_reader(results_location_);
        } catch (const StoreError& error) {
            results_problem_ = error.what();
            analytics_.reset();
            recordings_.clear();
            update_overlay();
            return;
        }
    }
    read_analytics();
    update_overlay();
}

void StudioModel::read_analytics() {
    analytics_.reset();
    recordings_.clear();
    const LoadedScenario& loaded = document_->loaded();
    if (!reader_ || !loaded.scenario) return;
    try {
        analytics_ = studio_analytics(*reader_, loaded);
        ResultsFilter filter;
        filter.scenario_id = loaded.scenario->id;
        recordings_ = reader_->sessions(filter);
        std::sort(recordings_.begin(), recordings_.end(),
                  [](const SessionRecord& a, const SessionRecord& b) { return a.started_at > b.started_at; });
        // The ones recorded against this very version come first: they replay exactly.
        std::string version = content_hash_hex(*loaded.scenario);
        std::stable_partition(recordings_.begin(), recordings_.end(), [&](const SessionRecord& r) { return r.scenario_hash == version; });
        results_problem_.clear();
    } catch (const StoreError& error) {
        results_problem_ = error.what();
        analytics_.reset();
    }
}

void StudioModel::update_overlay() {
    trail_arrows.clear();
    trail_box.reset();
    arrow_weights.clear();
    if (!document_) return;
    const GraphModel& model = document_->graph();
    const LoadedScenario& loaded = document_->loaded();
    if (play && loaded.scenario) {
        for (const PlayStep& step : play->log())
            for (std::size_t arrow : graph_arrows_of(model, step)) trail_arrows.push_back(arrow);
        trail_box = graph_box_of(model, play->current());
    } else if (replay) {
        for (std::size_t k = 0; k < replay->position(); ++k)
            for (std::size_t arrow : graph_arrows_of(model, replay->replay().steps[k])) trail_arrows.push_back(arrow);
        trail_box = graph_box_of(model, replay->node());
    }
    if (show_heat && analytics_) {
        std::vector<std::size_t> counts = analytics_->arrow_counts(model);
        std::size_t most = counts.empty() ? 0 : *std::max_element(counts.begin(), counts.end());
        if (most > 0)
            for (std::size_t count : counts) arrow_weights.push_back(static_cast<double>(count) / static_cast<double>(most));
    }
}

void StudioModel::pick_diagnostic(std::size_t index) {
    const auto& items = document_->loaded().diagnostics.items();
    if (index >= items.size()) return;
    picked_diagnostic = index;
    if (std::optional<std::size_t> box = document_->box_for_line(items[index].location.line)) show_box(box);
}

void StudioModel::select_towards(Direction direction) {
    const std::optional<GraphLayout>& layout = document_->layout();
    if (!layout) return;
    std::optional<std::size_t> next = box_towards(*layout, document_->selected_box(), direction);
    if (next) show_box(next);
}

void StudioModel::select_box(std::optional<std::size_t> box) { document_->select_box(box); }

void StudioModel::show_box(std::optional<std::size_t> box) {
    if (!box) return;
    document_->select_box(box);
    const std::optional<GraphLayout>& layout = document_->layout();
    if (layout && *box < layout->boxes.size()) view_.keep_in_view(layout->boxes[*box]);
}

void StudioModel::show_node(NodeIndex node) { show_box(document_->box_of(node)); }

}  // namespace frontdesk::gui
