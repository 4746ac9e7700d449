// The coordinators' report: every aggregate of the fixture checked exactly (in every backend), the filters,
// and the formats' escaping (HTML, CSV) on names that need it.
#include <doctest/doctest.h>

#include <sstream>

#include "frontdesk/report_formats.h"
#include "frontdesk/results_report.h"
#include "report_fixture.h"
#include "store_backends.h"

using namespace frontdesk;

namespace {

// The fixture is written once per backend and test binary; tests only read it.
template <typename Backend>
const std::string& fixture_location() {
    static Backend backend("report-fixture");
    static std::string location = [] {
        test::write_report_fixture(backend.location(), std::string(FRONTDESK_FIXTURE_DIR) + "/example/angry-client-wrong-invoice.yaml");
        return backend.location();
    }();
    return location;
}

template <typename Backend>
ReportData report_for(const ResultsFilter& filter = {}) {
    std::unique_ptr<ResultsReader> store = open_results_reader(fixture_location<Backend>());
    return build_report(*store, filter);
}

const TraineeReport& trainee(const ReportData& report, const std::string& id) {
    for (const TraineeReport& t : report.trainees)
        if (t.id == id) return t;
    FAIL("no trainee " << id);
    static const TraineeReport none;
    return none;
}

const ScenarioReport& scenario(const ReportData& report, const std::string& id) {
    for (const ScenarioReport& s : report.scenarios)
        if (s.id == id) return s;
    FAIL("no scenario " << id);
    static const ScenarioReport none;
    return none;
}

std::vector<std::string> node_ids(const ScenarioReport& s) {
    std::vector<std::string> ids;
    for (const NodeReport& node : s.nodes) ids.push_back(node.node);
    return ids;
}

std::vector<int> counts(const NodeReport& node) {
    std::vector<int> out;
    for (const ChoiceShare& choice : node.choices) out.push_back(choice.count);
    return out;
}

std::vector<int> choice_indices(const NodeReport& node) {
    std::vector<int> out;
    for (const ChoiceShare& choice : node.choices) out.push_back(choice.choice);
    return out;
}

constexpr double third = 100.0 / 3.0;

}  // namespace

TEST_CASE_TEMPLATE("report: the cohort overview counts attempts, finished and passed sessions per trainee", Backend, FRONTDESK_STORE_BACKENDS) {
    ReportData report = report_for<Backend>();
    CHECK(report.skills == std::vector<std::string>{"listening", "respect", "problem_solving"});
    REQUIRE(report.trainees.size() == 4);
    CHECK(report.trainees[0].id == "ann");  // by id
    CHECK(report.trainees[1].id == "b-017");
    CHECK(report.trainees[2].id == "carlo");
    CHECK(report.trainees[3].id == "dana");
    CHECK(report.attempts == 9);
    CHECK(report.finished == 8);
    CHECK(report.passed == 2);
    REQUIRE(report.overall_mean);
    CHECK(*report.overall_mean == doctest::Approx((500.0 / 9 + 0 + 0 + 100 + 125.0 / 3 + 100 + 0 + 500.0 / 9) / 8));
    CHECK(report.first_started == "2026-03-02T09:00:00.000Z");
    CHECK(report.last_started == "2026-03-09T10:00:00.000Z");

    const TraineeReport& ann = trainee(report, "ann");
    CHECK(ann.display_name == "Ann Bianchi");
    CHECK(ann.cohort == "spring-2026");
    CHECK(ann.attempts == 3);
    CHECK(ann.finished == 3);
    CHECK(ann.passed == 2);
    CHECK(ann.last_practice == "2026-03-06T15:00:00.000Z");
    REQUIRE(ann.skill_means.size() == 3);
    CHECK(*ann.skill_means[0] == doctest::Approx(100.0));
    CHECK(*ann.skill_means[1] == doctest::Approx((2 * third + 200) / 3));
    CHECK(*ann.skill_means[2] == doctest::Approx(200.0 / 3));
    CHECK(*ann.overall_mean == doctest::Approx((500.0 / 9 + 200) / 3));
    CHECK(*ann.latest_overall == doctest::Approx(100.0));

    const TraineeReport& carlo = trainee(report, "carlo");
    CHECK(carlo.display_name == "Carlo Rossi, Jr.");
    CHECK(carlo.attempts == 3);  // the unfinished attempt counts as an attempt...
    CHECK(carlo.finished == 2);  // ...but not in the means
    CHECK(carlo.passed == 0);
    CHECK(carlo.last_practice == "2026-03-09T10:00:00.000Z");
    CHECK(*carlo.skill_means[0] == doctest::Approx(third));
    CHECK(*carlo.skill_means[1] == doctest::Approx(50.0));
    CHECK(*carlo.skill_means[2] == doctest::Approx(0.0));
    CHECK(*carlo.latest_overall == doctest::Approx(500.0 / 9));

    const TraineeReport& zoe = trainee(report, "b-017");
    CHECK(zoe.display_name == "Zoë \"Zed\" O'Neil <QA> & Co");
    CHECK(*zoe.skill_means[0] == doctest::Approx(25.0 / 3));
    CHECK(*zoe.latest_overall == doctest::Approx(0.0));

    const TraineeReport& dana = trainee(report, "dana");  // never practised, still listed
    CHECK(dana.attempts == 0);
    CHECK(dana.finished == 0);
    CHECK(dana.last_practice.empty());
    CHECK_FALSE(dana.overall_mean);
    CHECK_FALSE(dana.latest_overall);
    CHECK_FALSE(dana.skill_means[0]);
    CHECK(dana.trend.empty());
}

