// The studio's Tells and balance: whether a trainee passes by a rule instead of judgement (the rules of
// `playtest --strategy`, and chance), how often the best answer is also the longest, and every node's answers
// by length with the best marked, so a trainer sees which lines give the answer away by their length.
#include "screens/studio/studio_screen.h"

#include <cmath>

#include "frontdesk/number_format.h"
#include "frontdesk/scenario_labels.h"
#include "widgets/controls.h"
#include "widgets/text.h"
#include "widgets/theme.h"

namespace frontdesk::gui {

namespace {

std::string whole_percent(double share) { return std::to_string(static_cast<int>(std::lround(share * 100))); }

}  // namespace

void StudioScreen::draw_tells(AppState& app) {
    StudioModel& studio = app.studio;
    bool contrast = app.settings.high_contrast;
    const StudioTells* tells = studio.tells();
    if (!tells) {
        text_wrapped(app.text(Ui::studio_tells_need_play));
        return;
    }
    const Scenario& scenario = *studio.document().loaded().scenario;
    text_wrapped(app.text(Ui::studio_tells_explain));
    if (ImGui::BeginTable("rules", 4, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp)) {
        ImGui::TableSetupColumn(app.text(Ui::studio_rule_column).c_str(), ImGuiTableColumnFlags_WidthStretch, 2.4f);
        ImGui::TableSetupColumn(app.text(Ui::studio_passes_column).c_str(), ImGuiTableColumnFlags_WidthStretch, 1.0f);
        ImGui::TableSetupColumn(app.text(Ui::studio_ending_column).c_str(), ImGuiTableColumnFlags_WidthStretch, 1.3f);
        ImGui::TableSetupColumn(app.text(Ui::studio_overall_column).c_str(), ImGuiTableColumnFlags_WidthStretch, 1.4f);
        ImGui::TableHeadersRow();
        for (const RuleOutcome& rule : tells->rules) {
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            text_wrapped(app.text(rule_label(rule.strategy)));
            ImGui::TableNextColumn();
            // Passing by a rule other than "most points" is the warning sign: in red.
            bool alarming = rule.passed && rule.strategy != Strategy::best;
            text_coloured(app.text(rule.passed ? Ui::report_yes : Ui::report_no), alarming ? palette(contrast).negative : palette(contrast).text_on_bubble);
            ImGui::TableNextColumn();
            text_wrapped(rule.finished ? ending_label(app.language(), rule.ending) : app.text(Ui::studio_no_ending));
            ImGui::TableNextColumn();
            text_line(format_percent(app.language(), rule.overall));
        }
        ImGui::EndTable();
    }
    text_wrapped(app.text(Ui::studio_random_rate, {whole_percent(tells->random.pass_rate), std::to_string(tells->random.runs)}));
    text_coloured(app.text(Ui::studio_longest_share, {whole_percent(tells->best_is_longest_share), std::to_string(tells->length_tells.best_is_longest),
                                                      std::to_string(tells->length_tells.decision_points)}),
                  tells->best_is_longest_share > 0.5 ? palette(contrast).negative : palette(contrast).text_on_bubble);

    ImGui::Spacing();
    panel_heading(app, app.text(Ui::studio_lengths_heading));
    for (const NodeLengths& node : tells->nodes) {
        if (node.node == no_node || static_cast<std::size_t>(node.node) >= scenario.nodes.size()) continue;
        const std::string& id = scenario.nodes[static_cast<std::size_t>(node.node)].id;
        ImGui::PushID(static_cast<int>(node.node));
        if (ImGui::SmallButton(fitted_label(id, ImGui::GetContentRegionAvail().x).c_str())) studio.show_node(node.node);
        tab_stop("lengths " + id);
        // Each answer's length, the best ones in the accent colour, on as many lines as the panel needs; "best is longest"
        // in red where it holds.
        for (std::size_t c = 0; c < node.lengths.length.size(); ++c) {
            bool best = c < node.lengths.best.size() && node.lengths.best[c];
            std::string text = std::to_string(c + 1) + ": " + std::to_string(node.lengths.length[c]);
            same_line_if_fits(ImGui::CalcTextSize(text.c_str()).x);
            ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(best ? palette(contrast).accent : palette(contrast).text_on_bubble));
            text_line(text);
            ImGui::PopStyleColor();
        }
        if (node.lengths.best_is_longest) {
            std::string mark = app.text(Ui::studio_best_longest_mark);
            same_line_if_fits(ImGui::CalcTextSize(mark.c_str()).x);
            text_coloured(mark, palette(contrast).negative);
        }
        ImGui::PopID();
    }
}

}  // namespace frontdesk::gui
