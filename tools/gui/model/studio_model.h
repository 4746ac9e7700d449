// The studio's state behind the window: the open file (StudioDocument), the watch on it, the view of the
// graph, the panel shown, the diagnostic picked, and what is worked out per node for the node panel. Headless:
// the window draws it, the tests drive it without a window.
#pragma once

#include <chrono>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "frontdesk/analysis.h"
#include "frontdesk/edit_history.h"
#include "frontdesk/translation_compare.h"
#include "frontdesk/file_watch.h"
#include "frontdesk/results_store.h"
#include "frontdesk/studio_analytics.h"
#include "frontdesk/studio_document.h"
#include "frontdesk/studio_play.h"
#include "frontdesk/studio_replay.h"
#include "frontdesk/studio_tells.h"
#include "graph_view.h"

namespace frontdesk::gui {

enum class StudioTab { checks, node, edit, play, tells, trainees, languages };
constexpr StudioTab studio_tabs[] = {StudioTab::checks, StudioTab::node, StudioTab::edit, StudioTab::play, StudioTab::tells, StudioTab::trainees, StudioTab::languages};
const char* studio_tab_name(StudioTab tab);  // for the trace: "checks", "node", ...

class StudioModel {
public:
    // Opens `path` and starts watching it (a file that does not load opens on its diagnostics).
    void open(const std::string& path);
    void close();
    bool is_open() const { return document_ != nullptr; }

    StudioDocument& document() { return *document_; }
    const StudioDocument& document() const { return *document_; }
    GraphView& view() { return view_; }
    const GraphView& view() const { return view_; }

    // Whether the file changed on disk (or `force`: F5), and then reloads it once the save's events have
    // settled (15 ms without another): true when a different version is now loaded. The view stays where it
    // was; the selection follows its node id. Call it often (the window does on every turn of its loop).
    bool poll(bool force = false);
    // A change was seen and waits for its save to settle: look again soon.
    bool change_waiting() const { return change_pending_; }
    // When the change that led to the last reload was noticed (for the trace's ms: noticed to drawn).
    std::chrono::steady_clock::time_point noticed() const { return noticed_; }
    // Why the file is not watched (then F5 reloads it), empty while it is.
    std::string watch_problem() const;

    // What can still happen from each node (the node panel), for the version loaded.
    const std::vector<NodeAnalysis>& node_analysis() const { return node_analysis_; }

    StudioTab tab = StudioTab::checks;
    // The diagnostic picked in the checks panel (an index into the loaded diagnostics), kept while it exists.
    std::optional<std::size_t> picked_diagnostic;
    // Selects the box of the node a diagnostic is about (by its line) and remembers the diagnostic.
    void pick_diagnostic(std::size_t index);
    // Moves the selection with an arrow key and keeps it in view.
    void select_towards(Direction direction);
    // Selects a box (a click) or nothing.
    void select_box(std::optional<std::size_t> box);
    // Selects a box, or node's box, and moves the view just enough to show it (a panel's link to a node, a
    // diagnostic picked, an arrow key, a replay's step).
    void show_box(std::optional<std::size_t> box);
    void show_node(NodeIndex node);

    // Drawn over the graph: the arrows a test run or a replay took so far and the box it is at; how often
    // trainees took each arrow (0..1 of the most taken, by GraphModel arrow), with --db.
    std::vector<std::size_t> trail_arrows;
    std::optional<std::size_t> trail_box;
    std::vector<double> arrow_weights;

    // ---- Editing: each edit written to the file at once, checked, reloaded, undoable ----
    // Applies `edits` to the open file (only their bytes change; see scenario_edit.h) and reloads it; `label`
    // names the edit on the Undo button. Refused when the result would not load: the file keeps its bytes and
    // edit_note says why (the first error, with its line). `select` (a node id) is selected after the reload: a
    // node renamed or added.
    bool edit(const std::vector<ScenarioEdit>& edits, const std::string& label, const std::string& select = {});
    bool undo();
    bool redo();
    const EditHistory* history() const { return history_ ? &*history_ : nullptr; }
    // Why the last edit, undo or redo was refused (in English, as the engine says it; the window translates
    // the loader's messages), and the line of the file it is about (0: none); empty after one that worked.
    std::string edit_note;
    std::uint32_t edit_note_line = 0;
    // How many edits were written since the file was opened (the trace's studio_edited count).
    int edits_written = 0;

