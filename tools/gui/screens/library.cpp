// Screen 2: the library as cards (title, who you face, channel, language, difficulty, length), filters and
// text search. A scenario that fails its checks is shown with its errors, never hidden.
#include <algorithm>
#include <cmath>
#include <cstdio>

#include "screens/screen.h"
#include "screens/settings_row.h"
#include "widgets/controls.h"
#include "widgets/text.h"
#include "widgets/theme.h"

namespace frontdesk::gui {

namespace {

std::string difficulty_text(const AppState& app, int difficulty) {
    Ui keys[] = {Ui::difficulty_1, Ui::difficulty_2, Ui::difficulty_3};
    return app.text(keys[std::clamp(difficulty, 1, 3) - 1]);
}

std::string language_text(const AppState& app, Language language) {
    return app.text(language == Language::it ? Ui::language_it : Ui::language_en);
}

void draw_card(AppState& app, const ScenarioCard& card, float width, float height) {
    const Palette& colours = palette(app.settings.high_contrast);
    ImGui::BeginChild(card.path.c_str(), ImVec2(width, height), true, ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse | ImGuiWindowFlags_NavFlattened);
    ImGui::PushFont(app.fonts.large);
    text_wrapped(card.title);
    ImGui::PopFont();
    if (!card.playable) {
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(colours.negative));
        text_wrapped(app.text(Ui::broken_scenario, {std::to_string(card.error_count)}));
        ImGui::PopStyleColor();
        std::string_view problems = card.problems;
        if (problems.size() > 600) problems = problems.substr(0, 600);
        ImGui::PushFont(app.fonts.regular);
        text_wrapped(problems);
        ImGui::PopFont();
        ImGui::EndChild();
        return;
    }
    const Scenario& s = *card.scenario;
    std::string facts = role_label(app.language(), s.role) + " (" + s.character.name + ") | " + channel_label(app.language(), s.channel) +
                        " | " + language_text(app, s.language) + " | " + difficulty_text(app, s.difficulty) + " | " +
                        app.text(Ui::minutes_short, {std::to_string(card.minutes)});
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(colours.accent));
    text_wrapped(facts);
    ImGui::PopStyleColor();
    // The summary gets the room left above the button; the briefing shows it whole.
    float button_y = height - ImGui::GetFrameHeightWithSpacing() - ImGui::GetStyle().WindowPadding.y;
    float room = button_y - ImGui::GetCursorPosY() - ImGui::GetStyle().ItemSpacing.y;
    // Whole lines only: a line cut through its letters reads as a glitch.
    room = std::floor(room / ImGui::GetTextLineHeight()) * ImGui::GetTextLineHeight();
    if (room >= ImGui::GetTextLineHeight()) {
        // Clipped, not a child window: a child would take a stop in keyboard navigation.
        ImVec2 start = ImGui::GetCursorScreenPos();
        ImGui::PushClipRect(start, ImVec2(start.x + ImGui::GetContentRegionAvail().x, start.y + room), true);
        text_wrapped(s.summary);
        ImGui::PopClipRect();
    }
    ImGui::SetCursorPosY(button_y);
    if (ImGui::Button(app.text(Ui::open_button).c_str(), ImVec2(ImGui::GetFontSize() * 8, 0))) app.show_briefing(card);
    tab_stop("card " + s.id);
    ImGui::EndChild();
}

// Tab moves along the screen's controls (traced as "focus LABEL"); the focused one gets the outline.
void finish_keyboard(AppState& app) {
    std::string focused = tab_order_end();
    if (!focused.empty()) app.trace.write("focus", focused);
}

}  // namespace

