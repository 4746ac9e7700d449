// A scenario's conversation graph as Graphviz dot or Mermaid text, for trainers to see its shape.
#pragma once

#include <string>

#include "frontdesk/scenario.h"

namespace frontdesk {

std::string graph_dot(const Scenario& scenario);
std::string graph_mermaid(const Scenario& scenario);

}  // namespace frontdesk
