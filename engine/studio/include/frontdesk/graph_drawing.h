// The laid-out graph drawn as SVG by our own code (so the file shows what the studio shows), with a legend of
// ending colours, marks and arrow styles; and one self-contained HTML page around it for printing. Every text
// from the scenario is escaped; nothing is fetched, nothing runs.
#pragma once

#include <string>

#include "frontdesk/graph_layout.h"
#include "frontdesk/studio_graph.h"

namespace frontdesk {

// A standalone SVG document (with its XML declaration), in the model's language.
std::string graph_svg(const GraphModel& model, const GraphLayout& layout, GraphTextSize size = {});
// An HTML page: the scenario's title, a summary line and the same SVG, with print styles (landscape, fit to
// the page's width).
std::string graph_html(const GraphModel& model, const GraphLayout& layout, GraphTextSize size = {});

// Text made safe inside XML and HTML (text and attribute values): invalid UTF-8 and control characters become
// U+FFFD, since XML may not hold them at all; markup characters become entities.
std::string markup_text(std::string_view text);

}  // namespace frontdesk
