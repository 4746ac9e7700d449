// The settings shared by the trainee and library screens: language, text size (stepped A- / A / A+, and the
// keys Ctrl+minus, Ctrl+plus, Ctrl+0 anywhere), contrast; saved at once. The row wraps onto further lines when
// its items do not fit the window (large text on a small screen).
#pragma once

#include "app/app_state.h"

namespace frontdesk::gui {

// The text sizes offered, smallest to largest; A- and A+ (and the keys) step through them, A is 1.0.
constexpr float text_sizes[] = {0.8f, 0.9f, 1.0f, 1.15f, 1.3f, 1.5f, 1.7f, 2.0f};

// The size one step smaller (step < 0) or larger (step > 0) than `current`, or 1.0 (step 0). A size between
// the steps (saved by an older version's slider) moves to the next step in that direction; the ends stay put.
float stepped_text_size(float current, int step);

// Changes the text size by a step: saved, traced ("settings ..."), and the fonts rebuilt before the next frame
// is laid out. Nothing happens at either end.
void change_text_size(AppState& app, int step);

void draw_settings_row(AppState& app);

}  // namespace frontdesk::gui
