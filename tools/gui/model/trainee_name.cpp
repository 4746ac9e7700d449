#include "trainee_name.h"

#include "frontdesk/interface_text.h"
#include "frontdesk/utf8.h"

namespace frontdesk::gui {

TraineeName check_trainee_name(std::string_view typed, Language language) {
    while (!typed.empty() && typed.back() == ' ') typed.remove_suffix(1);
    while (!typed.empty() && typed.front() == ' ') typed.remove_prefix(1);
    if (typed.empty()) return {{}, ui_text(language, Ui::name_required)};
    // The same rule as --trainee on the command line, so a name typed here is one every report can show.
    std::string problem = name_problem(typed, 100, language);
    if (!problem.empty()) return {{}, ui_text(language, Ui::name_unusable, {problem})};
    return {std::string(typed), {}};
}

}  // namespace frontdesk::gui
