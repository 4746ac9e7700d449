// The studio's languages panel: the same scenario in another language beside this one. The other version is
// picked among the files beside this one that look like it (another language, the same node ids) or named
// by its path; where their structure differs (answers, where they lead, points, mood, conditions, endings)
// is listed first, each difference selecting its node, then the selected node's texts in both languages side
// by side, its differing answers marked.
#include "screens/studio/studio_screen.h"

#include <filesystem>
#include <set>

#include <imgui.h>

#include "frontdesk/interface_text.h"
#include "frontdesk/language.h"
#include "widgets/controls.h"
#include "widgets/text.h"
#include "widgets/text_field.h"
#include "widgets/theme.h"

namespace frontdesk::gui {

namespace {

std::string file_name(const std::string& path) { return std::filesystem::path(path).filename().string(); }

const Node* node_named(const Scenario& scenario, const std::string& id) {
    for (const Node& node : scenario.nodes)
        if (node.id == id) return &node;
    return nullptr;
}

// One row of the side-by-side table: a label, then each version's text (or "not in this version").
void side_by_side(AppState& app, const std::string& label, std::string_view here, std::string_view there, bool differs,
                  bool here_missing, bool there_missing) {
    bool contrast = app.settings.high_contrast;
    ImGui::TableNextRow();
    for (int column = 0; column < 2; ++column) {
        ImGui::TableSetColumnIndex(column);
        bool missing = column == 0 ? here_missing : there_missing;
        text_coloured(label, differs ? palette(contrast).negative : quiet_colour(contrast));
        if (missing) text_coloured(app.text(Ui::studio_missing_here), palette(contrast).negative);
        else text_wrapped(column == 0 ? here : there);
    }
}

}  // namespace

void StudioScreen::draw_languages(AppState& app) {
    StudioModel& studio = app.studio;
    const StudioDocument& document = studio.document();
    bool contrast = app.settings.high_contrast;
    float width = ImGui::GetContentRegionAvail().x;
    panel_heading(app, app.text(Ui::studio_other_version));
    if (!document.loaded().scenario) {
        text_wrapped(app.text(Ui::studio_edit_needs_scenario));
        return;
    }
    // The other version: the files found beside this one, or a path.
    const std::vector<std::string>& found = studio.language_versions();
    if (found.empty()) {
        text_coloured(app.text(Ui::studio_no_versions), quiet_colour(contrast));
    } else {
        text_coloured(app.text(Ui::studio_versions_found), quiet_colour(contrast));
        for (const std::string& path : found) {
            std::string label = fitted_label(file_name(path), width);
            bool picked = path == studio.other_path();
            if (picked) ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_ButtonActive));
            if (ImGui::Button(label.c_str())) {
                studio.compare_with(path);
                app.trace.write("studio_compared", file_name(path) + " differences=" + std::to_string(studio.differences().size()));
            }
            if (picked) ImGui::PopStyleColor();
            tab_stop("version " + file_name(path));
        }
    }
    text_coloured(app.text(Ui::studio_other_file), quiet_colour(contrast));
    std::string typed;
    if (line_text_field("##other_file", studio.other_path(), width, typed) && !typed.empty()) {
        studio.compare_with(typed);
        app.trace.write("studio_compared", file_name(typed) + " differences=" + std::to_string(studio.differences().size()));
    }
    tab_stop("other file", true);
    if (!studio.compare_note.empty()) {
        text_coloured(app.text(Ui::studio_compare_failed, {studio.compare_note}), palette(contrast).negative);
        return;
    }
    const LoadedScenario* other = studio.other_version();
    if (!other || !other->scenario) return;
    const Scenario& here = *document.loaded().scenario;
    const Scenario& there = *other->scenario;
    ImGui::Separator();
    text_wrapped(app.text(Ui::studio_comparing, {file_name(studio.other_path()), language_name(there.language)}));

    // Where the structure differs; each difference selects its node.
    const std::vector<TranslationDifference>& differences = studio.differences();
    if (differences.empty()) {
        text_coloured(app.text(Ui::studio_same_structure), palette(contrast).positive);
    } else {
        text_coloured(app.text(Ui::studio_differences, {std::to_string(differences.size())}), palette(contrast).negative);
        for (std::size_t i = 0; i < differences.size(); ++i) {
            const TranslationDifference& d = differences[i];
            std::string line = (d.node.empty() ? std::string() : d.node + ": ") + d.message;
            ImGui::PushID(static_cast<int>(i));
            // The selected one on a pale ground, as a picked diagnostic: the red words stay readable on it.
            ImGui::PushStyleColor(ImGuiCol_Header, ImGui::ColorConvertU32ToFloat4(picked_row_colour(contrast)));
            ImGui::PushStyleColor(ImGuiCol_HeaderHovered, ImGui::ColorConvertU32ToFloat4(palette(contrast).panel));
            ImGui::PushStyleColor(ImGuiCol_Text, palette(contrast).negative);
            bool clicked = ImGui::Selectable(("##difference" + std::to_string(i)).c_str(), d.node == document.selected_id(), 0,
                                             ImVec2(0, ImGui::CalcTextSize(line.c_str(), nullptr, false, width).y));
            tab_stop("difference " + std::to_string(i + 1));
            ImGui::SameLine(0, 0);
            text_wrapped(line);
            ImGui::PopStyleColor(3);
            ImGui::PopID();
            if (clicked && !d.node.empty()) {
                for (std::size_t n = 0; n < here.nodes.size(); ++n)
                    if (here.nodes[n].id == d.node) studio.show_node(static_cast<NodeIndex>(n));
            }
        }
    }

    // The selected node in both languages.
    std::optional<NodeIndex> index = document.selected_node();
    if (!index) {
        text_wrapped(app.text(Ui::studio_no_selection));
        return;
    }
    const Node& mine = here.nodes[static_cast<std::size_t>(*index)];
    const Node* theirs = node_named(there, mine.id);
    std::set<int> differing;  // answers (from 1; 0: the node itself) with a structural difference
    for (const TranslationDifference& d : differences)
        if (d.node == mine.id) differing.insert(d.choice);
    ImGui::Spacing();
    panel_heading(app, app.text(Ui::script_node_heading, {mine.id}));
    if (!ImGui::BeginTable("versions", 2, ImGuiTableFlags_BordersInnerV | ImGuiTableFlags_SizingStretchSame)) return;
    ImGui::TableSetupColumn(app.text(Ui::studio_this_file, {language_name(here.language)}).c_str());
    ImGui::TableSetupColumn((file_name(studio.other_path()) + " (" + language_name(there.language) + ")").c_str());
    ImGui::TableHeadersRow();
    bool gone = theirs == nullptr;
    if (!mine.narration.empty() || (theirs && !theirs->narration.empty()))
        side_by_side(app, app.text(Ui::script_narration), mine.narration, theirs ? theirs->narration : "", false, false, gone);
    side_by_side(app, app.text(Ui::script_line, {here.character.name}), mine.say, theirs ? theirs->say : "", differing.count(0) > 0, false, gone);
    std::size_t answers = std::max(mine.choices.size(), theirs ? theirs->choices.size() : 0);
    for (std::size_t k = 0; k < answers; ++k) {
        bool in_mine = k < mine.choices.size(), in_theirs = theirs && k < theirs->choices.size();
        std::string label = app.text(Ui::script_answer, {std::to_string(k + 1)});
        bool differs = differing.count(static_cast<int>(k) + 1) > 0;
        side_by_side(app, label, in_mine ? mine.choices[k].say : "", in_theirs ? theirs->choices[k].say : "", differs, !in_mine, !in_theirs);
        side_by_side(app, app.text(Ui::studio_field_feedback), in_mine ? mine.choices[k].feedback : "", in_theirs ? theirs->choices[k].feedback : "",
                     false, !in_mine, !in_theirs);
    }
    if (mine.is_ending() || (theirs && theirs->is_ending()))
        side_by_side(app, app.text(Ui::studio_field_debrief), mine.debrief, theirs ? theirs->debrief : "", differing.count(0) > 0, false, gone);
    ImGui::EndTable();
}

}  // namespace frontdesk::gui
