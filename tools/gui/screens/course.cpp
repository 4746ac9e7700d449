// The course view: what the trainee's cohort should practise, in order, and how far they are. Each course shows
// its title, summary, due date (overdue in red), steps passed, then its sections with every step: an icon and
// its state in words, the scenario's title, channel and difficulty, attempts used of those allowed and the best
// result against the pass mark. The next step is the big primary button, focused on arrival so Enter plays it;
// other open steps start from their own button; locked steps and those out of attempts cannot be started.
// Free practice leads to the whole library. The page scrolls when it is taller than the window.
#include <imgui_internal.h>  // RenderCheckMark: the steps' icons are drawn, the font has no ✓

#include <algorithm>
#include <cmath>

#include "frontdesk/number_format.h"
#include "screens/screen.h"
#include "screens/settings_row.h"
#include "widgets/charts.h"
#include "widgets/controls.h"
#include "widgets/text.h"
#include "widgets/theme.h"

namespace frontdesk::gui {

namespace {

ImU32 state_colour(StepState state, bool high_contrast) {
    const Palette& colours = palette(high_contrast);
    switch (state) {
        case StepState::passed: return colours.positive;
        case StepState::next: return colours.accent;
        case StepState::open: return quiet_colour(high_contrast);
        case StepState::locked: return colours.neutral;
        case StepState::out_of_attempts: return colours.negative;
    }
    return colours.neutral;
}

// The state as a shape as well as a colour (read without colour too): a tick, a "play" arrow, an empty ring,
// a padlock, a cross. `size` square at the cursor.
void state_icon(StepState state, float size, bool high_contrast) {
    ImDrawList* draw = ImGui::GetWindowDrawList();
    ImVec2 at = ImGui::GetCursorScreenPos();
    ImVec2 centre(at.x + size * 0.5f, at.y + size * 0.5f);
    float radius = size * 0.45f, line = std::max(1.5f, size * 0.09f);
    ImU32 colour = state_colour(state, high_contrast), on = text_on(colour);
    switch (state) {
        case StepState::passed:
            draw->AddCircleFilled(centre, radius, colour);
            ImGui::RenderCheckMark(draw, ImVec2(centre.x - radius * 0.55f, centre.y - radius * 0.55f), on, radius * 1.1f);
            break;
        case StepState::next:
            draw->AddCircleFilled(centre, radius, colour);
        {
            // A "play" triangle, a little right of centre as such triangles look centred (RenderArrow scales by
            // the font size, not to the icon).
            float r = radius * 0.5f;
            draw->AddTriangleFilled(ImVec2(centre.x - r * 0.6f, centre.y - r), ImVec2(centre.x - r * 0.6f, centre.y + r),
                                    ImVec2(centre.x + r * 0.9f, centre.y), on);
        }
            break;
        case StepState::open: draw->AddCircle(centre, radius - line * 0.5f, colour, 0, line); break;
        case StepState::locked: {
            float w = radius * 1.3f, h = radius * 0.95f;
            ImVec2 body(centre.x - w * 0.5f, centre.y - h * 0.15f);
            draw->PathArcTo(ImVec2(centre.x, body.y), w * 0.32f, IM_PI, 2 * IM_PI, 12);
            draw->PathStroke(colour, 0, line);
            draw->AddRectFilled(body, ImVec2(body.x + w, body.y + h), colour, line);
            break;
        }
        case StepState::out_of_attempts: {
            draw->AddCircleFilled(centre, radius, colour);
            float arm = radius * 0.45f;
            draw->AddLine(ImVec2(centre.x - arm, centre.y - arm), ImVec2(centre.x + arm, centre.y + arm), on, line * 1.3f);
            draw->AddLine(ImVec2(centre.x - arm, centre.y + arm), ImVec2(centre.x + arm, centre.y - arm), on, line * 1.3f);
            break;
        }
    }
    ImGui::Dummy(ImVec2(size, size));
}

// One step as a row on a panel: icon, title, facts, state, attempts and best; its button at the right when it
// can be started. Returns true when the trainee started it (the screen has changed: draw nothing more).
bool draw_step(AppState& app, const CourseView& course, const CourseStepView& step) {
    bool contrast = app.settings.high_contrast;
    const ImGuiStyle& style = ImGui::GetStyle();
    ImGui::PushID(static_cast<int>(step.step));
    ImDrawList* draw = ImGui::GetWindowDrawList();
    // The panel goes under the row once its height is known: drawn on a channel below the row's contents.
    draw->ChannelsSplit(2);
    draw->ChannelsSetCurrent(1);
    float pad = ImGui::GetFontSize() * 0.5f;
    ImVec2 top = ImGui::GetCursorScreenPos();
    float width = ImGui::GetContentRegionAvail().x;
    ImGui::SetCursorScreenPos(ImVec2(top.x + pad, top.y + pad));
    float icon = ImGui::GetFontSize() * 1.6f;
    state_icon(step.state, icon, contrast);
    ImGui::SameLine(0, pad);

    // The button's room at the right, so the words wrap before it.
    std::string label = app.text(step.state == StepState::passed ? Ui::play_again : Ui::course_step_start);
    float button_width = step.can_start() ? ImGui::CalcTextSize(label.c_str()).x + style.FramePadding.x * 2 + pad : 0;
    float text_right = top.x + width - pad - button_width;
    ImGui::BeginGroup();
    ImGui::PushTextWrapPos(text_right - ImGui::GetWindowPos().x + ImGui::GetScrollX());
    ImGui::PushFont(app.fonts.large);
    ImGui::TextUnformatted(step.title.c_str());
    ImGui::PopFont();
    std::string facts;
    if (step.channel) facts = channel_label(app.language(), *step.channel);
    if (step.difficulty > 0) facts += (facts.empty() ? "" : " | ") + difficulty_text(app, step.difficulty);
    if (!facts.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(palette(contrast).accent));
        ImGui::TextUnformatted(facts.c_str());
        ImGui::PopStyleColor();
    }
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(state_colour(step.state, contrast)));
    ImGui::TextUnformatted(step_state_words(app.language(), step).c_str());
    ImGui::PopStyleColor();
    std::string numbers = step_attempts_words(app.language(), step) + "  |  " + step_score_words(app.language(), step);
    ImGui::TextUnformatted(numbers.c_str());
    ImGui::PopTextWrapPos();
    ImGui::EndGroup();
    float bottom = std::max(ImGui::GetItemRectMax().y, top.y + pad + icon) + pad;

