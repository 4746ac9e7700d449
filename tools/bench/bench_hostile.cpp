// Benchmark: the worst scenario files we know of, each at the size the 32 MB cap admits (or as deep as it
// matters), loaded with every check and every diagnostic formatted, each in a fresh child process so its
// peak memory (ru_maxrss) is its own. Prints time, peak memory, what the load reported and how much text
// the diagnostics came to. The target: every case under 256 MB peak and a few seconds.
//
//   build/bench_hostile [--megabytes M] [--only NAME] [--keep DIR]
#include <fcntl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <functional>
#include <string>
#include <vector>

#include "frontdesk/scenario_library.h"
#include "frontdesk/scenario_loader.h"

namespace {

// The head of a valid scenario whose one condition, choices or nodes the cases fill in.
const char* const scenario_head =
    "format: 1\nid: hostile\ntitle: \"Hostile\"\nlanguage: en\nrole: client\nchannel: desk\ndifficulty: 1\n"
    "summary: \"A hostile file.\"\ncharacter:\n  name: \"Ms. Test\"\n  mood: 50\nstart: opening\nnodes:\n";

std::string with_condition(const std::string& condition) {
    return std::string(scenario_head) +
           "  opening:\n    say: \"Hello.\"\n    choices:\n      - say: \"Hi.\"\n        goto: done\n        if: \"" + condition +
           "\"\n        feedback: \"Fine.\"\n      - say: \"Bye.\"\n        goto: done\n        feedback: \"Fine.\"\n"
           "  done:\n    end: success\n    debrief: \"Done.\"\n";
}

std::string repeated(const std::string& unit, std::size_t bytes) {
    std::string out;
    out.reserve(bytes + unit.size());
    while (out.size() + unit.size() <= bytes) out += unit;
    return out;
}

struct Case {
    std::string name;
    std::string what;
    std::function<std::string(std::size_t)> generate;  // the file's text for a size in bytes
};

std::vector<Case> cases() {
    return {
        {"flow-list", "top-level [{},{},...]", [](std::size_t n) { return "[" + repeated("{},", n - 4) + "{}]\n"; }},
        {"flow-map", "{k: 1, k: 1, ...} on one line", [](std::size_t n) { return "{" + repeated("k: 1, ", n - 8) + "z: 1}\n"; }},
        {"flow-lines", "a [list] spread over lines, one {} per line", [](std::size_t n) { return "[\n" + repeated("{},\n", n - 8) + "{}]\n"; }},
        {"flow-unclosed", "[[[[... never closed", [](std::size_t n) { return std::string(n, '['); }},
        {"flow-under-limit", "a 250 KB {map} of unknown keys on one line",
         [](std::size_t) {
             std::string keys;
             for (int i = 0; keys.size() < 250 * 1024; ++i) keys += "k" + std::to_string(i) + ": 1, ";
             return std::string(scenario_head) + "  opening: {" + keys + "end: success}\n";
         }},
        {"parens", "a condition in 20,000 parentheses",
         [](std::size_t) { return with_condition(std::string(20000, '(') + "mood" + std::string(20000, ')')); }},
        {"nots", "a condition of 60,000 'not'", [](std::size_t) { return with_condition(repeated("not ", 240000) + "mood"); }},
        {"minuses", "a condition of 1,000,000 unary '-'", [](std::size_t) { return with_condition(std::string(1000000, '-') + "mood"); }},
        {"block-entries", "-\\n lines (a list of empty values)", [](std::size_t n) { return repeated("-\n", n); }},
        {"unknown-keys", "k123: 1 lines (one unknown key each)",
         [](std::size_t n) {
             std::string out;
             out.reserve(n + 32);
             for (int i = 0; out.size() + 16 < n; ++i) out += "k" + std::to_string(i) + ": 1\n";
             return out;
         }},
        {"long-key", "one key as long as the file", [](std::size_t n) { return std::string(n - 4, 'k') + ": 1\n"; }},
        {"long-keys", "200 KB keys, one per line", [](std::size_t n) { return repeated(std::string(200 * 1024, 'k') + ": 1\n", n); }},
        {"huge-text", "one quoted text as long as the file", [](std::size_t n) { return "title: \"" + std::string(n - 10, 'a') + "\"\n"; }},
        {"long-texts", "250 KB texts, one per node",
         [](std::size_t n) {
             std::string out = scenario_head;
             std::string say(250 * 1024, 'a');
             for (int i = 0; out.size() + say.size() + 64 < n; ++i)
                 out += "  n" + std::to_string(i) + ":\n    say: \"" + say + "\"\n    end: success\n    debrief: \"x\"\n";
             return out + "  opening:\n    end: success\n    debrief: \"x\"\n";
         }},
        {"deep-block", "maps nested 2,000 deep",
         [](std::size_t) {
             std::string out;
             for (int i = 0; i < 2000; ++i) out += std::string(static_cast<std::size_t>(i), ' ') + "k:\n";
             return out;
         }},
        {"many-choices", "one node with choices as small as they come",
         [](std::size_t n) {
             return std::string(scenario_head) + "  opening:\n    say: \"Hi.\"\n    choices:\n" +
                    repeated("      - {say: a, goto: done}\n", n - 200) + "  done:\n    end: success\n";
         }},
        {"many-nodes", "nodes as small as they come, each with a missing goto",
         [](std::size_t n) {
             std::string out = scenario_head;
             out.reserve(n + 64);
             for (int i = 0; out.size() + 64 < n; ++i)
                 out += "  n" + std::to_string(i) + ":\n    say: a\n    choices:\n      - say: b\n        goto: m" + std::to_string(i) + "\n";
             return out;
         }},
        {"many-flags", "a different flag set by every choice",
         [](std::size_t n) {
             std::string out = std::string(scenario_head) + "  opening:\n    say: \"Hi.\"\n    choices:\n";
             out.reserve(n + 64);
             for (int i = 0; out.size() + 80 < n; ++i)
                 out += "      - say: a\n        goto: done\n        set: {f" + std::to_string(i) + ": true}\n        if: \"g" +
                        std::to_string(i) + "\"\n";
             return out + "  done:\n    end: success\n";
         }},
        {"control-characters", "an escape character on every line", [](std::size_t n) { return repeated("# \x1b[2J\n", n); }},
        {"escaped-controls", "texts full of \\e escapes", [](std::size_t n) { return "title: \"" + repeated("\\e", 120 * 1024) + "\"\n" + repeated("# pad\n", n - 260 * 1024); }},
    };
}

// Runs in the child: one load with everything printed to a counter, or a library walk.
int child_work(const std::string& mode, const std::string& path) {
    if (mode == "library") {
        std::vector<frontdesk::Diagnostic> problems;
        std::vector<std::string> files = frontdesk::find_scenario_files({path}, problems);
        std::printf("%zu files, %zu problems: %.70s\n", files.size(), problems.size(),
                    problems.empty() ? "" : problems.front().message.c_str());
        return 0;
    }
    frontdesk::LoadedScenario loaded = frontdesk::load_scenario_file(path);
    std::string printed = frontdesk::format_diagnostics(loaded);
    const auto& items = loaded.diagnostics.items();
    std::string first = items.empty() ? std::string("(no diagnostics)") : items.front().message;
    std::printf("%zu errors, %zu warnings, %.1f KB printed: %.70s\n", loaded.diagnostics.error_count(),
                loaded.diagnostics.warning_count(), printed.size() / 1024.0, first.c_str());
    return 0;
}

struct Sample {
    double seconds = 0;
    double peak_mb = 0;
    std::string report;
};

Sample measure(const std::string& mode, const std::string& path) {
    int pipe_ends[2];
    if (pipe(pipe_ends) != 0) std::exit(1);
    auto started = std::chrono::steady_clock::now();
    pid_t pid = fork();
    if (pid == 0) {
        dup2(pipe_ends[1], STDOUT_FILENO);
        close(pipe_ends[0]);
        execl("/proc/self/exe", "bench_hostile", "--child", mode.c_str(), path.c_str(), static_cast<char*>(nullptr));
        _exit(127);
    }
    close(pipe_ends[1]);
    std::string report;
    char buffer[512];
    for (ssize_t got; (got = read(pipe_ends[0], buffer, sizeof buffer)) > 0;) report.append(buffer, static_cast<std::size_t>(got));
    close(pipe_ends[0]);
    int status = 0;
    rusage usage{};
    wait4(pid, &status, 0, &usage);
    Sample sample{std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count(), usage.ru_maxrss / 1024.0, report};
    if (!sample.report.empty() && sample.report.back() == '\n') sample.report.pop_back();
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
        sample.report = WIFSIGNALED(status) ? "CRASHED, signal " + std::to_string(WTERMSIG(status)) : "FAILED";
    return sample;
}

// A folder tree `depth` levels deep with one scenario at the bottom, made relative to each folder in turn
// (the full path is longer than PATH_MAX).
void make_deep_tree(const std::filesystem::path& root, int depth) {
    std::filesystem::create_directories(root);
    int folder = open(root.c_str(), O_RDONLY | O_DIRECTORY);
    for (int i = 0; i < depth && folder >= 0; ++i) {
        mkdirat(folder, "d", 0755);
        int next = openat(folder, "d", O_RDONLY | O_DIRECTORY);
        close(folder);
        folder = next;
    }
    if (folder < 0) {
        std::fprintf(stderr, "bench_hostile: cannot make the folder tree in %s\n", root.c_str());
        std::exit(1);
    }
    int file = openat(folder, "deep.yaml", O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (file >= 0) {
        if (write(file, "format: 1\n", 10) != 10) std::fprintf(stderr, "bench_hostile: cannot write deep.yaml\n");
        close(file);
    }
    close(folder);
}

// std::filesystem::remove_all goes by full paths, which a tree this deep exceeds; rm does not.
void remove_tree(const std::filesystem::path& root) {
    std::string command = "rm -rf '" + root.string() + "'";
    if (std::system(command.c_str()) != 0) std::fprintf(stderr, "bench_hostile: could not remove %s\n", root.c_str());
}

}  // namespace

int main(int argc, char** argv) {
    if (argc == 4 && std::strcmp(argv[1], "--child") == 0) return child_work(argv[2], argv[3]);
    std::size_t megabytes = 30;
    std::string only, keep;
    for (int i = 1; i + 1 < argc; i += 2) {
        std::string flag = argv[i];
        if (flag == "--megabytes") megabytes = static_cast<std::size_t>(std::max(1, std::atoi(argv[i + 1])));
        else if (flag == "--only") only = argv[i + 1];
        else if (flag == "--keep") keep = argv[i + 1];
        else {
            std::fprintf(stderr, "usage: bench_hostile [--megabytes M] [--only NAME] [--keep DIR]\n");
            return 2;
        }
    }
    std::filesystem::path dir = keep.empty() ? std::filesystem::temp_directory_path() / ("frontdesk-hostile-" + std::to_string(getpid()))
                                             : std::filesystem::path(keep);
    std::filesystem::create_directories(dir);
    std::size_t bytes = megabytes * 1024 * 1024;
    std::printf("hostile scenario files of up to %zu MB, each loaded in a fresh process (peak = its max RSS)\n\n", megabytes);
    std::printf("%-19s %8s %8s %9s  %s\n", "case", "file MB", "seconds", "peak MB", "what the load reported");
    double worst_peak = 0;
    for (const Case& c : cases()) {
        if (!only.empty() && c.name != only) continue;
        std::string path = (dir / (c.name + ".yaml")).string();
        std::string text = c.generate(bytes);
        std::ofstream(path, std::ios::binary).write(text.data(), static_cast<std::streamsize>(text.size()));
        Sample sample = measure("load", path);
        worst_peak = std::max(worst_peak, sample.peak_mb);
        std::printf("%-19s %8.1f %8.2f %9.1f  %s\n", c.name.c_str(), text.size() / (1024.0 * 1024.0), sample.seconds,
                    sample.peak_mb, sample.report.c_str());
        std::printf("%-19s %s\n", "", c.what.c_str());
        if (keep.empty()) std::remove(path.c_str());
    }
    if (only.empty() || only == "deep-folders") {
        std::filesystem::path tree = dir / "deep-folders";
        make_deep_tree(tree, 3000);
        Sample sample = measure("library", tree.string());
        worst_peak = std::max(worst_peak, sample.peak_mb);
        std::printf("%-19s %8s %8.2f %9.1f  %s\n", "deep-folders", "-", sample.seconds, sample.peak_mb, sample.report.c_str());
        std::printf("%-19s %s\n", "", "a library folder tree 3,000 levels deep");
        if (keep.empty()) remove_tree(tree);
    }
    std::printf("\nworst peak: %.1f MB (target: under 256 MB)\n", worst_peak);
    if (keep.empty()) remove_tree(dir);
    return 0;
}
