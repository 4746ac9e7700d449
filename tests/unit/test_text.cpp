// The text layer: UTF-8 checks and repair, control characters, what reaches a terminal, names people type,
// plural forms and numbers in each language.
#include <doctest/doctest.h>

#include "frontdesk/interface_text.h"
#include "frontdesk/number_format.h"
#include "frontdesk/terminal_text.h"
#include "frontdesk/utf8.h"

using namespace frontdesk;

TEST_CASE("utf8: valid text passes, broken bytes are found and repaired") {
    CHECK(is_valid_utf8("Niccolò è qui €"));
    CHECK_FALSE(is_valid_utf8("Niccol\xf2"));
    CHECK(first_invalid_utf8("ab\xc3") == 2);                 // truncated sequence
    CHECK_FALSE(is_valid_utf8("\xc0\xaf"));                   // overlong '/'
    CHECK_FALSE(is_valid_utf8("\xed\xa0\x80"));               // surrogate
    CHECK_FALSE(is_valid_utf8("\xf4\x90\x80\x80"));           // above U+10FFFF
    CHECK(valid_utf8("Niccol\xf2 x") == "Niccol\xEF\xBF\xBD x");
    CHECK(valid_utf8("ok") == "ok");
    CHECK(utf8_length("città") == 5);
}

TEST_CASE("utf8: control characters, bidi overrides included, are found and named") {
    CHECK_FALSE(find_control_character("plain text, accents: àèì"));
    auto escape = find_control_character("ab\x1b[2J");
    REQUIRE(escape);
    CHECK(escape->offset == 2);
    CHECK(describe_code_point(escape->code_point) == "U+001B (escape)");
    auto bidi = find_control_character("file\u202egpj.exe");
    REQUIRE(bidi);
    CHECK(describe_code_point(bidi->code_point) == "U+202E (right-to-left override)");
    CHECK(find_control_character("a\tb\nc", "\t\n") == std::nullopt);
    CHECK(find_control_character("a\tb", "\n"));
    CHECK(find_control_character("\xc2\x85"));  // NEL, a C1 control
}

TEST_CASE("utf8: names people type are checked for what would break a terminal or an export") {
    CHECK(name_problem("Niccolò Rossi").empty());
    CHECK(name_problem("").empty());
    CHECK(name_problem("Niccol\xf2").find("not valid UTF-8") != std::string::npos);
    CHECK(name_problem("a\x07").find("U+0007 (bell)") != std::string::npos);
    CHECK(name_problem(std::string(101, 'x')).find("longer than 100") != std::string::npos);
    CHECK(name_problem(std::string(100, 'x')).empty());
    CHECK(name_problem("a\x1b", 100, Language::it) == "contiene un carattere di controllo, U+001B (escape); usi lettere, cifre e punteggiatura");
    CHECK(name_problem(std::string(41, 'x'), 40, Language::it) == "supera i 40 caratteri");
}

TEST_CASE("terminal: controls are shown, never obeyed; text and accents pass") {
    CHECK(terminal_safe("Buongiorno, città!") == "Buongiorno, città!");
    CHECK(terminal_safe("\x1b]52;c;ZXZpbA==\x07") == "\\x1b]52;c;ZXZpbA==\\x07");  // OSC 52 would write the clipboard
    CHECK(terminal_safe("a\rb\bc") == "a\\rb\\x08c");
    CHECK(terminal_safe("line\nbreak") == "line\\nbreak");
    CHECK(terminal_safe("line\nbreak", LineBreaks::keep) == "line\nbreak");
    CHECK(terminal_safe("tab\there") == "tab\there");
    CHECK(terminal_safe("x\u202ey") == "x\\u202ey");
    CHECK(terminal_safe("Niccol\xf2") == "Niccol\\xf2");
    CHECK(terminal_safe("forged\n.yaml:1:1: error: x").find('\n') == std::string::npos);
}

TEST_CASE("plurals: the singular for exactly one, the plural otherwise, in both languages") {
    CHECK(ui_text(Language::en, Ui::stopped_early, {"1"}) == "Conversation stopped before the end (1 answer given).");
    CHECK(ui_text(Language::en, Ui::stopped_early, {"0"}) == "Conversation stopped before the end (0 answers given).");
    CHECK(ui_text(Language::it, Ui::stopped_early, {"1"}) == "Conversazione interrotta prima della fine (1 risposta data).");
    CHECK(ui_text(Language::it, Ui::stopped_early, {"3"}) == "Conversazione interrotta prima della fine (3 risposte date).");
    CHECK(format_ui_text("{0} {0?file|files}, {1} {1?error|errors}", {"2", "1"}) == "2 files, 1 error");
    CHECK(format_ui_text("{0?one}", {"1"}) == "{0?one}");  // not the plural form: left as written
}

TEST_CASE("numbers: decimal point in English, decimal comma in Italian, never minus zero") {
    CHECK(format_decimal(Language::en, 55.56, 1) == "55.6");
    CHECK(format_decimal(Language::it, 55.56, 1) == "55,6");
    CHECK(format_decimal(Language::it, -0.04, 1) == "0,0");
    // Rounded down, so a score just under the pass mark never reads as reaching it.
    CHECK(format_percent(Language::it, 55.5) == "55%");
    CHECK(format_percent(Language::en, 59.96) == "59%");
    CHECK(format_percent(Language::en, 200.0 / 3.0 * 0.9) == "60%");
    CHECK(format_percent(Language::en, 100) == "100%");
}
