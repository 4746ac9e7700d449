// The coordinators' Review area: the cohort table, a trainee's trend drawn as a line chart, per scenario the
// endings as a stacked bar and each node's choices as bars of their share (where do people go wrong?), and
// any attempt's transcript. The data and its order come from ReviewModel; this file only draws.
#include <SFML/Window/Keyboard.hpp>
#include <imgui_internal.h>  // SetFocusID: keyboard focus follows a tab chosen with a key

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "screens/screen.h"
#include "widgets/theme.h"
#include "widgets/charts.h"

namespace frontdesk::gui {

namespace {

constexpr ReviewTab tabs[] = {ReviewTab::cohort, ReviewTab::trainee, ReviewTab::scenarios, ReviewTab::transcript};

const char* tab_name(ReviewTab tab) {
    switch (tab) {
        case ReviewTab::cohort: return "cohort";
        case ReviewTab::trainee: return "trainee";
        case ReviewTab::scenarios: return "scenarios";
        case ReviewTab::transcript: return "transcript";
    }
    return "";
}

Ui tab_label(ReviewTab tab) {
    switch (tab) {
        case ReviewTab::cohort: return Ui::review_cohort;
        case ReviewTab::trainee: return Ui::review_trainee;
        case ReviewTab::scenarios: return Ui::review_scenarios;
        case ReviewTab::transcript: return Ui::review_transcript;
    }
    return Ui::review_cohort;
}

std::string share_text(double share) { return percent_text(share * 100.0); }

// "Anna Rossi (anna)", or the id alone when the name is the id.
std::string trainee_title(const TraineeReport& trainee) {
    if (trainee.display_name.empty() || trainee.display_name == trainee.id) return trainee.id;
    return trainee.display_name + " (" + trainee.id + ")";
}

EndingKind ending_kind(const std::string& name) {
    if (name == "success") return EndingKind::success;
    if (name == "partial") return EndingKind::partial;
    if (name == "failure") return EndingKind::failure;
    return EndingKind::none;
}

ImU32 ending_colour(EndingKind kind, bool high_contrast) {
    const Palette& colours = palette(high_contrast);
    switch (kind) {
        case EndingKind::success: return colours.positive;
        case EndingKind::partial: return high_contrast ? IM_COL32(230, 160, 0, 255) : IM_COL32(222, 165, 50, 255);
        case EndingKind::failure: return colours.negative;
        case EndingKind::none: return high_contrast ? IM_COL32(120, 120, 120, 255) : IM_COL32(170, 176, 184, 255);
    }
    return colours.neutral;
}

// Darker than the bar colours where an ending is written as text (amber on white is hard to read).
ImU32 ending_text_colour(EndingKind kind, bool high_contrast) {
    if (kind == EndingKind::partial) return high_contrast ? IM_COL32(150, 90, 0, 255) : IM_COL32(168, 104, 0, 255);
    if (kind == EndingKind::none) return high_contrast ? IM_COL32(0, 0, 0, 255) : IM_COL32(100, 106, 114, 255);
    return ending_colour(kind, high_contrast);
}

// Quoted lines of the character: set apart from the trainee's words, still easy to read.
ImU32 quiet_colour(bool high_contrast) { return high_contrast ? IM_COL32(0, 0, 0, 255) : IM_COL32(78, 84, 92, 255); }

// A skill's name as a heading or a legend entry ("Listening").
std::string skill_title(const AppState& app, const std::string& skill) {
    std::string label = skill_label(app.language(), skill);
    if (!label.empty() && label[0] >= 'a' && label[0] <= 'z') label[0] = static_cast<char>(label[0] - 'a' + 'A');
    return label;
}

std::string ending_text(const AppState& app, EndingKind kind) {
    return kind == EndingKind::none ? app.text(Ui::review_unfinished) : ending_label(app.language(), kind);
}

// One colour and one marker shape per line, so the chart reads without colour too (high contrast, print).
struct SeriesStyle {
    ImU32 colour;
    int marker;  // 0 circle, 1 square, 2 triangle, 3 diamond
};

SeriesStyle series_style(std::size_t index, bool overall, bool high_contrast) {
    if (overall) return {high_contrast ? IM_COL32(0, 0, 0, 255) : IM_COL32(33, 37, 41, 255), 3};
    static const ImU32 normal[] = {IM_COL32(41, 98, 155, 255), IM_COL32(214, 110, 30, 255), IM_COL32(30, 140, 100, 255),
                                   IM_COL32(140, 70, 170, 255), IM_COL32(170, 60, 90, 255)};
    static const ImU32 contrast[] = {IM_COL32(0, 0, 220, 255), IM_COL32(200, 70, 0, 255), IM_COL32(0, 130, 0, 255),
                                     IM_COL32(170, 0, 170, 255), IM_COL32(160, 0, 40, 255)};
    std::size_t slot = index % 5;
    return {high_contrast ? contrast[slot] : normal[slot], static_cast<int>(index % 3)};
}

void draw_marker(ImDrawList* draw, ImVec2 at, float size, const SeriesStyle& style) {
    switch (style.marker) {
        case 0: draw->AddCircleFilled(at, size, style.colour, 16); break;
        case 1: draw->AddRectFilled(ImVec2(at.x - size, at.y - size), ImVec2(at.x + size, at.y + size), style.colour); break;
        case 2:
            draw->AddTriangleFilled(ImVec2(at.x, at.y - size * 1.2f), ImVec2(at.x + size * 1.1f, at.y + size * 0.8f),
                                    ImVec2(at.x - size * 1.1f, at.y + size * 0.8f), style.colour);
            break;
        default:
            draw->AddQuadFilled(ImVec2(at.x, at.y - size * 1.3f), ImVec2(at.x + size * 1.3f, at.y), ImVec2(at.x, at.y + size * 1.3f),
                                ImVec2(at.x - size * 1.3f, at.y), style.colour);
    }
}

std::string line_label(const AppState& app, const TrendLine& line) {
    return line.skill.empty() ? app.text(Ui::overall) : skill_title(app, line.skill);
}

// The trend: y from 0 to 100%, one point per finished session in time order, one line per skill and a
// thicker one for the overall result, a legend above, and the session's details on hover.
void trend_chart(const AppState& app, const Trend& trend, ImVec2 size) {
    bool contrast = app.settings.high_contrast;
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImGuiStyle& style = ImGui::GetStyle();
    float font = ImGui::GetFontSize();
    ImU32 ink = ImGui::GetColorU32(ImGuiCol_Text);
    ImU32 grid = contrast ? IM_COL32(0, 0, 0, 110) : IM_COL32(206, 212, 218, 255);
    ImVec2 origin = ImGui::GetCursorScreenPos();

    // Legend: a marker on a short line, then the label, wrapping when the row is full.
    float x = origin.x, y = origin.y;
    for (std::size_t i = 0; i < trend.lines.size(); ++i) {
        bool overall = trend.lines[i].skill.empty();
        SeriesStyle s = series_style(i, overall, contrast);
        std::string label = line_label(app, trend.lines[i]);
        float width = font * 2.2f + ImGui::CalcTextSize(label.c_str()).x + font * 1.2f;
        if (x + width > origin.x + size.x && x > origin.x) {
            x = origin.x;
            y += font * 1.5f;
        }
        float mid = y + font * 0.6f;
        draw->AddLine(ImVec2(x, mid), ImVec2(x + font * 1.6f, mid), s.colour, overall ? 3.5f : 2.0f);
        draw_marker(draw, ImVec2(x + font * 0.8f, mid), font * 0.22f, s);
        draw->AddText(ImVec2(x + font * 2.0f, y), ink, label.c_str());
        x += width;
    }
    float legend_height = y - origin.y + font * 1.8f;

    // The plot area, leaving room for the y labels on the left and the x labels below.
    float left = ImGui::CalcTextSize("100%").x + style.ItemSpacing.x;
    ImVec2 top_left(origin.x + left, origin.y + legend_height);
    ImVec2 bottom_right(origin.x + size.x - font * 0.5f, origin.y + size.y - font * 2.6f);
    if (bottom_right.y - top_left.y < font * 4) bottom_right.y = top_left.y + font * 4;
    float plot_height = bottom_right.y - top_left.y;
    draw->AddRectFilled(top_left, bottom_right, contrast ? IM_COL32(255, 255, 255, 255) : IM_COL32(252, 253, 254, 255));
    for (int percent = 0; percent <= 100; percent += 25) {
        float at = bottom_right.y - plot_height * static_cast<float>(percent) / 100.0f;
        draw->AddLine(ImVec2(top_left.x, at), ImVec2(bottom_right.x, at), grid, percent == 0 ? 2.0f : 1.0f);
        std::string label = std::to_string(percent) + "%";
        ImVec2 text = ImGui::CalcTextSize(label.c_str());
        draw->AddText(ImVec2(top_left.x - text.x - style.ItemSpacing.x * 0.5f, at - text.y * 0.5f), ink, label.c_str());
    }
    draw->AddLine(top_left, ImVec2(top_left.x, bottom_right.y), contrast ? IM_COL32(0, 0, 0, 255) : IM_COL32(150, 156, 164, 255), 1.5f);

    std::size_t n = trend.points.size();
    float inset = font * 1.2f;
    auto point_x = [&](std::size_t i) {
        if (n <= 1) return (top_left.x + bottom_right.x) * 0.5f;
        return top_left.x + inset + (bottom_right.x - top_left.x - 2 * inset) * static_cast<float>(i) / static_cast<float>(n - 1);
    };
    auto point_y = [&](double percent) {
        return bottom_right.y - plot_height * static_cast<float>(std::clamp(percent, 0.0, 100.0) / 100.0);
    };

    // x labels: the session's number, thinned out so they never overlap; the dates of the first and last below.
    float spacing = n > 1 ? (bottom_right.x - top_left.x - 2 * inset) / static_cast<float>(n - 1) : size.x;
    std::size_t every = std::max<std::size_t>(1, static_cast<std::size_t>(std::ceil(ImGui::CalcTextSize("000").x * 1.5f / spacing)));
    for (std::size_t i = 0; i < n; ++i) {
        if (i % every != 0 && i + 1 != n) continue;
        std::string label = std::to_string(i + 1);
        float w = ImGui::CalcTextSize(label.c_str()).x;
        draw->AddLine(ImVec2(point_x(i), bottom_right.y), ImVec2(point_x(i), bottom_right.y + font * 0.3f), grid, 1.0f);
        draw->AddText(ImVec2(point_x(i) - w * 0.5f, bottom_right.y + font * 0.35f), ink, label.c_str());
    }
    if (n > 0) {
        std::string span = app.text(Ui::review_sessions_axis) + ": " + local_time_text(trend.points.front().started_at).substr(0, 10);
        if (n > 1) span += " - " + local_time_text(trend.points.back().started_at).substr(0, 10);
        float w = ImGui::CalcTextSize(span.c_str()).x;
        draw->AddText(ImVec2((top_left.x + bottom_right.x - w) * 0.5f, bottom_right.y + font * 1.4f), quiet_colour(contrast), span.c_str());
    }

    // The lines (the overall last, on top), joining the sessions that have a value.
    for (std::size_t i = 0; i < trend.lines.size(); ++i) {
        const TrendLine& line = trend.lines[i];
        SeriesStyle s = series_style(i, line.skill.empty(), contrast);
        float thickness = line.skill.empty() ? 3.5f : (contrast ? 2.5f : 2.0f);
        std::vector<ImVec2> points;
        for (std::size_t p = 0; p < line.values.size() && p < n; ++p)
            if (line.values[p]) points.emplace_back(point_x(p), point_y(*line.values[p]));
        if (points.size() > 1) draw->AddPolyline(points.data(), static_cast<int>(points.size()), s.colour, ImDrawFlags_None, thickness);
        for (const ImVec2& at : points) draw_marker(draw, at, line.skill.empty() ? font * 0.3f : font * 0.25f, s);
    }

    // Hover: the nearest session's details.
    ImGui::Dummy(size);
    if (n > 0 && ImGui::IsMouseHoveringRect(top_left, bottom_right)) {
        float mouse = ImGui::GetIO().MousePos.x;
        std::size_t nearest = 0;
        for (std::size_t i = 1; i < n; ++i)
            if (std::fabs(point_x(i) - mouse) < std::fabs(point_x(nearest) - mouse)) nearest = i;
        draw->AddLine(ImVec2(point_x(nearest), top_left.y), ImVec2(point_x(nearest), bottom_right.y), grid, 1.0f);
        const TrendPoint& point = trend.points[nearest];
        ImGui::BeginTooltip();
        text_line(std::to_string(nearest + 1) + ". " + local_time_text(point.started_at) + " - " + point.scenario_title);
        text_line(ending_text(app, ending_kind(point.ending)) + ", " +
                  app.text(point.passed ? Ui::review_passed_short : Ui::review_not_passed_short));
        for (const TrendLine& line : trend.lines)
            text_line(line_label(app, line) + ": " + percent_text(nearest < line.values.size() ? line.values[nearest] : std::nullopt));
        ImGui::EndTooltip();
    }
}

// A horizontal bar of a percentage with the value written beside it.
void percent_bar(std::optional<double> percent, float width, bool high_contrast) {
    ImDrawList* draw = ImGui::GetWindowDrawList();
    ImVec2 start = ImGui::GetCursorScreenPos();
    float height = ImGui::GetFontSize() * 0.9f;
    float top = start.y + (ImGui::GetTextLineHeight() - height) * 0.5f;
    draw->AddRectFilled(ImVec2(start.x, top), ImVec2(start.x + width, top + height), IM_COL32(222, 226, 231, 255), 3.0f);
    if (percent)
        draw->AddRectFilled(ImVec2(start.x, top), ImVec2(start.x + width * static_cast<float>(std::clamp(*percent, 0.0, 100.0) / 100.0), top + height),
                            palette(high_contrast).accent, 3.0f);
    if (high_contrast) draw->AddRect(ImVec2(start.x, top), ImVec2(start.x + width, top + height), IM_COL32(0, 0, 0, 255), 3.0f);
    ImGui::Dummy(ImVec2(width, ImGui::GetTextLineHeight()));
    ImGui::SameLine();
    text_line(percent_text(percent));
}

// The endings as one bar split by share, each part labelled when it has room, with a legend below.
void ending_bar(const AppState& app, const std::vector<EndingSlice>& slices, float width) {
    bool contrast = app.settings.high_contrast;
    ImDrawList* draw = ImGui::GetWindowDrawList();
    float font = ImGui::GetFontSize();
    ImVec2 start = ImGui::GetCursorScreenPos();
    float height = font * 1.7f;
    float x = start.x;
    for (std::size_t i = 0; i < slices.size(); ++i) {
        float w = i + 1 == slices.size() ? start.x + width - x : width * static_cast<float>(slices[i].share);
        ImU32 colour = ending_colour(slices[i].kind, contrast);
        draw->AddRectFilled(ImVec2(x, start.y), ImVec2(x + w, start.y + height), colour);
        std::string label = share_text(slices[i].share);
        ImVec2 text = ImGui::CalcTextSize(label.c_str());
        if (text.x + font * 0.6f < w) {
            ImU32 on = slices[i].kind == EndingKind::partial || (contrast && slices[i].kind == EndingKind::none) ? IM_COL32(0, 0, 0, 255)
                                                                                                                   : IM_COL32(255, 255, 255, 255);
            draw->AddText(ImVec2(x + (w - text.x) * 0.5f, start.y + (height - text.y) * 0.5f), on, label.c_str());
        }
        if (i > 0) draw->AddLine(ImVec2(x, start.y), ImVec2(x, start.y + height), IM_COL32(255, 255, 255, 255), 2.0f);
        x += w;
    }
    draw->AddRect(start, ImVec2(start.x + width, start.y + height), contrast ? IM_COL32(0, 0, 0, 255) : IM_COL32(150, 156, 164, 255), 0, 0,
                  contrast ? 2.0f : 1.0f);
    ImGui::Dummy(ImVec2(width, height));
    // Legend, wrapping within the bar's width.
    float line_start = ImGui::GetCursorScreenPos().x;
    for (std::size_t i = 0; i < slices.size(); ++i) {
        std::string label = ending_text(app, slices[i].kind) + " " + std::to_string(slices[i].count) + " (" + share_text(slices[i].share) + ")";
        float item = font * 1.2f + ImGui::CalcTextSize(label.c_str()).x;
        if (i > 0 && ImGui::GetItemRectMax().x + font * 1.2f + item <= line_start + width) ImGui::SameLine(0, font * 1.2f);
        ImVec2 at = ImGui::GetCursorScreenPos();
        float box = font * 0.8f;
        float top = at.y + (ImGui::GetTextLineHeight() - box) * 0.5f;
        draw->AddRectFilled(ImVec2(at.x, top), ImVec2(at.x + box, top + box), ending_colour(slices[i].kind, contrast));
        ImGui::Dummy(ImVec2(box, ImGui::GetTextLineHeight()));
        ImGui::SameLine(0, font * 0.4f);
        text_line(label);
    }
}

// A choice's share as a bar coloured by what the answer earned (red when it cost points).
void share_bar(const ChoiceShare& choice, float width, bool high_contrast) {
    const Palette& colours = palette(high_contrast);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    ImVec2 start = ImGui::GetCursorScreenPos();
    float height = ImGui::GetFontSize() * 0.95f;
    float top = start.y + (ImGui::GetTextLineHeight() - height) * 0.5f;
    ImU32 colour = choice.costly ? colours.negative : choice.points > 0 ? colours.positive : colours.neutral;
    draw->AddRectFilled(ImVec2(start.x, top), ImVec2(start.x + width, top + height), IM_COL32(228, 231, 235, 255), 3.0f);
    draw->AddRectFilled(ImVec2(start.x, top), ImVec2(start.x + std::max(2.0f, width * static_cast<float>(choice.share)), top + height), colour, 3.0f);
    if (high_contrast) draw->AddRect(ImVec2(start.x, top), ImVec2(start.x + width, top + height), IM_COL32(0, 0, 0, 255), 3.0f);
    ImGui::Dummy(ImVec2(width, ImGui::GetTextLineHeight()));
}

// Text in a table cell pushed to its right edge (numbers line up).
void right_aligned(const std::string& text) {
    float room = ImGui::GetContentRegionAvail().x - ImGui::CalcTextSize(text.c_str()).x;
    if (room > 0) ImGui::SetCursorPosX(ImGui::GetCursorPosX() + room);
    text_line(text);
}

// A percentage in a table cell over a faint bar of its size, so a column reads at a glance.
void percent_cell(std::optional<double> percent, bool high_contrast) {
    if (percent && !high_contrast) {
        ImVec2 start = ImGui::GetCursorScreenPos();
        float width = ImGui::GetContentRegionAvail().x;
        ImGui::GetWindowDrawList()->AddRectFilled(
            ImVec2(start.x, start.y + 1), ImVec2(start.x + width * static_cast<float>(std::clamp(*percent, 0.0, 100.0) / 100.0), start.y + ImGui::GetTextLineHeight() - 1),
            IM_COL32(41, 98, 155, 40), 2.0f);
    }
    right_aligned(percent_text(percent));
}

// A combo over "All" plus options (value, label); returns true with `value` changed when one is picked.
bool filter_combo(const char* id, const std::string& label, std::string& value, const std::vector<std::pair<std::string, std::string>>& options,
                  const std::string& all, float width) {
    std::string current = all;
    for (const auto& option : options)
        if (option.first == value) current = option.second;
    if (!value.empty() && current == all) current = value;
    std::string preview = label + ": " + current;
    ImGui::SetNextItemWidth(width);
    bool changed = false;
    if (ImGui::BeginCombo(id, preview.c_str())) {
        if (ImGui::Selectable(all.c_str(), value.empty())) {
            changed = !value.empty();
            value.clear();
        }
        for (std::size_t i = 0; i < options.size(); ++i) {
            ImGui::PushID(static_cast<int>(i));
            bool selected = options[i].first == value;
            if (ImGui::Selectable(options[i].second.c_str(), selected)) {
                changed = !selected;
                value = options[i].first;
            }
            if (selected) ImGui::SetItemDefaultFocus();
            ImGui::PopID();
        }
        ImGui::EndCombo();
    }
    return changed;
}

// Puts the next item on this line when `width` still fits, else on the next.
void same_line_if_fits(float width) {
    float right = ImGui::GetItemRectMax().x + ImGui::GetStyle().ItemSpacing.x + width;
    if (right <= ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x) ImGui::SameLine();
}

std::vector<std::pair<std::string, std::string>> trainee_choices(const ReviewModel& review) {
    std::vector<std::pair<std::string, std::string>> out;
    for (const TraineeReport& trainee : review.report().trainees) out.emplace_back(trainee.id, trainee_title(trainee));
    return out;
}

std::string attempt_title(const AppState& app, const SessionRecord& session) {
    std::string text = local_time_text(session.started_at) + "  " + session.scenario_title + "  -  ";
    if (!session.finished()) return text + app.text(Ui::review_unfinished);
    return text + ending_text(app, ending_kind(session.ending)) + ", " + percent_text(session.overall) + " " +
           app.text(session.passed ? Ui::review_passed_short : Ui::review_not_passed_short);
}

// Keys that scroll a content area that has nothing to focus (the charts, the transcript).
void keyboard_scroll() {
    if (!ImGui::IsWindowFocused(ImGuiFocusedFlags_RootAndChildWindows) || ImGui::GetIO().WantTextInput || ImGui::GetIO().KeyCtrl) return;
    float page = ImGui::GetWindowHeight() * 0.8f;
    if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_PageDown))) ImGui::SetScrollY(ImGui::GetScrollY() + page);
    if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_PageUp))) ImGui::SetScrollY(ImGui::GetScrollY() - page);
}

}  // namespace