    // ---- The same scenario in another language, side by side ----
    // The files beside this one that look like its other language version (found when first asked for).
    const std::vector<std::string>& language_versions();
    // Loads `path` as the other version and compares the two; "" or why not. Compared again after each reload
    // of either file (the other one is watched too) and on F5.
    std::string compare_with(const std::string& path);
    const std::string& other_path() const { return other_path_; }
    const LoadedScenario* other_version() const { return other_ ? &*other_ : nullptr; }
    const std::vector<TranslationDifference>& differences() const { return differences_; }
    std::string compare_note;  // why the last comparison could not be made

    // ---- Playing to test (nothing is stored) ----
    // The state the trainer sets by hand before starting from a node: mood, flags, skill totals (reset to the
    // scenario's own start values when a reload changes its flags or skills).
    struct Draft {
        int mood = 50;
        std::vector<std::int64_t> flags;
        std::vector<int> totals;
    } draft;
    std::optional<TestPlay> play;
    // Why the last start was refused (empty once started).
    std::string play_note;
    // The file changed under a test run or a replay: it stopped (its nodes may be others now); start again.
    bool file_changed_under_play = false;
    // Plays from `node` in the draft state; returns why it cannot (the scenario has errors, the node...).
    std::string start_play(NodeIndex node);
    // Plays from `node` in the state the recorded session `session` had there.
    std::string start_play_from_recording(std::int64_t session, NodeIndex node);
    void stop_play();
    // The draft set back to the scenario's own start values.
    void reset_draft();

    // ---- Replay on the graph ----
    std::optional<ReplayCursor> replay;
    std::string replay_title;  // "longest", or the trainee and date of a recorded session
    void replay_rule(Strategy strategy);
    std::string replay_recording(std::int64_t session);
    void stop_replay();

    // ---- Tells and balance: worked out when first asked for, again after each reload ----
    const StudioTells* tells();

    // ---- Trainees' paths, from the results store ----
    // Where the results are (the window's --db, else its results location); read when first asked for.
    void set_results_location(std::string location) { results_location_ = std::move(location); }
    const std::string& results_location() const { return results_location_; }
    // Opens the store (once) and reads this scenario's sessions: the arrows' counts, the losses, the recordings.
    void read_results();
    bool results_read() const { return results_read_; }
    const std::string& results_problem() const { return results_problem_; }
    const std::optional<StudioAnalytics>& analytics() const { return analytics_; }
    // The recorded sessions of this scenario (newest first) for replaying or playing from.
    const std::vector<SessionRecord>& recordings() const { return recordings_; }
    bool show_heat = true;  // the arrows' counts drawn on the graph

    // The trail and the heat over the graph, from the test run, the replay and the analytics.
    void update_overlay();

private:
    void after_load();
    void read_analytics();
    void begin_play(TestPlay run);
    std::vector<DecisionRecord> recorded_decisions(std::int64_t session, std::string& problem);

    std::optional<StudioTells> tells_;
    std::string results_location_;
    std::unique_ptr<ResultsReader> reader_;
    bool results_read_ = false;
    std::string results_problem_;
    std::optional<StudioAnalytics> analytics_;
    std::vector<SessionRecord> recordings_;

    void reload_after_edit(const std::string& select);
    void compare_again();
    std::optional<std::vector<std::string>> language_versions_;
    std::string other_path_;
    std::optional<LoadedScenario> other_;
    std::unique_ptr<FileWatch> other_watch_;
    std::vector<TranslationDifference> differences_;
    std::optional<EditHistory> history_;

    std::unique_ptr<StudioDocument> document_;
    std::unique_ptr<FileWatch> watch_;
    GraphView view_;
    std::vector<NodeAnalysis> node_analysis_;
    std::chrono::steady_clock::time_point noticed_;
    // A change seen and not yet read, and when its last event came (see poll).
    bool change_pending_ = false;
    std::chrono::steady_clock::time_point last_event_;
    static constexpr std::chrono::milliseconds settle_time{15};
};

}  // namespace frontdesk::gui
