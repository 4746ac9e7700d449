// Screen 2: the library as cards (title, who you face, channel, language, difficulty, length, and the trainee's
// badges: done, best result, in progress), filters (difficulty as tiers) and text search; when nothing matches,
// a way to clear the filters. A scenario that fails its checks is shown with its errors, never hidden. A trainee
// with a course finds the way back to it beside their name.
#include <algorithm>
#include <cmath>
#include <cstdio>

#include "frontdesk/number_format.h"
#include "review_loader.h"
#include "screens/screen.h"
#include "screens/settings_row.h"
#include "widgets/controls.h"
#include "widgets/text.h"
#include "widgets/theme.h"

namespace frontdesk::gui {

namespace {

std::string language_text(const AppState& app, Language language) {
    return app.text(language == Language::it ? Ui::language_it : Ui::language_en);
}

// `text` as it fits in `lines` lines of `width` in the current font: whole when it does, else cut after a word
// (within a word only when one word is all there is room for) and ended with an ellipsis, never through a letter.
std::string fitted(std::string_view text, float width, int lines) {
    if (lines <= 0) return {};
    float most = ImGui::GetTextLineHeight() * static_cast<float>(lines) + 0.5f;
    auto height = [width](const std::string& t) { return ImGui::CalcTextSize(t.c_str(), nullptr, false, width).y; };
    std::string whole(text);
    if (height(whole) <= most) return whole;
    const std::string ellipsis = "\u2026";
    auto boundary = [&](std::size_t at) {  // back to the start of a UTF-8 character
        while (at > 0 && (static_cast<unsigned char>(text[at]) & 0xC0) == 0x80) --at;
        return at;
    };
    std::size_t low = 0, high = text.size();
    while (low < high) {
        std::size_t middle = boundary((low + high + 1) / 2);
        if (middle > low && height(std::string(text.substr(0, middle)) + ellipsis) <= most) low = middle;
        else high = middle > low ? middle - 1 : low;
    }
    std::size_t cut = low;
    std::size_t space = text.substr(0, cut + 1).find_last_of(' ');
    if (space != std::string_view::npos && space > 0 && space >= cut / 2) cut = space;
    while (cut > 0 && std::string_view(" ,;:.-").find(text[cut - 1]) != std::string_view::npos) --cut;
    return std::string(text.substr(0, cut)) + ellipsis;
}

// A small label on a tinted, rounded ground (the card's badges).
void badge(const std::string& text, ImU32 colour, ImU32 fill, bool high_contrast) {
    ImVec2 size = ImGui::CalcTextSize(text.c_str());
    float pad = ImGui::GetFontSize() * 0.35f;
    ImVec2 at = ImGui::GetCursorScreenPos(), end(at.x + size.x + pad * 2, at.y + size.y + pad);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->AddRectFilled(at, end, fill, size.y);
    if (high_contrast) draw->AddRect(at, end, colour, size.y, 0, 1.5f);
    draw->AddText(ImVec2(at.x + pad, at.y + pad * 0.5f), colour, text.c_str());
    ImGui::Dummy(ImVec2(end.x - at.x, end.y - at.y));
}

// The trainee's progress on the card: done, the best result, a conversation waiting to be resumed.
void draw_badges(const AppState& app, const ScenarioProgress& progress) {
    bool contrast = app.settings.high_contrast;
    const Palette& colours = palette(contrast);
    struct Badge {
        std::string text;
        ImU32 colour, fill;
    };
    std::vector<Badge> badges;
    if (progress.done) badges.push_back({app.text(Ui::badge_done), colours.positive, colours.done_badge});
    if (progress.best) badges.push_back({app.text(Ui::badge_best, {format_percent(app.language(), *progress.best)}), colours.positive, colours.done_badge});
    if (progress.saved_answers > 0) badges.push_back({app.text(Ui::badge_in_progress), colours.accent, colours.progress_badge});
    float pad = ImGui::GetFontSize() * 0.35f;
    for (std::size_t i = 0; i < badges.size(); ++i) {
        if (i > 0) same_line_if_fits(ImGui::CalcTextSize(badges[i].text.c_str()).x + pad * 2);
        badge(badges[i].text, badges[i].colour, badges[i].fill, contrast);
    }
}

void draw_card(AppState& app, const ScenarioCard& card, float width, float height) {
    const Palette& colours = palette(app.settings.high_contrast);
    ImGui::BeginChild(card.path.c_str(), ImVec2(width, height), true, ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse | ImGuiWindowFlags_NavFlattened);
    float inner = ImGui::GetContentRegionAvail().x;
    ImGui::PushFont(app.fonts.large);
    text_wrapped(fitted(card.title, inner, 2));
    ImGui::PopFont();
    if (!card.playable) {
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(colours.negative));
        text_wrapped(app.text(Ui::broken_scenario, {std::to_string(card.error_count)}));
        ImGui::PopStyleColor();
        float room = ImGui::GetWindowHeight() - ImGui::GetCursorPosY() - ImGui::GetStyle().WindowPadding.y;
        // The errors get the lines left above the button that opens the file in the studio, on its errors.
        room -= ImGui::GetFrameHeightWithSpacing();
        ImGui::PushFont(app.fonts.regular);
        text_wrapped(fitted(std::string_view(card.problems).substr(0, 600), inner, std::max(0, static_cast<int>(room / ImGui::GetTextLineHeight()))));
        ImGui::PopFont();
        ImGui::SetCursorPosY(height - ImGui::GetFrameHeightWithSpacing() - ImGui::GetStyle().WindowPadding.y);
        if (ImGui::Button(app.text(Ui::studio_open_button).c_str())) app.show_studio(card.path, true);
        tab_stop("studio " + card.path);
        ImGui::EndChild();
        return;
    }
    const Scenario& s = *card.scenario;
    std::string facts = role_label(app.language(), s.role) + " (" + s.character.name + ") | " + channel_label(app.language(), s.channel) +
                        " | " + language_text(app, s.language) + " | " + difficulty_text(app, s.difficulty) + " | " +
                        app.text(Ui::minutes_short, {std::to_string(card.minutes)});
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(colours.accent));
    text_wrapped(fitted(facts, inner, 2));
    ImGui::PopStyleColor();
    if (const ScenarioProgress* progress = app.library.progress(s.id)) draw_badges(app, *progress);
    // The summary gets the whole lines left above the button, the last one ended with an ellipsis when it is
    // longer; the briefing shows it whole.
    // Open, and Open in studio beside it, or under it when the card is too narrow for both (the summary then
    // gets a line less).
    std::string studio = app.text(Ui::studio_open_button);
    float studio_width = ImGui::CalcTextSize(studio.c_str()).x + ImGui::GetStyle().FramePadding.x * 2;
    bool studio_below = button_size(8).x + ImGui::GetStyle().ItemSpacing.x + studio_width > inner;
    float button_y = height - ImGui::GetFrameHeightWithSpacing() * (studio_below ? 2 : 1) - ImGui::GetStyle().WindowPadding.y;
    float room = button_y - ImGui::GetCursorPosY() - ImGui::GetStyle().ItemSpacing.y;
    int lines = static_cast<int>(std::floor((room + ImGui::GetStyle().ItemSpacing.y) / ImGui::GetTextLineHeight()));
    if (lines >= 1) text_wrapped(fitted(s.summary, inner, lines));
    ImGui::SetCursorPosY(button_y);
    if (ImGui::Button(app.text(Ui::open_button).c_str(), button_size(8))) {
        app.show_briefing(card);
        ImGui::EndChild();
        return;
    }
    tab_stop("card " + s.id);
    // For trainers: the same scenario in the studio (its graph, checks and test play).
    if (!studio_below) ImGui::SameLine();
    if (ImGui::Button(studio.c_str())) app.show_studio(card.path, true);
    tab_stop("studio " + s.id);
    ImGui::EndChild();
}


