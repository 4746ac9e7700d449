// What a YAML syntax error most likely means, in a trainer's words. yaml-cpp reports where the parser gave up
// ("end of map not found", "illegal block entry"), which is rarely where, or what, the mistake is; these hints
// look at the lines around it for the mistakes non-programmers make: a tab, a key indented out of line with
// its siblings, an apostrophe inside 'single quotes', typographic quotes, a space after a minus sign.
#pragma once

#include <string>

#include "frontdesk/source_text.h"

namespace frontdesk {

// The message for yaml-cpp's `message` at `location`; `where` receives the place to point at (the culprit's
// line and column when a hint found one).
std::string explain_syntax_error(const SourceText& source, SourceLocation location, const std::string& message, SourceLocation& where);

}  // namespace frontdesk
