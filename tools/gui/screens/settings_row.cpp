#include "screens/settings_row.h"

#include <imgui.h>

namespace frontdesk::gui {

void draw_settings_row(AppState& app) {
    bool changed = false;
    int language = app.settings.language == Language::it ? 1 : 0;
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 9);
    std::string english = app.text(Ui::language_en), italian = app.text(Ui::language_it);
    const char* languages[] = {english.c_str(), italian.c_str()};
    if (ImGui::Combo(app.text(Ui::interface_language).c_str(), &language, languages, 2)) {
        app.settings.language = language == 1 ? Language::it : Language::en;
        changed = true;
    }
    ImGui::SameLine();
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 7);
    float scale = app.settings.font_scale;
    if (ImGui::SliderFloat(app.text(Ui::font_size).c_str(), &scale, 0.8f, 2.0f, "%.1fx")) {
        app.settings.font_scale = scale;
    }
    // Rebuild fonts only when the slider is released: rebuilding the atlas every frame while dragging is slow.
    if (ImGui::IsItemDeactivatedAfterEdit()) {
        app.fonts_dirty = true;
        changed = true;
    }
    ImGui::SameLine();
    if (ImGui::Checkbox(app.text(Ui::high_contrast).c_str(), &app.settings.high_contrast)) changed = true;
    if (changed) {
        app.save_settings_quietly();
        app.trace.write("settings", std::string(language_name(app.settings.language)) + " scale=" +
                                        std::to_string(app.settings.font_scale) + " contrast=" + (app.settings.high_contrast ? "on" : "off"));
    }
}

}  // namespace frontdesk::gui
