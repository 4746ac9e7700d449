// The Review area's model without a window: a results store in a temporary folder with plays of the example
// scenario by four trainees in two cohorts, and the rows, orders, trend, choice shares and transcripts the
// screen would draw from it, checked exactly; the same reads on the loader's thread with a slow, failing or
// unreachable reader; and the report the Review saves.
#include <doctest/doctest.h>

#include <sys/stat.h>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdlib>
#include <fstream>
#include <mutex>
#include <sstream>
#include <thread>

#include "../store/store_test_support.h"
#include "frontdesk/open_results_store.h"
#include "report_save.h"
#include "review_loader.h"
#include "review_model.h"

using namespace frontdesk;
using namespace frontdesk::gui;
using frontdesk::test::TemporaryFolder;

namespace {

const std::string example_path = std::string(FRONTDESK_FIXTURE_DIR) + "/example/angry-client-wrong-invoice.yaml";

// Plays `answers` (positions among the offered choices; -1 lets the time run out) and records each decision;
// response times are 2, 3, 4... seconds so a transcript tells them apart.
std::int64_t play(ResultsStore& store, const LoadedScenario& loaded, const std::string& trainee, const std::vector<int>& answers,
                  bool finish = true) {
    // Distinct start times, so "latest" and "in time order" never depend on a tie.
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
    std::int64_t id = store.begin_session(new_session_record(*loaded.scenario, trainee, "immediate", "play"));
    Session session(loaded.scenario);
    int sequence = 0;
    for (int answer : answers) {
        double seconds = 2.0 + sequence;
        const Decision& decision = answer < 0 ? session.time_out(41.0)
                                              : session.choose(session.offered_choices().at(static_cast<std::size_t>(answer)), seconds);
        store.record_decision(decision_record(*loaded.scenario, decision, id, ++sequence));
    }
    if (finish && session.at_ending())
        store.finish_session(id, session_outcome(score_session(*loaded.scenario, *loaded.analysis, session.history(), session.ending())));
    return id;
}

// The example's best per skill is listening 4, respect 3, problem solving 3; a session's overall is the mean
// of its skill percentages.
struct Cohort {
    TemporaryFolder folder{"review-model"};
    std::unique_ptr<ResultsStore> owned = open_results_store(folder.file("results.db"));
    ResultsStore& store = *owned;
    LoadedScenario loaded = frontdesk::test::example_scenario();
    std::int64_t anna_success = 0, anna_failure = 0, bruno_partial = 0, bruno_slow = 0, carla_failure = 0, carla_unfinished = 0;

    Cohort() {
        REQUIRE(loaded.playable());
        store.upsert_trainee("anna", "Anna Bianchi", "spring");
        store.upsert_trainee("bruno", "Bruno Verdi", "spring");
        store.upsert_trainee("carla", "Carla Neri", "autumn");
        store.upsert_trainee("dario", "Dario Gallo", "autumn");  // has not practised yet
        anna_success = play(store, loaded, "anna", {0, 0, 0});   // 100/100/100, success, passed
        bruno_partial = play(store, loaded, "bruno", {0, 0, 1}); // 100/66.7/0 = 55.6, partial
        carla_failure = play(store, loaded, "carla", {2});       // "calm down": mood 0, failure, 0
        anna_failure = play(store, loaded, "anna", {1, 1});      // invoice number, then blame: failure, 0
        bruno_slow = play(store, loaded, "bruno", {-1, 0, 0, 0}); // silence, apology, paraphrase, credit note: 25/33.3/66.7 = 41.7, success
        carla_unfinished = play(store, loaded, "carla", {0}, false);
    }
};

std::vector<std::string> row_ids(const ReviewModel& review) {
    std::vector<std::string> ids;
    for (std::size_t row : review.cohort_rows()) ids.push_back(review.report().trainees[row].id);
    return ids;
}

std::size_t column_of(const ReviewModel& review, CohortColumnKind kind, std::size_t skill = 0) {
    std::vector<CohortColumn> columns = review.cohort_columns();
    for (std::size_t c = 0; c < columns.size(); ++c)
        if (columns[c].kind == kind && (kind != CohortColumnKind::skill || columns[c].skill == skill)) return c;
    FAIL("no such column");
    return 0;
}

double value(const std::optional<double>& v) {
    REQUIRE(v.has_value());
    return *v;
}

}  // namespace

TEST_CASE("review: an empty store says there are no results yet; a filter that matches nothing does not") {
    TemporaryFolder folder("review-empty");
    std::unique_ptr<ResultsStore> owned = open_results_store(folder.file("results.db"));
    ResultsStore& store = *owned;
    LibraryModel library;
    ReviewModel review;
    CHECK_FALSE(review.loaded());
    review.refresh(store, library);
    CHECK(review.loaded());
    CHECK(review.loads() == 1);
    CHECK(review.error().empty());
    CHECK(review.store_empty());
    CHECK(review.cohort_rows().empty());
    CHECK(review.trend().points.empty());
    CHECK_FALSE(review.scenario_view().has_value());
    CHECK_FALSE(review.transcript().has_value());
    review.refresh(store, library);
    CHECK(review.loads() == 1);  // nothing changed: nothing read again

    Cohort cohort;
    ReviewModel filtered;
    REQUIRE(filtered.set_since("2999-01-01"));
    filtered.refresh(cohort.store, library);
    CHECK_FALSE(filtered.store_empty());
    CHECK(filtered.report().attempts == 0);
}

