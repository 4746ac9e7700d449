// StudioDocument: the studio's open file loaded, drawn and reloaded, with what changed said by node id, the
// selection kept by id, and diagnostics led back to the node they are in. Real files in a scratch folder.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>

#include "frontdesk/studio_document.h"
#include "hostile_support.h"

using namespace frontdesk;
using frontdesk::test::replaced;
using frontdesk::test::TemporaryDirectory;
using frontdesk::test::valid_scenario;

namespace {

bool holds(const std::vector<std::string>& ids, const std::string& id) { return std::find(ids.begin(), ids.end(), id) != ids.end(); }

std::optional<std::string> selected_box_id(const StudioDocument& document) {
    std::optional<std::size_t> box = document.selected_box();
    if (!box) return std::nullopt;
    return document.graph().boxes.at(*box).id;
}

// A document open on a file in a scratch folder, rewritten and reloaded as an editor's save would be.
struct Opened {
    TemporaryDirectory folder;
    std::string path;
    StudioDocument document;

    explicit Opened(const std::string& text = valid_scenario()) : path(folder.write("s.yaml", text)), document(path) {}
    // Writes `text` over the file and reloads: whether the reload did anything.
    bool rewrite(const std::string& text) {
        folder.write("s.yaml", text);
        return document.reload();
    }
};

const std::string extra_node = "  aside:\n    say: \"One more thing.\"\n    end: partial\n    debrief: \"Half way.\"\n";

}  // namespace

TEST_CASE("studio document: a valid file opens with its nodes, graph and layout, and no errors") {
    Opened opened;
    StudioDocument& document = opened.document;
    CHECK(document.node_count() == 4);
    CHECK(document.error_count() == 0);
    REQUIRE(document.layout());
    CHECK(document.layout()->boxes.size() == document.graph().boxes.size());
    CHECK(document.graph().title == "A test");
    CHECK_FALSE(document.selected_box());
}

TEST_CASE("studio document: reloading the same bytes does nothing and says so") {
    Opened opened;
    StudioDocument& document = opened.document;
    REQUIRE(document.select_node("middle"));
    const Scenario* before = document.loaded().scenario.get();
    CHECK_FALSE(document.reload());
    CHECK(document.loaded().scenario.get() == before);
    CHECK(document.selected_id() == "middle");
    CHECK_FALSE(opened.rewrite(valid_scenario()));  // written again, the same bytes
}

TEST_CASE("studio document: a node's changed line is reported as changed, and only that node") {
    Opened opened;
    StudioDocument& document = opened.document;
    REQUIRE(opened.rewrite(replaced(valid_scenario(), "My invoice is wrong.", "My invoice is still wrong.")));
    const StudioChanges& changes = document.changes();
    CHECK(changes.changed == std::vector<std::string>{"middle"});
    CHECK(changes.added.empty());
    CHECK(changes.removed.empty());
    CHECK_FALSE(changes.title_changed);
    CHECK_FALSE(changes.diagnostics_changed);
    CHECK_FALSE(changes.nothing());
}

TEST_CASE("studio document: points, mood, targets and conditions of an answer change its node") {
    Opened opened;
    StudioDocument& document = opened.document;
    REQUIRE(opened.rewrite(replaced(valid_scenario(), "if: \"mood >= 30\"", "if: \"mood >= 35\"")));
    CHECK(document.changes().changed == std::vector<std::string>{"middle"});
    REQUIRE(opened.rewrite(valid_scenario()));
    CHECK(document.changes().changed == std::vector<std::string>{"middle"});  // and back
    REQUIRE(opened.rewrite(replaced(valid_scenario(), "score: {respect: -2}", "score: {respect: -3}")));
    CHECK(document.changes().changed == std::vector<std::string>{"opening"});
    REQUIRE(opened.rewrite(replaced(valid_scenario(), "score: {respect: -2}\n        mood: -40", "score: {respect: -3}\n        mood: -45")));
    CHECK(document.changes().changed == std::vector<std::string>{"opening"});
    REQUIRE(opened.rewrite(valid_scenario()));
    REQUIRE(opened.rewrite(replaced(valid_scenario(), "goto: happy", "goto: gone")));
    CHECK(document.changes().changed == std::vector<std::string>{"middle"});
}

