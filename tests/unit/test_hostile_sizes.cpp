// Files that are large in the wrong way: [lists] and {maps} or texts too long for yaml-cpp to buffer, too
// many values or skills, thousands of diagnostics, and very long lines. Each ends with one located error
// (or loads, when merely big), the diagnostics are capped while their counts stay exact, columns on long
// lines cost no walk from the line start, and excerpts of long lines are a window around the caret.
// Memory and time are measured by tools/bench/bench_hostile.cpp; here the watchdog only catches hangs.
#include <doctest/doctest.h>

#include <algorithm>
#include <random>
#include <string>

#include "frontdesk/diagnostic.h"
#include "frontdesk/source_text.h"
#include "frontdesk/yaml_document.h"
#include "hostile_support.h"

using frontdesk::Diagnostic;
using frontdesk::SourceLocation;
using frontdesk::SourceText;
using frontdesk::test::all_diagnostics;
using frontdesk::test::find_diagnostic;
using frontdesk::test::scenario_with;
using frontdesk::test::valid_scenario;

namespace {

std::string repeated(const std::string& unit, std::size_t times) {
    std::string out;
    out.reserve(unit.size() * times);
    for (std::size_t i = 0; i < times; ++i) out += unit;
    return out;
}

// Lines of comment adding up to about `bytes`.
std::string comment_lines(std::size_t bytes) { return repeated("# " + std::string(78, '-') + "\n", bytes / 81 + 1); }

}  // namespace

