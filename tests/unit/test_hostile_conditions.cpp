// Hostile conditions: however deeply a condition nests parentheses, 'not' and '-', parsing stops at
// max_condition_depth with one located error instead of overflowing the stack; long flat conditions still
// parse and evaluate; and the whole-node checks stay linear in the number of choices.
#include <doctest/doctest.h>

#include <string>

#include "frontdesk/expression.h"
#include "hostile_support.h"

using frontdesk::Expression;
using frontdesk::ExpressionError;
using frontdesk::max_condition_depth;
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

// The parse error of `text`, under the watchdog (a hang fails the test).
ExpressionError parse_error(const std::string& text) {
    auto error = frontdesk::test::run_within_limit<ExpressionError>([text]() {
        ExpressionError found;
        if (Expression::parse(text, found)) found.message = "(parsed)";
        return found;
    });
    REQUIRE_MESSAGE(error.has_value(), "parsing did not finish within the time limit (hang)");
    return *error;
}

// valid_scenario() with the condition of choice 1 of 'middle' (line 33, text from column 14) replaced.
std::string scenario_with_condition(const std::string& condition) {
    return scenario_with("if: \"mood >= 30\"", "if: \"" + condition + "\"");
}

}  // namespace

TEST_SUITE("hostile conditions") {

TEST_CASE("20,000 nested parentheses stop at the nesting limit, at the first '(' too many") {
    ExpressionError error = parse_error(std::string(20000, '(') + "mood" + std::string(20000, ')'));
    CHECK(error.offset == static_cast<std::size_t>(max_condition_depth));
    CHECK_MESSAGE(error.message.find("nested too deeply") != std::string::npos, error.message);
    CHECK_MESSAGE(error.message.find("at most 32 levels") != std::string::npos, error.message);
}

TEST_CASE("100,000 'not' stop at the nesting limit") {
    ExpressionError error = parse_error(repeated("not ", 100000) + "mood");
    CHECK(error.offset == 4 * static_cast<std::size_t>(max_condition_depth));
    CHECK(error.length == 3);
    CHECK_MESSAGE(error.message.find("nested too deeply") != std::string::npos, error.message);
}

TEST_CASE("1,000,000 unary '-' stop at the nesting limit") {
    ExpressionError error = parse_error(std::string(1000000, '-') + "mood");
    CHECK(error.offset == static_cast<std::size_t>(max_condition_depth));
    CHECK_MESSAGE(error.message.find("nested too deeply") != std::string::npos, error.message);
}

TEST_CASE("parentheses, 'not' and '-' count together towards the limit") {
    std::string mixed;
    for (int i = 0; i < 8; ++i) mixed += "not (-(";  // four levels each
    // The 33rd opener is the '(' after them, at offset 8 * 7 = 56.
    ExpressionError error = parse_error(mixed + "(mood" + std::string(17, ')'));
    CHECK(error.offset == 56);
    CHECK_MESSAGE(error.message.find("nested too deeply") != std::string::npos, error.message);
}

TEST_CASE("exactly the limit of nesting parses and evaluates") {
    std::size_t depth = static_cast<std::size_t>(max_condition_depth);
    ExpressionError error;
    auto expression = Expression::parse(std::string(depth, '(') + "mood >= 30" + std::string(depth, ')'), error);
    REQUIRE_MESSAGE(expression, error.message);
    expression->bind({{frontdesk::NameBinding::Kind::mood, 0}});
    CHECK(expression->holds({40, nullptr, nullptr, nullptr}));
    CHECK(parse_error(std::string(depth + 1, '(') + "mood" + std::string(depth + 1, ')')).offset == depth);
}

TEST_CASE("a flat condition of 30,000 terms parses and evaluates without recursion") {
    ExpressionError error;
    auto expression = Expression::parse(repeated("mood < 0 or ", 30000) + "mood > 10", error);
    REQUIRE_MESSAGE(expression, error.message);
    expression->bind(std::vector<frontdesk::NameBinding>(expression->names().size(), {frontdesk::NameBinding::Kind::mood, 0}));
    CHECK(expression->holds({40, nullptr, nullptr, nullptr}));
    CHECK_FALSE(expression->holds({5, nullptr, nullptr, nullptr}));
}

TEST_CASE("a scenario with 20,000 nested parentheses in a condition is one error at the 33rd '('") {
    LOAD_TEXT(loaded, scenario_with_condition(std::string(20000, '(') + "mood" + std::string(20000, ')')));
    CHECK_ONE_ERROR(loaded, 33, 14 + max_condition_depth, "invalid condition: nested too deeply");
    // The excerpt of the 40,000-character line is a window around the caret, not the whole line.
    std::string printed = frontdesk::format_diagnostics(loaded);
    CHECK(printed.size() < 1000);
    CHECK(printed.find("...\n") != std::string::npos);
}

TEST_CASE("a scenario with 60,000 'not' in a condition is one error at the 33rd 'not'") {
    LOAD_TEXT(loaded, scenario_with_condition(repeated("not ", 60000) + "mood"));
    CHECK_ONE_ERROR(loaded, 33, 14 + 4 * max_condition_depth, "invalid condition: nested too deeply");
}

TEST_CASE("conditions written differently but parsed alike have the same canonical form") {
    ExpressionError error;
    auto plain = Expression::parse("mood >= 30 and promised", error);
    auto spaced = Expression::parse("((mood>=30)) and (promised)", error);
    auto negated = Expression::parse("not (mood >= 30 and promised)", error);
    auto other = Expression::parse("nothing", error);
    REQUIRE((plain && spaced && negated && other));
    CHECK(plain->canonical() == spaced->canonical());
    CHECK(negated->canonical_negated_operand() == plain->canonical());
    CHECK(plain->canonical_negated_operand().empty());
    CHECK(other->canonical_negated_operand().empty());
}

TEST_CASE("'x' and 'not (x)' on one node leave no stuck-node warning; 'nothing' is no negation of 'hing'") {
    std::string both = "        goto: gone\n        if: \"not (mood >= 30)\"\n";
    LOAD_TEXT(complementary, scenario_with("        goto: gone\n", both));
    CHECK(find_diagnostic(complementary, "every choice of node 'middle' has a condition") == nullptr);
    std::string hing = scenario_with("if: \"mood >= 30\"", "if: \"hing\"");
    hing = frontdesk::test::replaced(hing, "        goto: gone\n", "        goto: gone\n        if: \"nothing\"\n");
    hing = frontdesk::test::replaced(hing, "set: {promised: true}", "set: {hing: true, nothing: true}");
    LOAD_TEXT(unrelated, hing);
    CHECK(find_diagnostic(unrelated, "every choice of node 'middle' has a condition") != nullptr);
}

TEST_CASE("a node with 20,000 conditional choices is checked in linear time") {
    std::string choices;
    for (int i = 0; i < 20000; ++i)
        choices += "      - say: \"Choice.\"\n        goto: happy\n        if: \"mood >= " + std::to_string(i % 100) +
                   "\"\n        feedback: \"Fine.\"\n";
    std::string text = scenario_with("    say: \"My invoice is wrong.\"\n    choices:\n",
                                     "    say: \"My invoice is wrong.\"\n    choices:\n" + choices);
    LOAD_TEXT(loaded, text);
    REQUIRE(loaded.scenario != nullptr);
    CHECK(loaded.scenario->nodes[1].choices.size() == 20002);
    CHECK(loaded.diagnostics.error_count() == 0);
}

}  // TEST_SUITE
