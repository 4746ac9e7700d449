// What the benchmarks share: the scenario library they play, times in their ISO form, and timing the
// coordinators' reports on a store the same way everywhere (each run builds everything afresh from the
// store: nothing is kept from one run to the next).
#pragma once

#include <chrono>
#include <functional>
#include <string>
#include <utility>
#include <vector>

#include "frontdesk/results_store.h"
#include "frontdesk/scenario_loader.h"

namespace frontdesk::bench {

using Clock = std::chrono::steady_clock;

double milliseconds_since(Clock::time_point start);
// The value at `fraction` (0.5: the median) of the sorted values; 0 for none.
double percentile(std::vector<double> values, double fraction);
// "2026-03-04T09:15:02.250Z" for seconds since the epoch.
std::string iso(double epoch);

// The playable scenarios of a folder, by id.
std::vector<LoadedScenario> load_library(const std::string& folder);
// The path of the folder's scenario with the most nodes (the one a trainer is likeliest to wait for), or empty.
std::string largest_scenario_file(const std::string& folder);

// Wall-clock and processor times of each run (processor time: a busy machine inflates it less).
struct Timing {
    std::vector<double> wall;
    std::vector<double> processor;
    std::string note;  // what the last run said about its result ("   (2000 trainees)")

    double median() const { return percentile(wall, 0.5); }
};

// Runs `work` `runs` times; `work` returns the note.
Timing time_runs(int runs, const std::function<std::string()>& work);
// "  WHAT   median ... ms   min ... ms   max ... ms   cpu ... ms NOTE"
void print_timing(const std::string& what, const Timing& timing);

struct ReportTimings {
    Timing overview;  // build_cohort_overview
    Timing report;    // build_report
};
ReportTimings time_reports(const ResultsReader& store, const ResultsFilter& filter, int runs);

// Where a report's time goes: each streaming scan it reads, alone (rows decoded, not kept), by name.
std::vector<std::pair<std::string, Timing>> time_scans(const ResultsReader& store, int runs);

}  // namespace frontdesk::bench
