// Text that would rewrite a screen: NUL and control characters in scenario text (written as escapes or as
// raw bytes) are errors at the character, and nothing a file holds reaches printed diagnostics unescaped,
// so a diagnostic never spans lines it did not locate.
#include <doctest/doctest.h>

#include <sstream>
#include <string>
#include <vector>

#include "frontdesk/diagnostic.h"
#include "frontdesk/utf8.h"
#include "hostile_support.h"

using frontdesk::Diagnostic;
using frontdesk::Severity;
using frontdesk::test::all_diagnostics;
using frontdesk::test::find_diagnostic;
using frontdesk::test::scenario_with;
using frontdesk::test::valid_scenario;

TEST_SUITE("hostile text") {

// ---------------------------------------------------------------------------------------------------------------
// Escapes that put a NUL or a control character into a text

TEST_CASE("a '\\0' escape in a title is an error at the escape, not a silently shortened title") {
    LOAD_TEXT(loaded, scenario_with("title: \"A test\"", "title: \"A\\0test\""));
    CHECK_ONE_ERROR(loaded, 3, 10, "text holds a NUL character (U+0000), written as an escape");
    CHECK(loaded.diagnostics.items().front().length == 2);
}

TEST_CASE("a '\\x00' escape in feedback is an error at the escape") {
    LOAD_TEXT(loaded, scenario_with("feedback: \"Open question.\"", "feedback: \"Open \\x00question.\""));
    CHECK_ONE_ERROR(loaded, 22, 25, "NUL character");
    CHECK(loaded.diagnostics.items().front().length == 4);
}

TEST_CASE("every kind of control character written as an escape is an error naming it") {
    struct Case {
        const char* escape;
        const char* named;
    };
    const std::vector<Case> cases = {
        {"\\e", "U+001B (escape)"},          {"\\x1b", "U+001B (escape)"},
        {"\\a", "U+0007 (bell)"},            {"\\r", "U+000D (carriage return)"},
        {"\\b", "U+0008 (backspace)"},       {"\\x7f", "U+007F (delete)"},
        {"\\x85", "U+0085 (control character)"}, {"\\u009B", "U+009B (control character)"},
        {"\\u202E", "U+202E (right-to-left override)"}, {"\\u202A", "U+202A (left-to-right embedding)"},
        {"\\u2066", "U+2066 (left-to-right isolate)"},  {"\\u2069", "U+2069 (pop directional isolate)"},
        {"\\u200E", "U+200E (left-to-right mark)"},     {"\\u200F", "U+200F (right-to-left mark)"},
        {"\\u061C", "U+061C (arabic letter mark)"},     {"\\U0000202E", "U+202E (right-to-left override)"},
    };
    for (const Case& c : cases) {
        CAPTURE(c.escape);
        LOAD_TEXT(loaded, scenario_with("title: \"A test\"", std::string("title: \"A") + c.escape + "test\""));
        CHECK_ONE_ERROR(loaded, 3, 10, std::string("text holds control character ") + c.named);
    }
}

TEST_CASE("each control character of a text is reported, at its own escape") {
    LOAD_TEXT(loaded, scenario_with("say: \"Hello.\"", "say: \"\\e[2J\\aHello\\r.\""));
    INFO(all_diagnostics(loaded));
    REQUIRE(loaded.diagnostics.error_count() == 3);
    const auto& items = loaded.diagnostics.items();
    CHECK(items[0].location.column == 11);
    CHECK(items[1].location.column == 16);
    CHECK(items[2].location.column == 23);
}

TEST_CASE("an escape on the second line of a quoted text is located there") {
    LOAD_TEXT(loaded, scenario_with("summary: \"Briefing.\"", "summary: \"Briefing\n  with \\e here.\""));
    CHECK_ONE_ERROR(loaded, 9, 8, "U+001B (escape)");
}

TEST_CASE("a control character in a key is an error at the key's escape") {
    LOAD_TEXT(loaded, scenario_with("title: \"A test\"", "title: \"A test\"\n\"ti\\etle\": x"));
    INFO(all_diagnostics(loaded));
    const Diagnostic* control = find_diagnostic(loaded, "U+001B (escape)");
    REQUIRE(control != nullptr);
    CHECK(control->location.line == 4);
    CHECK(control->location.column == 4);
    const Diagnostic* unknown = find_diagnostic(loaded, "unknown key 'ti\\x1btle'");
    CHECK(unknown != nullptr);
}

TEST_CASE("escaped tabs and line breaks are text, not control characters") {
    LOAD_TEXT(loaded, scenario_with("summary: \"Briefing.\"", "summary: \"Brief\\ting.\\nSecond line.\""));
    CHECK_LOADS_CLEANLY(loaded);
}

// ---------------------------------------------------------------------------------------------------------------
// Control characters written into the file as raw bytes

TEST_CASE("a raw escape character in a comment is an error at it") {
    LOAD_TEXT(loaded, valid_scenario() + "# \x1b[2J cleared\n");
    CHECK_ONE_ERROR(loaded, 50, 3, "control character U+001B (escape) in the file");
}

TEST_CASE("raw control characters in text are each one error at the byte, not reported twice") {
    struct Case {
        std::string bytes;
        const char* named;
    };
    const std::vector<Case> cases = {
        {"\x07", "U+0007 (bell)"}, {"\x08", "U+0008 (backspace)"}, {"\x7f", "U+007F (delete)"},
        {"\x0b", "U+000B (vertical tab)"}, {"\xC2\x85", "U+0085 (control character)"},
        {"\xE2\x80\xAE", "U+202E (right-to-left override)"}, {"\xE2\x81\xA6", "U+2066 (left-to-right isolate)"},
        {"\xE2\x80\x8F", "U+200F (right-to-left mark)"}, {"\xD8\x9C", "U+061C (arabic letter mark)"},
    };
    for (const Case& c : cases) {
        CAPTURE(c.named);
        LOAD_TEXT(loaded, scenario_with("title: \"A test\"", "title: \"A" + c.bytes + "test\""));
        CHECK_ONE_ERROR(loaded, 3, 10, std::string("control character ") + c.named + " in the file");
    }
}

TEST_CASE("a raw control character in a multi-line text is reported once") {
    LOAD_TEXT(loaded, scenario_with("summary: \"Briefing.\"", "summary: \"Brief\n  ing \x1b here.\""));
    CHECK_ONE_ERROR(loaded, 9, 7, "control character U+001B (escape) in the file");
}

TEST_CASE("a carriage return without a line feed is an error that says how to save the file") {
    LOAD_TEXT(loaded, scenario_with("title: \"A test\"", "title: \"A\rtest\""));
    CHECK_ONE_ERROR(loaded, 3, 10, "carriage return (U+000D) without a line feed after it; save the file with LF or CRLF line endings");
}

TEST_CASE("a right-to-left override hidden in a comment is an error") {
    LOAD_TEXT(loaded, scenario_with("format: 1", "format: 1  # \xE2\x80\xAE""txet"));
    CHECK_ONE_ERROR(loaded, 1, 14, "U+202E (right-to-left override)");
}

// ---------------------------------------------------------------------------------------------------------------
// Printed diagnostics stay on their own lines

TEST_CASE("a key holding a line break cannot forge a diagnostic line") {
    LOAD_TEXT(loaded, "\"forged\\n.yaml:1:1: error: x\": 1\n");
    std::string printed = frontdesk::format_diagnostics(loaded);
    INFO(printed);
    std::istringstream lines(printed);
    std::size_t count = 0;
    for (std::string line; std::getline(lines, line); ++count) {
        bool diagnostic = line.rfind("test.yaml:1:1: error: ", 0) == 0;
        bool excerpt = line.rfind(" 1 | ", 0) == 0 || line.rfind("   | ", 0) == 0;
        CHECK_MESSAGE((diagnostic || excerpt), "a line that is neither a diagnostic nor its excerpt: " << line);
    }
    CHECK(count == 3 * loaded.diagnostics.items().size());
    CHECK(printed.find("unknown key 'forged\\n.yaml:1:1: error: x' in the scenario") != std::string::npos);
}

TEST_CASE("format_diagnostic escapes the path and the message") {
    Diagnostic diagnostic{Severity::error, "evil\n.yaml", {2, 3}, "found \x1b[2J\a\r\b\xE2\x80\xAE here", 1};
    CHECK(frontdesk::format_diagnostic(diagnostic, nullptr) ==
          "evil\\n.yaml:2:3: error: found \\x1b[2J\\x07\\r\\x08\\u202e here\n");
}

TEST_CASE("format_diagnostic escapes control characters in the excerpt and keeps the caret under them") {
    LOAD_TEXT(loaded, scenario_with("title: \"A test\"", "title: \"\x1b[2JA test\""));
    REQUIRE(loaded.diagnostics.items().size() == 1);
    CHECK(frontdesk::format_diagnostic(loaded.diagnostics.items().front(), &*loaded.source) ==
          "test.yaml:3:9: error: control character U+001B (escape) in the file; delete it (control characters can hide "
          "or rewrite what a terminal or the window shows)\n"
          " 3 | title: \"\\x1b[2JA test\"\n"
          "   |         ^~~~\n");
}

TEST_CASE("a very long key is quoted short in its message") {
    std::string key(1000, 'k');  // YAML allows keys up to 1,024 characters
    LOAD_TEXT(loaded, scenario_with("title: \"A test\"", "title: \"A test\"\n" + key + ": 1"));
    const Diagnostic* unknown = find_diagnostic(loaded, "unknown key 'kkk");
    REQUIRE(unknown != nullptr);
    CHECK(unknown->message.size() < 400);
    CHECK(unknown->message.find("kkk...' in the scenario") != std::string::npos);
}

TEST_CASE("in_quotes and message_text escape and cut what they quote") {
    CHECK(frontdesk::in_quotes("sya") == "'sya'");
    CHECK(frontdesk::in_quotes("a\nb") == "'a\\nb'");
    CHECK(frontdesk::in_quotes(std::string(100, 'x')) == "'" + std::string(60, 'x') + "...'");
    // Cut by characters, never inside one.
    CHECK(frontdesk::message_text("\xC3\xA8\xC3\xA8\xC3\xA8", 2) == "\xC3\xA8\xC3\xA8...");
}

}  // TEST_SUITE
