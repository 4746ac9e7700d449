// Controls the screens share: the large answer buttons with their key number, the filter combos ("Role: All")
// and keyboard scrolling for areas that have nothing to focus.
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

}  // namespace frontdesk::gui
