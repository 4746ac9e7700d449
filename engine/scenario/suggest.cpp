// Typo suggestions. Cheap enough to run against every node id of a long scenario: candidates whose length
// alone rules them out are skipped, and a very long word (no typo of a name) gets no suggestion.
#include "frontdesk/suggest.h"

#include <algorithm>

namespace frontdesk {

std::size_t edit_distance(std::string_view a, std::string_view b) {
    // Optimal string alignment distance with three rolling rows, on the stack for names of ordinary length
    // (this runs for every unknown key of a file).
    constexpr std::size_t on_stack = 64;
    std::size_t stack_rows[3][on_stack + 1];
    std::vector<std::size_t> heap_rows;
    std::size_t* rows[3] = {stack_rows[0], stack_rows[1], stack_rows[2]};
    if (b.size() > on_stack) {
        heap_rows.resize(3 * (b.size() + 1));
        for (std::size_t r = 0; r < 3; ++r) rows[r] = heap_rows.data() + r * (b.size() + 1);
    }
    std::size_t* before = rows[0];
    std::size_t* previous = rows[1];
    std::size_t* current = rows[2];
    for (std::size_t j = 0; j <= b.size(); ++j) previous[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        current[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                current[j] = std::min(current[j], before[j - 2] + 1);
        }
        std::swap(before, previous);
        std::swap(previous, current);
    }
    return previous[b.size()];
}

std::string nearest_word(std::string_view word, const std::vector<std::string>& candidates) {
    std::string best;
    constexpr std::size_t longest_name = 64;
    if (word.size() > longest_name) return best;
    // One edit per three letters (at least one), and never a change of every letter: 'fr' is not a typo of 'en'.
    std::size_t allowed = std::max<std::size_t>(1, word.size() / 3);
    if (allowed >= word.size()) allowed = word.size() > 0 ? word.size() - 1 : 0;
    std::size_t best_distance = allowed + 1;
    for (const std::string& candidate : candidates) {
        // The distance is at least the difference in length.
        std::size_t gap = candidate.size() > word.size() ? candidate.size() - word.size() : word.size() - candidate.size();
        if (gap >= best_distance) continue;
        std::size_t distance = edit_distance(word, candidate);
        if (distance < best_distance) {
            best_distance = distance;
            best = candidate;
        }
    }
    return best;
}

std::string did_you_mean(std::string_view word, const std::vector<std::string>& candidates) {
    std::string nearest = nearest_word(word, candidates);
    return nearest.empty() ? std::string() : "; did you mean '" + nearest + "'?";
}

}  // namespace frontdesk