// A filter combo as wide as its longest entry ("Channel: phone"), so no entry is cut.
float combo_width(const std::string& label, const std::vector<std::string>& options, const std::string& all) {
    float widest = ImGui::CalcTextSize((label + ": " + all).c_str()).x;
    for (const std::string& option : options) widest = std::max(widest, ImGui::CalcTextSize((label + ": " + option).c_str()).x);
    float most = ImGui::GetContentRegionMax().x - ImGui::GetStyle().WindowPadding.x;
    return std::min(widest + ImGui::GetStyle().FramePadding.x * 2 + ImGui::GetFrameHeight(), most);
}

// The trainee's progress as read, on one line of the trace (tests check the badges' facts).
void trace_progress(AppState& app) {
    std::string line = app.library.progress_trainee();
    for (const auto& [id, progress] : app.library.all_progress()) {
        line += " " + id + ":" + (progress.done ? "done" : "not-done");
        if (progress.best) line += ",best=" + format_percent(Language::en, *progress.best);
        if (progress.saved_answers > 0) line += ",in-progress=" + std::to_string(progress.saved_answers);
    }
    if (!app.library.progress_problem().empty()) line += " problem: " + app.library.progress_problem();
    app.trace.write("library_progress", line);
}

}  // namespace

bool LibraryScreen::animating(const AppState& app) const { return app.library.progress_pending(); }

