// The studio's graph: what each box and arrow says and how it is marked, its layout through Graphviz, and
// the SVG drawn from it (escaped, every arrow and box present).
#include <doctest/doctest.h>

#include <algorithm>
#include <string>

#include "frontdesk/graph_drawing.h"
#include "frontdesk/graph_layout.h"
#include "frontdesk/scenario_script.h"
#include "frontdesk/studio_graph.h"
#include "frontdesk/utf8.h"
#include "test_support.h"

using namespace frontdesk;
using frontdesk::test::find_diagnostic;

namespace {

LoadedScenario load_fixture(const std::string& name) { return load_scenario_file(std::string(FRONTDESK_FIXTURE_DIR) + "/studio/" + name); }

const GraphBox& box_of(const GraphModel& model, const std::string& id) {
    auto found = std::find_if(model.boxes.begin(), model.boxes.end(), [&](const GraphBox& box) { return box.id == id; });
    REQUIRE(found != model.boxes.end());
    return *found;
}

std::vector<GraphArrow> arrows_from(const GraphModel& model, const std::string& id) {
    std::vector<GraphArrow> out;
    for (const GraphArrow& arrow : model.arrows)
        if (model.boxes[arrow.from].id == id) out.push_back(arrow);
    return out;
}

// A fixture loaded, modelled and laid out.
struct LaidOut {
    LoadedScenario loaded;
    GraphModel model;
    GraphLayout layout;
};

LaidOut lay_out_fixture(const std::string& name) {
    LaidOut out;
    out.loaded = load_fixture(name);
    REQUIRE(out.loaded.playable());
    out.model = build_graph_model(*out.loaded.scenario, *out.loaded.analysis);
    GraphLayoutResult result = lay_out_graph(out.model);
    REQUIRE(result.layout);
    out.layout = *result.layout;
    return out;
}

std::size_t count(const std::string& text, const std::string& part) {
    std::size_t n = 0;
    for (std::size_t at = text.find(part); at != std::string::npos; at = text.find(part, at + part.size())) ++n;
    return n;
}

}  // namespace

TEST_CASE("studio graph: every node is a box with its id, its line shortened, and its ending's kind") {
    LoadedScenario loaded = load_fixture("marks.yaml");
    REQUIRE(loaded.playable());
    GraphModel model = build_graph_model(*loaded.scenario, *loaded.analysis);
    CHECK(model.boxes.size() == loaded.scenario->nodes.size() + 1);  // and the mood-zero marker
    const GraphBox& opening = box_of(model, "opening");
    CHECK(opening.start);
    CHECK(opening.tag == "start");
    REQUIRE(!opening.lines.empty());
    CHECK(opening.lines.front() == "Good morning, I have a");
    CHECK(opening.lines == std::vector<std::string>{"Good morning, I have a", "question about my parcel,", "which has been stuck at the",
                                                    "depot for a week now."});
    for (const std::string& line : opening.lines) CHECK(utf8_length(line) <= 30);
    CHECK(box_of(model, "solved").ending == EndingKind::success);
    CHECK(box_of(model, "solved").tag == "success");
    CHECK(box_of(model, "half").ending == EndingKind::partial);
    CHECK(box_of(model, "gone").ending == EndingKind::failure);
    CHECK(box_of(model, "details").ending == EndingKind::none);
    CHECK(box_of(model, "details").tag.empty());
    CHECK(box_of(model, "solved").width >= 120);
}

TEST_CASE("studio graph: unreachable nodes and dead ends are marked as the analysis finds them") {
    LoadedScenario loaded = load_fixture("marks.yaml");
    REQUIRE(loaded.playable());
    GraphModel model = build_graph_model(*loaded.scenario, *loaded.analysis);
    CHECK(box_of(model, "orphan").unreachable);
    CHECK_FALSE(box_of(model, "orphan").dead_end);
    CHECK(box_of(model, "orphan").tag == "cannot be reached");
    CHECK(box_of(model, "stall").dead_end);
    CHECK(box_of(model, "stall_again").dead_end);
    CHECK(box_of(model, "stall").tag == "dead end");
    for (const char* id : {"opening", "details", "solved", "half", "gone"}) {
        CAPTURE(id);
        CHECK_FALSE(box_of(model, id).unreachable);
        CHECK_FALSE(box_of(model, id).dead_end);
    }
    CHECK(model.reachable == 7);
    CHECK(model.endings == 3);
    // The same nodes lint warns about.
    CHECK(find_diagnostic(loaded, "node 'orphan' cannot be reached") != nullptr);
    CHECK(find_diagnostic(loaded, "no ending can be reached from node 'stall'") != nullptr);
}

