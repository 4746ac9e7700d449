// Screen 1: who is practising (a name or an employee code, remembered) and the interface language.
#include <cstring>

#include "screens/screen.h"
#include "widgets/charts.h"

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
    bool entered = ImGui::InputText(app.text(Ui::trainee_name_label).c_str(), name_, sizeof name_, ImGuiInputTextFlags_EnterReturnsTrue);
    ImGui::Spacing();
    draw_settings_row(app);
    ImGui::Spacing();
    bool pressed = ImGui::Button(app.text(Ui::continue_button).c_str(), ImVec2(ImGui::GetFontSize() * 10, 0));
    if (entered || pressed) {
        std::string name(name_);
        while (!name.empty() && name.back() == ' ') name.pop_back();
        while (!name.empty() && name.front() == ' ') name.erase(name.begin());
        if (name.empty()) {
            show_error_ = true;
        } else {
            app.settings.trainee = name;
            app.save_settings_quietly();
            app.trace.write("trainee", name);
            app.show_library();
        }
    }
    if (show_error_) text_wrapped(app.text(Ui::name_required));
    ImGui::Spacing();
    ImGui::TextDisabled("%s", app.text(Ui::keyboard_help).c_str());
}

}  // namespace frontdesk::gui
