// One test case per diagnostic the loader and the checks report: each provokes exactly one mistake in a small
// scenario and asserts the severity, the exact 1-based line and column, and the key part of the message.
// Line and column numbers are written out by hand on purpose (not computed from the text), so a test fails
// when the engine points at the wrong place.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "test_support.h"

using frontdesk::Diagnostic;
using frontdesk::LoadedScenario;
using frontdesk::Severity;
using frontdesk::test::find_diagnostic;
using frontdesk::test::load_text;
using frontdesk::test::valid_scenario;

namespace {

// `text` with the single occurrence of `from` replaced by `to`; the test stops if `from` is missing or
// ambiguous, so a change to valid_scenario() cannot silently turn a test into a no-op.
std::string replaced(std::string text, const std::string& from, const std::string& to) {
    std::size_t at = text.find(from);
    REQUIRE_MESSAGE(at != std::string::npos, "text to replace not found: " << from);
    REQUIRE_MESSAGE(text.find(from, at + 1) == std::string::npos, "text to replace is ambiguous: " << from);
    text.replace(at, from.size(), to);
    return text;
}

// valid_scenario() with one change.
std::string scenario_with(const std::string& from, const std::string& to) { return replaced(valid_scenario(), from, to); }

// valid_scenario() without one whole line (given without its line break).
std::string scenario_without_line(const std::string& line) { return replaced(valid_scenario(), line + "\n", ""); }

std::string all_diagnostics(const LoadedScenario& loaded) {
    std::string out = frontdesk::format_diagnostics(loaded);
    return out.empty() ? std::string("(no diagnostics)") : out;
}

}  // namespace

// Finds the first diagnostic whose message contains `fragment` and checks its severity and position. A macro
// so that failures are reported at the line of the test, with every diagnostic of the load printed.
#define CHECK_DIAGNOSTIC(loaded, expected_severity, expected_line, expected_column, fragment)                 \
    do {                                                                                                       \
        const LoadedScenario& check_loaded_ = (loaded);                                                        \
        INFO("diagnostics of the load:\n" << all_diagnostics(check_loaded_));                                  \
        const Diagnostic* check_found_ = find_diagnostic(check_loaded_, (fragment));                           \
        REQUIRE_MESSAGE(check_found_ != nullptr, "no diagnostic contains: " << (fragment));                   \
        CHECK(frontdesk::severity_name(check_found_->severity) ==                                              \
              std::string(frontdesk::severity_name(expected_severity)));                                       \
        CHECK(check_found_->location.line == (expected_line));                                                 \
        CHECK(check_found_->location.column == (expected_column));                                             \
    } while (false)

#define CHECK_ERROR(loaded, line, column, fragment) CHECK_DIAGNOSTIC(loaded, Severity::error, line, column, fragment)
#define CHECK_WARNING(loaded, line, column, fragment) \
    CHECK_DIAGNOSTIC(loaded, Severity::warning, line, column, fragment)

