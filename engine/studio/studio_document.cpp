// The studio's open file: read, checked, drawn, and read again when it changes, with what changed said by node id.
#include "frontdesk/studio_document.h"

#include <sys/stat.h>

#include <algorithm>
#include <fstream>
#include <tuple>
#include <unordered_map>

#include "frontdesk/analysis.h"
#include "frontdesk/source_text.h"

namespace frontdesk {

namespace {

// The file's bytes, or nothing when they cannot be read as a scenario file can (missing, a folder, a device,
// too large, unreadable): the loader then says why, in the words lint uses.
std::optional<std::string> read_bytes(const std::string& path) {
    struct stat info {};
    if (::stat(path.c_str(), &info) != 0 || !S_ISREG(info.st_mode)) return std::nullopt;
    if (static_cast<std::size_t>(info.st_size) > max_scenario_file_bytes) return std::nullopt;
    std::ifstream in(path, std::ios::binary);
    if (!in) return std::nullopt;
    std::string bytes;
    // Read to the end rather than st_size bytes: an editor may be writing the file while it is read, and the
    // next change notice brings the rest.
    char buffer[65536];
    while (in.read(buffer, sizeof buffer) || in.gcount() > 0) {
        bytes.append(buffer, static_cast<std::size_t>(in.gcount()));
        if (bytes.size() > max_scenario_file_bytes) return std::nullopt;
    }
    if (in.bad()) return std::nullopt;
    return bytes;
}

void add_field(std::string& out, std::string_view field) {
    // Length-prefixed, so no text can pass for two fields or a separator.
    out += std::to_string(field.size());
    out += ':';
    out += field;
}

std::string target_id(const Scenario& scenario, NodeIndex target) {
    if (target < 0 || static_cast<std::size_t>(target) >= scenario.nodes.size()) return {};
    return scenario.nodes[static_cast<std::size_t>(target)].id;
}

void add_effect(std::string& out, const Scenario& scenario, const Effect& effect) {
    for (const ConditionalGoto& entry : effect.conditional_gotos) {
        add_field(out, entry.condition ? entry.condition->text() : std::string());
        add_field(out, target_id(scenario, entry.target));
    }
    add_field(out, "goto");
    add_field(out, target_id(scenario, effect.target));
    // Points by skill name: reordering the skills list changes no node.
    for (std::size_t skill = 0; skill < effect.score.size(); ++skill) {
        if (effect.score[skill] == 0) continue;
        add_field(out, skill < scenario.skills.size() ? scenario.skills[skill] : std::to_string(skill));
        add_field(out, std::to_string(effect.score[skill]));
    }
    add_field(out, "mood");
    add_field(out, std::to_string(effect.mood));
    for (const FlagAssignment& flag : effect.set) {
        add_field(out, flag.flag >= 0 && static_cast<std::size_t>(flag.flag) < scenario.flags.size() ? scenario.flags[static_cast<std::size_t>(flag.flag)]
                                                                                                      : std::to_string(flag.flag));
        add_field(out, std::to_string(flag.value));
    }
    add_field(out, effect.feedback);
}

// What a node says and does, without where it sits in the file: moving a node, or adding lines above it, does
// not change it; a changed word, target (by id), point, mood or condition does.
std::string node_content(const Scenario& scenario, const Node& node) {
    std::string out;
    add_field(out, node.say);
    add_field(out, node.narration);
    add_field(out, ending_name(node.ending));
    add_field(out, node.debrief);
    if (node.on_enter) {
        add_field(out, "on_enter");
        add_field(out, std::to_string(node.on_enter->mood));
        for (const FlagAssignment& flag : node.on_enter->set) add_field(out, std::to_string(flag.flag) + "=" + std::to_string(flag.value));
    }
    for (const Choice& choice : node.choices) {
        add_field(out, "choice");
        add_field(out, choice.say);
        add_field(out, choice.condition ? choice.condition->text() : std::string());
        add_effect(out, scenario, choice);
    }
    if (node.on_timeout) {
        add_field(out, "on_timeout");
        add_effect(out, scenario, *node.on_timeout);
    }
    return out;
}

std::unordered_map<std::string, std::string> node_contents(const Scenario* scenario) {
    std::unordered_map<std::string, std::string> contents;
    if (!scenario) return contents;
    for (const Node& node : scenario->nodes) contents.emplace(node.id, node_content(*scenario, node));
    return contents;
}

StudioChanges compare(const LoadedScenario& before, const LoadedScenario& after) {
    StudioChanges changes;
    const Scenario* old_scenario = before.scenario.get();
    const Scenario* new_scenario = after.scenario.get();
    std::unordered_map<std::string, std::string> old_contents = node_contents(old_scenario);
    std::unordered_map<std::string, std::string> new_contents = node_contents(new_scenario);
    if (new_scenario)
        for (const Node& node : new_scenario->nodes) {
            auto found = old_contents.find(node.id);
            if (found == old_contents.end()) changes.added.push_back(node.id);
            else if (found->second != new_contents[node.id]) changes.changed.push_back(node.id);
        }
    if (old_scenario)
        for (const Node& node : old_scenario->nodes)
            if (!new_contents.count(node.id)) changes.removed.push_back(node.id);
    // Duplicate ids (a trainer's mistake the checks report) would otherwise be listed twice.
    auto unique = [](std::vector<std::string>& ids) {
        std::vector<std::string> seen;
        ids.erase(std::remove_if(ids.begin(), ids.end(),
                                 [&](const std::string& id) {
                                     if (std::find(seen.begin(), seen.end(), id) != seen.end()) return true;
                                     seen.push_back(id);
                                     return false;
                                 }),
                  ids.end());
    };
    unique(changes.added), unique(changes.removed), unique(changes.changed);
    changes.title_changed = (old_scenario ? old_scenario->title : std::string()) != (new_scenario ? new_scenario->title : std::string());
    changes.diagnostics_changed = format_diagnostics(before) != format_diagnostics(after);
    return changes;
}

// Whether two models draw the same picture, box for box and arrow for arrow: the layout is a function of the
// model alone, so an edit that changes no box or arrow (feedback, a debrief, a comment, words past what a box
// shows) keeps the layout, and a large scenario is not laid out again for it.
bool same_picture(const GraphModel& a, const GraphModel& b) {
    auto box = [](const GraphBox& x) { return std::tie(x.node, x.id, x.lines, x.tag, x.ending, x.start, x.unreachable, x.dead_end, x.width, x.height); };
    auto arrow = [](const GraphArrow& x) { return std::tie(x.from, x.to, x.kind, x.choice, x.label, x.conditions); };
    if (a.title != b.title || a.language != b.language || a.skill_keys != b.skill_keys || a.boxes.size() != b.boxes.size() ||
        a.arrows.size() != b.arrows.size())
        return false;
    for (std::size_t i = 0; i < a.boxes.size(); ++i)
        if (box(a.boxes[i]) != box(b.boxes[i])) return false;
    for (std::size_t i = 0; i < a.arrows.size(); ++i)
        if (arrow(a.arrows[i]) != arrow(b.arrows[i])) return false;
    return true;
}

}  // namespace

StudioDocument::StudioDocument(std::string path, GraphTextSize text_size) : path_(std::move(path)), text_size_(text_size) {
    load(read_bytes(path_));
}

void StudioDocument::load(std::optional<std::string> bytes) {
    read_failed_ = !bytes;
    if (bytes) {
        bytes_ = *bytes;
        loaded_ = load_scenario_text(path_, std::move(*bytes));
    } else {
        bytes_.clear();
        // The loader's own reading says what is wrong ("cannot open: No such file or directory", "is a directory").
        loaded_ = load_scenario_file(path_);
    }
    draw();
}

void StudioDocument::draw() {
    if (loaded_.scenario && !loaded_.analysis) loaded_.analysis = std::make_shared<Analysis>(analyze(*loaded_.scenario));
    GraphModel graph = loaded_.scenario ? build_graph_model(*loaded_.scenario, *loaded_.analysis, text_size_) : GraphModel{};
    layout_kept_ = loaded_.scenario && layout_ && same_picture(graph, graph_);
    graph_ = std::move(graph);
    if (layout_kept_) return;
    layout_.reset();
    layout_problems_.clear();
    if (loaded_.scenario) {
        GraphLayoutResult result = lay_out_graph(graph_, text_size_);
        layout_ = std::move(result.layout);
        layout_problems_ = std::move(result.problems);
    }
}

bool StudioDocument::reload() {
    std::optional<std::string> bytes = read_bytes(path_);
    if (bytes && !read_failed_ && *bytes == bytes_) return false;
    LoadedScenario before = std::move(loaded_);
    if (!bytes && read_failed_) {
        // Still unreadable: only a different reason (deleted, then made a folder) is news.
        LoadedScenario now = load_scenario_file(path_);
        if (format_diagnostics(now) == format_diagnostics(before)) {
            loaded_ = std::move(before);
            return false;
        }
        loaded_ = std::move(now);
        draw();
    } else {
        load(std::move(bytes));
    }
    changes_ = compare(before, loaded_);
    if (!selected_id_.empty() && !selected_node()) selected_id_.clear();
    return true;
}

std::size_t StudioDocument::node_count() const { return loaded_.scenario ? loaded_.scenario->nodes.size() : 0; }
std::size_t StudioDocument::error_count() const { return loaded_.diagnostics.error_count(); }
std::size_t StudioDocument::warning_count() const { return loaded_.diagnostics.warning_count(); }

void StudioDocument::select_box(std::optional<std::size_t> box) {
    if (box && *box < graph_.boxes.size() && graph_.boxes[*box].node != no_node) selected_id_ = graph_.boxes[*box].id;
    else selected_id_.clear();
}

bool StudioDocument::select_node(const std::string& node_id) {
    if (!loaded_.scenario || loaded_.scenario->find_node(node_id) == no_node) return false;
    selected_id_ = node_id;
    return true;
}

std::optional<NodeIndex> StudioDocument::selected_node() const {
    if (selected_id_.empty() || !loaded_.scenario) return std::nullopt;
    NodeIndex node = loaded_.scenario->find_node(selected_id_);
    if (node == no_node) return std::nullopt;
    return node;
}

std::optional<std::size_t> StudioDocument::selected_box() const {
    std::optional<NodeIndex> node = selected_node();
    return node ? box_of(*node) : std::nullopt;
}

std::optional<std::size_t> StudioDocument::box_of(NodeIndex node) const {
    if (node == no_node) return std::nullopt;
    for (std::size_t box = 0; box < graph_.boxes.size(); ++box)
        if (graph_.boxes[box].node == node) return box;
    return std::nullopt;
}

std::optional<std::size_t> StudioDocument::box_for_line(std::uint32_t line) const {
    if (!loaded_.scenario || line == 0) return std::nullopt;
    const std::vector<Node>& nodes = loaded_.scenario->nodes;
    NodeIndex best = no_node;
    std::uint32_t best_line = 0;
    // Nodes come in file order, but a scenario built otherwise need not: take the latest key at or before.
    for (std::size_t i = 0; i < nodes.size(); ++i) {
        std::uint32_t key = nodes[i].location.line;
        if (key != 0 && key <= line && key >= best_line) best = static_cast<NodeIndex>(i), best_line = key;
    }
    return box_of(best);
}

std::vector<std::string> StudioDocument::source_lines(std::uint32_t first, std::uint32_t last) const {
    std::vector<std::string> lines;
    if (!loaded_.source) return lines;
    std::uint32_t count = loaded_.source->line_count();
    first = std::max<std::uint32_t>(first, 1);
    last = std::min(last, count);
    for (std::uint32_t line = first; line <= last && line != 0; ++line) lines.emplace_back(loaded_.source->line_text(line));
    return lines;
}

}  // namespace frontdesk