TEST_CASE("studio graph: arrows carry the answer's number, points, mood and conditions; timeouts are their own kind") {
    LoadedScenario loaded = load_fixture("marks.yaml");
    REQUIRE(loaded.playable());
    GraphModel model = build_graph_model(*loaded.scenario, *loaded.analysis);
    CHECK(model.skill_keys == std::vector<std::string>{"L listening", "R respect", "P problem solving"});
    std::vector<GraphArrow> arrows = arrows_from(model, "opening");
    // Answer 1, answer 2 twice (a conditional goto: one arrow per place it can lead), the timeout.
    REQUIRE(arrows.size() == 4);
    CHECK(arrows[0].kind == ArrowKind::choice);
    CHECK(arrows[0].choice == 0);
    CHECK(arrows[0].label == "1 \u00b7 L+2 R+1 \u00b7 mood +10");
    CHECK(arrows[0].conditions.empty());
    CHECK(model.boxes[arrows[0].to].id == "details");

    CHECK(arrows[1].label == "2 \u00b7 P+1 \u00b7 mood \u22125");
    CHECK(arrows[1].conditions == std::vector<std::string>{"only if mood >= 30 and not asked", "when listening > 0"});
    CHECK(model.boxes[arrows[1].to].id == "details");
    CHECK(arrows[2].conditions == std::vector<std::string>{"only if mood >= 30 and not asked", "otherwise"});
    CHECK(model.boxes[arrows[2].to].id == "stall");

    CHECK(arrows[3].kind == ArrowKind::timeout);
    CHECK(arrows[3].choice == -1);
    CHECK(arrows[3].label == "timeout \u00b7 mood \u221220");
    CHECK(model.boxes[arrows[3].to].id == "gone");

    // Endings lead nowhere; the mood-zero detour is one dotted arrow from its marker.
    CHECK(arrows_from(model, "solved").empty());
    auto detour = std::find_if(model.arrows.begin(), model.arrows.end(), [](const GraphArrow& a) { return a.kind == ArrowKind::mood_zero; });
    REQUIRE(detour != model.arrows.end());
    CHECK(model.boxes[detour->from].node == no_node);
    CHECK(model.boxes[detour->to].id == "gone");
    CHECK(model.boxes[detour->from].lines == std::vector<std::string>{"when mood", "reaches 0"});
}

TEST_CASE("studio graph: an Italian scenario speaks Italian on its arrows and marks") {
    LoadedScenario loaded = load_scenario_file(std::string(FRONTDESK_SCENARIO_DIR) + "/chat-sportello-tari.yaml");
    REQUIRE(loaded.playable());
    GraphModel model = build_graph_model(*loaded.scenario, *loaded.analysis);
    CHECK(model.language == Language::it);
    CHECK(model.skill_keys.front() == "A ascolto");
    bool mood_in_italian = std::any_of(model.arrows.begin(), model.arrows.end(),
                                       [](const GraphArrow& a) { return a.label.find("umore") != std::string::npos; });
    CHECK(mood_in_italian);
    CHECK(std::any_of(model.boxes.begin(), model.boxes.end(), [](const GraphBox& b) { return b.tag == "inizio"; }));
}

TEST_CASE("studio graph: wrapping keeps words and UTF-8 characters whole") {
    CHECK(wrap_text("one two three", 7, 3) == std::vector<std::string>{"one two", "three"});
    CHECK(wrap_text("", 10, 3).empty());
    CHECK(wrap_text("abcdefghij", 4, 5) == std::vector<std::string>{"abcd", "efgh", "ij"});
    CHECK(wrap_text("perché così è più però", 6, 2) == std::vector<std::string>{"perché", "così\u2026"});
    for (const std::string& line : wrap_text("àèìòùàèìòùàèìòù", 4, 10)) CHECK(is_valid_utf8(line));
    CHECK(wrap_text("a\nb\tc", 10, 2) == std::vector<std::string>{"a b c"});
    CHECK(estimated_text_width("WWW", 10) > estimated_text_width("iii", 10));
}

