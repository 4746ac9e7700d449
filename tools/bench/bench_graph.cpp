// Benchmark: the studio's graph layout (model + Graphviz dot + reading the geometry back) for generated
// scenarios of 100 and 1,000 nodes (branching in stages, 25 answers deep) and for the largest bundled scenario, and the SVG drawn from it. Prints
// the median and 95th percentile of several runs. Target: 1,000 nodes laid out in under 1 s.
//   bench_graph [--runs N] [--scenarios DIR]
#include <algorithm>
#include <chrono>
#include <ctime>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <string>
#include <vector>

#include "frontdesk/graph_drawing.h"
#include "frontdesk/graph_layout.h"
#include "frontdesk/scenario_loader.h"
#include "frontdesk/studio_graph.h"
#include "bench_common.h"
#include "generated_scenario.h"

namespace {

using frontdesk::LoadedScenario;
using frontdesk::bench::percentile;

void measure(const char* what, const LoadedScenario& loaded, int runs) {
    if (!loaded.playable()) {
        std::printf("%-44s does not load without errors\n", what);
        return;
    }
    std::vector<double> layout_ms, layout_cpu_ms, svg_ms;
    std::size_t boxes = 0, arrows = 0;
    for (int run = 0; run < runs; ++run) {
        auto start = std::chrono::steady_clock::now();
        std::clock_t cpu_start = std::clock();
        frontdesk::GraphModel model = frontdesk::build_graph_model(*loaded.scenario, *loaded.analysis);
        frontdesk::GraphLayoutResult result = frontdesk::lay_out_graph(model);
        auto laid_out = std::chrono::steady_clock::now();
        std::clock_t cpu_laid_out = std::clock();
        if (!result.layout) {
            std::printf("%-44s layout failed: %s\n", what, result.problems.empty() ? "?" : result.problems.front().c_str());
            return;
        }
        std::string svg = frontdesk::graph_svg(model, *result.layout);
        auto drawn = std::chrono::steady_clock::now();
        layout_ms.push_back(std::chrono::duration<double, std::milli>(laid_out - start).count());
        layout_cpu_ms.push_back(1000.0 * static_cast<double>(cpu_laid_out - cpu_start) / CLOCKS_PER_SEC);
        svg_ms.push_back(std::chrono::duration<double, std::milli>(drawn - laid_out).count());
        boxes = model.boxes.size();
        arrows = model.arrows.size();
    }
    std::printf("%-44s %6zu %7zu   %9.1f %9.1f %9.1f   %8.1f %8.1f\n", what, boxes, arrows, percentile(layout_ms, 0.5), percentile(layout_ms, 0.95),
                percentile(layout_cpu_ms, 0.5), percentile(svg_ms, 0.5), percentile(svg_ms, 0.95));
}

LoadedScenario generated(int nodes) {
    return frontdesk::load_scenario_text("generated-" + std::to_string(nodes) + ".yaml", frontdesk::bench::generated_scenario_text(nodes));
}

}  // namespace

int main(int argc, char** argv) {
    std::setvbuf(stdout, nullptr, _IOLBF, 0);  // each figure as soon as it is measured
    int runs = 7;
    std::string scenarios = FRONTDESK_SCENARIO_DIR;
    for (int i = 1; i + 1 < argc; i += 2) {
        if (std::strcmp(argv[i], "--runs") == 0) runs = std::max(1, std::atoi(argv[i + 1]));
        else if (std::strcmp(argv[i], "--scenarios") == 0) scenarios = argv[i + 1];
    }
    std::string largest = frontdesk::bench::largest_scenario_file(scenarios);
    std::printf("studio graph layout (model + Graphviz dot), and the SVG drawn from it; %d runs each, times in ms\n", runs);
    // Wall-clock medians and 95th percentiles; "cpu 50" is the median processor time of the layout, which a
    // machine busy with other work disturbs less than the wall clock.
    std::printf("%-44s %6s %7s   %9s %9s %9s   %8s %8s\n", "scenario", "boxes", "arrows", "layout 50", "layout 95", "cpu 50", "svg 50", "svg 95");
    if (!largest.empty()) measure(("bundled " + std::filesystem::path(largest).filename().string()).c_str(), frontdesk::load_scenario_file(largest), runs);
    measure("generated, 100 nodes", generated(100), runs);
    measure("generated, 1,000 nodes (target < 1,000 ms)", generated(1000), runs);
    return 0;
}
