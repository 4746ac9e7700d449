// Drawing the laid-out graph: SVG elements from the layout's geometry, styled for paper (white ground, ink
// lines, colours that survive a grey printer because each mark also has a dash or a word).
#include "frontdesk/graph_drawing.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "frontdesk/interface_text.h"
#include "frontdesk/report_formats.h"
#include "frontdesk/scenario_labels.h"
#include "frontdesk/utf8.h"

namespace frontdesk {

namespace {

constexpr double margin = 24;
constexpr const char* font_family = "'DejaVu Sans', 'Segoe UI', Arial, sans-serif";

std::string n(double value) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.1f", value);  // C locale at every call site: the program never sets another
    return buffer;
}

struct Look {
    const char* fill;
    const char* stroke;
};

Look ending_look(EndingKind kind) {
    switch (kind) {
        case EndingKind::success: return {"#d5f0df", "#1f8a57"};
        case EndingKind::partial: return {"#fbefc9", "#b5830f"};
        case EndingKind::failure: return {"#f8dcd8", "#c0392b"};
        case EndingKind::none: break;
    }
    return {"#ffffff", "#5b6b7c"};
}

const char* style_sheet = R"CSS(
text { fill: #1c2b3a; }
.box { stroke-width: 1.4; }
.box.start { stroke: #1d4e89; stroke-width: 3; }
.box.unreachable { fill: #eef0f3; stroke: #8795a3; stroke-dasharray: 5 3; }
.box.dead-end { stroke: #b3372f; stroke-width: 2.4; stroke-dasharray: 8 3; }
.id { font-weight: bold; fill: #33475b; }
.tag { fill: #5b6b7c; font-style: italic; }
.tag.warn { fill: #b3372f; font-weight: bold; font-style: normal; }
.unreachable-text { fill: #5b6b7c; }
.arrow { fill: none; stroke: #4a5d70; stroke-width: 1.2; }
.arrow.timeout { stroke: #8a6d3b; stroke-dasharray: 6 4; }
.arrow.mood-zero { stroke: #b3372f; stroke-dasharray: 2 3; }
.head { fill: #4a5d70; }
.head.timeout { fill: #8a6d3b; }
.head.mood-zero { fill: #b3372f; }
.label { paint-order: stroke; stroke: #ffffff; stroke-width: 3.5; stroke-linejoin: round; }
.label.condition { font-style: italic; fill: #6b4a00; }
.marker { fill: #fff7f6; stroke: #b3372f; stroke-dasharray: 2 3; }
.heading { font-weight: bold; }
.legend-text { fill: #33475b; }
)CSS";

class SvgWriter {
public:
    SvgWriter(const GraphModel& model, const GraphLayout& layout, GraphTextSize size) : model_(model), layout_(layout), size_(size) {}

    std::string write() {
        std::string legend = legend_items();
        double width = std::max(layout_.width + 2 * margin, legend_width_);
        double top = margin + legend_height_ + 12;
        double height = top + layout_.height + margin;
        out_ += "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + n(width) + "\" height=\"" + n(height) + "\" viewBox=\"0 0 " + n(width) +
                " " + n(height) + "\" font-family=\"" + font_family + "\" font-size=\"" + n(size_.line) + "\" role=\"img\" aria-labelledby=\"graph-title\">\n";
        out_ += "<title id=\"graph-title\">" + markup_text(ui_text(model_.language, Ui::graph_title) + ": " + model_.title) + "</title>\n";
        out_ += "<style>" + std::string(style_sheet) + "</style>\n";
        out_ += "<rect x=\"0\" y=\"0\" width=\"" + n(width) + "\" height=\"" + n(height) + "\" fill=\"#ffffff\"/>\n";
        out_ += legend;
        out_ += "<g transform=\"translate(" + n(margin) + " " + n(top) + ")\">\n";
        arrows();
        boxes();
        labels();
        out_ += "</g>\n</svg>\n";
        return std::move(out_);
    }

private:
    const GraphModel& model_;
    const GraphLayout& layout_;
    GraphTextSize size_;
    std::string out_;
    double legend_width_ = 0, legend_height_ = 0;

    std::string text(double x, double y, const std::string& content, const std::string& attributes = {}) const {
        return "<text x=\"" + n(x) + "\" y=\"" + n(y) + "\"" + attributes + ">" + markup_text(content) + "</text>";
    }

    static const char* kind_class(ArrowKind kind) {
        return kind == ArrowKind::timeout ? " timeout" : kind == ArrowKind::mood_zero ? " mood-zero" : "";
    }

    // The legend, in rows that wrap at the graph's width: what colours, dashes and labels mean.
    std::string legend_items() {
        Language language = model_.language;
        double row_width = std::clamp(layout_.width, 760.0, 1100.0);  // a wide graph scrolls; its legend stays in view
        std::string out = "<g class=\"legend\" transform=\"translate(" + n(margin) + " " + n(margin) + ")\">\n";
        out += text(0, size_.line, ui_text(language, Ui::graph_legend), " class=\"heading\"") + "\n";
        double x = 0, y = size_.line * 1.9, step = size_.small * 2.1;
        auto item = [&](const std::string& swatch, const std::string& words) {
            double w = 34 + estimated_text_width(words, size_.small) + 22;
            if (x > 0 && x + w > row_width) x = 0, y += step;
            out += "<g transform=\"translate(" + n(x) + " " + n(y) + ")\">" + swatch +
                   text(32, size_.small * 0.95, words, " class=\"legend-text\" font-size=\"" + n(size_.small) + "\"") + "</g>\n";
            x += w;
            legend_width_ = std::max(legend_width_, x);
        };
        auto box = [&](const std::string& cls, Look look) {
            return "<rect class=\"box" + cls + "\" x=\"0\" y=\"-2\" width=\"26\" height=\"14\" rx=\"3\" fill=\"" + look.fill + "\" stroke=\"" +
                   look.stroke + "\"/>";
        };
        for (EndingKind kind : {EndingKind::success, EndingKind::partial, EndingKind::failure})
            item(box("", ending_look(kind)), ui_text(language, Ui::ending_label) + ": " + ending_label(language, kind));
        item(box(" start", ending_look(EndingKind::none)), ui_text(language, Ui::graph_start));
        item(box(" unreachable", ending_look(EndingKind::none)), ui_text(language, Ui::graph_unreachable));
        item(box(" dead-end", ending_look(EndingKind::none)), ui_text(language, Ui::graph_dead_end));
        item("<line class=\"arrow timeout\" x1=\"0\" y1=\"5\" x2=\"26\" y2=\"5\"/>", ui_text(language, Ui::graph_arrow_timeout));
        item("<line class=\"arrow mood-zero\" x1=\"0\" y1=\"5\" x2=\"26\" y2=\"5\"/>", ui_text(language, Ui::graph_mood_zero));
        std::string keys;
        for (const std::string& key : model_.skill_keys) keys += (keys.empty() ? "" : ", ") + key;
        item("<line class=\"arrow\" x1=\"0\" y1=\"5\" x2=\"26\" y2=\"5\"/>",
             ui_text(language, Ui::graph_arrow_condition) + (keys.empty() ? "" : " (" + keys + ")"));
        out += "</g>\n";
        legend_height_ = y + step;
        legend_width_ += 2 * margin;
        return out;
    }

    void arrows() {
        for (std::size_t a = 0; a < model_.arrows.size() && a < layout_.arrows.size(); ++a) {
            const ArrowPath& path = layout_.arrows[a];
            if (path.spline.empty()) continue;
            const char* cls = kind_class(model_.arrows[a].kind);
            std::string d = "M" + n(path.spline[0].x) + "," + n(path.spline[0].y);
            for (std::size_t p = 1; p + 2 < path.spline.size(); p += 3)
                d += " C" + n(path.spline[p].x) + "," + n(path.spline[p].y) + " " + n(path.spline[p + 1].x) + "," + n(path.spline[p + 1].y) + " " +
                     n(path.spline[p + 2].x) + "," + n(path.spline[p + 2].y);
            out_ += "<path class=\"arrow" + std::string(cls) + "\" d=\"" + d + "\"/>\n";
            if (!path.head) continue;
            // The arrowhead: a triangle from the spline's end to the tip Graphviz left room for.
            GraphPoint base = path.spline.back(), tip = *path.head;
            double dx = tip.x - base.x, dy = tip.y - base.y, length = std::hypot(dx, dy);
            if (length < 0.01) continue;
            double half = 3.6 / length;
            out_ += "<polygon class=\"head" + std::string(cls) + "\" points=\"" + n(tip.x) + "," + n(tip.y) + " " + n(base.x - dy * half) + "," +
                    n(base.y + dx * half) + " " + n(base.x + dy * half) + "," + n(base.y - dx * half) + "\"/>\n";
        }
    }

    void boxes() {
        for (std::size_t b = 0; b < model_.boxes.size() && b < layout_.boxes.size(); ++b) {
            const GraphBox& box = model_.boxes[b];
            const GraphRect& r = layout_.boxes[b];
            out_ += "<g class=\"node\">";
            if (box.node == no_node) {  // the "mood reaches 0" marker
                out_ += "<rect class=\"marker\" x=\"" + n(r.x) + "\" y=\"" + n(r.y) + "\" width=\"" + n(r.width) + "\" height=\"" + n(r.height) +
                        "\" rx=\"14\"/>";
                double y = r.y + (r.height - static_cast<double>(box.lines.size()) * size_.small * 1.3) / 2 + size_.small;
                for (const std::string& line : box.lines) {
                    out_ += text(r.x + r.width / 2, y, line, " text-anchor=\"middle\" font-size=\"" + n(size_.small) + "\" class=\"tag warn\"");
                    y += size_.small * 1.3;
                }
                out_ += "</g>\n";
                continue;
            }
            Look look = ending_look(box.ending);
            std::string cls = box.start ? " start" : "";
            if (box.unreachable) cls += " unreachable";
            if (box.dead_end) cls += " dead-end";
            out_ += "<rect class=\"box" + cls + "\" x=\"" + n(r.x) + "\" y=\"" + n(r.y) + "\" width=\"" + n(r.width) + "\" height=\"" + n(r.height) +
                    "\" rx=\"6\" fill=\"" + look.fill + "\" stroke=\"" + look.stroke + "\"/>";
            double y = r.y + 7 + size_.small * 1.05;
            out_ += text(r.x + 10, y, box.id, " class=\"id\" font-size=\"" + n(size_.small) + "\"");
            if (!box.tag.empty())
                out_ += text(r.x + r.width - 10, y, box.tag,
                             std::string(" text-anchor=\"end\" font-size=\"") + n(size_.small) + "\" class=\"tag" +
                                 (box.unreachable || box.dead_end ? " warn" : "") + "\"");
            y += size_.small * 0.45 + size_.line * 1.2;
            for (const std::string& line : box.lines) {
                out_ += text(r.x + 10, y, line, box.unreachable ? " class=\"unreachable-text\"" : "");
                y += size_.line * 1.3;
            }
            out_ += "</g>\n";
        }
    }

    // Labels last, over the arrows, each line centred in the place Graphviz kept for it.
    void labels() {
        for (std::size_t a = 0; a < model_.arrows.size() && a < layout_.arrows.size(); ++a) {
            const GraphArrow& arrow = model_.arrows[a];
            const ArrowPath& path = layout_.arrows[a];
            if (!path.label) continue;
            std::size_t count = (arrow.label.empty() ? 0 : 1) + arrow.conditions.size();
            if (count == 0) continue;
            double line = path.label->height / static_cast<double>(count);
            double x = path.label->x + path.label->width / 2, y = path.label->y + line * 0.78;
            std::string size = " text-anchor=\"middle\" font-size=\"" + n(size_.small) + "\"";
            if (!arrow.label.empty()) {
                out_ += text(x, y, arrow.label, " class=\"label\"" + size) + "\n";
                y += line;
            }
            for (const std::string& condition : arrow.conditions) {
                out_ += text(x, y, condition, " class=\"label condition\"" + size) + "\n";
                y += line;
            }
        }
    }
};

const char* page_style = R"CSS(
* { box-sizing: border-box; }
body { margin: 0; background: #eef1f5; color: #1c2b3a; font: 14px/1.45 'DejaVu Sans', 'Segoe UI', Arial, sans-serif; }
.page { margin: 0 auto; padding: 24px; }
header { background: #fff; border-top: 6px solid #1d4e89; border-radius: 6px; padding: 18px 24px; box-shadow: 0 1px 3px rgba(20,40,70,.08); }
.kicker { margin: 0; color: #1d4e89; font-size: 12px; font-weight: bold; letter-spacing: .08em; text-transform: uppercase; }
h1 { margin: 4px 0 4px; font-size: 26px; line-height: 1.2; }
.summary { margin: 0; color: #5b6b7c; }
figure { margin: 16px 0 0; background: #fff; border-radius: 6px; padding: 12px; overflow: auto; box-shadow: 0 1px 3px rgba(20,40,70,.08); }
figure svg { display: block; max-width: none; height: auto; }
@page { size: A4 landscape; margin: 12mm; }
@media print {
  body { background: #fff; }
  .page { padding: 0; }
  header, figure { box-shadow: none; border-radius: 0; padding: 0; }
  header { border-top: none; margin-bottom: 6mm; }
  figure { overflow: visible; }
  figure svg { max-width: 100%; max-height: 180mm; width: auto; }
}
)CSS";

}  // namespace

std::string markup_text(std::string_view text) {
    std::string valid = valid_utf8(text), clean;
    clean.reserve(valid.size());
    for (std::size_t i = 0; i < valid.size();) {
        std::size_t length = utf8_sequence_length(valid, i);
        char32_t c = utf8_code_point(valid, i, length);
        if (is_control_character(c) && c != U'\n' && c != U'\t') clean += "\uFFFD";
        else clean.append(valid, i, length);
        i += length;
    }
    return html_escape(clean);
}

std::string graph_svg(const GraphModel& model, const GraphLayout& layout, GraphTextSize size) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + SvgWriter(model, layout, size).write();
}

std::string graph_html(const GraphModel& model, const GraphLayout& layout, GraphTextSize size) {
    Language language = model.language;
    std::string out = "<!DOCTYPE html>\n<html lang=\"" + std::string(language_name(language)) + "\">\n<head>\n<meta charset=\"utf-8\">\n";
    // Nothing may be fetched or run: the page is printed or attached to a review as it is.
    out += "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n";
    out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
    out += "<title>" + markup_text(model.title) + " \u2014 " + markup_text(ui_text(language, Ui::graph_title)) + "</title>\n";
    out += "<style>" + std::string(page_style) + "</style>\n</head>\n<body>\n<div class=\"page\">\n<header>\n";
    out += "<p class=\"kicker\">" + markup_text(ui_text(language, Ui::graph_title)) + "</p>\n<h1>" + markup_text(model.title) + "</h1>\n";
    std::size_t nodes = 0;
    for (const GraphBox& box : model.boxes)
        if (box.node != no_node) ++nodes;
    out += "<p class=\"summary\">" +
           markup_text(ui_text(language, Ui::graph_summary, {std::to_string(nodes), std::to_string(model.reachable), std::to_string(model.endings)})) +
           "</p>\n</header>\n<figure>\n";
    out += SvgWriter(model, layout, size).write();
    out += "</figure>\n</div>\n</body>\n</html>\n";
    return out;
}

}  // namespace frontdesk
