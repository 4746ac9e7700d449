// Benchmark: load + checks + analysis of a generated 10,000-node scenario (about 10 MB), beside the floor
// of yaml-cpp merely reading the file's events, and YAML::LoadFile for scale. Each measurement runs in a
// fresh child process so its peak memory (ru_maxrss) is its own. Prints medians and ratios.
//
//   build/bench_load [--nodes N] [--runs R] [--keep FILE]
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <random>
#include <string>
#include <vector>

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/parser.h>
#include <yaml-cpp/yaml.h>

#include "frontdesk/scenario_loader.h"
#include "generated_scenario.h"

namespace {

class NullHandler : public YAML::EventHandler {
public:
    void OnDocumentStart(const YAML::Mark&) override {}
    void OnDocumentEnd() override {}
    void OnNull(const YAML::Mark&, YAML::anchor_t) override {}
    void OnAlias(const YAML::Mark&, YAML::anchor_t) override {}
    void OnScalar(const YAML::Mark&, const std::string&, YAML::anchor_t, const std::string&) override {}
    void OnSequenceStart(const YAML::Mark&, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override {}
    void OnSequenceEnd() override {}
    void OnMapStart(const YAML::Mark&, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override {}
    void OnMapEnd() override {}
};

// Runs in the child: does one kind of work on the file, prints nothing on success.
int child_work(const std::string& mode, const std::string& path) {
    if (mode == "floor") {
        std::ifstream in(path);
        YAML::Parser parser(in);
        NullHandler handler;
        parser.HandleNextDocument(handler);
        return 0;
    }
    if (mode == "loadfile") {
        YAML::Node node = YAML::LoadFile(path);
        return node.IsMap() ? 0 : 1;
    }
    if (mode == "frontdesk") {
        frontdesk::LoadedScenario loaded = frontdesk::load_scenario_file(path);
        if (!loaded.playable() || !loaded.analysis) {
            std::fputs(frontdesk::format_diagnostics(loaded).substr(0, 2000).c_str(), stderr);
            return 1;
        }
        return loaded.analysis->reachable_count > 0 ? 0 : 1;
    }
    return 2;
}

struct Sample {
    double seconds = 0;
    double peak_mb = 0;
};

Sample measure(const char* self, const std::string& mode, const std::string& path) {
    auto started = std::chrono::steady_clock::now();
    pid_t pid = fork();
    if (pid == 0) {
        execl(self, self, "--child", mode.c_str(), path.c_str(), static_cast<char*>(nullptr));
        _exit(127);
    }
    int status = 0;
    rusage usage{};
    wait4(pid, &status, 0, &usage);
    double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        std::fprintf(stderr, "bench_load: %s run failed\n", mode.c_str());
        std::exit(1);
    }
    return {seconds, usage.ru_maxrss / 1024.0};
}

double median(std::vector<double> values) {
    std::sort(values.begin(), values.end());
    std::size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc == 4 && std::strcmp(argv[1], "--child") == 0) return child_work(argv[2], argv[3]);
    int nodes = 10000, runs = 5;
    std::string keep;
    for (int i = 1; i + 1 < argc; i += 2) {
        std::string flag = argv[i];
        if (flag == "--nodes") nodes = std::max(10, std::atoi(argv[i + 1]));
        else if (flag == "--runs") runs = std::max(1, std::atoi(argv[i + 1]));
        else if (flag == "--keep") keep = argv[i + 1];
        else {
            std::fprintf(stderr, "usage: bench_load [--nodes N] [--runs R] [--keep FILE]\n");
            return 2;
        }
    }
    std::string path = keep.empty() ? "/tmp/frontdesk-bench-" + std::to_string(getpid()) + ".yaml" : keep;
    {
        std::ofstream out(path);
        frontdesk::bench::write_generated_scenario(out, nodes);
    }
    std::ifstream size_probe(path, std::ios::ate | std::ios::binary);
    double megabytes = static_cast<double>(size_probe.tellg()) / (1024.0 * 1024.0);
    std::printf("scenario: %d nodes x 3 choices, %.1f MB (%s)\n", nodes, megabytes, path.c_str());
    std::printf("%d runs each, interleaved; each in a fresh process (peak = its max RSS)\n\n", runs);

    const char* self = "/proc/self/exe";
    std::vector<std::string> modes = {"floor", "frontdesk", "loadfile"};
    std::vector<std::vector<double>> times(modes.size()), peaks(modes.size());
    for (int r = 0; r < runs; ++r)
        for (std::size_t m = 0; m < modes.size(); ++m) {
            Sample sample = measure(self, modes[m], path);
            times[m].push_back(sample.seconds);
            peaks[m].push_back(sample.peak_mb);
        }
    const char* labels[] = {"yaml-cpp events only (floor)", "frontdesk load+checks+analysis", "YAML::LoadFile (for scale)"};
    double floor_time = median(times[0]);
    std::printf("%-32s %12s %10s %12s\n", "", "median s", "x floor", "peak MB");
    for (std::size_t m = 0; m < modes.size(); ++m)
        std::printf("%-32s %12.3f %10.2f %12.1f\n", labels[m], median(times[m]), median(times[m]) / floor_time, median(peaks[m]));
    std::printf("\ntargets: frontdesk within 1.30x of the floor and under 64 MB peak\n");
    if (keep.empty()) std::remove(path.c_str());
    return 0;
}