TEST_CASE("studio document: an edit that changes no box or arrow keeps the layout; one that does lays it out again") {
    Opened opened;
    StudioDocument& document = opened.document;
    CHECK_FALSE(document.layout_kept());
    REQUIRE(opened.rewrite(replaced(valid_scenario(), "feedback: \"Rude.\"", "feedback: \"That was rude.\"")));
    CHECK(document.changes().changed == std::vector<std::string>{"opening"});
    CHECK(document.layout_kept());
    REQUIRE(document.layout());
    CHECK(document.layout()->boxes.size() == document.graph().boxes.size());
    REQUIRE(opened.rewrite(replaced(valid_scenario(), "My invoice is wrong.", "My invoice is wrong, and so is the one before.")));
    CHECK_FALSE(document.layout_kept());
    REQUIRE(document.layout());
    // Unreadable now: nothing to draw, whatever was drawn before.
    std::filesystem::remove(opened.path);
    REQUIRE(document.reload());
    CHECK_FALSE(document.layout_kept());
    CHECK_FALSE(document.layout());
}

TEST_CASE("studio document: moving a node in the file does not change it; a comment above changes nothing") {
    Opened opened;
    StudioDocument& document = opened.document;
    REQUIRE(opened.rewrite("# a comment on top\n" + valid_scenario()));
    CHECK(document.changes().changed.empty());
    CHECK(document.changes().added.empty());
    CHECK(document.changes().removed.empty());
}

TEST_CASE("studio document: an added node is reported as added, and drawn") {
    Opened opened;
    StudioDocument& document = opened.document;
    std::size_t boxes = document.graph().boxes.size();
    REQUIRE(opened.rewrite(valid_scenario() + extra_node));
    CHECK(document.changes().added == std::vector<std::string>{"aside"});
    CHECK(document.changes().changed.empty());
    CHECK(document.node_count() == 5);
    CHECK(document.graph().boxes.size() == boxes + 1);
    REQUIRE(document.layout());
    CHECK(document.layout()->boxes.size() == boxes + 1);
}

TEST_CASE("studio document: removing the selected node reports it removed and clears the selection") {
    Opened opened;
    StudioDocument& document = opened.document;
    REQUIRE(document.select_node("happy"));
    std::string without = replaced(valid_scenario(), "  happy:\n    say: \"Thank you.\"\n    end: success\n    debrief: \"Well done.\"\n", "");
    REQUIRE(opened.rewrite(replaced(without, "goto: happy", "goto: gone")));
    CHECK(document.changes().removed == std::vector<std::string>{"happy"});
    CHECK(holds(document.changes().changed, "middle"));
    CHECK(document.selected_id().empty());
    CHECK_FALSE(document.selected_box());
    CHECK_FALSE(document.selected_node());
}

TEST_CASE("studio document: the selection follows its node id across a reload that moves it") {
    Opened opened;
    StudioDocument& document = opened.document;
    REQUIRE(document.select_node("gone"));
    // A node added before it: its index and box number change, its id does not.
    REQUIRE(opened.rewrite(replaced(valid_scenario(), "  happy:\n", extra_node + "  happy:\n")));
    CHECK(document.selected_id() == "gone");
    CHECK(selected_box_id(document) == std::optional<std::string>("gone"));
    REQUIRE(document.selected_node());
    CHECK(document.loaded().scenario->nodes.at(static_cast<std::size_t>(*document.selected_node())).id == "gone");
}

TEST_CASE("studio document: a goto broken by a rename is an error that changes the diagnostics; fixing it clears them") {
    Opened opened;
    StudioDocument& document = opened.document;
    REQUIRE(document.select_node("opening"));
    REQUIRE(opened.rewrite(replaced(valid_scenario(), "  middle:\n", "  problem:\n")));
    CHECK(document.changes().diagnostics_changed);
    CHECK(document.error_count() > 0);
    CHECK(document.changes().removed == std::vector<std::string>{"middle"});
    CHECK(document.changes().added == std::vector<std::string>{"problem"});
    CHECK(document.selected_id() == "opening");
    CHECK(document.layout());  // a broken file is still drawn, so the trainer sees where

    REQUIRE(opened.rewrite(valid_scenario()));
    CHECK(document.changes().diagnostics_changed);
    CHECK(document.error_count() == 0);
    CHECK(document.changes().added == std::vector<std::string>{"middle"});
    CHECK(document.selected_id() == "opening");
}

TEST_CASE("studio document: a diagnostic's line leads to the box of the node it is in") {
    Opened opened(replaced(valid_scenario(), "goto: happy", "goto: hapy"));
    StudioDocument& document = opened.document;
    REQUIRE(document.error_count() > 0);
    const Diagnostic* unknown = nullptr;
    for (const Diagnostic& diagnostic : document.loaded().diagnostics.items())
        if (diagnostic.severity == Severity::error && diagnostic.location.line > 0) unknown = unknown ? unknown : &diagnostic;
    REQUIRE(unknown != nullptr);
    std::optional<std::size_t> box = document.box_for_line(unknown->location.line);
    REQUIRE(box);
    CHECK(document.graph().boxes.at(*box).id == "middle");
    // The node's own key line is in it; the lines above the first node (title, character) are in none.
    NodeIndex opening = document.loaded().scenario->find_node("opening");
    std::uint32_t key = document.loaded().scenario->nodes.at(static_cast<std::size_t>(opening)).location.line;
    CHECK(document.box_for_line(key) == document.box_of(opening));
    CHECK_FALSE(document.box_for_line(1));
    CHECK_FALSE(document.box_for_line(0));
    CHECK(document.box_for_line(4000000000u) == document.box_of(document.loaded().scenario->find_node("gone")));
}

