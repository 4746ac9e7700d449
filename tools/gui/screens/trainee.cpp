// Screen 1: who is practising (a name or an employee code, remembered) and the interface language. A name
// that cannot be used is refused under the field with the reason.
#include <cstring>

#include "screens/screen.h"
#include "screens/settings_row.h"
#include "trainee_name.h"
#include "widgets/text.h"
#include "widgets/theme.h"

namespace frontdesk::gui {

void TraineeScreen::draw_content(AppState& app) {
    if (!initialised_) {
        std::strncpy(name_, app.settings.trainee.c_str(), sizeof name_ - 1);
        initialised_ = true;
        ImGui::SetKeyboardFocusHere(2);  // the name field, after the two headings
    }
    heading(app.fonts.heading, "frontdesk");
    text_wrapped(app.text(Ui::trainee_heading));
    ImGui::Spacing();
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 20);
    if (refocus_) ImGui::SetKeyboardFocusHere();
    refocus_ = false;
    bool entered = ImGui::InputText(app.text(Ui::trainee_name_label).c_str(), name_, sizeof name_, ImGuiInputTextFlags_EnterReturnsTrue);
    // Once refused, the reason follows the typing (in the language chosen) and goes when the name is fine.
    if (refused_) {
        std::string problem = check_trainee_name(name_, app.language()).problem;
        refused_ = !problem.empty();
        text_coloured(problem, palette(app.settings.high_contrast).negative);
    }
    ImGui::Spacing();
    draw_settings_row(app);
    ImGui::Spacing();
    bool pressed = ImGui::Button(app.text(Ui::continue_button).c_str(), ImVec2(ImGui::GetFontSize() * 10, 0));
    if (entered || pressed) {
        TraineeName checked = check_trainee_name(name_, app.language());
        if (!checked.ok()) {
            refused_ = true;
            refocus_ = true;  // back to the field, to correct it
            app.trace.write("trainee_refused", checked.problem);
        } else {
            app.settings.trainee = checked.name;
            app.save_settings_quietly();
            app.trace.write("trainee", checked.name);
            app.show_library();
        }
    }
    ImGui::Spacing();
    ImGui::TextDisabled("%s", app.text(Ui::keyboard_help).c_str());
}

}  // namespace frontdesk::gui