TEST_CASE("review: the cohort table has one row per trainee with attempts, finished, passed and the means") {
    Cohort cohort;
    LibraryModel library;
    ReviewModel review;
    review.refresh(cohort.store, library);
    REQUIRE(review.error().empty());
    const ReportData& report = review.report();
    CHECK(report.skills == std::vector<std::string>{"listening", "respect", "problem_solving"});
    CHECK(report.attempts == 6);
    CHECK(report.finished == 5);
    CHECK(report.passed == 1);
    CHECK(row_ids(review) == std::vector<std::string>{"anna", "bruno", "carla", "dario"});

    std::vector<CohortColumn> columns = review.cohort_columns();
    REQUIRE(columns.size() == 12);
    CHECK(columns[7].kind == CohortColumnKind::skill);
    CHECK(columns[9].skill == 2);
    CHECK(columns[10].kind == CohortColumnKind::overall_mean);
    CHECK(columns[11].kind == CohortColumnKind::latest_overall);

    const TraineeReport& anna = report.trainees[0];
    CHECK(anna.display_name == "Anna Bianchi");
    CHECK(anna.cohort == "spring");
    CHECK(anna.attempts == 2);
    CHECK(anna.finished == 2);
    CHECK(anna.passed == 1);
    CHECK(value(anna.skill_means[0]) == doctest::Approx(50.0));
    CHECK(value(anna.overall_mean) == doctest::Approx(50.0));
    CHECK(value(anna.latest_overall) == doctest::Approx(0.0));
    const TraineeReport& bruno = report.trainees[1];
    CHECK(bruno.passed == 0);
    CHECK(value(bruno.skill_means[0]) == doctest::Approx(62.5));
    CHECK(value(bruno.skill_means[1]) == doctest::Approx(50.0));
    CHECK(value(bruno.skill_means[2]) == doctest::Approx(100.0 / 3));
    CHECK(value(bruno.overall_mean) == doctest::Approx((500.0 / 9 + 125.0 / 3) / 2));
    CHECK(value(bruno.latest_overall) == doctest::Approx(125.0 / 3));
    const TraineeReport& carla = report.trainees[2];
    CHECK(carla.attempts == 2);
    CHECK(carla.finished == 1);
    CHECK(value(carla.overall_mean) == doctest::Approx(0.0));
    const TraineeReport& dario = report.trainees[3];
    CHECK(dario.attempts == 0);
    CHECK(dario.last_practice.empty());
    CHECK_FALSE(dario.overall_mean.has_value());

    CHECK(review.cohort_options() == std::vector<std::string>{"autumn", "spring"});
    CHECK(review.trainee_options() == std::vector<std::string>{"anna", "bruno", "carla", "dario"});
    REQUIRE(review.scenario_options().size() == 1);
    CHECK(review.scenario_options()[0].first == "angry-client-wrong-invoice");
    CHECK(review.scenario_options()[0].second == "Wrong invoice: an angry client calls");
}

TEST_CASE("review: the cohort table sorts by any column, missing values last, ties by trainee") {
    Cohort cohort;
    LibraryModel library;
    ReviewModel review;
    review.refresh(cohort.store, library);

    review.sort_cohort(column_of(review, CohortColumnKind::overall_mean), true);
    CHECK(row_ids(review) == std::vector<std::string>{"anna", "bruno", "carla", "dario"});
    review.sort_cohort(column_of(review, CohortColumnKind::overall_mean), false);
    CHECK(row_ids(review) == std::vector<std::string>{"carla", "bruno", "anna", "dario"});
    review.sort_cohort(column_of(review, CohortColumnKind::skill, 0), true);  // listening
    CHECK(row_ids(review) == std::vector<std::string>{"bruno", "anna", "carla", "dario"});
    review.sort_cohort(column_of(review, CohortColumnKind::skill, 2), true);  // problem solving
    CHECK(row_ids(review) == std::vector<std::string>{"anna", "bruno", "carla", "dario"});
    review.sort_cohort(column_of(review, CohortColumnKind::latest_overall), true);
    CHECK(row_ids(review) == std::vector<std::string>{"bruno", "anna", "carla", "dario"});
    review.sort_cohort(column_of(review, CohortColumnKind::cohort), false);
    CHECK(row_ids(review) == std::vector<std::string>{"carla", "dario", "anna", "bruno"});
    review.sort_cohort(column_of(review, CohortColumnKind::cohort), true);
    CHECK(row_ids(review) == std::vector<std::string>{"anna", "bruno", "carla", "dario"});
    review.sort_cohort(column_of(review, CohortColumnKind::finished), true);
    CHECK(row_ids(review) == std::vector<std::string>{"anna", "bruno", "carla", "dario"});
    review.sort_cohort(column_of(review, CohortColumnKind::finished), false);
    CHECK(row_ids(review) == std::vector<std::string>{"dario", "carla", "anna", "bruno"});
    review.sort_cohort(column_of(review, CohortColumnKind::passed), true);
    CHECK(row_ids(review) == std::vector<std::string>{"anna", "bruno", "carla", "dario"});
    review.sort_cohort(column_of(review, CohortColumnKind::last_practice), true);
    CHECK(row_ids(review) == std::vector<std::string>{"carla", "bruno", "anna", "dario"});
    review.sort_cohort(column_of(review, CohortColumnKind::last_practice), false);
    CHECK(row_ids(review) == std::vector<std::string>{"anna", "bruno", "carla", "dario"});
    review.sort_cohort(column_of(review, CohortColumnKind::name), true);
    CHECK(row_ids(review) == std::vector<std::string>{"dario", "carla", "bruno", "anna"});
    CHECK(review.sort_descending());

    // The order survives a reload.
    review.request_reload();
    review.refresh(cohort.store, library);
    CHECK(review.loads() == 2);
    CHECK(row_ids(review) == std::vector<std::string>{"dario", "carla", "bruno", "anna"});
    review.sort_cohort(99, false);  // no such column: nothing changes
    CHECK(row_ids(review) == std::vector<std::string>{"dario", "carla", "bruno", "anna"});
}