TEST_CASE("studio document: source lines are clamped to the file") {
    Opened opened;
    StudioDocument& document = opened.document;
    std::vector<std::string> first = document.source_lines(0, 2);
    REQUIRE(first.size() == 2);
    CHECK(first[0] == "format: 1");
    CHECK(first[1] == "id: test-scenario");
    std::uint32_t count = document.loaded().source->line_count();
    CHECK(document.source_lines(count - 1, 4000000000u).size() == 2);
    CHECK(document.source_lines(5, 2).empty());
    CHECK(document.source_lines(count + 10, count + 20).empty());
    CHECK(document.box_of(no_node) == std::nullopt);
    CHECK(document.box_of(12345) == std::nullopt);
}

TEST_CASE("studio document: selecting what is not a node selects nothing") {
    Opened opened;
    StudioDocument& document = opened.document;
    CHECK_FALSE(document.select_node("no-such-node"));
    CHECK(document.selected_id().empty());
    document.select_box(999999);
    CHECK_FALSE(document.selected_box());
    REQUIRE(document.graph().boxes.size() > 1);
    document.select_box(1);
    REQUIRE(document.selected_box());
    CHECK(*document.selected_box() == 1);
    document.select_box(std::nullopt);
    CHECK_FALSE(document.selected_box());
}

TEST_CASE("studio document: a missing file or a folder opens on its error, without a graph, and never throws") {
    TemporaryDirectory folder;
    StudioDocument missing((folder.path() / "nowhere.yaml").string());
    CHECK(missing.error_count() == 1);
    CHECK(missing.node_count() == 0);
    CHECK_FALSE(missing.layout());
    CHECK(missing.graph().boxes.empty());
    CHECK(missing.source_lines(1, 10).empty());
    CHECK_FALSE(missing.box_for_line(3));
    CHECK_FALSE(missing.select_node("opening"));
    CHECK_FALSE(missing.reload());  // still missing, for the same reason

    StudioDocument directory(folder.path().string());
    CHECK(directory.error_count() == 1);
    CHECK(directory.loaded().diagnostics.items().at(0).message.find("directory") != std::string::npos);
    CHECK_FALSE(directory.reload());
}

TEST_CASE("studio document: empty, binary and bracket-filled files open on their errors") {
    TemporaryDirectory folder;
    for (const std::string& bytes : {std::string(), std::string("\x7f" "ELF\x02\x01\x01\0\0\0\xff\xfe", 12), std::string(70 * 1024, '['),
                                     std::string(35 * 1024, '{') + std::string(35 * 1024, '}'), std::string("nodes: [[[[[[[[:\n")}) {
        CAPTURE(bytes.size());
        std::string path = folder.write("hostile.yaml", bytes);
        StudioDocument document(path);
        CHECK(document.error_count() > 0);
        CHECK_FALSE(document.reload());
        CHECK(document.source_lines(1, 100).size() <= 100);
        CHECK_FALSE(document.box_for_line(1));
    }
}

TEST_CASE("studio document: a file deleted before the reload clears the picture; written again, it comes back") {
    Opened opened;
    StudioDocument& document = opened.document;
    REQUIRE(document.select_node("middle"));
    std::filesystem::remove(opened.path);
    REQUIRE(document.reload());
    CHECK(document.error_count() == 1);
    CHECK(document.node_count() == 0);
    CHECK_FALSE(document.layout());
    CHECK(document.changes().removed.size() == 4);
    CHECK(document.changes().diagnostics_changed);
    CHECK(document.changes().title_changed);
    CHECK(document.selected_id().empty());
    CHECK_FALSE(document.reload());

    REQUIRE(opened.rewrite(valid_scenario()));
    CHECK(document.error_count() == 0);
    CHECK(document.changes().added.size() == 4);
    CHECK(document.layout());
}

TEST_CASE("studio document: a file that turns into a folder is a new error") {
    Opened opened;
    StudioDocument& document = opened.document;
    std::filesystem::remove(opened.path);
    REQUIRE(document.reload());
    std::filesystem::create_directory(opened.path);
    REQUIRE(document.reload());
    CHECK(document.changes().diagnostics_changed);
    CHECK(document.error_count() == 1);
    std::filesystem::remove(opened.path);
}
