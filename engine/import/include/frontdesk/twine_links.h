// The links in a passage's text ([[text->target]] and Twine's other forms) and the story-format code
// frontdesk cannot run (Harlowe and SugarCube macros, variables), each with its place in the text.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace frontdesk {

struct TwineLink {
    std::string text;    // what the reader clicks: the answer's words
    std::string target;  // the passage it leads to
    std::string setter;  // "[$x to 1]" of [[text|target][$x to 1]], without its brackets; empty when none
    std::size_t offset = 0;  // where "[[" is in the passage text
    std::size_t length = 0;  // up to and including the closing "]]"
    std::size_t target_offset = 0;  // where the target's name is in the passage text
};

// A piece of story-format code: "(set:", "<<if", "$name".
struct TwineMacro {
    enum class Kind { harlowe_macro, sugarcube_macro, variable };
    Kind kind = Kind::harlowe_macro;
    std::string name;        // "set", "if", "$gold"
    std::size_t offset = 0;
    std::size_t length = 0;  // of the opening: "(set:", "<<if", "$gold"
};

struct TwinePassageText {
    std::string words;                  // the text with the links taken out, lines tidied
    std::vector<TwineLink> links;       // in the order they appear
    std::vector<TwineMacro> macros;     // in the order they appear
    std::vector<std::size_t> unclosed_links;  // offsets of "[[" with no "]]" after them (left in the words)
};

// Splits a passage's text. Never fails: what is not a link stays text. Linear in the text's length.
TwinePassageText read_passage_text(std::string_view text);

// The inside of "[[...]]" (setter removed) as text and target, by Twine 2's rules: the rightmost "->", else
// the leftmost "<-", else the first "|", else the whole is both.
void split_link(std::string_view inside, std::string& text, std::string& target);

}  // namespace frontdesk
