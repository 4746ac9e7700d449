// The Review's Trainee tab: a trainee's trend over their finished sessions (a line per skill and one for
// the overall result), then every attempt as a row with its skills and result; a row opens its transcript.
#include <algorithm>
#include <cstdio>

#include <imgui_internal.h>  // the table's column widths as laid out, for the trace

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

    // Scrolls sideways too when the attempts' columns do not fit (many skills, large text).
    ImGui::BeginChild("trainee_content", ImVec2(0, 0), false, ImGuiWindowFlags_NavFlattened | ImGuiWindowFlags_HorizontalScrollbar);
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
    // The chart's numbers as text too: each attempt's skills and result (unfinished ones have none).
    const std::vector<std::string>& skills = report.skills;
    // Each column as wide as its heading and its widest cell; the Scenario column as its longest title (up to
    // a limit; longer titles wrap). All stretch over any room left, in proportion; when they do not fit, the
    // table is wider than the tab, which scrolls sideways, rather than squeezing the Scenario column to nothing.
    float padding = ImGui::GetStyle().CellPadding.x * 2;
    auto text_width = [](const std::string& text) { return ImGui::CalcTextSize(text.c_str()).x; };
    std::vector<std::string> labels = {"#", app.text(Ui::review_column_date), app.text(Ui::review_scenario), app.text(Ui::ending_label)};
    std::vector<float> widths = {text_width("000"), text_width("2026-11-24 23:04"), 0.0f, font * 6};
    float title_width = font * 10;
    for (const SessionRecord& session : review.attempts()) title_width = std::max(title_width, text_width(session.scenario_title));
    widths[2] = std::min(title_width, font * 26);
    for (const std::string& skill : skills) {
        labels.push_back(skill_title(app, skill));
        widths.push_back(std::max(text_width(labels.back()), font * 3));
    }
    labels.push_back(app.text(Ui::review_column_result));
    widths.push_back(font * 9);
    // The widths are the cells' contents; the table adds each cell's padding and the borders between them.
    float total = padding + 2.0f;
    for (std::size_t c = 0; c < labels.size(); ++c) {
        widths[c] = std::max(widths[c], text_width(labels[c]));
        total += widths[c] + padding + 1.0f;
    }
    ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersOuter | ImGuiTableFlags_BordersInnerV | ImGuiTableFlags_SizingStretchProp;
    float outer = std::max(ImGui::GetContentRegionAvail().x, total);
    // "#" is the session's number on the chart (finished sessions in time order).
    if (ImGui::BeginTable("attempts", static_cast<int>(labels.size()), flags, ImVec2(outer, 0))) {
        for (std::size_t c = 0; c < labels.size(); ++c) ImGui::TableSetupColumn(labels[c].c_str(), ImGuiTableColumnFlags_WidthStretch, widths[c]);
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
            text_wrapped(session.scenario_title);
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
        // The Scenario column's width as laid out, traced when it changes (a test checks it is not squeezed).
        if (const ImGuiTable* table = ImGui::GetCurrentTable()) {
            float given = table->Columns[2].WidthGiven;
            char layout[120];
            std::snprintf(layout, sizeof layout, "scenario=%.0f wanted=%.0f table=%.0f fits=%s", given, widths[2], outer,
                          given + 1.0f >= widths[2] ? "yes" : "no");
            if (traced_columns_ != layout) {
                traced_columns_ = layout;
                app.trace.write("review_attempts_columns", layout);
            }
        }
        ImGui::EndTable();
    }
    ImGui::EndChild();
}

}  // namespace frontdesk::gui
