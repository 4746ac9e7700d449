// Comparing two language versions of a scenario: texts may differ, structure may not, and each difference
// names its node, its answer and where it is in both files.
#include <doctest/doctest.h>

#include "frontdesk/scenario_library.h"
#include "frontdesk/translation_compare.h"
#include "hostile_support.h"

using namespace frontdesk;
using frontdesk::test::load_playable_fixture;
using frontdesk::test::replaced;

namespace {

using Kind = TranslationDifference::Kind;

const char* example = "example/angry-client-wrong-invoice.yaml";

std::string example_text() { return load_playable_fixture(example).source->text(); }

LoadedScenario version(const std::string& text, const std::string& path = "it.yaml") {
    LoadedScenario loaded = frontdesk::test::load_text(text, path);
    REQUIRE_MESSAGE(loaded.scenario, format_diagnostics(loaded));
    REQUIRE_MESSAGE(!loaded.diagnostics.has_errors(), format_diagnostics(loaded));
    return loaded;
}

std::vector<TranslationDifference> against_example(const std::string& changed) {
    LoadedScenario a = load_playable_fixture(example);
    LoadedScenario b = version(changed);
    return compare_translations(*a.scenario, *b.scenario);
}

std::string listed(const std::vector<TranslationDifference>& differences) {
    std::string out;
    for (const TranslationDifference& d : differences) out += d.message + "\n";
    return out.empty() ? "(no differences)" : out;
}

}  // namespace

TEST_CASE("translation compare: a version whose texts and language changed has no differences") {
    std::string text = example_text();
    text = replaced(text, "language: en", "language: it");
    text = replaced(text, "title: \"Wrong invoice: an angry client calls\"", "title: \"Fattura sbagliata: un cliente arrabbiato chiama\"");
    text = replaced(text, "    say: \"Finally. Thank you.\"", "    say: \"Finalmente. Grazie.\"");
    text = replaced(text, "feedback: \"A vague promise is not a solution.\"", "feedback: \"Una promessa vaga non è una soluzione.\"");
    text = replaced(text, "id: angry-client-wrong-invoice", "id: cliente-fattura-sbagliata");
    // A condition written differently but read alike is the same condition.
    text = replaced(text, "if: \"mood >= 20 and not asked_number\"", "if: \"(mood >= 20) and (not asked_number)\"");
    std::vector<TranslationDifference> differences = against_example(text);
    CHECK_MESSAGE(differences.empty(), listed(differences));
}

TEST_CASE("translation compare: every bundled scenario matches itself") {
    std::vector<Diagnostic> problems;
    for (const std::string& file : find_scenario_files({FRONTDESK_SCENARIO_DIR}, problems)) {
        LoadedScenario loaded = frontdesk::test::load_playable_file(file);
        std::vector<TranslationDifference> differences = compare_translations(*loaded.scenario, *loaded.scenario);
        CHECK_MESSAGE(differences.empty(), file << ": " << listed(differences));
    }
}

TEST_CASE("translation compare: nodes only in one version are named with their place") {
    std::string text = example_text();
    text = replaced(text, "  silence:\n", "  silenzio:\n");
    text = frontdesk::test::replaced_everywhere(text, "goto: silence", "goto: silenzio");
    std::vector<TranslationDifference> differences = against_example(text);
    INFO(listed(differences));
    auto only = [&](const std::string& node) -> const TranslationDifference* {
        for (const TranslationDifference& d : differences)
            if (d.kind == Kind::node_missing && d.node == node) return &d;
        return nullptr;
    };
    const TranslationDifference* first = only("silence");
    REQUIRE(first);
    CHECK(first->message == "node 'silence' is only in the first version");
    CHECK(first->first.line == 54);
    CHECK(first->second.line == 0);
    const TranslationDifference* second = only("silenzio");
    REQUIRE(second);
    CHECK(second->first.line == 0);
    CHECK(second->second.line == 54);
    // The timeouts that led to it lead elsewhere now.
    std::size_t moved = 0;
    for (const TranslationDifference& d : differences) moved += d.kind == Kind::goto_target;
    CHECK(moved == 2);
}

