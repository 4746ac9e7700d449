// The studio's layout through Graphviz (cgraph + gvc, the dot engine): boxes get the size the model measured
// and arrows' labels the size of their text, both as fixed-size HTML-like labels, so Graphviz never measures
// text itself (its Pango plugin would, with other fonts than the drawing's, and in 2.42 it reads freed memory
// when a second context measures text and leaks fontconfig's memory). Positions, splines and label places are
// read back and turned upside down (Graphviz's y grows upwards). Graphviz reports through one process-wide
// error function, so calls take turns and collect what it says instead of letting it reach stderr.
#include "frontdesk/graph_layout.h"

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

#include <algorithm>
#include <mutex>
#include <sstream>

namespace frontdesk {

namespace {

std::mutex graphviz_turn;
std::string* graphviz_messages = nullptr;  // where the error function writes, while a layout holds the turn

int collect_message(char* text) {
    if (graphviz_messages && text) *graphviz_messages += text;
    return 0;
}

// cgraph takes char* where it only reads; the strings live until the call returns.
char* c(std::string& text) { return text.data(); }

std::string number(double value) {
    std::ostringstream out;
    out.imbue(std::locale::classic());
    out << value;
    return out.str();
}

std::vector<std::string> split_messages(const std::string& text) {
    std::vector<std::string> lines;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);)
        if (!line.empty()) lines.push_back(line);
    return lines;
}

// One context for the process, made on first use and never freed: it holds the plugins Graphviz loaded, and
// 2.42's plugins misbehave when a context is freed and another made.
GVC_t* graphviz_context() {
    static GVC_t* context = gvContext();
    return context;
}

// An empty HTML-like label of exactly this size (points): room that Graphviz keeps without reading any text.
std::string fixed_size_label(double width, double height) {
    return "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLPADDING=\"0\" CELLSPACING=\"0\" FIXEDSIZE=\"TRUE\" WIDTH=\"" +
           std::to_string(static_cast<int>(width + 0.999)) + "\" HEIGHT=\"" + std::to_string(static_cast<int>(height + 0.999)) +
           "\"><TR><TD></TD></TR></TABLE>";
}

// The graph and, once laid out, its layout, freed in the order Graphviz needs.
struct LaidOutGraph {
    GVC_t* context;
    Agraph_t* graph;
    bool laid_out = false;
    ~LaidOutGraph() {
        if (laid_out) gvFreeLayout(context, graph);
        if (graph) agclose(graph);
    }
};

}  // namespace

