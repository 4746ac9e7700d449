// lint --house-rules: at least 15 nodes, every kind of ending, 2 to 4 answers per node, 6 points of best per
// skill, a briefing with what the trainee can and cannot do; each found figure against the one asked for, and
// nothing said at the boundaries.
#include <doctest/doctest.h>

#include "frontdesk/house_rules.h"
#include "test_support.h"

using namespace frontdesk;

namespace {

// A chain of `length` nodes; the first has `first_answers` answers (the extras lead to a failure), the
// others two; +1 in every skill per good answer; the last node's poor answer ends partially.
std::string chain(int length, int first_answers,
                  const std::string& briefing = "briefing: {you_can: [\"Help.\"], you_cannot: [\"Promise.\"]}\n") {
    std::string text = "format: 1\nid: chain\ntitle: \"Chain\"\nlanguage: en\nrole: client\nchannel: desk\ndifficulty: 1\n"
                       "summary: \"S.\"\n" + briefing + "character: {name: \"Ann\", mood: 50}\nstart: n0\nnodes:\n";
    for (int i = 0; i < length; ++i) {
        std::string next = i + 1 == length ? "won" : "n" + std::to_string(i + 1);
        text += "  n" + std::to_string(i) + ":\n    say: \"Go on.\"\n    choices:\n"
                "      - {say: \"Good.\", goto: " + next + ", score: {listening: 1, respect: 1, problem_solving: 1}, feedback: \"f\"}\n"
                "      - {say: \"Poor.\", goto: " + std::string(i + 1 == length ? "half" : next) + ", score: {respect: -1}, feedback: \"f\"}\n";
        for (int extra = 2; i == 0 && extra < first_answers; ++extra)
            text += "      - {say: \"Rude.\", goto: lost, score: {respect: -2}, feedback: \"f\"}\n";
    }
    return text + "  won:\n    say: \"Bye.\"\n    end: success\n    debrief: \"d\"\n"
                  "  half:\n    say: \"Hm.\"\n    end: partial\n    debrief: \"d\"\n"
                  "  lost:\n    say: \"No.\"\n    end: failure\n    debrief: \"d\"\n";
}

std::vector<std::string> house_warnings(const std::string& text) {
    LoadedScenario loaded = frontdesk::test::load_text(text, "chain.yaml");
    REQUIRE_MESSAGE(loaded.playable(), format_diagnostics(loaded));
    DiagnosticList diagnostics("chain.yaml");
    check_house_rules(*loaded.scenario, *loaded.analysis, diagnostics);
    std::vector<std::string> out;
    for (const Diagnostic& d : diagnostics.items()) {
        CHECK(d.severity == Severity::warning);
        CHECK(d.message.rfind("[house rule] ", 0) == 0);
        out.push_back(d.message);
    }
    return out;
}

}  // namespace

TEST_CASE("house rules: 15 nodes, every ending, 2 and 4 answers and 12 points of best pass") {
    CHECK(house_warnings(chain(12, 4)).empty());  // 12 + 3 endings = 15 nodes
}

TEST_CASE("house rules: each rule names what it found and what it asks for") {
    std::vector<std::string> warnings = house_warnings(chain(5, 5));
    REQUIRE(warnings.size() == 5);
    CHECK(warnings[0] == "[house rule] the scenario has 8 nodes; the house rules ask for at least 15, so a session holds several decisions");
    CHECK(warnings[1] == "[house rule] node 'n0' has 5 answers; the house rules ask for 2 to 4, so a trainee can weigh them all");
    CHECK(warnings[2] == "[house rule] the best possible listening score is 5; the house rules ask for at least 6, so a percentage of it means something");
    CHECK(warnings[3].find("respect score is 5") != std::string::npos);
    CHECK(warnings[4].find("problem_solving score is 5") != std::string::npos);
    std::vector<std::string> no_failure = house_warnings(chain(12, 2));
    REQUIRE(no_failure.size() == 1);
    CHECK(no_failure[0] == "[house rule] no failure ending can be reached; the house rules ask for a success, a partial and a failure ending, so every outcome can be practised");
}

TEST_CASE("house rules: the briefing lists what the role can and cannot do") {
    std::vector<std::string> none = house_warnings(chain(12, 4, ""));
    REQUIRE(none.size() == 1);
    CHECK(none[0] == "[house rule] the briefing has no 'you_can' or 'you_cannot' list; the house rules ask for both lists under "
                     "'briefing', so the trainee knows what the role may and may not do");
    std::vector<std::string> half = house_warnings(chain(12, 4, "briefing: {you_can: [\"Help.\"]}\n"));
    REQUIRE(half.size() == 1);
    CHECK(half[0].find("the briefing has no 'you_cannot' list") != std::string::npos);
}
