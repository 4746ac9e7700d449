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

// The nodes in the order the script tells them: breadth-first from the start along answers and timeouts (in
// their written order), then what only the mood-zero detour reaches, then unreachable nodes in file order.
std::vector<NodeIndex> script_reading_order(const Scenario& scenario, const Analysis& analysis);

std::string scenario_script_html(const Scenario& scenario, const Analysis& analysis);
std::string scenario_script_markdown(const Scenario& scenario, const Analysis& analysis);

}  // namespace frontdesk