TEST_CASE_TEMPLATE("report: the overview alone matches the full report's", Backend, FRONTDESK_STORE_BACKENDS) {
    std::unique_ptr<ResultsReader> opened = open_results_reader(fixture_location<Backend>());
    const ResultsReader& store = *opened;
    ReportData full = build_report(store, {});
    ReportData overview = build_cohort_overview(store, {});
    CHECK(overview.skills == full.skills);
    REQUIRE(overview.trainees.size() == full.trainees.size());
    for (std::size_t i = 0; i < full.trainees.size(); ++i) {
        CHECK(overview.trainees[i].id == full.trainees[i].id);
        CHECK(overview.trainees[i].attempts == full.trainees[i].attempts);
        CHECK(overview.trainees[i].skill_means == full.trainees[i].skill_means);
        CHECK(overview.trainees[i].latest_overall == full.trainees[i].latest_overall);
        CHECK(overview.trainees[i].trend.empty());
    }
    CHECK(overview.scenarios.empty());
}

TEST_CASE_TEMPLATE("report: per scenario the attempts, skill means and the spread of endings", Backend, FRONTDESK_STORE_BACKENDS) {
    ReportData report = report_for<Backend>();
    REQUIRE(report.scenarios.size() == 2);
    const ScenarioReport& example = report.scenarios[0];
    CHECK(example.id == "angry-client-wrong-invoice");
    CHECK(example.title == "Wrong invoice: an angry client calls");
    CHECK(example.language == "en");
    CHECK(example.attempts == 6);
    CHECK(example.finished == 5);
    CHECK(example.passed == 1);
    CHECK(example.endings.success == 2);
    CHECK(example.endings.partial == 1);
    CHECK(example.endings.failure == 2);
    CHECK(*example.skill_means[0] == doctest::Approx(45.0));
    CHECK(*example.skill_means[1] == doctest::Approx(40.0));
    CHECK(*example.skill_means[2] == doctest::Approx(third));
    CHECK(*example.overall_mean == doctest::Approx((500.0 / 9 + 100 + 125.0 / 3) / 5));

    const ScenarioReport& italian = report.scenarios[1];
    CHECK(italian.id == "sportello-reclami");
    CHECK(italian.language == "it");
    CHECK(italian.title == "Reclamo allo sportello: «Il modulo & la coda <lunga>»");
    CHECK(italian.attempts == 3);
    CHECK(italian.finished == 3);
    CHECK(italian.passed == 1);
    CHECK(italian.endings.success == 1);
    CHECK(italian.endings.partial == 2);
    CHECK(italian.endings.failure == 0);
}

