// The Review's "Results from" form: where the window records and reads results (a file, or a department's
// PostgreSQL server), kept in the window's settings. A small modal like the save form, keyboard first: the field
// has the focus, Enter opens, Esc closes. The location is checked by opening it for reading before anything
// changes, so a typo never leaves the window without its results.
#include <cstring>

#include "frontdesk/open_results_store.h"
#include "platform/keys.h"
#include "screens/review/review_screen.h"
#include "widgets/text.h"
#include "widgets/theme.h"

namespace frontdesk::gui {

namespace {

const char* location_form_id = "###results_location";

}  // namespace

void ReviewScreen::open_location_form(AppState& app) {
    std::string current = app.results_location();
    std::memset(location_, 0, sizeof location_);
    std::strncpy(location_, current.c_str(), sizeof location_ - 1);
    location_problem_.clear();
    location_form_requested_ = true;
    app.trace.write("location_form", shown_location(current));
}

void ReviewScreen::draw_location_form(AppState& app) {
    std::string title = app.text(Ui::results_location_title) + location_form_id;
    bool focus = location_form_requested_ || location_refocus_;
    location_refocus_ = false;
    if (location_form_requested_) {
        ImGui::OpenPopup(title.c_str());
        location_form_requested_ = false;
    }
    if (!ImGui::BeginPopupModal(title.c_str(), nullptr, ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoSavedSettings)) return;
    bool contrast = app.settings.high_contrast;
    float font = ImGui::GetFontSize();
    float width = std::min(font * 40, ImGui::GetMainViewport()->WorkSize.x * 0.8f);
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
    ImGui::TextUnformatted(app.text(Ui::results_location_explain).c_str());
    if (app.results_location_fixed()) text_coloured(app.text(Ui::results_location_fixed), quiet_colour(contrast));
    ImGui::PopTextWrapPos();
    ImGui::Spacing();
    ImGui::SetNextItemWidth(width);
    if (focus) ImGui::SetKeyboardFocusHere();
    bool entered = ImGui::InputText("##location", location_, sizeof location_, ImGuiInputTextFlags_EnterReturnsTrue);
    if (!location_problem_.empty()) {
        ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
        ImGui::PushStyleColor(ImGuiCol_Text, palette(contrast).negative);
        ImGui::TextUnformatted(location_problem_.c_str());
        ImGui::PopStyleColor();
        ImGui::PopTextWrapPos();
    }
    ImGui::Spacing();
    bool open = ImGui::Button(app.text(Ui::open_button).c_str(), ImVec2(font * 8, 0));
    ImGui::SameLine();
    bool cancel = ImGui::Button(app.text(Ui::cancel_button).c_str(), ImVec2(font * 8, 0)) || keys::escape_pressed();
    if (open || entered) {
        std::string problem = app.use_results_location(location_);
        if (problem.empty()) ImGui::CloseCurrentPopup();
        else {
            location_problem_ = problem;
            location_refocus_ = true;  // back in the field, to correct it
            app.trace.write("location_refused", problem);
        }
    } else if (cancel) {
        app.trace.write("location_form_closed", "");
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
}

}  // namespace frontdesk::gui
