// Benchmark: the studio's reload latency, from the scenario file rewritten on disk (closed by the writer) to
// StudioDocument::reload() done with the new layout: FileWatch's descriptor polled, changed(), reload(). For the
// largest bundled scenario and a generated 1,000-node one; each run rewrites the file with one node's line
// changed (alternately), so every reload has new bytes. Prints the median and 95th percentile. Target: at most
// 150 ms for a scenario of the library's size.
//   bench_studio_reload [--runs N] [--scenarios DIR]
#include <poll.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "bench_common.h"
#include "frontdesk/file_watch.h"
#include "frontdesk/graph_layout.h"
#include "frontdesk/scenario_loader.h"
#include "frontdesk/studio_document.h"
#include "frontdesk/studio_graph.h"
#include "generated_scenario.h"

namespace {

using namespace frontdesk;
using bench::Clock;

void write_file(const std::string& path, const std::string& bytes) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

// The text with the first value of `key` (`say: "`: the character's first line; `feedback: "`: an answer's
// feedback) given one more word, so the bytes and one node change.
std::string with_changed(const std::string& text, const std::string& key) {
    std::string changed = text;
    std::size_t at = changed.find(key);
    if (at != std::string::npos) changed.insert(at + key.size(), "Well, ");
    else changed += "\n# changed\n";
    return changed;
}

void measure(const std::string& what, const std::string& text, const std::string& key, const std::string& folder, int runs) {
    std::string path = folder + "/studio.yaml";
    write_file(path, text);
    StudioDocument document(path);
    if (document.error_count() > 0 || !document.layout()) {
        std::printf("%-56s does not load without errors (%zu), or has no layout\n", what.c_str(), document.error_count());
        return;
    }
    FileWatch watch(path);
    if (!watch.problem().empty()) std::printf("  (watching by modification time: %s)\n", watch.problem().c_str());
    std::string versions[2] = {with_changed(text, key), text};
    std::vector<double> latency, noticed, reloaded;
    std::size_t missed = 0, kept = 0;
    for (int run = 0; run < runs; ++run) {
        watch.changed();  // nothing left over from the last run
        write_file(path, versions[run % 2]);
        Clock::time_point written = Clock::now();
        bool seen = false;
        while (!seen && bench::milliseconds_since(written) < 2000) {
            if (watch.descriptor() >= 0) {
                pollfd wait{watch.descriptor(), POLLIN, 0};
                ::poll(&wait, 1, 100);
            } else {
                ::usleep(1000);
            }
            seen = watch.changed();
        }
        if (!seen) {
            ++missed;
            continue;
        }
        double notice_ms = bench::milliseconds_since(written);
        Clock::time_point reload_start = Clock::now();
        bool reloaded_now = document.reload();
        double reload_ms = bench::milliseconds_since(reload_start);
        if (!reloaded_now || !document.layout()) {
            ++missed;
            continue;
        }
        kept += document.layout_kept();
        latency.push_back(bench::milliseconds_since(written));
        noticed.push_back(notice_ms);
        reloaded.push_back(reload_ms);
    }
    // Where a reload's time goes, measured apart on the same text: loading with every check, then the graph
    // model and its layout.
    std::vector<double> load_ms, layout_ms;
    for (int run = 0; run < std::min(runs, 5); ++run) {
        Clock::time_point start = Clock::now();
        LoadedScenario loaded = load_scenario_text(path, text);
        load_ms.push_back(bench::milliseconds_since(start));
        start = Clock::now();
        lay_out_graph(build_graph_model(*loaded.scenario, *loaded.analysis));
        layout_ms.push_back(bench::milliseconds_since(start));
    }
    std::printf("%-56s %6zu %5zu   %8.1f %8.1f   %8.2f   %8.1f %8.1f   %8.1f %8.1f%s%s\n", what.c_str(), document.node_count(), text.size() / 1024,
                bench::percentile(latency, 0.5), bench::percentile(latency, 0.95), bench::percentile(noticed, 0.5),
                bench::percentile(reloaded, 0.5), bench::percentile(reloaded, 0.95), bench::percentile(load_ms, 0.5),
                bench::percentile(layout_ms, 0.5), kept ? "   (layout kept)" : "", missed ? ("   (" + std::to_string(missed) + " runs not seen or not reloaded)").c_str() : "");
}

std::string file_text(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

}  // namespace

int main(int argc, char** argv) {
    std::setvbuf(stdout, nullptr, _IOLBF, 0);
    int runs = 11;
    std::string scenarios = FRONTDESK_SCENARIO_DIR;
    for (int i = 1; i + 1 < argc; i += 2) {
        if (std::strcmp(argv[i], "--runs") == 0) runs = std::max(1, std::atoi(argv[i + 1]));
        else if (std::strcmp(argv[i], "--scenarios") == 0) scenarios = argv[i + 1];
    }
    char pattern[] = "/tmp/frontdesk-bench-reload-XXXXXX";
    if (!::mkdtemp(pattern)) {
        std::perror("mkdtemp");
        return 1;
    }
    std::string folder = pattern;
    std::printf("studio reload: file rewritten -> FileWatch noticed (poll) -> StudioDocument::reload() done (laid out again, or the layout kept); %d runs, ms\n"
                "target: total <= 150 ms for a scenario of the library's size\n", runs);
    // total: written -> reloaded; notice: written -> changed() true; reload: reload() alone; load and layout:
    // its two parts, measured apart.
    std::printf("%-56s %6s %5s   %8s %8s   %8s   %8s %8s   %8s %8s\n", "scenario", "nodes", "KB", "total 50", "total 95", "notice 50",
                "reload 50", "reload 95", "load 50", "layout 50");
    std::string largest = bench::largest_scenario_file(scenarios);
    // A changed line redraws its box, so the graph is laid out again; a changed feedback draws nothing new and
    // the layout is kept (StudioDocument::layout_kept).
    std::string generated = bench::generated_scenario_text(1000);
    if (!largest.empty()) {
        std::string bundled = file_text(largest), name = "bundled " + std::filesystem::path(largest).filename().string();
        measure(name + ", a line", bundled, "say: \"", folder, runs);
        measure(name + ", a feedback", bundled, "feedback: \"", folder, runs);
    }
    measure("generated, 1,000 nodes, a line", generated, "say: \"", folder, runs);
    measure("generated, 1,000 nodes, a feedback", generated, "feedback: \"", folder, runs);
    std::error_code ignored;
    std::filesystem::remove_all(folder, ignored);
    return 0;
}
