// UTF-8 as every input and output of the program needs it: validating bytes that come from files, terminals
// and databases, repairing text that must be shown whatever it holds, and telling a person's name or a
// cohort apart from text that would break a terminal, a report or an export.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "frontdesk/language.h"

namespace frontdesk {

// Length of the valid UTF-8 sequence starting at `i`, or 0 when the bytes there are not valid UTF-8
// (overlong forms, surrogates and code points above U+10FFFF included).
std::size_t utf8_sequence_length(std::string_view text, std::size_t i);
bool is_valid_utf8(std::string_view text);
// Byte offset of the first invalid sequence, or npos.
std::size_t first_invalid_utf8(std::string_view text);

// The code point at `i` of valid UTF-8 text (the caller checked it with utf8_sequence_length).
char32_t utf8_code_point(std::string_view text, std::size_t i, std::size_t length);

// The text with every invalid byte replaced by U+FFFD, so it can always be shown and exported.
std::string valid_utf8(std::string_view text);

// Characters (code points) in valid UTF-8 text.
std::size_t utf8_length(std::string_view text);

// Characters that must never reach a terminal, a report or a diagnostic as they are: C0 controls and DEL,
// C1 controls (U+0080-U+009F), and the bidirectional controls that reorder what is shown (U+202A-U+202E,
// U+2066-U+2069, U+200E, U+200F, U+061C). Tab and newline are controls too; callers decide where they
// are allowed.
bool is_control_character(char32_t code_point);

// A control character found in text: where (byte offset) and which.
struct ControlCharacter {
    std::size_t offset = 0;
    char32_t code_point = 0;
};
// The first control character other than those in `allowed` (for example "\t\n"), if any.
std::optional<ControlCharacter> find_control_character(std::string_view text, std::string_view allowed = {});
// "U+001B (escape)", "U+202E (right-to-left override)": how messages name one.
std::string describe_code_point(char32_t code_point, Language language = Language::en);

// What is wrong with a trainee id, a display name or a cohort typed by a person or given on the command line
// ("is not valid UTF-8", "contains a control character, U+001B (escape)", "is longer than 100 characters"),
// in `language`, or empty when it is fine. Empty text is allowed; the caller decides whether it may be empty.
std::string name_problem(std::string_view text, std::size_t max_characters = 100, Language language = Language::en);

}  // namespace frontdesk
