// Studio analytics against a real SQLite results file: sessions recorded through RecordedSession, counted per
// arrow and node, points lost, and sessions of older versions matched by node id and answer index.
#include <doctest/doctest.h>

#include "frontdesk/open_results_store.h"
#include "frontdesk/recorded_session.h"
#include "frontdesk/studio_analytics.h"
#include "hostile_support.h"

using namespace frontdesk;
using frontdesk::test::replaced;
using frontdesk::test::TemporaryDirectory;
using frontdesk::test::valid_scenario;

namespace {

// Plays `choices` (authored indices, all offered: the recording keeps the authored order) and records them.
void record(ResultsStore& store, const LoadedScenario& loaded, const std::string& trainee, const std::vector<std::size_t>& choices) {
    store.upsert_trainee(trainee, trainee, "");
    RecordedSession session = RecordedSession::start(loaded.scenario, loaded.analysis, Recording{&store, trainee, "end", "play"});
    for (std::size_t choice : choices) session.choose(choice, 2.0);
}

NodeIndex node(const LoadedScenario& loaded, const std::string& id) { return loaded.scenario->find_node(id); }

// The valid scenario's three ways through: t1 is polite and promises (happy), t2 once passes the buck (gone,
// 6 points lost at "middle") and once is rude (mood 0 sends them to "gone", 5 points lost at "opening").
struct Recorded {
    TemporaryDirectory folder;
    std::unique_ptr<ResultsStore> store;
    LoadedScenario loaded = test::load_text(valid_scenario());

    Recorded() : store(open_results_store((folder.path() / "results.db").string())) {
        REQUIRE(loaded.playable());
        record(*store, loaded, "t1", {0, 0});
        record(*store, loaded, "t2", {0, 1});
        record(*store, loaded, "t2", {1});
    }
};

}  // namespace

TEST_CASE("studio analytics: arrows taken, nodes reached and points lost, per node") {
    Recorded recorded;
    const LoadedScenario& loaded = recorded.loaded;
    StudioAnalytics counts = studio_analytics(*recorded.store, loaded);
    CHECK(counts.sessions == 3);
    CHECK(counts.trainees == 2);
    CHECK(counts.other_version_sessions == 0);
    CHECK(counts.decisions == 5);
    CHECK(counts.not_matched == 0);

    NodeIndex opening = node(loaded, "opening"), middle = node(loaded, "middle");
    CHECK(counts.taken_count(opening, 0) == 2);
    CHECK(counts.taken_count(opening, 1) == 1);
    CHECK(counts.taken_count(middle, 0) == 1);
    CHECK(counts.taken_count(middle, 1) == 1);
    CHECK(counts.taken_count(opening, -1) == 0);
    CHECK(counts.arrivals.at(static_cast<std::size_t>(opening)) == 3);
    CHECK(counts.arrivals.at(static_cast<std::size_t>(middle)) == 2);
    CHECK(counts.arrivals.at(static_cast<std::size_t>(node(loaded, "happy"))) == 1);
    CHECK(counts.arrivals.at(static_cast<std::size_t>(node(loaded, "gone"))) == 2);

    // Best at opening: 3 points (listening 2, respect 1); the rude answer scores -2. Best at middle: 2; -4 taken.
    CHECK(counts.losses.at(static_cast<std::size_t>(opening)).total_lost == 5);
    CHECK(counts.losses.at(static_cast<std::size_t>(opening)).average_lost == doctest::Approx(5.0 / 3));
    CHECK(counts.losses.at(static_cast<std::size_t>(middle)).average_lost == doctest::Approx(3.0));
    REQUIRE(counts.most_lost.size() == 2);
    CHECK(counts.most_lost[0].node == middle);
    CHECK(counts.most_lost[1].node == opening);
}

TEST_CASE("studio analytics: each arrow of the graph gets its count") {
    Recorded recorded;
    const LoadedScenario& loaded = recorded.loaded;
    StudioAnalytics counts = studio_analytics(*recorded.store, loaded);
    GraphModel model = build_graph_model(*loaded.scenario, *loaded.analysis);
    std::vector<std::size_t> per_arrow = counts.arrow_counts(model);
    REQUIRE(per_arrow.size() == model.arrows.size());
    std::size_t choice_arrows = 0, total = 0;
    for (std::size_t a = 0; a < model.arrows.size(); ++a) {
        const GraphArrow& arrow = model.arrows[a];
        if (arrow.kind != ArrowKind::choice) {
            CHECK(per_arrow[a] == 0);
            continue;
        }
        ++choice_arrows;
        total += per_arrow[a];
        CHECK(per_arrow[a] == counts.taken_count(model.boxes.at(arrow.from).node, arrow.choice));
    }
    CHECK(choice_arrows == 4);
    CHECK(total == 5);
}

