#include "screens/studio/studio_screen.h"

#include <imgui_internal.h>  // SetFocusID: the graph takes the keyboard on arrival

#include <algorithm>
#include <cstdio>

#include "frontdesk/diagnostic_translation.h"
#include "platform/keys.h"
#include "widgets/controls.h"
#include "widgets/text.h"
#include "widgets/theme.h"

namespace frontdesk::gui {

namespace {

Ui tab_label(StudioTab tab) {
    switch (tab) {
        case StudioTab::checks: return Ui::studio_tab_checks;
        case StudioTab::node: return Ui::studio_tab_node;
        case StudioTab::edit: return Ui::studio_tab_edit;
        case StudioTab::play: return Ui::studio_tab_play;
        case StudioTab::tells: return Ui::studio_tab_tells;
        case StudioTab::trainees: return Ui::studio_tab_trainees;
        case StudioTab::languages: return Ui::studio_tab_languages;
    }
    return Ui::studio_tab_checks;
}

}  // namespace

Ui rule_label(Strategy strategy) {
    switch (strategy) {
        case Strategy::longest: return Ui::studio_rule_longest;
        case Strategy::shortest: return Ui::studio_rule_shortest;
        case Strategy::first: return Ui::studio_rule_first;
        case Strategy::last: return Ui::studio_rule_last;
        case Strategy::best: return Ui::studio_rule_best;
        case Strategy::worst: return Ui::studio_rule_worst;
        case Strategy::random: break;
    }
    return Ui::studio_rule_longest;
}

void panel_heading(AppState& app, const std::string& text) {
    ImGui::Spacing();
    ImGui::PushFont(app.fonts.large);
    text_coloured(text, palette(app.settings.high_contrast).accent);
    ImGui::PopFont();
}

std::string fitted_label(const std::string& text, float width) {
    float padding = ImGui::GetStyle().FramePadding.x * 2;
    if (ImGui::CalcTextSize(text.c_str()).x + padding <= width) return text;
    std::string cut = text;
    const std::string ellipsis = "\xe2\x80\xa6";
    while (!cut.empty() && ImGui::CalcTextSize((cut + ellipsis).c_str()).x + padding > width) {
        cut.pop_back();
        while (!cut.empty() && (static_cast<unsigned char>(cut.back()) & 0xC0) == 0x80) cut.pop_back();
        if (!cut.empty() && static_cast<unsigned char>(cut.back()) >= 0xC0) cut.pop_back();  // a lead byte left alone
    }
    return cut + ellipsis;
}

void StudioScreen::handle_keys(AppState& app, bool graph_focused) {
    StudioModel& studio = app.studio;
    const ImGuiIO& io = ImGui::GetIO();
    if (io.WantTextInput || ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId)) return;
    if (keys::reload_pressed()) {
        if (studio.poll(true)) app.studio_trace_pending = "studio_reloaded";
    }
    if (keys::undo_pressed()) {
        if (studio.undo()) app.trace.write("studio_undo", std::to_string(studio.history()->undo_depth()));
        else if (!studio.edit_note.empty()) app.trace.write("studio_edit_refused", studio.edit_note);
    }
    if (keys::redo_pressed()) {
        if (studio.redo()) app.trace.write("studio_redo", std::to_string(studio.history()->undo_depth()));
        else if (!studio.edit_note.empty()) app.trace.write("studio_edit_refused", studio.edit_note);
    }
    if (int digit = keys::digit_pressed(); digit >= 1 && digit <= 7) {
        studio.tab = studio_tabs[digit - 1];
        pending_tab_ = true;
    }
    if (!graph_focused) return;
    const std::optional<GraphLayout>& layout = studio.document().layout();
    if (!layout) return;
    GraphView& view = studio.view();
    CanvasPoint middle{view.canvas_width() / 2, view.canvas_height() / 2};
    if (int step = keys::zoom_step_pressed(); step != 0) view.zoom(step > 0 ? 1.25 : 0.8, middle);
    if (keys::zero_pressed()) view.fit(*layout);
    int arrow = keys::arrow_pressed();
    if (arrow >= 0) {
        if (keys::ctrl_down()) {
            // Ctrl+arrows move the picture, a fifth of the canvas at a time.
            double dx = view.canvas_width() * 0.2, dy = view.canvas_height() * 0.2;
            const double moves[4][2] = {{dx, 0}, {-dx, 0}, {0, dy}, {0, -dy}};
            view.pan(moves[arrow][0], moves[arrow][1]);
        } else {
            const Direction directions[4] = {Direction::left, Direction::right, Direction::up, Direction::down};
            studio.select_towards(directions[arrow]);
        }
    }
    // Enter on the graph: the selected node's details.
    if (keys::enter_pressed() && studio.document().selected_box() && !app.enter_from_last_screen) {
        studio.tab = StudioTab::node;
        pending_tab_ = true;
    }
}

