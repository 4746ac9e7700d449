// The two bars beside the character's face: the mood meter (red to green, with its value and word) and the
// answer's countdown (a shrinking bar that turns red in the last quarter).
#pragma once

#include <string>

#include "frontdesk/language.h"

namespace frontdesk::gui {

// Drawn at `mood`, which the caller animates from the old value to the new one.
void mood_meter(double mood, Language language, float width);

void countdown_bar(double seconds_left, double limit, const std::string& label, float width);

}  // namespace frontdesk::gui
