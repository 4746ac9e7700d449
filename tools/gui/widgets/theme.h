// Colours, spacing and fonts: a calm default theme and a high-contrast one, and the font atlas rebuilt at the
// chosen size (not scaled afterwards, so text stays sharp at every size).
#pragma once

#include <string>
#include <vector>

#include <imgui.h>

#include "frontdesk/scenario.h"

namespace frontdesk::gui {

struct Fonts {
    ImFont* regular = nullptr;
    ImFont* large = nullptr;    // choices and the character's lines
    ImFont* heading = nullptr;  // titles, bold
    // Narration, at the size of `regular` and of `large`: oblique when DejaVu Sans Oblique is there, else upright.
    ImFont* italic = nullptr;
    ImFont* italic_large = nullptr;
    bool has_italic = false;
};

// What widgets that write words need to know of the window: its fonts, its language and the contrast.
struct Look {
    const Fonts& fonts;
    Language language;
    bool high_contrast;
};

// Colours the screens use beyond ImGui's style, per theme. `done_badge` and `progress_badge` are the fills of
// the library cards' badges (their words in `positive` and `accent`).
struct Palette {
    ImU32 character_bubble, trainee_bubble, text_on_bubble, positive, negative, neutral, panel, accent, done_badge, progress_badge;
};

// The theme's ImGui style (colours, spacing, rounding), made without an ImGui context so it can be tested.
ImGuiStyle theme_style(bool high_contrast);
void apply_theme(bool high_contrast);
const Palette& palette(bool high_contrast);

// WCAG 2 contrast ratio of two colours (1 to 21), from their relative luminance; alpha is ignored.
double contrast_ratio(ImU32 a, ImU32 b);
// `colour` drawn over `below` at its alpha, as the screen shows it.
ImU32 over(ImU32 colour, ImU32 below);
// Black or white, whichever reads better on `fill` (words on a bar or a badge).
ImU32 text_on(ImU32 fill);

// Every pair of a text colour and the background it is drawn on, in a theme, named for a failing test's message.
// The screens draw only these pairs; a new colour of text (or a new background under text) belongs here too, so
// the unit test holds every one of them to WCAG AA (4.5:1).
struct TextOnBackground {
    std::string what;
    ImU32 text;
    ImU32 background;
};
std::vector<TextOnBackground> text_pairs(bool high_contrast);

// An ending as a fill (bars, legends) and as text (darker where a fill colour would be hard to read on white);
// EndingKind::none stands for the attempts not finished.
ImU32 ending_colour(EndingKind kind, bool high_contrast);
ImU32 ending_text_colour(EndingKind kind, bool high_contrast);
// Quoted lines of the character and notes: set apart from the trainee's words, still easy to read.
ImU32 quiet_colour(bool high_contrast);
// The ground of a row picked in a list (the studio's checks): pale, so red and amber words read on it.
ImU32 picked_row_colour(bool high_contrast);
// Narration (stage directions): muted, apart from anyone's words, still readable (4.5:1 or more on white).
ImU32 narration_colour(bool high_contrast);
// The fills of people's avatars (initials in a circle, text_on the fill), told apart by name; one in high contrast.
std::vector<ImU32> avatar_fills(bool high_contrast);

// Loads DejaVu Sans (fonts-dejavu-core, or the program's assets/fonts/; its Oblique, for narration, from
// fonts-dejavu-extra when installed) at `scale`; falls back to ImGui's own font with a
// message when neither is there. Must be followed by re-creating the renderer's font texture.
void build_fonts(Fonts& fonts, float scale, std::string& problem);

}  // namespace frontdesk::gui