TEST_CASE("review: a trainee's trend has one point per finished session and a line per skill plus the overall") {
    Cohort cohort;
    LibraryModel library;
    ReviewModel review;
    review.refresh(cohort.store, library);
    CHECK(review.selected_trainee_id() == "anna");  // the first trainee in the table who finished something
    review.select_trainee("bruno");
    review.refresh(cohort.store, library);
    Trend trend = review.trend();
    REQUIRE(trend.points.size() == 2);
    CHECK(trend.points[0].session == cohort.bruno_partial);
    CHECK(trend.points[0].ending == "partial");
    CHECK_FALSE(trend.points[0].passed);
    CHECK(trend.points[1].session == cohort.bruno_slow);
    CHECK(trend.points[1].ending == "success");
    CHECK(trend.points[1].scenario_title == "Wrong invoice: an angry client calls");
    CHECK(trend.points[0].started_at < trend.points[1].started_at);
    REQUIRE(trend.lines.size() == 4);
    CHECK(trend.lines[0].skill == "listening");
    CHECK(value(trend.lines[0].values[0]) == doctest::Approx(100.0));
    CHECK(value(trend.lines[0].values[1]) == doctest::Approx(25.0));
    CHECK(trend.lines[1].skill == "respect");
    CHECK(value(trend.lines[1].values[0]) == doctest::Approx(200.0 / 3));
    CHECK(value(trend.lines[1].values[1]) == doctest::Approx(100.0 / 3));
    CHECK(trend.lines[2].skill == "problem_solving");
    CHECK(value(trend.lines[2].values[0]) == doctest::Approx(0.0));
    CHECK(value(trend.lines[2].values[1]) == doctest::Approx(200.0 / 3));
    CHECK(trend.lines[3].skill.empty());  // the overall
    CHECK(value(trend.lines[3].values[0]) == doctest::Approx(500.0 / 9));
    CHECK(value(trend.lines[3].values[1]) == doctest::Approx(125.0 / 3));

    // Attempts, newest first, unfinished ones too.
    review.select_trainee("carla");
    review.refresh(cohort.store, library);
    REQUIRE(review.attempts().size() == 2);
    CHECK(review.attempts()[0].id == cohort.carla_unfinished);
    CHECK_FALSE(review.attempts()[0].finished());
    CHECK(review.attempts()[1].id == cohort.carla_failure);
    CHECK(review.selected_session() == cohort.carla_unfinished);
    CHECK(review.trend().points.size() == 1);

    review.select_trainee("dario");
    review.refresh(cohort.store, library);
    CHECK(review.trend().points.empty());
    CHECK(review.trend().lines.empty());
    CHECK(review.attempts().empty());
    CHECK(review.selected_session() == 0);
    CHECK_FALSE(review.transcript().has_value());
}

