// Hostile and broken inputs: whatever a scenario file holds, loading it never crashes or hangs and ends with
// one clear error (or loads fine when the input is merely unusual: a BOM, CRLF line endings, tabs in text).
// Every load runs under a watchdog (hostile_support.h), so a hang fails the test instead of stalling the run.
#include <doctest/doctest.h>

#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

#include <chrono>
#include <string>

#include "hostile_support.h"

using frontdesk::Diagnostic;
using frontdesk::DiagnosticList;
using frontdesk::LoadedScenario;
using frontdesk::Severity;
using frontdesk::test::all_diagnostics;
using frontdesk::test::find_diagnostic;
using frontdesk::test::replaced;
using frontdesk::test::replaced_everywhere;
using frontdesk::test::scenario_with;
using frontdesk::test::TemporaryDirectory;
using frontdesk::test::valid_scenario;

TEST_SUITE("hostile files") {

// ---------------------------------------------------------------------------------------------------------------
// Anchors, aliases and tags are refused at the first one, before any expansion can happen.

TEST_CASE("an anchor on a value is refused at the '&'") {
    LOAD_TEXT(loaded, scenario_with("title: \"A test\"", "title: &t \"A test\""));
    CHECK_ONE_ERROR(loaded, 3, 8, "anchors ('&name') are not supported");
}

TEST_CASE("an anchor on a map is refused at the '&'") {
    LOAD_TEXT(loaded, scenario_with("character:\n", "character: &c\n"));
    CHECK_ONE_ERROR(loaded, 9, 12, "anchors ('&name') are not supported");
}

TEST_CASE("an alias with no anchor is one clear error at the '*'") {
    LOAD_TEXT(loaded, scenario_with("title: \"A test\"", "title: *t"));
    INFO(all_diagnostics(loaded));
    CHECK(loaded.diagnostics.error_count() == 1);
    REQUIRE_FALSE(loaded.diagnostics.items().empty());
    const Diagnostic& d = loaded.diagnostics.items().front();
    CHECK(d.location.line == 3);
    CHECK(d.location.column == 8);
    CHECK((d.message.find("alias") != std::string::npos || d.message.find("anchor") != std::string::npos));
}

TEST_CASE("a billion-laughs alias bomb is refused at its first anchor without expanding it") {
    std::string bomb = "a: &a [\"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\"]\n";
    for (char name = 'b'; name <= 'j'; ++name) {
        std::string previous = std::string("*") + static_cast<char>(name - 1);
        bomb += std::string(1, name) + ": &" + name + " [";
        for (int i = 0; i < 9; ++i) bomb += (i ? ", " : "") + previous;
        bomb += "]\n";
    }
    bomb += "k: [*j, *j, *j, *j, *j, *j, *j, *j, *j]\n";
    auto started = std::chrono::steady_clock::now();
    LOAD_TEXT(loaded, bomb);
    CHECK(std::chrono::steady_clock::now() - started < std::chrono::seconds(5));
    CHECK_ONE_ERROR(loaded, 1, 4, "anchors ('&name') are not supported");
}

TEST_CASE("a self-referencing alias inside its own anchor is refused") {
    LOAD_TEXT(loaded, "a: &a [*a]\n");
    CHECK_ONE_ERROR(loaded, 1, 4, "anchors ('&name') are not supported");
}

TEST_CASE("a self-referencing alias at the root is refused") {
    LOAD_TEXT(loaded, "&a [*a]\n");
    CHECK_ONE_ERROR(loaded, 1, 1, "anchors ('&name') are not supported");
}

TEST_CASE("a tag is refused at the tag") {
    LOAD_TEXT(loaded, scenario_with("title: \"A test\"", "title: !!str \"A test\""));
    CHECK_ONE_ERROR(loaded, 3, 8, "tags (");
}

// ---------------------------------------------------------------------------------------------------------------
// Deep nesting stops at the engine's own limit, long before the parser's stack is at risk.

TEST_CASE("5000 nested brackets, closed, stop at the nesting limit") {
    LOAD_TEXT(loaded, std::string(5000, '[') + std::string(5000, ']') + "\n");
    CHECK_ONE_ERROR(loaded, 1, 65, "nesting deeper than 64 levels");
}

TEST_CASE("5000 opening brackets never closed give one clear error about nesting or the open bracket") {
    LOAD_TEXT(loaded, std::string(5000, '['));
    INFO(all_diagnostics(loaded));
    CHECK(loaded.diagnostics.error_count() == 1);
    REQUIRE_FALSE(loaded.diagnostics.items().empty());
    const std::string& message = loaded.diagnostics.items().front().message;
    // There is no key anywhere in this file: a message about keys sends the trainer looking for one.
    CHECK_MESSAGE(message.find("key") == std::string::npos, message);
    CHECK_MESSAGE((message.find("nesting") != std::string::npos || message.find("[") != std::string::npos), message);
}

TEST_CASE("5000 opening brackets never closed after a key give one clear error") {
    LOAD_TEXT(loaded, "title: " + std::string(5000, '['));
    INFO(all_diagnostics(loaded));
    CHECK(loaded.diagnostics.error_count() == 1);
    REQUIRE_FALSE(loaded.diagnostics.items().empty());
    const std::string& message = loaded.diagnostics.items().front().message;
    CHECK_MESSAGE(message.find("a key must be a plain name") == std::string::npos, message);
}

TEST_CASE("5000 nested flow maps stop at the nesting limit") {
    std::string text;
    for (int i = 0; i < 5000; ++i) text += "{a: ";
    text += "1" + std::string(5000, '}') + "\n";
    LOAD_TEXT(loaded, text);
    // Each "{a: " is 4 characters; the 65th '{' opens the 65th level at column 257.
    CHECK_ONE_ERROR(loaded, 1, 257, "nesting deeper than 64 levels");
}

TEST_CASE("block maps nested 200 deep stop at the nesting limit") {
    std::string text;
    for (int i = 0; i < 200; ++i) text += std::string(static_cast<std::size_t>(i), ' ') + "k" + std::to_string(i) + ":\n";
    LOAD_TEXT(loaded, text);
    CHECK_ONE_ERROR(loaded, 65, 65, "nesting deeper than 64 levels");
}

TEST_CASE("5000 nested block sequences on one line stop at the nesting limit") {
    std::string text;
    for (int i = 0; i < 5000; ++i) text += "- ";
    LOAD_TEXT(loaded, text + "x\n");
    CHECK_ONE_ERROR(loaded, 1, 129, "nesting deeper than 64 levels");
}

// ---------------------------------------------------------------------------------------------------------------
// Encoding

TEST_CASE("invalid UTF-8 is reported at the exact bad byte") {
    LOAD_TEXT(loaded, scenario_with("title: \"A test\"", "title: \"A t\xFF" "est\""));
    CHECK_ONE_ERROR(loaded, 3, 12, "invalid UTF-8 (byte 0xFF)");
}

TEST_CASE("invalid UTF-8 after multi-byte characters is reported at its character column") {
    // 'Zoë' has a 2-byte 'ë': the truncated sequence 0xC3 is the 14th character of line 10 (the 15th byte).
    LOAD_TEXT(loaded, scenario_with("  name: \"Ms. Test\"", "  name: \"Zo\xC3\xAB \xC3\""));
    CHECK_ONE_ERROR(loaded, 10, 14, "invalid UTF-8 (byte 0xC3)");
}

TEST_CASE("an overlong UTF-8 encoding is invalid") {
    LOAD_TEXT(loaded, scenario_with("summary: \"Briefing.\"", "summary: \"\xC0\xAF\""));
    CHECK_ONE_ERROR(loaded, 8, 11, "invalid UTF-8 (byte 0xC0)");
}

TEST_CASE("a UTF-8 sequence cut off by the end of the file is invalid") {
    LOAD_TEXT(loaded, valid_scenario() + "# caf\xC3");
    CHECK_ONE_ERROR(loaded, 50, 6, "invalid UTF-8 (byte 0xC3)");
}

TEST_CASE("a NUL byte is reported at its position") {
    std::string text = scenario_with("title: \"A test\"", std::string("title: \"A\0test\"", 15));
    LOAD_TEXT(loaded, text);
    CHECK_ONE_ERROR(loaded, 3, 10, "NUL byte");
}

TEST_CASE("a UTF-8 byte-order mark at the start loads fine") {
    LOAD_TEXT(loaded, "\xEF\xBB\xBF" + valid_scenario());
    CHECK_LOADS_CLEANLY(loaded);
}

TEST_CASE("columns after a byte-order mark do not count the mark") {
    LOAD_TEXT(loaded, "\xEF\xBB\xBF" + scenario_with("format: 1", "format: 2"));
    CHECK_ONE_ERROR(loaded, 1, 9, "format 2 is not supported");
}

TEST_CASE("columns count characters, not bytes") {
    LOAD_TEXT(loaded, scenario_with("character:\n  name: \"Ms. Test\"\n  mood: 40\n", "character: {name: \"Zo\xC3\xAB\", mood: 150}\n"));
    CHECK_ONE_ERROR(loaded, 9, 32, "'mood' is out of range");
}

// ---------------------------------------------------------------------------------------------------------------
// Line endings and tabs

TEST_CASE("CRLF line endings load fine") {
    LOAD_TEXT(loaded, replaced_everywhere(valid_scenario(), "\n", "\r\n"));
    CHECK_LOADS_CLEANLY(loaded);
    REQUIRE(loaded.scenario.get() != nullptr);
    CHECK(loaded.scenario->id == "test-scenario");
    CHECK(loaded.scenario->title == "A test");
    CHECK(loaded.scenario->nodes.front().say == "Hello.");
}

TEST_CASE("CRLF line endings keep lines and columns right") {
    LOAD_TEXT(loaded, replaced_everywhere(scenario_with("  mood: 40", "  mood: 150"), "\n", "\r\n"));
    CHECK_ONE_ERROR(loaded, 11, 9, "'mood' is out of range");
    std::string printed = frontdesk::format_diagnostics(loaded);
    CHECK(printed.find('\r') == std::string::npos);
}

TEST_CASE("CRLF line endings keep condition columns right") {
    LOAD_TEXT(loaded, replaced_everywhere(scenario_with("if: \"mood >= 30\"", "if: \"mood >= 30 and and x\""), "\n", "\r\n"));
    CHECK_ONE_ERROR(loaded, 33, 29, "invalid condition");
}

TEST_CASE("a tab between a key and its value counts as one column") {
    LOAD_TEXT(loaded, scenario_with("  mood: 40", "  mood:\t150"));
    CHECK_ONE_ERROR(loaded, 11, 9, "'mood' is out of range");
}

TEST_CASE("a tab inside quoted text loads fine") {
    LOAD_TEXT(loaded, scenario_with("title: \"A test\"", "title: \"A\ttest\""));
    CHECK_LOADS_CLEANLY(loaded);
}

TEST_CASE("a tab used for indentation is one clear error that names the tab") {
    LOAD_TEXT(loaded, scenario_with("  name: \"Ms. Test\"", "\tname: \"Ms. Test\""));
    INFO(all_diagnostics(loaded));
    CHECK(loaded.diagnostics.error_count() == 1);
    REQUIRE_FALSE(loaded.diagnostics.items().empty());
    const Diagnostic& d = loaded.diagnostics.items().front();
    CHECK(d.location.line == 10);
    CHECK(d.location.column == 1);
    CHECK_MESSAGE(d.message.find("tab") != std::string::npos, d.message);
}

// ---------------------------------------------------------------------------------------------------------------
// Files with nothing usable in them

TEST_CASE("an empty file") {
    LOAD_TEXT(loaded, "");
    CHECK_ONE_ERROR(loaded, 0, 0, "file is empty");
}

TEST_CASE("a file of whitespace only") {
    LOAD_TEXT(loaded, "  \n\t\n\r\n   ");
    CHECK_ONE_ERROR(loaded, 0, 0, "file is empty");
}

TEST_CASE("a file of comments only") {
    LOAD_TEXT(loaded, "# just a comment\n# and another\n");
    CHECK_ONE_ERROR(loaded, 0, 0, "the file holds no YAML document");
}

TEST_CASE("a file of only '---'") {
    LOAD_TEXT(loaded, "---\n");
    INFO(all_diagnostics(loaded));
    CHECK(loaded.diagnostics.error_count() == 1);
    CHECK(find_diagnostic(loaded, "must be a map") != nullptr);
}

TEST_CASE("a file holding a single word") {
    LOAD_TEXT(loaded, "hello\n");
    CHECK_ONE_ERROR(loaded, 1, 1, "the scenario must be a map (key: value lines), found a single value");
}

TEST_CASE("a file holding a list") {
    LOAD_TEXT(loaded, "- a\n- b\n");
    CHECK_ONE_ERROR(loaded, 1, 1, "the scenario must be a map (key: value lines), found a list");
}

TEST_CASE("several documents give one error at the second") {
    LOAD_TEXT(loaded, "a: 1\n---\nb: 2\n---\nc: 3\n");
    CHECK_ONE_ERROR(loaded, 2, 1, "a second YAML document starts here");
}

TEST_CASE("a document end marker after the only document is fine") {
    LOAD_TEXT(loaded, valid_scenario() + "...\n");
    CHECK_LOADS_CLEANLY(loaded);
}

TEST_CASE("a key that is a list is refused") {
    LOAD_TEXT(loaded, "? [a]\n: b\n");
    CHECK_ONE_ERROR(loaded, 1, 3, "a key must be a plain name");
}

// ---------------------------------------------------------------------------------------------------------------
// Stray flow indicators: yaml-cpp 0.7 returns documents forever on some of these without the engine's guard.

TEST_CASE("a lone ','") {
    LOAD_TEXT(loaded, ",");
    CHECK_ONE_ERROR(loaded, 1, 1, "unexpected ','");
}

TEST_CASE("',,,,'") {
    LOAD_TEXT(loaded, ",,,,");
    CHECK_ONE_ERROR(loaded, 1, 1, "unexpected ','");
}

TEST_CASE("a lone ',' on a line after a valid scenario") {
    LOAD_TEXT(loaded, valid_scenario() + ",\n");
    INFO(all_diagnostics(loaded));
    CHECK(loaded.diagnostics.error_count() == 1);
    REQUIRE_FALSE(loaded.diagnostics.items().empty());
    CHECK(loaded.diagnostics.items().front().location.line == 50);
    CHECK(loaded.diagnostics.items().front().location.column == 1);
}

TEST_CASE("a lone ']'") {
    LOAD_TEXT(loaded, "]");
    CHECK_ONE_ERROR(loaded, 1, 1, "YAML syntax");
}

TEST_CASE("a lone '}'") {
    LOAD_TEXT(loaded, "}");
    CHECK_ONE_ERROR(loaded, 1, 1, "YAML syntax");
}

TEST_CASE("a lone '{' says the map is never closed") {
    LOAD_TEXT(loaded, "{");
    INFO(all_diagnostics(loaded));
    CHECK(loaded.diagnostics.error_count() == 1);
    REQUIRE_FALSE(loaded.diagnostics.items().empty());
    const std::string& message = loaded.diagnostics.items().front().message;
    // yaml-cpp reads an unclosed '{' at the top as the key of a map; telling the trainer "a key must be a
    // plain name" points them the wrong way.
    CHECK_MESSAGE(message.find("a key must be a plain name") == std::string::npos, message);
}

TEST_CASE("a lone '[' says the list is never closed") {
    LOAD_TEXT(loaded, "[");
    INFO(all_diagnostics(loaded));
    CHECK(loaded.diagnostics.error_count() == 1);
    REQUIRE_FALSE(loaded.diagnostics.items().empty());
    const std::string& message = loaded.diagnostics.items().front().message;
    CHECK_MESSAGE(message.find("a key must be a plain name") == std::string::npos, message);
}

TEST_CASE("an unclosed '[' in a value is a syntax error") {
    LOAD_TEXT(loaded, scenario_with("title: \"A test\"", "title: [a, b"));
    CHECK_ONE_ERROR(loaded, 4, 9, "YAML syntax");
}

// ---------------------------------------------------------------------------------------------------------------
// Paths that are not scenario files

TEST_CASE("a directory path") {
    TemporaryDirectory directory;
    LOAD_FILE(loaded, directory.path().string());
    CHECK_ONE_ERROR(loaded, 0, 0, "is a directory");
    CHECK(loaded.diagnostics.items().front().path == directory.path().string());
}

TEST_CASE("a missing path") {
    TemporaryDirectory directory;
    LOAD_FILE(loaded, (directory.path() / "no-such-scenario.yaml").string());
    CHECK_ONE_ERROR(loaded, 0, 0, "cannot open");
    CHECK(find_diagnostic(loaded, "No such file") != nullptr);
}

TEST_CASE("an unreadable file") {
    TemporaryDirectory directory;
    std::string path = directory.write("locked.yaml", valid_scenario());
    REQUIRE(::chmod(path.c_str(), 0) == 0);
    LOAD_FILE(loaded, path);  // must not crash or hang, whoever runs it
    if (::geteuid() == 0) {
        MESSAGE("running as root, which can read a chmod 000 file: only checking that loading returns");
    } else {
        CHECK_ONE_ERROR(loaded, 0, 0, "cannot read");
    }
}

TEST_CASE("a FIFO is refused without blocking on it") {
    TemporaryDirectory directory;
    std::string path = (directory.path() / "pipe.yaml").string();
    REQUIRE(::mkfifo(path.c_str(), 0600) == 0);
    LOAD_FILE(loaded, path);
    CHECK_ONE_ERROR(loaded, 0, 0, "is not a regular file");
}

TEST_CASE("a device is refused without reading it") {
    LOAD_FILE(loaded, "/dev/zero");
    CHECK_ONE_ERROR(loaded, 0, 0, "is not a regular file");
}

TEST_CASE("a valid scenario file loads from disk") {
    TemporaryDirectory directory;
    std::string path = directory.write("test-scenario.yaml", valid_scenario());
    LOAD_FILE(loaded, path);
    CHECK_LOADS_CLEANLY(loaded);
}

// ---------------------------------------------------------------------------------------------------------------
// The size cap

TEST_CASE("text over the size cap is refused before parsing, and the message states the limit") {
    DiagnosticList diagnostics("big.yaml");
    auto source = frontdesk::check_source_text("big.yaml", valid_scenario() + std::string(1000, '#'), diagnostics, 1000);
    CHECK_FALSE(source.has_value());
    REQUIRE(diagnostics.items().size() == 1);
    const Diagnostic& d = diagnostics.items().front();
    CHECK(d.severity == Severity::error);
    CHECK(d.location.line == 0);
    CHECK(d.location.column == 0);
    CHECK_MESSAGE(d.message.find("over the limit of 1000 bytes") != std::string::npos, d.message);
    CHECK_MESSAGE(d.message.find(std::to_string(valid_scenario().size() + 1000) + " bytes") != std::string::npos, d.message);
}

TEST_CASE("text exactly at the size cap is accepted") {
    DiagnosticList diagnostics("exact.yaml");
    std::string text = valid_scenario();
    auto source = frontdesk::check_source_text("exact.yaml", text, diagnostics, text.size());
    CHECK(source.has_value());
    CHECK(diagnostics.items().empty());
}

TEST_CASE("a file over the size cap is refused without reading it, and the message states the limit") {
    TemporaryDirectory directory;
    std::string path = directory.write("big.yaml", valid_scenario());
    DiagnosticList diagnostics(path);
    auto source = frontdesk::read_source_file(path, diagnostics, 100);
    CHECK_FALSE(source.has_value());
    REQUIRE(diagnostics.items().size() == 1);
    CHECK_MESSAGE(diagnostics.items().front().message.find("over the limit of 100 bytes") != std::string::npos,
                  diagnostics.items().front().message);
}

TEST_CASE("text over the real size cap is refused quickly by the loader") {
    LOAD_TEXT(loaded, std::string(frontdesk::max_scenario_file_bytes + 1, '#'));
    CHECK_ONE_ERROR(loaded, 0, 0, "over the limit of " + std::to_string(frontdesk::max_scenario_file_bytes) + " bytes");
}

// ---------------------------------------------------------------------------------------------------------------
// Printing diagnostics

TEST_CASE("format_diagnostic prints path:line:col, the source line and a caret under the column") {
    LOAD_TEXT(loaded, scenario_with("  mood: 40", "  mood: 150"));
    REQUIRE(loaded.diagnostics.items().size() == 1);
    std::string printed = frontdesk::format_diagnostic(loaded.diagnostics.items().front(), &*loaded.source);
    CHECK(printed ==
          "test.yaml:11:9: error: 'mood' is out of range: must be between 0 and 100, found 150\n"
          " 11 |   mood: 150\n"
          "    |         ^~~\n");
}

TEST_CASE("format_diagnostic keeps tabs in the caret line so the caret lines up") {
    LOAD_TEXT(loaded, scenario_with("  mood: 40", "  mood:\t150"));
    REQUIRE(loaded.diagnostics.items().size() == 1);
    std::string printed = frontdesk::format_diagnostic(loaded.diagnostics.items().front(), &*loaded.source);
    CHECK(printed ==
          "test.yaml:11:9: error: 'mood' is out of range: must be between 0 and 100, found 150\n"
          " 11 |   mood:\t150\n"
          "    |        \t^~~\n");
}

TEST_CASE("format_diagnostic puts the caret under a character column after multi-byte characters") {
    LOAD_TEXT(loaded, scenario_with("character:\n  name: \"Ms. Test\"\n  mood: 40\n", "character: {name: \"Zo\xC3\xAB\", mood: 150}\n"));
    REQUIRE(loaded.diagnostics.items().size() == 1);
    std::string printed = frontdesk::format_diagnostic(loaded.diagnostics.items().front(), &*loaded.source);
    CHECK(printed ==
          "test.yaml:9:32: error: 'mood' is out of range: must be between 0 and 100, found 150\n"
          " 9 | character: {name: \"Zo\xC3\xAB\", mood: 150}\n"
          "   | " + std::string(31, ' ') + "^~~\n");
}

TEST_CASE("format_diagnostic for the whole file prints no position and no source line") {
    LOAD_TEXT(loaded, "");
    REQUIRE(loaded.diagnostics.items().size() == 1);
    std::string printed = frontdesk::format_diagnostic(loaded.diagnostics.items().front(), nullptr);
    CHECK(printed == "test.yaml: error: file is empty; a scenario starts with 'format: 1' (see scenarios/README.md)\n");
}

TEST_CASE("format_diagnostics prints a warning with its severity") {
    LOAD_TEXT(loaded, replaced(valid_scenario(), "    debrief: \"Well done.\"\n", ""));
    std::string printed = frontdesk::format_diagnostics(loaded);
    CHECK(printed.rfind("test.yaml:42:3: warning: ending 'happy' has no 'debrief'", 0) == 0);
    CHECK(printed.find(" 42 |   happy:\n    |   ^~~~~\n") != std::string::npos);
}

}  // TEST_SUITE
