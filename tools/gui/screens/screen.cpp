#include "screens/screen.h"

#include <algorithm>

#include <imgui_internal.h>  // NavDisableHighlight: each screen starts without the last one's keyboard highlight

#include "widgets/controls.h"
#include "widgets/text.h"
#include "widgets/theme.h"

namespace frontdesk::gui {

namespace {

// A notice (screenshot saved, an answer not saved, sound unavailable) floats over the bottom of the screen, in
// a box of its own sized to its text: appended under a screen that fills the window it would fall below the
// fold, unseen (the conversation and the debrief fill it).
float notice_wrap_width() {
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    return std::min(viewport->WorkSize.x - ImGui::GetFontSize() * 4, ImGui::GetFontSize() * 36);
}

void draw_notice(const std::string& notice) {
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    float margin = ImGui::GetFontSize();
    ImGui::SetNextWindowPos(ImVec2(viewport->WorkPos.x + viewport->WorkSize.x * 0.5f, viewport->WorkPos.y + viewport->WorkSize.y - margin),
                            ImGuiCond_Always, ImVec2(0.5f, 1.0f));
    ImGui::SetNextWindowSizeConstraints(ImVec2(0, 0), ImVec2(viewport->WorkSize.x - margin * 2, viewport->WorkSize.y * 0.4f));
    ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoNav |
                             ImGuiWindowFlags_NoFocusOnAppearing | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                             ImGuiWindowFlags_NoInputs;
    ImGui::PushStyleVar(ImGuiStyleVar_WindowBorderSize, 1.0f);
    ImGui::Begin("notice", nullptr, flags);
    ImGui::PushTextWrapPos(notice_wrap_width());
    ImGui::TextUnformatted(notice.c_str());
    ImGui::PopTextWrapPos();
    ImGui::End();
    ImGui::PopStyleVar();
}

}  // namespace

float notice_room(const AppState& app) {
    if (app.toast.empty() || app.now >= app.toast_until) return 0;
    const ImGuiStyle& style = ImGui::GetStyle();
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    float text = ImGui::CalcTextSize(app.toast.c_str(), nullptr, false, notice_wrap_width()).y;
    float box = std::min(text + style.WindowPadding.y * 2 + 2, viewport->WorkSize.y * 0.4f);  // its border, its size limit
    return box + ImGui::GetFontSize();  // and the margin under it
}

std::string difficulty_text(const AppState& app, int difficulty) {
    const Ui keys[] = {Ui::difficulty_1, Ui::difficulty_2, Ui::difficulty_3};
    return app.text(keys[std::clamp(difficulty, 1, 3) - 1]);
}

std::string finish_tab_order(AppState& app) {
    std::string focused = tab_order_end();
    if (!focused.empty()) app.trace.write("focus", focused);
    return focused;
}

void Screen::draw(AppState& app) {
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->WorkPos);
    ImGui::SetNextWindowSize(viewport->WorkSize);
    ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                             ImGuiWindowFlags_NoBringToFrontOnFocus;
    if (scrolls_as_page()) flags &= ~ImGuiWindowFlags_NoScrollbar;  // a scrollbar only once the content is taller
    ImGui::Begin("frontdesk", nullptr, flags);
    // A new screen starts without the last one's keyboard highlight (its items are gone), so Enter is the new
    // screen's main action (AppState::main_action_key) until the trainee moves with the arrows or Tab again.
    // Without this, arrows used on one screen (the trainee's phrasing) left Enter doing nothing on the next.
    if (app.frames_on_screen == 0) ImGui::GetCurrentContext()->NavDisableHighlight = true;
    draw_content(app);
    // The keyboard focus, outlined thickly on every screen (the conversation's answers and the debrief's
    // buttons too), after the content so nothing covers it.
    draw_focus_indicator(palette(app.settings.high_contrast).accent);
    ImGui::End();
    if (notice_room(app) > 0) draw_notice(app.toast);
}

}  // namespace frontdesk::gui