void ReviewScreen::go_to(AppState& app, ReviewTab tab) {
    app.review.set_tab(tab);
    pending_tab_ = tab;
}

void ReviewScreen::draw_content(AppState& app) {
    ReviewModel& review = app.review;
    const ImGuiIO& io = ImGui::GetIO();
    bool popup = ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId);
    heading(app.fonts.heading, app.text(Ui::review_title));
    if (ImGui::Button(app.text(Ui::back_to_library).c_str()) || (app.escape_key() && !popup)) {
        // Opened with --review before anyone gave a name, the library would have no trainee: ask for one.
        if (app.settings.trainee.empty()) app.show_trainee();
        else app.show_library();
        return;
    }
    if (!app.store) {
        ImGui::Separator();
        ImGui::PushStyleColor(ImGuiCol_Text, palette(app.settings.high_contrast).negative);
        text_wrapped(app.text(Ui::review_store_unavailable, {app.store_problem}));
        ImGui::PopStyleColor();
        return;
    }
    review.refresh(*app.store, app.library);
    if (review.loads() != traced_loads_) {
        traced_loads_ = review.loads();
        app.trace.write("review_loaded", std::to_string(review.report().trainees.size()) + " trainees " +
                                             std::to_string(review.report().attempts) + " attempts " +
                                             std::to_string(review.report().scenarios.size()) + " scenarios");
    }
    draw_filters(app);

    if (!review.error().empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, palette(app.settings.high_contrast).negative);
        text_wrapped(app.text(Ui::review_read_failed, {review.error()}));
        ImGui::PopStyleColor();
    }
    if (!review.loaded()) return;
    if (review.store_empty()) {
        ImGui::Spacing();
        ImGui::PushFont(app.fonts.large);
        text_wrapped(app.text(Ui::review_no_results));
        ImGui::PopFont();
        return;
    }
    const ReportData& report = review.report();
    if (report.attempts == 0) text_wrapped(app.text(Ui::review_no_match));
    else
        text_wrapped(app.text(Ui::review_summary, {std::to_string(report.trainees.size()), std::to_string(report.attempts),
                                                    std::to_string(report.finished), std::to_string(report.passed),
                                                    percent_text(report.overall_mean)}));

    // Tabs: 1-4 or Ctrl+PgUp/PgDn switch, as do the tab headers themselves (click, or arrows and Enter).
    if (!io.WantTextInput && !popup) {
        for (int i = 0; i < 4; ++i)
            if (ImGui::IsKeyPressed(sf::Keyboard::Num1 + i, false) || ImGui::IsKeyPressed(sf::Keyboard::Numpad1 + i, false))
                go_to(app, tabs[i]);
        if (io.KeyCtrl) {
            int current = static_cast<int>(review.tab());
            if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_PageDown))) go_to(app, tabs[(current + 1) % 4]);
            if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_PageUp))) go_to(app, tabs[(current + 3) % 4]);
        }
    }
    // Room below the tabs for the keys (wrapped in a narrow window), and for the notice Screen::draw adds.
    std::string keys = app.text(Ui::review_keys);
    float footer = ImGui::CalcTextSize(keys.c_str(), nullptr, false, ImGui::GetContentRegionAvail().x).y + ImGui::GetStyle().ItemSpacing.y * 2;
    if (!app.toast.empty() && app.now < app.toast_until) footer += ImGui::GetTextLineHeightWithSpacing() + ImGui::GetStyle().ItemSpacing.y * 2;
    if (ImGui::BeginTabBar("review_tabs")) {
        for (ReviewTab tab : tabs) {
            ImGuiTabItemFlags flags = pending_tab_ == tab ? ImGuiTabItemFlags_SetSelected : ImGuiTabItemFlags_None;
            std::string label = app.text(tab_label(tab)) + "###" + tab_name(tab);
            if (!ImGui::BeginTabItem(label.c_str(), nullptr, flags)) continue;
            if (pending_tab_ == tab) {
                pending_tab_.reset();
                // The keyboard focus moves to the tab shown (it would otherwise stay where the key was pressed).
                if (ImGui::GetIO().NavVisible) ImGui::SetFocusID(ImGui::GetItemID(), ImGui::GetCurrentWindow());
            }
            if (!pending_tab_ && review.tab() != tab) review.set_tab(tab);  // chosen in the tab bar itself
            ImGuiWindowFlags child = ImGuiWindowFlags_NavFlattened | (tab == ReviewTab::cohort ? ImGuiWindowFlags_HorizontalScrollbar : 0);
            ImGui::BeginChild("tab", ImVec2(0, -footer), false, child);
            switch (tab) {
                case ReviewTab::cohort: draw_cohort(app); break;
                case ReviewTab::trainee: draw_trainee(app); break;
                case ReviewTab::scenarios: draw_scenarios(app); break;
                case ReviewTab::transcript: draw_transcript(app); break;
            }
            ImGui::EndChild();
            ImGui::EndTabItem();
        }
        ImGui::EndTabBar();
    }
    if (traced_tab_ != review.tab() && !pending_tab_) {
        traced_tab_ = review.tab();
        app.trace.write("review_tab", tab_name(review.tab()));
    }
    ImGui::PushStyleColor(ImGuiCol_Text, quiet_colour(app.settings.high_contrast));
    text_wrapped(keys);
    ImGui::PopStyleColor();
}

