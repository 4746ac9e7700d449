// Text fields for the studio's forms. ImGui 1.86's multi-line field does not wrap words, so a long line of
// dialogue would run off the panel: wrapped_text_field shows the text with the spaces where lines break drawn
// as line breaks (the same number of bytes, so the cursor never moves), re-flowed as the trainer types, and
// grows with its lines. What it returns has those breaks as spaces again.
#pragma once

#include <string>

namespace frontdesk::gui {

// A field for one text of the scenario, `width` wide. `value` is the text in the file; the field keeps its own
// copy while it is being edited. Returns true once when the trainer finishes an edit (Enter, Tab, or a click
// elsewhere) that changed the text, with the new text in `edited`. Enter finishes; Ctrl+Enter starts a new
// line in a text that holds line breaks of its own.
bool wrapped_text_field(const char* id, const std::string& value, float width, std::string& edited);
// A one-line field (a node id, a condition): the same, without wrapping.
bool line_text_field(const char* id, const std::string& value, float width, std::string& edited);

// The spaces of `text` where it breaks into lines `width` wide (in the current font) turned into '\n'; a text
// with line breaks of its own is left as it is. Exposed for the tests.
std::string soft_wrapped(std::string text, float width);

}  // namespace frontdesk::gui