TEST_CASE("review: per scenario the endings, the nodes in conversation order, each choice's share and the costly ones") {
    Cohort cohort;
    LibraryModel library;
    library.load({example_path});
    ReviewModel review;
    review.refresh(cohort.store, library);
    REQUIRE(review.scenario_view().has_value());
    const ScenarioView& view = *review.scenario_view();
    const ScenarioReport& scenario = review.report().scenarios[view.scenario];
    CHECK(scenario.id == "angry-client-wrong-invoice");
    CHECK(scenario.attempts == 6);
    CHECK(scenario.finished == 5);
    CHECK(scenario.passed == 1);
    CHECK(value(scenario.skill_means[0]) == doctest::Approx((100.0 + 0 + 100 + 25 + 0) / 5));

    REQUIRE(view.endings.size() == 4);
    CHECK(view.endings[0].kind == EndingKind::success);
    CHECK(view.endings[0].count == 2);
    CHECK(view.endings[0].share == doctest::Approx(2.0 / 6));
    CHECK(view.endings[1].kind == EndingKind::partial);
    CHECK(view.endings[1].count == 1);
    CHECK(view.endings[2].kind == EndingKind::failure);
    CHECK(view.endings[2].count == 2);
    CHECK(view.endings[3].kind == EndingKind::none);  // the interrupted attempt
    CHECK(view.endings[3].count == 1);
    CHECK(view.endings[3].share == doctest::Approx(1.0 / 6));

    CHECK(view.lines_from_file);
    CHECK(view.character_name == "Mr. Rossi");
    REQUIRE(view.nodes.size() == 4);
    std::vector<std::string> nodes;
    for (const NodeView& node : view.nodes) nodes.push_back(scenario.nodes[node.node].node);
    CHECK(nodes == std::vector<std::string>{"opening", "details", "silence", "fix"});
    CHECK(view.nodes[0].character_line == "This is the third time I call about this invoice!");
    CHECK(view.nodes[0].costly_decisions == 2);
    CHECK(view.nodes[0].costly_share == doctest::Approx(0.4));

    // Only finished sessions count at the nodes: 5 answers at the opening.
    const NodeReport& opening = scenario.nodes[0];
    CHECK(opening.reached == 5);
    CHECK(opening.decisions == 5);
    REQUIRE(opening.choices.size() == 4);
    CHECK(opening.choices[0].choice == 0);
    CHECK(opening.choices[0].said == "I'm sorry, Mr. Rossi. Tell me what happened.");
    CHECK(opening.choices[0].count == 2);
    CHECK(opening.choices[0].share == doctest::Approx(0.4));
    CHECK(opening.choices[0].points == 5);
    CHECK(opening.choices[0].score == std::vector<std::pair<std::string, int>>{{"listening", 2}, {"respect", 2}, {"problem_solving", 1}});
    CHECK_FALSE(opening.choices[0].costly);
    CHECK(opening.choices[1].points == 0);  // +1 problem solving, -1 listening
    CHECK_FALSE(opening.choices[1].costly);
    CHECK(opening.choices[2].said == "Calm down, sir, shouting won't help.");
    CHECK(opening.choices[2].points == -2);
    CHECK(opening.choices[2].costly);
    CHECK(opening.choices[3].timed_out());
    CHECK(opening.choices[3].points == -1);
    CHECK(opening.choices[3].costly);

    const NodeReport& details = scenario.nodes[1];
    CHECK(details.decisions == 4);
    CHECK(details.choices[0].share == doctest::Approx(0.75));
    CHECK(details.choices[1].points == -4);
    CHECK(view.nodes[1].costly_share == doctest::Approx(0.25));
    CHECK(view.nodes[2].costly_decisions == 0);
    CHECK(scenario.nodes[2].choices[0].score.empty());

    // Where do people go wrong: each costly answer once, most taken first, then the larger share, then the worse.
    REQUIRE(view.pitfalls.size() == 4);
    CHECK(view.pitfalls[0].node == 3);  // fix: "Someone will look into it." 1 of 3
    CHECK(view.pitfalls[0].choice == 1);
    CHECK(view.pitfalls[1].node == 1);  // details: blaming, 1 of 4
    CHECK(view.pitfalls[1].choice == 1);
    CHECK(view.pitfalls[2].node == 0);  // opening: "calm down", -2
    CHECK(view.pitfalls[2].choice == 2);
    CHECK(view.pitfalls[3].node == 0);  // opening: silence, -1
    CHECK(view.pitfalls[3].choice == 3);

    // Without the file in the library, the nodes are shown by name only.
    LibraryModel empty;
    ReviewModel by_name;
    by_name.refresh(cohort.store, empty);
    REQUIRE(by_name.scenario_view().has_value());
    CHECK_FALSE(by_name.scenario_view()->lines_from_file);
    CHECK(by_name.scenario_view()->nodes[0].character_line.empty());
}

TEST_CASE("review: an attempt's transcript has each line, answer, score change, mood, time and timeout") {
    Cohort cohort;
    LibraryModel library;
    library.load({example_path});
    ReviewModel review;
    review.refresh(cohort.store, library);
    review.select_session(cohort.bruno_slow);
    review.refresh(cohort.store, library);
    CHECK(review.selected_trainee_id() == "bruno");  // the session's trainee is selected with it
    CHECK(review.attempts().size() == 2);
    REQUIRE(review.transcript().has_value());
    const Transcript& transcript = *review.transcript();
    CHECK(transcript.session.id == cohort.bruno_slow);
    CHECK(transcript.session.ending == "success");
    CHECK(transcript.lines_from_file);
    CHECK(transcript.character_name == "Mr. Rossi");
    REQUIRE(transcript.steps.size() == 4);

    const TranscriptStep& silence = transcript.steps[0];
    CHECK(silence.sequence == 1);
    CHECK(silence.node == "opening");
    CHECK(silence.character_line == "This is the third time I call about this invoice!");
    CHECK(silence.timed_out);
    CHECK(silence.choice == -1);
    CHECK(silence.said.empty());
    CHECK(silence.score == std::vector<std::pair<std::string, int>>{{"listening", -1}});
    CHECK(silence.points == -1);
    CHECK(silence.mood_after == 15);
    CHECK(silence.response_seconds == doctest::Approx(41.0));
    CHECK(silence.feedback == "Silence on the phone feels like indifference.");

    const TranscriptStep& apology = transcript.steps[1];
    CHECK(apology.node == "silence");
    CHECK(apology.character_line == "Hello? Are you still there?");
    CHECK_FALSE(apology.timed_out);
    CHECK(apology.choice == 0);
    CHECK(apology.said == "Yes, I'm sorry, Mr. Rossi. I'm here and listening.");
    CHECK(apology.score.empty());
    CHECK(apology.points == 0);
    CHECK(apology.mood_after == 20);
    CHECK(apology.response_seconds == doctest::Approx(3.0));

    CHECK(transcript.steps[2].node == "details");
    CHECK(transcript.steps[2].points == 2);
    CHECK(transcript.steps[2].mood_after == 30);
    const TranscriptStep& fix = transcript.steps[3];
    CHECK(fix.node == "fix");
    CHECK(fix.points == 3);
    CHECK(fix.mood_after == 50);
    CHECK(fix.response_seconds == doctest::Approx(5.0));
    CHECK(fix.feedback == "Ownership and a concrete next step with a time.");
    CHECK(transcript.closing_line == "Finally. Thank you.");

    // An interrupted attempt of another trainee: its steps so far, no closing line.
    review.select_session(cohort.carla_unfinished);
    review.refresh(cohort.store, library);
    CHECK(review.selected_trainee_id() == "carla");
    REQUIRE(review.transcript().has_value());
    CHECK_FALSE(review.transcript()->session.finished());
    CHECK(review.transcript()->steps.size() == 1);
    CHECK(review.transcript()->closing_line.empty());
    REQUIRE(review.attempts().size() == 2);
    CHECK(review.attempts()[0].id == cohort.carla_unfinished);

    // A scenario file that is not in the library (or has changed): node names only.
    LibraryModel empty;
    ReviewModel by_name;
    by_name.refresh(cohort.store, empty);
    by_name.select_session(cohort.anna_failure);
    by_name.refresh(cohort.store, empty);
    REQUIRE(by_name.transcript().has_value());
    CHECK_FALSE(by_name.transcript()->lines_from_file);
    REQUIRE(by_name.transcript()->steps.size() == 2);
    CHECK(by_name.transcript()->steps[1].node == "details");
    CHECK(by_name.transcript()->steps[1].character_line.empty());
    CHECK(by_name.transcript()->steps[1].said == "That's the billing department's fault, not mine.");
    CHECK(by_name.transcript()->steps[1].points == -4);
    CHECK(by_name.transcript()->steps[1].feedback.empty());
    CHECK(by_name.transcript()->closing_line.empty());
}