void ReviewScreen::draw_filters(AppState& app) {
    ReviewModel& review = app.review;
    float font = ImGui::GetFontSize();
    std::string all = app.text(Ui::filter_all);
    ImGui::SameLine();
    if (ImGui::Button(app.text(Ui::review_reload).c_str())) {
        review.request_reload();
        app.trace.write("review_reload", "");
    }

    // The three combos share what the row leaves (so that everything fits on one line from 1024 pixels up).
    std::string since_label = app.text(Ui::review_since);
    float spacing = ImGui::GetStyle().ItemSpacing.x;
    float since_width = ImGui::CalcTextSize(since_label.c_str()).x + font * 7.4f + spacing;
    float room = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x - ImGui::GetItemRectMax().x - since_width - spacing * 4;
    float unit = std::clamp(room / 36.0f, font * 0.55f, font);

    std::vector<std::pair<std::string, std::string>> cohorts;
    for (const std::string& cohort : review.cohort_options()) cohorts.emplace_back(cohort, cohort);
    std::string cohort = review.filter().cohort;
    same_line_if_fits(unit * 11);
    if (filter_combo("##cohort", app.text(Ui::review_cohort), cohort, cohorts, all, unit * 11)) review.set_cohort(cohort);

    std::string scenario = review.filter().scenario_id;
    same_line_if_fits(unit * 14);
    if (filter_combo("##scenario", app.text(Ui::review_scenario), scenario, review.scenario_options(), all, unit * 14))
        review.set_scenario_filter(scenario);

    std::vector<std::pair<std::string, std::string>> trainees;
    for (const std::string& id : review.trainee_options()) trainees.emplace_back(id, id);
    std::string trainee = review.filter().trainee;
    same_line_if_fits(unit * 11);
    if (filter_combo("##trainee", app.text(Ui::review_trainee), trainee, trainees, all, unit * 11)) review.set_trainee_filter(trainee);

    same_line_if_fits(since_width);
    text_line(since_label);
    ImGui::SameLine(0, font * 0.4f);
    ImGui::SetNextItemWidth(font * 7);
    ImGui::InputTextWithHint("##since", app.text(Ui::review_since_hint).c_str(), since_, sizeof since_);
    if (ImGui::IsItemDeactivatedAfterEdit()) {
        std::string since = since_;
        if (review.set_since(since)) since_problem_.clear();
        else since_problem_ = since;
    }
    if (!since_problem_.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, palette(app.settings.high_contrast).negative);
        text_wrapped(app.text(Ui::review_since_invalid, {since_problem_}));
        ImGui::PopStyleColor();
    }
}

