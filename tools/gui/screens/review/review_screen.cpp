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
    ImVec2 heading_at = ImGui::GetCursorPos();
    heading(app.fonts.heading, app.text(Ui::review_title));
    ImVec2 after_heading = ImGui::GetCursorPos();
    // Where the results come from, at the right of the title (a line that has room, so the page never grows
    // for it), shortened in the middle to fit. Back stays where the keyboard starts.
    {
        ImGui::PushFont(app.fonts.heading);
        float title_width = ImGui::CalcTextSize(app.text(Ui::review_title).c_str()).x;
        ImGui::PopFont();
        float right = ImGui::GetWindowContentRegionMax().x;
        float room = right - heading_at.x - title_width - ImGui::GetFontSize() * 2;
        std::string label = location_button_label(app, room);
        float width = ImGui::CalcTextSize(label.c_str()).x + ImGui::GetStyle().FramePadding.x * 2;
        float line = after_heading.y - heading_at.y;
        ImGui::SetCursorPos(ImVec2(right - width, heading_at.y + std::max(0.0f, (line - ImGui::GetFrameHeight()) / 2)));
        draw_location_button(app, label);
        ImGui::SetCursorPos(after_heading);
    }
    bool back = ImGui::Button(app.text(Ui::back_to_library).c_str());
    ImGui::SetItemDefaultFocus();
    if (back || (app.escape_key() && !popup)) {
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

    // Tabs: 1-5 or Ctrl+PgUp/PgDn switch, as do the tab headers themselves (click, or arrows and Enter).
    if (!io.WantTextInput && !popup) {
        if (int digit = keys::digit_pressed(); digit >= 1 && digit <= review_tab_count) go_to(app, review_tabs[digit - 1]);
        if (keys::ctrl_down()) {
            int current = static_cast<int>(review.tab());
            if (keys::page_down_pressed()) go_to(app, review_tabs[(current + 1) % review_tab_count]);
            if (keys::page_up_pressed()) go_to(app, review_tabs[(current + review_tab_count - 1) % review_tab_count]);
        }
    }
    // Room below the tabs for the footer: the button that saves what is shown as a report (below the tabs, so
    // arrow keys reach it after the tab's rows, never on the way to them), the keys (wrapped in a narrow
    // window), lifted above the notice floating at the bottom when there is one.
    const ImGuiStyle& style = ImGui::GetStyle();
    std::string keys_help = app.text(Ui::review_keys);
    std::string save_label = app.text(Ui::review_save_button);
    float save_width = ImGui::CalcTextSize(save_label.c_str()).x + style.FramePadding.x * 2;
    float help_width = std::max(ImGui::GetContentRegionAvail().x - save_width - style.ItemSpacing.x, ImGui::GetFontSize() * 10);
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
            bool wide = tab == ReviewTab::cohort || tab == ReviewTab::courses;
            ImGuiWindowFlags child = ImGuiWindowFlags_NavFlattened | (wide ? ImGuiWindowFlags_HorizontalScrollbar : 0);
            // Down to eight lines; below that the page scrolls instead (see scrolls_as_page).
            float tab_height = std::max(ImGui::GetContentRegionAvail().y - footer, ImGui::GetTextLineHeightWithSpacing() * 8);
            ImGui::BeginChild("tab", ImVec2(0, tab_height), false, child);
            switch (tab) {
                case ReviewTab::cohort: draw_cohort(app); break;
                case ReviewTab::trainee: draw_trainee(app); break;
                case ReviewTab::scenarios: draw_scenarios(app); break;
                case ReviewTab::transcript: draw_transcript(app); break;
                case ReviewTab::courses: draw_courses(app); break;
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
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + help_width);
    ImGui::PushStyleColor(ImGuiCol_Text, quiet_colour(app.settings.high_contrast));
    ImGui::TextUnformatted(keys_help.c_str());
    ImGui::PopStyleColor();
    ImGui::PopTextWrapPos();
}

std::string ReviewScreen::location_button_label(AppState& app, float width) {
    std::string location = shown_location(app.results_location());
    std::string label = app.text(Ui::results_location_button, {location});
    float padding = ImGui::GetStyle().FramePadding.x * 2;
    // Whole characters off the middle (never inside a UTF-8 sequence) until it fits, keeping both ends: the
    // server or folder, and the database or file name.
    while (ImGui::CalcTextSize(label.c_str()).x + padding > width && location.size() > 8) {
        std::size_t middle = location.size() / 2;
        std::size_t from = middle, to = middle + 1;
        while (from > 0 && (static_cast<unsigned char>(location[from]) & 0xC0) == 0x80) --from;
        while (to < location.size() && (static_cast<unsigned char>(location[to]) & 0xC0) == 0x80) ++to;
        std::string ellipsis = "\xe2\x80\xa6";
        std::size_t at = location.find(ellipsis);
        if (at != std::string::npos) {  // widen the cut already made
            from = at;
            to = at + ellipsis.size();
            if (from > 0) do --from; while (from > 0 && (static_cast<unsigned char>(location[from]) & 0xC0) == 0x80);
            if (to < location.size()) do ++to; while (to < location.size() && (static_cast<unsigned char>(location[to]) & 0xC0) == 0x80);
        }
        location = location.substr(0, from) + ellipsis + location.substr(to);
        label = app.text(Ui::results_location_button, {location});
    }
    return label;
}

void ReviewScreen::draw_location_button(AppState& app, const std::string& label) {
    if (ImGui::Button((label + "###results_location_button").c_str())) open_location_form(app);
    if (app.trace.enabled()) {
        // Where it is, for the tests that click it.
        ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
        std::string rect = std::to_string(static_cast<int>((min.x + max.x) / 2)) + " " + std::to_string(static_cast<int>((min.y + max.y) / 2));
        if (rect != traced_location_button_) app.trace.write("location_button", traced_location_button_ = rect);
    }
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", shown_location(app.results_location()).c_str());
}

}  // namespace frontdesk::gui
