// Privacy: a trainee's export holds all their sessions and decisions; forgetting them deletes every row and
// leaves nothing of theirs readable in the database file or its journal, while other trainees keep theirs.
#include <doctest/doctest.h>

#include <stdlib.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "frontdesk/results_store.h"
#include "frontdesk/scenario_loader.h"
#include "frontdesk/scoring.h"
#include "frontdesk/session.h"

using namespace frontdesk;
using nlohmann::json;

namespace {

struct TempDir {
    std::filesystem::path path;
    TempDir() {
        std::string pattern = (std::filesystem::temp_directory_path() / "frontdesk-privacy-XXXXXX").string();
        REQUIRE(::mkdtemp(pattern.data()) != nullptr);
        path = pattern;
    }
    ~TempDir() {
        std::error_code ignored;
        std::filesystem::remove_all(path, ignored);
    }
};

LoadedScenario example() {
    LoadedScenario loaded = load_scenario_file(FRONTDESK_FIXTURE_DIR "/example/angry-client-wrong-invoice.yaml");
    REQUIRE_MESSAGE(loaded.playable(), format_diagnostics(loaded));
    return loaded;
}

// Plays and records `answers` as the programs do (-1: the time runs out); finishes a session that ends.
std::int64_t play(ResultsStore& store, const LoadedScenario& loaded, const std::string& trainee, const std::vector<int>& answers) {
    const Scenario& scenario = *loaded.scenario;
    std::int64_t id = store.begin_session(trainee, scenario, "end", "play");
    Session session(loaded.scenario);
    int sequence = 0;
    for (int answer : answers) {
        const Decision& decision = answer < 0 ? session.time_out(40) : session.choose(answer, 2.0);
        store.record_decision(id, ++sequence, scenario, decision);
    }
    if (session.finished())
        store.finish_session(id, score_session(scenario, *loaded.analysis, session.history(), session.ending()), scenario);
    return id;
}

// Everything on disk that belongs to the database: the file, its write-ahead log and its shared-memory index.
std::string database_bytes(const std::filesystem::path& db) {
    std::string bytes;
    for (const char* suffix : {"", "-wal", "-shm", "-journal"}) {
        std::ifstream in(db.string() + suffix, std::ios::binary);
        if (in) bytes.append(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    }
    return bytes;
}

bool readable(const std::string& bytes, const std::string& text) { return bytes.find(text) != std::string::npos; }

// What Anna alone said (Bruno takes other answers), her id and her name, all unusual enough to be hers only.
const std::string anna_id = "T-ANNA-7731";
const std::string anna_name = "Annalisa Quercioli";
const std::string anna_cohort = "coh-anna-only-2026";
const std::string anna_said = "I'm sorry, Mr. Rossi. Tell me what happened.";
const std::string anna_said_later = "So March was billed twice and you want the second charge refunded. Is that right?";
const std::string bruno_id = "T-BRUNO-4410";
const std::string bruno_name = "Bruno Esposito";
const std::string bruno_said = "Calm down, sir, shouting won't help.";

struct TwoTrainees {
    TempDir dir;
    std::filesystem::path db = dir.path / "results.db";
    LoadedScenario loaded = example();
    ResultsStore store{db.string()};

    TwoTrainees() {
        store.upsert_trainee(anna_id, anna_name, anna_cohort);
        store.upsert_trainee(bruno_id, bruno_name, "coh-bruno");
        play(store, loaded, anna_id, {0, 0, 0});   // success
        play(store, loaded, bruno_id, {2});        // rude: mood 0, failure
        play(store, loaded, anna_id, {0, -1, 0});  // interrupted at the silence
        play(store, loaded, bruno_id, {1, 1});     // blames billing: failure
    }
};

}  // namespace

TEST_CASE("trainee export: every session and every decision, with the trainee") {
    TwoTrainees t;
    json data = t.store.export_trainee(anna_id);
    REQUIRE(data.is_object());
    CHECK(data["trainee"]["id"] == anna_id);
    CHECK(data["trainee"]["display_name"] == anna_name);
    CHECK(data["trainee"]["cohort"] == anna_cohort);
    REQUIRE(data["sessions"].size() == 2);
    const json& first = data["sessions"][0];
    CHECK(first["scenario_id"] == "angry-client-wrong-invoice");
    CHECK(first["ending"] == "success");
    CHECK(first["passed"] == true);
    REQUIRE(first["decisions"].size() == 3);
    CHECK(first["decisions"][0]["node"] == "opening");
    CHECK(first["decisions"][0]["choice"] == 0);
    CHECK(first["decisions"][0]["said"] == anna_said);
    CHECK(first["decisions"][1]["said"] == anna_said_later);
    const json& second = data["sessions"][1];
    CHECK(second["ended_at"].is_null());
    REQUIRE(second["decisions"].size() == 3);
    CHECK(second["decisions"][1]["timed_out"] == true);
    CHECK(second["decisions"][1]["node"] == "details");
    CHECK(second["decisions"][2]["node"] == "silence");
    // Nothing of Bruno in Anna's copy.
    CHECK_FALSE(readable(data.dump(), bruno_id));
    CHECK_FALSE(readable(data.dump(), bruno_said));

    CHECK(t.store.export_trainee("nobody").is_null());
}

TEST_CASE("trainee forget: every row goes, nothing stays readable in the file or its journal") {
    TwoTrainees t;
    json bruno_before = t.store.export_trainee(bruno_id);
    // The test would prove nothing if the search could not find what is there.
    std::string before = database_bytes(t.db);
    for (const std::string& text : {anna_id, anna_name, anna_cohort, anna_said, bruno_id, bruno_name, bruno_said})
        CHECK_MESSAGE(readable(before, text), text);

    REQUIRE(t.store.forget_trainee(anna_id));

    CHECK_FALSE(t.store.trainee(anna_id));
    ResultsFilter only_anna;
    only_anna.trainee = anna_id;
    CHECK(t.store.sessions(only_anna).empty());
    CHECK(t.store.export_trainee(anna_id).is_null());
    for (const TraineeRecord& trainee : t.store.trainees()) CHECK(trainee.id != anna_id);
    for (const SessionRecord& session : t.store.sessions(ResultsFilter{})) {
        CHECK(session.trainee == bruno_id);
        for (const DecisionRecord& decision : t.store.decisions(session.id)) CHECK(decision.said != anna_said);
    }

    // Bruno's data is all there, unchanged.
    CHECK(t.store.export_trainee(bruno_id) == bruno_before);

    std::string after = database_bytes(t.db);
    for (const std::string& text : {anna_id, anna_name, anna_cohort, anna_said, anna_said_later})
        CHECK_MESSAGE(!readable(after, text), "still readable: " + text);
    CHECK(readable(after, bruno_id));
    CHECK(readable(after, bruno_said));

    // Forgetting again, or someone unknown, changes nothing.
    CHECK_FALSE(t.store.forget_trainee(anna_id));
    CHECK_FALSE(t.store.forget_trainee("nobody"));
    CHECK(t.store.export_trainee(bruno_id) == bruno_before);
}

TEST_CASE("trainee forget: nothing readable after closing, nor with another program holding the file open") {
    TempDir dir;
    std::filesystem::path db = dir.path / "results.db";
    LoadedScenario loaded = example();
    {
        ResultsStore store(db.string());
        store.upsert_trainee(anna_id, anna_name, anna_cohort);
        store.upsert_trainee(bruno_id, bruno_name, "coh-bruno");
        play(store, loaded, anna_id, {0, 0, 0});
        play(store, loaded, bruno_id, {2});
    }
    {
        ResultsStore window(db.string());  // e.g. the window left open in the training room
        CHECK(window.trainees().size() == 2);
        ResultsStore command(db.string());
        REQUIRE(command.forget_trainee(anna_id));
        std::string open_bytes = database_bytes(db);
        for (const std::string& text : {anna_id, anna_name, anna_cohort, anna_said})
            CHECK_MESSAGE(!readable(open_bytes, text), "readable while open: " + text);
        // The other connection sees the deletion too.
        CHECK_FALSE(window.trainee(anna_id));
        CHECK(window.trainees().size() == 1);
    }
    std::string closed_bytes = database_bytes(db);
    for (const std::string& text : {anna_id, anna_name, anna_cohort, anna_said})
        CHECK_MESSAGE(!readable(closed_bytes, text), "readable after closing: " + text);
    CHECK(readable(closed_bytes, bruno_name));

    ResultsStore reopened(db.string());
    CHECK(reopened.trainees().size() == 1);
    CHECK(reopened.export_trainee(bruno_id)["sessions"].size() == 1);
}