void ReviewScreen::draw_cohort(AppState& app) {
    ReviewModel& review = app.review;
    const ReportData& report = review.report();
    bool contrast = app.settings.high_contrast;
    keyboard_scroll();
    text_wrapped(app.text(Ui::review_cohort_hint));
    std::vector<CohortColumn> columns = review.cohort_columns();
    std::vector<std::string> labels;
    std::vector<float> widths;
    float total = 0;
    float font = ImGui::GetFontSize();
    for (std::size_t c = 0; c < columns.size(); ++c) {
        std::string label;
        switch (columns[c].kind) {
            case CohortColumnKind::trainee: label = app.text(Ui::review_column_id); break;
            case CohortColumnKind::name: label = app.text(Ui::review_column_name); break;
            case CohortColumnKind::cohort: label = app.text(Ui::review_cohort); break;
            case CohortColumnKind::attempts: label = app.text(Ui::review_column_attempts); break;
            case CohortColumnKind::finished: label = app.text(Ui::review_column_finished); break;
            case CohortColumnKind::passed: label = app.text(Ui::review_column_passed); break;
            case CohortColumnKind::last_practice: label = app.text(Ui::review_column_last); break;
            case CohortColumnKind::skill: label = skill_title(app, report.skills[columns[c].skill]); break;
            case CohortColumnKind::overall_mean: label = app.text(Ui::review_column_overall_mean); break;
            case CohortColumnKind::latest_overall: label = app.text(Ui::review_column_latest); break;
        }
        // Each column as wide as its heading (with the sort arrow) or its widest value, whichever is wider.
        float width = ImGui::CalcTextSize(label.c_str()).x + font * 1.2f;
        auto widest = [&](auto text_of) {
            for (const TraineeReport& trainee : report.trainees) width = std::max(width, ImGui::CalcTextSize(text_of(trainee).c_str()).x);
        };
        switch (columns[c].kind) {
            case CohortColumnKind::trainee: widest([](const TraineeReport& t) { return t.id; }); break;
            case CohortColumnKind::name: widest([](const TraineeReport& t) { return t.display_name; }); break;
            case CohortColumnKind::cohort: widest([](const TraineeReport& t) { return t.cohort; }); break;
            case CohortColumnKind::last_practice: width = std::max(width, ImGui::CalcTextSize("2026-11-24 23:04").x); break;
            case CohortColumnKind::attempts:
            case CohortColumnKind::finished:
            case CohortColumnKind::passed: width = std::max(width, ImGui::CalcTextSize("0000").x); break;
            default: width = std::max(width, ImGui::CalcTextSize("100%").x + font * 3); break;  // room for the bar
        }
        width += ImGui::GetStyle().CellPadding.x * 2;
        labels.push_back(label);
        widths.push_back(width);
        total += width;
    }
    // No scrolling region of its own: the tab scrolls (sideways too when the columns do not fit), so arrow
    // keys go from the tabs straight to the headings and down the rows (a table that scrolls is a child window,
    // which keyboard navigation only enters with an extra key). Columns share any extra room.
    ImGuiTableFlags flags = ImGuiTableFlags_Sortable | ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersOuter | ImGuiTableFlags_BordersInnerV |
                            ImGuiTableFlags_SizingStretchProp;
    float outer = std::max(ImGui::GetContentRegionAvail().x, total);
    if (!ImGui::BeginTable("cohort", static_cast<int>(columns.size()), flags, ImVec2(outer, 0))) return;
    for (std::size_t c = 0; c < columns.size(); ++c)
        ImGui::TableSetupColumn(labels[c].c_str(), (c == 0 ? ImGuiTableColumnFlags_DefaultSort : ImGuiTableColumnFlags_None) |
                                                       ImGuiTableColumnFlags_WidthStretch, widths[c]);
    ImGui::TableHeadersRow();
    if (ImGuiTableSortSpecs* sort = ImGui::TableGetSortSpecs()) {
        if (sort->SpecsDirty && sort->SpecsCount > 0) {
            const ImGuiTableColumnSortSpecs& spec = sort->Specs[0];
            bool descending = spec.SortDirection == ImGuiSortDirection_Descending;
            if (static_cast<std::size_t>(spec.ColumnIndex) != review.sort_column() || descending != review.sort_descending())
                app.trace.write("review_sort", std::to_string(spec.ColumnIndex) + (descending ? " descending" : " ascending"));
            review.sort_cohort(static_cast<std::size_t>(spec.ColumnIndex), descending);
        }
        sort->SpecsDirty = false;
    }
    const std::vector<std::size_t>& rows = review.cohort_rows();
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(rows.size()));
    while (clipper.Step()) {
        for (int r = clipper.DisplayStart; r < clipper.DisplayEnd; ++r) {
            const TraineeReport& trainee = report.trainees[rows[static_cast<std::size_t>(r)]];
            ImGui::PushID(trainee.id.c_str());
            ImGui::TableNextRow();
            for (std::size_t c = 0; c < columns.size(); ++c) {
                ImGui::TableSetColumnIndex(static_cast<int>(c));
                switch (columns[c].kind) {
                    case CohortColumnKind::trainee:
                        if (ImGui::Selectable(trainee.id.c_str(), trainee.id == review.selected_trainee_id(), ImGuiSelectableFlags_SpanAllColumns)) {
                            review.select_trainee(trainee.id);
                            app.trace.write("review_trainee", trainee.id);
                            go_to(app, ReviewTab::trainee);
                        }
                        break;
                    case CohortColumnKind::name: text_line(trainee.display_name); break;
                    case CohortColumnKind::cohort: text_line(trainee.cohort.empty() ? "-" : trainee.cohort); break;
                    case CohortColumnKind::attempts: right_aligned(std::to_string(trainee.attempts)); break;
                    case CohortColumnKind::finished: right_aligned(std::to_string(trainee.finished)); break;
                    case CohortColumnKind::passed: right_aligned(std::to_string(trainee.passed)); break;
                    case CohortColumnKind::last_practice: text_line(local_time_text(trainee.last_practice)); break;
                    case CohortColumnKind::skill:
                        percent_cell(columns[c].skill < trainee.skill_means.size() ? trainee.skill_means[columns[c].skill] : std::nullopt, contrast);
                        break;
                    case CohortColumnKind::overall_mean: percent_cell(trainee.overall_mean, contrast); break;
                    case CohortColumnKind::latest_overall: percent_cell(trainee.latest_overall, contrast); break;
                }
            }
            ImGui::PopID();
        }
    }
    ImGui::EndTable();
}

