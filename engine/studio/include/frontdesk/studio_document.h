// The scenario file the studio has open: loaded with every check (as lint does), its graph model and layout,
// and what the trainer has selected. Reloading keeps the selection by node id and says what changed, so the
// window redraws the new picture where the trainer was looking. Headless: the window and the tests share it.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "frontdesk/graph_layout.h"
#include "frontdesk/scenario_loader.h"
#include "frontdesk/studio_graph.h"

namespace frontdesk {

// What a reload changed, by node id (in the new file's order for added and changed, the old one's for removed).
struct StudioChanges {
    std::vector<std::string> added;
    std::vector<std::string> removed;
    std::vector<std::string> changed;    // same id, different content (line, choices, targets, points...)
    bool title_changed = false;
    bool diagnostics_changed = false;    // a different list of errors and warnings
    bool nothing() const { return added.empty() && removed.empty() && changed.empty() && !title_changed && !diagnostics_changed; }
};

class StudioDocument {
public:
    // Loads `path` (a file that cannot be read, or is not a scenario, opens on its diagnostics: never throws for
    // what is in the file).
    explicit StudioDocument(std::string path, GraphTextSize text_size = {});

    // Reads the file again. False when its bytes are the same as last time (nothing is redone); otherwise the
    // scenario, the diagnostics, the graph and the layout are new (the layout is kept when no box or arrow
    // changed: layout_kept()), the selection follows its node id (cleared when that node is gone) and changes()
    // says what differs from before. A file that became unreadable for the same reason as before is no change.
    bool reload();

    const std::string& path() const { return path_; }
    const LoadedScenario& loaded() const { return loaded_; }
    const GraphModel& graph() const { return graph_; }
    // Empty when there is no scenario to draw (the file does not parse) or Graphviz could not lay it out.
    const std::optional<GraphLayout>& layout() const { return layout_; }
    const std::vector<std::string>& layout_problems() const { return layout_problems_; }
    // Whether the last reload kept the layout as it was, because no box or arrow changed (feedback, a debrief, a
    // comment edited): the window need not move anything.
    bool layout_kept() const { return layout_kept_; }
    std::size_t node_count() const;
    std::size_t error_count() const;
    std::size_t warning_count() const;
    const StudioChanges& changes() const { return changes_; }

    // Selection: a box of the graph (a node), kept across reloads by its node id.
    void select_box(std::optional<std::size_t> box);
    bool select_node(const std::string& node_id);  // false when there is no such node
    std::optional<std::size_t> selected_box() const;
    std::optional<NodeIndex> selected_node() const;
    const std::string& selected_id() const { return selected_id_; }

    // The box whose node's source lines hold 1-based `line` (a diagnostic's location): the node whose key is
    // the last one at or before it; empty for lines before the first node (title, character...).
    std::optional<std::size_t> box_for_line(std::uint32_t line) const;
    // The source lines `first`..`last` (1-based, clamped to the file), for showing a diagnostic's context.
    std::vector<std::string> source_lines(std::uint32_t first, std::uint32_t last) const;
    // The box that draws node `node`.
    std::optional<std::size_t> box_of(NodeIndex node) const;

private:
    // Loads what was read (nothing: the file could not be read, and the loader says why), then draws it.
    void load(std::optional<std::string> bytes);
    // The graph and its layout of what is loaded (the layout kept when the picture is the same).
    void draw();

    std::string path_;
    GraphTextSize text_size_;
    std::string bytes_;           // the file as last read (what reload compares against)
    bool read_failed_ = false;
    LoadedScenario loaded_;
    GraphModel graph_;
    std::optional<GraphLayout> layout_;
    std::vector<std::string> layout_problems_;
    bool layout_kept_ = false;
    StudioChanges changes_;
    std::string selected_id_;
};

}  // namespace frontdesk
