#include "trainee_voice.h"

#include <string_view>

#include "frontdesk/interface_text.h"

namespace frontdesk::gui {

TraineeVoice trainee_voice(const Settings& settings) {
    TraineeVoice voice;
    std::string_view name = settings.trainee;
    while (!name.empty() && name.back() == ' ') name.remove_suffix(1);
    while (!name.empty() && name.front() == ' ') name.remove_prefix(1);
    if (!name.empty()) voice.name = std::string(name);
    voice.phrasing = settings.phrasing;
    return voice;
}

std::string phrasing_question(Language language) { return ui_text(language, Ui::phrasing_question); }

std::string phrasing_label(Language language, Phrasing phrasing) {
    switch (phrasing) {
        case Phrasing::feminine: return ui_text(language, Ui::phrasing_feminine);
        case Phrasing::masculine: return ui_text(language, Ui::phrasing_masculine);
        case Phrasing::neutral: return ui_text(language, Ui::phrasing_neutral);
    }
    return {};
}

}  // namespace frontdesk::gui