void ReviewScreen::draw_trainee(AppState& app) {
    ReviewModel& review = app.review;
    const ReportData& report = review.report();
    float font = ImGui::GetFontSize();
    std::string trainee_id = review.selected_trainee_id();
    if (filter_combo("##review_trainee", app.text(Ui::review_trainee), trainee_id, trainee_choices(review), "-", font * 20) && !trainee_id.empty()) {
        review.select_trainee(trainee_id);
        app.trace.write("review_trainee", trainee_id);
    }
    std::optional<std::size_t> index = review.selected_trainee();
    if (!index) {
        text_wrapped(app.text(Ui::review_choose_trainee));
        return;
    }
    const TraineeReport& trainee = report.trainees[*index];
    std::string facts = app.text(Ui::review_trainee_summary, {trainee.cohort.empty() ? "-" : trainee.cohort, std::to_string(trainee.attempts),
                                                              std::to_string(trainee.finished), std::to_string(trainee.passed),
                                                              percent_text(trainee.overall_mean), percent_text(trainee.latest_overall)});
    same_line_if_fits(ImGui::CalcTextSize(facts.c_str()).x);
    ImGui::AlignTextToFramePadding();
    text_wrapped(facts);

    ImGui::BeginChild("trainee_content", ImVec2(0, 0), false, ImGuiWindowFlags_NavFlattened);
    keyboard_scroll();
    Trend trend = review.trend();
    heading(app.fonts.large, app.text(Ui::review_trend_heading));
    if (trend.points.empty()) {
        text_wrapped(app.text(Ui::review_no_finished, {trainee_title(trainee)}));
    } else {
        float height = std::clamp(ImGui::GetContentRegionAvail().y * 0.55f, font * 12.0f, font * 22.0f);
        trend_chart(app, trend, ImVec2(ImGui::GetContentRegionAvail().x, height));
    }
    ImGui::Spacing();
    heading(app.fonts.large, app.text(Ui::review_attempts_of, {trainee_title(trainee)}));
    ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersOuter | ImGuiTableFlags_BordersInnerV | ImGuiTableFlags_SizingStretchProp;
    // The chart's numbers as text too: each attempt's skills and result (unfinished ones have none).
    const std::vector<std::string>& skills = report.skills;
    // "#" is the session's number on the chart (finished sessions in time order).
    if (ImGui::BeginTable("attempts", 5 + static_cast<int>(skills.size()), flags)) {
        ImGui::TableSetupColumn("#", ImGuiTableColumnFlags_WidthFixed, ImGui::CalcTextSize("000").x);
        ImGui::TableSetupColumn(app.text(Ui::review_column_date).c_str(), ImGuiTableColumnFlags_WidthFixed, ImGui::CalcTextSize("2026-11-24 23:04").x);
        ImGui::TableSetupColumn(app.text(Ui::review_scenario).c_str(), ImGuiTableColumnFlags_WidthStretch);
        ImGui::TableSetupColumn(app.text(Ui::ending_label).c_str(), ImGuiTableColumnFlags_WidthFixed, font * 6);
        for (const std::string& skill : skills) {
            std::string label = skill_title(app, skill);
            ImGui::TableSetupColumn(label.c_str(), ImGuiTableColumnFlags_WidthFixed, std::max(ImGui::CalcTextSize(label.c_str()).x, font * 3));
        }
        ImGui::TableSetupColumn(app.text(Ui::review_column_result).c_str(), ImGuiTableColumnFlags_WidthFixed, font * 9);
        ImGui::TableHeadersRow();
        const Palette& colours = palette(app.settings.high_contrast);
        for (const SessionRecord& session : review.attempts()) {
            ImGui::PushID(static_cast<int>(session.id));
            ImGui::TableNextRow();
            ImGui::TableSetColumnIndex(0);
            std::string number;
            for (std::size_t p = 0; p < trend.points.size(); ++p)
                if (trend.points[p].session == session.id) number = std::to_string(p + 1);
            if (ImGui::Selectable((number + "##attempt").c_str(), session.id == review.selected_session(), ImGuiSelectableFlags_SpanAllColumns)) {
                review.select_session(session.id);
                go_to(app, ReviewTab::transcript);
            }
            if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", app.text(Ui::review_transcript).c_str());
            ImGui::TableSetColumnIndex(1);
            text_line(local_time_text(session.started_at));
            ImGui::TableSetColumnIndex(2);
            text_line(session.scenario_title);
            ImGui::TableSetColumnIndex(3);
            EndingKind kind = session.finished() ? ending_kind(session.ending) : EndingKind::none;
            ImGui::PushStyleColor(ImGuiCol_Text, ending_text_colour(kind, app.settings.high_contrast));
            text_line(ending_text(app, kind));
            ImGui::PopStyleColor();
            for (std::size_t s = 0; s < skills.size(); ++s) {
                ImGui::TableSetColumnIndex(4 + static_cast<int>(s));
                std::optional<double> percent;
                for (const SkillScore& score : session.skills)
                    if (score.skill == skills[s]) percent = score.percent;
                right_aligned(session.finished() ? percent_text(percent) : "");
            }
            ImGui::TableSetColumnIndex(4 + static_cast<int>(skills.size()));
            if (session.finished()) {
                ImGui::PushStyleColor(ImGuiCol_Text, session.passed ? colours.positive : colours.negative);
                text_line(percent_text(session.overall) + "  " + app.text(session.passed ? Ui::review_passed_short : Ui::review_not_passed_short));
                ImGui::PopStyleColor();
            } else {
                text_line("-");
            }
            ImGui::PopID();
        }
        ImGui::EndTable();
    }
    ImGui::EndChild();
}

