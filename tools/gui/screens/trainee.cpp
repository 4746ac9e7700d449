// Screen 1: who is practising (a name or an employee code, remembered), how the conversation addresses them
// (feminine, masculine or neutral phrasing of their own words, remembered with the name) and the interface
// language. A name that cannot be used is refused under the field with the reason.
#include <algorithm>
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
    // The label above the field, not beside it: beside it, at 2.0x, the two ran past a small window's edge.
    text_line(app.text(Ui::trainee_name_label));
    ImGui::SetNextItemWidth(std::min(ImGui::GetFontSize() * 20, ImGui::GetContentRegionAvail().x));
    if (refocus_) ImGui::SetKeyboardFocusHere();
    refocus_ = false;
    bool entered = ImGui::InputText("##name", name_, sizeof name_, ImGuiInputTextFlags_EnterReturnsTrue);
    tab_stop("name", true);
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
        tab_stop(std::string("phrasing_") + phrasing_name(option));
    }
    if (picked && static_cast<Phrasing>(phrasing) != app.settings.phrasing) {
        app.settings.phrasing = static_cast<Phrasing>(phrasing);
        app.trace.write("phrasing", phrasing_name(app.settings.phrasing));
    }
    // The group (cohort), when the library has courses: the cohorts they are assigned to, as radio buttons that
    // wrap on a narrow window. Fixed by --cohort, it is only shown.
    if (!app.options.cohort.empty()) {
        ImGui::Spacing();
        text_line(app.text(Ui::trainee_cohort_fixed, {app.options.cohort}));
    } else if (std::vector<std::string> cohorts = app.library.course_cohorts(app.language()); !cohorts.empty()) {
        if (!app.settings.cohort.empty() && std::find(cohorts.begin(), cohorts.end(), app.settings.cohort) == cohorts.end())
            cohorts.push_back(app.settings.cohort);  // an administrator's cohort with no course here yet
        cohorts.insert(cohorts.begin(), std::string());
        ImGui::Spacing();
        text_wrapped(app.text(Ui::trainee_cohort_label));
        for (std::size_t i = 0; i < cohorts.size(); ++i) {
            std::string label = cohorts[i].empty() ? app.text(Ui::trainee_cohort_none) : cohorts[i];
            if (i > 0) same_line_if_fits(ImGui::CalcTextSize(label.c_str()).x + ImGui::GetFrameHeight() + ImGui::GetFontSize() * 1.5f);
            ImGui::PushID(static_cast<int>(i));
            if (ImGui::RadioButton(label.c_str(), app.settings.cohort == cohorts[i]) && app.settings.cohort != cohorts[i]) {
                app.settings.cohort = cohorts[i];
                app.trace.write("cohort", cohorts[i].empty() ? "none" : cohorts[i]);
            }
            ImGui::PopID();
            tab_stop("cohort_" + (cohorts[i].empty() ? std::string("none") : cohorts[i]));
        }
    }
    ImGui::Spacing();
    bool pressed = ImGui::Button(app.text(Ui::continue_button).c_str(), button_size(10));
    tab_stop("continue");
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
                app.show_home();
            } else {
                std::string path = std::move(app.scenario_after_trainee);
                app.scenario_after_trainee.clear();
                app.show_scenario(path);
            }
        }
    }
    // The settings after the primary button (Continue stays in view on a small screen at a large text size).
    ImGui::Spacing();
    draw_settings_row(app);
    ImGui::Spacing();
    // Wrapped: at 2.0x on a small screen the line is wider than the window.
    text_coloured(app.text(Ui::keyboard_help), ImGui::GetColorU32(ImGuiCol_TextDisabled));
    // Tab goes round the name, the phrasing, Continue and the settings; back in the name, it takes the typing.
    if (finish_tab_order(app) == "name") refocus_ = true;
}

}  // namespace frontdesk::gui
