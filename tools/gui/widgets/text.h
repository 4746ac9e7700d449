// Text as the screens write it: always literally (a '%s' in a scenario stays '%s', never a format string),
// wrapped at the available width, in a colour, as narration, pushed to a cell's right edge, or on the same
// line when it fits.
#pragma once

#include <string_view>

#include <imgui.h>

namespace frontdesk::gui {

void text_wrapped(std::string_view text);
void text_line(std::string_view text);
void heading(ImFont* font, std::string_view text);
// Wrapped text in `colour` (notes, warnings, the character's quoted lines).
void text_coloured(std::string_view text, ImU32 colour);
// Narration (a stage direction, nobody's words): in brackets, in `italic` (null: the current font) and
// `colour`, wrapped; when `centred`, a block of at most `max_width` in the middle of the region.
void narration_text(std::string_view text, ImFont* italic, ImU32 colour, bool centred = false, float max_width = 0);
// Text in a table cell pushed to its right edge (numbers line up).
void right_aligned(std::string_view text);
// Puts the next item on this line when `width` still fits, else on the next.
void same_line_if_fits(float width);

}  // namespace frontdesk::gui
