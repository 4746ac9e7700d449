// The studio's graph: boxes and arrows where the engine's layout put them (the same geometry as `frontdesk
// graph --format svg`), drawn with ImGui's draw list at the view's zoom and pan. Drag or Ctrl+arrows move it,
// the wheel or +/- zoom, a click or an arrow key selects a node. Text too small to read is left out, the
// shapes stay, so a zoomed-out 1,000-node graph still shows its structure.
#include "screens/studio/studio_screen.h"

#include <algorithm>
#include <cmath>

#include "widgets/controls.h"
#include "widgets/text.h"
#include "widgets/theme.h"

namespace frontdesk::gui {

namespace {

ImU32 with_alpha(ImU32 colour, int alpha) { return (colour & ~IM_COL32_A_MASK) | (static_cast<ImU32>(alpha) << IM_COL32_A_SHIFT); }

// A point on a cubic Bézier segment.
ImVec2 bezier(ImVec2 a, ImVec2 b, ImVec2 c, ImVec2 d, float t) {
    float u = 1 - t;
    float w0 = u * u * u, w1 = 3 * u * u * t, w2 = 3 * u * t * t, w3 = t * t * t;
    return ImVec2(a.x * w0 + b.x * w1 + c.x * w2 + d.x * w3, a.y * w0 + b.y * w1 + c.y * w2 + d.y * w3);
}

// A timeout's arrow is dashed, as in the SVG (ImGui draws no dashes: the segment is walked in short steps).
void dashed_bezier(ImDrawList* draw, ImVec2 a, ImVec2 b, ImVec2 c, ImVec2 d, ImU32 colour, float thickness, float dash) {
    const int steps = 48;
    ImVec2 last = a;
    float walked = 0;
    for (int i = 1; i <= steps; ++i) {
        ImVec2 next = bezier(a, b, c, d, static_cast<float>(i) / steps);
        float length = std::hypot(next.x - last.x, next.y - last.y);
        if (std::fmod(walked, dash * 2) < dash) draw->AddLine(last, next, colour, thickness);
        walked += length;
        last = next;
    }
}

}  // namespace

void StudioScreen::draw_graph(AppState& app, float width, float height) {
    StudioModel& studio = app.studio;
    StudioDocument& document = studio.document();
    bool contrast = app.settings.high_contrast;
    const Palette& colours = palette(contrast);
    ImGui::PushStyleColor(ImGuiCol_ChildBg, ImGui::ColorConvertU32ToFloat4(IM_COL32(255, 255, 255, 255)));
    ImGuiWindowFlags flags = ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse | ImGuiWindowFlags_NoNavInputs |
                             ImGuiWindowFlags_NoMove;
    ImGui::BeginChild("graph", ImVec2(width, height), true, flags);
    ImGui::PopStyleColor();
    const std::optional<GraphLayout>& layout = document.layout();
    if (!layout) {
        graph_focused_ = false;
        text_wrapped(document.loaded().scenario ? app.text(Ui::studio_layout_failed, {document.layout_problems().empty() ? "" : document.layout_problems().front()})
                                                : app.text(Ui::studio_not_drawable));
        ImGui::EndChild();
        return;
    }
    ImVec2 origin = ImGui::GetCursorScreenPos();
    ImVec2 size = ImGui::GetContentRegionAvail();
    size.x = std::max(size.x, 1.0f);
    size.y = std::max(size.y, 1.0f);
    canvas_x_ = origin.x;
    canvas_y_ = origin.y;
    GraphView& view = studio.view();
    view.set_canvas(size.x, size.y);
    if (!view.fitted_once()) {
        std::optional<GraphRect> start;
        for (std::size_t b = 0; b < document.graph().boxes.size() && b < layout->boxes.size(); ++b)
            if (document.graph().boxes[b].start) start = layout->boxes[b];
        view.open_on(*layout, start);
    }

    // The canvas takes the mouse and the keyboard (the arrows and +/- are read by handle_keys while it has it).
    ImGui::InvisibleButton("canvas", size, ImGuiButtonFlags_MouseButtonLeft | ImGuiButtonFlags_MouseButtonMiddle);
    tab_stop("graph");
    if (focus_graph_) {
        focus_last_item();
        focus_graph_ = false;
    }
    const ImGuiIO& io = ImGui::GetIO();
    ImVec2 mouse = io.MousePos;
    CanvasPoint at{mouse.x - origin.x, mouse.y - origin.y};
    if (ImGui::IsItemActive() && (ImGui::IsMouseDragging(ImGuiMouseButton_Left, 3.0f) || ImGui::IsMouseDragging(ImGuiMouseButton_Middle, 0.0f)))
        view.pan(io.MouseDelta.x, io.MouseDelta.y);
    if (ImGui::IsItemHovered() && io.MouseWheel != 0) view.zoom(std::pow(1.2, io.MouseWheel), at);
    if (ImGui::IsItemClicked(ImGuiMouseButton_Left)) studio.select_box(box_at(*layout, view.to_graph(at)));
    graph_focused_ = ImGui::IsWindowFocused();

    ImDrawList* draw = ImGui::GetWindowDrawList();
    double scale = view.scale();
    auto to_screen = [&](GraphPoint p) {
        CanvasPoint c = view.to_canvas(p);
        return ImVec2(origin.x + static_cast<float>(c.x), origin.y + static_cast<float>(c.y));
    };
    const GraphTextSize text_size{};
    float small_px = static_cast<float>(text_size.small * scale), line_px = static_cast<float>(text_size.line * scale);
    bool show_text = small_px >= 5.5f;
    ImFont* font = app.fonts.regular;
    ImFont* bold = app.fonts.heading;
    ImFont* italic = app.fonts.italic ? app.fonts.italic : font;
    std::optional<std::size_t> selected = document.selected_box();
    const GraphModel& model = document.graph();
    ImU32 ink = colours.text_on_bubble, quiet = quiet_colour(contrast);

    // Arrows: the selected node's in accent, the trail of a test run or replay thicker, how often trainees took
    // each (with --db) as width.
    float thin = std::max(1.0f, static_cast<float>(1.3 * scale));
    for (std::size_t a = 0; a < model.arrows.size() && a < layout->arrows.size(); ++a) {
        const GraphArrow& arrow = model.arrows[a];
        const ArrowPath& path = layout->arrows[a];
        if (path.spline.size() < 4) continue;
        bool touches = selected && (arrow.from == *selected || arrow.to == *selected);
        bool trail = std::find(studio.trail_arrows.begin(), studio.trail_arrows.end(), a) != studio.trail_arrows.end();
        ImU32 colour = trail ? colours.positive : touches ? colours.accent : with_alpha(quiet, 200);
        float thickness = trail ? thin * 3.0f : touches ? thin * 2.0f : thin;
        if (a < studio.arrow_weights.size() && studio.arrow_weights[a] > 0) {
            thickness = std::max(thickness, thin * (1.0f + 7.0f * static_cast<float>(studio.arrow_weights[a])));
            if (!trail && !touches) colour = with_alpha(colours.negative, 90 + static_cast<int>(150 * studio.arrow_weights[a]));
        }
        for (std::size_t k = 1; k + 2 < path.spline.size(); k += 3) {
            ImVec2 p0 = to_screen(path.spline[k - 1]), p1 = to_screen(path.spline[k]), p2 = to_screen(path.spline[k + 1]), p3 = to_screen(path.spline[k + 2]);
            if (arrow.kind == ArrowKind::timeout) dashed_bezier(draw, p0, p1, p2, p3, colour, thickness, static_cast<float>(5 * scale) + 2);
            else draw->AddBezierCubic(p0, p1, p2, p3, colour, thickness);
        }
        if (path.head) {
            ImVec2 base = to_screen(path.spline.back()), tip = to_screen(*path.head);
            float dx = tip.x - base.x, dy = tip.y - base.y, length = std::hypot(dx, dy);
            if (length > 0.01f) {
                float half = static_cast<float>(3.6 * scale) / length + thickness * 0.5f / length;
                draw->AddTriangleFilled(tip, ImVec2(base.x - dy * half, base.y + dx * half), ImVec2(base.x + dy * half, base.y - dx * half), colour);
            }
        }
    }

    // Boxes: endings tinted by kind, the start outlined in accent, unreachable ones grey, dead ends in red.
    for (std::size_t b = 0; b < model.boxes.size() && b < layout->boxes.size(); ++b) {
        const GraphBox& box = model.boxes[b];
        const GraphRect& r = layout->boxes[b];
        ImVec2 min = to_screen({r.x, r.y}), max = to_screen({r.x + r.width, r.y + r.height});
        if (max.x < origin.x || max.y < origin.y || min.x > origin.x + size.x || min.y > origin.y + size.y) continue;
        float rounding = static_cast<float>((box.node == no_node ? 14 : 6) * scale);
        ImU32 fill = IM_COL32(255, 255, 255, 255), border = quiet;
        if (box.ending != EndingKind::none) {
            fill = over(with_alpha(ending_colour(box.ending, contrast), 60), IM_COL32(255, 255, 255, 255));
            border = ending_text_colour(box.ending, contrast);
        }
        if (box.unreachable) fill = IM_COL32(236, 238, 240, 255);
        if (box.start) border = colours.accent;
        if (box.dead_end || box.node == no_node) border = colours.negative;
        bool is_selected = selected && *selected == b;
        bool is_current = studio.trail_box && *studio.trail_box == b;
        draw->AddRectFilled(min, max, fill, rounding);
        float border_width = std::max(1.0f, static_cast<float>((box.start || box.dead_end ? 2.2 : 1.2) * scale));
        draw->AddRect(min, max, border, rounding, 0, border_width);
        if (is_current) draw->AddRect(ImVec2(min.x - 3, min.y - 3), ImVec2(max.x + 3, max.y + 3), colours.positive, rounding + 3, 0, 4.0f);
        if (is_selected) draw->AddRect(ImVec2(min.x - 5, min.y - 5), ImVec2(max.x + 5, max.y + 5), colours.accent, rounding + 5, 0, 3.0f);
        if (!show_text) continue;
        draw->PushClipRect(min, max, true);
        if (box.node == no_node) {
            float y = min.y + (max.y - min.y - static_cast<float>(box.lines.size()) * small_px * 1.3f) / 2;
            for (const std::string& line : box.lines) {
                float w = font->CalcTextSizeA(small_px, 1e9f, 0, line.c_str()).x;
                draw->AddText(font, small_px, ImVec2((min.x + max.x - w) / 2, y), colours.negative, line.c_str());
                y += small_px * 1.3f;
            }
            draw->PopClipRect();
            continue;
        }
        float pad = static_cast<float>(10 * scale);
        float y = min.y + static_cast<float>(7 * scale);
        draw->AddText(bold, small_px, ImVec2(min.x + pad, y), ink, box.id.c_str());
        if (!box.tag.empty()) {
            float w = font->CalcTextSizeA(small_px, 1e9f, 0, box.tag.c_str()).x;
            draw->AddText(font, small_px, ImVec2(max.x - pad - w, y), box.unreachable || box.dead_end ? colours.negative : quiet, box.tag.c_str());
        }
        y += small_px * 1.5f;
        for (const std::string& line : box.lines) {
            draw->AddText(font, line_px, ImVec2(min.x + pad, y), box.unreachable ? quiet : ink, line.c_str());
            y += line_px * 1.3f;
        }
        draw->PopClipRect();
    }

    // Labels over the arrows, each line centred in the room Graphviz kept for it; conditions in italics.
    if (show_text) {
        for (std::size_t a = 0; a < model.arrows.size() && a < layout->arrows.size(); ++a) {
            const GraphArrow& arrow = model.arrows[a];
            const ArrowPath& path = layout->arrows[a];
            if (!path.label) continue;
            std::size_t count = (arrow.label.empty() ? 0 : 1) + arrow.conditions.size();
            if (count == 0) continue;
            ImVec2 min = to_screen({path.label->x, path.label->y}), max = to_screen({path.label->x + path.label->width, path.label->y + path.label->height});
            float line = (max.y - min.y) / static_cast<float>(count), y = min.y + (line - small_px) / 2;
            draw->AddRectFilled(min, max, IM_COL32(255, 255, 255, 210), 2.0f);
            auto centred = [&](ImFont* f, const std::string& text, ImU32 colour) {
                float w = f->CalcTextSizeA(small_px, 1e9f, 0, text.c_str()).x;
                draw->AddText(f, small_px, ImVec2((min.x + max.x - w) / 2, y), colour, text.c_str());
                y += line;
            };
            if (!arrow.label.empty()) centred(font, arrow.label, ink);
            for (const std::string& condition : arrow.conditions) centred(italic, condition, narration_colour(contrast));
        }
    }
    ImGui::EndChild();
}

}  // namespace frontdesk::gui
