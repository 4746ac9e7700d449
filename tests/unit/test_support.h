// Helpers shared by the unit tests: load a scenario from text or a file, and find diagnostics in the result.
#pragma once

#include <string>

#include <doctest/doctest.h>

#include "frontdesk/scenario_loader.h"

namespace frontdesk::test {

inline LoadedScenario load_text(const std::string& text, const std::string& path = "test.yaml") {
    return load_scenario_text(path, text);
}

// A scenario file that must load without errors: the test stops there, showing its diagnostics, otherwise.
inline LoadedScenario load_playable_file(const std::string& path) {
    LoadedScenario loaded = load_scenario_file(path);
    REQUIRE_MESSAGE(loaded.playable(), format_diagnostics(loaded));
    return loaded;
}

#ifdef FRONTDESK_FIXTURE_DIR
// The same for a file under tests/fixtures ("example/angry-client-wrong-invoice.yaml").
inline LoadedScenario load_playable_fixture(const std::string& name) {
    return load_playable_file(std::string(FRONTDESK_FIXTURE_DIR) + "/" + name);
}
#endif

// The first diagnostic whose message contains `fragment`, or nullptr.
inline const Diagnostic* find_diagnostic(const LoadedScenario& loaded, const std::string& fragment) {
    for (const Diagnostic& d : loaded.diagnostics.items())
        if (d.message.find(fragment) != std::string::npos) return &d;
    return nullptr;
}

// A small valid scenario; tests change one thing in it to provoke one diagnostic.
inline std::string valid_scenario() {
    return R"YAML(format: 1
id: test-scenario
title: "A test"
language: en
role: client
channel: phone
difficulty: 2
summary: "Briefing."
character:
  name: "Ms. Test"
  mood: 40
on_mood_zero: gone
start: opening
nodes:
  opening:
    say: "Hello."
    choices:
      - say: "Hi!"
        goto: middle
        score: {listening: 2, respect: 1}
        mood: 10
        feedback: "Open question."
      - say: "What?"
        goto: middle
        score: {respect: -2}
        mood: -40
        feedback: "Rude."
  middle:
    say: "My invoice is wrong."
    choices:
      - say: "I'll fix it by five."
        goto: happy
        if: "mood >= 30"
        set: {promised: true}
        score: {problem_solving: 2}
        feedback: "Concrete next step."
      - say: "Not my department."
        goto: gone
        score: {problem_solving: -2, listening: -2}
        mood: -20
        feedback: "Passing the buck."
  happy:
    say: "Thank you."
    end: success
    debrief: "Well done."
  gone:
    say: "Goodbye."
    end: failure
    debrief: "The client left."
)YAML";
}

}  // namespace frontdesk::test
