// Maps a parsed YAML document onto the Scenario model, reporting every mistake against the format.
#pragma once

#include <memory>

#include "frontdesk/diagnostic.h"
#include "frontdesk/scenario.h"
#include "frontdesk/source_text.h"
#include "frontdesk/yaml_document.h"

namespace frontdesk {

std::shared_ptr<Scenario> build_scenario(const YamlDocument& document, const SourceText& source,
                                         DiagnosticList& diagnostics);

}  // namespace frontdesk