TEST_CASE("studio layout: Graphviz places every box and arrow, inside the drawing, without overlaps") {
    LaidOut drawn = lay_out_fixture("marks.yaml");
    const GraphModel& model = drawn.model;
    const GraphLayout& layout = drawn.layout;
    REQUIRE(layout.boxes.size() == model.boxes.size());
    REQUIRE(layout.arrows.size() == model.arrows.size());
    CHECK(layout.width > 0);
    CHECK(layout.height > 0);
    for (std::size_t b = 0; b < layout.boxes.size(); ++b) {
        const GraphRect& r = layout.boxes[b];
        CAPTURE(model.boxes[b].id);
        CHECK(r.width == doctest::Approx(model.boxes[b].width).epsilon(0.01));
        CHECK(r.height == doctest::Approx(model.boxes[b].height).epsilon(0.01));
        CHECK(r.x >= -0.5);
        CHECK(r.y >= -0.5);
        CHECK(r.x + r.width <= layout.width + 0.5);
        CHECK(r.y + r.height <= layout.height + 0.5);
        for (std::size_t o = b + 1; o < layout.boxes.size(); ++o) {
            const GraphRect& q = layout.boxes[o];
            bool apart = r.x + r.width <= q.x || q.x + q.width <= r.x || r.y + r.height <= q.y || q.y + q.height <= r.y;
            CHECK(apart);
        }
    }
    for (std::size_t a = 0; a < layout.arrows.size(); ++a) {
        const ArrowPath& path = layout.arrows[a];
        CAPTURE(a);
        REQUIRE(path.spline.size() >= 4);
        CHECK((path.spline.size() - 1) % 3 == 0);
        CHECK(path.head.has_value());
        // The arrowhead's tip touches the box the arrow leads to.
        const GraphRect& target = layout.boxes[model.arrows[a].to];
        CHECK(path.head->x >= target.x - 2);
        CHECK(path.head->x <= target.x + target.width + 2);
        CHECK(path.head->y >= target.y - 2);
        CHECK(path.head->y <= target.y + target.height + 2);
        CHECK(path.label.has_value() == (model.arrows[a].kind != ArrowKind::mood_zero));
    }
}

TEST_CASE("studio layout: an empty graph and a lone node are laid out, never an error") {
    GraphModel empty;
    GraphLayoutResult nothing = lay_out_graph(empty);
    REQUIRE(nothing.layout);
    CHECK(nothing.layout->boxes.empty());
    GraphModel one;
    one.boxes.push_back(GraphBox{0, "only", {"Hello"}, "", EndingKind::success, true, false, false, 120, 40});
    GraphLayoutResult lone = lay_out_graph(one);
    REQUIRE(lone.layout);
    REQUIRE(lone.layout->boxes.size() == 1);
    CHECK(lone.layout->boxes[0].width == doctest::Approx(120));
}

TEST_CASE("studio svg: every box, arrow and label is drawn, and the legend explains colours and marks") {
    LaidOut drawn = lay_out_fixture("marks.yaml");
    const GraphModel& model = drawn.model;
    const GraphLayout& layout = drawn.layout;
    std::string svg = graph_svg(model, layout);
    CHECK(svg.rfind("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\"", 0) == 0);
    CHECK(count(svg, "<path class=\"arrow") == model.arrows.size());
    CHECK(count(svg, "<polygon class=\"head") == model.arrows.size());
    CHECK(count(svg, "<g class=\"node\">") == model.boxes.size());
    CHECK(svg.find(">1 \u00b7 L+2 R+1 \u00b7 mood +10</text>") != std::string::npos);
    CHECK(svg.find("class=\"label condition\" text-anchor=\"middle\" font-size=\"9.5\">only if mood &gt;= 30 and not asked</text>") != std::string::npos);
    CHECK(svg.find("class=\"box unreachable\"") != std::string::npos);
    CHECK(count(svg, "class=\"box dead-end\"") == 3);  // two nodes and the legend
    CHECK(svg.find("class=\"box start\"") != std::string::npos);
    CHECK(svg.find(">Ending: success</text>") != std::string::npos);
    CHECK(svg.find(">dead end: no ending can be reached from here</text>") != std::string::npos);
    CHECK(svg.find("L listening, R respect, P problem solving") != std::string::npos);
    CHECK(svg.find("<script") == std::string::npos);
}

