// Controls the screens share: the large answer buttons with their key number, the filter combos ("Role: All"),
// keyboard scrolling for areas that have nothing to focus, the Tab order and the keyboard focus outline.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <imgui.h>

namespace frontdesk::gui {

// A large answer button with its key number; wraps long answers. Returns true when clicked or activated.
bool answer_button(int number, std::string_view text, float width, ImFont* font);

// A combo shown as "Label: current" over `all` and the options. `selected` is an index into `options`, or -1
// for all; `current` is shown instead when it is not empty (a value the options do not hold). Returns true
// when another entry was picked, with `selected` changed.
bool filter_combo(const char* id, const std::string& label, int& selected, const std::vector<std::string>& options,
                  const std::string& all, float width, const std::string& current = {});

// PgUp/PgDn scroll the current window when it (or a child) has the focus and no text field takes the keys.
void keyboard_scroll();

// The size of a button `ems` font sizes wide (room for its label at every text size), narrower when the region
// left is (a large text size in a small window: at 2.0x "See the debrief" ran past the edge).
ImVec2 button_size(float ems);

// Tab and Shift+Tab through a screen's controls. ImGui 1.86 tabs only between text fields and sliders (never to
// a button or a library card), so a screen names its controls in Tab order, tab_stop() right after each, and
// calls tab_order_end() once a frame after the last: Tab then moves the keyboard focus to the next control
// (Shift+Tab the previous, wrapping round), scrolls it into view and shows the focus outline; Enter or Space
// activate it. A text field reached with Tab takes the typing at once (`text_field`). `label` names the control
// in the trace. Returns the label of the control the shown keyboard focus has just moved to (with Tab, the
// arrows or on arrival), else "".
void tab_stop(const std::string& label, bool text_field = false);
// The same for a multi-line text field, called right after it with the field's id: ImGui draws that field in
// a child window, so the last item is the child, not the field that takes the typing.
void tab_stop_multiline(const char* field_id, const std::string& label);
// A stop Tab reaches after all of the screen's others, wherever it is drawn: the settings row, drawn at the top
// of the library, comes after the cards (a trainee tabs to the scenarios first, not through six settings).
void tab_stop_at_end(const std::string& label);
std::string tab_order_end();

// Gives the keyboard focus to the item just drawn and shows the focus outline (a screen's primary button on
// arrival, so Enter and the outline agree on what happens; arrows move on from there).
void focus_last_item();

// The keyboard focus outline: a thick rounded outline in `colour` around the control that has the keyboard
// focus, whenever ImGui shows keyboard focus (after Tab or an arrow key, until the mouse is used). Call once a
// frame after the screen's controls; thickness follows the text size.
void draw_focus_indicator(ImU32 colour);

}  // namespace frontdesk::gui
