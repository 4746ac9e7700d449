// Diagnostics in Italian (diagnostic_translation.h). Every message the engine writes for the fixtures (every
// file under tests/fixtures, loaded as lint loads it, and the bundled scenarios) and for scenarios made to
// provoke each message family must have an Italian pattern: a message left in English fails here, naming
// it. Every pattern must be used by one of them, so a pattern whose English drifted from the engine's is
// noticed too. Then the Italian itself: the file's values kept as written, natural sentences, the severity
// words, the counts, and the language taken from --lang or the locale. To read every message of the corpus
// with its Italian: FRONTDESK_DUMP_ITALIAN=/tmp/italian.txt frontdesk_tests -ts="italian diagnostics".
#include <doctest/doctest.h>

#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "frontdesk/course_files.h"
#include "frontdesk/diagnostic_translation.h"
#include "frontdesk/house_rules.h"
#include "frontdesk/scenario_library.h"
#include "frontdesk/source_text.h"
#include "frontdesk/yaml_document.h"
#include "hostile_support.h"

using namespace frontdesk;
using frontdesk::test::replaced;
using frontdesk::test::scenario_with;
using frontdesk::test::TemporaryDirectory;
using frontdesk::test::valid_scenario;

namespace {

namespace fs = std::filesystem;

// One English message and where it came from, for the failure message.
struct Message {
    std::string english;
    std::string origin;
};

void add_all(std::vector<Message>& out, const std::vector<Diagnostic>& diagnostics, const std::string& origin) {
    for (const Diagnostic& d : diagnostics) out.push_back({d.message, origin});
}

// A scenario text made to provoke a message family: the pattern it must produce, and the text.
struct Provocation {
    const char* pattern;
    std::string text;
};

std::string repeated(const std::string& unit, std::size_t times) {
    std::string out;
    out.reserve(unit.size() * times);
    for (std::size_t i = 0; i < times; ++i) out += unit;
    return out;
}

// valid_scenario() with the condition of middle's first answer replaced.
std::string with_condition(const std::string& condition) {
    return scenario_with("if: \"mood >= 30\"", "if: \"" + condition + "\"");
}

// valid_scenario() with `node` (YAML lines, indented as a node) added before 'happy'.
std::string with_node(const std::string& node) { return scenario_with("  happy:\n", node + "  happy:\n"); }

// valid_scenario() with `text` as the opening line.
std::string with_say(const std::string& text) { return scenario_with("say: \"Hello.\"", "say: \"" + text + "\""); }

// valid_scenario() with a `briefing:` map of the given lines (indented as its entries).
std::string with_briefing(const std::string& lines) { return scenario_with("start: opening\n", "briefing:\n" + lines + "start: opening\n"); }

std::string with_time_limit(const std::string& text) { return replaced(text, "start: opening\n", "start: opening\ntime_limit: 30\n"); }

// A chain of `length` decisions (+1 or -1 listening, both onwards) ending in success: 2^length paths, too
// many to explore, so the undeserved-ending warning says it sampled them.
std::string binary_chain(int length) {
    std::string text = "format: 1\nid: chain\ntitle: \"Chain\"\nlanguage: en\nrole: client\nchannel: desk\ndifficulty: 1\n"
                       "summary: \"S.\"\ncharacter: {name: \"Ann\", mood: 50}\nstart: n0\nnodes:\n";
    for (int i = 0; i < length; ++i) {
        std::string next = i + 1 == length ? "end" : "n" + std::to_string(i + 1);
        text += "  n" + std::to_string(i) + ":\n    say: \"Go on.\"\n    choices:\n"
                "      - {say: \"Yes.\", goto: " + next + ", score: {listening: 1}, feedback: \"Good.\"}\n"
                "      - {say: \"No, not now.\", goto: " + next + ", score: {listening: -1}, feedback: \"Poor.\"}\n";
    }
    return text + "  end:\n    say: \"Bye.\"\n    end: success\n    debrief: \"Done.\"\n";
}

std::vector<Provocation> provocations() {
    const std::string valid = valid_scenario();
    std::string too_many_skills = "skills: [listening, respect, problem_solving";
    for (int i = 4; i <= 17; ++i) too_many_skills += ", s" + std::to_string(i);
    too_many_skills += "]";
    std::string long_goto = "        goto:\n";
    for (int i = 0; i < 33; ++i) long_goto += "          - if: \"mood > " + std::to_string(i) + "\"\n            node: happy\n";
    long_goto += "          - node: gone\n";
    // The ideal answers: opening 1 then nothing; opening 1 then middle 2 (failure); opening 2 to a
    // middle where no answer is offered; a middle answer that loops on itself; a success short of the best.
    const std::string ideal = "        ideal: true\n";
    std::string ideal_stops = replaced(valid, "        feedback: \"Open question.\"\n", "        feedback: \"Open question.\"\n" + ideal);
    std::string ideal_failure = replaced(ideal_stops, "        feedback: \"Passing the buck.\"\n", "        feedback: \"Passing the buck.\"\n" + ideal);
    std::string ideal_stuck = replaced(replaced(replaced(valid, "        mood: -40\n        feedback: \"Rude.\"\n",
                                                         "        mood: -30\n        feedback: \"Rude.\"\n" + ideal),
                                                "        goto: gone\n        score: {problem_solving: -2",
                                                "        goto: gone\n        if: \"mood >= 50\"\n        score: {problem_solving: -2"),
                                       "        mood: -20\n", "");
    std::string ideal_loops = replaced(replaced(ideal_stops, "        goto: gone\n        score: {problem_solving: -2",
                                                "        goto: middle\n        score: {problem_solving: -2"),
                                       "        mood: -20\n        feedback: \"Passing the buck.\"\n",
                                       "        feedback: \"Passing the buck.\"\n" + ideal);
    std::string ideal_short = replaced(replaced(valid, "        score: {respect: -2}\n        mood: -40\n        feedback: \"Rude.\"\n",
                                                "        score: {respect: 1}\n        feedback: \"Rude.\"\n" + ideal),
                                       "        feedback: \"Concrete next step.\"\n", "        feedback: \"Concrete next step.\"\n" + ideal);
    std::string one_node = "format: 1\nid: one-node\ntitle: \"One\"\nlanguage: en\nrole: client\nchannel: desk\ndifficulty: 1\n"
                           "summary: \"S.\"\ncharacter: {name: \"Ann\", mood: 50}\nstart: only\nnodes:\n"
                           "  only:\n    say: \"Bye.\"\n    end: success\n    debrief: \"d\"\n";
    std::string five_answers = "    choices:\n";
    for (int i = 0; i < 5; ++i) five_answers += "      - {say: \"A" + std::to_string(i) + "\", goto: gone, feedback: \"f\"}\n";

    return {
        // Reading the file
        {"message/carriage-return", scenario_with("title: \"A test\"", "title: \"A\rtest\"")},
        {"message/control-character", scenario_with("title: \"A test\"", "title: \"A\x1btest\"")},
        {"message/file-empty", "  \n"},
        {"message/nul-byte", std::string("format: 1\n\0x\n", 13)},
        {"message/invalid-utf8", scenario_with("title: \"A test\"", "title: \"A \xff test\"")},
        // The YAML
        {"message/anchors", scenario_with("title: \"A test\"", "title: &t \"A test\"")},
        {"message/tags", scenario_with("title: \"A test\"", "title: !!str \"A test\"")},
        {"message/key-not-plain", "? [a]\n: b\n"},
        {"message/nesting-too-deep", std::string(100, '[') + std::string(100, ']') + "\n"},
        {"message/list-too-long", "[" + repeated("{},", 100'000) + "{}]\n"},
        {"message/map-too-long", scenario_with("title: \"A test\"", "title: {" + repeated("k: 1, ", 50'000) + "z: 1}")},
        {"message/quoted-too-long", scenario_with("say: \"Hello.\"", "say: \"" + std::string(300'000, 'a') + "\"")},
        {"message/text-too-long", scenario_with("say: \"Hello.\"", "say: " + std::string(300'000, 'a'))},
        {"message/too-many-values", repeated("- a\n", max_yaml_values + 10)},
        {"message/escaped-nul", scenario_with("title: \"A test\"", "title: \"A\\0test\"")},
        {"message/escaped-control", scenario_with("title: \"A test\"", "title: \"A\\etest\"")},
        {"message/no-document", "# only a comment\n"},
        {"message/second-document", valid + "---\nb: 2\n"},
        {"yaml/tab", scenario_with("  name: \"Ms. Test\"", "\tname: \"Ms. Test\"")},
        {"yaml/outside-brackets", ","},
        {"message/yaml-syntax", scenario_with("title: \"A test\"", "title: [a, b")},
        {"yaml/indented-between", scenario_with("    say: \"My invoice is wrong.\"\n", "    say: \"My invoice is wrong.\"\n   narration: \"x\"\n")},
        {"yaml/typographic-quote", with_say("x\"\n    narration: \u201CShe sighs: again\u201D\n    debrief: \"y")},
        // Keys and values
        {"subject/the-scenario", "- a\n- b\n"},
        {"message/must-be-map", scenario_with("character:\n  name: \"Ms. Test\"\n  mood: 40", "character: 5")},
        {"message/empty-key", scenario_with("title: \"A test\"", "title: \"A test\"\n: x")},
        {"subject/node-on-enter", scenario_with("    say: \"My invoice is wrong.\"", "    on_enter: 5\n    say: \"My invoice is wrong.\"")},
        {"subject/node-on-timeout", scenario_with("    say: \"My invoice is wrong.\"", "    on_timeout: 5\n    say: \"My invoice is wrong.\"")},
        {"message/duplicate-key", scenario_with("title: \"A test\"", "title: \"A test\"\ntitle: \"Again\"")},
        {"hint/did-you-mean", scenario_with("  mood: 40", "  mood: 40\n  mod: 3")},
        {"hint/keys-in-english", scenario_with("title: \"A test\"", "titolo: \"A test\"")},
        {"hint/expected-keys", scenario_with("title: \"A test\"", "title: \"A test\"\nzzzzzzzz: 1")},
        {"message/missing-key", scenario_with("summary: \"Briefing.\"\n", "")},
        {"message/text-empty", scenario_with("title: \"A test\"", "title:")},
        {"message/must-be-text", scenario_with("title: \"A test\"", "title: [a, b]")},
        {"message/whole-number-fraction", scenario_with("difficulty: 2", "difficulty: 2.5")},
        {"message/whole-number-kind", scenario_with("difficulty: 2", "difficulty: [2]")},
        {"message/whole-number", scenario_with("difficulty: 2", "difficulty: high")},
        {"message/number-quoted", scenario_with("difficulty: 2", "difficulty: \"2\"")},
        {"message/out-of-range", scenario_with("difficulty: 2", "difficulty: 99999999999999")},
        {"message/flag-italian-value", scenario_with("set: {promised: true}", "set: {promised: vero}")},
        {"message/flag-yes-no", scenario_with("set: {promised: true}", "set: {promised: yes}")},
        {"message/flag-value", scenario_with("set: {promised: true}", "set: {promised: maybe}")},
        {"message/one-of-kind", scenario_with("role: client", "role: [client]")},
        {"message/one-of-italian", scenario_with("role: client", "role: cliente")},
        {"message/one-of", scenario_with("role: client", "role: clinet")},
        {"message/bool-italian", scenario_with("feedback: \"Rude.\"", "feedback: \"Rude.\"\n        ideal: vero")},
        {"message/bool-kind", scenario_with("feedback: \"Rude.\"", "feedback: \"Rude.\"\n        ideal: [true]")},
        {"message/bool", scenario_with("feedback: \"Rude.\"", "feedback: \"Rude.\"\n        ideal: maybe")},
        // The scenario's structure
        {"message/format-unsupported", scenario_with("format: 1", "format: 2")},
        {"message/skills-not-list", scenario_with("summary: \"Briefing.\"", "summary: \"Briefing.\"\nskills: listening")},
        {"message/too-many-skills", scenario_with("summary: \"Briefing.\"", "summary: \"Briefing.\"\n" + too_many_skills)},
        {"message/skill-name", scenario_with("summary: \"Briefing.\"", "summary: \"Briefing.\"\nskills: [listening, respect, problem_solving, mood]")},
        {"message/skill-twice", scenario_with("summary: \"Briefing.\"", "summary: \"Briefing.\"\nskills: [listening, respect, problem_solving, respect]")},
        {"message/skills-empty", scenario_with("summary: \"Briefing.\"", "summary: \"Briefing.\"\nskills: []")},
        {"message/no-such-node", scenario_with("start: opening", "start: openin")},
        {"message/nodes-empty", valid.substr(0, valid.find("nodes:")) + "nodes: {}\n"},
        {"message/node-id-form", with_node("  \"bad id!\":\n    say: \"x\"\n    end: failure\n    debrief: \"y\"\n")},
        {"message/ending-with-choices", scenario_with("    end: success\n", "    end: success\n    choices:\n      - say: \"x\"\n        goto: gone\n")},
        {"message/neither-choices-nor-end", scenario_with("    end: success\n", "")},
        {"message/debrief-not-ending", scenario_with("    end: success\n", "")},
        {"message/ending-timeout", scenario_with("    end: success\n", "    end: success\n    on_timeout: {goto: gone}\n")},
        {"message/ending-order", scenario_with("    end: success\n", "    end: success\n    order: fixed\n")},
        {"message/neither-say-nor-narration", scenario_with("    say: \"My invoice is wrong.\"\n", "")},
        {"message/narration-in-brackets", scenario_with("    say: \"My invoice is wrong.\"", "    narration: \"(sighs)\"\n    say: \"My invoice is wrong.\"")},
        {"message/stage-direction-in-say", scenario_with("say: \"My invoice is wrong.\"", "say: \"(sighs) My invoice is wrong.\"")},
        {"message/choices-not-list", with_node("  extra:\n    say: \"x\"\n    choices: {a: 1}\n")},
        {"message/choices-empty", with_node("  extra:\n    say: \"x\"\n    choices: []\n")},
        {"message/two-ideal", replaced(ideal_stops, "        feedback: \"Rude.\"\n", "        feedback: \"Rude.\"\n" + ideal)},
        {"message/on-enter-nothing", scenario_with("    say: \"My invoice is wrong.\"", "    on_enter: {}\n    say: \"My invoice is wrong.\"")},
        {"message/goto-map", scenario_with("        goto: happy", "        goto: {node: happy}")},
        {"message/goto-empty", scenario_with("        goto: happy", "        goto: []")},
        {"message/goto-too-many", scenario_with("        goto: happy\n", long_goto)},
        {"hint/skills-in-english", scenario_with("score: {problem_solving: 2}", "score: {ascolto: 2}")},
        {"message/score-undeclared-skill", scenario_with("score: {problem_solving: 2}", "score: {listning: 2}")},
        {"message/flag-name", scenario_with("set: {promised: true}", "set: {mood: true}")},
        {"message/flag-is-skill", scenario_with("set: {promised: true}", "set: {respect: true}")},
        {"message/visited-no-such-node", with_condition("visited(nowhere)")},
        {"message/flag-never-set", with_condition("promisd")},
        {"message/typographic-quotes", with_say("x\"\n    narration: \u201CShe sighs.\u201D\n    debrief: \"y")},
        // Placeholders
        {"message/placeholder-like-trainee", with_say("Hello {nome}.")},
        {"message/placeholder-unknown", with_say("Hello {xyz}.")},
        {"message/placeholder-not-a-form", with_say("I am {f:sure|x:sure|n:certain}.")},
        {"message/placeholder-form-twice", with_say("I am {f:sure|f:sure|m:sure}.")},
        {"message/placeholder-form-missing", with_say("I am {f:sure|m:sure}.")},
        {"message/placeholder-unclosed", with_say("I am {f:sure.")},
        // Conditions
        {"condition/empty", with_condition("")},
        {"condition/unmatched-close", with_condition("mood > 1)")},
        {"condition/unexpected", with_condition("mood >= 30 promised")},
        {"condition/number-too-large", with_condition("99999999999999999999 > 1")},
        {"condition/single-equals", with_condition("mood = 30")},
        {"condition/ampersands", with_condition("promised && mood > 1")},
        {"condition/bars", with_condition("promised || mood > 1")},
        {"condition/bang", with_condition("!promised")},
        {"condition/unexpected-character", with_condition("mood >= 30 #")},
        {"condition/too-deep", with_condition(std::string(40, '(') + "mood" + std::string(40, ')'))},
        {"condition/chained", with_condition("1 < 2 < 3")},
        {"condition/ends-early", with_condition("mood >=")},
        {"condition/unclosed", with_condition("(mood > 1")},
        {"condition/value-missing", with_condition("mood > )")},
        {"condition/visited-form", with_condition("visited")},
        {"condition/visited-argument", with_condition("visited(1)")},
        {"condition/visited-close", with_condition("visited(opening middle)")},
        {"condition/unknown-function", with_condition("seen(opening)")},
        // The whole graph
        {"message/scoring-loop-timeout",
         with_time_limit(scenario_with("    say: \"Hello.\"\n", "    say: \"Hello.\"\n    on_timeout: {goto: opening, score: {listening: 1}, feedback: \"Slow.\"}\n"))},
        {"message/no-debrief", scenario_with("    debrief: \"Well done.\"\n", "")},
        {"message/all-conditional", scenario_with("        goto: gone\n        score: {problem_solving: -2", "        goto: gone\n        if: \"mood < 10\"\n        score: {problem_solving: -2")},
        {"message/repeated-goto-condition",
         scenario_with("        goto: happy\n", "        goto:\n          - if: \"mood > 50\"\n            node: happy\n          - if: \"mood > 50\"\n            node: gone\n          - node: happy\n")},
        {"message/timeout-no-feedback", with_time_limit(scenario_with("    say: \"Hello.\"\n", "    say: \"Hello.\"\n    on_timeout: {goto: gone}\n"))},
        {"message/timeout-never-fires", scenario_with("    say: \"Hello.\"\n", "    say: \"Hello.\"\n    on_timeout: {goto: gone, feedback: \"Slow.\"}\n")},
        // The declared ideal path
        {"hint/sampled", binary_chain(40)},
        {"ideal/stops", ideal_stops},
        {"advice/mark-there", ideal_stops},
        {"hint/the-path", ideal_stops},
        {"ideal/wrong-ending", ideal_failure},
        {"advice/mark-or-make-success", ideal_failure},
        {"ideal/stuck", ideal_stuck},
        {"advice/mark-to-success", ideal_stuck},
        {"ideal/loops", ideal_loops},
        {"ideal/not-best", ideal_short},
        {"advice/mark-the-most", ideal_short},
        // The house rules (checked on every provocation that loads without errors)
        {"message/house-nodes", one_node},
        {"message/house-endings", valid},
        {"message/house-skill-best", valid},
        {"message/house-too-few-answers", with_node("  extra:\n    say: \"x\"\n    choices:\n      - {say: \"y\", goto: gone, feedback: \"f\"}\n")},
        {"message/house-too-many-answers", with_node("  extra:\n    say: \"x\"\n" + five_answers)},
        {"message/house-briefing-both", valid},
        {"message/house-briefing", with_briefing("  you_can:\n    - \"Help\"\n")},
        // The channel keys on the wrong channel (the valid scenario is a phone call)
        {"message/call-off-the-phone", replaced(scenario_with("    say: \"Hello.\"\n", "    say: \"Hello.\"\n    call: hold\n"),
                                                "channel: phone", "channel: desk")},
        {"message/visibility-off-social", scenario_with("    say: \"Hello.\"\n", "    say: \"Hello.\"\n    visibility: private\n")},
        // The briefing's lists
        {"message/briefing-needs-a-list", with_briefing("  order: fixed\n")},
        {"message/briefing-not-a-list", with_briefing("  you_can: \"Everything\"\n")},
        {"message/briefing-too-many", with_briefing("  you_can: [a, b, c, d, e, f, g, h, i]\n")},
        {"message/briefing-empty-item", with_briefing("  you_can: [\"\"]\n")},
        {"message/briefing-long-item", with_briefing("  you_can: [\"" + std::string(320, 'a') + "\"]\n  you_cannot: [\"No\"]\n")},
        {"message/briefing-empty-list", with_briefing("  you_cannot: []\n")},
    };
}

// What lint says about `text`: the load's diagnostics, and the house rules when it has no errors.
std::vector<Diagnostic> lint_text(const std::string& text) {
    LoadedScenario loaded = load_scenario_text("provocation.yaml", text);
    if (loaded.scenario && loaded.analysis && !loaded.diagnostics.has_errors())
        check_house_rules(*loaded.scenario, *loaded.analysis, loaded.diagnostics);
    return loaded.diagnostics.items();
}

// Every file under a folder of fixtures, loaded as `lint --house-rules FOLDER` loads it.
void lint_folder(const std::string& folder, std::vector<Message>& out) {
    std::vector<Diagnostic> problems;
    std::vector<std::string> files = find_scenario_files({folder}, problems);
    add_all(out, problems, folder);
    LibraryCheck library;
    for (const std::string& file : files) {
        LoadedScenario loaded = load_scenario_file(file);
        if (loaded.scenario && loaded.analysis && !loaded.diagnostics.has_errors())
            check_house_rules(*loaded.scenario, *loaded.analysis, loaded.diagnostics);
        library.add(loaded);
        add_all(out, loaded.diagnostics.items(), file);
    }
}

// The messages of courses: each fixture folder's courses/ against the bundled library (as lint checks them
// with --scenarios), and what needs a made-up library or folder.
void course_messages(std::vector<Message>& out) {
    std::vector<std::shared_ptr<const Scenario>> library;
    std::vector<Diagnostic> problems;
    for (const std::string& file : find_scenario_files({FRONTDESK_SCENARIO_DIR}, problems)) library.push_back(load_scenario_file(file).scenario);
    for (const auto& entry : fs::directory_iterator(FRONTDESK_FIXTURE_DIR))
        if (entry.is_directory())
            for (const LoadedCourse& loaded : load_courses(course_folder(entry.path().string()), library))
                add_all(out, loaded.diagnostics.items(), loaded.diagnostics.path());
    const std::string header = "course: 1\nid: c\ntitle: C\nlanguage: it\ncohorts: [d]\nsteps:\n";
    LoadedCourse empty_library = load_course_text("c.yaml", header + "  - scenario: a\n");
    check_course(empty_library, {});
    add_all(out, empty_library.diagnostics.items(), "a course against an empty library");
    LoadedCourse english = load_course_text("c.yaml", header + "  - scenario: phone-transfer-message\n");
    check_course(english, library);
    add_all(out, english.diagnostics.items(), "an Italian course with an English scenario");
    std::string many = header;
    for (int i = 0; i < 502; ++i) many += "  - scenario: s" + std::to_string(i) + "\n";
    add_all(out, load_course_text("many.yaml", many).diagnostics.items(), "a course of 502 steps");
    add_all(out, load_course_text("empty.yaml", " \n").diagnostics.items(), "an empty course file");
    TemporaryDirectory directory;
    std::string file_not_folder = directory.write("courses", "not a folder");
    for (const LoadedCourse& loaded : load_courses(file_not_folder, library)) add_all(out, loaded.diagnostics.items(), file_not_folder);
}

// The messages of files and folders on disk: missing, a folder, a device, too large, folder links and depth.
void filesystem_messages(std::vector<Message>& out) {
    TemporaryDirectory directory;
    const fs::path& root = directory.path();
    auto read = [&](const std::string& path, std::size_t max_bytes = max_scenario_file_bytes) {
        DiagnosticList diagnostics(path);
        read_source_file(path, diagnostics, max_bytes);
        add_all(out, diagnostics.items(), path);
    };
    read((root / "missing.yaml").string());  // cannot-open
    read(root.string());                     // is-directory
    read("/dev/zero");                       // not-regular
    read(directory.write("big.yaml", std::string(200, 'a')), 100);  // file-too-large
    std::vector<Diagnostic> problems;
    find_scenario_files({(root / "no-such-folder").string()}, problems);  // no-such-path
    fs::create_directories(root / "library" / "sub");
    fs::create_directory_symlink(root / "library", root / "library" / "sub" / "back");  // folder-searched
    fs::path deep = root / "deep";
    for (int level = 0; level <= max_library_depth + 1; ++level) deep /= "d" + std::to_string(level);
    fs::create_directories(deep);  // folder-too-deep
    find_scenario_files({(root / "library").string(), (root / "deep").string()}, problems);
    add_all(out, problems, root.string());
}

// The whole corpus, built once: the fixtures, the bundled scenarios, the provocations and the file system.
struct Corpus {
    std::vector<Message> messages;
    std::map<std::string, std::set<std::string>> patterns_of_provocation;  // by the pattern it is meant to provoke
};

const Corpus& corpus() {
    static const Corpus built = [] {
        Corpus out;
        // Each folder of fixtures as lint checks it (its files against each other too), then the bundled library.
        for (const auto& entry : fs::directory_iterator(FRONTDESK_FIXTURE_DIR))
            if (entry.is_directory()) lint_folder(entry.path().string(), out.messages);
        lint_folder(FRONTDESK_SCENARIO_DIR, out.messages);
        for (const Provocation& provocation : provocations()) {
            std::set<std::string>& made = out.patterns_of_provocation[provocation.pattern];
            for (const Diagnostic& d : lint_text(provocation.text)) {
                out.messages.push_back({d.message, std::string("the provocation of ") + provocation.pattern});
                for (const std::string& used : translate_diagnostic(d.message, Language::it).patterns) made.insert(used);
            }
        }
        filesystem_messages(out.messages);
        course_messages(out.messages);
        return out;
    }();
    return built;
}

// Patterns no test can provoke on every machine, with the reason.
const std::map<std::string, const char*> not_provoked = {
    {"message/cannot-read", "a file stat() sees but open() refuses: chmod 000 is readable to root, who may run the tests"},
    {"message/cannot-read-whole", "a file that shrinks while it is read"},
    {"message/folder-unreadable", "a folder that disappears between being listed and being searched"},
    {"message/folder-unreadable-unchecked", "a folder that cannot be listed: chmod 000 is readable to root"},
    {"message/aliases", "an alias ('*name') needs an anchor, which is refused first; without one, yaml-cpp reports it"},
    {"message/course-folder-unreadable", "a course folder that cannot be listed: chmod 000 is readable to root"},
    {"message/parser-too-deep", "yaml-cpp's own depth guard, which the engine's nesting limit reaches first"},
};

}  // namespace

TEST_SUITE("italian diagnostics") {

TEST_CASE("every message of the fixtures, the bundled scenarios and the provocations has an Italian pattern") {
    const Corpus& all = corpus();
    REQUIRE(all.messages.size() > 200);
    std::set<std::string> untranslated;
    for (const Message& message : all.messages) {
        DiagnosticTranslation translation = translate_diagnostic(message.english, Language::it);
        if (!translation.translated && untranslated.insert(message.english).second)
            FAIL_CHECK("no Italian pattern for this message (from " << message.origin << "):\n  " << message.english);
    }
    CHECK(untranslated.empty());
    // FRONTDESK_DUMP_ITALIAN=FILE writes every message with its Italian, for whoever reviews the translation.
    if (const char* dump = std::getenv("FRONTDESK_DUMP_ITALIAN")) {
        std::set<std::string> seen;
        std::ofstream out(dump);
        for (const Message& message : all.messages)
            if (seen.insert(message.english).second)
                out << message.english << "\n  -> " << translate_diagnostic(message.english, Language::it).text << "\n";
    }
}

TEST_CASE("every pattern is used by some message, and each provocation provokes its pattern") {
    const Corpus& all = corpus();
    std::set<std::string> used;
    for (const Message& message : all.messages)
        for (const std::string& pattern : translate_diagnostic(message.english, Language::it).patterns) used.insert(pattern);
    for (const std::string& name : diagnostic_pattern_names()) {
        if (used.count(name) || not_provoked.count(name)) continue;
        FAIL_CHECK("pattern " << name << " matches no message: its English may differ from the engine's, or it needs a provocation");
    }
    // Entries copied out of the pairs: a structured binding cannot be captured by doctest's lambdas in C++17.
    for (const auto& entry : all.patterns_of_provocation) {
        const std::string& pattern = entry.first;
        CHECK_MESSAGE(entry.second.count(pattern) == 1, "the provocation of " << pattern << " does not produce it");
    }
    for (const auto& entry : not_provoked) {
        const std::string& name = entry.first;
        const auto& reason = entry.second;
        std::vector<std::string> names = diagnostic_pattern_names();
        CHECK_MESSAGE(std::find(names.begin(), names.end(), name) != names.end(), name << " is not a pattern (" << reason << ")");
    }
}

TEST_CASE("the Italian keeps the file's values as written and reads as an Italian trainer would write it") {
    auto it = [](const std::string& english) {
        DiagnosticTranslation translation = translate_diagnostic(english, Language::it);
        CHECK_MESSAGE(translation.translated, english);
        return translation.text;
    };
    CHECK(it("unknown key 'sya' in node 'apertura'; did you mean 'say'?") ==
          "chiave sconosciuta 'sya' nel nodo 'apertura'; forse intendeva 'say'?");
    CHECK(it("unknown key 'sya' in choice 1 of node 'apertura'; did you mean 'say'?") ==
          "chiave sconosciuta 'sya' nella risposta 1 del nodo 'apertura'; forse intendeva 'say'?");
    CHECK(it("unknown key 'nmae' in 'character'; did you mean 'name'?") == "chiave sconosciuta 'nmae' in 'character'; forse intendeva 'name'?");
    CHECK(it("missing required key 'summary' in the scenario") == "manca la chiave obbligatoria 'summary' nello scenario");
    CHECK(it("node 'x' cannot be reached from the start node 'y'") == "il nodo 'x' non è raggiungibile dal nodo iniziale 'y'");
    CHECK(it("an ending has no 'on_timeout'; remove it from node 'fine'") == "un finale non ha 'on_timeout'; lo tolga dal nodo 'fine'");
    CHECK(it("'choices' of node 'banco' must be a list of choices, each starting with '- say:'") ==
          "'choices' del nodo 'banco' deve essere un elenco di risposte, ognuna introdotta da '- say:'");
    CHECK(it("'goto' names node 'clossing', which does not exist; did you mean 'closing'?") ==
          "'goto' indica il nodo 'clossing', che non esiste; forse intendeva 'closing'?");
    CHECK(it("'mood' must be a whole number between -100 and 100, found 'alto'") ==
          "'mood' deve essere un numero intero tra -100 e 100, invece vale 'alto'");
    // Quoted values stay as written, even when they hold the pattern's own words.
    CHECK(it("unknown key 'in node' in node 'did you mean'; did you mean 'node'?") ==
          "chiave sconosciuta 'in node' nel nodo 'did you mean'; forse intendeva 'node'?");
    // Numbers the Italian way, and the article before a percentage as it is read aloud.
    CHECK(it("this 'goto' lists 2,000 entries; a conditional goto has at most 32 (split the decision over more nodes)") ==
          "questo 'goto' elenca 2.000 voci; un goto condizionale ne può avere al massimo 32 (distribuisca la decisione su più nodi)");
    CHECK(it("the best answers are 2.5 times as long as the others on average (64 characters against 25): length gives the best "
             "answer away; make some good answers short and some poor ones long")
              .find("lunghe 2,5 volte le altre") != std::string::npos);
    std::string passes = "a trainee who always picks the longest answer passes: 'done' (success) with 88% overall (pass 60) after a 1 -> b "
                         "(no answer in time); make some good answers short and some poor ones long";
    CHECK(it(passes) ==
          "un partecipante che sceglie sempre la risposta più lunga supera lo scenario: arriva a 'done' (successo) con l'88% complessivo "
          "(soglia 60) seguendo il percorso a 1 -> b (nessuna risposta in tempo); renda brevi alcune risposte buone e lunghe alcune "
          "risposte scadenti");
    CHECK(it(replaced(passes, "88%", "60%")).find("con il 60% complessivo") != std::string::npos);
    // Plurals.
    CHECK(it("[house rule] node 'n0' has 1 answer; the house rules ask for 2 to 4, so there is a choice to make") ==
          "[regola interna] il nodo 'n0' ha 1 risposta; le regole interne ne chiedono da 2 a 4, così c'è una scelta da fare");
    CHECK(it("[house rule] node 'n0' has 5 answers; the house rules ask for 2 to 4, so a trainee can weigh them all") ==
          "[regola interna] il nodo 'n0' ha 5 risposte; le regole interne ne chiedono da 2 a 4, così un partecipante può valutarle tutte");
    // The parts a message is made of.
    CHECK(it("invalid condition: write 'and' instead of '&&'") == "condizione non valida: scriva 'and' invece di '&&'");
    CHECK(it("the declared ideal path is not the best: it scores 1 of 4 listening and 1 of 3 respect (the path: opening 2 -> details 1); "
             "mark the answers that score the most, or score the ideal ones higher") ==
          "il percorso ideale dichiarato non è il migliore: ottiene 1 su 4 listening e 1 su 3 respect (il percorso: opening 2 -> details 1); "
          "segni le risposte che danno più punti, oppure dia più punti a quelle ideali");
    CHECK(it("YAML syntax: end of map not found") == "sintassi YAML: manca la fine di una mappa");
    CHECK(it("cannot open: No such file or directory") == "impossibile aprire il file: file o cartella inesistente");
    CHECK(it("text holds control character U+001B (escape), written as an escape; remove it (control characters can hide or rewrite "
             "what a terminal or the window shows)")
              .find("il carattere di controllo U+001B (escape)") != std::string::npos);
}

TEST_CASE("a message without a pattern stays in English and says so; English is the message itself") {
    DiagnosticTranslation unknown = translate_diagnostic("a message no pattern knows", Language::it);
    CHECK_FALSE(unknown.translated);
    CHECK(unknown.text == "a message no pattern knows");
    CHECK(unknown.patterns.empty());
    // A known family with an unknown part is not half translated.
    CHECK_FALSE(translate_diagnostic("YAML syntax: something yaml-cpp never said", Language::it).translated);
    CHECK_FALSE(translate_diagnostic("unknown key 'x' in the moon", Language::it).translated);
    DiagnosticTranslation english = translate_diagnostic("unknown key 'sya' in node 'a'", Language::en);
    CHECK(english.translated);
    CHECK(english.text == "unknown key 'sya' in node 'a'");
    CHECK(translate_phrase(Phrase::path, "a 1 -> b (no answer in time)", Language::it) == "a 1 -> b (nessuna risposta in tempo)");
    CHECK(translate_phrase(Phrase::path, "no answer", Language::it) == "(nessuna risposta)");
    CHECK(translate_phrase(Phrase::ideal_path_problem, "never reaches an ending: it is stuck at node 'x'", Language::it) ==
          "non arriva mai a un finale: resta bloccato al nodo 'x'");
}

TEST_CASE("printed diagnostics: the severity in Italian, the source line and caret unchanged, English byte for byte") {
    LoadedScenario loaded = load_scenario_text("t.yaml", scenario_with("    say: \"Hello.\"", "    sya: \"Hello.\""));
    REQUIRE_FALSE(loaded.diagnostics.items().empty());
    CHECK(format_diagnostics(loaded, Language::en) == format_diagnostics(loaded));
    std::string italian = format_diagnostics(loaded, Language::it);
    CHECK(italian.find("t.yaml:16:5: errore: chiave sconosciuta 'sya' nel nodo 'opening'; forse intendeva 'say'?\n"
                       " 16 |     sya: \"Hello.\"\n"
                       "    |     ^~~\n") != std::string::npos);
    CHECK(italian.find(": error:") == std::string::npos);
    Diagnostic note{Severity::note, "t.yaml", {3, 1}, "'x' first defined here"};
    CHECK(format_diagnostic(note, nullptr, Language::it) == "t.yaml:3:1: nota: qui la prima definizione di 'x'\n");
    Diagnostic warning{Severity::warning, "t.yaml", {}, "no such file or folder"};
    CHECK(format_diagnostic(warning, nullptr, Language::it) == "t.yaml: avviso: file o cartella inesistente\n");
    CHECK(std::string(severity_word(Severity::error, Language::it)) == "errore");
}

TEST_CASE("what was not kept is counted in Italian, singular and plural") {
    DiagnosticList one("f.yaml", 1);
    one.error({1, 1}, "a");
    one.error({2, 1}, "b");
    CHECK(format_omitted(one, Language::it) == "f.yaml: ... e un altro errore\n");
    CHECK(format_omitted(one, Language::en) == format_omitted(one));
    DiagnosticList many("f.yaml", 1);
    for (int i = 0; i < 1500; ++i) many.warning({1, 1}, "w");
    CHECK(format_omitted(many, Language::it) == "f.yaml: ... e altri 1.499 avvisi\n");
    many.error({1, 1}, "e");
    CHECK(format_omitted(many, Language::it) == "f.yaml: ... e altri 1.500 tra errori e avvisi\n");
}

TEST_CASE("the language: --lang when given, else the first of LC_ALL, LC_MESSAGES and LANG that is set") {
    struct Saved {
        const char* name;
        std::optional<std::string> value;
    };
    std::vector<Saved> saved;
    for (const char* name : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
        const char* value = std::getenv(name);
        saved.push_back({name, value ? std::optional<std::string>(value) : std::nullopt});
        ::unsetenv(name);
    }
    CHECK(language_from_environment() == Language::en);
    ::setenv("LANG", "it_IT.UTF-8", 1);
    CHECK(language_from_environment() == Language::it);
    CHECK(trainer_language("") == Language::it);
    CHECK(trainer_language("en") == Language::en);
    ::setenv("LC_MESSAGES", "en_GB.UTF-8", 1);
    CHECK(language_from_environment() == Language::en);
    ::setenv("LC_ALL", "it_CH", 1);
    CHECK(language_from_environment() == Language::it);
    ::setenv("LC_ALL", "C", 1);
    CHECK(language_from_environment() == Language::en);
    CHECK(trainer_language("it") == Language::it);
    ::setenv("LC_ALL", "", 1);  // empty counts as not set
    CHECK(language_from_environment() == Language::en);
    ::unsetenv("LC_MESSAGES");
    CHECK(language_from_environment() == Language::it);
    for (const Saved& s : saved) {
        if (s.value) ::setenv(s.name, s.value->c_str(), 1);
        else ::unsetenv(s.name);
    }
}

}  // TEST_SUITE
