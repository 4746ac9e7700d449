// Text that adapts to the trainee: {trainee} and {f:...|m:...|n:...}, checked by the loader where they are
// written and expanded for the player, the stored transcript and the length measures.
#include <doctest/doctest.h>

#include "format_support.h"
#include "frontdesk/placeholders.h"
#include "frontdesk/recorded_session.h"
#include "frontdesk/strategies.h"

using namespace frontdesk;
using frontdesk::test::load_text;
using frontdesk::test::playable;
using frontdesk::test::scenario_nodes;

TEST_CASE("placeholders: the name, the three phrasings, braces as they are") {
    TraineeVoice giulia{"Giulia", Phrasing::feminine};
    TraineeVoice marco{"Marco", Phrasing::masculine};
    TraineeVoice sam{"Sam", Phrasing::neutral};
    std::string text = "Sono {trainee}: {f:ne sono sicura|m:ne sono sicuro|n:ne ho la certezza}.";
    CHECK(expand_text(text, giulia) == "Sono Giulia: ne sono sicura.");
    CHECK(expand_text(text, marco) == "Sono Marco: ne sono sicuro.");
    CHECK(expand_text(text, sam) == "Sono Sam: ne ho la certezza.");
    // Any order of the forms, an empty form, and a brace written twice.
    CHECK(expand_text("{n:|m:stato |f:stata }qui {{ok}", marco) == "stato qui {ok}");
    CHECK(expand_text("no braces at all", sam) == "no braces at all");
    CHECK(TraineeVoice{}.name == "Alex");
    CHECK(spoken_text("{f:aaaaaa|m:bbbbbb|n:cc}") == "cc");
    CHECK(check_placeholders(text).empty());
    Phrasing phrasing = Phrasing::neutral;
    CHECK(parse_phrasing("feminine", phrasing));
    CHECK(phrasing == Phrasing::feminine);
    CHECK_FALSE(parse_phrasing("female", phrasing));
}

TEST_CASE("placeholders: every mistake is named with its place in the text") {
    auto one = [](std::string_view text) {
        std::vector<PlaceholderProblem> problems = check_placeholders(text);
        REQUIRE(problems.size() == 1);
        return problems[0];
    };
    PlaceholderProblem unknown = one("Buongiorno, sono {nome}.");
    CHECK(unknown.begin == 17);
    CHECK(unknown.end == 23);
    CHECK(unknown.message.find("unknown placeholder {nome} (did you mean {trainee}?); write {trainee}") == 0);
    CHECK(one("{Trainee}").message.find("(did you mean {trainee}?)") != std::string::npos);
    CHECK(one("{f:sicura|m:sicuro}").message.find("no 'n:' (neutral) text") != std::string::npos);
    CHECK(one("{f:a|f:b|m:c|n:d}").message.find("gives 'f:' (feminine) twice") != std::string::npos);
    CHECK(one("{f:a|x:b|n:c}").message.find("'x:b' does not start with f:, m: or n:") != std::string::npos);
    PlaceholderProblem open = one("ciao {trainee");
    CHECK(open.begin == 5);
    CHECK(open.message.find("never closed") != std::string::npos);
    // A hostile text: thousands of mistakes cost a capped list.
    CHECK(check_placeholders(std::string(100000, '{'), 8).size() <= 8);
    CHECK(expand_text(std::string(1000, '{'), TraineeVoice{}).size() == 500);
}

TEST_CASE("placeholders: the loader reports them at the line and column where they are written") {
    LoadedScenario loaded = load_text(scenario_nodes(
        "  opening:\n"                                        // 14
        "    say: \"Hello, {trianee}.\"\n"                     // 15
        "    choices:\n"                                      // 16
        "      - say: \"I'm {f:sure|m:sure}.\"\n"              // 17
        "        goto: done\n"
        "        feedback: \"Fine, {trainee}.\"\n"
        "  done:\n"
        "    say: \"Bye.\"\n"
        "    end: success\n"
        "    debrief: \"Well done, {trainee}.\"\n"));
    CHECK_AT(loaded, Severity::error, 15, 18, 9, "unknown placeholder {trianee} (did you mean {trainee}?)");
    CHECK_AT(loaded, Severity::error, 17, 19, 15, "no 'n:' (neutral) text");
    CHECK(loaded.diagnostics.error_count() == 2);
}

TEST_CASE("placeholders: the transcript keeps the words as the trainee read them; lengths count one form") {
    auto scenario = playable(load_text(scenario_nodes(
        "  opening:\n"
        "    say: \"Hello.\"\n"
        "    choices:\n"
        "      - say: \"{trainee} here, {f:glad to help|m:glad to help|n:happy to help}.\"\n"
        "        goto: done\n"
        "        score: {listening: 1}\n"
        "        feedback: \"Fine.\"\n"
        "  done:\n"
        "    say: \"Bye.\"\n"
        "    end: success\n"
        "    debrief: \"Done.\"\n")));
    Session session(scenario);
    const Decision& decision = session.choose(0);
    CHECK(decision_record(*scenario, decision, 1, 1, TraineeVoice{"Maria", Phrasing::feminine}).said == "Maria here, glad to help.");
    CHECK(answer_length(scenario->nodes[0].choices[0]) == std::string("Alex here, happy to help.").size());
}
