// What the window remembers between runs: the trainee's name and how the conversation addresses them
// (phrasing), the interface language, how feedback is shown, the font size, the high-contrast theme and the size
// the trainee last gave the window, and where results go (a file or a server).
// Stored as JSON in $XDG_CONFIG_HOME/frontdesk/settings.json.
#pragma once

#include <string>

#include "frontdesk/placeholders.h"
#include "frontdesk/scenario.h"

namespace frontdesk::gui {

enum class FeedbackMode { immediate, at_end };

struct Settings {
    std::string trainee;
    Phrasing phrasing = Phrasing::neutral;  // the trainee's own gendered words ({f:...|m:...|n:...})
    Language language = Language::en;
    FeedbackMode feedback = FeedbackMode::immediate;
    float font_scale = 1.0f;  // 0.8 .. 2.0
    bool high_contrast = false;
    bool sound = false;  // the sound cues (ring, message, sent): off unless the trainee turns them on
    // The window's size when the trainee last resized it (0: never resized; the default fits the screen).
    int window_width = 0, window_height = 0;
    // Where results are recorded and read (a file path or a PostgreSQL URI, as --db takes); empty: the default
    // file. Set by an administrator for a training room's PCs; --db and FRONTDESK_DB win over it.
    std::string results;
    // The trainee's cohort (group), as a coordinator names it: the courses assigned to it are the trainee's, shown
    // first, and every session records it. Set by an administrator for a training room's PCs (or --cohort);
    // empty: the cohort the results already hold for the trainee, if any.
    std::string cohort;
};

// The interface language the system asks for (LC_ALL, LC_MESSAGES, LANG): Italian for it_*, else English.
Language language_from_environment();

// $XDG_CONFIG_HOME/frontdesk/settings.json, or ~/.config/frontdesk/settings.json.
std::string default_settings_path();

// Missing or unreadable files give the defaults (with the system language); bad values are ignored one by one.
Settings load_settings(const std::string& path);
// Writes atomically (temporary file, then rename). Returns false with `error` set when it cannot.
bool save_settings(const Settings& settings, const std::string& path, std::string& error);

}  // namespace frontdesk::gui
