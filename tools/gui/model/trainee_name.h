// The name or code a trainee types on the first screen: trimmed of spaces, and refused with a message the
// screen shows under the field when it is empty or unusable (control characters, broken UTF-8, too long).
#pragma once

#include <string>
#include <string_view>

#include "frontdesk/language.h"

namespace frontdesk::gui {

struct TraineeName {
    std::string name;     // trimmed; empty when refused
    std::string problem;  // in the window's language; empty when the name is fine

    bool ok() const { return problem.empty(); }
};

TraineeName check_trainee_name(std::string_view typed, Language language);

}  // namespace frontdesk::gui
