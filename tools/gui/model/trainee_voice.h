// How the conversation names and addresses the trainee in the window: the name typed on the trainee screen
// ("Alex" when there is none) and the phrasing chosen there (feminine, masculine or neutral), and the words
// of that choice on the trainee screen.
#pragma once

#include <string>

#include "frontdesk/language.h"
#include "frontdesk/placeholders.h"
#include "settings.h"

namespace frontdesk::gui {

// The voice of the window's trainee: their name (trimmed; "Alex" when empty) and their phrasing.
TraineeVoice trainee_voice(const Settings& settings);

// The trainee screen's question and its three answers, in the window's language.
std::string phrasing_question(Language language);
std::string phrasing_label(Language language, Phrasing phrasing);

}  // namespace frontdesk::gui
