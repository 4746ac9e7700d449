// Writing conversation texts into a scenario file: the doubled brace they need to show a '{' (the quoting
// itself is frontdesk/yaml_text.h's, shared with the editor).
#pragma once

#include "frontdesk/yaml_text.h"

#include <string>
#include <string_view>

namespace frontdesk {

// A conversation text (say, narration, feedback, debrief) shown as written: each '{' doubled, since a single
// one opens a placeholder ({trainee}).
std::string literal_braces(std::string_view text);

}  // namespace frontdesk
