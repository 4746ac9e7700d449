// The HTML report's inline style sheet (screen and print), kept apart from the page's structure.
#pragma once

#include "frontdesk/language.h"

namespace frontdesk::report {

extern const char* const html_style;
// What a language adds to it (longer words need other widths); empty for English.
const char* html_style_for(Language language);

}  // namespace frontdesk::report
