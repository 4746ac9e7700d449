#include "screens/screen.h"

#include <imgui_internal.h>  // NavDisableHighlight: each screen starts without the last one's keyboard highlight

#include "widgets/controls.h"
#include "widgets/text.h"
#include "widgets/theme.h"

namespace frontdesk::gui {

void Screen::draw(AppState& app) {
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->WorkPos);
    ImGui::SetNextWindowSize(viewport->WorkSize);
    ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                             ImGuiWindowFlags_NoBringToFrontOnFocus;
    ImGui::Begin("frontdesk", nullptr, flags);
    // A new screen starts without the last one's keyboard highlight (its items are gone), so Enter is the new
    // screen's main action (AppState::main_action_key) until the trainee moves with the arrows or Tab again.
    // Without this, arrows used on one screen (the trainee's phrasing) left Enter doing nothing on the next.
    if (app.frames_on_screen == 0) ImGui::GetCurrentContext()->NavDisableHighlight = true;
    draw_content(app);
    // The keyboard focus, outlined thickly on every screen (the conversation's answers and the debrief's
    // buttons too), after the content so nothing covers it.
    draw_focus_indicator(palette(app.settings.high_contrast).accent);
    if (!app.toast.empty() && app.now < app.toast_until) {
        ImGui::Separator();
        text_wrapped(app.toast);
    }
    ImGui::End();
}

}  // namespace frontdesk::gui
