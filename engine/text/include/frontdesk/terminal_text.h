// Text on its way to a terminal. Scenario lines, trainee names and stored results can hold bytes that a
// terminal obeys instead of showing (ESC sequences that clear the screen or write the clipboard, carriage
// returns and backspaces that overwrite what was printed, bidi overrides that reorder it): every terminal
// output passes through here, so they are shown visibly (\x1b, \r, \u202e) and never acted on.
#pragma once

#include <string>
#include <string_view>

namespace frontdesk {

enum class LineBreaks { escape, keep };

// `text` safe to print: control characters as visible escapes (\t kept; \n kept only with LineBreaks::keep),
// invalid UTF-8 bytes as \xNN.
std::string terminal_safe(std::string_view text, LineBreaks breaks = LineBreaks::escape);

}  // namespace frontdesk
