// The studio's picture of a scenario, before and after layout: every node a box with its line shortened and
// wrapped, every choice and timeout an arrow labelled with its number, points, mood and condition, endings by
// kind, unreachable nodes and dead ends marked. Plain data: the window draws it, `frontdesk graph --format svg`
// writes it, and neither needs to know that Graphviz placed it (graph_layout.h).
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "frontdesk/analysis.h"
#include "frontdesk/language.h"
#include "frontdesk/scenario.h"

namespace frontdesk {

// The sizes the model measures text with (points, 1/72 inch), so boxes fit what is written in them. The
// drawing uses the same sizes (DejaVu Sans, the window's font).
struct GraphTextSize {
    double line = 12.0;   // the character's words
    double small = 9.5;   // node ids, tags, arrow labels
};

struct GraphBox {
    NodeIndex node = no_node;         // the scenario's node; no_node for the "mood reaches 0" marker
    std::string id;                   // the node's id (empty for the marker)
    std::vector<std::string> lines;   // the character's line (or narration in brackets), wrapped and shortened
    std::string tag;                  // beside the id: "start", the ending's kind, "cannot be reached", "dead end"
    EndingKind ending = EndingKind::none;
    bool start = false;
    bool unreachable = false;         // no way from the start (analysis: reachable)
    bool dead_end = false;            // reachable, not an ending, and no ending can be reached from it (analysis: can_end)
    double width = 0, height = 0;     // points, from the text
};

enum class ArrowKind { choice, timeout, mood_zero };

struct GraphArrow {
    std::size_t from = 0, to = 0;     // indices into GraphModel::boxes
    ArrowKind kind = ArrowKind::choice;
    int choice = -1;                  // 0-based; -1 for a timeout or the mood-zero detour
    std::string label;                // "2 · L+1 P−1 · mood −5" or "timeout · L−1 · mood −10"
    std::vector<std::string> conditions;  // "only if mood >= 20", "when asked", "otherwise": shown in italics
};

struct GraphModel {
    std::string title;
    Language language = Language::en;
    std::vector<std::string> skill_keys;  // "L listening" ...: what the letters on the arrows stand for
    std::vector<GraphBox> boxes;
    std::vector<GraphArrow> arrows;
    std::size_t reachable = 0, endings = 0;
};

// The model of a loaded scenario with the analysis its checks ran on (LoadedScenario::analysis), so marks
// agree with what lint says. Words (mood, timeout, conditions) are in the scenario's language.
GraphModel build_graph_model(const Scenario& scenario, const Analysis& analysis, GraphTextSize size = {});

// How wide a text is drawn at `font_size` points, estimated from its characters (wide and narrow ones apart);
// the same estimate sizes boxes and labels, so nothing written overflows its box.
double estimated_text_width(const std::string& text, double font_size);
// `text` in lines of at most `width` characters, broken at spaces (a longer word is cut), at most `max_lines`
// lines; what does not fit ends the last line with "…". Counts characters, not bytes.
std::vector<std::string> wrap_text(const std::string& text, std::size_t width, std::size_t max_lines);

}  // namespace frontdesk
