// The scenario library that ships with the program: every file loads cleanly, is big enough to practise
// on, keeps every kind of ending, and the library covers both languages, every role and the digital channels.
#include <doctest/doctest.h>

#include <set>

#include "frontdesk/playtest.h"
#include "frontdesk/scenario_library.h"
#include "frontdesk/scenario_loader.h"
#include "frontdesk/session.h"

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

TEST_CASE("bundled scenarios: both languages, every role, chat with a time limit, social, mood endings") {
    std::set<Language> languages;
    std::set<Role> roles;
    bool timed_chat = false, social = false;
    int can_walk_away = 0;
    for (const LoadedScenario& loaded : load_library()) {
        REQUIRE(loaded.playable());
        const Scenario& s = *loaded.scenario;
        languages.insert(s.language);
        roles.insert(s.role);
        timed_chat = timed_chat || (s.channel == Channel::chat && s.time_limit);
        social = social || s.channel == Channel::social;
        if (s.on_mood_zero != no_node) ++can_walk_away;
    }
    CHECK(languages.size() == 2);
    CHECK(roles.size() == 3);
    CHECK(timed_chat);
    CHECK(social);
    CHECK(can_walk_away >= 4);
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
        CHECK(report.unvisited_nodes.empty());
    }
}
