// The house rules for the bundled library (section 9.1 of the trainers' guide), offered to every trainer as
// `lint --house-rules`: a scenario long enough to practise on (15 nodes), every kind of ending, two to four
// answers at every node, and at least 6 points of best in every skill. Each is a warning marked
// "[house rule]"; the id matching its file name and ids unique in the library are checked on every lint.
#pragma once

#include "frontdesk/analysis.h"
#include "frontdesk/diagnostic.h"
#include "frontdesk/scenario.h"

namespace frontdesk {

constexpr std::size_t house_min_nodes = 15;
constexpr std::size_t house_min_answers = 2;
constexpr std::size_t house_max_answers = 4;
constexpr int house_min_skill_best = 6;

// Adds the house-rule warnings. Meant for a scenario without errors (its analysis is complete).
void check_house_rules(const Scenario& scenario, const Analysis& analysis, DiagnosticList& diagnostics);

}  // namespace frontdesk