TEST_SUITE("hostile sizes") {

// ---------------------------------------------------------------------------------------------------------------
// What yaml-cpp would buffer whole: flow collections and texts past max_yaml_value_bytes

TEST_CASE("a 6 MB top-level [{},{},...] is one error at its '[' that says to write indented lines") {
    LOAD_TEXT(loaded, "[" + repeated("{},", 2'000'000) + "{}]\n");
    CHECK_ONE_ERROR(loaded, 1, 1, "[list] longer than 256 KB");
    CHECK(find_diagnostic(loaded, "write the list as indented lines ('- item', one per line)") != nullptr);
}

TEST_CASE("a {map} value longer than the limit is one error at its '{'") {
    LOAD_TEXT(loaded, scenario_with("title: \"A test\"", "title: {" + repeated("k: 1, ", 50'000) + "z: 1}"));
    CHECK_ONE_ERROR(loaded, 3, 8, "{map} longer than 256 KB");
    CHECK(find_diagnostic(loaded, "write the map as indented lines ('key: value', one per line)") != nullptr);
}

TEST_CASE("a '[' never closed in a large file says its ']' may be missing") {
    LOAD_TEXT(loaded, scenario_with("title: \"A test\"", "title: [a, b\n" + comment_lines(300'000)));
    CHECK_ONE_ERROR(loaded, 3, 8, "if its closing ']' is missing, add it");
}

TEST_CASE("a quote never closed in a large file says the closing quote may be missing") {
    LOAD_TEXT(loaded, scenario_with("title: \"A test\"", "title: \"A test\n" + comment_lines(300'000)));
    CHECK_ONE_ERROR(loaded, 3, 8, "quoted text longer than 256 KB");
    CHECK(find_diagnostic(loaded, "if its closing quote is missing, add it") != nullptr);
}

TEST_CASE("a text longer than the limit is one error at its start; a shorter one loads") {
    LOAD_TEXT(too_long, scenario_with("say: \"Hello.\"", "say: \"" + std::string(300'000, 'a') + "\""));
    CHECK_ONE_ERROR(too_long, 16, 10, "quoted text longer than 256 KB");
    LOAD_TEXT(long_enough, scenario_with("say: \"Hello.\"", "say: " + std::string(200'000, 'a')));
    CHECK_LOADS_CLEANLY(long_enough);
}

TEST_CASE("a megabyte of comments between two keys is not a value: the file loads") {
    LOAD_TEXT(loaded, scenario_with("title: \"A test\"\n", "title: \"A test\"\n" + comment_lines(1'000'000)));
    CHECK_LOADS_CLEANLY(loaded);
}

TEST_CASE("a valid scenario of several megabytes loads, and a second document after it is still found") {
    std::string nodes;
    for (int i = 0; i < 4000; ++i)
        nodes += "  extra" + std::to_string(i) + ":\n    say: \"" + std::string(300, 'x') +
                 "\"\n    end: partial\n    debrief: \"Fine.\"\n";
    std::string big = scenario_with("  happy:\n", nodes + "  happy:\n");
    LOAD_TEXT(loaded, big);
    INFO(all_diagnostics(loaded));
    CHECK(loaded.diagnostics.error_count() == 0);
    CHECK(loaded.diagnostics.warning_count() == 4000);  // each extra node is unreachable
    std::size_t lines = static_cast<std::size_t>(std::count(big.begin(), big.end(), '\n'));
    LOAD_TEXT(two, big + "---\nb: 2\n");
    CHECK_ONE_ERROR(two, lines + 1, 1, "a second YAML document starts here");
}

// ---------------------------------------------------------------------------------------------------------------
// Caps on how much a file may hold

TEST_CASE("more than 2,000,000 values is one error at the value past the limit") {
    LOAD_TEXT(loaded, repeated("- a\n", frontdesk::max_yaml_values + 10));
    CHECK_ONE_ERROR(loaded, frontdesk::max_yaml_values, 3, "more than 2,000,000 values");
}

TEST_CASE("more than 16 skills is one error at the 17th") {
    std::string skills = "skills: [listening, respect, problem_solving";
    for (int i = 4; i <= 17; ++i) skills += ", s" + std::to_string(i);
    skills += "]";
    LOAD_TEXT(loaded, scenario_with("summary: \"Briefing.\"", "summary: \"Briefing.\"\n" + skills));
    CHECK_ONE_ERROR(loaded, 9, static_cast<std::uint32_t>(skills.find("s17") + 1), "more than 16 skills");
}

TEST_CASE("100,000 different flags, each set and read, load in linear time") {
    std::string choices;
    for (int i = 0; i < 100'000; ++i)
        choices += "      - say: \"a\"\n        goto: happy\n        set: {f" + std::to_string(i) + ": true}\n        if: \"f" +
                   std::to_string(i) + "\"\n        feedback: \"b\"\n";
    LOAD_TEXT(loaded, scenario_with("    say: \"My invoice is wrong.\"\n    choices:\n",
                                    "    say: \"My invoice is wrong.\"\n    choices:\n" + choices));
    INFO(all_diagnostics(loaded));
    REQUIRE(loaded.scenario != nullptr);
    CHECK(loaded.scenario->flags.size() == 100'001);
    CHECK(loaded.diagnostics.error_count() == 0);
}

// ---------------------------------------------------------------------------------------------------------------
// Diagnostics: capped, counted exactly, located quickly on long lines

TEST_CASE("20,000 unknown keys keep the first 100 diagnostics, count all, and say how many were left out") {
    std::string keys;
    for (int i = 0; i < 20'000; ++i) keys += "k" + std::to_string(i) + ": 1\n";
    LOAD_TEXT(loaded, valid_scenario() + keys);
    CHECK(loaded.diagnostics.error_count() == 20'000);
    CHECK(loaded.diagnostics.items().size() == frontdesk::DiagnosticList::default_kept);
    CHECK(loaded.diagnostics.omitted_error_count() == 19'900);
    CHECK(loaded.diagnostics.items().back().location.line == 149);
    std::string printed = frontdesk::format_diagnostics(loaded);
    CHECK(printed.size() < 100'000);
    std::string last_line = "\ntest.yaml: ... and 19,900 more errors\n";
    REQUIRE(printed.size() > last_line.size());
    CHECK(printed.compare(printed.size() - last_line.size(), last_line.size(), last_line) == 0);
}

TEST_CASE("notes stay with the diagnostic they explain when the list is full") {
    frontdesk::DiagnosticList list("x.yaml", 2);
    list.error({1, 1}, "first");
    list.note({1, 2}, "about the first");
    list.warning({2, 1}, "second");
    list.error({3, 1}, "third, not kept");
    list.note({3, 2}, "about the third, not kept");
    REQUIRE(list.items().size() == 3);
    CHECK(list.items()[1].message == "about the first");
    CHECK(list.error_count() == 2);
    CHECK(list.warning_count() == 1);
    CHECK(list.omitted_error_count() == 1);
    CHECK(frontdesk::format_omitted(list) == "x.yaml: ... and 1 more error\n");
}

TEST_CASE("20,000 unknown keys on one long line are each located at their own column") {
    std::string keys;
    std::vector<std::size_t> columns;
    std::string line = "character: {name: \"Zo\xC3\xAB\", mood: 40";
    for (int i = 0; i < 20'000; ++i) {
        line += ", ";
        columns.push_back(line.size());  // the key's column: one character per byte after the single 'ë'
        line += "k" + std::to_string(i) + ": 1";
    }
    line += "}";
    LOAD_TEXT(loaded, scenario_with("character:\n  name: \"Ms. Test\"\n  mood: 40\n", line + "\n"));
    CHECK(loaded.diagnostics.error_count() == 20'000);
    const Diagnostic& last = loaded.diagnostics.items().back();
    CHECK(last.message.find("unknown key 'k99'") != std::string::npos);
    CHECK(last.location.line == 9);
    CHECK(last.location.column == columns[99]);
}

TEST_CASE("columns on an 8 MB line are found without walking from the line start each time") {
    std::string text = "title: \"";
    for (int i = 0; i < 1'000'000; ++i) text += i % 3 ? "abcdefg" : "\xC3\xA8\xE2\x82\xAC" "ab";
    text += "\"\n";
    auto checked = frontdesk::test::run_within_limit<bool>([text]() {
        SourceText source("long.yaml", text);
        std::mt19937 random(7);
        bool all_right = true;
        for (int i = 0; i < 200'000; ++i) {
            std::size_t offset = text.size() - 1 - random() % 4096;
            while ((static_cast<unsigned char>(text[offset]) & 0xC0) == 0x80) --offset;
            SourceLocation location = source.location_of(offset);
            all_right = all_right && location.line == 1 && source.offset_of(location) == offset;
        }
        // Spot checks against a plain count.
        for (std::size_t offset : {std::size_t{0}, std::size_t{255}, std::size_t{256}, std::size_t{257}, text.size() / 2, text.size() - 1}) {
            while ((static_cast<unsigned char>(text[offset]) & 0xC0) == 0x80) --offset;
            std::uint32_t column = 1;
            for (std::size_t i = 0; i < offset; ++i) column += (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80;
            all_right = all_right && source.location_of(offset).column == column && source.offset_of({1, column}) == offset;
        }
        return all_right;
    });
    REQUIRE_MESSAGE(checked.has_value(), "200,000 column lookups did not finish within the time limit");
    CHECK(*checked);
}

TEST_CASE("location_of and offset_of agree at the end of a file whose last line is long") {
    std::string text = "a: \"" + std::string(507, 'x') + "\"";  // 512 bytes, no final line break
    SourceText source("end.yaml", text);
    CHECK(source.location_of(text.size()).column == 513);
    CHECK(source.offset_of({1, 513}) == text.size());
    CHECK(source.offset_of({1, 9999}) == text.size());
}

// ---------------------------------------------------------------------------------------------------------------
// Excerpts of long lines

TEST_CASE("the excerpt of a long line is a window around the caret, cut on the left") {
    std::string line = "character: {name: \"" + std::string(480, 'a') + "\", mood: 150}";
    LOAD_TEXT(loaded, scenario_with("character:\n  name: \"Ms. Test\"\n  mood: 40\n", line + "\n"));
    REQUIRE(loaded.diagnostics.items().size() == 1);
    CHECK(frontdesk::format_diagnostic(loaded.diagnostics.items().front(), &*loaded.source) ==
          "test.yaml:9:509: error: 'mood' is out of range: must be between 0 and 100, found 150\n"
          " 9 | ..." + std::string(51, 'a') + "\", mood: 150}\n"
          "   | " + std::string(63, ' ') + "^~~\n");
}

TEST_CASE("the excerpt of a long line is cut on the right after the caret's window") {
    std::string line = "character: {mood: 150, name: \"" + std::string(1000, 'a') + "\"}";
    LOAD_TEXT(loaded, scenario_with("character:\n  name: \"Ms. Test\"\n  mood: 40\n", line + "\n"));
    REQUIRE(loaded.diagnostics.items().size() == 1);
    CHECK(frontdesk::format_diagnostic(loaded.diagnostics.items().front(), &*loaded.source) ==
          "test.yaml:9:19: error: 'mood' is out of range: must be between 0 and 100, found 150\n"
          " 9 | " + line.substr(0, 160) + "...\n"
          "   | " + std::string(18, ' ') + "^~~\n");
}

}  // TEST_SUITE
