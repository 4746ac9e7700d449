// Importing a translated table with the edit API: the translated scenario plays and scores exactly as the
// source does, every text is the translation, untranslated texts keep the source, and the file's comments and
// layout survive.
#include <doctest/doctest.h>

#include <algorithm>

#include "frontdesk/analysis.h"
#include "frontdesk/scenario_library.h"
#include "frontdesk/string_table.h"
#include "frontdesk/translation_compare.h"
#include "frontdesk/translation_import.h"
#include "test_support.h"

using namespace frontdesk;
using frontdesk::test::load_playable_file;
using frontdesk::test::load_playable_fixture;

namespace {

Language other(Language language) { return language == Language::en ? Language::it : Language::en; }

// The table of `scenario` with every translation "IT: " + source, as a translator who touched every row.
StringTable translated_table(const Scenario& scenario) {
    StringTable table = make_string_table(scenario, other(scenario.language));
    for (StringTableRow& row : table.rows) row.translation = "IT: " + row.source;
    return table;
}

// Through the file a translator sends back, so the import reads what the export wrote.
TranslationPlan plan_through_csv(const Scenario& scenario, const StringTable& table) {
    DiagnosticList diagnostics("it.csv");
    std::optional<StringTable> read = read_string_table_csv(write_string_table_csv(table), diagnostics);
    REQUIRE(read);
    TranslationPlan plan = plan_translation(scenario, *read, diagnostics);
    REQUIRE(diagnostics.items().empty());
    return plan;
}

void check_same_analysis(const Analysis& a, const Analysis& b) {
    CHECK(a.reachable == b.reachable);
    CHECK(a.can_end == b.can_end);
    CHECK(a.reachable_count == b.reachable_count);
    CHECK(a.success_endings == b.success_endings);
    CHECK(a.partial_endings == b.partial_endings);
    CHECK(a.failure_endings == b.failure_endings);
    CHECK(a.paths == b.paths);
    CHECK(a.paths_capped == b.paths_capped);
    CHECK(a.shortest_success == b.shortest_success);
    CHECK(a.has_complete_path == b.has_complete_path);
    CHECK(a.scoring_loops.size() == b.scoring_loops.size());
    REQUIRE(a.skills.size() == b.skills.size());
    for (std::size_t s = 0; s < a.skills.size(); ++s) {
        CHECK(a.skills[s].best == b.skills[s].best);
        CHECK(a.skills[s].worst == b.skills[s].worst);
        CHECK(a.skills[s].best_unbounded == b.skills[s].best_unbounded);
        CHECK(a.skills[s].worst_unbounded == b.skills[s].worst_unbounded);
    }
}

}  // namespace

TEST_CASE("strings: the translation round trip of every bundled scenario keeps its analysis and changes every text") {
    std::vector<Diagnostic> problems;
    std::vector<std::string> files = find_scenario_files({FRONTDESK_SCENARIO_DIR}, problems);
    REQUIRE(files.size() >= 8);
    for (const std::string& file : files) {
        INFO(file);
        LoadedScenario source = load_playable_file(file);
        const Scenario& scenario = *source.scenario;
        TranslationPlan plan = plan_through_csv(scenario, translated_table(scenario));
        CHECK(plan.untranslated.empty());
        CHECK(plan.missing.empty());
        EditOutcome outcome = translate_scenario(source.source->text(), file, plan, other(scenario.language));
        std::string refused;
        for (const Diagnostic& d : outcome.diagnostics.items()) refused += format_diagnostic(d, nullptr);
        REQUIRE_MESSAGE(outcome.applied, refused);
        LoadedScenario result = load_scenario_text(file, outcome.text);
        REQUIRE_MESSAGE(result.playable(), format_diagnostics(result));
        const Scenario& translated = *result.scenario;
        CHECK(translated.language == other(scenario.language));
        check_same_analysis(analyze(scenario), analyze(translated));
        std::vector<TranslationDifference> differences = compare_translations(scenario, translated);
        CHECK_MESSAGE(differences.empty(), (differences.empty() ? std::string() : differences[0].message));
        std::vector<ScenarioString> before = scenario_strings(scenario), after = scenario_strings(translated);
        REQUIRE(after.size() == before.size());
        for (std::size_t i = 0; i < before.size(); ++i) {
            CHECK(after[i].key == before[i].key);
            CHECK(after[i].text == "IT: " + before[i].text);
        }
        // The schema line and every other comment are where they were.
        CHECK(outcome.text.rfind("# yaml-language-server: $schema=schema/scenario.schema.json\n", 0) == 0);
    }
}

TEST_CASE("strings: an import keeps comments and layout, and untranslated texts keep the source") {
    LoadedScenario source = load_playable_fixture("example/angry-client-wrong-invoice.yaml");
    const Scenario& scenario = *source.scenario;
    StringTable table = translated_table(scenario);
    for (StringTableRow& row : table.rows)
        if (row.key == "summary" || row.key == "nodes.fix.choices.2.feedback") row.translation.clear();
    TranslationPlan plan = plan_through_csv(scenario, table);
    CHECK(plan.untranslated == std::vector<std::string>{"summary", "nodes.fix.choices.2.feedback"});
    EditOutcome outcome = translate_scenario(source.source->text(), "it.yaml", plan, Language::it);
    REQUIRE(outcome.applied);
    const std::string& text = outcome.text;
    CHECK(text.find("language: it                          # en | it\n") != std::string::npos);
    CHECK(text.find("role: client                          # client | supplier | visitor") != std::string::npos);
    CHECK(text.find("title: \"IT: Wrong invoice: an angry client calls\"\n") != std::string::npos);
    CHECK(text.find("summary: \"Mr. Rossi calls about an invoice charged twice.") != std::string::npos);
    CHECK(text.find("feedback: \"A vague promise is not a solution.\"") != std::string::npos);
    CHECK(std::count(text.begin(), text.end(), '\n') == std::count(source.source->text().begin(), source.source->text().end(), '\n'));
    LoadedScenario result = load_scenario_text("it.yaml", text);
    REQUIRE(result.playable());
    CHECK(result.scenario->language == Language::it);
}

TEST_CASE("strings: a translation the loader refuses (a text over 256 KB) leaves the source unchanged") {
    LoadedScenario source = load_playable_fixture("example/angry-client-wrong-invoice.yaml");
    TranslationPlan plan;
    plan.translations.push_back({"title", std::string(300 * 1024, 'x')});
    EditOutcome outcome = translate_scenario(source.source->text(), "it.yaml", plan, Language::it);
    CHECK_FALSE(outcome.applied);
    CHECK(outcome.diagnostics.has_errors());
    CHECK(outcome.text == source.source->text());
}
