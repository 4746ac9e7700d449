// What the tests of the issue-9 format additions share: a scenario written as a fixed header and the nodes a
// test gives (so line numbers can be counted by hand), and a check of one diagnostic's severity, line,
// column and underline width.
#pragma once

#include <doctest/doctest.h>

#include <algorithm>
#include <cstdint>
#include <functional>
#include <limits>
#include <memory>
#include <string>
#include <vector>

#include "frontdesk/session.h"
#include "test_support.h"

namespace frontdesk::test {

// Lines 1-11 are the header below, then `top` (extra top-level lines, each ending in '\n'), then `start:`
// and `nodes:`, then `nodes`. With an empty `top`, the first node's key is on line 14.
inline std::string scenario_nodes(const std::string& nodes, const std::string& top = "") {
    return "format: 1\n"
           "id: test\n"
           "title: \"A test\"\n"
           "language: en\n"
           "role: client\n"
           "channel: desk\n"
           "difficulty: 1\n"
           "summary: \"Briefing.\"\n"
           "character:\n"
           "  name: \"Ms. Test\"\n"
           "  mood: 50\n" +
           top + "start: opening\nnodes:\n" + nodes;
}

inline std::string diagnostics_text(const LoadedScenario& loaded) {
    std::string out = format_diagnostics(loaded);
    return out.empty() ? std::string("(no diagnostics)") : out;
}

// The loaded scenario, which the test requires to have loaded without errors.
inline std::shared_ptr<const Scenario> playable(const LoadedScenario& loaded) {
    INFO("diagnostics of the load:\n" << diagnostics_text(loaded));
    REQUIRE(loaded.playable());
    return loaded.scenario;
}

// Every way real sessions can go, by trying each offered answer (and the timeout) at every step: the
// ground truth the static analysis, which treats conditions as possibly true, must cover.
struct EveryWay {
    std::vector<bool> reached;
    std::vector<int> best, worst;  // per skill, over finished sessions
    std::uint64_t paths = 0;       // finished sessions
};

inline EveryWay play_every_way(const std::shared_ptr<const Scenario>& scenario, int max_answers = 20) {
    EveryWay out;
    out.reached.assign(scenario->nodes.size(), false);
    out.best.assign(scenario->skills.size(), std::numeric_limits<int>::min());
    out.worst.assign(scenario->skills.size(), std::numeric_limits<int>::max());
    std::function<void(const Session&, int)> walk = [&](const Session& session, int depth) {
        for (std::size_t u = 0; u < scenario->nodes.size(); ++u)
            if (session.visited(static_cast<NodeIndex>(u))) out.reached[u] = true;
        if (session.at_ending()) {
            ++out.paths;
            for (std::size_t k = 0; k < out.best.size(); ++k) {
                out.best[k] = std::max(out.best[k], session.totals()[k]);
                out.worst[k] = std::min(out.worst[k], session.totals()[k]);
            }
            return;
        }
        if (depth == max_answers) return;
        for (int choice : session.offered_choices()) {
            Session next = session;
            next.choose(choice);
            walk(next, depth + 1);
        }
        if (session.can_time_out()) {
            Session next = session;
            next.time_out(0);
            walk(next, depth + 1);
        }
    };
    walk(Session(scenario), 0);
    return out;
}

}  // namespace frontdesk::test

// The first diagnostic containing `fragment`: its severity, 1-based line and column, and underline width.
#define CHECK_AT(loaded, expected_severity, expected_line, expected_column, expected_width, fragment)            \
    do {                                                                                                       \
        const frontdesk::LoadedScenario& check_loaded_ = (loaded);                                             \
        INFO("diagnostics of the load:\n" << frontdesk::test::diagnostics_text(check_loaded_));                \
        const frontdesk::Diagnostic* check_found_ = frontdesk::test::find_diagnostic(check_loaded_, (fragment)); \
        REQUIRE_MESSAGE(check_found_ != nullptr, "no diagnostic contains: " << (fragment));                   \
        CHECK(frontdesk::severity_name(check_found_->severity) ==                                              \
              std::string(frontdesk::severity_name(expected_severity)));                                       \
        CHECK(check_found_->location.line == (expected_line));                                                 \
        CHECK(check_found_->location.column == (expected_column));                                             \
        CHECK(check_found_->length == (expected_width));                                                       \
    } while (false)

// No diagnostic at all, printing them when there are some.
#define CHECK_NO_DIAGNOSTICS(loaded)                                                                  \
    do {                                                                                              \
        const frontdesk::LoadedScenario& check_clean_ = (loaded);                                     \
        INFO("diagnostics of the load:\n" << frontdesk::test::diagnostics_text(check_clean_));        \
        CHECK(check_clean_.diagnostics.items().empty());                                              \
    } while (false)
