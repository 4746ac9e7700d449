// The studio's Play panel: play the scenario from the selected node with the state set by hand (mood, flags,
// skill totals) or taken from a recorded session there, see each answer change the state, step back, restart;
// and replay a playtest rule's run or a recorded session step by step on the graph. Nothing is stored.
#include "screens/studio/studio_screen.h"

#include <algorithm>

#include "frontdesk/interface_text.h"
#include "frontdesk/scenario_labels.h"
#include "widgets/controls.h"
#include "widgets/text.h"
#include "widgets/theme.h"

namespace frontdesk::gui {

namespace {

std::string node_id(const Scenario& scenario, NodeIndex node) {
    return node == no_node || static_cast<std::size_t>(node) >= scenario.nodes.size() ? std::string("?") : scenario.nodes[static_cast<std::size_t>(node)].id;
}

// "2026-11-30 14:05 anna (success)": a recorded session as the pick lists show it.
std::string recording_label(const SessionRecord& record) {
    std::string when = record.started_at.substr(0, 16);
    std::replace(when.begin(), when.end(), 'T', ' ');
    return when + " " + record.trainee + (record.ending.empty() ? "" : " (" + record.ending + ")");
}

// The state now: mood, each skill's total, the flags that are set.
void draw_state(AppState& app, const Scenario& scenario, int mood, const std::vector<int>& totals, const std::vector<std::int64_t>* flags) {
    std::string line = app.text(Ui::studio_state_now, {std::to_string(mood), mood_name(app.language(), mood)});
    for (std::size_t k = 0; k < scenario.skills.size() && k < totals.size(); ++k)
        line += " \xc2\xb7 " + skill_label(app.language(), scenario.skills[k]) + " " + std::to_string(totals[k]);
    text_wrapped(line);
    if (!flags) return;
    std::string set;
    for (std::size_t f = 0; f < scenario.flags.size() && f < flags->size(); ++f)
        if ((*flags)[f] != 0) set += (set.empty() ? "" : ", ") + scenario.flags[f] + " = " + std::to_string((*flags)[f]);
    if (!set.empty()) text_wrapped(app.text(Ui::studio_state_flags) + ": " + set);
}

// A button on the row when it still fits there, else on the next line (the panel is narrow at large text sizes).
bool row_button(const std::string& whole, bool first = false) {
    std::string label = fitted_label(whole, ImGui::GetContentRegionAvail().x);
    if (!first) same_line_if_fits(ImGui::CalcTextSize(label.c_str(), nullptr, true).x + ImGui::GetStyle().FramePadding.x * 2);
    return ImGui::Button(label.c_str());
}

// A number's label, then its field beside it when both fit on the line, else under it (a skill's name at a
// large text size in the narrow panel); the field's width is set for the item that follows.
void number_label(const std::string& label) {
    ImGui::AlignTextToFramePadding();
    text_wrapped(label);
    float field = std::min(ImGui::GetFontSize() * 8, ImGui::GetContentRegionAvail().x);
    float right = ImGui::GetWindowContentRegionMax().x;
    float after = ImGui::GetItemRectMax().x - ImGui::GetWindowPos().x + ImGui::GetStyle().ItemSpacing.x;
    if (after + field <= right && ImGui::GetItemRectSize().y < ImGui::GetFrameHeight() * 1.5f) ImGui::SameLine();
    ImGui::SetNextItemWidth(std::min(field, ImGui::GetContentRegionAvail().x));
}

}  // namespace

void StudioScreen::draw_play(AppState& app) {
    StudioModel& studio = app.studio;
    const StudioDocument& document = studio.document();
    const LoadedScenario& loaded = document.loaded();
    bool contrast = app.settings.high_contrast;
    if (!loaded.playable()) {
        text_wrapped(app.text(Ui::studio_tells_need_play));
        return;
    }
    const Scenario& scenario = *loaded.scenario;
    if (studio.file_changed_under_play) text_coloured(app.text(Ui::studio_file_changed), palette(contrast).negative);

    if (studio.play) {
        TestPlay& play = *studio.play;
        const Session& session = play.session();
        text_coloured(app.text(Ui::studio_playing, {node_id(scenario, play.start_state().node == no_node ? scenario.start : play.start_state().node),
                                                    std::to_string(play.steps())}),
                      palette(contrast).accent);
        bool changed = false;
        if (row_button(app.text(Ui::studio_step_back), true) && play.step_back()) changed = true;
        tab_stop("play step back");
        if (row_button(app.text(Ui::studio_restart))) {
            play.restart();
            changed = true;
        }
        tab_stop("play restart");
        if (row_button(app.text(Ui::studio_stop))) {
            studio.stop_play();
            app.trace.write("studio_play", "stopped");
            return;
        }
        tab_stop("play stop");
        draw_state(app, scenario, session.mood(), session.totals(), &session.flags());
        ImGui::Separator();
        const Node& here = session.node();
        text_coloured(app.text(Ui::studio_at_node, {here.id}), quiet_colour(contrast));
        if (!here.narration.empty()) narration_text(here.narration, app.fonts.italic, narration_colour(contrast));
        if (!here.say.empty()) {
            ImGui::PushFont(app.fonts.large);
            text_wrapped(std::string(here.say));
            ImGui::PopFont();
        }
        if (session.at_ending()) {
            text_coloured(app.text(Ui::studio_ended, {ending_label(app.language(), session.ending())}), ending_text_colour(session.ending(), contrast));
        } else if (session.stuck()) {
            text_coloured(app.text(Ui::studio_stuck), palette(contrast).negative);
        } else {
            // Every answer by its authored number; those whose condition does not hold now are shown, greyed,
            // with the condition, so the trainer sees why.
            std::vector<int> offered = play.offered();
            float width = ImGui::GetContentRegionAvail().x;
            for (std::size_t c = 0; c < here.choices.size(); ++c) {
                const Choice& choice = here.choices[c];
                bool on = std::find(offered.begin(), offered.end(), static_cast<int>(c)) != offered.end();
                ImGui::PushID(static_cast<int>(c));
                if (!on) {
                    text_coloured(std::to_string(c + 1) + ". " + std::string(choice.say), quiet_colour(contrast));
                    text_coloured("   " + app.text(Ui::studio_not_offered, {choice.condition ? choice.condition->text() : ""}), quiet_colour(contrast));
                } else if (answer_button(static_cast<int>(c + 1), choice.say, width, app.fonts.regular)) {
                    if (play.choose(static_cast<int>(c))) {
                        changed = true;
                        app.trace.write("studio_play", "answer " + std::to_string(c + 1) + " at " + here.id + " -> " + session.node().id +
                                                           " mood=" + std::to_string(session.mood()));
                    }
                }
                if (on) tab_stop("play answer " + std::to_string(c + 1));
                ImGui::PopID();
            }
            if (play.can_time_out()) {
                if (ImGui::Button(app.text(Ui::studio_time_out).c_str()) && play.time_out()) changed = true;
                tab_stop("play time out");
            }
        }
        // What each answer did, newest last.
        if (!play.log().empty()) {
            ImGui::Separator();
            std::size_t number = 0;
            for (const PlayStep& change : play.log()) {
                ++number;
                std::string answer = change.timed_out() ? app.text(Ui::graph_timeout) : app.text(Ui::graph_answer) + " " + std::to_string(change.choice + 1);
                std::string line = app.text(Ui::studio_step_line, {std::to_string(number), node_id(scenario, change.node) + " " + answer,
                                                                   node_id(scenario, change.next), describe_score(scenario, change.points, app.language()),
                                                                   std::to_string(change.mood_before), std::to_string(change.mood_after)});
                for (const FlagChange& flag : change.flags)
                    if (static_cast<std::size_t>(flag.flag) < scenario.flags.size())
                        line += "; " + scenario.flags[static_cast<std::size_t>(flag.flag)] + " " + std::to_string(flag.before) + " \xe2\x86\x92 " + std::to_string(flag.after);
                text_wrapped(line);
            }
        }
        if (changed) studio.update_overlay();
        return;
    }

    // Not playing: the start state, set by hand or taken from a recording, and the replays.
    std::optional<NodeIndex> selected = document.selected_node();
    NodeIndex from = selected ? *selected : scenario.start;
    panel_heading(app, app.text(Ui::studio_play_from, {node_id(scenario, from)}));
    text_coloured(app.text(Ui::studio_play_explain), quiet_colour(contrast));
    StudioModel::Draft& draft = studio.draft;
    number_label(app.text(Ui::studio_state_mood));
    ImGui::SliderInt("##mood", &draft.mood, 0, 100);
    tab_stop("play mood");
    if (!scenario.skills.empty()) text_wrapped(app.text(Ui::studio_state_totals));
    for (std::size_t k = 0; k < scenario.skills.size() && k < draft.totals.size(); ++k) {
        ImGui::PushID(static_cast<int>(k));
        number_label(skill_label(app.language(), scenario.skills[k]));
        ImGui::InputInt("##total", &draft.totals[k]);
        draft.totals[k] = std::clamp(draft.totals[k], -session_total_limit, session_total_limit);
        tab_stop("play total " + scenario.skills[k], true);
        ImGui::PopID();
    }
    if (!scenario.flags.empty()) text_wrapped(app.text(Ui::studio_state_flags));
    for (std::size_t f = 0; f < scenario.flags.size() && f < draft.flags.size(); ++f) {
        ImGui::PushID(static_cast<int>(1000 + f));
        int value = static_cast<int>(std::clamp<std::int64_t>(draft.flags[f], -1000000, 1000000));
        number_label(scenario.flags[f]);
        if (ImGui::InputInt("##flag", &value)) draft.flags[f] = value;
        tab_stop("play flag " + scenario.flags[f], true);
        ImGui::PopID();
    }
    if (row_button(app.text(Ui::studio_start_here), true)) {
        std::string problem = studio.start_play(from);
        app.trace.write("studio_play", problem.empty() ? "started at " + node_id(scenario, from) + " mood=" + std::to_string(studio.play->session().mood())
                                                       : "refused: " + problem);
    }
    tab_stop("play start");
        if (row_button(app.text(Ui::studio_reset_state))) studio.reset_draft();
    tab_stop("play reset");
    if (!studio.results_read()) studio.read_results();
    const std::vector<SessionRecord>& recordings = studio.recordings();
    int& picked = picked_recording_;
    picked = std::clamp(picked, 0, std::max(0, static_cast<int>(recordings.size()) - 1));
    if (!recordings.empty()) {
        text_wrapped(app.text(Ui::studio_from_recording));
        ImGui::SetNextItemWidth(std::min(ImGui::GetContentRegionAvail().x, ImGui::GetFontSize() * 20));
        if (ImGui::BeginCombo("##recording", recording_label(recordings[static_cast<std::size_t>(picked)]).c_str())) {
            for (std::size_t r = 0; r < recordings.size() && r < 200; ++r)
                if (ImGui::Selectable(recording_label(recordings[r]).c_str(), static_cast<int>(r) == picked)) picked = static_cast<int>(r);
            ImGui::EndCombo();
        }
        tab_stop("play recording");
        if (row_button(app.text(Ui::studio_start_from_recording), true)) {
            std::string problem = studio.start_play_from_recording(recordings[static_cast<std::size_t>(picked)].id, from);
            app.trace.write("studio_play", problem.empty() ? "started at " + node_id(scenario, from) + " from session mood=" + std::to_string(studio.play->session().mood())
                                                           : "refused: " + problem);
        }
        tab_stop("play start recording");
        if (row_button(app.text(Ui::studio_replay_session))) {
            std::string problem = studio.replay_recording(recordings[static_cast<std::size_t>(picked)].id);
            app.trace.write("studio_replay", problem.empty() ? "session " + std::to_string(studio.replay->size()) + " steps" : "refused: " + problem);
        }
        tab_stop("replay recording");
    }
    if (!studio.play_note.empty()) text_coloured(studio.play_note, palette(contrast).negative);

    ImGui::Separator();
    panel_heading(app, app.text(Ui::studio_replay_heading));
    for (Strategy strategy : deterministic_strategies) {
        std::string label = app.text(rule_label(strategy));
        same_line_if_fits(ImGui::CalcTextSize(label.c_str()).x + ImGui::GetStyle().FramePadding.x * 2);
        if (ImGui::Button(label.c_str())) {
            studio.replay_rule(strategy);
            if (studio.replay) app.trace.write("studio_replay", std::string(strategy_name(strategy)) + " " + std::to_string(studio.replay->size()) + " steps");
        }
        tab_stop(std::string("replay ") + strategy_name(strategy));
    }
    if (studio.replay) {
        ReplayCursor& cursor = *studio.replay;
        text_coloured(app.text(Ui::studio_replay_position, {studio.replay_title, std::to_string(cursor.position()), std::to_string(cursor.size())}),
                      palette(contrast).accent);
        bool moved = false;
        if (row_button(app.text(Ui::studio_first), true)) cursor.first(), moved = true;
        tab_stop("replay first");
        if (row_button(app.text(Ui::studio_previous))) moved = cursor.previous();
        tab_stop("replay previous");
        if (row_button(app.text(Ui::studio_next))) moved = cursor.next();
        tab_stop("replay next");
        if (row_button(app.text(Ui::studio_last))) cursor.last(), moved = true;
        tab_stop("replay last");
        if (row_button(app.text(Ui::studio_stop))) {
            studio.stop_replay();
            return;
        }
        tab_stop("replay stop");
        if (moved) {
            studio.update_overlay();
            app.trace.write("studio_replay_step", std::to_string(cursor.position()) + " at " + node_id(scenario, cursor.node()));
            if (studio.trail_box && document.layout()) studio.view().keep_in_view(document.layout()->boxes[*studio.trail_box]);
        }
        draw_state(app, scenario, cursor.mood(), cursor.totals(), nullptr);
        if (const PlayStep* step = cursor.taken()) {
            std::string answer = step->timed_out() ? app.text(Ui::graph_timeout) : app.text(Ui::graph_answer) + " " + std::to_string(step->choice + 1);
            text_wrapped(app.text(Ui::studio_step_line, {std::to_string(cursor.position()), node_id(scenario, step->node) + " " + answer,
                                                         node_id(scenario, step->next), describe_score(scenario, step->points, app.language()),
                                                         std::to_string(step->mood_before), std::to_string(step->mood_after)}));
        }
    }
}

}  // namespace frontdesk::gui