TEST_CASE("studio analytics: sessions of an older version count where their nodes and answers still are") {
    Recorded recorded;
    // The same structure in new words: another version, every decision still fits.
    LoadedScenario reworded = test::load_text(replaced(valid_scenario(), "My invoice is wrong.", "My invoice is wrong again."));
    REQUIRE(reworded.playable());
    StudioAnalytics same = studio_analytics(*recorded.store, reworded);
    CHECK(same.other_version_sessions == 3);
    CHECK(same.decisions == 5);
    CHECK(same.not_matched == 0);

    // "middle" renamed: the two decisions taken there no longer fit, the others still count.
    std::string renamed = replaced(valid_scenario(), "  middle:\n", "  problem:\n");
    renamed = replaced(replaced(renamed, "goto: middle\n        score: {listening: 2", "goto: problem\n        score: {listening: 2"),
                       "goto: middle\n        score: {respect: -2}", "goto: problem\n        score: {respect: -2}");
    LoadedScenario moved = test::load_text(renamed);
    REQUIRE(moved.playable());
    StudioAnalytics counts = studio_analytics(*recorded.store, moved);
    CHECK(counts.sessions == 3);
    CHECK(counts.decisions == 3);
    CHECK(counts.not_matched == 2);
    CHECK(counts.taken_count(node(moved, "opening"), 0) == 2);
    CHECK(counts.arrivals.at(static_cast<std::size_t>(node(moved, "problem"))) == 0);
    CHECK(counts.arrivals.at(static_cast<std::size_t>(node(moved, "happy"))) == 0);  // not followed past the rename

    // The rude answer removed: the one decision that took it does not fit.
    std::string fewer = replaced(valid_scenario(),
                                 "      - say: \"What?\"\n        goto: middle\n        score: {respect: -2}\n        mood: -40\n        feedback: \"Rude.\"\n", "");
    LoadedScenario one_answer = test::load_text(fewer);
    REQUIRE(one_answer.scenario);
    StudioAnalytics without = studio_analytics(*recorded.store, one_answer);
    CHECK(without.not_matched == 1);
    CHECK(without.decisions == 4);
    CHECK(without.taken_count(node(one_answer, "opening"), 1) == 0);
}

TEST_CASE("studio analytics: other scenarios in the store are not counted, and an empty store counts nothing") {
    TemporaryDirectory folder;
    std::unique_ptr<ResultsStore> store = open_results_store((folder.path() / "results.db").string());
    LoadedScenario loaded = test::load_text(valid_scenario());
    StudioAnalytics empty = studio_analytics(*store, loaded);
    CHECK(empty.sessions == 0);
    CHECK(empty.decisions == 0);
    CHECK(empty.most_lost.empty());
    CHECK(empty.arrivals.size() == loaded.scenario->nodes.size());

    LoadedScenario other = test::load_text(replaced(valid_scenario(), "id: test-scenario", "id: other-scenario"));
    REQUIRE(other.playable());
    record(*store, other, "t1", {0, 0});
    StudioAnalytics counts = studio_analytics(*store, loaded);
    CHECK(counts.sessions == 0);
    CHECK(counts.trainees == 0);
    CHECK(studio_analytics(*store, other).sessions == 1);
}

TEST_CASE("studio analytics: without a scenario, and for arrows that do not exist, the counts are empty") {
    TemporaryDirectory folder;
    std::unique_ptr<ResultsStore> store = open_results_store((folder.path() / "results.db").string());
    LoadedScenario broken = test::load_text("not: [a scenario");
    StudioAnalytics counts = studio_analytics(*store, broken);
    CHECK(counts.sessions == 0);
    CHECK(counts.arrivals.empty());
    CHECK(counts.taken_count(0, 0) == 0);
    CHECK(counts.taken_count(-7, -1) == 0);
    CHECK(counts.arrow_counts(GraphModel{}).empty());

    Recorded recorded;
    StudioAnalytics real = studio_analytics(*recorded.store, recorded.loaded);
    CHECK(real.taken_count(0, 99) == 0);
    CHECK(real.taken_count(99999, 0) == 0);
    GraphModel nonsense;
    nonsense.arrows.push_back(GraphArrow{42, 43, ArrowKind::choice, 0, "", {}});
    CHECK(real.arrow_counts(nonsense) == std::vector<std::size_t>{0});
}
