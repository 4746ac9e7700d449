#include "widgets/charts.h"

#include <algorithm>
#include <cmath>

#include "widgets/text.h"
#include "widgets/theme.h"

namespace frontdesk::gui {

namespace {

constexpr ImU32 track_colour = IM_COL32(222, 226, 231, 255);
constexpr ImU32 black = IM_COL32(0, 0, 0, 255);

// One colour and one marker shape per line, so a chart reads without colour too (high contrast, print).
struct SeriesStyle {
    ImU32 colour;
    int marker;  // 0 circle, 1 square, 2 triangle, 3 diamond
};

SeriesStyle series_style(std::size_t index, bool emphasised, bool high_contrast) {
    if (emphasised) return {high_contrast ? black : IM_COL32(33, 37, 41, 255), 3};
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

}  // namespace

void draw_bar(ImDrawList* draw, ImVec2 at, ImVec2 size, double fraction, ImU32 fill, ImU32 track, float rounding, ImU32 outline) {
    ImVec2 end(at.x + size.x, at.y + size.y);
    draw->AddRectFilled(at, end, track, rounding);
    float filled = size.x * static_cast<float>(std::clamp(fraction, 0.0, 1.0));
    if (filled > 0) draw->AddRectFilled(at, ImVec2(at.x + filled, end.y), fill, rounding);
    if (outline != 0) draw->AddRect(at, end, outline, rounding);
}

void share_bar(double fraction, float width, ImU32 fill, bool high_contrast) {
    ImVec2 start = ImGui::GetCursorScreenPos();
    float height = ImGui::GetFontSize() * 0.9f;
    float top = start.y + (ImGui::GetTextLineHeight() - height) * 0.5f;
    draw_bar(ImGui::GetWindowDrawList(), ImVec2(start.x, top), ImVec2(width, height), fraction, fill, track_colour, 3.0f,
             high_contrast ? black : 0);
    ImGui::Dummy(ImVec2(width, ImGui::GetTextLineHeight()));
}

void labelled_bar(double fraction, float width, ImU32 fill, bool high_contrast, std::string_view text) {
    share_bar(fraction, width, fill, high_contrast);
    ImGui::SameLine();
    text_line(text);
}

void cell_bar(double fraction, bool high_contrast) {
    if (high_contrast) return;
    ImVec2 start = ImGui::GetCursorScreenPos();
    float width = ImGui::GetContentRegionAvail().x * static_cast<float>(std::clamp(fraction, 0.0, 1.0));
    ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(start.x, start.y + 1), ImVec2(start.x + width, start.y + ImGui::GetTextLineHeight() - 1),
                                              IM_COL32(41, 98, 155, 40), 2.0f);
}

void radar_chart(const std::vector<std::string>& labels, const std::vector<float>& values, float radius, bool high_contrast) {
    std::size_t n = labels.size();
    ImVec2 origin = ImGui::GetCursorScreenPos();
    float margin = ImGui::GetFontSize() * 5.0f;
    ImVec2 centre(origin.x + radius + margin, origin.y + radius + ImGui::GetFontSize() * 1.5f);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    auto point = [&](std::size_t i, float r) {
        double angle = -M_PI / 2 + 2 * M_PI * static_cast<double>(i) / static_cast<double>(std::max<std::size_t>(n, 3));
        return ImVec2(centre.x + r * static_cast<float>(std::cos(angle)), centre.y + r * static_cast<float>(std::sin(angle)));
    };
    if (n >= 3 && values.size() >= n) {
        for (float ring : {0.25f, 0.5f, 0.75f, 1.0f}) {
            for (std::size_t i = 0; i < n; ++i)
                draw->AddLine(point(i, radius * ring), point((i + 1) % n, radius * ring), IM_COL32(180, 186, 194, 255), 1.0f);
        }
        std::vector<ImVec2> shape;
        for (std::size_t i = 0; i < n; ++i) {
            draw->AddLine(centre, point(i, radius), IM_COL32(180, 186, 194, 255), 1.0f);
            shape.push_back(point(i, radius * std::clamp(values[i], 0.02f, 1.0f)));
        }
        ImU32 fill = high_contrast ? IM_COL32(0, 0, 200, 110) : IM_COL32(41, 98, 155, 90);
        draw->AddConvexPolyFilled(shape.data(), static_cast<int>(shape.size()), fill);
        draw->AddPolyline(shape.data(), static_cast<int>(shape.size()), palette(high_contrast).accent, ImDrawFlags_Closed, 2.5f);
        for (std::size_t i = 0; i < n; ++i) {
            ImVec2 at = point(i, radius + ImGui::GetFontSize() * 0.8f);
            ImVec2 size = ImGui::CalcTextSize(labels[i].c_str());
            draw->AddText(ImVec2(at.x - size.x / 2, at.y - size.y / 2), ImGui::GetColorU32(ImGuiCol_Text), labels[i].c_str());
        }
    }
    ImGui::Dummy(ImVec2(2 * (radius + margin), 2 * radius + ImGui::GetFontSize() * 3.0f));
}

std::optional<std::size_t> line_chart(const LineChart& chart, ImVec2 size, bool high_contrast) {
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImGuiStyle& style = ImGui::GetStyle();
    float font = ImGui::GetFontSize();
    ImU32 ink = ImGui::GetColorU32(ImGuiCol_Text);
    ImU32 grid = high_contrast ? IM_COL32(0, 0, 0, 110) : IM_COL32(206, 212, 218, 255);
    ImVec2 origin = ImGui::GetCursorScreenPos();

    // Legend: a marker on a short line, then the label, wrapping when the row is full.
    float x = origin.x, y = origin.y;
    for (std::size_t i = 0; i < chart.lines.size(); ++i) {
        const ChartLine& line = chart.lines[i];
        SeriesStyle s = series_style(i, line.emphasised, high_contrast);
        float width = font * 2.2f + ImGui::CalcTextSize(line.label.c_str()).x + font * 1.2f;
        if (x + width > origin.x + size.x && x > origin.x) {
            x = origin.x;
            y += font * 1.5f;
        }
        float mid = y + font * 0.6f;
        draw->AddLine(ImVec2(x, mid), ImVec2(x + font * 1.6f, mid), s.colour, line.emphasised ? 3.5f : 2.0f);
        draw_marker(draw, ImVec2(x + font * 0.8f, mid), font * 0.22f, s);
        draw->AddText(ImVec2(x + font * 2.0f, y), ink, line.label.c_str());
        x += width;
    }
    float legend_height = y - origin.y + font * 1.8f;

    // The plot area, leaving room for the y labels on the left and the x labels below.
    float left = ImGui::CalcTextSize("100%").x + style.ItemSpacing.x;
    ImVec2 top_left(origin.x + left, origin.y + legend_height);
    ImVec2 bottom_right(origin.x + size.x - font * 0.5f, origin.y + size.y - font * 2.6f);
    if (bottom_right.y - top_left.y < font * 4) bottom_right.y = top_left.y + font * 4;
    float plot_height = bottom_right.y - top_left.y;
    draw->AddRectFilled(top_left, bottom_right, high_contrast ? IM_COL32(255, 255, 255, 255) : IM_COL32(252, 253, 254, 255));
    for (int percent = 0; percent <= 100; percent += 25) {
        float at = bottom_right.y - plot_height * static_cast<float>(percent) / 100.0f;
        draw->AddLine(ImVec2(top_left.x, at), ImVec2(bottom_right.x, at), grid, percent == 0 ? 2.0f : 1.0f);
        std::string label = std::to_string(percent) + "%";
        ImVec2 text = ImGui::CalcTextSize(label.c_str());
        draw->AddText(ImVec2(top_left.x - text.x - style.ItemSpacing.x * 0.5f, at - text.y * 0.5f), ink, label.c_str());
    }
    draw->AddLine(top_left, ImVec2(top_left.x, bottom_right.y), high_contrast ? black : IM_COL32(150, 156, 164, 255), 1.5f);

    std::size_t n = chart.points;
    float inset = font * 1.2f;
    auto point_x = [&](std::size_t i) {
        if (n <= 1) return (top_left.x + bottom_right.x) * 0.5f;
        return top_left.x + inset + (bottom_right.x - top_left.x - 2 * inset) * static_cast<float>(i) / static_cast<float>(n - 1);
    };
    auto point_y = [&](double percent) {
        return bottom_right.y - plot_height * static_cast<float>(std::clamp(percent, 0.0, 100.0) / 100.0);
    };

    // x labels: the point's number, thinned out so they never overlap; the caption below.
    float spacing = n > 1 ? (bottom_right.x - top_left.x - 2 * inset) / static_cast<float>(n - 1) : size.x;
    std::size_t every = std::max<std::size_t>(1, static_cast<std::size_t>(std::ceil(ImGui::CalcTextSize("000").x * 1.5f / spacing)));
    for (std::size_t i = 0; i < n; ++i) {
        if (i % every != 0 && i + 1 != n) continue;
        std::string label = std::to_string(i + 1);
        float w = ImGui::CalcTextSize(label.c_str()).x;
        draw->AddLine(ImVec2(point_x(i), bottom_right.y), ImVec2(point_x(i), bottom_right.y + font * 0.3f), grid, 1.0f);
        draw->AddText(ImVec2(point_x(i) - w * 0.5f, bottom_right.y + font * 0.35f), ink, label.c_str());
    }
    if (!chart.caption.empty()) {
        float w = ImGui::CalcTextSize(chart.caption.c_str()).x;
        draw->AddText(ImVec2((top_left.x + bottom_right.x - w) * 0.5f, bottom_right.y + font * 1.4f), quiet_colour(high_contrast),
                      chart.caption.c_str());
    }

    // The lines, joining the points that have a value; emphasised ones last, on top.
    for (bool emphasised : {false, true}) {
        for (std::size_t i = 0; i < chart.lines.size(); ++i) {
            const ChartLine& line = chart.lines[i];
            if (line.emphasised != emphasised) continue;
            SeriesStyle s = series_style(i, line.emphasised, high_contrast);
            float thickness = line.emphasised ? 3.5f : (high_contrast ? 2.5f : 2.0f);
            std::vector<ImVec2> points;
            for (std::size_t p = 0; p < line.values.size() && p < n; ++p)
                if (line.values[p]) points.emplace_back(point_x(p), point_y(*line.values[p]));
            if (points.size() > 1) draw->AddPolyline(points.data(), static_cast<int>(points.size()), s.colour, ImDrawFlags_None, thickness);
            for (const ImVec2& at : points) draw_marker(draw, at, line.emphasised ? font * 0.3f : font * 0.25f, s);
        }
    }

    // Hover: the nearest point, marked by a vertical line.
    ImGui::Dummy(size);
    if (n == 0 || !ImGui::IsMouseHoveringRect(top_left, bottom_right)) return std::nullopt;
    float mouse = ImGui::GetIO().MousePos.x;
    std::size_t nearest = 0;
    for (std::size_t i = 1; i < n; ++i)
        if (std::fabs(point_x(i) - mouse) < std::fabs(point_x(nearest) - mouse)) nearest = i;
    draw->AddLine(ImVec2(point_x(nearest), top_left.y), ImVec2(point_x(nearest), bottom_right.y), grid, 1.0f);
    return nearest;
}

void split_bar(const std::vector<BarPart>& parts, float width, bool high_contrast) {
    ImDrawList* draw = ImGui::GetWindowDrawList();
    float font = ImGui::GetFontSize();
    ImVec2 start = ImGui::GetCursorScreenPos();
    float height = font * 1.7f;
    float x = start.x;
    for (std::size_t i = 0; i < parts.size(); ++i) {
        float w = i + 1 == parts.size() ? start.x + width - x : width * static_cast<float>(parts[i].share);
        draw->AddRectFilled(ImVec2(x, start.y), ImVec2(x + w, start.y + height), parts[i].colour);
        ImVec2 text = ImGui::CalcTextSize(parts[i].label.c_str());
        if (text.x + font * 0.6f < w)
            draw->AddText(ImVec2(x + (w - text.x) * 0.5f, start.y + (height - text.y) * 0.5f), parts[i].label_colour, parts[i].label.c_str());
        if (i > 0) draw->AddLine(ImVec2(x, start.y), ImVec2(x, start.y + height), IM_COL32(255, 255, 255, 255), 2.0f);
        x += w;
    }
    draw->AddRect(start, ImVec2(start.x + width, start.y + height), high_contrast ? black : IM_COL32(150, 156, 164, 255), 0, 0,
                  high_contrast ? 2.0f : 1.0f);
    ImGui::Dummy(ImVec2(width, height));
    // Legend, wrapping within the bar's width.
    float line_start = ImGui::GetCursorScreenPos().x;
    for (std::size_t i = 0; i < parts.size(); ++i) {
        float item = font * 1.2f + ImGui::CalcTextSize(parts[i].legend.c_str()).x;
        if (i > 0 && ImGui::GetItemRectMax().x + font * 1.2f + item <= line_start + width) ImGui::SameLine(0, font * 1.2f);
        ImVec2 at = ImGui::GetCursorScreenPos();
        float box = font * 0.8f;
        float top = at.y + (ImGui::GetTextLineHeight() - box) * 0.5f;
        draw->AddRectFilled(ImVec2(at.x, top), ImVec2(at.x + box, top + box), parts[i].colour);
        ImGui::Dummy(ImVec2(box, ImGui::GetTextLineHeight()));
        ImGui::SameLine(0, font * 0.4f);
        text_line(parts[i].legend);
    }
}

}  // namespace frontdesk::gui
