#include "screens/review/review_screen.h"

#include <imgui_internal.h>  // SetFocusID: keyboard focus follows a tab chosen with a key

#include <algorithm>
#include <cmath>

#include "frontdesk/open_results_store.h"
#include "platform/keys.h"
#include "screens/review/review_words.h"
#include "widgets/controls.h"
#include "widgets/text.h"
#include "widgets/theme.h"

namespace frontdesk::gui {

bool ReviewScreen::animating(const AppState& app) const { return app.review_loader && app.review_loader->result_waiting(); }

double ReviewScreen::tick_seconds(const AppState& app) const { return app.review_loader && app.review_loader->busy() ? 1.0 : 0; }

void ReviewScreen::go_to(AppState& app, ReviewTab tab) {
    app.review.set_tab(tab);
    pending_tab_ = tab;
}

// What the tests and trainers read in the trace: each report read, and each read that failed.
void ReviewScreen::trace_reads(AppState& app) {
    const ReviewModel& review = app.review;
    if (review.loads() != traced_loads_) {
        traced_loads_ = review.loads();
        app.trace.write("review_loaded", std::to_string(review.report().trainees.size()) + " trainees " +
                                             std::to_string(review.report().attempts) + " attempts " +
                                             std::to_string(review.report().scenarios.size()) + " scenarios");
    }
    if (review.error() != traced_error_ && !review.refreshing()) {
        traced_error_ = review.error();
        if (!traced_error_.empty()) app.trace.write("review_failed", traced_error_);
    }
}

// While the results are read the screen stays as it was, saying so (and, when the read takes a while, from
// where and for how long); a read that failed says why and what to try.
void ReviewScreen::draw_reading_state(AppState& app) {
    const ReviewModel& review = app.review;
    bool contrast = app.settings.high_contrast;
    if (review.refreshing()) {
        double seconds = app.review_loader ? app.review_loader->busy_seconds() : 0;
        std::string reading = seconds < 2 ? app.text(Ui::review_loading)
                                          : app.text(Ui::review_loading_slow, {shown_location(app.results_location()), std::to_string(std::lround(seconds))});
        text_coloured(reading, quiet_colour(contrast));
        return;
    }
    if (review.error().empty()) return;
    text_coloured(app.text(review.open_failed() ? Ui::review_store_unavailable : Ui::review_read_failed, {review.error()}),
                  palette(contrast).negative);
    text_coloured(app.text(Ui::review_retry_hint), quiet_colour(contrast));
}

void ReviewScreen::draw_content(AppState& app) {
    ReviewModel& review = app.review;
    // Take what the reader found since the last frame and hand it the next read: nothing is read here.
    if (app.review_loader) app.review_loader->update(review);
    trace_reads(app);

    const ImGuiIO& io = ImGui::GetIO();
    bool popup = ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId);
    heading(app.fonts.heading, app.text(Ui::review_title));
    if (ImGui::Button(app.text(Ui::back_to_library).c_str()) || (app.escape_key() && !popup)) {
        // Opened with --review before anyone gave a name, the library would have no trainee: ask for one.
        if (app.settings.trainee.empty()) app.show_trainee();
        else app.show_library();
        return;
    }
    draw_location_form(app);
    draw_filters(app);
    if (!popup && keys::save_pressed()) open_save_form(app);
    draw_save_form(app);
    draw_reading_state(app);
    // Results that cannot be read may be the wrong ones: the way to others is right under the reason.
    if (!review.loaded() && !review.refreshing() && !review.error().empty()) draw_location_button(app);
    if (!review.loaded()) return;
    if (review.store_empty()) {
        ImGui::Spacing();
        ImGui::PushFont(app.fonts.large);
        text_wrapped(app.text(Ui::review_no_results));
        ImGui::PopFont();
        return;
    }
    const ReportData& report = review.report();
    if (report.attempts == 0) text_wrapped(app.text(Ui::review_no_match));
    else
        text_wrapped(app.text(Ui::review_summary, {std::to_string(report.trainees.size()), std::to_string(report.attempts),
                                                    std::to_string(report.finished), std::to_string(report.passed),
                                                    percent_text(report.overall_mean)}));

