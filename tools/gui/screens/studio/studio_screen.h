// The trainer's studio: the scenario's graph on the left, panels on the right (checks, node, edit, play, tells
// and balance, trainees' paths, the other language version), the file watched and re-checked as it is saved. One file per part:
// studio_screen.cpp the frame, keys and panels; graph_canvas.cpp the graph; one *_tab.cpp per panel. The logic
// is in the model (studio_model.h, graph_view.h) and the engine; these files only draw.
#pragma once

#include <string>

#include "frontdesk/strategies.h"
#include "screens/screen.h"

namespace frontdesk::gui {

// A heading inside a studio panel: the large font in the accent colour (the screen's own heading font is
// for the title line; inside a narrow panel it would outweigh the node it introduces).
void panel_heading(AppState& app, const std::string& text);
// A button's label cut to `width` (with an ellipsis, whole characters) when longer: buttons do not wrap, and a
// long node id at a large text size would run past the panel. The full text is the button's tooltip then.
std::string fitted_label(const std::string& text, float width);
// "always the longest" ...: a playtest rule as the Play and Tells panels name it.
Ui rule_label(Strategy strategy);

class StudioScreen : public Screen {
public:
    // On a low window at a large text size the title line, the graph's least height and the keys do not fit:
    // the page scrolls (the graph and the panels keep a usable height).
    bool scrolls_as_page() const override { return true; }

protected:
    void draw_content(AppState& app) override;

private:
    void draw_graph(AppState& app, float width, float height);
    void draw_checks(AppState& app);
    void draw_node(AppState& app);
    void draw_edit(AppState& app);
    void draw_play(AppState& app);
    void draw_tells(AppState& app);
    void draw_trainees(AppState& app);
    void draw_languages(AppState& app);
    void handle_keys(AppState& app, bool graph_focused);
    void trace_view(AppState& app);

    bool graph_focused_ = false;             // the graph had the keyboard last frame: arrows move the selection
    bool focus_graph_ = true;                // give the graph the keyboard on this frame (arrival, a click on it)
    bool pending_tab_ = false;               // a key chose the panel: the tab bar selects it this frame
    std::string traced_tab_, traced_selection_, traced_boxes_;
    int picked_recording_ = 0;               // the recorded session chosen in the Play panel
    int new_node_answer_ = 0;                // the answer (from 1) whose "New node here" form is open
    std::string new_node_id_;
    int traced_differences_ = -1;            // the languages panel's count, traced when it changes
    float canvas_x_ = 0, canvas_y_ = 0;      // the canvas's top left on screen, for the traced box positions
};

}  // namespace frontdesk::gui
