// `narration` on a node: read beside `say`, enough on its own for any node, and the two warnings that keep
// stage directions out of the character's quotes.
#include <doctest/doctest.h>

#include "format_support.h"

using frontdesk::LoadedScenario;
using frontdesk::Severity;
using frontdesk::test::find_diagnostic;
using frontdesk::test::load_text;
using frontdesk::test::playable;
using frontdesk::test::scenario_nodes;

namespace {

// The node 'opening' (line 14) with `lines` as its first lines, then three choices (11 lines): a curt and a
// long poor answer lead to 'gone', a good one to the success ending 'done' (with `ending` as its first lines).
std::string opening_with(const std::string& lines, const std::string& ending = "    say: \"Bye.\"\n",
                         const std::string& curt = "Hi.") {
    return scenario_nodes("  opening:\n" + lines +
                          "    choices:\n"
                          "      - say: \"" + curt + "\"\n"
                          "        goto: gone\n"
                          "        feedback: \"Too curt.\"\n"
                          "      - say: \"Good morning, how can I help?\"\n"
                          "        goto: done\n"
                          "        score: {listening: 2}\n"
                          "        feedback: \"An open question.\"\n"
                          "      - say: \"Whatever it is, it is not my department, and I could not say who deals with it.\"\n"
                          "        goto: gone\n"
                          "        feedback: \"Passing the buck.\"\n"
                          "  done:\n" +
                          ending +
                          "    end: success\n"
                          "    debrief: \"Good.\"\n"
                          "  gone:\n"
                          "    end: failure\n"
                          "    debrief: \"Lost.\"\n");
}

}  // namespace

TEST_SUITE("narration") {

TEST_CASE("narration is read beside say, and an ending may have only narration") {
    LoadedScenario loaded = load_text(opening_with("    narration: \"Twenty minutes later, Security calls the desk.\"\n"
                                                   "    say: \"Hello, front desk?\"\n",
                                                   "    narration: \"She leaves without a word.\"\n"));
    auto scenario = playable(loaded);
    CHECK_NO_DIAGNOSTICS(loaded);
    const frontdesk::Node& opening = scenario->nodes[0];
    CHECK(opening.narration == "Twenty minutes later, Security calls the desk.");
    CHECK(opening.say == "Hello, front desk?");
    const frontdesk::Node& done = scenario->nodes[1];
    CHECK(done.narration == "She leaves without a word.");
    CHECK(done.say.empty());
}

TEST_CASE("a node with choices may have narration and no say") {
    LoadedScenario loaded = load_text(opening_with("    narration: \"The phone rings.\"\n"));
    auto scenario = playable(loaded);
    CHECK_NO_DIAGNOSTICS(loaded);
    CHECK(scenario->nodes[0].say.empty());
    CHECK(scenario->nodes[0].narration == "The phone rings.");
}

TEST_CASE("narration in a folded block keeps its text") {
    LoadedScenario loaded = load_text(opening_with("    narration: >\n      Twenty minutes\n      later.\n    say: \"Hi.\"\n"));
    auto scenario = playable(loaded);
    CHECK(scenario->nodes[0].narration == "Twenty minutes later.\n");
}

TEST_CASE("a node with choices and neither say nor narration is an error at the node") {
    LoadedScenario loaded = load_text(opening_with(""));
    CHECK_AT(loaded, Severity::error, 14, 3, 1, "node 'opening' has neither 'say' nor 'narration'");
    CHECK(loaded.diagnostics.error_count() == 1);
}

TEST_CASE("narration that is empty or not text is an error at its value") {
    LoadedScenario empty = load_text(opening_with("    narration:\n    say: \"Hi.\"\n"));
    CHECK_AT(empty, Severity::error, 15, 15, 1, "'narration' is empty; write its text");
    LoadedScenario list = load_text(opening_with("    narration: [a, b]\n    say: \"Hi.\"\n"));
    CHECK_AT(list, Severity::error, 15, 16, 1, "'narration' must be text, found a list");
}

TEST_CASE("narration wrapped in brackets is warned about, underlined from bracket to bracket") {
    LoadedScenario loaded = load_text(opening_with("    narration: \"(She sighs.)\"\n    say: \"Fine.\"\n"));
    CHECK_AT(loaded, Severity::warning, 15, 17, 12, "the program frames narration; remove the brackets");
    CHECK(loaded.diagnostics.warning_count() == 1);
    CHECK_FALSE(loaded.diagnostics.has_errors());
}

TEST_CASE("narration in brackets written plain or with spaces around is warned about too") {
    LoadedScenario plain = load_text(opening_with("    narration: (Later.)\n    say: \"Fine.\"\n"));
    CHECK_AT(plain, Severity::warning, 15, 16, 8, "remove the brackets");
    LoadedScenario spaced = load_text(opening_with("    narration: \"  (Later.)  \"\n    say: \"Fine.\"\n"));
    CHECK_AT(spaced, Severity::warning, 15, 19, 8, "remove the brackets");
}

TEST_CASE("narration that only contains brackets somewhere is not warned about") {
    for (const char* text : {"(One) and (two).", "Later (much later).", "(Unclosed at the start.", "Two (nested (brackets))"}) {
        CAPTURE(text);
        LoadedScenario loaded = load_text(opening_with(std::string("    narration: \"") + text + "\"\n    say: \"Fine.\"\n"));
        CHECK_NO_DIAGNOSTICS(loaded);
    }
}

TEST_CASE("a say that starts with a stage direction is warned about at the direction") {
    LoadedScenario loaded = load_text(opening_with("    say: \"(Sighs.) Fine, go on.\"\n"));
    CHECK_AT(loaded, Severity::warning, 15, 11, 8, "this looks like a stage direction; move it to 'narration'");
    CHECK(loaded.diagnostics.warning_count() == 1);
}

TEST_CASE("a say that is only a stage direction is warned about, on endings too") {
    LoadedScenario loaded = load_text(opening_with("    say: \"Hello.\"\n", "    say: \"(Twenty minutes later, Security calls.)\"\n"));
    CHECK_AT(loaded, Severity::warning, 28, 11, 39, "this looks like a stage direction");
}

TEST_CASE("a stage direction in a folded say is found on its own line, with nested brackets") {
    LoadedScenario loaded = load_text(opening_with("    say: >\n      (She sighs (again).) Fine.\n"));
    CHECK_AT(loaded, Severity::warning, 16, 7, 20, "this looks like a stage direction");
}

TEST_CASE("a say with brackets later, or unclosed, and a choice's say in brackets are not warned about") {
    for (const char* text : {"Fine (I suppose).", "(Unclosed, she says", "Well. (Sighs.)"}) {
        CAPTURE(text);
        LoadedScenario loaded = load_text(opening_with(std::string("    say: \"") + text + "\"\n"));
        CHECK_NO_DIAGNOSTICS(loaded);
    }
    // A choice's say is the trainee's own words: it has no narration to move a direction to.
    CHECK_NO_DIAGNOSTICS(load_text(opening_with("    say: \"Hello.\"\n", "    say: \"Bye.\"\n", "(Smiles.) Hi.")));
}

}  // TEST_SUITE