TEST_CASE_TEMPLATE("report: the share of each choice at each node, with its score (where do people go wrong?)", Backend, FRONTDESK_STORE_BACKENDS) {
    ReportData report = report_for<Backend>();
    const ScenarioReport& example = scenario(report, "angry-client-wrong-invoice");
    // In the order conversations reach them; details and silence both come second, so by id.
    CHECK(node_ids(example) == std::vector<std::string>{"opening", "details", "silence", "fix"});

    const NodeReport& opening = example.nodes[0];
    CHECK(opening.reached == 5);
    CHECK(opening.decisions == 5);
    CHECK(choice_indices(opening) == std::vector<int>{0, 1, 2, -1});  // the timeout last
    CHECK(counts(opening) == std::vector<int>{2, 1, 1, 1});
    CHECK(opening.choices[0].share == doctest::Approx(0.4));
    CHECK(opening.choices[0].said == "I'm sorry, Mr. Rossi. Tell me what happened.");
    CHECK(opening.choices[0].score == std::vector<std::pair<std::string, int>>{{"listening", 2}, {"respect", 2}, {"problem_solving", 1}});
    CHECK(opening.choices[0].points == 5);
    CHECK_FALSE(opening.choices[0].costly);
    CHECK(opening.choices[1].points == 0);  // -1 listening, +1 problem solving: not costly
    CHECK_FALSE(opening.choices[1].costly);
    CHECK(opening.choices[2].said == "Calm down, sir, shouting won't help.");
    CHECK(opening.choices[2].costly);
    CHECK(opening.choices[3].timed_out());
    CHECK(opening.choices[3].said.empty());
    CHECK(opening.choices[3].score == std::vector<std::pair<std::string, int>>{{"listening", -1}});
    CHECK(opening.choices[3].costly);

    const NodeReport& details = example.nodes[1];
    CHECK(details.reached == 4);
    CHECK(counts(details) == std::vector<int>{3, 1});
    CHECK(details.choices[1].points == -4);
    const NodeReport& silence = example.nodes[2];
    CHECK(silence.reached == 1);
    CHECK(silence.choices[0].score.empty());
    CHECK(silence.choices[0].share == doctest::Approx(1.0));
    const NodeReport& fix = example.nodes[3];
    CHECK(fix.reached == 3);
    CHECK(counts(fix) == std::vector<int>{2, 1});

    const ScenarioReport& italian = scenario(report, "sportello-reclami");
    CHECK(node_ids(italian) == std::vector<std::string>{"arrivo", "modulo"});
    CHECK(counts(italian.nodes[1]) == std::vector<int>{1, 2});
    CHECK(italian.nodes[1].choices[1].share == doctest::Approx(2.0 / 3));

    // The most common costly answers first; ties by share, then in scenario and node order.
    REQUIRE(report.pitfalls.size() == report_pitfall_count);
    CHECK(report.choice(report.pitfalls[0]).said == "È tutto scritto sul sito.");
    CHECK(report.choice(report.pitfalls[1]).said == "Someone will look into it.");
    CHECK(report.choice(report.pitfalls[2]).said == "C'è la coda per tutti.");
    CHECK(report.choice(report.pitfalls[3]).said == "That's the billing department's fault, not mine.");
    CHECK(report.choice(report.pitfalls[4]).said == "Calm down, sir, shouting won't help.");
}