TEST_CASE("review: filters by cohort, trainee, scenario and date; a wrong date is refused") {
    Cohort cohort;
    LibraryModel library;
    ReviewModel review;
    review.refresh(cohort.store, library);
    review.set_cohort("autumn");
    review.refresh(cohort.store, library);
    CHECK(review.loads() == 2);
    CHECK(row_ids(review) == std::vector<std::string>{"carla", "dario"});
    CHECK(review.report().attempts == 2);
    CHECK(review.selected_trainee_id() == "carla");  // anna is no longer shown
    CHECK(review.cohort_options() == std::vector<std::string>{"autumn", "spring"});  // still offered
    CHECK(review.trainee_options() == std::vector<std::string>{"carla", "dario"});

    review.set_cohort("");
    review.set_trainee_filter("bruno");
    review.refresh(cohort.store, library);
    CHECK(row_ids(review) == std::vector<std::string>{"bruno"});
    CHECK(review.selected_trainee_id() == "bruno");
    CHECK(review.trainee_options() == std::vector<std::string>{"anna", "bruno", "carla", "dario"});

    review.set_trainee_filter("");
    review.set_scenario_filter("no-such-scenario");
    review.refresh(cohort.store, library);
    CHECK(review.report().attempts == 0);
    CHECK_FALSE(review.store_empty());
    CHECK_FALSE(review.scenario_view().has_value());
    CHECK(review.scenario_options().size() == 1);

    review.set_scenario_filter("");
    CHECK_FALSE(review.set_since("yesterday"));
    CHECK_FALSE(review.set_since("2026-13-01"));
    CHECK(review.filter().since.empty());
    CHECK(review.set_since("2000-01-01"));
    review.refresh(cohort.store, library);
    CHECK(review.report().attempts == 6);
    CHECK(review.set_since("2999-12-31T23:59"));
    review.refresh(cohort.store, library);
    CHECK(review.report().attempts == 0);
    CHECK(review.cohort_rows().size() == 4);  // trainees are listed even without attempts
}

// A store whose every read fails, as a damaged file or an unreachable server does.
class FailingReader : public ResultsReader {
public:
    const std::string& location() const override { return location_; }
    int schema_version() const override { fail(); }
    std::vector<TraineeRecord> trainees() const override { fail(); }
    std::optional<TraineeRecord> trainee(const std::string&) const override { fail(); }
    std::vector<SessionRecord> sessions(const ResultsFilter&) const override { fail(); }
    std::optional<SessionRecord> session(std::int64_t) const override { fail(); }
    std::vector<DecisionRecord> decisions(std::int64_t) const override { fail(); }
    std::optional<SessionRecord> unfinished_session(const std::string&, const std::string&, const std::string&) const override { fail(); }
    void scan_trainees(const ResultsFilter&, const std::function<void(const TraineeRecord&)>&) const override { fail(); }
    void scan_sessions(const ResultsFilter&, const std::function<void(const SessionRecord&)>&) const override { fail(); }
    void scan_decisions(const ResultsFilter&, const std::function<void(const DecisionRecord&)>&) const override { fail(); }

private:
    [[noreturn]] void fail() const { throw StoreError(location_ + ": cannot read the decisions: no such table: decisions"); }
    std::string location_ = "/tmp/damaged/results.db";
};

TEST_CASE("review: a store that cannot be read gives an error, never an exception") {
    FailingReader store;
    LibraryModel library;
    ReviewModel review;
    CHECK_NOTHROW(review.refresh(store, library));
    CHECK_FALSE(review.loaded());
    CHECK(review.error().find("results.db") != std::string::npos);
}