void LibraryScreen::draw_content(AppState& app) {
    heading(app.fonts.heading, app.text(Ui::library_heading));
    text_line(app.text(Ui::trainee_label) + ": " + app.settings.trainee);
    ImGui::SameLine();
    if (ImGui::SmallButton(app.text(Ui::change_button).c_str())) app.show_trainee();
    tab_stop("change_trainee");
    ImGui::SameLine();
    if (ImGui::SmallButton(app.text(Ui::review_results_button).c_str())) app.show_review();
    tab_stop("review");
    draw_settings_row(app);
    ImGui::Separator();

    // Filters: on as many lines as the window needs (at large text sizes they do not fit on one).
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 16);
    if (ImGui::InputTextWithHint("##search", app.text(Ui::search_hint).c_str(), search_, sizeof search_)) app.filter.text = search_;
    tab_stop("search", true);
    float filters_top = ImGui::GetItemRectMin().y, filters_right = ImGui::GetItemRectMax().x;
    auto track = [&filters_right] { filters_right = std::max(filters_right, ImGui::GetItemRectMax().x); };
    std::string all = app.text(Ui::filter_all);
    float combo_width = ImGui::GetFontSize() * 11;
    int role = app.filter.role ? static_cast<int>(*app.filter.role) : -1;
    std::vector<std::string> roles;
    for (Role r : {Role::client, Role::supplier, Role::visitor, Role::citizen, Role::patient, Role::guest, Role::caller, Role::colleague})
        roles.push_back(role_label(app.language(), r));
    same_line_if_fits(combo_width);
    if (filter_combo("##role", app.text(Ui::filter_role), role, roles, all, combo_width))
        app.filter.role = role < 0 ? std::nullopt : std::optional<Role>(static_cast<Role>(role));
    tab_stop("filter_role");
    track();
    int channel = app.filter.channel ? static_cast<int>(*app.filter.channel) : -1;
    std::vector<std::string> channels;
    for (Channel c : {Channel::desk, Channel::phone, Channel::chat, Channel::email, Channel::social}) channels.push_back(channel_label(app.language(), c));
    same_line_if_fits(combo_width);
    if (filter_combo("##channel", app.text(Ui::filter_channel), channel, channels, all, combo_width))
        app.filter.channel = channel < 0 ? std::nullopt : std::optional<Channel>(static_cast<Channel>(channel));
    tab_stop("filter_channel");
    track();
    int language = app.filter.language ? static_cast<int>(*app.filter.language) : -1;
    same_line_if_fits(combo_width);
    if (filter_combo("##language", app.text(Ui::filter_language), language, {language_text(app, Language::en), language_text(app, Language::it)}, all, combo_width))
        app.filter.language = language < 0 ? std::nullopt : std::optional<Language>(static_cast<Language>(language));
    tab_stop("filter_language");
    track();
    int difficulty = app.filter.difficulty ? *app.filter.difficulty - 1 : -1;
    same_line_if_fits(combo_width);
    if (filter_combo("##difficulty", app.text(Ui::filter_difficulty), difficulty,
                     {difficulty_text(app, 1), difficulty_text(app, 2), difficulty_text(app, 3)}, all, combo_width))
        app.filter.difficulty = difficulty < 0 ? std::nullopt : std::optional<int>(difficulty + 1);
    tab_stop("filter_difficulty");
    track();
    float filters_height = ImGui::GetItemRectMax().y - filters_top;
    float content_right = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
    ImGui::Spacing();

    for (const std::string& problem : app.library.folder_problems()) text_wrapped(problem);
    if (app.library.cards().empty()) {
        text_wrapped(app.text(Ui::no_scenarios, {app.options.scenario_dirs.empty() ? "" : app.options.scenario_dirs.front()}));
        finish_keyboard(app);
        return;
    }
    std::vector<std::size_t> visible = app.library.visible(app.filter);
    if (visible.empty()) text_wrapped(app.text(Ui::no_match));

    // Cards in as many columns as fit (at least 1, at most 3).
    // Flattened: arrow keys move between the cards' buttons as if they were in one window.
    // The keys' help under the cards, on as many lines as it needs.
    std::string help = app.text(Ui::keyboard_help);
    float help_height = ImGui::CalcTextSize(help.c_str(), nullptr, false, ImGui::GetContentRegionAvail().x).y + ImGui::GetStyle().ItemSpacing.y;
    ImGui::BeginChild("cards", ImVec2(0, -help_height), false, ImGuiWindowFlags_NavFlattened);
    float available = ImGui::GetContentRegionAvail().x;
    int columns = std::clamp(static_cast<int>(available / (ImGui::GetFontSize() * 24)), 1, 3);
    float spacing = ImGui::GetStyle().ItemSpacing.x;
    float width = (available - spacing * static_cast<float>(columns - 1)) / static_cast<float>(columns);
    float height = ImGui::GetFontSize() * 13.5f;
    for (std::size_t i = 0; i < visible.size(); ++i) {
        if (i % static_cast<std::size_t>(columns) != 0) ImGui::SameLine();
        draw_card(app, app.library.cards()[visible[i]], width, height);
    }
    ImGui::EndChild();
    // The layout as drawn, traced when it changes (tests check the filters fit at large text sizes).
    int filter_lines = static_cast<int>(filters_height / ImGui::GetFrameHeightWithSpacing() + 0.5f);
    char layout[160];
    std::snprintf(layout, sizeof layout, "text=%.1f width=%.0f columns=%d filter_lines=%d filters_fit=%s", app.settings.font_scale,
                  ImGui::GetWindowWidth(), columns, std::max(filter_lines, 1), filters_right <= content_right + 0.5f ? "yes" : "no");
    static std::string traced_layout;
    if (traced_layout != layout) {
        traced_layout = layout;
        app.trace.write("library_layout", layout);
    }
    text_coloured(help, quiet_colour(app.settings.high_contrast));  // readable in both themes (not ImGui's grey)
    finish_keyboard(app);
}

}  // namespace frontdesk::gui
