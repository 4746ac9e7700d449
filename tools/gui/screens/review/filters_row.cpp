// The Review's filters row: Reload, then cohort, scenario, trainee and a start date; every tab shows what
// they keep. Each combo is as wide as what it shows; the row wraps when they do not fit on one line.
#include <algorithm>
#include <cstdio>

#include "screens/review/review_screen.h"
#include "screens/review/review_words.h"
#include "widgets/text.h"
#include "widgets/theme.h"

namespace frontdesk::gui {

void ReviewScreen::draw_filters(AppState& app) {
    ReviewModel& review = app.review;
    float font = ImGui::GetFontSize();
    std::string all = app.text(Ui::filter_all);
    ImGui::SameLine();
    if (ImGui::Button(app.text(Ui::review_reload).c_str())) {
        review.request_reload();
        app.trace.write("review_reload", "");
    }

    std::string since_label = app.text(Ui::review_since);
    float spacing = ImGui::GetStyle().ItemSpacing.x;
    float since_width = ImGui::CalcTextSize(since_label.c_str()).x + font * 7.4f + spacing;
    // Each combo as wide as what it shows ("Cohort: All", the scenario chosen), never narrower, so no word is
    // cut; the row wraps onto another line when they do not fit side by side (large text, a small window).
    float line = ImGui::GetContentRegionMax().x - ImGui::GetStyle().WindowPadding.x;
    auto fitting = [&](const std::string& label, const std::string& value, const ComboOptions& options) {
        std::string shown = all;
        for (const auto& [option, option_label] : options)
            if (option == value) shown = option_label;
        if (shown == all && !value.empty()) shown = value;
        float width = ImGui::CalcTextSize((label + ": " + shown).c_str()).x + ImGui::GetStyle().FramePadding.x * 2 + ImGui::GetFrameHeight();
        return std::min(std::max(width, font * 8), line);
    };

    ComboOptions cohorts;
    for (const std::string& cohort : review.cohort_options()) cohorts.emplace_back(cohort, cohort);
    std::string cohort = review.filter().cohort;
    std::string cohort_label = app.text(Ui::review_cohort);
    float width = fitting(cohort_label, cohort, cohorts);
    same_line_if_fits(width);
    if (value_combo("##cohort", cohort_label, cohort, cohorts, all, width)) review.set_cohort(cohort);

    std::string scenario = review.filter().scenario_id;
    std::string scenario_label = app.text(Ui::review_scenario);
    width = fitting(scenario_label, scenario, review.scenario_options());
    same_line_if_fits(width);
    if (value_combo("##scenario", scenario_label, scenario, review.scenario_options(), all, width)) review.set_scenario_filter(scenario);

    ComboOptions trainees;
    for (const std::string& id : review.trainee_options()) trainees.emplace_back(id, id);
    std::string trainee = review.filter().trainee;
    std::string trainee_label = app.text(Ui::review_trainee);
    width = fitting(trainee_label, trainee, trainees);
    same_line_if_fits(width);
    if (value_combo("##trainee", trainee_label, trainee, trainees, all, width)) review.set_trainee_filter(trainee);
    // Whether the row fits the window as laid out, traced when it changes (a test checks it at 1.4x text).
    float right = ImGui::GetItemRectMax().x;

    same_line_if_fits(since_width);
    text_line(since_label);
    ImGui::SameLine(0, font * 0.4f);
    ImGui::SetNextItemWidth(font * 7);
    ImGui::InputTextWithHint("##since", app.text(Ui::review_since_hint).c_str(), since_, sizeof since_);
    if (ImGui::IsItemDeactivatedAfterEdit()) {
        std::string since = since_;
        if (review.set_since(since)) since_problem_.clear();
        else since_problem_ = since;
    }
    right = std::max(right, ImGui::GetItemRectMax().x);
    float content_right = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
    char layout[96];
    std::snprintf(layout, sizeof layout, "text=%.1f width=%.0f fits=%s", app.settings.font_scale, ImGui::GetWindowWidth(),
                  right <= content_right + 0.5f ? "yes" : "no");
    if (traced_filters_ != layout) {
        traced_filters_ = layout;
        app.trace.write("review_filters_layout", layout);
    }
    if (!since_problem_.empty()) text_coloured(app.text(Ui::review_since_invalid, {since_problem_}), palette(app.settings.high_contrast).negative);
}

}  // namespace frontdesk::gui
