// The benchmarks' generated scenario, shared so that every figure is measured on the same conversation.
#pragma once

#include <algorithm>
#include <ostream>
#include <random>
#include <sstream>
#include <string>

namespace frontdesk::bench {

// A plausible scenario: long lines of dialogue, three choices per node, forward gotos (so no loop awards
// points), some conditions and flags, endings of every kind at the end. With `stage_width` 0 the first
// answer always leads to the next node, so the conversation is as deep as it is long (the loader's worst
// case); otherwise nodes come in stages of that many and every answer leads into the next stage or the one
// after, as a real conversation branches a few dozen answers deep.
inline void write_generated_scenario(std::ostream& out, int nodes, int stage_width = 0) {
    std::mt19937 random(42);
    out << "format: 1\nid: benchmark\ntitle: \"Generated benchmark scenario\"\nlanguage: en\nrole: client\n"
           "channel: phone\ndifficulty: 3\nsummary: \"A very long generated conversation for benchmarking.\"\n"
           "character:\n  name: \"Ms. Benchmark\"\n  mood: 50\non_mood_zero: n" << nodes - 1 << "\nstart: n0\nnodes:\n";
    const char* words[] = {"invoice", "appointment", "delivery", "refund", "office", "colleague", "tomorrow",
                           "reference", "sorry", "understand", "check", "number", "manager", "email", "today"};
    auto sentence = [&](int length) {
        std::string text;
        for (int i = 0; i < length; ++i) text += std::string(i ? " " : "") + words[random() % 15];
        return text;
    };
    int endings = std::max(3, nodes / 100);
    for (int i = 0; i < nodes; ++i) {
        out << "  n" << i << ":\n";
        if (i >= nodes - endings) {
            const char* kinds[] = {"success", "partial", "failure"};
            out << "    say: \"" << sentence(12) << "\"\n    end: " << kinds[i % 3] << "\n    debrief: \"" << sentence(20) << "\"\n";
            continue;
        }
        out << "    say: \"" << sentence(14) << "\"\n    choices:\n";
        for (int c = 0; c < 3; ++c) {
            int target = stage_width > 0
                             ? std::min(nodes - 1, (i / stage_width + 1) * stage_width + static_cast<int>(random() % static_cast<unsigned>(stage_width * (c == 2 ? 2 : 1))))
                             : std::min(nodes - 1, i + 1 + (c == 0 ? 0 : static_cast<int>(random() % 20)));
            out << "      - say: \"" << sentence(10) << "\"\n        goto: n" << target << "\n";
            if (c == 2 && i % 7 == 0) out << "        if: \"mood >= 30 and not flag" << (i % 10) << "\"\n";
            if (c == 1 && i % 5 == 0) out << "        set: {flag" << ((i / 5) % 10) << ": true}\n";
            out << "        score: {listening: " << static_cast<int>(random() % 5) - 2 << ", respect: "
                << static_cast<int>(random() % 5) - 2 << ", problem_solving: " << static_cast<int>(random() % 5) - 2 << "}\n";
            out << "        mood: " << (static_cast<int>(random() % 5) - 2) * 5 << "\n";
            out << "        feedback: \"" << sentence(13) << "\"\n";
        }
    }
}

// The generated scenario branching in stages 25 answers deep: the depth of a long real conversation.
inline std::string generated_scenario_text(int nodes) {
    std::ostringstream text;
    write_generated_scenario(text, nodes, std::max(1, nodes / 25));
    return text.str();
}

}  // namespace frontdesk::bench