TEST_CASE("review: percentages, local times and score changes as the screen writes them") {
    CHECK(percent_text(std::nullopt) == "-");
    CHECK(percent_text(55.5556) == "56%");
    CHECK(percent_text(100.0) == "100%");
    CHECK(describe_points({{"listening", 2}, {"respect", -1}, {"problem_solving", 0}}, Language::en) == "+2 listening, -1 respect");
    CHECK(describe_points({{"problem_solving", -2}}, Language::it) == "-2 soluzione dei problemi");
    CHECK(describe_points({}, Language::en) == "no points");
    CHECK(describe_points({{"empathy", 1}}, Language::en) == "+1 empathy");

    const char* saved = std::getenv("TZ");
    std::string previous = saved ? saved : "";
    setenv("TZ", "UTC", 1);
    tzset();
    CHECK(local_time_text("2026-11-24T21:31:49.123Z") == "2026-11-24 21:31");
    setenv("TZ", "CET-1", 1);  // Rome in winter, without needing the time zone database
    tzset();
    CHECK(local_time_text("2026-11-24T23:31:49Z") == "2026-11-25 00:31");
    CHECK(local_time_text("") == "-");
    CHECK(local_time_text("not a time") == "not a time");
    if (saved) setenv("TZ", previous.c_str(), 1);
    else unsetenv("TZ");
    tzset();
}

namespace {

// A gate a reader waits at until the test opens it: a results server that takes its time to answer.
class Gate {
public:
    void open() {
        {
            std::lock_guard<std::mutex> lock(mutex_);
            open_ = true;
        }
        changed_.notify_all();
    }
    void pass() {
        std::unique_lock<std::mutex> lock(mutex_);
        changed_.wait(lock, [this] { return open_; });
    }

private:
    std::mutex mutex_;
    std::condition_variable changed_;
    bool open_ = false;
};

// Reads through `store`, each call first waiting at the gate, and notes the threads it was called on.
class SlowReader : public ResultsReader {
public:
    SlowReader(const ResultsReader& store, Gate& gate, std::atomic<bool>& called_on_main, std::thread::id main)
        : store_(store), gate_(gate), called_on_main_(called_on_main), main_(main) {}
    const std::string& location() const override { return store_.location(); }
    int schema_version() const override { return wait(), store_.schema_version(); }
    std::vector<TraineeRecord> trainees() const override { return wait(), store_.trainees(); }
    std::optional<TraineeRecord> trainee(const std::string& id) const override { return wait(), store_.trainee(id); }
    std::vector<SessionRecord> sessions(const ResultsFilter& filter) const override { return wait(), store_.sessions(filter); }
    std::optional<SessionRecord> session(std::int64_t id) const override { return wait(), store_.session(id); }
    std::vector<DecisionRecord> decisions(std::int64_t session) const override { return wait(), store_.decisions(session); }
    std::optional<SessionRecord> unfinished_session(const std::string& trainee, const std::string& id, const std::string& hash) const override {
        return wait(), store_.unfinished_session(trainee, id, hash);
    }
    void scan_trainees(const ResultsFilter& filter, const std::function<void(const TraineeRecord&)>& visit) const override {
        wait();
        store_.scan_trainees(filter, visit);
    }
    void scan_sessions(const ResultsFilter& filter, const std::function<void(const SessionRecord&)>& visit) const override {
        wait();
        store_.scan_sessions(filter, visit);
    }
    void scan_decisions(const ResultsFilter& filter, const std::function<void(const DecisionRecord&)>& visit) const override {
        wait();
        store_.scan_decisions(filter, visit);
    }

private:
    void wait() const {
        if (std::this_thread::get_id() == main_) called_on_main_ = true;
        gate_.pass();
    }
    const ResultsReader& store_;
    Gate& gate_;
    std::atomic<bool>& called_on_main_;
    std::thread::id main_;
};

// Calls update() as a frame would until the loader has nothing under way (at most 10 s).
void settle(ReviewLoader& loader, ReviewModel& review) {
    auto until = std::chrono::steady_clock::now() + std::chrono::seconds(10);
    do {
        loader.update(review);
        if (!loader.busy() && !review.needs_refresh()) return;
        std::this_thread::sleep_for(std::chrono::milliseconds(2));
    } while (std::chrono::steady_clock::now() < until);
    FAIL("the loader did not finish");
}

}  // namespace

TEST_CASE("review loader: a slow read never holds up a frame; the model says it is reading, then takes the result") {
    Cohort cohort;
    LibraryModel library;
    Gate gate;
    std::atomic<bool> called_on_main{false};
    std::thread::id main = std::this_thread::get_id();
    ReviewLoader loader([&] { return std::make_unique<SlowReader>(cohort.store, gate, called_on_main, main); }, library);
    ReviewModel review;
    CHECK(review.needs_refresh());

    // Frames go on while the server does not answer: each update returns at once, and nothing is shown yet.
    auto start = std::chrono::steady_clock::now();
    for (int frame = 0; frame < 20; ++frame) {
        CHECK_FALSE(loader.update(review));
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(2));
    CHECK(review.refreshing());
    CHECK_FALSE(review.loaded());
    CHECK_FALSE(review.report_current());
    CHECK(loader.busy());
    CHECK_FALSE(loader.result_waiting());
    CHECK(loader.busy_seconds() > 0.05);

    gate.open();
    for (int i = 0; i < 5000 && !loader.result_waiting(); ++i) std::this_thread::sleep_for(std::chrono::milliseconds(1));
    REQUIRE(loader.result_waiting());
    CHECK(loader.update(review));
    CHECK_FALSE(review.refreshing());
    CHECK(review.loaded());
    CHECK(review.report_current());
    CHECK(review.error().empty());
    CHECK(review.report().attempts == 6);
    CHECK(row_ids(review) == std::vector<std::string>{"anna", "bruno", "carla", "dario"});
    CHECK(review.selected_trainee_id() == "anna");
    CHECK_FALSE(review.attempts().empty());  // the selected trainee's attempts came with the same read
    CHECK_FALSE(loader.busy());
    CHECK_FALSE(called_on_main);  // every read ran on the loader's thread
}

