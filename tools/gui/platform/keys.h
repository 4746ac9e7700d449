// The keys the screens act on, asked by what they mean ("was Enter pressed this frame?"), so SFML's key codes
// stay in the platform layer and a screen reads the same whichever backend feeds ImGui.
#pragma once

#include <optional>

#include <imgui.h>

namespace sf {
class Event;
}

namespace frontdesk::gui::keys {

// Pressed this frame (no key repeat), whatever has the keyboard focus.
bool enter_pressed();   // Enter (SFML 2.5 reports the keypad's Enter as the same key)
bool escape_pressed();
bool page_down_pressed(bool repeat = true);
bool page_up_pressed(bool repeat = true);
// Ctrl+S: save.
bool save_pressed();
// Ctrl+Z: undo; Ctrl+Y or Ctrl+Shift+Z: redo (the studio's edits).
bool undo_pressed();
bool redo_pressed();
// 1..9 when that digit (main row or keypad) was pressed this frame, else 0.
int digit_pressed();
// Ctrl+plus (or Ctrl+equal, the same key without Shift; the keypad's +): 1; Ctrl+minus (keypad -): -1;
// Ctrl+0: 0 (back to the normal text size); else nothing. Read from the window's key event itself (repeats
// too, so holding it steps on), before a frame begins: the new size is then built into the fonts before that
// frame is laid out.
std::optional<int> text_size_step(const sf::Event& event);
// Held down now.
bool ctrl_down();

// The studio's graph: + (or =, keypad +) zooms in: 1; - (keypad -): -1; without Ctrl (Ctrl is the text size);
// repeats while held. Else 0.
int zoom_step_pressed();
// 0 (main row or keypad) without Ctrl: fit the graph.
bool zero_pressed();
// F5: reload.
bool reload_pressed();
// An arrow key pressed (repeats while held): 0 left, 1 right, 2 up, 3 down; -1 for none.
int arrow_pressed();

// ImGui 1.86 activates the keyboard-focused widget with Space only; trainees expect Enter too. Call before
// ImGui::NewFrame(): while Enter is held and no text field has the keyboard, it counts as "activate".
void let_enter_activate(ImGuiIO& io);

}  // namespace frontdesk::gui::keys
