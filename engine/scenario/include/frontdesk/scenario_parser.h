// From a scenario file's text to the Scenario model: YAML parsed into a compact tree, then mapped onto the
// model with every format mistake reported (unknown keys, wrong values, missing nodes, bad conditions). The
// checks that need the whole graph come after, in the analysis; library/scenario_loader.h runs them all.
#pragma once

#include <memory>

#include "frontdesk/diagnostic.h"
#include "frontdesk/scenario.h"
#include "frontdesk/source_text.h"

namespace frontdesk {

// Empty when the text is not a scenario at all (no YAML document, not a map); otherwise the scenario as far
// as it could be read, with its problems in `diagnostics`.
std::shared_ptr<Scenario> parse_scenario(const SourceText& source, DiagnosticList& diagnostics);

}  // namespace frontdesk
