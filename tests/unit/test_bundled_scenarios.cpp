// The scenario library that ships with the program: every file loads cleanly, is big enough to practise
// on, keeps every kind of ending, and the library covers both languages, every role and the digital channels.
#include <doctest/doctest.h>

#include <map>
#include <set>

#include "frontdesk/house_rules.h"
#include "frontdesk/playtest.h"
#include "frontdesk/scenario_library.h"
#include "frontdesk/scenario_loader.h"
#include "frontdesk/session.h"
#include "frontdesk/strategies.h"
#include "frontdesk/tell_checks.h"

using namespace frontdesk;

namespace {

std::vector<LoadedScenario> load_library() {
    std::vector<Diagnostic> problems;
    std::vector<std::string> files = find_scenario_files({FRONTDESK_SCENARIO_DIR}, problems);
    REQUIRE(problems.empty());
    std::vector<LoadedScenario> library;
    for (const std::string& file : files) library.push_back(load_scenario_file(file));
    check_library(library);  // ids unique and matching their file names, as lint checks them
    return library;
}

}  // namespace

TEST_CASE("bundled scenarios: at least eight, each passes lint --strict") {
    std::vector<LoadedScenario> library = load_library();
    CHECK(library.size() >= 8);
    for (const LoadedScenario& loaded : library) {
        INFO(loaded.diagnostics.path() << "\n" << format_diagnostics(loaded));
        CHECK(loaded.playable());
        CHECK(loaded.diagnostics.items().empty());
    }
}

TEST_CASE("bundled scenarios: at least 15 nodes and a reachable success, partial and failure ending each") {
    for (const LoadedScenario& loaded : load_library()) {
        REQUIRE(loaded.playable());
        const Scenario& s = *loaded.scenario;
        INFO(s.id);
        CHECK(s.nodes.size() >= 15);
        CHECK(loaded.analysis->success_endings >= 1);
        CHECK(loaded.analysis->partial_endings >= 1);
        CHECK(loaded.analysis->failure_endings >= 1);
        CHECK(loaded.analysis->reachable_count == s.nodes.size());
        CHECK(s.id + ".yaml" == s.path.substr(s.path.find_last_of('/') + 1));
        // A meaningful best path per skill: the library rubric asks for at least 6 points on each.
        for (std::size_t k = 0; k < s.skills.size(); ++k) CHECK(loaded.analysis->skills[k].best >= 6);
    }
}

TEST_CASE("bundled scenarios: every choice has feedback and every ending a debrief") {
    for (const LoadedScenario& loaded : load_library()) {
        REQUIRE(loaded.playable());
        for (const Node& node : loaded.scenario->nodes) {
            INFO(loaded.scenario->id << " node " << node.id);
            if (node.is_ending()) CHECK_FALSE(node.debrief.empty());
            for (const Choice& choice : node.choices) CHECK_FALSE(choice.feedback.empty());
        }
    }
}

TEST_CASE("bundled scenarios: 18 or more, 8 or more per language, every channel in both, three easy ones, many roles") {
    std::map<Language, int> per_language;
    std::set<std::pair<Language, Channel>> channels;
    std::set<Role> roles;
    int easy = 0, can_walk_away = 0;
    bool timed_chat = false;
    std::vector<LoadedScenario> library = load_library();
    for (const LoadedScenario& loaded : library) {
        REQUIRE(loaded.playable());
        const Scenario& s = *loaded.scenario;
        ++per_language[s.language];
        channels.insert({s.language, s.channel});
        roles.insert(s.role);
        easy += s.difficulty == 1;
        timed_chat = timed_chat || (s.channel == Channel::chat && s.time_limit);
        if (s.on_mood_zero != no_node) ++can_walk_away;
    }
    CHECK(library.size() >= 18);
    CHECK(per_language[Language::en] >= 8);
    CHECK(per_language[Language::it] >= 8);
    for (Language language : {Language::en, Language::it})
        for (Channel channel : {Channel::desk, Channel::phone, Channel::chat, Channel::email, Channel::social}) {
            INFO(language_name(language) << " " << channel_name(channel));
            CHECK(channels.count({language, channel}) == 1);
        }
    CHECK(easy >= 3);
    // A patient is not a client: the library uses the roles that name who is at the desk.
    CHECK(roles.size() >= 6);
    CHECK(timed_chat);
    CHECK(can_walk_away >= 4);
}

TEST_CASE("bundled scenarios: length gives nothing away, and the house rules hold") {
    for (const LoadedScenario& loaded : load_library()) {
        REQUIRE(loaded.playable());
        const Scenario& s = *loaded.scenario;
        INFO(s.id);
        // The best answer is the longest at no more than about a third of the decision points.
        LengthTells tells = measure_length_tells(s, *loaded.analysis);
        REQUIRE(tells.decision_points > 0);
        CHECK(3 * tells.best_is_longest <= tells.decision_points + 1);
        CHECK(tells.best_mean_length <= 1.35 * tells.other_mean_length);
        // Always picking the longest, or the shortest, answer fails.
        CHECK_FALSE(run_strategy(loaded.scenario, *loaded.analysis, Strategy::longest).result.passed);
        CHECK_FALSE(run_strategy(loaded.scenario, *loaded.analysis, Strategy::shortest).result.passed);
        CHECK(run_strategy(loaded.scenario, *loaded.analysis, Strategy::best).result.passed);
        // The declared ideal path reaches success with every skill's best.
        IdealPath ideal = follow_ideal_path(loaded.scenario, *loaded.analysis);
        CHECK_MESSAGE(ideal_path_problem(s, ideal).empty(), ideal_path_problem(s, ideal));
        DiagnosticList house(s.path);
        check_house_rules(s, *loaded.analysis, house);
        std::string found;
        for (const Diagnostic& diagnostic : house.items()) found += format_diagnostic(diagnostic, nullptr);
        CHECK_MESSAGE(house.items().empty(), found);
    }
}

TEST_CASE("bundled scenarios: random play never gets stuck or loops, and reaches every node") {
    for (const LoadedScenario& loaded : load_library()) {
        REQUIRE(loaded.playable());
        PlaytestOptions options;
        options.runs = 2000;
        options.seed = 3;
        PlaytestReport report = playtest(loaded.scenario, *loaded.analysis, options);
        INFO(loaded.scenario->id);
        CHECK(report.stuck_runs == 0);
        CHECK(report.looping_runs == 0);
        // Endings gated on a good mood or high scores are rare at random; the best player must reach them.
        StrategyRun best = run_strategy(loaded.scenario, *loaded.analysis, Strategy::best);
        std::set<NodeIndex> best_visits;
        for (const Decision& decision : best.path) best_visits.insert(decision.next);
        for (const std::string& id : report.unvisited_nodes) {
            INFO("never reached at random: " << id);
            CHECK(best_visits.count(loaded.scenario->find_node(id)) == 1);
        }
    }
}
