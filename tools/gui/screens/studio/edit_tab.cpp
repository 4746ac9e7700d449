// The studio's edit panel: the selected node and its answers as forms. Texts wrap and grow, points and mood
// are steppers, where an answer goes is a pick list of the nodes. Each change goes through the engine's
// editing API (only its bytes of the file change), is written at once and checked; a change that would break
// the file is refused with the reason, and Undo/Redo (Ctrl+Z, Ctrl+Y) write back the exact bytes.
#include "screens/studio/studio_screen.h"

#include <imgui.h>

#include "frontdesk/interface_text.h"
#include "frontdesk/scenario_labels.h"
#include "widgets/controls.h"
#include "widgets/text.h"
#include "widgets/text_field.h"
#include "widgets/theme.h"

namespace frontdesk::gui {

namespace {

std::string signed_text(int value) { return value > 0 ? "+" + std::to_string(value) : std::to_string(value); }

// A number with − and + beside it; returns the new value when one was chosen (a button, or a number typed
// and confirmed).
std::optional<int> stepper(const char* id, int value, int low, int high) {
    ImGui::PushID(id);
    std::optional<int> chosen;
    float button = ImGui::GetFrameHeight();
    if (ImGui::Button("\xe2\x88\x92", ImVec2(button, button)) && value > low) chosen = value - 1;
    tab_stop(std::string(id) + " minus");
    ImGui::SameLine(0, 2);
    std::string typed;
    if (line_text_field("##value", signed_text(value), ImGui::GetFontSize() * 3.5f, typed)) {
        try {
            std::size_t used = 0;
            int v = std::stoi(typed, &used);
            if (used == typed.size()) chosen = std::clamp(v, low, high);
        } catch (const std::exception&) {
            // not a number: the field goes back to the value in the file
        }
    }
    tab_stop(std::string(id) + " value", true);
    ImGui::SameLine(0, 2);
    if (ImGui::Button("+", ImVec2(button, button)) && value < high) chosen = value + 1;
    tab_stop(std::string(id) + " plus");
    ImGui::PopID();
    return chosen;
}

void field_label(const std::string& text, bool contrast) { text_coloured(text, quiet_colour(contrast)); }

}  // namespace

void StudioScreen::draw_edit(AppState& app) {
    StudioModel& studio = app.studio;
    const StudioDocument& document = studio.document();
    const LoadedScenario& loaded = document.loaded();
    bool contrast = app.settings.high_contrast;
    float width = ImGui::GetContentRegionAvail().x;
    auto edit = [&](std::vector<ScenarioEdit> edits, const std::string& label, const std::string& select = {}) {
        bool done = studio.edit(edits, label, select);
        app.trace.write(done ? "studio_edited" : "studio_edit_refused",
                        done ? label + " edits=" + std::to_string(studio.edits_written) : studio.edit_note);
    };

    // Undo and redo, with what they would undo or redo.
    const EditHistory* history = studio.history();
    bool can_undo = history && history->can_undo(), can_redo = history && history->can_redo();
    std::string undo = can_undo ? app.text(Ui::studio_undo, {history->undo_label()}) : app.text(Ui::studio_undo_nothing);
    std::string redo = can_redo ? app.text(Ui::studio_redo, {history->redo_label()}) : app.text(Ui::studio_redo_nothing);
    undo = fitted_label(undo, width);
    redo = fitted_label(redo, width);
    ImGui::BeginDisabled(!can_undo);
    if (ImGui::Button(undo.c_str()) && studio.undo()) app.trace.write("studio_undo", std::to_string(history->undo_depth()));
    ImGui::EndDisabled();
    tab_stop("undo");
    same_line_if_fits(ImGui::CalcTextSize(redo.c_str()).x + ImGui::GetStyle().FramePadding.x * 2);
    ImGui::BeginDisabled(!can_redo);
    if (ImGui::Button(redo.c_str()) && studio.redo()) app.trace.write("studio_redo", std::to_string(history->undo_depth()));
    ImGui::EndDisabled();
    tab_stop("redo");
    text_coloured(app.text(Ui::studio_edit_explain), quiet_colour(contrast));

    if (!loaded.scenario) {
        text_wrapped(app.text(Ui::studio_edit_needs_scenario));
        return;
    }
    std::optional<NodeIndex> index = document.selected_node();
    if (!index) {
        text_wrapped(app.text(Ui::studio_no_selection));
        return;
    }
    // An edit reloads the file in the middle of this panel: the version drawn stays alive to the panel's end
    // (its texts are views into it), and the next frame draws the new one.
    std::shared_ptr<const Scenario> drawn = loaded.scenario;
    const Scenario& scenario = *drawn;
    const Node& n = scenario.nodes[static_cast<std::size_t>(*index)];
    const std::string base = "nodes." + n.id;
    std::string edited;
    ImGui::PushID(n.id.c_str());
    // What the Undo button names: the node and the field, as the form labels them.
    auto about = [&](const std::string& field) { return n.id + " \xc2\xb7 " + field; };

    // The node's id: renaming updates every reference to it.
    field_label(app.text(Ui::studio_node_id), contrast);
    std::string rename = app.text(Ui::studio_rename);
    float rename_width = ImGui::CalcTextSize(rename.c_str()).x + ImGui::GetStyle().FramePadding.x * 2;
    float id_width = std::max(ImGui::GetFontSize() * 6, width - rename_width - ImGui::GetStyle().ItemSpacing.x);
    bool renamed = line_text_field("##node_id", n.id, id_width, edited);
    tab_stop("node id", true);
    same_line_if_fits(rename_width);
    ImGui::Button(rename.c_str());  // the field renames on Enter; the button is where a trainer looks for it
    tab_stop("rename");
    if (renamed && !edited.empty()) edit({ScenarioEdit::rename_node(n.id, edited)}, n.id + " \xe2\x86\x92 " + edited, edited);

    field_label(app.text(Ui::studio_field_narration), contrast);
    if (wrapped_text_field("##narration", std::string(n.narration), width, edited)) {
        if (edited.empty()) edit({ScenarioEdit::remove(base + ".narration")}, about(app.text(Ui::script_narration)));
        else edit({ScenarioEdit::set(base + ".narration", edited)}, about(app.text(Ui::script_narration)));
    }
    tab_stop_multiline("##narration", "narration");
    field_label(app.text(Ui::studio_field_say, {scenario.character.name}), contrast);
    if (wrapped_text_field("##say", std::string(n.say), width, edited)) edit({ScenarioEdit::set(base + ".say", edited)}, about(app.text(Ui::script_line, {scenario.character.name})));
    tab_stop_multiline("##say", "say");

    if (n.is_ending()) {
        field_label(app.text(Ui::studio_field_ending), contrast);
        const EndingKind kinds[] = {EndingKind::success, EndingKind::partial, EndingKind::failure};
        const char* words[] = {"success", "partial", "failure"};
        ImGui::SetNextItemWidth(std::min(width, ImGui::GetFontSize() * 12));
        if (ImGui::BeginCombo("##ending", ending_label(app.language(), n.ending).c_str())) {
            for (int k = 0; k < 3; ++k)
                if (ImGui::Selectable(ending_label(app.language(), kinds[k]).c_str(), n.ending == kinds[k]) && n.ending != kinds[k])
                    edit({ScenarioEdit::set(base + ".end", words[k])}, about(app.text(Ui::studio_field_ending)));
            ImGui::EndCombo();
        }
        tab_stop("ending");
        field_label(app.text(Ui::studio_field_debrief), contrast);
        if (wrapped_text_field("##debrief", std::string(n.debrief), width, edited))
            edit({ScenarioEdit::set(base + ".debrief", edited)}, about(app.text(Ui::studio_field_debrief)));
        tab_stop_multiline("##debrief", "debrief");
        ImGui::PopID();
        return;
    }

    panel_heading(app, app.text(Ui::script_answers));
    std::size_t count = n.choices.size();
    for (std::size_t k = 0; k < count; ++k) {
        const Choice& choice = n.choices[k];
        const std::string number = std::to_string(k + 1);
        const std::string path = base + ".choices." + number;
        auto answer = [&](const std::string& field) { return about(app.text(Ui::script_answer, {number}) + " \xc2\xb7 " + field); };
        ImGui::PushID(static_cast<int>(k));
        ImGui::Separator();
        text_coloured(app.text(Ui::script_answer, {number}), palette(contrast).accent);
        // Reordering and deleting, on one row when it fits.
        struct Action {
            Ui label;
            bool shown;
        };
        const Action actions[] = {{Ui::studio_move_up, k > 0}, {Ui::studio_move_down, k + 1 < count}, {Ui::studio_delete_answer, count > 1},
                                  {Ui::studio_new_node_here, true}};
        bool first = true;
        for (const Action& action : actions) {
            if (!action.shown) continue;
            std::string label = app.text(action.label);
            if (!first) same_line_if_fits(ImGui::CalcTextSize(label.c_str()).x + ImGui::GetStyle().FramePadding.x * 2);
            first = false;
            if (ImGui::SmallButton(label.c_str())) {
                int at = static_cast<int>(k) + 1;
                if (action.label == Ui::studio_move_up) edit({ScenarioEdit::move_choice(n.id, at, at - 1)}, answer(app.text(Ui::studio_move_up)));
                if (action.label == Ui::studio_move_down) edit({ScenarioEdit::move_choice(n.id, at, at + 1)}, answer(app.text(Ui::studio_move_down)));
                if (action.label == Ui::studio_delete_answer) edit({ScenarioEdit::delete_choice(n.id, at)}, answer(app.text(Ui::studio_delete_answer)));
                if (action.label == Ui::studio_new_node_here) {
                    new_node_answer_ = at;
                    new_node_id_.clear();
                }
            }
            tab_stop(std::string(app.text(action.label)) + " " + number);
        }
        // "New node here": the id, then the node is made and this answer led to it.
        if (new_node_answer_ == static_cast<int>(k) + 1) {
            field_label(app.text(Ui::studio_new_node_id), contrast);
            std::string create = app.text(Ui::studio_create);
            float create_width = ImGui::CalcTextSize(create.c_str()).x + ImGui::GetStyle().FramePadding.x * 2;
            std::string typed;
            bool entered = line_text_field("##new_node", new_node_id_, std::max(ImGui::GetFontSize() * 6, width - create_width - 8), typed);
            if (entered) new_node_id_ = typed;
            tab_stop("new node id", true);
            same_line_if_fits(create_width);
            bool clicked = ImGui::Button(create.c_str());
            tab_stop("create node");
            if ((entered || clicked) && !new_node_id_.empty()) {
                std::string id = new_node_id_;
                edit({ScenarioEdit::add_node(id, n.id, static_cast<int>(k) + 1)}, answer(app.text(Ui::studio_new_node_here)) + ": " + id, id);
                new_node_answer_ = 0;
                ImGui::PopID();
                break;  // the node shown is now the new one
            }
        }

        field_label(app.text(Ui::studio_field_answer), contrast);
        if (wrapped_text_field("##answer", std::string(choice.say), width, edited)) edit({ScenarioEdit::set(path + ".say", edited)}, answer(app.text(Ui::studio_field_answer)));
        tab_stop_multiline("##answer", "answer " + number);

        field_label(app.text(Ui::script_goes_to), contrast);
        if (!choice.conditional_gotos.empty()) {
            text_wrapped(app.text(Ui::studio_conditional_goto));
        } else {
            std::string target = choice.target == no_node ? std::string("?") : scenario.nodes[static_cast<std::size_t>(choice.target)].id;
            ImGui::SetNextItemWidth(std::min(width, ImGui::GetFontSize() * 16));
            if (ImGui::BeginCombo("##goto", target.c_str())) {
                for (const Node& other : scenario.nodes)
                    if (ImGui::Selectable(other.id.c_str(), other.id == target) && other.id != target)
                        edit({ScenarioEdit::set(path + ".goto", other.id)}, answer(app.text(Ui::script_goes_to)));
                ImGui::EndCombo();
            }
            tab_stop("goto " + number);
        }

        field_label(app.text(Ui::script_offered_if), contrast);
        std::string condition = choice.condition ? choice.condition->text() : std::string();
        if (line_text_field("##if", condition, width, edited)) {
            if (edited.empty()) edit({ScenarioEdit::remove(path + ".if")}, answer(app.text(Ui::script_offered_if)));
            else edit({ScenarioEdit::set(path + ".if", edited)}, answer(app.text(Ui::script_offered_if)));
        }
        tab_stop("condition " + number, true);

        // Mood and each skill's points: 0 is written by leaving the key out.
        auto set_or_remove = [&](const std::string& key, int value, bool present, const std::string& written, const std::string& label) {
            if (value != 0) edit({ScenarioEdit::set(key, written)}, label);
            else if (present) edit({ScenarioEdit::remove(key)}, label);
        };
        field_label(app.text(Ui::script_mood), contrast);
        if (auto v = stepper("mood", choice.mood, -100, 100)) set_or_remove(path + ".mood", *v, choice.mood != 0, signed_text(*v), answer(app.text(Ui::script_mood)));
        int skills_with_points = 0;
        for (int points : choice.score) skills_with_points += points != 0;
        for (std::size_t s = 0; s < scenario.skills.size() && s < choice.score.size(); ++s) {
            std::string points_label = app.text(Ui::studio_field_points, {skill_label(app.language(), scenario.skills[s])});
            field_label(points_label, contrast);
            int points = choice.score[s];
            if (auto v = stepper(scenario.skills[s].c_str(), points, -20, 20)) {
                std::string key = path + ".score." + scenario.skills[s];
                // The last skill's points gone: the whole score map goes (an empty {} reads as a mistake).
                if (*v == 0 && points != 0 && skills_with_points == 1) edit({ScenarioEdit::remove(path + ".score")}, answer(points_label));
                else set_or_remove(key, *v, points != 0, std::to_string(*v), answer(points_label));
            }
        }

        field_label(app.text(Ui::studio_field_feedback), contrast);
        if (wrapped_text_field("##feedback", std::string(choice.feedback), width, edited)) {
            if (edited.empty()) edit({ScenarioEdit::remove(path + ".feedback")}, answer(app.text(Ui::studio_field_feedback)));
            else edit({ScenarioEdit::set(path + ".feedback", edited)}, answer(app.text(Ui::studio_field_feedback)));
        }
        tab_stop_multiline("##feedback", "feedback " + number);
        ImGui::PopID();
    }
    ImGui::Separator();
    if (ImGui::Button(app.text(Ui::studio_add_answer).c_str())) edit({ScenarioEdit::add_choice(n.id)}, about(app.text(Ui::studio_add_answer)));
    tab_stop("add answer");
    ImGui::PopID();
}

}  // namespace frontdesk::gui
