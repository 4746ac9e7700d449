// The Review's Trainee tab: a trainee's trend over their finished sessions (a line per skill and one for
// the overall result), then every attempt as a row with its skills and result; a row opens its transcript.
#include <algorithm>

#include "screens/review/review_screen.h"
#include "screens/review/review_words.h"
#include "widgets/charts.h"
#include "widgets/controls.h"
#include "widgets/text.h"
#include "widgets/theme.h"

namespace frontdesk::gui {

namespace {

std::string line_label(const AppState& app, const TrendLine& line) {
    return line.skill.empty() ? app.text(Ui::overall) : skill_title(app, line.skill);
}

// The trend as a line chart: one point per finished session in time order, their dates under the axis, and
// the session's details when the mouse is over it.
void trend_chart(const AppState& app, const Trend& trend, ImVec2 size) {
    LineChart chart;
    chart.points = trend.points.size();
    for (const TrendLine& line : trend.lines) chart.lines.push_back({line_label(app, line), line.values, line.skill.empty()});
    chart.caption = app.text(Ui::review_sessions_axis) + ": " + local_time_text(trend.points.front().started_at).substr(0, 10);
    if (trend.points.size() > 1) chart.caption += " - " + local_time_text(trend.points.back().started_at).substr(0, 10);
    std::optional<std::size_t> hovered = line_chart(chart, size, app.settings.high_contrast);
    if (!hovered) return;
    const TrendPoint& point = trend.points[*hovered];
    ImGui::BeginTooltip();
    text_line(std::to_string(*hovered + 1) + ". " + local_time_text(point.started_at) + " - " + point.scenario_title);
    text_line(ending_text(app, ending_kind(point.ending)) + ", " +
              app.text(point.passed ? Ui::review_passed_short : Ui::review_not_passed_short));
    for (const TrendLine& line : trend.lines)
        text_line(line_label(app, line) + ": " + percent_text(*hovered < line.values.size() ? line.values[*hovered] : std::nullopt));
    ImGui::EndTooltip();
}

}  // namespace

void ReviewScreen::draw_trainee(AppState& app) {
    ReviewModel& review = app.review;
    const ReportData& report = review.report();
    float font = ImGui::GetFontSize();
    std::string trainee_id = review.selected_trainee_id();
    if (value_combo("##review_trainee", app.text(Ui::review_trainee), trainee_id, trainee_choices(review), "-", font * 20) && !trainee_id.empty()) {
        review.select_trainee(trainee_id);
        app.trace.write("review_trainee", trainee_id);
    }
    std::optional<std::size_t> index = review.selected_trainee();
    if (!index) {
        text_wrapped(app.text(Ui::review_choose_trainee));
        return;
    }
    const TraineeReport& trainee = report.trainees[*index];
    std::string facts = app.text(Ui::review_trainee_summary, {trainee.cohort.empty() ? "-" : trainee.cohort, std::to_string(trainee.attempts),
                                                              std::to_string(trainee.finished), std::to_string(trainee.passed),
                                                              percent_text(trainee.overall_mean), percent_text(trainee.latest_overall)});
    same_line_if_fits(ImGui::CalcTextSize(facts.c_str()).x);
    ImGui::AlignTextToFramePadding();
    text_wrapped(facts);

    ImGui::BeginChild("trainee_content", ImVec2(0, 0), false, ImGuiWindowFlags_NavFlattened);
    keyboard_scroll();
    Trend trend = review.trend();
    heading(app.fonts.large, app.text(Ui::review_trend_heading));
    if (trend.points.empty()) {
        text_wrapped(app.text(Ui::review_no_finished, {trainee_title(trainee)}));
    } else {
        float height = std::clamp(ImGui::GetContentRegionAvail().y * 0.55f, font * 12.0f, font * 22.0f);
        trend_chart(app, trend, ImVec2(ImGui::GetContentRegionAvail().x, height));
    }
    ImGui::Spacing();
    heading(app.fonts.large, app.text(Ui::review_attempts_of, {trainee_title(trainee)}));
    ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersOuter | ImGuiTableFlags_BordersInnerV | ImGuiTableFlags_SizingStretchProp;
    // The chart's numbers as text too: each attempt's skills and result (unfinished ones have none).
    const std::vector<std::string>& skills = report.skills;
    // "#" is the session's number on the chart (finished sessions in time order).
    if (ImGui::BeginTable("attempts", 5 + static_cast<int>(skills.size()), flags)) {
        ImGui::TableSetupColumn("#", ImGuiTableColumnFlags_WidthFixed, ImGui::CalcTextSize("000").x);
        ImGui::TableSetupColumn(app.text(Ui::review_column_date).c_str(), ImGuiTableColumnFlags_WidthFixed, ImGui::CalcTextSize("2026-11-24 23:04").x);
        ImGui::TableSetupColumn(app.text(Ui::review_scenario).c_str(), ImGuiTableColumnFlags_WidthStretch);
        ImGui::TableSetupColumn(app.text(Ui::ending_label).c_str(), ImGuiTableColumnFlags_WidthFixed, font * 6);
        for (const std::string& skill : skills) {
            std::string label = skill_title(app, skill);
            ImGui::TableSetupColumn(label.c_str(), ImGuiTableColumnFlags_WidthFixed, std::max(ImGui::CalcTextSize(label.c_str()).x, font * 3));
        }
        ImGui::TableSetupColumn(app.text(Ui::review_column_result).c_str(), ImGuiTableColumnFlags_WidthFixed, font * 9);
        ImGui::TableHeadersRow();
        const Palette& colours = palette(app.settings.high_contrast);
        for (const SessionRecord& session : review.attempts()) {
            ImGui::PushID(static_cast<int>(session.id));
            ImGui::TableNextRow();
            ImGui::TableSetColumnIndex(0);
            std::string number;
            for (std::size_t p = 0; p < trend.points.size(); ++p)
                if (trend.points[p].session == session.id) number = std::to_string(p + 1);
            if (ImGui::Selectable((number + "##attempt").c_str(), session.id == review.selected_session(), ImGuiSelectableFlags_SpanAllColumns)) {
                review.select_session(session.id);
                go_to(app, ReviewTab::transcript);
            }
            if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", app.text(Ui::review_transcript).c_str());
            ImGui::TableSetColumnIndex(1);
            text_line(local_time_text(session.started_at));
            ImGui::TableSetColumnIndex(2);
            text_line(session.scenario_title);
            ImGui::TableSetColumnIndex(3);
            EndingKind kind = session.finished() ? ending_kind(session.ending) : EndingKind::none;
            ImGui::PushStyleColor(ImGuiCol_Text, ending_text_colour(kind, app.settings.high_contrast));
            text_line(ending_text(app, kind));
            ImGui::PopStyleColor();
            for (std::size_t s = 0; s < skills.size(); ++s) {
                ImGui::TableSetColumnIndex(4 + static_cast<int>(s));
                std::optional<double> percent;
                for (const SkillScore& score : session.skills)
                    if (score.skill == skills[s]) percent = score.percent;
                right_aligned(session.finished() ? percent_text(percent) : "");
            }
            ImGui::TableSetColumnIndex(4 + static_cast<int>(skills.size()));
            if (session.finished()) {
                ImGui::PushStyleColor(ImGuiCol_Text, session.passed ? colours.positive : colours.negative);
                text_line(percent_text(session.overall) + "  " + app.text(session.passed ? Ui::review_passed_short : Ui::review_not_passed_short));
                ImGui::PopStyleColor();
            } else {
                text_line("-");
            }
            ImGui::PopID();
        }
        ImGui::EndTable();
    }
    ImGui::EndChild();
}

}  // namespace frontdesk::gui