    // Tabs: 1-4 or Ctrl+PgUp/PgDn switch, as do the tab headers themselves (click, or arrows and Enter).
    if (!io.WantTextInput && !popup) {
        if (int digit = keys::digit_pressed(); digit >= 1 && digit <= 4) go_to(app, review_tabs[digit - 1]);
        if (keys::ctrl_down()) {
            int current = static_cast<int>(review.tab());
            if (keys::page_down_pressed()) go_to(app, review_tabs[(current + 1) % 4]);
            if (keys::page_up_pressed()) go_to(app, review_tabs[(current + 3) % 4]);
        }
    }
    // Room below the tabs for the footer: the button that saves what is shown as a report (below the tabs, so
    // arrow keys reach it after the tab's rows, never on the way to them), the keys (wrapped in a narrow
    // window), lifted above the notice floating at the bottom when there is one.
    const ImGuiStyle& style = ImGui::GetStyle();
    std::string keys_help = app.text(Ui::review_keys);
    std::string save_label = app.text(Ui::review_save_button);
    std::string location_label = app.text(Ui::results_location_button, {shown_location(app.results_location())});
    float buttons_width = ImGui::CalcTextSize(save_label.c_str()).x + ImGui::CalcTextSize(location_label.c_str()).x + style.FramePadding.x * 4 +
                          style.ItemSpacing.x;
    float help_width = std::max(ImGui::GetContentRegionAvail().x - buttons_width - style.ItemSpacing.x, ImGui::GetFontSize() * 10);
    float help_height = ImGui::CalcTextSize(keys_help.c_str(), nullptr, false, help_width).y;
    float footer = std::max(help_height, ImGui::GetFrameHeight()) + style.ItemSpacing.y * 2 + notice_room(app);
    if (ImGui::BeginTabBar("review_tabs")) {
        for (ReviewTab tab : review_tabs) {
            ImGuiTabItemFlags flags = pending_tab_ == tab ? ImGuiTabItemFlags_SetSelected : ImGuiTabItemFlags_None;
            std::string label = app.text(tab_label(tab)) + "###" + tab_name(tab);
            if (!ImGui::BeginTabItem(label.c_str(), nullptr, flags)) continue;
            if (pending_tab_ == tab) {
                pending_tab_.reset();
                // The keyboard focus moves to the tab shown (it would otherwise stay where the key was pressed).
                if (io.NavVisible) ImGui::SetFocusID(ImGui::GetItemID(), ImGui::GetCurrentWindow());
            }
            if (!pending_tab_ && review.tab() != tab) review.set_tab(tab);  // chosen in the tab bar itself
            ImGuiWindowFlags child = ImGuiWindowFlags_NavFlattened | (tab == ReviewTab::cohort ? ImGuiWindowFlags_HorizontalScrollbar : 0);
            // Down to eight lines; below that the page scrolls instead (see scrolls_as_page).
            float tab_height = std::max(ImGui::GetContentRegionAvail().y - footer, ImGui::GetTextLineHeightWithSpacing() * 8);
            ImGui::BeginChild("tab", ImVec2(0, tab_height), false, child);
            switch (tab) {
                case ReviewTab::cohort: draw_cohort(app); break;
                case ReviewTab::trainee: draw_trainee(app); break;
                case ReviewTab::scenarios: draw_scenarios(app); break;
                case ReviewTab::transcript: draw_transcript(app); break;
            }
            ImGui::EndChild();
            ImGui::EndTabItem();
        }
        ImGui::EndTabBar();
    }
    if (traced_tab_ != review.tab() && !pending_tab_) {
        traced_tab_ = review.tab();
        app.trace.write("review_tab", tab_name(review.tab()));
    }
    if (ImGui::Button(save_label.c_str())) open_save_form(app);
    ImGui::SameLine();
    draw_location_button(app);
    ImGui::SameLine();
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + help_width);
    ImGui::PushStyleColor(ImGuiCol_Text, quiet_colour(app.settings.high_contrast));
    ImGui::TextUnformatted(keys_help.c_str());
    ImGui::PopStyleColor();
    ImGui::PopTextWrapPos();
}

void ReviewScreen::draw_location_button(AppState& app) {
    if (ImGui::Button(app.text(Ui::results_location_button, {shown_location(app.results_location())}).c_str())) open_location_form(app);
}

}  // namespace frontdesk::gui