void StudioScreen::draw_content(AppState& app) {
    StudioModel& studio = app.studio;
    if (!studio.is_open()) {
        app.show_library();
        return;
    }
    if (app.frames_on_screen == 0) focus_graph_ = true;
    const StudioDocument& document = studio.document();
    const ImGuiStyle& style = ImGui::GetStyle();

    // The title line: the scenario (or the file), its counts, and the buttons.
    std::string title = document.loaded().scenario && !document.loaded().scenario->title.empty() ? document.loaded().scenario->title
                                                                                                  : document.path();
    heading(app.fonts.heading, app.text(Ui::studio_heading) + " \xe2\x80\x94 " + title);
    bool back = ImGui::Button(app.text(Ui::back_button).c_str());
    tab_stop("back");
    ImGui::SameLine();
    if (ImGui::Button(app.text(Ui::studio_reload).c_str()) && studio.poll(true)) app.studio_trace_pending = "studio_reloaded";
    tab_stop("reload");
    ImGui::SameLine();
    if (ImGui::Button(app.text(Ui::studio_fit).c_str()) && document.layout()) studio.view().fit(*document.layout());
    tab_stop("fit");
    ImGui::SameLine();
    ImGui::AlignTextToFramePadding();
    std::string counts = app.text(Ui::studio_counts, {std::to_string(document.node_count()), std::to_string(document.error_count()),
                                                      std::to_string(document.warning_count())});
    text_coloured(counts + "   " + document.path(),
                  document.error_count() > 0 ? palette(app.settings.high_contrast).negative : quiet_colour(app.settings.high_contrast));
    // A refused edit is said where it is seen whichever field was being edited, far down a long panel too.
    if (!studio.edit_note.empty()) {
        std::string why = translate_diagnostic_message(studio.edit_note, app.language());
        if (studio.edit_note_line > 0) why = app.text(Ui::studio_selected_in_file, {"", std::to_string(studio.edit_note_line)}) + ": " + why;
        text_coloured(app.text(Ui::studio_edit_refused, {why}), palette(app.settings.high_contrast).negative);
    }
    if (std::string problem = studio.watch_problem(); !problem.empty())
        text_coloured(app.text(Ui::studio_watch_problem, {problem}), palette(app.settings.high_contrast).negative);
    if (back || (app.escape_key() && !ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId))) {
        app.close_studio();
        return;
    }

    // The keys' help at the bottom, the graph and the panels share what is between.
    std::string keys_help = app.text(Ui::studio_keys);
    float help_height = ImGui::CalcTextSize(keys_help.c_str(), nullptr, false, ImGui::GetContentRegionAvail().x).y;
    float height = std::max(ImGui::GetContentRegionAvail().y - help_height - style.ItemSpacing.y - notice_room(app),
                            ImGui::GetTextLineHeightWithSpacing() * 6);
    float available = ImGui::GetContentRegionAvail().x;
    // The panel as wide as its tabs need to be read whole (at most 60% of the width), at least 40%.
    float tabs = style.WindowPadding.x * 2 + style.FramePadding.x;
    for (StudioTab tab : studio_tabs)
        tabs += ImGui::CalcTextSize(app.text(tab_label(tab)).c_str()).x + style.FramePadding.x * 2 + style.ItemInnerSpacing.x;
    float panel = std::clamp(std::max(available * 0.4f, tabs), std::min(ImGui::GetFontSize() * 20, available * 0.6f), available * 0.6f);
    float graph = available - panel - style.ItemSpacing.x;

    draw_graph(app, graph, height);
    ImGui::SameLine();
    ImGui::BeginChild("panel", ImVec2(panel, height), true, ImGuiWindowFlags_NavFlattened);
    if (ImGui::BeginTabBar("studio_tabs")) {
        for (StudioTab tab : studio_tabs) {
            ImGuiTabItemFlags flags = pending_tab_ && studio.tab == tab ? ImGuiTabItemFlags_SetSelected : ImGuiTabItemFlags_None;
            std::string label = app.text(tab_label(tab)) + "###" + studio_tab_name(tab);
            if (!ImGui::BeginTabItem(label.c_str(), nullptr, flags)) continue;
            if (!pending_tab_) studio.tab = tab;  // chosen in the tab bar itself
            ImGui::BeginChild("tab", ImVec2(0, 0), false, ImGuiWindowFlags_NavFlattened);
            keyboard_scroll();
            switch (tab) {
                case StudioTab::checks: draw_checks(app); break;
                case StudioTab::node: draw_node(app); break;
                case StudioTab::edit: draw_edit(app); break;
                case StudioTab::play: draw_play(app); break;
                case StudioTab::tells: draw_tells(app); break;
                case StudioTab::trainees: draw_trainees(app); break;
                case StudioTab::languages: draw_languages(app); break;
            }
            ImGui::EndChild();
            ImGui::EndTabItem();
        }
        ImGui::EndTabBar();
    }
    pending_tab_ = false;
    ImGui::EndChild();
    text_coloured(keys_help, quiet_colour(app.settings.high_contrast));

    handle_keys(app, graph_focused_);
    if (traced_tab_ != studio_tab_name(studio.tab)) {
        traced_tab_ = studio_tab_name(studio.tab);
        app.trace.write("studio_tab", traced_tab_);
    }
    trace_view(app);
    finish_tab_order(app);
}