TEST_CASE_TEMPLATE("report: each trainee's trend lists the finished sessions in time order", Backend, FRONTDESK_STORE_BACKENDS) {
    ReportData report = report_for<Backend>();
    const TraineeReport& ann = trainee(report, "ann");
    REQUIRE(ann.trend.size() == 3);
    CHECK(ann.trend[0].scenario_id == "angry-client-wrong-invoice");
    CHECK(ann.trend[0].started_at == "2026-03-02T09:00:00.000Z");
    CHECK(ann.trend[0].ended_at == "2026-03-02T09:02:00.000Z");
    CHECK(ann.trend[0].ending == "partial");
    REQUIRE(ann.trend[0].skills.size() == 3);
    CHECK(ann.trend[0].skills[0].raw == 4);
    CHECK(*ann.trend[0].skills[1].percent == doctest::Approx(2 * third));
    CHECK(ann.trend[0].skills[2].raw == 0);
    CHECK(ann.trend[0].overall == doctest::Approx(500.0 / 9));
    CHECK_FALSE(ann.trend[0].passed);
    CHECK(ann.trend[1].ending == "success");
    CHECK(ann.trend[1].passed);
    CHECK(ann.trend[2].scenario_id == "sportello-reclami");
    CHECK(ann.trend[2].scenario_language == "it");
    const TraineeReport& carlo = trainee(report, "carlo");
    REQUIRE(carlo.trend.size() == 2);  // the unfinished attempt is not a point of the trend
    CHECK(carlo.trend[0].ending == "failure");
    CHECK(carlo.trend[0].skills[1].raw == -2);
    CHECK(carlo.trend[0].skills[1].percent == doctest::Approx(0.0));
}

TEST_CASE_TEMPLATE("report: filters by cohort, scenario, trainee and start date", Backend, FRONTDESK_STORE_BACKENDS) {
    ResultsFilter cohort;
    cohort.cohort = "spring-2026";
    ReportData spring = report_for<Backend>(cohort);
    REQUIRE(spring.trainees.size() == 3);
    CHECK(spring.trainees[2].id == "dana");
    CHECK(spring.attempts == 6);
    CHECK(spring.finished == 6);
    CHECK(scenario(spring, "angry-client-wrong-invoice").attempts == 4);

    ResultsFilter by_scenario;
    by_scenario.scenario_id = "sportello-reclami";
    ReportData italian = report_for<Backend>(by_scenario);
    CHECK(italian.trainees.size() == 4);  // everyone, with their attempts of this scenario (dana: none)
    CHECK(italian.attempts == 3);
    REQUIRE(italian.scenarios.size() == 1);
    CHECK(trainee(italian, "carlo").attempts == 1);
    CHECK(trainee(italian, "carlo").trend.size() == 1);

    ResultsFilter one;
    one.trainee = "b-017";
    ReportData zoe = report_for<Backend>(one);
    REQUIRE(zoe.trainees.size() == 1);
    CHECK(zoe.attempts == 3);
    CHECK(scenario(zoe, "angry-client-wrong-invoice").nodes[0].reached == 2);

    ResultsFilter since;
    since.since = "2026-03-06";
    ReportData recent = report_for<Backend>(since);
    CHECK(recent.attempts == 5);
    CHECK(recent.finished == 4);
    CHECK(trainee(recent, "ann").attempts == 1);
    CHECK(trainee(recent, "carlo").attempts == 2);
    CHECK(recent.first_started == "2026-03-06T14:00:00.000Z");
    since.since = "2026-03-06T14:30";
    CHECK(report_for<Backend>(since).attempts == 4);

    ResultsFilter nobody;
    nobody.cohort = "winter";
    ReportData empty = report_for<Backend>(nobody);
    CHECK(empty.trainees.empty());
    CHECK(empty.scenarios.empty());
    CHECK(empty.pitfalls.empty());
    CHECK_FALSE(empty.overall_mean);
}