void ReviewScreen::draw_scenarios(AppState& app) {
    ReviewModel& review = app.review;
    const ReportData& report = review.report();
    bool contrast = app.settings.high_contrast;
    const Palette& colours = palette(contrast);
    float font = ImGui::GetFontSize();
    if (report.scenarios.empty()) {
        text_wrapped(app.text(Ui::review_no_match));
        return;
    }
    std::optional<std::size_t> selected = review.selected_scenario();
    std::string preview = selected ? report.scenarios[*selected].title : "-";
    ImGui::SetNextItemWidth(std::min(ImGui::GetContentRegionAvail().x * 0.55f, ImGui::CalcTextSize(preview.c_str()).x + font * 3));
    if (ImGui::BeginCombo("##review_scenario", preview.c_str())) {
        for (std::size_t i = 0; i < report.scenarios.size(); ++i) {
            ImGui::PushID(static_cast<int>(i));
            std::string label = report.scenarios[i].title + "  (" + report.scenarios[i].id + ")";
            if (ImGui::Selectable(label.c_str(), selected == i)) {
                review.select_scenario(i);
                app.trace.write("review_scenario", report.scenarios[i].id);
            }
            if (selected == i) ImGui::SetItemDefaultFocus();
            ImGui::PopID();
        }
        ImGui::EndCombo();
    }
    const std::optional<ScenarioView>& view = review.scenario_view();
    if (!view) return;
    const ScenarioReport& scenario = report.scenarios[view->scenario];
    ImGui::SameLine();
    ImGui::AlignTextToFramePadding();
    text_wrapped(app.text(Ui::review_scenario_summary, {std::to_string(scenario.attempts), std::to_string(scenario.finished),
                                                        std::to_string(scenario.passed), percent_text(scenario.overall_mean)}));

    ImGui::BeginChild("scenario_content", ImVec2(0, 0), false, ImGuiWindowFlags_NavFlattened);
    keyboard_scroll();
    // Skills on the left, endings on the right (one above the other when the window is narrow).
    float width = ImGui::GetContentRegionAvail().x;
    bool side_by_side = width > font * 40;
    float half = side_by_side ? (width - ImGui::GetStyle().ItemSpacing.x * 3) * 0.5f : width;
    ImGui::BeginGroup();
    heading(app.fonts.large, app.text(Ui::review_skill_means));
    float label_width = 0;
    for (const std::string& skill : report.skills) label_width = std::max(label_width, ImGui::CalcTextSize(skill_title(app, skill).c_str()).x);
    for (std::size_t s = 0; s < report.skills.size(); ++s) {
        if (s >= scenario.skill_means.size() || !scenario.skill_means[s]) continue;
        text_line(skill_title(app, report.skills[s]));
        ImGui::SameLine(label_width + font * 1.5f);
        percent_bar(scenario.skill_means[s], std::max(font * 6, half - label_width - font * 5), contrast);
    }
    ImGui::EndGroup();
    if (side_by_side) ImGui::SameLine(0, ImGui::GetStyle().ItemSpacing.x * 3);
    ImGui::BeginGroup();
    heading(app.fonts.large, app.text(Ui::review_endings));
    if (!view->endings.empty()) ending_bar(app, view->endings, half);
    ImGui::EndGroup();
    ImGui::Spacing();
    ImGui::Separator();

    // Where do people go wrong: the costly answers most taken.
    heading(app.fonts.large, app.text(Ui::review_where_wrong));
    if (view->pitfalls.empty()) text_wrapped(app.text(Ui::review_no_pitfalls));
    for (const ScenarioPitfall& pitfall : view->pitfalls) {
        const NodeReport& node = scenario.nodes[pitfall.node];
        const ChoiceShare& choice = node.choices[pitfall.choice];
        std::string said = choice.timed_out() ? app.text(Ui::no_answer_in_time) : "\"" + choice.said + "\"";
        ImGui::PushStyleColor(ImGuiCol_Text, colours.negative);
        text_wrapped("\u2022 " + app.text(Ui::review_node_name, {node.node}) + ": " + said + "  -  " +
                     app.text(Ui::review_choice_count, {share_text(choice.share), std::to_string(choice.count), std::to_string(node.decisions)}) +
                     ", " + describe_points(choice.score, app.language()));
        ImGui::PopStyleColor();
    }
    ImGui::Spacing();
    if (!view->lines_from_file) {
        ImGui::PushStyleColor(ImGuiCol_Text, quiet_colour(app.settings.high_contrast));
        text_wrapped(app.text(Ui::review_lines_unknown));
        ImGui::PopStyleColor();
    }

    // Every node in conversation order: what the character said, then each answer's share and points.
    for (const NodeView& node_view : view->nodes) {
        const NodeReport& node = scenario.nodes[node_view.node];
        ImGui::PushID(static_cast<int>(node_view.node));
        std::string title = app.text(Ui::review_node, {node.node, std::to_string(node.reached), std::to_string(node.decisions)});
        if (node_view.costly_decisions > 0) title += " \u00b7 " + app.text(Ui::review_costly_share, {share_text(node_view.costly_share)});
        if (ImGui::CollapsingHeader((title + "###node").c_str(), ImGuiTreeNodeFlags_DefaultOpen)) {
            if (!node_view.character_line.empty()) {
                ImGui::PushStyleColor(ImGuiCol_Text, quiet_colour(contrast));
                text_wrapped(view->character_name + ": \"" + node_view.character_line + "\"");
                ImGui::PopStyleColor();
            }
            if (ImGui::BeginTable("choices", 3, ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_PadOuterX)) {
                ImGui::TableSetupColumn("answer", ImGuiTableColumnFlags_WidthStretch, 5.0f);
                ImGui::TableSetupColumn("share", ImGuiTableColumnFlags_WidthStretch, 3.0f);
                ImGui::TableSetupColumn("points", ImGuiTableColumnFlags_WidthStretch, 3.0f);
                for (const ChoiceShare& choice : node.choices) {
                    ImGui::TableNextRow();
                    ImGui::TableSetColumnIndex(0);
                    if (choice.timed_out()) {
                        ImGui::PushStyleColor(ImGuiCol_Text, quiet_colour(app.settings.high_contrast));
                        text_wrapped(app.text(Ui::no_answer_in_time));
                        ImGui::PopStyleColor();
                    } else {
                        text_wrapped(std::to_string(choice.choice + 1) + ". \"" + choice.said + "\"");
                    }
                    ImGui::TableSetColumnIndex(1);
                    float bar = std::max(font * 3, ImGui::GetContentRegionAvail().x - ImGui::CalcTextSize("100% (000 / 000)").x);
                    share_bar(choice, bar, contrast);
                    ImGui::SameLine();
                    text_line(app.text(Ui::review_choice_count, {share_text(choice.share), std::to_string(choice.count), std::to_string(node.decisions)}));
                    ImGui::TableSetColumnIndex(2);
                    ImU32 colour = choice.costly ? colours.negative : choice.points > 0 ? colours.positive : ImGui::GetColorU32(ImGuiCol_Text);
                    ImGui::PushStyleColor(ImGuiCol_Text, colour);
                    std::string points = describe_points(choice.score, app.language());
                    if (choice.costly) points = app.text(Ui::review_costly) + ": " + points;
                    text_wrapped(points);
                    ImGui::PopStyleColor();
                }
                ImGui::EndTable();
            }
            ImGui::Spacing();
        }
        ImGui::PopID();
    }
    ImGui::EndChild();
}

