#include "graph_view.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace frontdesk::gui {

void GraphView::set_canvas(double width, double height) {
    canvas_width_ = std::max(1.0, width);
    canvas_height_ = std::max(1.0, height);
}

void GraphView::fit(const GraphLayout& layout) {
    double margin = 16;
    double width = std::max(1.0, layout.width), height = std::max(1.0, layout.height);
    double sx = (canvas_width_ - margin * 2) / width, sy = (canvas_height_ - margin * 2) / height;
    scale_ = std::clamp(std::min(sx, sy), min_scale, 1.5);
    origin_.x = width / 2 - canvas_width_ / 2 / scale_;
    origin_.y = height / 2 - canvas_height_ / 2 / scale_;
    // A tall graph that only fits at the smallest zoom starts at its top (the start), not in its middle.
    if (height * scale_ > canvas_height_ - margin * 2) origin_.y = -margin / scale_;
    fitted_once_ = true;
}

void GraphView::open_on(const GraphLayout& layout, std::optional<GraphRect> start) {
    fit(layout);
    if (scale_ >= readable_scale || !start) return;
    scale_ = readable_scale;
    origin_.x = start->x + start->width / 2 - canvas_width_ / 2 / scale_;
    origin_.y = start->y - 16 / scale_;
}

void GraphView::zoom(double factor, CanvasPoint at) {
    if (!(factor > 0) || !std::isfinite(factor)) return;
    GraphPoint before = to_graph(at);
    scale_ = std::clamp(scale_ * factor, min_scale, max_scale);
    origin_.x = before.x - at.x / scale_;
    origin_.y = before.y - at.y / scale_;
}

void GraphView::pan(double dx, double dy) {
    origin_.x -= dx / scale_;
    origin_.y -= dy / scale_;
}

void GraphView::keep_in_view(const GraphRect& box) {
    double margin = 24 / scale_;
    double view_w = canvas_width_ / scale_, view_h = canvas_height_ / scale_;
    // A box larger than the view is brought to its top left corner.
    if (box.x - margin < origin_.x || box.width + margin * 2 > view_w) origin_.x = box.x - margin;
    else if (box.x + box.width + margin > origin_.x + view_w) origin_.x = box.x + box.width + margin - view_w;
    if (box.y - margin < origin_.y || box.height + margin * 2 > view_h) origin_.y = box.y - margin;
    else if (box.y + box.height + margin > origin_.y + view_h) origin_.y = box.y + box.height + margin - view_h;
}

void GraphView::centre_on(const GraphRect& box) {
    origin_.x = box.x + box.width / 2 - canvas_width_ / 2 / scale_;
    origin_.y = box.y + box.height / 2 - canvas_height_ / 2 / scale_;
}

CanvasPoint GraphView::to_canvas(GraphPoint point) const { return {(point.x - origin_.x) * scale_, (point.y - origin_.y) * scale_}; }

GraphPoint GraphView::to_graph(CanvasPoint point) const { return {origin_.x + point.x / scale_, origin_.y + point.y / scale_}; }

GraphPoint GraphView::centre() const { return to_graph({canvas_width_ / 2, canvas_height_ / 2}); }

std::optional<std::size_t> box_at(const GraphLayout& layout, GraphPoint point) {
    for (std::size_t i = layout.boxes.size(); i-- > 0;) {
        const GraphRect& box = layout.boxes[i];
        if (point.x >= box.x && point.x <= box.x + box.width && point.y >= box.y && point.y <= box.y + box.height) return i;
    }
    return std::nullopt;
}

std::optional<std::size_t> box_towards(const GraphLayout& layout, std::optional<std::size_t> from, Direction direction) {
    if (layout.boxes.empty()) return std::nullopt;
    auto centre = [&](std::size_t i) {
        const GraphRect& box = layout.boxes[i];
        return GraphPoint{box.x + box.width / 2, box.y + box.height / 2};
    };
    if (!from || *from >= layout.boxes.size()) {
        std::size_t best = 0;
        double nearest = std::numeric_limits<double>::max();
        for (std::size_t i = 0; i < layout.boxes.size(); ++i) {
            GraphPoint c = centre(i);
            double d = c.y * 4 + c.x;  // the top row first, then its leftmost
            if (d < nearest) nearest = d, best = i;
        }
        return best;
    }
    GraphPoint here = centre(*from);
    std::optional<std::size_t> in_cone, on_side;
    double cone_distance = std::numeric_limits<double>::max(), side_distance = cone_distance;
    for (std::size_t i = 0; i < layout.boxes.size(); ++i) {
        if (i == *from) continue;
        GraphPoint c = centre(i);
        double along = 0, across = 0;  // along the direction, and how far off it
        switch (direction) {
            case Direction::left: along = here.x - c.x, across = c.y - here.y; break;
            case Direction::right: along = c.x - here.x, across = c.y - here.y; break;
            case Direction::up: along = here.y - c.y, across = c.x - here.x; break;
            case Direction::down: along = c.y - here.y, across = c.x - here.x; break;
        }
        if (along <= 0.5) continue;
        double distance = along * along + across * across;
        if (std::abs(across) <= along) {
            if (distance < cone_distance) cone_distance = distance, in_cone = i;
        } else {
            // Off the cone, being far sideways counts more than being far along.
            double weighted = along * along + 4 * across * across;
            if (weighted < side_distance) side_distance = weighted, on_side = i;
        }
    }
    return in_cone ? in_cone : on_side;
}

}  // namespace frontdesk::gui
