// The studio behind the window: the graph's view (fit, zoom round the pointer, pan, keeping a box in view,
// hit testing, arrow-key moves between boxes) and the model's selection by diagnostic and by arrow key over
// a real file, reloaded as a text editor saves it.
#include <doctest/doctest.h>

#include <cmath>
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>

#include <unistd.h>

#include "graph_view.h"
#include "studio_model.h"

using namespace frontdesk;
using namespace frontdesk::gui;

namespace {

// Three boxes: one at the top, two side by side under it.
GraphLayout three_boxes() {
    GraphLayout layout;
    layout.width = 400;
    layout.height = 300;
    layout.boxes = {{150, 0, 100, 50}, {0, 200, 100, 50}, {300, 200, 100, 50}};
    return layout;
}

std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

void write_file(const std::string& path, const std::string& text) {
    std::string next = path + ".next";
    std::ofstream(next, std::ios::binary) << text;
    std::filesystem::rename(next, path);  // as vim and VS Code save
}

// A scratch folder named after `purpose` holding a copy of a bundled scenario, saved as an editor would.
struct ScratchScenario {
    std::string dir, path, text;
    explicit ScratchScenario(const std::string& purpose) {
        dir = std::filesystem::temp_directory_path() / ("frontdesk-studio-" + purpose + "-" + std::to_string(::getpid()));
        std::filesystem::create_directories(dir);
        path = dir + "/scenario.yaml";
        text = read_file(std::string(FRONTDESK_SCENARIO_DIR) + "/angry-client-double-billing.yaml");
        write_file(path, text);
    }
};

}  // namespace

TEST_CASE("fitting shows the whole graph centred, never blown up past 1.5 pixels per point") {
    GraphView view;
    view.set_canvas(800, 600);
    GraphLayout layout = three_boxes();
    view.fit(layout);
    CHECK(view.fitted_once());
    CHECK(view.scale() == doctest::Approx(1.5));
    CanvasPoint top_left = view.to_canvas({0, 0}), bottom_right = view.to_canvas({400, 300});
    CHECK(top_left.x >= 0);
    CHECK(top_left.y >= 0);
    CHECK(bottom_right.x <= 800);
    CHECK(bottom_right.y <= 600);
    CHECK(view.centre().x == doctest::Approx(200));
    // A graph far larger than the canvas shrinks to fit (down to the smallest zoom).
    layout.width = 8000;
    layout.height = 6000;
    view.fit(layout);
    CHECK(view.scale() < 0.1);
    CHECK(view.scale() >= GraphView::min_scale);
}

TEST_CASE("zooming keeps the point under the pointer where it is; panning moves the picture by the pixels") {
    GraphView view;
    view.set_canvas(800, 600);
    view.fit(three_boxes());
    CanvasPoint pointer{123, 456};
    GraphPoint under = view.to_graph(pointer);
    view.zoom(2.0, pointer);
    CanvasPoint again = view.to_canvas(under);
    CHECK(again.x == doctest::Approx(pointer.x));
    CHECK(again.y == doctest::Approx(pointer.y));
    view.zoom(1000, pointer);
    CHECK(view.scale() == doctest::Approx(GraphView::max_scale));
    view.zoom(0, pointer);     // hostile factors change nothing
    view.zoom(-3, pointer);
    view.zoom(NAN, pointer);
    CHECK(view.scale() == doctest::Approx(GraphView::max_scale));
    CanvasPoint before = view.to_canvas({10, 10});
    view.pan(30, -20);
    CanvasPoint after = view.to_canvas({10, 10});
    CHECK(after.x - before.x == doctest::Approx(30));
    CHECK(after.y - before.y == doctest::Approx(-20));
}

TEST_CASE("a box the keyboard selects is brought into view, the picture moved no more than needed") {
    GraphView view;
    view.set_canvas(200, 200);
    view.fit(three_boxes());
    view.zoom(4.0, {0, 0});
    GraphRect far = three_boxes().boxes[2];
    view.keep_in_view(far);
    CanvasPoint min = view.to_canvas({far.x, far.y}), max = view.to_canvas({far.x + far.width, far.y + far.height});
    CHECK(min.x >= 0);
    CHECK(min.y >= 0);
    // At this zoom the box is larger than the canvas: its top left corner is shown.
    CHECK(min.x < 50);
    (void)max;
    GraphView small;
    small.set_canvas(800, 600);
    small.fit(three_boxes());
    GraphPoint centre = small.centre();
    small.keep_in_view(three_boxes().boxes[0]);  // already in view: nothing moves
    CHECK(small.centre().x == doctest::Approx(centre.x));
    CHECK(small.centre().y == doctest::Approx(centre.y));
}