void ReviewScreen::draw_transcript(AppState& app) {
    ReviewModel& review = app.review;
    const Palette& colours = palette(app.settings.high_contrast);
    float font = ImGui::GetFontSize();
    std::string trainee_id = review.selected_trainee_id();
    if (filter_combo("##transcript_trainee", app.text(Ui::review_trainee), trainee_id, trainee_choices(review), "-", font * 16) &&
        !trainee_id.empty()) {
        review.select_trainee(trainee_id);
        app.trace.write("review_trainee", trainee_id);
    }
    const std::vector<SessionRecord>& attempts = review.attempts();
    if (attempts.empty()) {
        text_wrapped(app.text(Ui::review_choose_trainee));
        return;
    }
    same_line_if_fits(font * 20);
    std::string preview = app.text(Ui::review_attempt) + ": ";
    for (const SessionRecord& session : attempts)
        if (session.id == review.selected_session()) preview += attempt_title(app, session);
    ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x);
    if (ImGui::BeginCombo("##attempt", preview.c_str())) {
        for (const SessionRecord& session : attempts) {
            ImGui::PushID(static_cast<int>(session.id));
            bool selected = session.id == review.selected_session();
            if (ImGui::Selectable(attempt_title(app, session).c_str(), selected)) review.select_session(session.id);
            if (selected) ImGui::SetItemDefaultFocus();
            ImGui::PopID();
        }
        ImGui::EndCombo();
    }
    const std::optional<Transcript>& transcript = review.transcript();
    if (!transcript) return;
    if (transcript->session.id != traced_session_) {
        traced_session_ = transcript->session.id;
        app.trace.write("review_transcript", std::to_string(transcript->session.id) + " " + transcript->session.scenario_id + " " +
                                                 std::to_string(transcript->steps.size()) + " steps");
    }
    const SessionRecord& session = transcript->session;
    ImGui::Separator();
    ImGui::PushFont(app.fonts.large);
    text_wrapped(session.scenario_title + "  -  " + session.trainee);
    ImGui::PopFont();
    std::string when = app.text(Ui::review_started, {local_time_text(session.started_at)});
    if (session.finished()) when += ", " + app.text(Ui::review_ended, {local_time_text(session.ended_at)});
    text_wrapped(when);
    if (session.finished()) {
        EndingKind kind = ending_kind(session.ending);
        ImGui::PushStyleColor(ImGuiCol_Text, ending_text_colour(kind, app.settings.high_contrast));
        text_line(app.text(Ui::ending_reached, {ending_label(app.language(), kind)}));
        ImGui::PopStyleColor();
        ImGui::SameLine(0, font * 1.5f);
        std::string skills;
        for (const SkillScore& skill : session.skills)
            skills += skill_title(app, skill.skill) + " " + percent_text(skill.percent) + "   ";
        ImGui::PushStyleColor(ImGuiCol_Text, session.passed ? colours.positive : colours.negative);
        text_line(app.text(Ui::overall) + " " + percent_text(session.overall) + " " +
                  app.text(session.passed ? Ui::review_passed_short : Ui::review_not_passed_short));
        ImGui::PopStyleColor();
        text_wrapped(skills);
    } else {
        ImGui::PushStyleColor(ImGuiCol_Text, quiet_colour(app.settings.high_contrast));
        text_line(app.text(Ui::review_unfinished));
        ImGui::PopStyleColor();
    }
    if (!transcript->lines_from_file) {
        ImGui::PushStyleColor(ImGuiCol_Text, quiet_colour(app.settings.high_contrast));
        text_wrapped(app.text(Ui::review_lines_unknown));
        ImGui::PopStyleColor();
    }
    ImGui::Separator();

    ImGui::BeginChild("transcript_steps", ImVec2(0, 0), true);
    keyboard_scroll();
    std::string character = transcript->lines_from_file ? transcript->character_name : app.text(Ui::review_character);
    ImU32 quiet = quiet_colour(app.settings.high_contrast);
    for (const TranscriptStep& step : transcript->steps) {
        ImGui::PushID(step.sequence);
        ImGui::PushStyleColor(ImGuiCol_Text, quiet);
        if (!step.character_line.empty()) text_wrapped(std::to_string(step.sequence) + ". " + character + ": \"" + step.character_line + "\"");
        else text_wrapped(std::to_string(step.sequence) + ". [" + app.text(Ui::review_node_name, {step.node}) + "]");
        ImGui::PopStyleColor();
        ImGui::Indent(font * 1.2f);
        ImGui::PushFont(app.fonts.large);
        if (step.timed_out) {
            ImGui::PushStyleColor(ImGuiCol_Text, colours.negative);
            text_wrapped(app.text(Ui::no_answer_in_time));
            ImGui::PopStyleColor();
        } else {
            text_wrapped(session.trainee + ": \"" + step.said + "\"");
        }
        ImGui::PopFont();
        char seconds[32];
        std::snprintf(seconds, sizeof seconds, "%.1f", step.response_seconds);
        ImU32 colour = step.points > 0 ? colours.positive : step.points < 0 ? colours.negative : ImGui::GetColorU32(ImGuiCol_Text);
        ImGui::PushStyleColor(ImGuiCol_Text, colour);
        text_wrapped(describe_points(step.score, app.language()) + ";  " + app.text(Ui::review_mood_after, {std::to_string(step.mood_after)}) +
                     ";  " + app.text(Ui::response_time, {seconds}));
        ImGui::PopStyleColor();
        if (!step.feedback.empty()) text_wrapped(app.text(Ui::feedback_prefix) + ": " + step.feedback);
        ImGui::Unindent(font * 1.2f);
        ImGui::Separator();
        ImGui::PopID();
    }
    if (!transcript->closing_line.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, quiet);
        text_wrapped(character + ": \"" + transcript->closing_line + "\"");
        ImGui::PopStyleColor();
    }
    ImGui::EndChild();
}

}  // namespace frontdesk::gui
