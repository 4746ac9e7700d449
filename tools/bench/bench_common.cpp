#include "bench_common.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <filesystem>

#include "frontdesk/results_report.h"

namespace frontdesk::bench {

double milliseconds_since(Clock::time_point start) { return std::chrono::duration<double, std::milli>(Clock::now() - start).count(); }

double percentile(std::vector<double> values, double fraction) {
    if (values.empty()) return 0;
    std::sort(values.begin(), values.end());
    std::size_t index = static_cast<std::size_t>(std::ceil(fraction * static_cast<double>(values.size())));
    return values[std::min(index == 0 ? 0 : index - 1, values.size() - 1)];
}

std::string iso(double epoch) {
    std::time_t seconds = static_cast<std::time_t>(epoch);
    int millis = static_cast<int>((epoch - static_cast<double>(seconds)) * 1000);
    std::tm utc{};
    gmtime_r(&seconds, &utc);
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", utc.tm_year + 1900, utc.tm_mon + 1, utc.tm_mday, utc.tm_hour,
                  utc.tm_min, utc.tm_sec, millis);
    return buffer;
}

std::vector<LoadedScenario> load_library(const std::string& folder) {
    std::vector<LoadedScenario> library;
    for (const auto& entry : std::filesystem::directory_iterator(folder))
        if (entry.path().extension() == ".yaml") {
            LoadedScenario loaded = load_scenario_file(entry.path().string());
            if (loaded.playable()) library.push_back(std::move(loaded));
        }
    std::sort(library.begin(), library.end(), [](const LoadedScenario& a, const LoadedScenario& b) { return a.scenario->id < b.scenario->id; });
    return library;
}

std::string largest_scenario_file(const std::string& folder) {
    std::string largest;
    std::size_t largest_nodes = 0;
    for (const auto& entry : std::filesystem::directory_iterator(folder)) {
        if (entry.path().extension() != ".yaml") continue;
        LoadedScenario loaded = load_scenario_file(entry.path().string());
        if (loaded.scenario && loaded.scenario->nodes.size() > largest_nodes) largest_nodes = loaded.scenario->nodes.size(), largest = entry.path().string();
    }
    return largest;
}

Timing time_runs(int runs, const std::function<std::string()>& work) {
    Timing timing;
    for (int r = 0; r < runs; ++r) {
        std::clock_t cpu = std::clock();
        Clock::time_point start = Clock::now();
        timing.note = work();
        timing.wall.push_back(milliseconds_since(start));
        timing.processor.push_back(1000.0 * static_cast<double>(std::clock() - cpu) / CLOCKS_PER_SEC);
    }
    return timing;
}

void print_timing(const std::string& what, const Timing& timing) {
    std::printf("  %-34s median %8.1f ms   min %8.1f ms   max %8.1f ms   cpu %8.1f ms%s\n", what.c_str(), timing.median(),
                percentile(timing.wall, 0), percentile(timing.wall, 1), percentile(timing.processor, 0.5), timing.note.c_str());
}

ReportTimings time_reports(const ResultsReader& store, const ResultsFilter& filter, int runs) {
    ReportTimings timings;
    timings.overview = time_runs(runs, [&] { return "   (" + std::to_string(build_cohort_overview(store, filter).trainees.size()) + " trainees)"; });
    timings.report = time_runs(runs, [&] { return "   (" + std::to_string(build_report(store, filter).attempts) + " attempts)"; });
    return timings;
}

std::vector<std::pair<std::string, Timing>> time_scans(const ResultsReader& store, int runs) {
    ResultsFilter everyone;
    ResultsFilter finished;
    finished.finished_only = true;
    std::vector<std::pair<std::string, Timing>> scans;
    scans.emplace_back("scan_trainees", time_runs(runs, [&] {
                           std::size_t rows = 0;
                           store.scan_trainees(everyone, [&](const TraineeRecord&) { ++rows; });
                           return "   (" + std::to_string(rows) + " trainees)";
                       }));
    scans.emplace_back("scan_session_outcomes", time_runs(runs, [&] {
                           std::size_t rows = 0, skills = 0;
                           store.scan_session_outcomes(everyone, [&](const SessionRecord& session) { ++rows, skills += session.skills.size(); });
                           return "   (" + std::to_string(rows) + " sessions, " + std::to_string(skills) + " skills)";
                       }));
    scans.emplace_back("scan_answered_decisions (finished)", time_runs(runs, [&] {
                           std::size_t answers = 0, rows = 0;
                           store.scan_answered_decisions(
                               finished, [&](const AnswerRecord&) { ++answers; }, [&](const AnsweredDecision&) { ++rows; });
                           return "   (" + std::to_string(rows) + " decisions, " + std::to_string(answers) + " answers)";
                       }));
    scans.emplace_back("scan_decisions (finished sessions)", time_runs(runs, [&] {
                           std::size_t rows = 0, points = 0;
                           store.scan_decisions(finished, [&](const DecisionRecord& decision) { ++rows, points += decision.score.size(); });
                           return "   (" + std::to_string(rows) + " decisions, " + std::to_string(points) + " points)";
                       }));
    return scans;
}

}  // namespace frontdesk::bench