TEST_CASE("review loader: choices made while a read runs win over it and are read next") {
    Cohort cohort;
    LibraryModel library;
    Gate gate;
    std::atomic<bool> called_on_main{false};
    ReviewLoader loader([&] { return std::make_unique<SlowReader>(cohort.store, gate, called_on_main, std::this_thread::get_id()); },
                        library);
    ReviewModel review;
    loader.update(review);  // reads every cohort
    review.set_cohort("autumn");
    review.sort_cohort(0, true);
    CHECK_FALSE(review.report_current());
    gate.open();
    settle(loader, review);
    CHECK(review.filter().cohort == "autumn");
    CHECK(review.loads() == 2);
    CHECK(row_ids(review) == std::vector<std::string>{"dario", "carla"});
    CHECK(review.report_current());
}

TEST_CASE("review loader: an unreachable server says so, and Reload tries again") {
    Cohort cohort;
    LibraryModel library;
    int opened = 0;
    ReviewLoader loader(
        [&]() -> std::unique_ptr<ResultsReader> {
            if (++opened == 1) throw StoreError("postgres://results.example.org/frontdesk: cannot connect: the server is unreachable");
            return open_results_reader(cohort.store.location());
        },
        library);
    ReviewModel review;
    CHECK_NOTHROW(settle(loader, review));
    CHECK_FALSE(review.loaded());
    CHECK(review.open_failed());
    CHECK(review.error().find("unreachable") != std::string::npos);

    review.request_reload();
    settle(loader, review);
    CHECK(opened == 2);
    CHECK(review.error().empty());
    CHECK_FALSE(review.open_failed());
    CHECK(review.report().attempts == 6);
}

TEST_CASE("review loader: results that cannot be read give an error, and the next read opens them afresh") {
    LibraryModel library;
    int opened = 0;
    ReviewLoader loader([&] { return ++opened, std::make_unique<FailingReader>(); }, library);
    ReviewModel review;
    settle(loader, review);
    CHECK_FALSE(review.loaded());
    CHECK_FALSE(review.open_failed());
    CHECK(review.error().find("results.db") != std::string::npos);
    review.request_reload();
    settle(loader, review);
    CHECK(opened == 2);
}

TEST_CASE("review loader: where nothing is recorded yet the Review says so, and creates nothing") {
    TemporaryFolder folder("review-nothing-yet");
    LibraryModel library;
    std::string missing = folder.file("results.db");
    ReviewLoader loader([&] { return open_review_reader(missing); }, library);
    ReviewModel review;
    settle(loader, review);
    CHECK(review.loaded());
    CHECK(review.store_empty());
    CHECK(review.error().empty());
    CHECK_FALSE(std::filesystem::exists(missing));

    std::ofstream(missing).close();  // an empty file: nothing recorded either
    review.request_reload();
    settle(loader, review);
    CHECK(review.store_empty());
    CHECK(review.error().empty());
}

TEST_CASE("review loader: closing the window waits for a read under way, then stops") {
    Cohort cohort;
    LibraryModel library;
    Gate gate;
    std::atomic<bool> called_on_main{false};
    ReviewModel review;
    std::thread opener;
    {
        ReviewLoader loader([&] { return std::make_unique<SlowReader>(cohort.store, gate, called_on_main, std::this_thread::get_id()); },
                            library);
        loader.update(review);
        opener = std::thread([&] {
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
            gate.open();
        });
    }  // the destructor returns once the read has ended
    opener.join();
    CHECK(review.refreshing());  // the result was never taken: the model still says so, and nothing crashed
}

TEST_CASE("report save: the file offered is dated in the home folder, and follows the format") {
    const char* saved = std::getenv("TZ");
    std::string previous = saved ? saved : "";
    setenv("TZ", "UTC", 1);
    tzset();
    std::time_t march = 1772442000;  // 2026-03-02T09:00:00Z
    CHECK(default_report_path(ReportFormat::html, "/home/giulia", march) == "/home/giulia/frontdesk-report-2026-03-02.html");
    CHECK(default_report_path(ReportFormat::csv, "", march) == "frontdesk-report-2026-03-02.csv");
    if (saved) setenv("TZ", previous.c_str(), 1);
    else unsetenv("TZ");
    tzset();
    CHECK(with_report_extension("/tmp/march.html", ReportFormat::csv) == "/tmp/march.csv");
    CHECK(with_report_extension("/tmp/march.csv", ReportFormat::html) == "/tmp/march.html");
    CHECK(with_report_extension("/tmp/march.report", ReportFormat::csv) == "/tmp/march.report");  // typed by hand: kept
    CHECK(report_format_of("/tmp/march.csv") == ReportFormat::csv);
    CHECK(report_format_of("march.html") == ReportFormat::html);
    CHECK_FALSE(report_format_of("/tmp/march.pdf").has_value());
    CHECK(resolve_report_path("~/r.html", "/home/giulia") == "/home/giulia/r.html");
    CHECK(resolve_report_path("/tmp/a/../r.csv", "/home/giulia") == "/tmp/r.csv");
    CHECK(resolve_report_path("r.html", "/home/giulia") == (std::filesystem::current_path() / "r.html").string());
}

