// The Review's "Save report" form: a small modal over the Review (its button, or Ctrl+S) asking where to
// write the report of what the filter shows, and in which format; it says where the file went or why not.
// Everything works from the keyboard: the file field has the focus, its extension chooses the format (the
// combo follows), Enter saves, Esc closes.
#include <cstdlib>
#include <cstring>
#include <ctime>

#include "platform/keys.h"
#include "report_save.h"
#include "screens/review/review_screen.h"
#include "widgets/text.h"
#include "widgets/theme.h"

namespace frontdesk::gui {

namespace {

std::string home_folder() {
    const char* home = std::getenv("HOME");
    return home ? home : "";
}

const char* save_form_id = "###save_report";

}  // namespace

void ReviewScreen::open_save_form(AppState& app) {
    if (save_path_[0] == '\0') {
        std::string path = default_report_path(save_format_, home_folder(), std::time(nullptr));
        std::strncpy(save_path_, path.c_str(), sizeof save_path_ - 1);
    }
    save_problem_.clear();
    save_form_requested_ = true;
    app.trace.write("report_form", save_path_);
}

void ReviewScreen::save_report(AppState& app) {
    ReportSaveOutcome outcome = frontdesk::gui::save_report(app.review.report(), save_format_, app.language(), save_path_, home_folder(),
                                                            app.results_location());
    if (!outcome.saved()) {
        save_problem_ = app.text(Ui::report_not_saved, {outcome.problem});
        save_focus_path_ = true;  // back in the file field, to correct it
        app.trace.write("report_not_saved", outcome.problem);
        return;
    }
    save_problem_.clear();
    app.trace.write("report_saved", std::string(report_extension(save_format_)) + " " + outcome.path);
    app.notify(app.text(Ui::report_saved, {outcome.path}), 10.0);
    ImGui::CloseCurrentPopup();
}

void ReviewScreen::draw_save_form(AppState& app) {
    std::string title = app.text(Ui::report_save_title) + save_form_id;
    bool focus_path = save_form_requested_ || save_focus_path_;
    save_focus_path_ = false;
    if (save_form_requested_) {
        ImGui::OpenPopup(title.c_str());
        save_form_requested_ = false;
    }
    if (!ImGui::BeginPopupModal(title.c_str(), nullptr, ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoSavedSettings)) return;
    const ReviewModel& review = app.review;
    bool contrast = app.settings.high_contrast;
    float font = ImGui::GetFontSize();
    float width = std::min(font * 38, ImGui::GetMainViewport()->WorkSize.x * 0.8f);

    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
    ImGui::TextUnformatted(app.text(Ui::report_save_explain).c_str());
    ImGui::PopTextWrapPos();
    ImGui::Spacing();

    // The format first: changing it changes the file's extension.
    std::vector<std::string> names = {app.text(Ui::report_format_html), app.text(Ui::report_format_csv)};
    const std::vector<ReportFormat>& formats = report_save_formats();
    int format = 0;
    for (std::size_t i = 0; i < formats.size(); ++i)
        if (formats[i] == save_format_) format = static_cast<int>(i);
    ImGui::SetNextItemWidth(font * 16);
    if (ImGui::BeginCombo(app.text(Ui::report_save_format).c_str(), names[static_cast<std::size_t>(format)].c_str())) {
        for (std::size_t i = 0; i < formats.size(); ++i) {
            bool selected = static_cast<int>(i) == format;
            if (ImGui::Selectable(names[i].c_str(), selected) && !selected) {
                save_format_ = formats[i];
                std::string path = with_report_extension(save_path_, save_format_);
                std::strncpy(save_path_, path.c_str(), sizeof save_path_ - 1);
            }
            if (selected) ImGui::SetItemDefaultFocus();
        }
        ImGui::EndCombo();
    }

    std::string path_label = app.text(Ui::report_save_path);
    ImGui::SetNextItemWidth(width - ImGui::CalcTextSize(path_label.c_str()).x - ImGui::GetStyle().ItemInnerSpacing.x);
    if (focus_path) ImGui::SetKeyboardFocusHere();
    bool entered = ImGui::InputText(path_label.c_str(), save_path_, sizeof save_path_, ImGuiInputTextFlags_EnterReturnsTrue);
    if (std::optional<ReportFormat> typed = report_format_of(save_path_)) save_format_ = *typed;

    bool ready = review.report_current();
    if (!ready) text_coloured(app.text(Ui::report_save_wait), quiet_colour(contrast));
    if (!save_problem_.empty()) {
        ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
        ImGui::PushStyleColor(ImGuiCol_Text, palette(contrast).negative);
        ImGui::TextUnformatted(save_problem_.c_str());
        ImGui::PopStyleColor();
        ImGui::PopTextWrapPos();
    }
    ImGui::Spacing();
    ImGui::BeginDisabled(!ready);
    bool save = ImGui::Button(app.text(Ui::report_save_confirm).c_str(), ImVec2(font * 8, 0));
    ImGui::EndDisabled();
    ImGui::SameLine();
    bool cancel = ImGui::Button(app.text(Ui::cancel_button).c_str(), ImVec2(font * 8, 0)) || keys::escape_pressed();
    if ((save || entered) && ready) save_report(app);
    else if (cancel) {
        app.trace.write("report_form_closed", "");
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
}

}  // namespace frontdesk::gui
