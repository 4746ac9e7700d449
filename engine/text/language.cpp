#include "frontdesk/language.h"

namespace frontdesk {

const char* language_name(Language value) { return value == Language::it ? "it" : "en"; }

std::optional<Language> parse_language(std::string_view name) {
    if (name == "en") return Language::en;
    if (name == "it") return Language::it;
    return std::nullopt;
}

}  // namespace frontdesk