TEST_SUITE("diagnostics") {

// ---------------------------------------------------------------------------------------------------------------
// The baseline every other test changes one thing in.

TEST_CASE("the valid test scenario loads without any diagnostic and is playable") {
    LoadedScenario loaded = load_text(valid_scenario());
    INFO(all_diagnostics(loaded));
    CHECK(loaded.diagnostics.items().empty());
    CHECK(loaded.playable());
    REQUIRE(loaded.scenario.get() != nullptr);
    CHECK(loaded.scenario->id == "test-scenario");
    CHECK(loaded.scenario->nodes.size() == 4);
}

// ---------------------------------------------------------------------------------------------------------------
// YAML structure

TEST_CASE("a YAML syntax error points at the offending character") {
    LoadedScenario loaded = load_text(scenario_with("role: client", "role: client: extra"));
    CHECK_ERROR(loaded, 5, 13, "YAML syntax");
    CHECK(loaded.diagnostics.error_count() == 1);
    CHECK_FALSE(loaded.playable());
}

TEST_CASE("a second document after '---' is refused where it starts") {
    LoadedScenario loaded = load_text(valid_scenario() + "---\nformat: 1\n");
    CHECK_ERROR(loaded, 50, 1, "a second YAML document starts here");
    CHECK(loaded.diagnostics.error_count() == 1);
    CHECK(loaded.scenario.get() == nullptr);
}

TEST_CASE("a leading '---' before the only document is fine") {
    LoadedScenario loaded = load_text("---\n" + valid_scenario());
    INFO(all_diagnostics(loaded));
    CHECK(loaded.diagnostics.items().empty());
    CHECK(loaded.playable());
}

TEST_CASE("a duplicate top-level key names the line of the first definition") {
    LoadedScenario loaded = load_text(scenario_with("summary: \"Briefing.\"\n", "summary: \"Briefing.\"\ntitle: \"Again\"\n"));
    CHECK_ERROR(loaded, 9, 1, "duplicate key 'title' in the scenario");
    CHECK_ERROR(loaded, 9, 1, "first defined at line 3");
    CHECK_DIAGNOSTIC(loaded, Severity::note, 3, 1, "'title' first defined here");
}

TEST_CASE("a duplicate key inside a node names the line of the first definition") {
    LoadedScenario loaded = load_text(scenario_with("    say: \"Hello.\"\n", "    say: \"Hello.\"\n    say: \"Hi.\"\n"));
    CHECK_ERROR(loaded, 17, 5, "duplicate key 'say' in node 'opening'");
    CHECK_ERROR(loaded, 17, 5, "first defined at line 16");
}

TEST_CASE("a duplicate key inside a choice names the line of the first definition") {
    LoadedScenario loaded = load_text(scenario_with("        mood: 10\n", "        mood: 10\n        mood: 5\n"));
    CHECK_ERROR(loaded, 22, 9, "duplicate key 'mood' in choice 1 of node 'opening'");
    CHECK_ERROR(loaded, 22, 9, "first defined at line 21");
}

TEST_CASE("a duplicate node id names the line of the first definition") {
    LoadedScenario loaded = load_text(valid_scenario() + "  gone:\n    end: failure\n    debrief: \"Again.\"\n");
    CHECK_ERROR(loaded, 50, 3, "duplicate key 'gone' in 'nodes'");
    CHECK_ERROR(loaded, 50, 3, "first defined at line 46");
}

TEST_CASE("a duplicate skill in a flow-style score names the first one") {
    LoadedScenario loaded = load_text(scenario_with("score: {respect: -2}", "score: {respect: -2, respect: -1}"));
    // "        score: {respect: -2, " is 29 characters.
    CHECK_ERROR(loaded, 25, 30, "duplicate key 'respect' in 'score'");
    CHECK_ERROR(loaded, 25, 30, "first defined at line 25, column 17");
}

// ---------------------------------------------------------------------------------------------------------------
// Unknown keys, with a suggestion for likely typos

TEST_CASE("an unknown top-level key suggests the nearest known key") {
    LoadedScenario loaded = load_text(scenario_with("title: \"A test\"", "tilte: \"A test\""));
    CHECK_ERROR(loaded, 3, 1, "unknown key 'tilte' in the scenario; did you mean 'title'?");
}

TEST_CASE("an unknown key with no near match lists the keys that are allowed") {
    LoadedScenario loaded = load_text(scenario_with("summary: \"Briefing.\"\n", "summary: \"Briefing.\"\nauthor: \"Me\"\n"));
    CHECK_ERROR(loaded, 9, 1, "unknown key 'author' in the scenario; expected one of: format, id, title");
}

TEST_CASE("an unknown key in a node suggests 'say' for 'sya'") {
    LoadedScenario loaded = load_text(scenario_with("    say: \"Hello.\"", "    sya: \"Hello.\""));
    CHECK_ERROR(loaded, 16, 5, "unknown key 'sya' in node 'opening'; did you mean 'say'?");
}

TEST_CASE("an unknown key in a choice suggests 'say' for 'sya'") {
    LoadedScenario loaded = load_text(scenario_with("      - say: \"What?\"", "      - sya: \"What?\""));
    CHECK_ERROR(loaded, 23, 9, "unknown key 'sya' in choice 2 of node 'opening'; did you mean 'say'?");
}

TEST_CASE("an unknown key in on_timeout suggests the nearest timeout key") {
    LoadedScenario loaded = load_text(scenario_with("        feedback: \"Rude.\"\n",
                                                    "        feedback: \"Rude.\"\n"
                                                    "    on_timeout: {goto: gone, feedbak: \"Too slow.\"}\n"));
    // "    on_timeout: {goto: gone, " is 29 characters.
    CHECK_ERROR(loaded, 28, 30, "unknown key 'feedbak' in node 'opening' 'on_timeout'; did you mean 'feedback'?");
}

TEST_CASE("a choice key in on_timeout is named without a far-fetched suggestion") {
    // 'say' belongs to choices; suggesting 'set' (two letters changed in a three-letter word) misleads.
    LoadedScenario loaded = load_text(scenario_with("        feedback: \"Rude.\"\n",
                                                    "        feedback: \"Rude.\"\n"
                                                    "    on_timeout: {goto: gone, say: \"Too slow.\"}\n"));
    CHECK_ERROR(loaded, 28, 30, "unknown key 'say' in node 'opening' 'on_timeout'");
    const Diagnostic* d = find_diagnostic(loaded, "unknown key 'say'");
    REQUIRE(d != nullptr);
    CHECK_MESSAGE(d->message.find("did you mean 'set'") == std::string::npos, d->message);
}

TEST_CASE("an unknown key in the character suggests the nearest key") {
    LoadedScenario loaded = load_text(scenario_with("  mood: 40", "  mood: 40\n  descripton: \"Busy.\""));
    CHECK_ERROR(loaded, 12, 3, "unknown key 'descripton' in 'character'; did you mean 'description'?");
}

// ---------------------------------------------------------------------------------------------------------------
// Missing required keys

// Each required top-level key, removed on its own, is reported once at the top of the scenario map.
TEST_CASE("a missing 'format' is reported at the top of the file") {
    LoadedScenario loaded = load_text(scenario_without_line("format: 1"));
    CHECK_ERROR(loaded, 1, 1, "missing required key 'format' in the scenario");
    CHECK(loaded.diagnostics.error_count() == 1);
    CHECK_FALSE(loaded.playable());
}

TEST_CASE("a missing 'id' is reported at the top of the file") {
    LoadedScenario loaded = load_text(scenario_without_line("id: test-scenario"));
    CHECK_ERROR(loaded, 1, 1, "missing required key 'id' in the scenario");
    CHECK(loaded.diagnostics.error_count() == 1);
    CHECK_FALSE(loaded.playable());
}

TEST_CASE("a missing 'title' is reported at the top of the file") {
    LoadedScenario loaded = load_text(scenario_without_line("title: \"A test\""));
    CHECK_ERROR(loaded, 1, 1, "missing required key 'title' in the scenario");
    CHECK(loaded.diagnostics.error_count() == 1);
    CHECK_FALSE(loaded.playable());
}

TEST_CASE("a missing 'language' is reported at the top of the file") {
    LoadedScenario loaded = load_text(scenario_without_line("language: en"));
    CHECK_ERROR(loaded, 1, 1, "missing required key 'language' in the scenario");
    CHECK(loaded.diagnostics.error_count() == 1);
    CHECK_FALSE(loaded.playable());
}

TEST_CASE("a missing 'role' is reported at the top of the file") {
    LoadedScenario loaded = load_text(scenario_without_line("role: client"));
    CHECK_ERROR(loaded, 1, 1, "missing required key 'role' in the scenario");
    CHECK(loaded.diagnostics.error_count() == 1);
    CHECK_FALSE(loaded.playable());
}

TEST_CASE("a missing 'channel' is reported at the top of the file") {
    LoadedScenario loaded = load_text(scenario_without_line("channel: phone"));
    CHECK_ERROR(loaded, 1, 1, "missing required key 'channel' in the scenario");
    CHECK(loaded.diagnostics.error_count() == 1);
    CHECK_FALSE(loaded.playable());
}

TEST_CASE("a missing 'difficulty' is reported at the top of the file") {
    LoadedScenario loaded = load_text(scenario_without_line("difficulty: 2"));
    CHECK_ERROR(loaded, 1, 1, "missing required key 'difficulty' in the scenario");
    CHECK(loaded.diagnostics.error_count() == 1);
    CHECK_FALSE(loaded.playable());
}

TEST_CASE("a missing 'summary' is reported at the top of the file") {
    LoadedScenario loaded = load_text(scenario_without_line("summary: \"Briefing.\""));
    CHECK_ERROR(loaded, 1, 1, "missing required key 'summary' in the scenario");
    CHECK(loaded.diagnostics.error_count() == 1);
    CHECK_FALSE(loaded.playable());
}

TEST_CASE("a missing 'character' is reported at the top of the file") {
    LoadedScenario loaded = load_text(scenario_with("character:\n  name: \"Ms. Test\"\n  mood: 40\n", ""));
    CHECK_ERROR(loaded, 1, 1, "missing required key 'character' in the scenario");
    CHECK(loaded.diagnostics.error_count() == 1);
    CHECK_FALSE(loaded.playable());
}

TEST_CASE("a missing 'start' is reported at the top of the file") {
    LoadedScenario loaded = load_text(scenario_without_line("start: opening"));
    CHECK_ERROR(loaded, 1, 1, "missing required key 'start' in the scenario");
    CHECK(loaded.diagnostics.error_count() == 1);
    CHECK_FALSE(loaded.playable());
}

TEST_CASE("a missing 'nodes' is reported at the top of the file") {
    LoadedScenario loaded = load_text(valid_scenario().substr(0, valid_scenario().find("nodes:\n")));
    CHECK_ERROR(loaded, 1, 1, "missing required key 'nodes' in the scenario");
    CHECK(loaded.diagnostics.error_count() == 1);
    CHECK_FALSE(loaded.playable());
}

TEST_CASE("a missing character name is reported at the character map") {
    LoadedScenario loaded = load_text(scenario_without_line("  name: \"Ms. Test\""));
    CHECK_ERROR(loaded, 10, 3, "missing required key 'name' in 'character'");
    CHECK(loaded.diagnostics.error_count() == 1);
}

TEST_CASE("a missing character mood is reported at the character map") {
    LoadedScenario loaded = load_text(scenario_without_line("  mood: 40"));
    CHECK_ERROR(loaded, 10, 3, "missing required key 'mood' in 'character'");
    CHECK(loaded.diagnostics.error_count() == 1);
}

TEST_CASE("a choice without 'say' is reported at the choice") {
    LoadedScenario loaded = load_text(scenario_with("      - say: \"What?\"\n        goto: middle", "      - goto: middle"));
    CHECK_ERROR(loaded, 23, 9, "missing required key 'say' in choice 2 of node 'opening'");
    CHECK(loaded.diagnostics.error_count() == 1);
}

TEST_CASE("a choice without 'goto' is reported at the choice") {
    LoadedScenario loaded = load_text(scenario_with("        goto: middle\n        score: {listening", "        score: {listening"));
    CHECK_ERROR(loaded, 18, 9, "missing required key 'goto' in choice 1 of node 'opening'");
    CHECK(loaded.diagnostics.error_count() == 1);
}

TEST_CASE("an on_timeout without 'goto' is reported at the on_timeout map") {
    LoadedScenario loaded = load_text(
        scenario_with("        feedback: \"Rude.\"\n", "        feedback: \"Rude.\"\n    on_timeout: {feedback: \"Too slow.\"}\n"));
    CHECK_ERROR(loaded, 28, 17, "missing required key 'goto' in node 'opening' 'on_timeout'");
}

TEST_CASE("a node without the character's line is reported at the node") {
    LoadedScenario loaded = load_text(scenario_without_line("    say: \"My invoice is wrong.\""));
    CHECK_ERROR(loaded, 28, 3, "node 'middle' has neither 'say' nor 'narration'");
    CHECK(loaded.diagnostics.error_count() == 1);
}

// ---------------------------------------------------------------------------------------------------------------
// Wrong types and values out of range

TEST_CASE("a mood above 100 is out of range") {
    LoadedScenario loaded = load_text(scenario_with("  mood: 40", "  mood: 150"));
    CHECK_ERROR(loaded, 11, 9, "'mood' is out of range: must be between 0 and 100, found 150");
    CHECK(loaded.diagnostics.error_count() == 1);
}

TEST_CASE("a negative starting mood is out of range") {
    LoadedScenario loaded = load_text(scenario_with("  mood: 40", "  mood: -1"));
    CHECK_ERROR(loaded, 11, 9, "'mood' is out of range: must be between 0 and 100, found -1");
    CHECK(loaded.diagnostics.error_count() == 1);
}

TEST_CASE("a mood change beyond 100 in a choice is out of range") {
    LoadedScenario loaded = load_text(scenario_with("        mood: -40", "        mood: -140"));
    CHECK_ERROR(loaded, 26, 15, "'mood' is out of range: must be between -100 and 100, found -140");
}

TEST_CASE("difficulty 4 is out of range") {
    LoadedScenario loaded = load_text(scenario_with("difficulty: 2", "difficulty: 4"));
    CHECK_ERROR(loaded, 7, 13, "'difficulty' is out of range: must be between 1 and 3, found 4");
    CHECK(loaded.diagnostics.error_count() == 1);
}

TEST_CASE("an unsupported language lists the languages and suggests nothing far-fetched") {
    LoadedScenario loaded = load_text(scenario_with("language: en", "language: fr"));
    CHECK_ERROR(loaded, 4, 11, "'language' must be one of: en, it; found 'fr'");
    const Diagnostic* d = find_diagnostic(loaded, "'language'");
    REQUIRE(d != nullptr);
    // French is not a typo for English: "did you mean 'en'?" would mislead the trainer.
    CHECK_MESSAGE(d->message.find("did you mean") == std::string::npos, d->message);
}

TEST_CASE("a misspelt language suggests the close one") {
    LoadedScenario loaded = load_text(scenario_with("language: en", "language: eng"));
    CHECK_ERROR(loaded, 4, 11, "'language' must be one of: en, it; found 'eng'; did you mean 'en'?");
}

TEST_CASE("an unknown role lists the roles and suggests the close one") {
    LoadedScenario loaded = load_text(scenario_with("role: client", "role: clinet"));
    CHECK_ERROR(loaded, 5, 7, "'role' must be one of: client, supplier, visitor, citizen, patient, guest, caller, colleague; found 'clinet'; did you mean 'client'?");
}

TEST_CASE("an unknown channel lists the channels") {
    LoadedScenario loaded = load_text(scenario_with("channel: phone", "channel: fax"));
    CHECK_ERROR(loaded, 6, 10, "'channel' must be one of: desk, phone, chat, email, social; found 'fax'");
}

TEST_CASE("an unknown ending kind lists the kinds") {
    LoadedScenario loaded = load_text(scenario_with("    end: success", "    end: win"));
    CHECK_ERROR(loaded, 44, 10, "'end' must be one of: success, partial, failure; found 'win'");
}

TEST_CASE("format 2 is not supported") {
    LoadedScenario loaded = load_text(scenario_with("format: 1", "format: 2"));
    CHECK_ERROR(loaded, 1, 9, "format 2 is not supported");
    CHECK(loaded.diagnostics.error_count() == 1);
}

TEST_CASE("a quoted number is text, not a number") {
    LoadedScenario loaded = load_text(scenario_with("  mood: 40", "  mood: \"25\""));
    CHECK_ERROR(loaded, 11, 9, "'mood' must be a number, found the quoted text \"25\"; remove the quotes");
    CHECK(loaded.diagnostics.error_count() == 1);
}

TEST_CASE("a number with a leading zero is refused as possible octal") {
    LoadedScenario loaded = load_text(scenario_with("  mood: 40", "  mood: 017"));
    CHECK_ERROR(loaded, 11, 9, "'mood' has a leading zero (017)");
    CHECK(loaded.diagnostics.error_count() == 1);
}

TEST_CASE("a hexadecimal number is refused") {
    LoadedScenario loaded = load_text(scenario_with("  mood: 40", "  mood: 0x1F"));
    CHECK_ERROR(loaded, 11, 9, "'mood' is written as 0x1F; write numbers in plain decimal");
    CHECK(loaded.diagnostics.error_count() == 1);
}

TEST_CASE(".nan is not a whole number") {
    LoadedScenario loaded = load_text(scenario_with("  mood: 40", "  mood: .nan"));
    CHECK_ERROR(loaded, 11, 9, "'mood' must be a whole number between 0 and 100, found .nan");
    CHECK(loaded.diagnostics.error_count() == 1);
}

TEST_CASE("a fraction is not a whole number") {
    LoadedScenario loaded = load_text(scenario_with("  mood: 40", "  mood: 2.5"));
    CHECK_ERROR(loaded, 11, 9, "'mood' must be a whole number between 0 and 100, found the fraction 2.5");
    CHECK(loaded.diagnostics.error_count() == 1);
}

TEST_CASE("a word where a number is expected is named") {
    LoadedScenario loaded = load_text(scenario_with("difficulty: 2", "difficulty: hard"));
    CHECK_ERROR(loaded, 7, 13, "'difficulty' must be a whole number between 1 and 3, found 'hard'");
}

TEST_CASE("a list where text is expected") {
    LoadedScenario loaded = load_text(scenario_with("title: \"A test\"", "title: [a, b]"));
    CHECK_ERROR(loaded, 3, 8, "'title' must be text, found a list");
    CHECK(loaded.diagnostics.error_count() == 1);
}

TEST_CASE("a map where text is expected") {
    LoadedScenario loaded = load_text(scenario_with("    say: \"Hello.\"", "    say: {text: \"Hello.\"}"));
    CHECK_ERROR(loaded, 16, 10, "'say' must be text, found a map");
}

// An empty value has no text of its own, so the diagnostic belongs on the line of its key: at the key or
// just after the ':'. Either column is fine; the next line is not.
#define CHECK_EMPTY_VALUE_ERROR(loaded, expected_line, key_column, after_colon_column, fragment)             \
    do {                                                                                                       \
        INFO("diagnostics of the load:\n" << all_diagnostics(loaded));                                         \
        const Diagnostic* empty_found_ = find_diagnostic((loaded), (fragment));                                \
        REQUIRE_MESSAGE(empty_found_ != nullptr, "no diagnostic contains: " << (fragment));                   \
        CHECK(empty_found_->severity == Severity::error);                                                      \
        CHECK(empty_found_->location.line == (expected_line));                                                 \
        CHECK((empty_found_->location.column == (key_column) ||                                                \
               empty_found_->location.column == (after_colon_column)));                                        \
    } while (false)

TEST_CASE("an empty value where text is expected is reported on its own line") {
    LoadedScenario loaded = load_text(scenario_with("summary: \"Briefing.\"", "summary:"));
    CHECK_EMPTY_VALUE_ERROR(loaded, 8, 1, 9, "'summary' is empty");
}

TEST_CASE("an empty goto is reported on its own line") {
    LoadedScenario loaded = load_text(scenario_with("        goto: happy\n", "        goto:\n"));
    CHECK_EMPTY_VALUE_ERROR(loaded, 32, 9, 14, "'goto' is empty");
}

TEST_CASE("an empty number is reported on its own line") {
    LoadedScenario loaded = load_text(scenario_with("  mood: 40\n", "  mood:\n"));
    CHECK_EMPTY_VALUE_ERROR(loaded, 11, 3, 8, "'mood' must be a whole number between 0 and 100, found nothing");
}

TEST_CASE("an id with capitals or spaces is refused") {
    LoadedScenario loaded = load_text(scenario_with("id: test-scenario", "id: Test Scenario"));
    CHECK_ERROR(loaded, 2, 5, "'id' must use lowercase letters, digits and '-'");
}

TEST_CASE("choices that are not a list") {
    LoadedScenario loaded = load_text(scenario_with("    end: success\n    debrief: \"Well done.\"\n", "    choices: \"none\"\n"));
    CHECK_ERROR(loaded, 44, 14, "'choices' of node 'happy' must be a list of choices");
}

// ---------------------------------------------------------------------------------------------------------------
// References to nodes

TEST_CASE("start naming a missing node suggests the nearest node") {
    LoadedScenario loaded = load_text(scenario_with("start: opening", "start: openin"));
    CHECK_ERROR(loaded, 13, 8, "'start' names node 'openin', which does not exist; did you mean 'opening'?");
}

TEST_CASE("goto naming a missing node suggests the nearest node") {
    LoadedScenario loaded = load_text(scenario_with("        goto: happy", "        goto: hapy"));
    CHECK_ERROR(loaded, 32, 15, "'goto' names node 'hapy', which does not exist; did you mean 'happy'?");
}

TEST_CASE("on_mood_zero naming a missing node suggests the nearest node") {
    LoadedScenario loaded = load_text(scenario_with("on_mood_zero: gone", "on_mood_zero: gon"));
    CHECK_ERROR(loaded, 12, 15, "'on_mood_zero' names node 'gon', which does not exist; did you mean 'gone'?");
}

TEST_CASE("an on_timeout goto naming a missing node suggests the nearest node") {
    LoadedScenario loaded = load_text(scenario_with("        feedback: \"Rude.\"\n",
                                                    "        feedback: \"Rude.\"\n"
                                                    "    on_timeout: {goto: middel, feedback: \"Too slow.\"}\n"));
    CHECK_ERROR(loaded, 28, 24, "'goto' names node 'middel', which does not exist; did you mean 'middle'?");
}

TEST_CASE("a goto naming a node nothing resembles gives no suggestion") {
    LoadedScenario loaded = load_text(scenario_with("        goto: happy", "        goto: xyzzy-quux"));
    CHECK_ERROR(loaded, 32, 15, "'goto' names node 'xyzzy-quux', which does not exist");
    const Diagnostic* d = find_diagnostic(loaded, "xyzzy-quux");
    REQUIRE(d != nullptr);
    CHECK(d->message.find("did you mean") == std::string::npos);
}

// ---------------------------------------------------------------------------------------------------------------
// Node shape

TEST_CASE("a node that is an ending and also has choices") {
    LoadedScenario loaded = load_text(scenario_with("    end: success\n",
                                                    "    end: success\n"
                                                    "    choices:\n"
                                                    "      - say: \"Anything else?\"\n"
                                                    "        goto: gone\n"
                                                    "        feedback: \"f\"\n"));
    // The list of choices starts at the '-' on line 46.
    CHECK_ERROR(loaded, 46, 7, "node 'happy' is an ending ('end') and also has choices");
}

TEST_CASE("a node that is neither an ending nor has choices") {
    LoadedScenario loaded = load_text(scenario_without_line("    end: success"));
    CHECK_ERROR(loaded, 42, 3, "node 'happy' has neither 'choices' nor 'end'");
}

TEST_CASE("an empty choices list") {
    LoadedScenario loaded = load_text(scenario_with("    end: success\n    debrief: \"Well done.\"\n", "    choices: []\n"));
    CHECK_ERROR(loaded, 44, 14, "node 'happy' has an empty choices list");
}

TEST_CASE("a debrief on a node that is not an ending") {
    LoadedScenario loaded = load_text(scenario_with("    say: \"Hello.\"\n", "    say: \"Hello.\"\n    debrief: \"Why?\"\n"));
    CHECK_ERROR(loaded, 17, 5, "'debrief' is only read on endings; node 'opening' has no 'end'");
}

TEST_CASE("an on_timeout on an ending") {
    LoadedScenario loaded = load_text(scenario_with("    debrief: \"Well done.\"\n",
                                                    "    debrief: \"Well done.\"\n    on_timeout: {goto: gone}\n"));
    CHECK_ERROR(loaded, 46, 5, "an ending has no 'on_timeout'; remove it from node 'happy'");
}

// ---------------------------------------------------------------------------------------------------------------
// Scores

TEST_CASE("a score for an undeclared skill") {
    LoadedScenario loaded = load_text(scenario_with("score: {problem_solving: 2}", "score: {empathy: 2}"));
    CHECK_ERROR(loaded, 35, 17, "score for undeclared skill 'empathy' (declared skills: listening, respect, problem_solving)");
}

TEST_CASE("a score for a misspelt skill suggests the declared one") {
    LoadedScenario loaded = load_text(scenario_with("score: {problem_solving: 2}", "score: {problem_solvng: 2}"));
    CHECK_ERROR(loaded, 35, 17, "score for undeclared skill 'problem_solvng'; did you mean 'problem_solving'?");
}

TEST_CASE("a loop that awards points is an error") {
    // The second answer in 'middle' leads back to 'opening', whose first answer awards points: a loop.
    LoadedScenario loaded = load_text(scenario_with("        goto: gone\n", "        goto: opening\n"));
    CHECK_ERROR(loaded, 18, 9, "scores can grow without limit: choice 1 of node 'opening' awards +2 listening, +1 respect");
    CHECK_FALSE(loaded.playable());
}

TEST_CASE("a loop that awards no points is allowed") {
    LoadedScenario loaded = load_text(scenario_with("        goto: gone\n        score: {problem_solving: -2, listening: -2}\n        mood: -20\n",
                                                    "        goto: middle\n        mood: -20\n"));
    INFO(all_diagnostics(loaded));
    CHECK(find_diagnostic(loaded, "scores can grow without limit") == nullptr);
    CHECK(loaded.diagnostics.error_count() == 0);
}

// ---------------------------------------------------------------------------------------------------------------
// Conditions: the column points into the expression text

TEST_CASE("an invalid condition points at the second 'and' inside the quoted string") {
    LoadedScenario loaded = load_text(scenario_with("if: \"mood >= 30\"", "if: \"mood >= 30 and and x\""));
    // `        if: "` is 13 characters, so the expression starts at column 14 and its 16th character is the
    // second 'and'.
    CHECK_ERROR(loaded, 33, 29, "invalid condition: a value is missing before 'and'");
    const Diagnostic* d = find_diagnostic(loaded, "invalid condition");
    REQUIRE(d != nullptr);
    CHECK(d->length == 3);
}

TEST_CASE("an invalid condition in single quotes points into the string") {
    LoadedScenario loaded = load_text(scenario_with("if: \"mood >= 30\"", "if: 'mood >= 30 and and x'"));
    CHECK_ERROR(loaded, 33, 29, "invalid condition: a value is missing before 'and'");
}

TEST_CASE("'=' in an unquoted condition points at the '='") {
    LoadedScenario loaded = load_text(scenario_with("if: \"mood >= 30\"", "if: mood = 3"));
    CHECK_ERROR(loaded, 33, 18, "invalid condition: '=' is not a comparison; write '=='");
}

TEST_CASE("a '(' never closed points at the '('") {
    LoadedScenario loaded = load_text(scenario_with("if: \"mood >= 30\"", "if: \"(mood >= 30 and not promised\""));
    CHECK_ERROR(loaded, 33, 14, "invalid condition: '(' is never closed");
}

TEST_CASE("a ')' without '(' points at the ')'") {
    LoadedScenario loaded = load_text(scenario_with("if: \"mood >= 30\"", "if: \"mood >= 30)\""));
    CHECK_ERROR(loaded, 33, 24, "invalid condition: ')' without a matching '('");
}

TEST_CASE("an empty condition") {
    LoadedScenario loaded = load_text(scenario_with("if: \"mood >= 30\"", "if: \"\""));
    CHECK_ERROR(loaded, 33, 14, "invalid condition: empty condition");
}

TEST_CASE("a condition continued on the next line points at the right line and column") {
    // A long plain condition folded over two lines: the second 'and' is on line 34, column 15.
    LoadedScenario loaded = load_text(scenario_with("        if: \"mood >= 30\"\n",
                                                    "        if: mood >= 30\n"
                                                    "          and and x\n"));
    CHECK_ERROR(loaded, 34, 15, "invalid condition: a value is missing before 'and'");
}

TEST_CASE("a condition in a folded block scalar points at the right line and column") {
    LoadedScenario loaded = load_text(scenario_with("        if: \"mood >= 30\"\n",
                                                    "        if: >-\n"
                                                    "          mood >= 30 and and x\n"));
    // The expression starts at column 11 of line 34; its second 'and' is at column 26.
    CHECK_ERROR(loaded, 34, 26, "invalid condition: a value is missing before 'and'");
}

TEST_CASE("a condition with an escape sequence before the error points at the right column") {
    // In the file "\t" takes two characters, in the expression one: the second 'and' is at column 30.
    LoadedScenario loaded = load_text(scenario_with("if: \"mood >= 30\"", "if: \"mood\\t>= 30 and and x\""));
    CHECK_ERROR(loaded, 33, 30, "invalid condition: a value is missing before 'and'");
}

TEST_CASE("a condition after non-ASCII text on the same line counts columns in characters") {
    LoadedScenario loaded = load_text(scenario_with(
        "      - say: \"I'll fix it by five.\"\n"
        "        goto: happy\n"
        "        if: \"mood >= 30\"\n"
        "        set: {promised: true}\n"
        "        score: {problem_solving: 2}\n"
        "        feedback: \"Concrete next step.\"\n",
        "      - {say: \"S\u00EC, \u00E8 cos\u00EC.\", if: \"mood >= 30 and and x\", goto: happy, feedback: \"f\"}\n"));
    // Three 2-byte characters come before the expression: character column 50 is byte column 53.
    CHECK_ERROR(loaded, 31, 50, "invalid condition: a value is missing before 'and'");
}

TEST_CASE("a flag read but never set points at the flag name inside the string") {
    LoadedScenario loaded = load_text(scenario_with("if: \"mood >= 30\"", "if: \"mood >= 30 and not asked\""));
    CHECK_ERROR(loaded, 33, 33, "flag 'asked' is read in this condition but never set by any choice");
    const Diagnostic* d = find_diagnostic(loaded, "flag 'asked'");
    REQUIRE(d != nullptr);
    CHECK(d->length == 5);
}

TEST_CASE("a flag that is set elsewhere can be read") {
    LoadedScenario loaded = load_text(scenario_with("if: \"mood >= 30\"", "if: \"mood >= 30 and not promised\""));
    INFO(all_diagnostics(loaded));
    CHECK(loaded.diagnostics.items().empty());
}

TEST_CASE("a misspelt flag suggests the one that is set") {
    LoadedScenario loaded = load_text(scenario_with("if: \"mood >= 30\"", "if: \"not promissed\""));
    CHECK_ERROR(loaded, 33, 18, "flag 'promissed' is read in this condition but never set by any choice; did you mean 'promised'?");
}

TEST_CASE("visited() naming a missing node points at the node id") {
    LoadedScenario loaded = load_text(scenario_with("if: \"mood >= 30\"", "if: \"visited(midle)\""));
    CHECK_ERROR(loaded, 33, 22, "visited() names node 'midle', which does not exist; did you mean 'middle'?");
}

TEST_CASE("an unknown function in a condition") {
    LoadedScenario loaded = load_text(scenario_with("if: \"mood >= 30\"", "if: \"seen(opening)\""));
    CHECK_ERROR(loaded, 33, 14, "unknown function 'seen'");
}

TEST_CASE("chained comparisons are refused") {
    LoadedScenario loaded = load_text(scenario_with("if: \"mood >= 30\"", "if: \"10 < mood < 50\""));
    CHECK_ERROR(loaded, 33, 24, "comparisons cannot be chained");
}

TEST_CASE("'&&' in a condition suggests 'and'") {
    LoadedScenario loaded = load_text(scenario_with("if: \"mood >= 30\"", "if: \"mood >= 30 && mood < 90\""));
    CHECK_ERROR(loaded, 33, 25, "write 'and' instead of '&&'");
}

// ---------------------------------------------------------------------------------------------------------------
// Flags

TEST_CASE("a flag set to yes is refused") {
    LoadedScenario loaded = load_text(scenario_with("set: {promised: true}", "set: {promised: yes}"));
    CHECK_ERROR(loaded, 34, 25, "flag 'promised' is set to 'yes'; write true or false");
}

TEST_CASE("a flag named like a skill is refused") {
    LoadedScenario loaded = load_text(scenario_with("set: {promised: true}", "set: {respect: true}"));
    CHECK_ERROR(loaded, 34, 15, "flag 'respect' has the name of a skill");
}

// ---------------------------------------------------------------------------------------------------------------
// Warnings from the checks of the whole scenario

TEST_CASE("warning: a node that cannot be reached") {
    LoadedScenario loaded = load_text(valid_scenario() + "  spare:\n    end: partial\n    debrief: \"Unused.\"\n");
    CHECK_WARNING(loaded, 50, 3, "node 'spare' cannot be reached from the start node 'opening'");
    CHECK(loaded.diagnostics.error_count() == 0);
    CHECK(loaded.playable());
}

TEST_CASE("warning: a node from which no ending can be reached") {
    LoadedScenario loaded = load_text(scenario_with("        goto: gone\n", "        goto: limbo\n") +
                                      "  limbo:\n"
                                      "    say: \"Please hold.\"\n"
                                      "    choices:\n"
                                      "      - say: \"Still waiting.\"\n"
                                      "        goto: limbo\n"
                                      "        feedback: \"Nothing happens.\"\n");
    CHECK_WARNING(loaded, 50, 3, "no ending can be reached from node 'limbo'");
    CHECK(loaded.diagnostics.error_count() == 0);
}

TEST_CASE("warning: no success ending can be reached") {
    LoadedScenario loaded = load_text(scenario_with("    end: success", "    end: partial"));
    CHECK_WARNING(loaded, 15, 3, "no 'success' ending can be reached from the start node 'opening'");
    CHECK(loaded.diagnostics.error_count() == 0);
}

TEST_CASE("warning: a choice without feedback") {
    LoadedScenario loaded = load_text(scenario_without_line("        feedback: \"Open question.\""));
    CHECK_WARNING(loaded, 18, 9, "choice 1 of node 'opening' has no feedback");
    CHECK(loaded.diagnostics.error_count() == 0);
    CHECK(loaded.diagnostics.warning_count() == 1);
}

TEST_CASE("warning: a time_limit and a node with choices but no on_timeout") {
    LoadedScenario loaded = load_text(scenario_with("difficulty: 2\n", "difficulty: 2\ntime_limit: 30\n"));
    CHECK_WARNING(loaded, 16, 3, "the scenario has a time_limit but node 'opening' has no on_timeout");
    CHECK_WARNING(loaded, 29, 3, "the scenario has a time_limit but node 'middle' has no on_timeout");
    CHECK(loaded.diagnostics.error_count() == 0);
}

TEST_CASE("warning: an on_timeout without a time_limit never fires") {
    LoadedScenario loaded = load_text(scenario_with("        feedback: \"Rude.\"\n",
                                                    "        feedback: \"Rude.\"\n"
                                                    "    on_timeout: {goto: gone, feedback: \"Too slow.\"}\n"));
    CHECK_WARNING(loaded, 28, 17, "on_timeout of node 'opening' never fires: the scenario has no time_limit");
    CHECK(loaded.diagnostics.error_count() == 0);
}

TEST_CASE("warning: an on_timeout without feedback when there is a time_limit") {
    std::string text = scenario_with("difficulty: 2\n", "difficulty: 2\ntime_limit: 30\n");
    text = replaced(text, "        feedback: \"Rude.\"\n", "        feedback: \"Rude.\"\n    on_timeout: {goto: gone}\n");
    text = replaced(text, "        feedback: \"Passing the buck.\"\n",
                    "        feedback: \"Passing the buck.\"\n    on_timeout: {goto: gone, score: {listening: -1}, feedback: \"Too slow.\"}\n");
    LoadedScenario loaded = load_text(text);
    CHECK_WARNING(loaded, 29, 17, "on_timeout of node 'opening' has no feedback");
    CHECK(loaded.diagnostics.error_count() == 0);
    CHECK(loaded.diagnostics.warning_count() == 1);
}

TEST_CASE("warning: an ending without debrief") {
    LoadedScenario loaded = load_text(scenario_without_line("    debrief: \"Well done.\""));
    CHECK_WARNING(loaded, 42, 3, "ending 'happy' has no 'debrief'");
    CHECK(loaded.diagnostics.error_count() == 0);
}

// ---------------------------------------------------------------------------------------------------------------
// Order of the report

TEST_CASE("diagnostics are reported top to bottom") {
    std::string text = scenario_with("difficulty: 2", "difficulty: 9");
    text = replaced(text, "        goto: happy", "        goto: nowhere");
    text = replaced(text, "title: \"A test\"", "title: [a]");
    LoadedScenario loaded = load_text(text);
    const auto& items = loaded.diagnostics.items();
    REQUIRE(items.size() >= 3);
    for (std::size_t i = 1; i < items.size(); ++i) {
        CAPTURE(i);
        bool ordered = items[i - 1].location.line < items[i].location.line ||
                       (items[i - 1].location.line == items[i].location.line &&
                        items[i - 1].location.column <= items[i].location.column);
        CHECK(ordered);
    }
}

}  // TEST_SUITE
