// The condition language: precedence, values, and errors pointing at the right character.
#include <doctest/doctest.h>

#include "frontdesk/expression.h"

using namespace frontdesk;

namespace {

// Parses and binds: names "a".."c" are flags 0..2, "listening" is skill 0, "mood" is mood, visited(x) is node 1.
std::int64_t eval(const std::string& text, int mood = 50, std::vector<std::int64_t> flags = {0, 0, 0},
                  std::vector<int> skills = {0}, std::vector<bool> visited = {false, false}) {
    ExpressionError error;
    auto expression = Expression::parse(text, error);
    REQUIRE_MESSAGE(expression, error.message);
    std::vector<NameBinding> bindings;
    for (const ExpressionName& name : expression->names()) {
        if (name.kind == ExpressionName::Kind::visited) bindings.push_back({NameBinding::Kind::node, 1});
        else if (name.name == "mood") bindings.push_back({NameBinding::Kind::mood, 0});
        else if (name.name == "listening") bindings.push_back({NameBinding::Kind::skill, 0});
        else bindings.push_back({NameBinding::Kind::flag, name.name[0] - 'a'});
    }
    expression->bind(bindings);
    return expression->evaluate({mood, &skills, &flags, &visited});
}

ExpressionError parse_error(const std::string& text) {
    ExpressionError error;
    auto expression = Expression::parse(text, error);
    CHECK_FALSE(expression);
    return error;
}

}  // namespace

TEST_CASE("expressions: literals and comparisons") {
    CHECK(eval("true") == 1);
    CHECK(eval("false") == 0);
    CHECK(eval("42") == 42);
    CHECK(eval("-3 < 0") == 1);
    CHECK(eval("mood >= 50", 50) == 1);
    CHECK(eval("mood >= 50", 49) == 0);
    CHECK(eval("mood == 50 and mood != 51") == 1);
    CHECK(eval("mood <= 10 or mood > 40") == 1);
}

TEST_CASE("expressions: not binds tighter than and, and tighter than or") {
    CHECK(eval("not a and b", 50, {0, 1, 0}) == 1);
    CHECK(eval("not (a and b)", 50, {1, 0, 0}) == 1);
    CHECK(eval("a or b and c", 50, {1, 0, 0}) == 1);   // a or (b and c)
    CHECK(eval("(a or b) and c", 50, {1, 0, 0}) == 0);
    CHECK(eval("not not a", 50, {1, 0, 0}) == 1);
}

TEST_CASE("expressions: flags, skills, visited and unset flags") {
    CHECK(eval("a == 3", 50, {3, 0, 0}) == 1);
    CHECK(eval("not b") == 1);  // unset flags read as false
    CHECK(eval("listening >= 4", 50, {0, 0, 0}, {4}) == 1);
    CHECK(eval("visited(somewhere)", 50, {0, 0, 0}, {0}, {false, true}) == 1);
    CHECK(eval("not visited(somewhere)", 50, {0, 0, 0}, {0}, {false, false}) == 1);
}

TEST_CASE("expressions: names report their offsets for binding diagnostics") {
    ExpressionError error;
    auto expression = Expression::parse("mood > 3 and not asked_number", error);
    REQUIRE(expression);
    REQUIRE(expression->names().size() == 2);
    CHECK(expression->names()[1].name == "asked_number");
    CHECK(expression->names()[1].offset == 17);
}

TEST_CASE("expressions: errors point at the offending character") {
    CHECK(parse_error("").message.find("empty") != std::string::npos);
    ExpressionError e = parse_error("mood >= 30 and and x");
    CHECK(e.offset == 15);
    e = parse_error("mood = 3");
    CHECK(e.offset == 5);
    CHECK(e.message.find("==") != std::string::npos);
    e = parse_error("(mood > 3");
    CHECK(e.offset == 0);
    CHECK(e.message.find("never closed") != std::string::npos);
    e = parse_error("mood > 3)");
    CHECK(e.offset == 8);
    e = parse_error("a && b");
    CHECK(e.offset == 2);
    CHECK(e.message.find("and") != std::string::npos);
    e = parse_error("1 < 2 < 3");
    CHECK(e.message.find("chained") != std::string::npos);
    e = parse_error("mood >");
    CHECK(e.offset == 6);
    e = parse_error("seen(x)");
    CHECK(e.message.find("unknown function") != std::string::npos);
    e = parse_error("visited()");
    CHECK(e.offset == 8);
    e = parse_error("99999999999999999999 > 1");
    CHECK(e.message.find("too large") != std::string::npos);
    e = parse_error("mood > 3 mood");
    CHECK(e.offset == 9);
}
