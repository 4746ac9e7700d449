// The studio's node panel: the selected node's line, narration and every answer (points, mood, condition, flags
// set, where it goes, feedback), as the review script tells them, then what can still happen from there: each
// skill's best and worst on the way to an ending, and how many complete paths go through it.
#include "screens/studio/studio_screen.h"

#include "frontdesk/scenario_script.h"
#include "frontdesk/interface_text.h"
#include "widgets/controls.h"
#include "widgets/text.h"
#include "widgets/theme.h"

namespace frontdesk::gui {

void StudioScreen::draw_node(AppState& app) {
    StudioModel& studio = app.studio;
    const StudioDocument& document = studio.document();
    const LoadedScenario& loaded = document.loaded();
    std::optional<NodeIndex> index = document.selected_node();
    bool contrast = app.settings.high_contrast;
    if (!index || !loaded.scenario || !loaded.analysis) {
        text_wrapped(app.text(Ui::studio_no_selection));
        return;
    }
    const Scenario& scenario = *loaded.scenario;
    ScriptNode node = describe_script_node(scenario, *loaded.analysis, *index);
    const Node& n = *node.node;
    ImGui::PushFont(app.fonts.heading);
    text_wrapped(app.text(Ui::script_node_heading, {n.id}));
    ImGui::PopFont();
    std::vector<std::string> marks;
    if (node.start) marks.push_back(app.text(Ui::graph_start));
    if (n.is_ending()) marks.push_back(app.text(Ui::script_ending_kind, {ending_label(app.language(), n.ending)}));
    if (node.unreachable) marks.push_back(app.text(Ui::graph_unreachable));
    if (node.dead_end) marks.push_back(app.text(Ui::graph_dead_end));
    std::string line = app.text(Ui::studio_selected_in_file, {n.id, std::to_string(n.location.line)});
    for (const std::string& mark : marks) line += " \xc2\xb7 " + mark;
    text_coloured(line, node.unreachable || node.dead_end ? palette(contrast).negative : quiet_colour(contrast));
    if (!n.narration.empty()) narration_text(n.narration, app.fonts.italic, narration_colour(contrast));
    if (!n.say.empty()) {
        text_coloured(app.text(Ui::script_line, {scenario.character.name}), quiet_colour(contrast));
        text_wrapped(std::string(n.say));
    }
    if (!node.on_enter.empty()) text_wrapped(app.text(Ui::script_on_enter) + ": " + node.on_enter);
    ImGui::Spacing();
    if (!n.is_ending()) {
        panel_heading(app, app.text(Ui::script_answers));
        if (node.effects.empty()) text_wrapped(app.text(Ui::script_no_answers));
    }
    for (const ScriptEffect& effect : node.effects) {
        ImGui::Separator();
        std::string title = effect.heading + (effect.ideal ? "  (" + app.text(Ui::script_ideal) + ")" : "");
        text_coloured(title, palette(contrast).accent);
        if (!effect.say.empty()) text_wrapped("\xe2\x80\x9c" + effect.say + "\xe2\x80\x9d");
        std::string facts = app.text(Ui::script_points) + ": " + effect.points;
        if (!effect.mood.empty()) facts += " \xc2\xb7 " + app.text(Ui::script_mood) + " " + effect.mood;
        text_wrapped(facts);
        if (!effect.condition.empty()) text_wrapped(app.text(Ui::script_offered_if) + ": " + effect.condition);
        if (!effect.sets.empty()) text_wrapped(app.text(Ui::script_sets) + ": " + effect.sets);
        for (const ScriptDestination& to : effect.destinations) {
            std::string target = to.node == no_node ? std::string("?") : scenario.nodes[static_cast<std::size_t>(to.node)].id;
            // Following an answer to where it goes: a click selects that node. The button holds the node's id
            // alone (a button does not wrap); the condition of a conditional goto is written after it.
            ImGui::PushID(&to);
            std::string goes = app.text(Ui::script_goes_to);
            text_line(goes);
            std::string label = fitted_label(target, ImGui::GetContentRegionAvail().x);
            same_line_if_fits(ImGui::CalcTextSize(label.c_str()).x + ImGui::GetStyle().FramePadding.x * 2);
            if (ImGui::SmallButton(label.c_str()) && to.node != no_node) studio.show_node(to.node);
            tab_stop("goto " + target);
            if (!to.when.empty()) {
                same_line_if_fits(ImGui::CalcTextSize(to.when.c_str()).x);
                text_wrapped("(" + to.when + ")");
            }
            ImGui::PopID();
        }
        if (effect.feedback.empty()) text_coloured(app.text(Ui::script_no_feedback), palette(contrast).negative);
        else narration_text(effect.feedback, app.fonts.italic, narration_colour(contrast));
    }

    // What can still happen from here.
    const std::vector<NodeAnalysis>& reach = studio.node_analysis();
    auto u = static_cast<std::size_t>(*index);
    if (u >= reach.size()) return;
    ImGui::Spacing();
    panel_heading(app, app.text(Ui::studio_reach_heading));
    const NodeAnalysis& here = reach[u];
    if (!here.can_end) {
        text_coloured(app.text(Ui::studio_no_ending_here), palette(contrast).negative);
    } else {
        for (std::size_t k = 0; k < scenario.skills.size() && k < here.skills.size(); ++k) {
            const SkillRange& range = here.skills[k];
            std::string best = range.best_unbounded ? app.text(Ui::studio_no_limit) : std::to_string(range.best);
            std::string worst = range.worst_unbounded ? app.text(Ui::studio_no_limit) : std::to_string(range.worst);
            text_wrapped(app.text(Ui::studio_skill_range, {skill_label(app.language(), scenario.skills[k]), best, worst}));
        }
    }
    if (here.paths_capped) text_wrapped(app.text(Ui::studio_paths_countless));
    else text_wrapped(app.text(Ui::studio_paths_through, {std::to_string(here.paths)}));
}

}  // namespace frontdesk::gui
