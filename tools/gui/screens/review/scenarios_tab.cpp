// The Review's Scenarios tab: for the scenario chosen, each skill's mean, the endings as one split bar, the
// costly answers most taken ("where do people go wrong?"), and every node in conversation order with each
// answer's share and points.
#include <algorithm>

#include "screens/review/review_screen.h"
#include "screens/review/review_words.h"
#include "widgets/charts.h"
#include "widgets/controls.h"
#include "widgets/text.h"
#include "widgets/theme.h"

namespace frontdesk::gui {

namespace {

// The endings as one bar split by share, each part labelled when it has room, with a legend below.
void ending_bar(const AppState& app, const std::vector<EndingSlice>& slices, float width) {
    bool contrast = app.settings.high_contrast;
    std::vector<BarPart> parts;
    for (const EndingSlice& slice : slices) {
        // Black or white words, whichever reads better on the fill (4.5:1 or more: theme.h text_pairs).
        ImU32 fill = ending_colour(slice.kind, contrast);
        parts.push_back({slice.share, fill, text_on(fill),
                         share_text(slice.share),
                         ending_text(app, slice.kind) + " " + std::to_string(slice.count) + " (" + share_text(slice.share) + ")"});
    }
    split_bar(parts, width, contrast);
}

}  // namespace

void ReviewScreen::draw_scenarios(AppState& app) {
    ReviewModel& review = app.review;
    const ReportData& report = review.report();
    bool contrast = app.settings.high_contrast;
    const Palette& colours = palette(contrast);
    float font = ImGui::GetFontSize();
    if (report.scenarios.empty()) {
        text_wrapped(app.text(Ui::review_no_match));
        return;
    }
    std::optional<std::size_t> selected = review.selected_scenario();
    std::string preview = selected ? report.scenarios[*selected].title : "-";
    ImGui::SetNextItemWidth(std::min(ImGui::GetContentRegionAvail().x * 0.55f, ImGui::CalcTextSize(preview.c_str()).x + font * 3));
    if (ImGui::BeginCombo("##review_scenario", preview.c_str())) {
        for (std::size_t i = 0; i < report.scenarios.size(); ++i) {
            ImGui::PushID(static_cast<int>(i));
            std::string label = report.scenarios[i].title + "  (" + report.scenarios[i].id + ")";
            if (ImGui::Selectable(label.c_str(), selected == i)) {
                review.select_scenario(i);
                app.trace.write("review_scenario", report.scenarios[i].id);
            }
            if (selected == i) ImGui::SetItemDefaultFocus();
            ImGui::PopID();
        }
        ImGui::EndCombo();
    }
    const std::optional<ScenarioView>& view = review.scenario_view();
    if (!view) return;
    const ScenarioReport& scenario = report.scenarios[view->scenario];
    ImGui::SameLine();
    ImGui::AlignTextToFramePadding();
    text_wrapped(app.text(Ui::review_scenario_summary, {std::to_string(scenario.attempts), std::to_string(scenario.finished),
                                                        std::to_string(scenario.passed), percent_text(scenario.overall_mean)}));

    ImGui::BeginChild("scenario_content", ImVec2(0, 0), false, ImGuiWindowFlags_NavFlattened);
    keyboard_scroll();
    // Skills on the left, endings on the right (one above the other when the window is narrow).
    float width = ImGui::GetContentRegionAvail().x;
    bool side_by_side = width > font * 40;
    float half = side_by_side ? (width - ImGui::GetStyle().ItemSpacing.x * 3) * 0.5f : width;
    ImGui::BeginGroup();
    heading(app.fonts.large, app.text(Ui::review_skill_means));
    float label_width = 0;
    for (const std::string& skill : report.skills) label_width = std::max(label_width, ImGui::CalcTextSize(skill_title(app, skill).c_str()).x);
    for (std::size_t s = 0; s < report.skills.size(); ++s) {
        if (s >= scenario.skill_means.size() || !scenario.skill_means[s]) continue;
        text_line(skill_title(app, report.skills[s]));
        ImGui::SameLine(label_width + font * 1.5f);
        labelled_bar(*scenario.skill_means[s] / 100.0, std::max(font * 6, half - label_width - font * 5), colours.accent, contrast,
                     percent_text(scenario.skill_means[s]));
    }
    ImGui::EndGroup();
    if (side_by_side) ImGui::SameLine(0, ImGui::GetStyle().ItemSpacing.x * 3);
    ImGui::BeginGroup();
    heading(app.fonts.large, app.text(Ui::review_endings));
    if (!view->endings.empty()) ending_bar(app, view->endings, half);
    ImGui::EndGroup();
    ImGui::Spacing();
    ImGui::Separator();

    // Where do people go wrong: the costly answers most taken.
    heading(app.fonts.large, app.text(Ui::review_where_wrong));
    if (view->pitfalls.empty()) text_wrapped(app.text(Ui::review_no_pitfalls));
    for (const ScenarioPitfall& pitfall : view->pitfalls) {
        const NodeReport& node = scenario.nodes[pitfall.node];
        const ChoiceShare& choice = node.choices[pitfall.choice];
        std::string said = choice.timed_out() ? app.text(Ui::no_answer_in_time) : "\"" + choice.said + "\"";
        // Where it happened as the character's line there (the node's id only when the file is not known).
        std::string where = app.text(Ui::review_node_name, {node.node});
        for (const NodeView& node_view : view->nodes)
            if (node_view.node == pitfall.node) where = node_title(app, node_view.character_line, node_view.narration, node.node);
        ImGui::PushStyleColor(ImGuiCol_Text, colours.negative);
        text_wrapped("\u2022 " + where + " \u2192 " + said + "  -  " +
                     app.text(Ui::review_choice_count, {share_text(choice.share), std::to_string(choice.count), std::to_string(node.decisions)}) +
                     ", " + describe_points(choice.score, app.language()));
        ImGui::PopStyleColor();
    }
    ImGui::Spacing();
    if (!view->lines_from_file) {
        ImGui::PushStyleColor(ImGuiCol_Text, quiet_colour(app.settings.high_contrast));
        text_wrapped(app.text(Ui::review_lines_unknown));
        ImGui::PopStyleColor();
    }

    // Every node in conversation order: what the character said, then each answer's share and points.
    for (const NodeView& node_view : view->nodes) {
        const NodeReport& node = scenario.nodes[node_view.node];
        ImGui::PushID(static_cast<int>(node_view.node));
        std::string title = app.text(Ui::review_node, {node_title(app, node_view.character_line, node_view.narration, node.node),
                                                       std::to_string(node.reached), std::to_string(node.decisions)});
        if (node_view.costly_decisions > 0) title += " \u00b7 " + app.text(Ui::review_costly_share, {share_text(node_view.costly_share)});
        if (ImGui::CollapsingHeader((title + "###node").c_str(), ImGuiTreeNodeFlags_DefaultOpen)) {
            if (!node_view.narration.empty()) narration_text(node_view.narration, app.fonts.italic, narration_colour(contrast));
            if (!node_view.character_line.empty()) {
                ImGui::PushStyleColor(ImGuiCol_Text, quiet_colour(contrast));
                text_wrapped(view->character_name + ": \"" + node_view.character_line + "\"");
                ImGui::PopStyleColor();
            }
            if (ImGui::BeginTable("choices", 3, ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_PadOuterX)) {
                ImGui::TableSetupColumn("answer", ImGuiTableColumnFlags_WidthStretch, 5.0f);
                ImGui::TableSetupColumn("share", ImGuiTableColumnFlags_WidthStretch, 3.0f);
                ImGui::TableSetupColumn("points", ImGuiTableColumnFlags_WidthStretch, 3.0f);
                for (const ChoiceShare& choice : node.choices) {
                    ImGui::TableNextRow();
                    ImGui::TableSetColumnIndex(0);
                    if (choice.timed_out()) {
                        ImGui::PushStyleColor(ImGuiCol_Text, quiet_colour(app.settings.high_contrast));
                        text_wrapped(app.text(Ui::no_answer_in_time));
                        ImGui::PopStyleColor();
                    } else {
                        text_wrapped(std::to_string(choice.choice + 1) + ". \"" + choice.said + "\"");
                    }
                    ImGui::TableSetColumnIndex(1);
                    float bar = std::max(font * 3, ImGui::GetContentRegionAvail().x - ImGui::CalcTextSize("100% (000 / 000)").x);
                    ImU32 fill = choice.costly ? colours.negative : choice.points > 0 ? colours.positive : colours.neutral;
                    share_bar(choice.share, bar, fill, contrast);
                    ImGui::SameLine();
                    text_line(app.text(Ui::review_choice_count, {share_text(choice.share), std::to_string(choice.count), std::to_string(node.decisions)}));
                    ImGui::TableSetColumnIndex(2);
                    ImU32 colour = choice.costly ? colours.negative : choice.points > 0 ? colours.positive : ImGui::GetColorU32(ImGuiCol_Text);
                    ImGui::PushStyleColor(ImGuiCol_Text, colour);
                    std::string points = describe_points(choice.score, app.language());
                    if (choice.costly) points = app.text(Ui::review_costly) + ": " + points;
                    text_wrapped(points);
                    ImGui::PopStyleColor();
                }
                ImGui::EndTable();
            }
            ImGui::Spacing();
        }
        ImGui::PopID();
    }
    ImGui::EndChild();
}

}  // namespace frontdesk::gui
