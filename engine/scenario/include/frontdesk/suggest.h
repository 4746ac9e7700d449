// "Did you mean...?": the nearest known word to a misspelt one, for unknown keys, nodes, skills and flags.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace frontdesk {

// Levenshtein distance (insertions, deletions, substitutions; an adjacent swap counts as one).
std::size_t edit_distance(std::string_view a, std::string_view b);

// The candidate closest to `word` if it is close enough to be a likely typo, else an empty string.
std::string nearest_word(std::string_view word, const std::vector<std::string>& candidates);

// ", did you mean 'x'?" or "" : ready to append to a message.
std::string did_you_mean(std::string_view word, const std::vector<std::string>& candidates);

}  // namespace frontdesk