TEST_CASE("studio svg, html and script: markup in scenario texts comes out as text") {
    LaidOut drawn = lay_out_fixture("hostile-text.yaml");
    const LoadedScenario& loaded = drawn.loaded;
    const GraphModel& model = drawn.model;
    const GraphLayout& layout = drawn.layout;
    for (const std::string& out : {graph_svg(model, layout), graph_html(model, layout),
                                   scenario_script_html(*loaded.scenario, *loaded.analysis)}) {
        CHECK(out.find("<script") == std::string::npos);
        CHECK(out.find("<b>") == std::string::npos);
        CHECK(out.find("<img") == std::string::npos);
        CHECK(out.find("&lt;script&gt;") != std::string::npos);
        CHECK(out.find(" & ") == std::string::npos);
    }
    std::string script = scenario_script_html(*loaded.scenario, *loaded.analysis);
    CHECK(script.find("Feedback with &lt;em&gt;tags&lt;/em&gt; &amp; &quot;quotes&quot; and &#39;apostrophes&#39; ]]&gt; --&gt; &lt;!--") != std::string::npos);
    CHECK(script.find("<a href='javascript") == std::string::npos);
    CHECK(script.find("&lt;img src=x onerror=alert(1)&gt;") != std::string::npos);
    std::string markdown = scenario_script_markdown(*loaded.scenario, *loaded.analysis);
    for (std::size_t at = markdown.find('<'); at != std::string::npos; at = markdown.find('<', at + 1)) {
        bool escaped = at > 0 && markdown[at - 1] == '\\';
        bool our_anchor = markdown.compare(at, 7, "<a id=\"") == 0 || markdown.compare(at, 5, "</a>\n") == 0;
        CHECK((escaped || our_anchor));
    }
    CHECK(markdown.find("\\<script\\>") != std::string::npos);
    CHECK(markdown.find("\\[a link\\](http") != std::string::npos);
    CHECK(markdown.find("\\`code\\`") != std::string::npos);
}

TEST_CASE("studio layout: laying the same graph out again gives the same geometry (Graphviz keeps no state between calls)") {
    LaidOut first = lay_out_fixture("marks.yaml");
    for (int again = 0; again < 3; ++again) {
        GraphLayoutResult next = lay_out_graph(first.model);
        REQUIRE(next.layout);
        REQUIRE(next.layout->boxes.size() == first.layout.boxes.size());
        CHECK(next.problems.empty());
        for (std::size_t b = 0; b < first.layout.boxes.size(); ++b) {
            CHECK(next.layout->boxes[b].x == doctest::Approx(first.layout.boxes[b].x));
            CHECK(next.layout->boxes[b].y == doctest::Approx(first.layout.boxes[b].y));
        }
    }
}

TEST_CASE("studio layout: an arrow's label gets exactly the room its text needs") {
    LaidOut drawn = lay_out_fixture("marks.yaml");
    for (std::size_t a = 0; a < drawn.model.arrows.size(); ++a) {
        const GraphArrow& arrow = drawn.model.arrows[a];
        const ArrowPath& path = drawn.layout.arrows[a];
        if (!path.label) continue;
        CAPTURE(arrow.label);
        CHECK(path.label->width >= estimated_text_width(arrow.label, 9.5));
        CHECK(path.label->height >= static_cast<double>(1 + arrow.conditions.size()) * 9.5 * 1.3);
        CHECK(path.label->height <= static_cast<double>(1 + arrow.conditions.size()) * 9.5 * 1.3 + 4);
    }
}

TEST_CASE("studio layout: a graph of over 600 boxes still gets every arrow's label placed (external labels)") {
    GraphModel model;
    const std::size_t boxes = 700;
    for (std::size_t i = 0; i < boxes; ++i) {
        GraphBox box;
        box.node = static_cast<NodeIndex>(i);
        box.id = "n" + std::to_string(i);
        box.width = 120;
        box.height = 40;
        model.boxes.push_back(box);
    }
    // Each box leads on to the next two, as answers of a long conversation do.
    for (std::size_t i = 0; i + 1 < boxes; ++i)
        for (std::size_t step = 1; step <= 2 && i + step < boxes; ++step) {
            GraphArrow arrow;
            arrow.from = i;
            arrow.to = i + step;
            arrow.choice = static_cast<int>(step - 1);
            arrow.label = std::to_string(step) + " · L+1";
            model.arrows.push_back(arrow);
        }
    GraphLayoutResult laid_out = lay_out_graph(model);
    REQUIRE(laid_out.layout.has_value());
    const GraphLayout& layout = *laid_out.layout;
    REQUIRE(layout.arrows.size() == model.arrows.size());
    std::size_t labelled = 0;
    for (const ArrowPath& path : layout.arrows) {
        CHECK(path.spline.size() >= 4);
        if (path.label && path.label->width > 0 && path.label->height > 0) ++labelled;
    }
    CHECK(labelled == model.arrows.size());
}