TEST_CASE("a click finds the box under it; arrow keys move to the nearest box that way") {
    GraphLayout layout = three_boxes();
    CHECK(box_at(layout, {160, 10}) == std::optional<std::size_t>(0));
    CHECK(box_at(layout, {350, 220}) == std::optional<std::size_t>(2));
    CHECK_FALSE(box_at(layout, {200, 120}));
    CHECK(box_towards(layout, std::nullopt, Direction::down) == std::optional<std::size_t>(0));  // the top one first
    CHECK(box_towards(layout, 0, Direction::down).has_value());
    CHECK(box_towards(layout, 1, Direction::right) == std::optional<std::size_t>(2));
    CHECK(box_towards(layout, 2, Direction::left) == std::optional<std::size_t>(1));
    CHECK(box_towards(layout, 1, Direction::up) == std::optional<std::size_t>(0));
    CHECK_FALSE(box_towards(layout, 0, Direction::up));
    CHECK_FALSE(box_towards(layout, 2, Direction::right));
    CHECK_FALSE(box_towards(GraphLayout{}, std::nullopt, Direction::down));
    CHECK(box_towards(layout, 99, Direction::down) == std::optional<std::size_t>(0));  // a stale index starts again
}

TEST_CASE("the studio model opens a file, picks a diagnostic's node, and keeps the selection and view across a save") {
    std::string dir = std::filesystem::temp_directory_path() / ("frontdesk-studio-model-" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir);
    std::string path = dir + "/scenario.yaml";
    std::string good = read_file(std::string(FRONTDESK_SCENARIO_DIR) + "/angry-client-double-billing.yaml");
    REQUIRE(good.find("goto: calm_down") != std::string::npos);
    write_file(path, good);
    StudioModel studio;
    studio.open(path);
    REQUIRE(studio.is_open());
    CHECK(studio.document().error_count() == 0);
    CHECK(studio.tab == StudioTab::node);
    CHECK(studio.node_analysis().size() == studio.document().node_count());
    REQUIRE(studio.document().layout());
    studio.view().set_canvas(900, 700);
    studio.view().fit(*studio.document().layout());
    studio.select_towards(Direction::down);
    REQUIRE(studio.document().selected_box());
    std::string selected = studio.document().selected_id();
    studio.view().zoom(2.0, {100, 100});
    double scale = studio.view().scale();
    GraphPoint centre = studio.view().centre();

    std::string broken = good;
    broken.replace(broken.find("goto: calm_down"), 15, "goto: calm_dwn");
    write_file(path, broken);
    bool reloaded = false;
    for (int i = 0; i < 100 && !reloaded; ++i) {
        reloaded = studio.poll();
        if (!reloaded) std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    REQUIRE(reloaded);
    CHECK(studio.document().error_count() > 0);
    CHECK(studio.document().selected_id() == selected);
    CHECK(studio.view().scale() == doctest::Approx(scale));
    CHECK(studio.view().centre().x == doctest::Approx(centre.x));
    // The error's node is picked from the checks.
    const auto& items = studio.document().loaded().diagnostics.items();
    REQUIRE_FALSE(items.empty());
    studio.pick_diagnostic(0);
    CHECK(studio.picked_diagnostic == std::optional<std::size_t>(0));
    CHECK(studio.document().selected_id() == "opening");
    studio.pick_diagnostic(999);  // a stale index changes nothing
    CHECK(studio.picked_diagnostic == std::optional<std::size_t>(0));
    // Nothing changed: no reload. F5 on the same bytes: none either.
    CHECK_FALSE(studio.poll());
    CHECK_FALSE(studio.poll(true));
    write_file(path, good);
    reloaded = false;
    for (int i = 0; i < 100 && !reloaded; ++i) {
        reloaded = studio.poll();
        if (!reloaded) std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    REQUIRE(reloaded);
    CHECK(studio.document().error_count() == 0);
    studio.close();
    CHECK_FALSE(studio.is_open());
    std::filesystem::remove_all(dir);
}

TEST_CASE("the studio plays from a node in a state set by hand, and a save stops the test run") {
    ScratchScenario scratch("play");
    const std::string &dir = scratch.dir, &path = scratch.path, &good = scratch.text;
    StudioModel studio;
    studio.open(path);
    REQUIRE(studio.document().loaded().playable());
    const Scenario& scenario = *studio.document().loaded().scenario;
    NodeIndex ticket = scenario.node_index.at("raise_ticket");
    // The flag that offers the ideal answer, set by hand: it is offered; not set: the other one is.
    auto flag = static_cast<std::size_t>(std::find(scenario.flags.begin(), scenario.flags.end(), "noted_bank_fee") - scenario.flags.begin());
    REQUIRE(flag < scenario.flags.size());
    REQUIRE(studio.draft.flags.size() == scenario.flags.size());
    studio.draft.mood = 10;
    studio.draft.flags[flag] = 1;
    CHECK(studio.start_play(ticket).empty());
    REQUIRE(studio.play);
    CHECK(studio.play->session().mood() == 10);
    CHECK(studio.play->offered() == std::vector<int>{0, 1, 3});
    CHECK(studio.play->choose(1));
    CHECK(studio.play->session().node().id == "fee_sorted");
    studio.update_overlay();
    CHECK(studio.trail_arrows.size() == 1);
    REQUIRE(studio.trail_box);
    CHECK(studio.document().graph().boxes[*studio.trail_box].id == "fee_sorted");
    CHECK(studio.play->step_back());
    CHECK(studio.play->session().node().id == "raise_ticket");
    studio.stop_play();
    studio.draft.flags[flag] = 0;
    CHECK(studio.start_play(ticket).empty());
    CHECK(studio.play->offered() == std::vector<int>{0, 2, 3});
    // A replay of a rule's run walks the graph; the file saved under it stops both, with a note.
    studio.replay_rule(Strategy::longest);
    REQUIRE(studio.replay);
    CHECK_FALSE(studio.play);
    CHECK(studio.replay->next());
    studio.update_overlay();
    CHECK_FALSE(studio.trail_arrows.empty());
    write_file(path, good + "\n# a comment\n");
    bool reloaded = false;
    for (int i = 0; i < 100 && !reloaded; ++i) {
        reloaded = studio.poll();
        if (!reloaded) std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    REQUIRE(reloaded);
    CHECK(studio.file_changed_under_play);
    CHECK_FALSE(studio.replay);
    CHECK(studio.trail_arrows.empty());
    // Hostile: a node out of range is refused with a reason, nothing started (the reloaded scenario's count).
    std::size_t nodes = studio.document().loaded().scenario->nodes.size();
    CHECK_FALSE(studio.start_play(static_cast<NodeIndex>(nodes + 5)).empty());
    CHECK_FALSE(studio.play);
    // The tells are those of playtest's rules.
    const StudioTells* tells = studio.tells();
    REQUIRE(tells != nullptr);
    CHECK(tells->rules.size() == deterministic_strategies.size());
    // Results that cannot be opened say why; nothing is drawn from them.
    studio.set_results_location(dir + "/missing-folder/results.db");
    studio.read_results();
    CHECK(studio.results_read());
    CHECK(studio.arrow_weights.empty());
    std::filesystem::remove_all(dir);
}

TEST_CASE("the studio model's edits are written at once, reloaded, undone to the exact bytes, and refused when they break the file") {
    ScratchScenario scratch("edit");
    const std::string &dir = scratch.dir, &path = scratch.path, &good = scratch.text;
    StudioModel studio;
    studio.open(path);
    REQUIRE(studio.document().select_node("opening"));
    CHECK(studio.edit({ScenarioEdit::set("nodes.opening.say", "Third call.")}, "opening line"));
    CHECK(studio.edits_written == 1);
    CHECK(studio.document().loaded().scenario->nodes.at(studio.document().selected_node().value()).say == "Third call.");
    CHECK(read_file(path).find("say: \"Third call.\"") != std::string::npos);
    CHECK(studio.history()->undo_label() == "opening line");
    // Renaming the selected node keeps it selected under its new id.
    CHECK(studio.edit({ScenarioEdit::rename_node("opening", "first_call")}, "rename", "first_call"));
    CHECK(studio.document().selected_id() == "first_call");
    // A goto to nowhere is refused: the file keeps its bytes and the note says why, with the line.
    std::string before = read_file(path);
    CHECK_FALSE(studio.edit({ScenarioEdit::set("nodes.first_call.choices.1.goto", "nowhere")}, "goto"));
    CHECK(read_file(path) == before);
    CHECK(studio.edit_note.find("'nowhere'") != std::string::npos);
    CHECK(studio.edit_note_line > 0);
    // Undo twice: the original bytes; redo: the first edit again.
    CHECK(studio.undo());
    CHECK(studio.edit_note.empty());
    CHECK(studio.undo());
    CHECK(read_file(path) == good);
    CHECK(studio.document().select_node("opening"));
    CHECK(studio.redo());
    CHECK(read_file(path).find("say: \"Third call.\"") != std::string::npos);
    // The watch's own event after the edit finds the same bytes: nothing more is reloaded.
    std::this_thread::sleep_for(std::chrono::milliseconds(40));
    CHECK_FALSE(studio.poll());
    std::filesystem::remove_all(dir);
}