// What the tests follow: the selection as it changes, and where the boxes are on screen (to click them).
void StudioScreen::trace_view(AppState& app) {
    if (!app.trace.enabled()) return;
    const StudioDocument& document = app.studio.document();
    std::string selection = document.selected_id().empty() ? "none" : document.selected_id();
    if (selection != traced_selection_) {
        traced_selection_ = selection;
        app.trace.write("studio_selected", selection);
    }
    if (app.studio.other_version()) {
        int differences = static_cast<int>(app.studio.differences().size());
        if (differences != traced_differences_) app.trace.write("studio_differences", std::to_string(differences));
        traced_differences_ = differences;
    }
    const std::optional<GraphLayout>& layout = document.layout();
    if (!layout) return;
    const GraphView& view = app.studio.view();
    std::string boxes;
    int listed = 0;
    for (std::size_t i = 0; i < layout->boxes.size() && listed < 60; ++i) {
        const GraphRect& box = layout->boxes[i];
        CanvasPoint c = view.to_canvas({box.x + box.width / 2, box.y + box.height / 2});
        if (c.x < 0 || c.y < 0 || c.x > view.canvas_width() || c.y > view.canvas_height()) continue;
        const std::string& id = document.graph().boxes[i].id;
        if (id.empty()) continue;
        char at[48];
        std::snprintf(at, sizeof at, "@%.0f,%.0f", canvas_x_ + c.x, canvas_y_ + c.y);
        boxes += (boxes.empty() ? "" : " ") + id + at;
        ++listed;
    }
    char zoom[32];
    std::snprintf(zoom, sizeof zoom, "zoom=%.3f ", view.scale());
    boxes = zoom + boxes;
    if (boxes != traced_boxes_) {
        traced_boxes_ = boxes;
        app.trace.write("studio_boxes", boxes);
    }
}

}  // namespace frontdesk::gui
