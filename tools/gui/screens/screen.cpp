#include "screens/screen.h"

#include "widgets/text.h"

namespace frontdesk::gui {

void Screen::draw(AppState& app) {
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->WorkPos);
    ImGui::SetNextWindowSize(viewport->WorkSize);
    ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                             ImGuiWindowFlags_NoBringToFrontOnFocus;
    ImGui::Begin("frontdesk", nullptr, flags);
    draw_content(app);
    if (!app.toast.empty() && app.now < app.toast_until) {
        ImGui::Separator();
        text_wrapped(app.toast);
    }
    ImGui::End();
}

}  // namespace frontdesk::gui
