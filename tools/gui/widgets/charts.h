// Drawing pieces the screens share: the character's face, the mood meter, skill bars, the radar of skills,
// large answer buttons, the countdown bar, and text shown literally (never as a format string).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <imgui.h>

#include "frontdesk/scenario.h"

namespace frontdesk::gui {

// Text exactly as written (a '%s' in a scenario stays '%s'), wrapped at the available width.
void text_wrapped(std::string_view text);
void text_line(std::string_view text);
void heading(ImFont* font, std::string_view text);

// A round face whose brows, eyes and mouth follow the mood (0 furious .. 100 delighted).
void draw_face(ImDrawList* draw, ImVec2 centre, float radius, double mood, bool high_contrast);

// The mood meter: a bar from red to green with the value and its word, animated by the caller's value.
void mood_meter(double mood, Language language, float width);

// One skill: label, a bar of its percentage, and "raw of best".
void skill_bar(const std::string& label, double percent, int raw, int best, bool scored, float width, bool high_contrast);

// The three (or more) skills as a filled polygon on a radar, 0..1 each.
void radar_chart(const std::vector<std::string>& labels, const std::vector<float>& values, float radius, bool high_contrast);

// A large answer button with its key number; wraps long answers. Returns true when clicked or activated.
bool answer_button(int number, std::string_view text, float width, ImFont* font);

// The countdown: seconds left as a shrinking bar that turns red in the last quarter.
void countdown_bar(double seconds_left, double limit, const std::string& label, float width);

}  // namespace frontdesk::gui
