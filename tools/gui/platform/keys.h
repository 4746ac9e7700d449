// The keys the screens act on, asked by what they mean ("was Enter pressed this frame?"), so SFML's key codes
// stay in the platform layer and a screen reads the same whichever backend feeds ImGui.
#pragma once

#include <imgui.h>

namespace frontdesk::gui::keys {

// Pressed this frame (no key repeat), whatever has the keyboard focus.
bool enter_pressed();   // Enter (SFML 2.5 reports the keypad's Enter as the same key)
bool escape_pressed();
bool page_down_pressed(bool repeat = true);
bool page_up_pressed(bool repeat = true);
// Ctrl+S: save.
bool save_pressed();
// 1..9 when that digit (main row or keypad) was pressed this frame, else 0.
int digit_pressed();
// Held down now.
bool ctrl_down();

// ImGui 1.86 activates the keyboard-focused widget with Space only; trainees expect Enter too. Call before
// ImGui::NewFrame(): while Enter is held and no text field has the keyboard, it counts as "activate".
void let_enter_activate(ImGuiIO& io);

}  // namespace frontdesk::gui::keys
