// Where the studio's graph is looked at from: zoom and pan over the laid-out graph (points, y downwards), fitting
// it to the canvas, zooming round the pointer, finding the box under a click, and moving the selection to the
// nearest box in an arrow key's direction. Headless, so the window's behaviour is tested without a window.
#pragma once

#include <cstddef>
#include <optional>

#include "frontdesk/graph_layout.h"

namespace frontdesk::gui {

struct CanvasPoint {
    double x = 0, y = 0;  // pixels from the canvas's top left
};

enum class Direction { left, right, up, down };

class GraphView {
public:
    static constexpr double min_scale = 0.05, max_scale = 4.0;

    // The canvas size in pixels (the window changed size, the panel moved).
    void set_canvas(double width, double height);
    double canvas_width() const { return canvas_width_; }
    double canvas_height() const { return canvas_height_; }

    // The whole graph in view, centred, never larger than 1.5 pixels per point (a small graph is not blown up).
    void fit(const GraphLayout& layout);
    bool fitted_once() const { return fitted_once_; }
    // The first view of a graph: the whole of it when its words can still be read so (at least
    // readable_scale), else at a zoom where they can, the start box at the top centre; the trainer reads from
    // there and presses 0 for the whole picture.
    void open_on(const GraphLayout& layout, std::optional<GraphRect> start);
    static constexpr double readable_scale = 0.8;

    double scale() const { return scale_; }
    // Zoom by `factor` keeping the graph point under `at` where it is.
    void zoom(double factor, CanvasPoint at);
    void pan(double dx, double dy);  // in pixels: the picture moves by this much
    // Moves the view only as much as it takes for `box` to be wholly on the canvas (with a margin), so the
    // keyboard's selection stays in sight without the picture jumping.
    void keep_in_view(const GraphRect& box);
    void centre_on(const GraphRect& box);

    CanvasPoint to_canvas(GraphPoint point) const;
    GraphPoint to_graph(CanvasPoint point) const;

    // The state as the trace and the tests see it (zoom, and the graph point at the canvas's centre).
    GraphPoint centre() const;

private:
    double canvas_width_ = 800, canvas_height_ = 600;
    double scale_ = 1.0;
    GraphPoint origin_;  // the graph point at the canvas's top left
    bool fitted_once_ = false;
};

// The box under `point` (graph coordinates), the topmost when they overlap.
std::optional<std::size_t> box_at(const GraphLayout& layout, GraphPoint point);

// The box an arrow key moves the selection to from `from`: the nearest whose centre lies in that direction
// (within a 45° cone first, then anywhere on that side), empty when none is there. With no selection, the
// box nearest the top left (the start, in a top-down layout).
std::optional<std::size_t> box_towards(const GraphLayout& layout, std::optional<std::size_t> from, Direction direction);

}  // namespace frontdesk::gui
