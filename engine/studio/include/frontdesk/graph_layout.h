// Where the studio's boxes and arrows go: Graphviz's dot layout, read back as plain geometry (points, y
// downwards, the origin at the drawing's top left) for the window and the SVG export to draw alike. Graphviz
// stays behind this header; its complaints come back as values, never on stderr.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "frontdesk/studio_graph.h"

namespace frontdesk {

struct GraphPoint {
    double x = 0, y = 0;
};

struct GraphRect {
    double x = 0, y = 0, width = 0, height = 0;  // top left corner and size
};

struct ArrowPath {
    // A cubic Bézier spline: the start, then three points (two controls, the next point) per segment.
    std::vector<GraphPoint> spline;
    std::optional<GraphPoint> head;  // the arrowhead's tip, beyond the spline's last point
    std::optional<GraphRect> label;  // where the label goes, sized for its text
};

struct GraphLayout {
    double width = 0, height = 0;
    std::vector<GraphRect> boxes;    // in GraphModel::boxes order
    std::vector<ArrowPath> arrows;   // in GraphModel::arrows order
};

struct GraphLayoutResult {
    std::optional<GraphLayout> layout;  // empty when Graphviz could not lay the graph out
    std::vector<std::string> problems;  // what Graphviz said (errors, and warnings even with a layout)
};

// Lays `model` out from top to bottom (the start at the top: a conversation reads downwards, and pages are
// taller than a long left-to-right row of boxes is). Safe to call from several threads (calls into Graphviz take turns).
GraphLayoutResult lay_out_graph(const GraphModel& model, GraphTextSize size = {});

}  // namespace frontdesk