void LibraryScreen::draw_content(AppState& app) {
    // The trainee's progress for the badges: asked for on arrival (read on its own thread), taken once in.
    if (app.frames_on_screen == 0 && !app.settings.trainee.empty()) {
        std::string location = app.results_location();
        app.library.request_progress([location] { return open_review_reader(location); }, app.settings.trainee);
    }
    if (app.library.take_progress()) trace_progress(app);

    heading(app.fonts.heading, app.text(Ui::library_heading));
    text_line(app.text(Ui::trainee_label) + ": " + app.settings.trainee);
    ImGui::SameLine();
    if (ImGui::SmallButton(app.text(Ui::change_button).c_str())) app.show_trainee();
    tab_stop("change_trainee");
    ImGui::SameLine();
    if (ImGui::SmallButton(app.text(Ui::review_results_button).c_str())) app.show_review();
    tab_stop("review");
    // Free practice is one way out of the course view; this is the way back to it.
    if (app.has_course()) {
        ImGui::SameLine();
        if (ImGui::SmallButton(app.text(Ui::course_back).c_str())) {
            app.show_course();
            return;
        }
        tab_stop("course");
    }
    draw_settings_row(app);
    ImGui::Separator();

    // Filters: on as many lines as the window needs (at large text sizes they do not fit on one).
    // As wide as its hint, so the hint is read whole (at most the window's width).
    std::string hint = app.text(Ui::search_hint);
    float line_width = ImGui::GetContentRegionAvail().x;
    ImGui::SetNextItemWidth(std::min(ImGui::CalcTextSize(hint.c_str()).x + ImGui::GetStyle().FramePadding.x * 2 + ImGui::GetFontSize(), line_width));
    // Reached with Tab, the field takes the typing at once (as a click would).
    if (type_in_search_) ImGui::SetKeyboardFocusHere();
    type_in_search_ = false;
    if (ImGui::InputTextWithHint("##search", hint.c_str(), search_, sizeof search_)) app.filter.text = search_;
    tab_stop("search", true);
    float filters_top = ImGui::GetItemRectMin().y, filters_right = ImGui::GetItemRectMax().x;
    auto track = [&filters_right] { filters_right = std::max(filters_right, ImGui::GetItemRectMax().x); };
    // "All" agrees with each filter's noun in Italian (Tutti gli interlocutori, Tutte le lingue).
    std::string all = app.text(Ui::filter_all), all_feminine = app.text(Ui::filter_all_feminine);
    int role = app.filter.role ? static_cast<int>(*app.filter.role) : -1;
    std::vector<std::string> roles;
    for (Role r : {Role::client, Role::supplier, Role::visitor, Role::citizen, Role::patient, Role::guest, Role::caller, Role::colleague})
        roles.push_back(role_label(app.language(), r));
    float width = combo_width(app.text(Ui::filter_role), roles, all);
    same_line_if_fits(width);
    if (filter_combo("##role", app.text(Ui::filter_role), role, roles, all, width))
        app.filter.role = role < 0 ? std::nullopt : std::optional<Role>(static_cast<Role>(role));
    tab_stop("filter_role");
    track();
    int channel = app.filter.channel ? static_cast<int>(*app.filter.channel) : -1;
    std::vector<std::string> channels;
    for (Channel c : {Channel::desk, Channel::phone, Channel::chat, Channel::email, Channel::social}) channels.push_back(channel_label(app.language(), c));
    width = combo_width(app.text(Ui::filter_channel), channels, all);
    same_line_if_fits(width);
    if (filter_combo("##channel", app.text(Ui::filter_channel), channel, channels, all, width))
        app.filter.channel = channel < 0 ? std::nullopt : std::optional<Channel>(static_cast<Channel>(channel));
    tab_stop("filter_channel");
    track();
    int language = app.filter.language ? static_cast<int>(*app.filter.language) : -1;
    std::vector<std::string> languages = {language_text(app, Language::en), language_text(app, Language::it)};
    width = combo_width(app.text(Ui::filter_language), languages, all_feminine);
    same_line_if_fits(width);
    if (filter_combo("##language", app.text(Ui::filter_language), language, languages, all_feminine, width))
        app.filter.language = language < 0 ? std::nullopt : std::optional<Language>(static_cast<Language>(language));
    tab_stop("filter_language");
    track();
    // Difficulty as tiers side by side (All, easy, medium, hard): one click, and the tier chosen shows at a glance.
    // Only the chosen tier is a Tab stop; the arrows move between the tiers.
    {
        const ImGuiStyle& style = ImGui::GetStyle();
        std::string label = app.text(Ui::filter_difficulty) + ":";
        std::vector<std::string> tiers = {all_feminine, difficulty_text(app, 1), difficulty_text(app, 2), difficulty_text(app, 3)};
        float group = ImGui::CalcTextSize(label.c_str()).x;
        for (const std::string& tier : tiers) group += ImGui::CalcTextSize(tier.c_str()).x + style.FramePadding.x * 2 + style.ItemSpacing.x * 0.4f;
        same_line_if_fits(group);
        ImGui::BeginGroup();
        ImGui::AlignTextToFramePadding();
        text_line(label);
        int chosen = app.filter.difficulty ? *app.filter.difficulty : 0;
        for (int tier = 0; tier < 4; ++tier) {
            ImGui::SameLine(0, tier == 0 ? style.ItemSpacing.x : style.ItemSpacing.x * 0.4f);
            bool on = chosen == tier;
            if (on) {
                ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_ButtonActive));
                ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, std::max(2.0f, style.FrameBorderSize));
            }
            ImGui::PushID(tier);
            if (ImGui::Button(tiers[static_cast<std::size_t>(tier)].c_str()) && !on) {
                app.filter.difficulty = tier == 0 ? std::nullopt : std::optional<int>(tier);
                app.trace.write("filter_difficulty", tier == 0 ? "all" : std::to_string(tier));
            }
            ImGui::PopID();
            if (on) {
                ImGui::PopStyleVar();
                ImGui::PopStyleColor();
                tab_stop("filter_difficulty");
            }
        }
        ImGui::EndGroup();
    }
    track();
    float filters_height = ImGui::GetItemRectMax().y - filters_top;
    float content_right = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
    ImGui::Spacing();

    for (const std::string& problem : app.library.folder_problems()) text_wrapped(problem);
    if (app.library.cards().empty()) {
        text_wrapped(app.text(Ui::no_scenarios, {app.options.scenario_dirs.empty() ? "" : app.options.scenario_dirs.front()}));
        type_in_search_ = finish_tab_order(app) == "search";
        return;
    }
    std::vector<std::size_t> visible = app.library.visible(app.filter);
    static std::size_t traced_visible = static_cast<std::size_t>(-1);
    if (visible.size() != traced_visible) {
        traced_visible = visible.size();
        app.trace.write("library_visible", std::to_string(visible.size()) + " of " + std::to_string(app.library.cards().size()));
    }
    if (visible.empty()) {
        // Nothing matches: say so, and offer the way back to every scenario.
        ImGui::PushFont(app.fonts.large);
        text_wrapped(app.text(Ui::no_match));
        ImGui::PopFont();
        if (ImGui::Button(app.text(Ui::clear_filters).c_str())) {
            app.filter = LibraryFilter{};
            search_[0] = '\0';
            app.trace.write("filters_cleared", "");
        }
        tab_stop("clear_filters");
    }

    // Cards in as many columns as fit (at least 1, at most 3), then the keys' help, scrolling together (a help
    // pinned under them would leave the cards a sliver at large text sizes on a small screen), ending above the
    // notice floating at the bottom when there is one.
    // Flattened: arrow keys move between the cards' buttons as if they were in one window.
    ImGui::BeginChild("cards", ImVec2(0, -notice_room(app)), false, ImGuiWindowFlags_NavFlattened);
    keyboard_scroll();
    float available = ImGui::GetContentRegionAvail().x;
    int columns = std::clamp(static_cast<int>(available / (ImGui::GetFontSize() * 24)), 1, 3);
    float spacing = ImGui::GetStyle().ItemSpacing.x;
    float card_width = (available - spacing * static_cast<float>(columns - 1)) / static_cast<float>(columns);
    float height = ImGui::GetFontSize() * 13.5f;
    for (std::size_t i = 0; i < visible.size(); ++i) {
        if (i % static_cast<std::size_t>(columns) != 0) ImGui::SameLine();
        draw_card(app, app.library.cards()[visible[i]], card_width, height);
    }
    ImGui::Spacing();
    text_coloured(app.text(Ui::keyboard_help), quiet_colour(app.settings.high_contrast));  // readable in both themes
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
    type_in_search_ = finish_tab_order(app) == "search";
}

}  // namespace frontdesk::gui
