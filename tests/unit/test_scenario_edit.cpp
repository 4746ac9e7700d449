// The editing API: every kind of edit changes only its own bytes (checked against the changes it reports),
// the result loads, the old bytes are an exact undo, and an edit that would break the file is refused with
// the loader's diagnostics. The round trips run over every bundled scenario.
#include <doctest/doctest.h>

#include <deque>
#include <filesystem>
#include <fstream>
#include <sys/stat.h>

#include "frontdesk/analysis.h"
#include "frontdesk/edit_history.h"
#include "frontdesk/scenario_edit.h"
#include "frontdesk/scenario_library.h"
#include "hostile_support.h"

using namespace frontdesk;
using frontdesk::test::TemporaryDirectory;

namespace {

std::string read_bytes(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

const std::string example_path = std::string(FRONTDESK_FIXTURE_DIR) + "/example/angry-client-wrong-invoice.yaml";

// Outside the reported changes the result is the source, byte for byte, and applying the changes to the
// source gives the result.
void check_only_changes_differ(const std::string& source, const EditOutcome& outcome) {
    std::string why;
    for (const Diagnostic& d : outcome.diagnostics.items()) why += std::to_string(d.location.line) + ": " + d.message + "\n";
    INFO(why);
    REQUIRE(outcome.applied);
    std::string rebuilt;
    std::size_t at = 0;
    for (const TextChange& change : outcome.changes) {
        REQUIRE(change.offset >= at);
        REQUIRE(change.offset + change.removed <= source.size());
        rebuilt += source.substr(at, change.offset - at);
        rebuilt += change.inserted;
        at = change.offset + change.removed;
    }
    rebuilt += source.substr(at);
    CHECK(rebuilt == outcome.text);
}

EditOutcome edit(const std::string& source, std::vector<ScenarioEdit> edits) {
    return apply_edits(source, edits, "example.yaml");
}

// The scenario `text` loads as, kept alive for the rest of the test run (tests hold references into it).
const Scenario& loaded_scenario(const std::string& text) {
    static std::deque<LoadedScenario> kept;
    kept.push_back(load_scenario_text("edited.yaml", text));
    INFO(format_diagnostics(kept.back()));
    REQUIRE(kept.back().playable());
    return *kept.back().scenario;
}

const Node& node_named(const Scenario& s, const std::string& id) {
    for (const Node& node : s.nodes)
        if (node.id == id) return node;
    FAIL("no node " << id);
    return s.nodes.front();
}

std::string one_change(const EditOutcome& outcome) {
    REQUIRE(outcome.changes.size() == 1);
    return outcome.changes.front().inserted;
}

}  // namespace

TEST_CASE("edit: setting a text rewrites only its quoted value, keeping the quotes' style") {
    std::string source = read_bytes(example_path);
    EditOutcome out = edit(source, {ScenarioEdit::set("nodes.details.say", "You billed me twice, \"twice\"!")});
    check_only_changes_differ(source, out);
    CHECK(one_change(out) == "\"You billed me twice, \\\"twice\\\"!\"");
    CHECK(node_named(loaded_scenario(out.text), "details").say == "You billed me twice, \"twice\"!");
}

TEST_CASE("edit: a plain value stays plain and a comment after it on the line is kept") {
    std::string source = read_bytes(example_path);
    REQUIRE(source.find("  mood: 25                            # 0..100") != std::string::npos);
    EditOutcome out = edit(source, {ScenarioEdit::set("character.mood", "40")});
    check_only_changes_differ(source, out);
    CHECK(out.text.find("  mood: 40                            # 0..100") != std::string::npos);
    CHECK(loaded_scenario(out.text).character.mood == 40);
}

TEST_CASE("edit: an answer's fields by number, from 1 as in diagnostics") {
    std::string source = read_bytes(example_path);
    EditOutcome out = edit(source, {ScenarioEdit::set("nodes.opening.choices.2.feedback", "Quick, but he was not heard."),
                                    ScenarioEdit::set("nodes.opening.choices.2.mood", "-10"),
                                    ScenarioEdit::set("nodes.opening.choices.2.score.problem_solving", "2"),
                                    ScenarioEdit::set("nodes.opening.choices.2.goto", "fix"),
                                    ScenarioEdit::set("nodes.opening.choices.2.if", "mood >= 30")});
    check_only_changes_differ(source, out);
    const Node& opening = node_named(loaded_scenario(out.text), "opening");
    const Choice& second = opening.choices.at(1);
    CHECK(second.feedback == "Quick, but he was not heard.");
    CHECK(out.text.find("        mood: -10\n        feedback: \"Quick, but he was not heard.\"") != std::string::npos);
    CHECK(out.text.find("score: {problem_solving: 2, listening: -1}") != std::string::npos);
    CHECK(out.text.find("        goto: fix\n        if: \"mood >= 30\"") != std::string::npos);
    CHECK(out.changes.size() == 5);
}

TEST_CASE("edit: a key that is missing is added where the format puts it") {
    std::string source = read_bytes(example_path);
    SUBCASE("a skill's points in a {map}") {
        EditOutcome out = edit(source, {ScenarioEdit::set("nodes.details.choices.1.score.respect", "1")});
        check_only_changes_differ(source, out);
        CHECK(out.text.find("score: {listening: 2, respect: 1}") != std::string::npos);
    }
    SUBCASE("a whole score map that was not there") {
        std::string without = test::replaced(source, "        score: {problem_solving: 2, respect: 1}\n", "");
        EditOutcome out = edit(without, {ScenarioEdit::set("nodes.fix.choices.1.score.respect", "1")});
        check_only_changes_differ(without, out);
        CHECK(out.text.find("        goto: thanks\n        score: {respect: 1}\n        mood: +20") != std::string::npos);
    }
    SUBCASE("a narration goes before the line it introduces") {
        EditOutcome out = edit(source, {ScenarioEdit::set("nodes.fix.narration", "He leans on the counter.")});
        check_only_changes_differ(source, out);
        CHECK(out.text.find("  fix:\n    narration: \"He leans on the counter.\"\n    say: ") != std::string::npos);
        CHECK(node_named(loaded_scenario(out.text), "fix").narration == "He leans on the counter.");
    }
}

TEST_CASE("edit: removing an optional value takes its whole line and nothing else") {
    std::string source = read_bytes(example_path);
    EditOutcome out = edit(source, {ScenarioEdit::remove("nodes.opening.choices.2.if")});
    check_only_changes_differ(source, out);
    CHECK(out.text.find("if: \"mood >= 20 and not asked_number\"") == std::string::npos);
    CHECK(out.text.size() < source.size());
    EditOutcome flow = edit(source, {ScenarioEdit::remove("nodes.opening.choices.2.score.listening")});
    check_only_changes_differ(source, flow);
    CHECK(flow.text.find("score: {problem_solving: 1}") != std::string::npos);
}

TEST_CASE("edit: renaming a node updates start, goto, on_timeout, on_mood_zero and visited()") {
    std::string example = read_bytes(example_path);
    EditOutcome out = edit(example, {ScenarioEdit::rename_node("details", "the_facts")});
    check_only_changes_differ(example, out);
    CHECK(out.text.find("details") == std::string::npos);
    const Scenario& s = loaded_scenario(out.text);
    const Node& silence = node_named(s, "silence");
    CHECK(s.nodes.at(silence.choices.at(0).target).id == "the_facts");

    std::string with_visited = test::replaced(example, "if: \"mood >= 20 and not asked_number\"",
                                              "if: \"not visited(details) and visited( silence )\"");
    EditOutcome renamed = edit(with_visited, {ScenarioEdit::rename_node("silence", "quiet")});
    check_only_changes_differ(with_visited, renamed);
    CHECK(renamed.text.find("if: \"not visited(details) and visited( quiet )\"") != std::string::npos);
    CHECK(renamed.text.find("{goto: quiet,") != std::string::npos);
    CHECK(renamed.text.find("goto: silence") == std::string::npos);
    CHECK(renamed.text.find("  silence:") == std::string::npos);
    CHECK(renamed.text.find("Coming back with an apology repairs the silence.") != std::string::npos);  // texts keep the word
    EditOutcome ending = edit(example, {ScenarioEdit::rename_node("hangs_up", "walks_out")});
    check_only_changes_differ(example, ending);
    CHECK(ending.text.find("on_mood_zero: walks_out") != std::string::npos);
    CHECK(ending.text.find("hangs_up") == std::string::npos);
}

TEST_CASE("edit: renaming refuses a taken or malformed id and a node that does not exist") {
    std::string source = read_bytes(example_path);
    EditOutcome taken = edit(source, {ScenarioEdit::rename_node("details", "fix")});
    CHECK_FALSE(taken.applied);
    CHECK(taken.text == source);
    CHECK(taken.diagnostics.items().at(0).message.find("already a node 'fix'") != std::string::npos);
    EditOutcome bad = edit(source, {ScenarioEdit::rename_node("details", "9 lives")});
    CHECK_FALSE(bad.applied);
    CHECK(bad.diagnostics.items().at(0).message.find("must start with a letter") != std::string::npos);
    EditOutcome missing = edit(source, {ScenarioEdit::rename_node("detials", "facts")});
    CHECK(missing.diagnostics.items().at(0).message.find("did you mean 'details'?") != std::string::npos);
}

TEST_CASE("edit: a node added from an answer's arrow loads as an ending and the answer leads to it") {
    std::string source = read_bytes(example_path);
    EditOutcome out = edit(source, {ScenarioEdit::add_node("manager", "fix", 2)});
    check_only_changes_differ(source, out);
    const Scenario& s = loaded_scenario(out.text);
    const Node& manager = node_named(s, "manager");
    CHECK(manager.choices.empty());
    const Node& fix = node_named(s, "fix");
    CHECK(s.nodes.at(fix.choices.at(1).target).id == "manager");
    std::string added = "\n  manager:\n    say: \"...\"\n    end: partial\n    debrief: \"...\"\n";
    CHECK(out.text.size() > added.size());
    CHECK(out.text.substr(out.text.size() - added.size()) == added);
}

TEST_CASE("edit: adding, deleting and moving answers keeps the other answers' bytes") {
    std::string source = read_bytes(example_path);
    EditOutcome added = edit(source, {ScenarioEdit::add_choice("silence", "fix")});
    check_only_changes_differ(source, added);
    const Node& silence = node_named(loaded_scenario(added.text), "silence");
    REQUIRE(silence.choices.size() == 2);
    CHECK(silence.choices.at(1).say == "...");

    EditOutcome deleted = edit(source, {ScenarioEdit::delete_choice("opening", 2)});
    check_only_changes_differ(source, deleted);
    const Node& opening = node_named(loaded_scenario(deleted.text), "opening");
    CHECK(opening.choices.size() == 2);
    CHECK(deleted.text.find("Can I have the invoice number?") == std::string::npos);

    EditOutcome moved = edit(source, {ScenarioEdit::move_choice("opening", 3, 1)});
    check_only_changes_differ(source, moved);
    CHECK(moved.text.size() == source.size());
    const Node& reordered = node_named(loaded_scenario(moved.text), "opening");
    CHECK(reordered.choices.at(0).say == "Calm down, sir, shouting won't help.");
    EditOutcome back = edit(moved.text, {ScenarioEdit::move_choice("opening", 1, 3)});
    CHECK(back.text == source);
}

TEST_CASE("edit: an edit that would not load is refused with the loader's diagnostics, the bytes untouched") {
    std::string source = read_bytes(example_path);
    EditOutcome bad_goto = edit(source, {ScenarioEdit::set("nodes.opening.choices.1.goto", "nowhere")});
    CHECK_FALSE(bad_goto.applied);
    CHECK(bad_goto.text == source);
    CHECK(bad_goto.diagnostics.has_errors());
    CHECK(bad_goto.diagnostics.items().at(0).location.line > 0);
    EditOutcome bad_mood = edit(source, {ScenarioEdit::set("nodes.opening.choices.1.mood", "a lot")});
    CHECK_FALSE(bad_mood.applied);
    EditOutcome only_one = edit(source, {ScenarioEdit::delete_choice("silence", 1)});
    CHECK_FALSE(only_one.applied);
    CHECK(only_one.diagnostics.items().at(0).message.find("only this answer") != std::string::npos);
    // All or nothing: a good edit before a bad one is not applied either.
    EditOutcome mixed = edit(source, {ScenarioEdit::set("title", "New"), ScenarioEdit::set("nodes.nope.say", "x")});
    CHECK_FALSE(mixed.applied);
    CHECK(mixed.text == source);
}

TEST_CASE("edit: key paths that name nothing get a sentence saying what is there") {
    std::string source = read_bytes(example_path);
    auto message = [&](ScenarioEdit e) {
        EditOutcome out = edit(source, {e});
        REQUIRE_FALSE(out.applied);
        return out.diagnostics.items().at(0).message;
    };
    CHECK(message(ScenarioEdit::set("nodes.opening.choices.9.say", "x")).find("has 3 items") != std::string::npos);
    CHECK(message(ScenarioEdit::set("nodes.opening.choices.0.say", "x")).find("from 1 to 3") != std::string::npos);
    CHECK(message(ScenarioEdit::set("nodes.openin.say", "x")).find("did you mean 'opening'?") != std::string::npos);
    CHECK(message(ScenarioEdit::set("nodes.opening", "x")).find("holds a map") != std::string::npos);
    CHECK(message(ScenarioEdit::set("title.more", "x")).find("single value") != std::string::npos);
    CHECK(message(ScenarioEdit::set("nodes..say", "x")).find("empty part") != std::string::npos);
    CHECK(message(ScenarioEdit::delete_choice("opening", 4)).find("answers are numbered from 1 to 3") != std::string::npos);
    CHECK(message(ScenarioEdit::add_choice("thanks")).find("is an ending") != std::string::npos);
    CHECK(message(ScenarioEdit::remove("nodes.opening.choices.1.ideal")).find("nothing to remove") != std::string::npos);
}

TEST_CASE("edit: hostile values are written so they read back as the same text") {
    std::string source = read_bytes(example_path);
    for (std::string value : {std::string("a: b # not a comment"), std::string("- looks like a list"), std::string("line one\nline two"),
                              std::string("tab\there"), std::string("back\\slash \\n"), std::string("[brackets], commas: and {{braces}}"),
                              std::string("true"), std::string("42"), std::string("Città, caffè — “quotes” 😀"), std::string("'single'")}) {
        CAPTURE(value);
        EditOutcome out = edit(source, {ScenarioEdit::set("nodes.thanks.debrief", value), ScenarioEdit::set("character.name", value)});
        check_only_changes_differ(source, out);
        const Scenario& s = loaded_scenario(out.text);
        CHECK(node_named(s, "thanks").debrief == value);
        CHECK(s.character.name == value);
    }
}

TEST_CASE("edit: a byte-order mark and CRLF line ends are kept; new lines use the file's line ends") {
    std::string source = read_bytes(example_path);
    std::string crlf = "\xEF\xBB\xBF" + test::replaced_everywhere(source, "\n", "\r\n");
    EditOutcome out = edit(crlf, {ScenarioEdit::set("nodes.fix.narration", "Later."), ScenarioEdit::add_choice("silence")});
    check_only_changes_differ(crlf, out);
    CHECK(out.text.rfind("\xEF\xBB\xBF", 0) == 0);
    CHECK(out.text.find("    narration: \"Later.\"\r\n    say:") != std::string::npos);
    for (std::size_t at = out.text.find('\n'); at != std::string::npos; at = out.text.find('\n', at + 1))
        REQUIRE(out.text[at - 1] == '\r');
}

TEST_CASE("edit: round trip over every bundled scenario: each kind of edit, then its undo, gives the file back") {
    for (const auto& entry : std::filesystem::directory_iterator(FRONTDESK_SCENARIO_DIR)) {
        if (entry.path().extension() != ".yaml") continue;
        std::string path = entry.path().string();
        CAPTURE(path);
        std::string source = read_bytes(path);
        LoadedScenario loaded = load_scenario_text(path, source);
        REQUIRE(loaded.playable());
        const Scenario& s = *loaded.scenario;
        const Node* deciding = nullptr;
        for (const Node& node : s.nodes)
            if (node.choices.size() >= 2) {
                deciding = &node;
                break;
            }
        REQUIRE(deciding);
        std::string id = deciding->id;
        std::string start = s.nodes.at(s.start).id;
        std::vector<std::vector<ScenarioEdit>> kinds = {
            {ScenarioEdit::set("title", s.title + " (edited)")},
            {ScenarioEdit::set("nodes." + id + ".say", "Changed line.")},
            {ScenarioEdit::set("nodes." + id + ".choices.1.feedback", "Changed feedback.")},
            {ScenarioEdit::set("nodes." + id + ".choices.2.mood", "3")},
            {ScenarioEdit::rename_node(start, "renamed_start")},
            {ScenarioEdit::add_node("added_node", id, 1)},
            {ScenarioEdit::add_choice(id)},
            {ScenarioEdit::delete_choice(id, 1)},
            {ScenarioEdit::move_choice(id, 1, 2)},
        };
        for (const auto& edits : kinds) {
            EditOutcome out = apply_edits(source, edits, path);
            CAPTURE(edits.front().key_path);
            CAPTURE(static_cast<int>(edits.front().kind));
            // Deleting an answer may leave a node unreachable, which is a warning; errors refuse.
            if (!out.applied) {
                CHECK(out.diagnostics.has_errors());
                continue;
            }
            check_only_changes_differ(source, out);
            CHECK(out.text != source);
            // Undo is the old bytes; applying the changes in reverse gives them too.
            std::string undone = out.text;
            for (auto it = out.changes.rbegin(); it != out.changes.rend(); ++it) {
                std::size_t at = it->offset;
                long shift = 0;
                for (const TextChange& c : out.changes)
                    if (c.offset < it->offset) shift += static_cast<long>(c.inserted.size()) - static_cast<long>(c.removed);
                undone.replace(static_cast<std::size_t>(static_cast<long>(at) + shift), it->inserted.size(),
                               source.substr(it->offset, it->removed));
            }
            CHECK(undone == source);
        }
        // Renaming there and back gives the same bytes.
        EditOutcome there = apply_edits(source, {ScenarioEdit::rename_node(start, "renamed_start")}, path);
        REQUIRE(there.applied);
        EditOutcome back = apply_edits(there.text, {ScenarioEdit::rename_node("renamed_start", start)}, path);
        CHECK(back.text == source);
    }
}

TEST_CASE("edit: the file is written atomically, keeps its permissions, and a refused edit leaves it alone") {
    TemporaryDirectory folder;
    std::string path = (folder.path() / "scenario.yaml").string();
    std::string source = read_bytes(example_path);
    { std::ofstream(path, std::ios::binary) << source; }
    ::chmod(path.c_str(), 0640);
    EditOutcome out = edit_scenario_file(path, {ScenarioEdit::set("title", "Edited on disk")});
    REQUIRE(out.applied);
    CHECK(read_bytes(path) == out.text);
    struct stat after {};
    REQUIRE(::stat(path.c_str(), &after) == 0);
    CHECK((after.st_mode & 0777) == 0640);
    std::size_t files = 0;
    for (const auto& entry : std::filesystem::directory_iterator(folder.path())) {
        (void)entry;
        ++files;
    }
    CHECK(files == 1);  // no temporary file left behind

    EditOutcome refused = edit_scenario_file(path, {ScenarioEdit::set("start", "nowhere")});
    CHECK_FALSE(refused.applied);
    CHECK(read_bytes(path) == out.text);

    EditOutcome missing = edit_scenario_file((folder.path() / "none.yaml").string(), {ScenarioEdit::set("title", "x")});
    CHECK_FALSE(missing.applied);
    CHECK(missing.diagnostics.has_errors());
    EditOutcome a_folder = edit_scenario_file(folder.path().string(), {ScenarioEdit::set("title", "x")});
    CHECK_FALSE(a_folder.applied);
}

TEST_CASE("edit: a file that is not a scenario, or not YAML, is refused without a crash") {
    for (std::string bytes : {std::string(""), std::string("[[[["), std::string("- a\n- b\n"), std::string("just text"),
                              std::string(70000, '['), std::string("nodes: {a: {say: x}}\n"), std::string("\x01\x02\xff", 3)}) {
        EditOutcome out = apply_edits(bytes, {ScenarioEdit::set("nodes.a.say", "y"), ScenarioEdit::add_choice("a")}, "x.yaml");
        CHECK_FALSE(out.applied);
        CHECK(out.text == bytes);
        CHECK(out.diagnostics.has_errors());
    }
}

TEST_CASE("edit history: undo writes back the exact bytes, redo the edit's, step by step") {
    TemporaryDirectory folder;
    std::string path = (folder.path() / "scenario.yaml").string();
    std::string source = read_bytes(example_path);
    { std::ofstream(path, std::ios::binary) << source; }
    EditHistory history(path);
    CHECK_FALSE(history.can_undo());
    REQUIRE(history.apply({ScenarioEdit::set("title", "First")}, "title").applied);
    std::string after_first = read_bytes(path);
    REQUIRE(history.apply({ScenarioEdit::add_choice("silence", "fix")}, "new answer").applied);
    std::string after_second = read_bytes(path);
    CHECK(history.undo_label() == "new answer");
    CHECK(history.undo() == "");
    CHECK(read_bytes(path) == after_first);
    CHECK(history.redo_label() == "new answer");
    CHECK(history.undo() == "");
    CHECK(read_bytes(path) == source);
    CHECK_FALSE(history.can_undo());
    CHECK(history.undo() != "");
    CHECK(history.redo() == "");
    CHECK(read_bytes(path) == after_first);
    CHECK(history.redo() == "");
    CHECK(read_bytes(path) == after_second);
    // A new edit after an undo drops what could be redone.
    REQUIRE(history.undo() == "");
    REQUIRE(history.apply({ScenarioEdit::set("title", "Other")}, "title").applied);
    CHECK_FALSE(history.can_redo());
    // A refused edit and an edit that changes nothing leave no step.
    std::size_t depth = history.undo_depth();
    CHECK_FALSE(history.apply({ScenarioEdit::set("start", "nowhere")}, "start").applied);
    CHECK(history.apply({ScenarioEdit::set("title", "Other")}, "title").applied);
    CHECK(history.undo_depth() == depth);
}

TEST_CASE("edit history: a file changed outside the studio is never overwritten by undo or redo") {
    TemporaryDirectory folder;
    std::string path = (folder.path() / "scenario.yaml").string();
    std::string source = read_bytes(example_path);
    { std::ofstream(path, std::ios::binary) << source; }
    EditHistory history(path);
    REQUIRE(history.apply({ScenarioEdit::set("title", "Mine")}, "title").applied);
    std::string theirs = test::replaced(read_bytes(path), "title: \"Mine\"", "title: \"Theirs\"");
    { std::ofstream(path, std::ios::binary | std::ios::trunc) << theirs; }
    std::string why = history.undo();
    CHECK(why.find("was changed outside the studio") != std::string::npos);
    CHECK(read_bytes(path) == theirs);
    CHECK_FALSE(history.can_undo());
    CHECK_FALSE(history.can_redo());
}