TEST_CASE("report save: the report shown is written owner-only in the window's language, replacing an old one whole") {
    Cohort cohort;
    LibraryModel library;
    ReviewModel review;
    review.refresh(cohort.store, library);
    REQUIRE(review.report_current());
    std::string path = cohort.folder.file("report.html");
    std::ofstream(path) << "an older report";
    ::chmod(path.c_str(), 0644);

    ReportSaveOutcome outcome = save_report(review.report(), ReportFormat::html, Language::it, path, "", cohort.store.location());
    CHECK(outcome.saved());
    CHECK(outcome.path == path);
    struct stat info {};
    REQUIRE(::stat(path.c_str(), &info) == 0);
    CHECK((info.st_mode & 0777) == 0600);
    std::stringstream html;
    html << std::ifstream(path).rdbuf();
    CHECK(html.str().find("<html lang=\"it\"") != std::string::npos);
    CHECK(html.str().find("anna") != std::string::npos);

    ReportSaveOutcome csv = save_report(review.report(), ReportFormat::csv, Language::en, cohort.folder.file("report.csv"), "",
                                        cohort.store.location());
    CHECK(csv.saved());
    std::stringstream rows;
    rows << std::ifstream(cohort.folder.file("report.csv")).rdbuf();
    CHECK(rows.str().find("bruno") != std::string::npos);
}

TEST_CASE("report save: the results database, a missing folder and an empty name are refused, with the reason") {
    Cohort cohort;
    LibraryModel library;
    ReviewModel review;
    review.refresh(cohort.store, library);
    std::uintmax_t size = std::filesystem::file_size(cohort.store.location());

    ReportSaveOutcome onto_results = save_report(review.report(), ReportFormat::html, Language::en, cohort.store.location(), "",
                                                 cohort.store.location());
    CHECK_FALSE(onto_results.saved());
    CHECK(onto_results.problem.find("results database") != std::string::npos);
    CHECK(std::filesystem::file_size(cohort.store.location()) == size);
    CHECK(open_results_reader(cohort.store.location())->sessions({}).size() == 6);

    ReportSaveOutcome nowhere = save_report(review.report(), ReportFormat::html, Language::en, cohort.folder.file("no/such/r.html"), "",
                                            cohort.store.location());
    CHECK_FALSE(nowhere.saved());
    CHECK(nowhere.problem.find("no/such") != std::string::npos);
    CHECK_FALSE(std::filesystem::exists(cohort.folder.file("no")));

    ReportSaveOutcome empty = save_report(review.report(), ReportFormat::html, Language::it, "   ", "", cohort.store.location());
    CHECK_FALSE(empty.saved());
    CHECK(empty.problem == ui_text(Language::it, Ui::report_path_empty));
}

TEST_CASE("review: a transcript's lines from the file are shown in the trainee's name, narration apart; what was said as they read it") {
    TemporaryFolder folder("review-voice");
    std::unique_ptr<ResultsStore> store = open_results_store(folder.file("results.db"));
    std::string path = std::string(FRONTDESK_FIXTURE_DIR) + "/play/voice.yaml";
    LoadedScenario loaded = load_scenario_file(path);
    REQUIRE(loaded.playable());
    store->upsert_trainee("Giulia", "Giulia", "");
    Recording recording{store.get(), "Giulia", "immediate", "gui"};
    recording.voice = TraineeVoice{"Giulia", Phrasing::feminine};
    RecordedSession session = RecordedSession::start(loaded.scenario, loaded.analysis, recording);
    session.choose(0, 2.0);
    REQUIRE(session.outcome_saved());
    LibraryModel library;
    library.load({path});
    ReviewModel review;
    review.refresh(*store, library);
    review.select_session(session.id());
    review.refresh(*store, library);
    REQUIRE(review.transcript().has_value());
    const Transcript& transcript = *review.transcript();
    REQUIRE(transcript.lines_from_file);
    REQUIRE(transcript.steps.size() == 1);
    const TranscriptStep& step = transcript.steps[0];
    CHECK(step.narration == "La signora Neri si avvicina allo sportello con un foglio in mano.");
    CHECK(step.character_line == "Buongiorno, Giulia. È sicura che l'appuntamento sia oggi?");
    CHECK(step.said == "Buongiorno. Sì, ne sono sicura: oggi alle 10.");        // stored as she read it
    CHECK(step.feedback == "Buona risposta, Giulia: è stata chiara.");  // in the phrasing stored with the session
    CHECK(transcript.closing_narration.empty());
    CHECK(transcript.closing_line == "Grazie.");
    // The scenario's nodes, for every attempt at once: the default voice.
    REQUIRE(review.scenario_view().has_value());
    REQUIRE_FALSE(review.scenario_view()->nodes.empty());
    const NodeView& first = review.scenario_view()->nodes[0];
    CHECK(first.narration == "La signora Neri si avvicina allo sportello con un foglio in mano.");
    CHECK(first.character_line == "Buongiorno, Alex. È sicura che l'appuntamento sia oggi?");
}
