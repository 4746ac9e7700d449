// The studio's Trainees' paths: from the results store, how often trainees took each arrow (drawn on the graph
// as its thickness), where they lose the most points, and at the selected node how often each answer was taken.
#include "screens/studio/studio_screen.h"

#include <cmath>
#include <cstdio>

#include "frontdesk/open_results_store.h"
#include "widgets/controls.h"
#include "widgets/text.h"
#include "widgets/theme.h"

namespace frontdesk::gui {

void StudioScreen::draw_trainees(AppState& app) {
    StudioModel& studio = app.studio;
    bool contrast = app.settings.high_contrast;
    if (!studio.results_read()) {
        studio.read_results();
        app.trace.write("studio_results", studio.results_problem().empty() && studio.analytics()
                                              ? std::to_string(studio.analytics()->sessions) + " sessions " + std::to_string(studio.analytics()->decisions) + " decisions"
                                              : "problem: " + studio.results_problem());
    }
    text_coloured(app.text(Ui::studio_results_from, {shown_location(studio.results_location())}), quiet_colour(contrast));
    if (ImGui::SmallButton(app.text(Ui::studio_read_results).c_str())) studio.read_results();
    tab_stop("results reread");
    if (!studio.results_problem().empty()) {
        text_coloured(app.text(Ui::studio_results_unavailable, {studio.results_problem()}), palette(contrast).negative);
        return;
    }
    const std::optional<StudioAnalytics>& analytics = studio.analytics();
    if (!analytics || analytics->sessions == 0) {
        text_wrapped(app.text(Ui::studio_no_sessions));
        return;
    }
    text_wrapped(app.text(Ui::studio_sessions_counted, {std::to_string(analytics->sessions), std::to_string(analytics->trainees),
                                                        std::to_string(analytics->other_version_sessions)}));
    if (ImGui::Checkbox(app.text(Ui::studio_show_heat).c_str(), &studio.show_heat)) studio.update_overlay();
    tab_stop("results heat");

    const StudioDocument& document = studio.document();
    const Scenario* scenario = document.loaded().scenario.get();
    if (!scenario) return;
    ImGui::Spacing();
    panel_heading(app, app.text(Ui::studio_losses_heading));
    int shown = 0;
    for (const NodeLoss& loss : analytics->most_lost) {
        if (loss.decisions == 0 || loss.average_lost <= 0 || shown >= 10) break;
        if (loss.node == no_node || static_cast<std::size_t>(loss.node) >= scenario->nodes.size()) continue;
        ++shown;
        char average[32];
        std::snprintf(average, sizeof average, "%.1f", loss.average_lost);
        std::string line = app.text(Ui::studio_loss_line, {scenario->nodes[static_cast<std::size_t>(loss.node)].id, average, std::to_string(loss.decisions)});
        ImGui::PushID(static_cast<int>(loss.node));
        if (ImGui::Selectable(line.c_str(), document.selected_node() == std::optional<NodeIndex>(loss.node))) studio.show_node(loss.node);
        tab_stop("loss " + scenario->nodes[static_cast<std::size_t>(loss.node)].id);
        ImGui::PopID();
    }

    // The selected node: how often each of its answers was taken.
    std::optional<NodeIndex> selected = document.selected_node();
    if (!selected) return;
    auto u = static_cast<std::size_t>(*selected);
    if (u >= analytics->arrivals.size()) return;
    const Node& node = scenario->nodes[u];
    ImGui::Spacing();
    panel_heading(app, app.text(Ui::studio_node_counts, {node.id, std::to_string(analytics->arrivals[u])}));
    std::size_t total = 0;
    for (std::size_t c = 0; c < node.choices.size(); ++c) total += analytics->taken_count(*selected, static_cast<int>(c));
    std::size_t timeouts = u < analytics->timeouts.size() ? analytics->timeouts[u] : 0;
    total += timeouts;
    for (std::size_t c = 0; c < node.choices.size(); ++c) {
        std::size_t taken = analytics->taken_count(*selected, static_cast<int>(c));
        std::string share = total == 0 ? "0" : std::to_string(static_cast<int>(std::lround(100.0 * static_cast<double>(taken) / static_cast<double>(total))));
        text_wrapped(app.text(Ui::studio_answer_count, {std::to_string(c + 1), std::to_string(taken), share}) + " \xe2\x80\x94 " + std::string(node.choices[c].say));
    }
    if (timeouts > 0) text_wrapped(app.text(Ui::studio_timeout_count, {std::to_string(timeouts)}));
}

}  // namespace frontdesk::gui
