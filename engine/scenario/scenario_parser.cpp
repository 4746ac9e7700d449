#include "frontdesk/scenario_parser.h"

#include "frontdesk/yaml_document.h"
#include "scenario_builder.h"

namespace frontdesk {

std::shared_ptr<Scenario> parse_scenario(const SourceText& source, DiagnosticList& diagnostics) {
    std::optional<YamlDocument> document = parse_yaml_document(source, diagnostics);
    if (!document) return nullptr;
    // The tree is freed on return, before the caller's graph work.
    return build_scenario(*document, source, diagnostics);
}

}  // namespace frontdesk