GraphLayoutResult lay_out_graph(const GraphModel& model, GraphTextSize size) {
    GraphLayoutResult result;
    std::lock_guard<std::mutex> turn(graphviz_turn);
    std::string messages;
    graphviz_messages = &messages;
    agusererrf previous_function = agseterrf(collect_message);
    agerrlevel_t previous_level = agseterr(AGWARN);
    agreseterrors();
    struct Restore {
        agusererrf function;
        agerrlevel_t level;
        ~Restore() {
            agseterrf(function);
            agseterr(level);
            graphviz_messages = nullptr;
        }
    } restore{previous_function, previous_level};

    GVC_t* context = graphviz_context();
    if (!context) {
        result.problems.push_back("Graphviz could not start");
        return result;
    }
    std::string name = "scenario";
    LaidOutGraph g{context, agopen(c(name), Agdirected, nullptr)};
    if (!g.graph) {
        result.problems.push_back("Graphviz could not create a graph");
        return result;
    }
    auto graph_attribute = [&](std::string key, std::string value) { agattr(g.graph, AGRAPH, c(key), c(value)); };
    auto node_attribute = [&](std::string key, std::string value) { return agattr(g.graph, AGNODE, c(key), c(value)); };
    auto edge_attribute = [&](std::string key, std::string value) { return agattr(g.graph, AGEDGE, c(key), c(value)); };
    graph_attribute("rankdir", "TB");
    graph_attribute("nodesep", "0.3");
    graph_attribute("ranksep", "0.55");
    graph_attribute("splines", "true");
    // Large graphs: one network-simplex pass for ranks and positions and less crossing reduction keep 1,000
    // nodes under a second (the full search takes several); small graphs, what trainers print, get it all.
    if (model.boxes.size() > 200) {
        graph_attribute("nslimit", "1");
        graph_attribute("nslimit1", "1");
        // Crossing reduction grows fastest with size: a fiftieth of it above 600 boxes, where no one reads every
        // crossing anyway (1,000 nodes: about 30% faster than a tenth).
        graph_attribute("mclimit", model.boxes.size() > 600 ? "0.02" : "0.1");
    }
    // Above 600 boxes arrows are routed as polylines: routing 3,000 curved arrows round the boxes is most of
    // what is left of the time, and at the zoom that shows such a graph a bend reads as well as a curve.
    if (model.boxes.size() > 600) graph_attribute("splines", "polyline");
    node_attribute("shape", "box");
    node_attribute("fixedsize", "true");
    node_attribute("margin", "0");
    Agsym_t* node_label = node_attribute("label", "");
    Agsym_t* width = node_attribute("width", "1");
    Agsym_t* height = node_attribute("height", "0.5");
    // Above 600 boxes the labels are external (xlabel): placed after the layout instead of each becoming a
    // node of the layout itself, which doubled what dot had to place.
    bool external_labels = model.boxes.size() > 600;
    if (external_labels) graph_attribute("forcelabels", "true");
    Agsym_t* label = edge_attribute(external_labels ? "xlabel" : "label", "");
    Agsym_t* style = edge_attribute("style", "solid");
    Agsym_t* weight = edge_attribute("weight", "1");

    std::vector<Agnode_t*> nodes;
    nodes.reserve(model.boxes.size());
    for (std::size_t i = 0; i < model.boxes.size(); ++i) {
        std::string id = "n" + std::to_string(i);
        Agnode_t* node = agnode(g.graph, c(id), 1);
        std::string w = number(model.boxes[i].width / 72.0), h = number(model.boxes[i].height / 72.0);
        agxset(node, width, c(w));
        agxset(node, height, c(h));
        std::string empty = fixed_size_label(1, 1);
        agxset(node, node_label, agstrdup_html(g.graph, c(empty)));
        nodes.push_back(node);
    }
    std::vector<Agedge_t*> edges;
    edges.reserve(model.arrows.size());
    for (const GraphArrow& arrow : model.arrows) {
        Agedge_t* edge = agedge(g.graph, nodes[arrow.from], nodes[arrow.to], nullptr, 1);
        // The label's room, measured as the drawing writes it: the label, then each condition (italic, a little wider).
        std::size_t lines = (arrow.label.empty() ? 0 : 1) + arrow.conditions.size();
        if (lines > 0) {
            double text_width = arrow.label.empty() ? 0 : estimated_text_width(arrow.label, size.small);
            for (const std::string& condition : arrow.conditions) text_width = std::max(text_width, estimated_text_width(condition, size.small) * 1.04);
            std::string room = fixed_size_label(text_width + 6, static_cast<double>(lines) * size.small * 1.3 + 2);
            agxset(edge, label, agstrdup_html(g.graph, c(room)));
        }
        if (arrow.kind != ArrowKind::choice) {
            std::string dashed = arrow.kind == ArrowKind::timeout ? "dashed" : "dotted";
            agxset(edge, style, c(dashed));
            std::string light = "0";  // a detour should not pull the conversation's main line out of shape
            agxset(edge, weight, c(light));
        }
        edges.push_back(edge);
    }

    std::string engine = "dot";
    if (gvLayout(context, g.graph, engine.c_str()) != 0 || agerrors() >= AGERR) {
        for (std::string& line : split_messages(messages)) result.problems.push_back("Graphviz: " + line);
        if (result.problems.empty()) result.problems.push_back("Graphviz could not lay out the graph");
        return result;
    }
    g.laid_out = true;
    for (std::string& line : split_messages(messages)) result.problems.push_back("Graphviz: " + line);

    GraphLayout layout;
    boxf bounds = GD_bb(g.graph);
    layout.width = bounds.UR.x - bounds.LL.x;
    layout.height = bounds.UR.y - bounds.LL.y;
    auto point = [&](pointf p) { return GraphPoint{p.x - bounds.LL.x, bounds.UR.y - p.y}; };
    layout.boxes.reserve(nodes.size());
    for (std::size_t i = 0; i < nodes.size(); ++i) {
        GraphPoint centre = point(ND_coord(nodes[i]));
        double w = ND_width(nodes[i]) * 72.0, h = ND_height(nodes[i]) * 72.0;
        layout.boxes.push_back({centre.x - w / 2, centre.y - h / 2, w, h});
    }
    layout.arrows.reserve(edges.size());
    for (Agedge_t* edge : edges) {
        ArrowPath path;
        if (const splines* spl = ED_spl(edge)) {
            for (int b = 0; b < spl->size; ++b) {
                const bezier& curve = spl->list[b];
                // A later piece starts where the earlier one ended: its first point is not repeated.
                for (int p = path.spline.empty() ? 0 : 1; p < curve.size; ++p) path.spline.push_back(point(curve.list[p]));
                if (curve.eflag) path.head = point(curve.ep);
            }
        }
        if (const textlabel_t* text = external_labels ? ED_xlabel(edge) : ED_label(edge); text && text->set) {
            GraphPoint centre = point(text->pos);
            path.label = GraphRect{centre.x - text->dimen.x / 2, centre.y - text->dimen.y / 2, text->dimen.x, text->dimen.y};
        }
        layout.arrows.push_back(std::move(path));
    }
    result.layout = std::move(layout);
    return result;
}

}  // namespace frontdesk