TEST_CASE("translation compare: answers' count, targets, points, mood, conditions and flags, with both locations") {
    std::string text = example_text();
    // details: a third answer; fix: answer 1 goes elsewhere and scores differently; opening: answer 2's condition,
    // flags and mood.
    text = replaced(text, "        feedback: \"Blaming colleagues makes the whole organisation look careless.\"\n",
                    "        feedback: \"Blaming colleagues makes the whole organisation look careless.\"\n"
                    "      - say: \"Extra.\"\n        goto: fix\n        feedback: \"Extra.\"\n");
    text = replaced(text, "        goto: thanks\n        score: {problem_solving: 2, respect: 1}",
                    "        goto: unconvinced\n        score: {problem_solving: 1, respect: 1}");
    text = replaced(text, "if: \"mood >= 20 and not asked_number\"\n        set: {asked_number: true}\n        score: {problem_solving: 1, listening: -1}\n        mood: -5",
                    "if: \"mood >= 25 and not asked_number\"\n        set: {asked_number: 1, noted: true}\n        score: {problem_solving: 1, listening: -1}\n        mood: -10");
    std::vector<TranslationDifference> differences = against_example(text);
    INFO(listed(differences));
    auto find = [&](Kind kind, const std::string& node, int choice) -> const TranslationDifference* {
        for (const TranslationDifference& d : differences)
            if (d.kind == kind && d.node == node && d.choice == choice) return &d;
        return nullptr;
    };
    const TranslationDifference* count = find(Kind::answer_count, "details", 0);
    REQUIRE(count);
    CHECK(count->message == "node 'details' has answers: 2 in the first version, 3 in the second");
    CHECK(count->first.line == 40);
    CHECK(count->second.line == 40);
    const TranslationDifference* target = find(Kind::goto_target, "fix", 1);
    REQUIRE(target);
    CHECK(target->message == "answer 1 of node 'fix' goes to: 'thanks' in the first version, 'unconvinced' in the second");
    CHECK(target->first.line == 66);
    CHECK(target->second.line == 69);
    const TranslationDifference* points = find(Kind::points, "fix", 1);
    REQUIRE(points);
    CHECK(points->message == "answer 1 of node 'fix' gives problem_solving: 2 in the first version, 1 in the second");
    const TranslationDifference* condition = find(Kind::condition, "opening", 2);
    REQUIRE(condition);
    CHECK(condition->message == "answer 2 of node 'opening' is offered if 'mood >= 20 and not asked_number' in the first version, 'mood >= 25 and not asked_number' in the second");
    CHECK(condition->first.line == 29);
    CHECK(condition->first.column == 13);
    const TranslationDifference* flags = find(Kind::flags, "opening", 2);
    REQUIRE(flags);
    CHECK(flags->message == "answer 2 of node 'opening' sets: {asked_number: 1} in the first version, {asked_number: 1, noted: 1} in the second");
    const TranslationDifference* mood = find(Kind::mood, "opening", 2);
    REQUIRE(mood);
    CHECK(mood->message == "answer 2 of node 'opening' changes the mood by: -5 in the first version, -10 in the second");
    CHECK(differences.size() == 6);
}

TEST_CASE("translation compare: endings and their kinds, timeouts and the header's numbers") {
    std::string text = example_text();
    text = replaced(text, "    end: partial\n", "    end: failure\n");
    text = replaced(text, "pass: 60 ", "pass: 70 ");
    text = replaced(text, "time_limit: 40 ", "time_limit: 30 ");
    text = replaced(text, "  mood: 25 ", "  mood: 30 ");
    text = replaced(text, "start: opening", "start: details");
    text = replaced(text, "    on_timeout: {goto: unconvinced, score: {problem_solving: -1}, mood: -10, feedback: \"He wanted an answer.\"}\n", "");
    std::vector<TranslationDifference> differences = against_example(text);
    INFO(listed(differences));
    auto has = [&](Kind kind, const std::string& message) {
        for (const TranslationDifference& d : differences)
            if (d.kind == kind && d.message == message) return true;
        return false;
    };
    CHECK(has(Kind::ending, "node 'unconvinced' ends with: partial in the first version, failure in the second"));
    CHECK(has(Kind::header, "pass: 60 in the first version, 70 in the second"));
    CHECK(has(Kind::header, "the time limit: 40 s in the first version, 30 s in the second"));
    CHECK(has(Kind::header, "the character's mood at the start: 25 in the first version, 30 in the second"));
    CHECK(has(Kind::header, "the start: 'opening' in the first version, 'details' in the second"));
    CHECK(has(Kind::timeout, "node 'fix' has an on_timeout only in the first version"));
    CHECK(differences.size() == 6);
}
