// The languages the program speaks and scenarios are written in. The lowest layer: everything that shows
// words to a person (scenarios, interface text, reports) names its language with this.
#pragma once

#include <optional>
#include <string_view>

namespace frontdesk {

enum class Language { en, it };

// "en" | "it", as in scenario files, stored results and --lang.
const char* language_name(Language value);
std::optional<Language> parse_language(std::string_view name);

}  // namespace frontdesk
