// The whole scenario as a script for a subject-matter expert's review: the briefing, then every node in
// reading order (from the start, breadth-first; then those no trainee can reach, marked), each with its line,
// narration, answers (points per skill, mood, condition, where it goes, feedback) and endings with their kind.
// As printable HTML or as Markdown, in the scenario's language.
#pragma once

#include <string>
#include <vector>

#include "frontdesk/analysis.h"
#include "frontdesk/scenario.h"

namespace frontdesk {

struct ScriptDestination {
    NodeIndex node = no_node;
    std::string when;  // "when ...", "otherwise", or empty for a plain goto
};

// One answer, or the timeout, as a reviewer reads it (in the scenario's language).
struct ScriptEffect {
    std::string heading;   // "Answer 2" / "No answer within 40 s"
    std::string say;       // empty for the timeout
    bool ideal = false;
    std::string points;    // "+2 listening, −1 respect" or "no points"
    std::string mood;      // "+15", empty when unchanged
    std::string condition; // the `if`, as written
    std::string sets;      // "asked_number = 1, ..."
    std::vector<ScriptDestination> destinations;
    std::string feedback;
};

struct ScriptNode {
    NodeIndex index = no_node;
    const Node* node = nullptr;
    bool start = false, unreachable = false, dead_end = false;
    std::string on_enter;  // "mood −10; sets waited = 1"
    std::vector<ScriptEffect> effects;
};

// What one node says and does, gathered as the script writes it (the studio's node panel shows the same).
ScriptNode describe_script_node(const Scenario& scenario, const Analysis& analysis, NodeIndex node);

// The nodes in the order the script tells them: breadth-first from the start along answers and timeouts (in
// their written order), then what only the mood-zero detour reaches, then unreachable nodes in file order.
std::vector<NodeIndex> script_reading_order(const Scenario& scenario, const Analysis& analysis);

std::string scenario_script_html(const Scenario& scenario, const Analysis& analysis);
std::string scenario_script_markdown(const Scenario& scenario, const Analysis& analysis);

}  // namespace frontdesk
