// `briefing: {you_can, you_cannot}`: the briefing's lists of what the trainee may and may not do, read as lists
// of short items, with located errors for the shapes a trainer gets wrong, and Italian keys named in English.
#include <doctest/doctest.h>

#include "format_support.h"

using frontdesk::LoadedScenario;
using frontdesk::Severity;
using frontdesk::test::find_diagnostic;
using frontdesk::test::load_text;
using frontdesk::test::playable;
using frontdesk::test::scenario_nodes;

namespace {

const std::string nodes =
    "  opening:\n"
    "    say: \"Hello.\"\n"
    "    choices:\n"
    "      - say: \"Good morning.\"\n"
    "        goto: done\n"
    "        score: {listening: 1}\n"
    "  done:\n"
    "    end: success\n"
    "    debrief: \"Good.\"\n";

LoadedScenario with_top(const std::string& top) { return load_text(scenario_nodes(nodes, top)); }

}  // namespace

TEST_CASE("briefing parts: you_can and you_cannot read as lists, in order, with {trainee} checked") {
    LoadedScenario loaded = with_top(
        "briefing:\n"
        "  you_can:\n"
        "    - \"Issue a credit note up to 200 euros\"\n"
        "    - \"Book a call back, {trainee}\"\n"
        "  you_cannot:\n"
        "    - \"Promise a refund date\"\n");
    auto scenario = playable(loaded);
    REQUIRE(scenario->you_can.size() == 2);
    CHECK(scenario->you_can[0] == "Issue a credit note up to 200 euros");
    CHECK(scenario->you_can[1] == "Book a call back, {trainee}");
    REQUIRE(scenario->you_cannot.size() == 1);
    CHECK(scenario->you_cannot[0] == "Promise a refund date");
    CHECK(playable(with_top(""))->you_can.empty());  // optional
}

TEST_CASE("briefing parts: Italian keys are told their English names") {
    LoadedScenario loaded = with_top("istruzioni:\n  può:\n    - \"Emettere una nota di credito\"\n");
    CHECK(find_diagnostic(loaded, "unknown key 'istruzioni' in the scenario; keys are written in English: write 'briefing'") != nullptr);
    LoadedScenario inner = with_top("briefing:\n  non_può:\n    - \"Promettere una data\"\n");
    CHECK(find_diagnostic(inner, "write 'you_cannot'") != nullptr);
}

TEST_CASE("briefing parts: mistakes are located errors") {
    // The header is 11 lines: `briefing:` is line 12.
    SUBCASE("a paragraph instead of a list") {
        LoadedScenario loaded = with_top("briefing:\n  you_can: \"Everything\"\n");
        const auto* d = find_diagnostic(loaded, "'briefing.you_can' must be a list of short items, each on a line of its own starting with '- '");
        REQUIRE(d != nullptr);
        CHECK(d->location.line == 13);
        CHECK_FALSE(loaded.playable());
    }
    SUBCASE("neither list") {
        LoadedScenario loaded = with_top("briefing:\n  summary: \"x\"\n");
        CHECK(find_diagnostic(loaded, "summary") != nullptr);  // an unknown key, with the keys it could be
        CHECK_FALSE(loaded.playable());
    }
    SUBCASE("empty list, empty item, a broken placeholder") {
        CHECK(find_diagnostic(with_top("briefing:\n  you_can: []\n"), "'briefing.you_can' is empty") != nullptr);
        CHECK(find_diagnostic(with_top("briefing:\n  you_cannot:\n    - \"\"\n"), "an empty item in 'briefing.you_cannot'") != nullptr);
        LoadedScenario broken = with_top("briefing:\n  you_can:\n    - \"Call {trainee back\"\n");
        CHECK_FALSE(broken.playable());
        const auto* d = broken.diagnostics.items().empty() ? nullptr : &broken.diagnostics.items().front();
        REQUIRE(d != nullptr);
        CHECK(d->location.line == 14);
    }
    SUBCASE("too many items, and a long one is a warning") {
        std::string many = "briefing:\n  you_can:\n";
        for (int i = 0; i < 9; ++i) many += "    - \"Item " + std::to_string(i) + "\"\n";
        CHECK(find_diagnostic(with_top(many), "more than 8 items in 'briefing.you_can'") != nullptr);
        LoadedScenario long_item = with_top("briefing:\n  you_can:\n    - \"" + std::string(320, 'a') + "\"\n");
        const auto* d = find_diagnostic(long_item, "a briefing item is one short line");
        REQUIRE(d != nullptr);
        CHECK(d->severity == Severity::warning);
        CHECK(long_item.playable());
    }
}
