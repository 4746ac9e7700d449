// Screen 1: who is practising (a name or an employee code, remembered), how the conversation addresses them
// (feminine, masculine or neutral phrasing of their own words, remembered with the name) and the interface
// language. A name that cannot be used is refused under the field with the reason.
#include <cstring>

#include "screens/screen.h"
#include "screens/settings_row.h"
#include "trainee_name.h"
#include "trainee_voice.h"
#include "widgets/controls.h"
#include "widgets/text.h"
#include "widgets/theme.h"

namespace frontdesk::gui {

void TraineeScreen::draw_content(AppState& app) {
    if (!initialised_) {
        std::strncpy(name_, app.settings.trainee.c_str(), sizeof name_ - 1);
        initialised_ = true;
        refocus_ = true;  // the name field takes the keyboard (focused just before it is drawn)
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
    // The phrasing: radio buttons on one line under the name (arrow keys reach them, Space or Enter picks).
    ImGui::Spacing();
    text_line(phrasing_question(app.language()));
    int phrasing = static_cast<int>(app.settings.phrasing);
    bool picked = false;
    for (Phrasing option : {Phrasing::feminine, Phrasing::masculine, Phrasing::neutral}) {
        if (option != Phrasing::feminine) ImGui::SameLine(0, ImGui::GetFontSize() * 1.5f);
        picked = ImGui::RadioButton(phrasing_label(app.language(), option).c_str(), &phrasing, static_cast<int>(option)) || picked;
    }
    if (picked && static_cast<Phrasing>(phrasing) != app.settings.phrasing) {
        app.settings.phrasing = static_cast<Phrasing>(phrasing);
        app.trace.write("phrasing", phrasing_name(app.settings.phrasing));
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
            app.save_settings_quietly();  // the name and the phrasing together
            app.trace.write("trainee", checked.name);
            if (app.scenario_after_trainee.empty()) {
                app.show_library();
            } else {
                std::string path = std::move(app.scenario_after_trainee);
                app.scenario_after_trainee.clear();
                app.show_scenario(path);
            }
        }
    }
    ImGui::Spacing();
    ImGui::TextDisabled("%s", app.text(Ui::keyboard_help).c_str());
}

}  // namespace frontdesk::gui
