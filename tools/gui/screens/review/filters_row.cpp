// The Review's filters row: Reload, then cohort, scenario, trainee and a start date; every
// tab shows what they keep. The three combos share the room the row leaves, so it fits on one line from
// 1024 pixels up.
#include <algorithm>

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
    float room = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x - ImGui::GetItemRectMax().x - since_width - spacing * 4;
    float unit = std::clamp(room / 36.0f, font * 0.55f, font);

    ComboOptions cohorts;
    for (const std::string& cohort : review.cohort_options()) cohorts.emplace_back(cohort, cohort);
    std::string cohort = review.filter().cohort;
    same_line_if_fits(unit * 11);
    if (value_combo("##cohort", app.text(Ui::review_cohort), cohort, cohorts, all, unit * 11)) review.set_cohort(cohort);

    std::string scenario = review.filter().scenario_id;
    same_line_if_fits(unit * 14);
    if (value_combo("##scenario", app.text(Ui::review_scenario), scenario, review.scenario_options(), all, unit * 14))
        review.set_scenario_filter(scenario);

    ComboOptions trainees;
    for (const std::string& id : review.trainee_options()) trainees.emplace_back(id, id);
    std::string trainee = review.filter().trainee;
    same_line_if_fits(unit * 11);
    if (value_combo("##trainee", app.text(Ui::review_trainee), trainee, trainees, all, unit * 11)) review.set_trainee_filter(trainee);

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
    if (!since_problem_.empty()) text_coloured(app.text(Ui::review_since_invalid, {since_problem_}), palette(app.settings.high_contrast).negative);
}

}  // namespace frontdesk::gui