TEST_CASE_TEMPLATE("report: an empty database gives an empty report", Backend, FRONTDESK_STORE_BACKENDS) {
    Backend backend("report-empty");
    std::unique_ptr<ResultsStore> store = open_results_store(backend.location());
    ReportData report = build_report(*store, {});
    CHECK(report.trainees.empty());
    CHECK(report.skills.empty());
    CHECK(report.attempts == 0);
    std::ostringstream table, csv, json, html;
    write_report(report, ReportFormat::table, table);
    write_report(report, ReportFormat::csv, csv);
    write_report(report, ReportFormat::json, json);
    write_report(report, ReportFormat::html, html);
    CHECK(table.str().find("No trainee matches.") != std::string::npos);
    CHECK(html.str().find("No trainee matches") != std::string::npos);
}

TEST_CASE("report: --since accepts dates and date-times only") {
    CHECK(valid_report_since("2026-03-01"));
    CHECK(valid_report_since("2026-03-01T09:30"));
    CHECK(valid_report_since("2026-03-01T09:30:15"));
    CHECK(valid_report_since("2026-03-01T09:30:15.250Z"));
    CHECK_FALSE(valid_report_since("2026-3-1"));
    CHECK_FALSE(valid_report_since("01/03/2026"));
    CHECK_FALSE(valid_report_since("2026-13-01"));
    CHECK_FALSE(valid_report_since("2026-03-01 09:30"));
    CHECK_FALSE(valid_report_since("yesterday"));
    CHECK_FALSE(valid_report_since(""));
}

TEST_CASE_TEMPLATE("report formats: HTML and CSV escape what the data holds", Backend, FRONTDESK_STORE_BACKENDS) {
    CHECK(html_escape("Zoë \"Zed\" O'Neil <QA> & Co") == "Zoë &quot;Zed&quot; O&#39;Neil &lt;QA&gt; &amp; Co");
    CHECK(csv_field("plain") == "plain");
    CHECK(csv_field("Rossi, Jr.") == "\"Rossi, Jr.\"");
    CHECK(csv_field("say \"hi\"") == "\"say \"\"hi\"\"\"");
    CHECK(csv_field("two\nlines") == "\"two\nlines\"");
    CHECK(csv_field("=HYPERLINK(\"x\")") == "\"'=HYPERLINK(\"\"x\"\")\"");
    CHECK(csv_field("@sum") == "'@sum");
    CHECK(csv_field("") == "");

    ReportData report = report_for<Backend>();
    std::ostringstream html;
    write_report_html(report, html);
    std::string page = html.str();
    CHECK(page.rfind("<!DOCTYPE html>\n<html lang=\"en\">", 0) == 0);
    CHECK(page.find("Zoë &quot;Zed&quot; O&#39;Neil &lt;QA&gt; &amp; Co") != std::string::npos);
    CHECK(page.find("<QA>") == std::string::npos);
    CHECK(page.find("lang=\"it\"") != std::string::npos);
    CHECK(page.find("<caption>") != std::string::npos);
    CHECK(page.find("@media print") != std::string::npos);
    // Self-contained: nothing that would fetch anything.
    for (const char* fetch : {"<script", "src=", "<link", "@import", "url(", "http://", "https://"})
        CHECK_MESSAGE(page.find(fetch) == std::string::npos, fetch);

    std::ostringstream csv;
    write_report_csv(report, csv);
    std::string sheet = csv.str();
    CHECK(sheet.rfind("\xEF\xBB\xBFtrainee,display_name,cohort,session,", 0) == 0);
    std::size_t rows = 0;
    for (std::size_t at = sheet.find("\r\n"); at != std::string::npos; at = sheet.find("\r\n", at + 2)) ++rows;
    CHECK(rows == 1 + 8);  // the header and one row per finished session
    CHECK(sheet.find("b-017,\"Zoë \"\"Zed\"\" O'Neil <QA> & Co\",spring-2026,") != std::string::npos);
    CHECK(sheet.find("carlo,\"Carlo Rossi, Jr.\",autumn-2026,") != std::string::npos);
}
