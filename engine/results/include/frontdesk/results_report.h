// The coordinators' review of stored results: the cohort overview, each scenario's attempts, skills and
// endings, the share of each choice at each node (where do people go wrong?), and each trainee's trend.
// Pure functions of the stored data with a fixed order, so every format (and a golden test) sees the same.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "frontdesk/results_store.h"

namespace frontdesk {

// One skill of a finished session; both empty when the session's scenario does not have the skill.
struct ReportSkill {
    std::optional<int> raw;
    std::optional<double> percent;  // also empty when no path of the scenario scores the skill above 0
};

// A finished session: a point of its trainee's trend and a row of the CSV export.
struct ReportSession {
    std::int64_t id = 0;
    std::string scenario_id;
    std::string scenario_title;
    std::string scenario_language;  // en | it
    std::string started_at;         // ISO 8601 UTC, as stored
    std::string ended_at;
    std::string ending;             // success | partial | failure
    std::vector<ReportSkill> skills;  // aligned with ReportData::skills
    double overall = 0;
    bool passed = false;
};

// A trainee in the cohort overview. Means are over finished sessions; empty when there is none.
struct TraineeReport {
    std::string id;
    std::string display_name;
    std::string cohort;
    int attempts = 0;               // sessions started (finished or not)
    int finished = 0;
    int passed = 0;
    std::string last_practice;      // start of the latest attempt; empty when never
    std::vector<std::optional<double>> skill_means;  // aligned with ReportData::skills
    std::optional<double> overall_mean;
    std::optional<double> latest_overall;  // of the latest finished session
    std::vector<ReportSession> trend;      // finished sessions in time order (build_report only)
};

struct EndingSpread {
    int success = 0;
    int partial = 0;
    int failure = 0;
};

// One choice taken at a node. choice -1 is "no answer in time".
struct ChoiceShare {
    int choice = -1;
    std::string said;               // the words of the latest recorded decision with this choice
    int count = 0;                  // decisions that took it
    double share = 0;               // count / decisions at the node, 0..1
    std::vector<std::pair<std::string, int>> score;  // points per skill, as recorded (by skill name)
    int points = 0;                 // sum of score
    bool costly = false;            // points < 0: the answer cost the trainee something

    bool timed_out() const { return choice < 0; }
};

struct NodeReport {
    std::string node;
    int reached = 0;                // sessions with a decision at the node
    int decisions = 0;              // more than reached when a session came back to the node
    std::vector<ChoiceShare> choices;  // by choice index, the timeout last
};

struct ScenarioReport {
    std::string id;
    std::string title;              // of the latest attempt
    std::string language;
    int attempts = 0;
    int finished = 0;
    int passed = 0;
    std::vector<std::optional<double>> skill_means;  // aligned with ReportData::skills
    std::optional<double> overall_mean;
    EndingSpread endings;
    std::vector<NodeReport> nodes;  // in the order conversations reach them (earliest step first), then by id
};

// A costly choice many trainees took: indices into scenarios[s].nodes[n].choices[c].
struct Pitfall {
    std::size_t scenario = 0;
    std::size_t node = 0;
    std::size_t choice = 0;
};

struct ReportData {
    ResultsFilter filter;
    std::vector<std::string> skills;      // every skill seen, in scenario order (listening, respect, ...)
    std::vector<TraineeReport> trainees;  // by id; trainees matching the filter even without attempts
    std::vector<ScenarioReport> scenarios;  // by id
    std::vector<Pitfall> pitfalls;        // the most common costly choices, most taken first
    int attempts = 0;
    int finished = 0;
    int passed = 0;
    std::optional<double> overall_mean;   // over every finished session
    std::string first_started;            // the period the report covers (ISO 8601 UTC); empty without attempts
    std::string last_started;

    const ChoiceShare& choice(const Pitfall& pitfall) const {
        return scenarios[pitfall.scenario].nodes[pitfall.node].choices[pitfall.choice];
    }
};

// How many costly choices ReportData::pitfalls keeps.
constexpr std::size_t report_pitfall_count = 5;

// The whole report. Throws StoreError when the file cannot be read.
ReportData build_report(const ResultsReader& store, const ResultsFilter& filter);

// Only the cohort overview (skills and trainees, no trends): what the window's Review table shows first.
ReportData build_cohort_overview(const ResultsReader& store, const ResultsFilter& filter);

// Whether `since` is a date the filter understands: YYYY-MM-DD, optionally followed by THH:MM[:SS[.mmm]][Z].
bool valid_report_since(const std::string& since);

}  // namespace frontdesk