    bool started = false;
    if (step.can_start()) {
        ImGui::SetCursorScreenPos(ImVec2(top.x + width - pad - (button_width - pad), top.y + pad));
        started = ImGui::Button(label.c_str());
        tab_stop("step " + step.scenario_id);
    }
    draw->ChannelsSetCurrent(0);
    draw->AddRectFilled(top, ImVec2(top.x + width, bottom), ImGui::GetColorU32(ImGuiCol_ChildBg), style.ChildRounding);
    if (step.state == StepState::next)  // the step to play now stands out by its edge as well
        draw->AddRect(top, ImVec2(top.x + width, bottom), palette(contrast).accent, style.ChildRounding, 0, std::max(2.0f, pad * 0.3f));
    draw->ChannelsMerge();
    ImGui::SetCursorScreenPos(ImVec2(top.x, bottom));
    ImGui::Dummy(ImVec2(width, style.ItemSpacing.y));
    ImGui::PopID();
    if (started) app.start_course_step(course, step);
    return started;
}

}  // namespace

void CourseScreen::draw_content(AppState& app) {
    if (!app.has_course()) {
        app.show_library();
        return;
    }
    bool contrast = app.settings.high_contrast;
    const Palette& colours = palette(contrast);
    const ImGuiStyle& style = ImGui::GetStyle();
    text_line(app.text(Ui::trainee_label) + ": " + app.settings.trainee);
    ImGui::SameLine();
    if (ImGui::SmallButton(app.text(Ui::change_button).c_str())) {
        app.show_trainee();
        return;
    }
    tab_stop("change_trainee");
    draw_settings_row(app);
    if (!app.courses_problem.empty()) text_coloured(app.text(Ui::course_progress_unread, {app.courses_problem}), colours.negative);
    ImGui::Separator();

    // The first course's next step is the screen's main action: focused on arrival, and Enter with nothing
    // focused by the keyboard plays it too.
    bool main_key = app.main_action_key();
    bool primary_done = false;
    // Starting a step moves to the briefing, which leaves the courses as they are; nothing is drawn after it.
    const std::vector<CourseView>& courses = app.courses.courses;
    for (std::size_t c = 0; c < courses.size(); ++c) {
        const CourseView& course = courses[c];
        const Course& data = *course.course;
        const CourseProgress& progress = course.progress;
        ImGui::PushID(data.id.c_str());
        if (c > 0) {
            ImGui::Spacing();
            ImGui::Separator();
        }
        text_coloured(app.text(Ui::course_label), quiet_colour(contrast));
        heading(app.fonts.heading, data.title);
        if (!data.due.empty()) {
            text_line(app.text(Ui::course_due, {format_date(app.language(), data.due)}));
            if (progress.overdue) {
                ImGui::SameLine(0, ImGui::GetFontSize());
                ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(colours.negative));
                ImGui::PushFont(app.fonts.heading);
                ImGui::TextUnformatted(app.text(Ui::course_overdue).c_str());
                ImGui::PopFont();
                ImGui::PopStyleColor();
            }
        }
        if (!data.summary.empty()) text_wrapped(data.summary);
        ImGui::Spacing();
        // Progress: words, and a bar of the steps passed.
        std::string passed = app.text(Ui::course_steps_passed, {std::to_string(progress.steps_passed), std::to_string(progress.steps_total)});
        float bar = std::min(ImGui::GetFontSize() * 14, ImGui::GetContentRegionAvail().x * 0.5f);
        double share = progress.steps_total > 0 ? static_cast<double>(progress.steps_passed) / static_cast<double>(progress.steps_total) : 0;
        share_bar(share, bar, colours.positive, contrast);
        ImGui::SameLine();
        ImGui::PushFont(app.fonts.large);
        text_line(passed);
        ImGui::PopFont();
        if (progress.complete) text_coloured(app.text(Ui::course_complete), colours.positive);
        ImGui::Spacing();

        // The next step, large; then free practice, apart and plainer.
        const CourseStepView* next = course.next_step();
        if (next && next->can_start()) {
            ImGui::PushFont(app.fonts.large);
            // With the step's title when it fits; at a large text size in a small window, without it (a button
            // does not wrap, and the title is in the outlined row below).
            std::string start = app.text(Ui::course_start_next, {next->title});
            if (ImGui::CalcTextSize(start.c_str()).x + style.FramePadding.x * 4 > ImGui::GetContentRegionAvail().x)
                start = app.text(Ui::course_start_next_short);
            float width = std::min(ImGui::CalcTextSize(start.c_str()).x + style.FramePadding.x * 4, ImGui::GetContentRegionAvail().x);
            ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(style.FramePadding.x * 2, style.FramePadding.y * 2));
            bool pressed = ImGui::Button(start.c_str(), ImVec2(width, 0));
            ImGui::PopStyleVar();
            ImGui::PopFont();
            bool primary = !primary_done;
            if (primary && app.frames_on_screen == 0) focus_last_item();
            tab_stop("start " + next->scenario_id);
            if (pressed || (primary && main_key)) {
                ImGui::PopID();
                app.start_course_step(course, *next);
                return;
            }
            primary_done = true;
        } else if (!progress.complete) {
            text_coloured(app.text(Ui::course_none_to_play), colours.negative);
        }
        if (c == 0) {
            same_line_if_fits(ImGui::CalcTextSize(app.text(Ui::course_free_practice).c_str()).x + style.FramePadding.x * 2);
            bool free_practice = ImGui::Button(app.text(Ui::course_free_practice).c_str());
            if (app.trace.enabled()) {
                // Where it is, for the tests that click it.
                ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
                std::string at = std::to_string(static_cast<int>((min.x + max.x) / 2)) + " " + std::to_string(static_cast<int>((min.y + max.y) / 2));
                if (at != traced_free_practice_) app.trace.write("free_practice_button", traced_free_practice_ = at);
            }
            if (free_practice) {
                ImGui::PopID();
                traced_free_practice_.clear();  // traced again when the view is back
                app.show_library();
                return;
            }
            tab_stop("free_practice");
        }
        ImGui::Spacing();

        for (const CourseSectionView& section : course.sections) {
            if (section.steps.empty()) continue;
            if (!section.title.empty()) {
                ImGui::Spacing();
                heading(app.fonts.large, section.title);
            }
            for (const CourseStepView& step : section.steps)
                if (draw_step(app, course, step)) {
                    ImGui::PopID();
                    return;
                }
        }
        ImGui::PopID();
    }
    ImGui::Spacing();
    text_coloured(app.text(Ui::course_keys), quiet_colour(contrast));
    finish_tab_order(app);
}

}  // namespace frontdesk::gui
