// How the window and the conversation share the room they have, without a window: the window's first size
// on the desktop it opens on, and the split of the exchange between the transcript and the answers (each
// keeping a usable minimum; when both minimums do not fit, the page scrolls instead of squeezing them).
// Sizes in pixels; the screens pass what ImGui measured.
#pragma once

#include <algorithm>

namespace frontdesk::gui {

struct WindowSize {
    int width = 0;
    int height = 0;
};

// The window's size when it opens: `wanted` (the default 1280x800, or --size) when it fits within
// `fraction` of the desktop, else shrunk to fit it (each side on its own), never below 320x240. A desktop
// that reports nothing (0x0) keeps `wanted`.
inline WindowSize fit_window(WindowSize wanted, WindowSize desktop, double fraction = 0.9) {
    if (desktop.width <= 0 || desktop.height <= 0) return wanted;
    int most_w = static_cast<int>(desktop.width * fraction), most_h = static_cast<int>(desktop.height * fraction);
    return {std::max(320, std::min(wanted.width, most_w)), std::max(240, std::min(wanted.height, most_h))};
}

// Where the window goes on the desktop so that all of it is on screen: centred.
inline WindowSize centred_position(WindowSize window, WindowSize desktop) {
    return {std::max(0, (desktop.width - window.width) / 2), std::max(0, (desktop.height - window.height) / 2)};
}

struct ExchangeSplit {
    float transcript = 0;  // the transcript's height
    float answers = 0;     // the answers' region (it scrolls when the answers need more)
    bool page_scrolls = false;  // the minimums did not fit: the exchange is taller than the room and scrolls
};

// Splits `room` (the exchange's height, less the feedback and the answers' hint line) between the transcript
// and the answers. The answers get what they need (`answers_needed`) up to `answers_share` of the room, and
// never less than `answers_minimum` (or what they need, when less); the transcript gets the rest but never
// less than `transcript_minimum`. For email `answers_share` is small: the thread is what is read.
inline ExchangeSplit split_exchange(float room, float answers_needed, float answers_minimum, float transcript_minimum,
                                    float answers_share) {
    ExchangeSplit split;
    float answers_floor = std::min(answers_needed, answers_minimum);
    split.answers = std::max(answers_floor, std::min(answers_needed, room * answers_share));
    split.transcript = std::max(transcript_minimum, room - split.answers);
    split.page_scrolls = split.transcript + split.answers > room + 0.5f;
    return split;
}

}  // namespace frontdesk::gui
