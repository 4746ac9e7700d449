// The checks that need the whole scenario at once (graph shape, loops, endings, feedback, timeouts), run
// after the file has been mapped onto the model. Format mistakes are reported earlier, by the loader.
#pragma once

#include "frontdesk/analysis.h"
#include "frontdesk/diagnostic.h"
#include "frontdesk/scenario.h"

namespace frontdesk {

void check_scenario(const Scenario& scenario, const Analysis& analysis, DiagnosticList& diagnostics);

}  // namespace frontdesk
