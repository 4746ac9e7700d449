// Text that adapts to the trainee: `{trainee}` is their name, and `{f:...|m:...|n:...}` the words that change
// with the phrasing they chose (feminine, masculine or neutral: "sono sicura / sono sicuro / ne ho la
// certezza"). `{{` writes a brace as it is. The loader reports mistakes with check_placeholders; the player
// and the window show expand_text. Analyses measure lengths on the expanded text (see spoken_text).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace frontdesk {

enum class Phrasing { feminine, masculine, neutral };

// The trainee as the conversation speaks of them. "Alex" reads as a first name in both languages and in
// every phrasing, for a session with no name given (and for lint, analyses and previews).
struct TraineeVoice {
    std::string name = "Alex";
    Phrasing phrasing = Phrasing::neutral;
};

const char* phrasing_name(Phrasing phrasing);  // feminine | masculine | neutral
// "feminine"/"f", "masculine"/"m", "neutral"/"n"; false for anything else.
bool parse_phrasing(std::string_view text, Phrasing& phrasing);

// A mistake in a text's placeholders: the bytes [begin, end) of the text, and what to do.
struct PlaceholderProblem {
    std::size_t begin = 0;
    std::size_t end = 0;
    std::string message;
};

// Every mistake in `text` (at most `limit`): an unknown placeholder, one never closed, a gendered form
// missing f, m or n or giving one twice.
std::vector<PlaceholderProblem> check_placeholders(std::string_view text, std::size_t limit = 8);

// The text as this trainee reads it. A malformed placeholder is shown as written (the loader refuses
// such files, so this only matters for text that was never checked).
std::string expand_text(std::string_view text, const TraineeVoice& voice);

// Whether the text holds anything expand_text would change.
bool has_placeholders(std::string_view text);

// The text as the analyses measure it: expanded for the default voice, so `{f:...|m:...|n:...}` counts once.
std::string spoken_text(std::string_view text);

}  // namespace frontdesk
