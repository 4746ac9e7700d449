// Privacy: a trainee's export holds all their sessions and decisions (every backend); forgetting them
// deletes every row and leaves nothing of theirs readable in the SQLite file or its journal, while other
// trainees keep theirs, and says so honestly when another program keeps old copies readable.
#include <doctest/doctest.h>
#include <sqlite3.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "store_backends.h"

using namespace frontdesk;
using frontdesk::test::record_play;
using frontdesk::test::TemporaryFolder;
using nlohmann::json;

namespace {

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

std::size_t copies(const std::string& bytes, const std::string& text) {
    std::size_t count = 0;
    for (std::size_t at = bytes.find(text); at != std::string::npos; at = bytes.find(text, at + 1)) ++count;
    return count;
}

// What Anna alone said (Bruno takes other answers), her id and her name, all unusual enough to be hers only.
const std::string anna_id = "T-ANNA-7731";
const std::string anna_name = "Annalisa Quercioli";
const std::string anna_cohort = "coh-anna-only-2026";
const std::string anna_said = "I'm sorry, Mr. Rossi. Tell me what happened.";
const std::string anna_said_later = "So March was billed twice and you want the second charge refunded. Is that right?";
const std::string bruno_id = "T-BRUNO-4410";
const std::string bruno_name = "Bruno Esposito";
const std::string bruno_said = "Calm down, sir, shouting won't help.";

// Anna passes, then stops halfway; Bruno is rude (mood 0, failure), then blames billing (failure).
void record_two_trainees(ResultsStore& store, const LoadedScenario& loaded) {
    REQUIRE(loaded.playable());
    record_play(store, loaded, anna_id, {0, 0, 0});
    record_play(store, loaded, bruno_id, {2});
    record_play(store, loaded, anna_id, {0, 0}, false);
    record_play(store, loaded, bruno_id, {1, 1});
    store.upsert_trainee(anna_id, anna_name, anna_cohort);
    store.upsert_trainee(bruno_id, bruno_name, "coh-bruno");
}

template <typename Backend>
struct TwoTraineesIn {
    Backend backend{"privacy"};
    LoadedScenario loaded = test::example_scenario();
    std::unique_ptr<ResultsStore> owned = open_results_store(backend.location());
    ResultsStore& store = *owned;

    TwoTraineesIn() { record_two_trainees(store, loaded); }
};

// The same in a file, for counting what is left in its bytes.
struct TwoTrainees {
    TemporaryFolder folder{"privacy-file"};
    std::filesystem::path db = folder.file("results.db");
    LoadedScenario loaded = test::example_scenario();
    std::unique_ptr<ResultsStore> owned = open_results_store(db.string());
    ResultsStore& store = *owned;

    TwoTrainees() { record_two_trainees(store, loaded); }
};

}  // namespace

TEST_CASE_TEMPLATE("trainee export: every session and every decision, with the trainee", Backend, FRONTDESK_STORE_BACKENDS) {
    TwoTraineesIn<Backend> t;
    json data = export_trainee(t.store, anna_id);
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
    REQUIRE(second["decisions"].size() == 2);
    CHECK(second["decisions"][1]["node"] == "details");
    CHECK(second["decisions"][1]["said"] == anna_said_later);
    // Nothing of Bruno in Anna's copy.
    CHECK_FALSE(readable(data.dump(), bruno_id));
    CHECK_FALSE(readable(data.dump(), bruno_said));

    CHECK(export_trainee(t.store, "nobody").is_null());
}

TEST_CASE("trainee forget: every row goes, nothing stays readable in the file or its journal") {
    TwoTrainees t;
    json bruno_before = export_trainee(t.store, bruno_id);
    // The test would prove nothing if the search could not find what is there.
    std::string before = database_bytes(t.db);
    for (const std::string& text : {anna_id, anna_name, anna_cohort, anna_said, bruno_id, bruno_name, bruno_said})
        CHECK_MESSAGE(readable(before, text), text);

    ForgetOutcome outcome = t.store.forget_trainee(anna_id);
    REQUIRE(outcome.found);
    CHECK(outcome.wiped);

    CHECK_FALSE(t.store.trainee(anna_id));
    ResultsFilter only_anna;
    only_anna.trainee = anna_id;
    CHECK(t.store.sessions(only_anna).empty());
    CHECK(export_trainee(t.store, anna_id).is_null());
    for (const TraineeRecord& trainee : t.store.trainees()) CHECK(trainee.id != anna_id);
    for (const SessionRecord& session : t.store.sessions(ResultsFilter{})) {
        CHECK(session.trainee == bruno_id);
        for (const DecisionRecord& decision : t.store.decisions(session.id)) CHECK(decision.said != anna_said);
    }

    // Bruno's data is all there, unchanged.
    CHECK(export_trainee(t.store, bruno_id) == bruno_before);

    std::string after = database_bytes(t.db);
    for (const std::string& text : {anna_id, anna_name, anna_cohort, anna_said, anna_said_later})
        CHECK_MESSAGE(!readable(after, text), ("still readable: " + text));
    CHECK(readable(after, bruno_id));
    CHECK(readable(after, bruno_said));

    // Forgetting again, or someone unknown, changes nothing.
    CHECK_FALSE(t.store.forget_trainee(anna_id).found);
    CHECK_FALSE(t.store.forget_trainee("nobody").found);
    CHECK(export_trainee(t.store, bruno_id) == bruno_before);
}

TEST_CASE("trainee forget: nothing readable after closing, nor with another program holding the file open") {
    TemporaryFolder folder("privacy-open");
    std::filesystem::path db = folder.file("results.db");
    LoadedScenario loaded = test::example_scenario();
    REQUIRE(loaded.playable());
    {
        std::unique_ptr<ResultsStore> store = open_results_store(db.string());
        record_play(*store, loaded, anna_id, {0, 0, 0});
        record_play(*store, loaded, bruno_id, {2});
        store->upsert_trainee(anna_id, anna_name, anna_cohort);
        store->upsert_trainee(bruno_id, bruno_name, "coh-bruno");
    }
    {
        std::unique_ptr<ResultsStore> opened = open_results_store(db.string());  // e.g. the window left open in the training room
        ResultsStore& window = *opened;
        CHECK(window.trainees().size() == 2);
        std::unique_ptr<ResultsStore> command = open_results_store(db.string());
        ForgetOutcome outcome = command->forget_trainee(anna_id);
        REQUIRE(outcome.found);
        CHECK(outcome.wiped);
        std::string open_bytes = database_bytes(db);
        for (const std::string& text : {anna_id, anna_name, anna_cohort, anna_said})
            CHECK_MESSAGE(!readable(open_bytes, text), ("readable while open: " + text));
        // The other connection sees the deletion too.
        CHECK_FALSE(window.trainee(anna_id));
        CHECK(window.trainees().size() == 1);
    }
    std::string closed_bytes = database_bytes(db);
    for (const std::string& text : {anna_id, anna_name, anna_cohort, anna_said})
        CHECK_MESSAGE(!readable(closed_bytes, text), ("readable after closing: " + text));
    CHECK(readable(closed_bytes, bruno_name));

    std::unique_ptr<ResultsReader> reopened = open_results_reader(db.string());
    CHECK(reopened->trainees().size() == 1);
    CHECK(export_trainee(*reopened, bruno_id)["sessions"].size() == 1);
}

TEST_CASE("trainee forget: while another program reads, the wipe is reported unfinished, and a later forget finishes it") {
    TwoTrainees t;
    // Another program (a report, the window's Review) in the middle of reading: its snapshot predates the deletion.
    sqlite3* reader = nullptr;
    REQUIRE(sqlite3_open_v2(t.db.c_str(), &reader, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
    REQUIRE(sqlite3_exec(reader, "BEGIN; SELECT count(*) FROM trainees;", nullptr, nullptr, nullptr) == SQLITE_OK);

    StoreOptions impatient;
    impatient.busy_timeout_ms = 300;
    std::unique_ptr<ResultsStore> command = open_results_store(t.db.string(), impatient);
    ForgetOutcome outcome = command->forget_trainee(anna_id);
    CHECK(outcome.found);
    CHECK_FALSE(outcome.wiped);
    CHECK_MESSAGE(outcome.wipe_problem.find("another program is still reading") != std::string::npos, outcome.wipe_problem);
    CHECK_MESSAGE(outcome.wipe_problem.find("forget again") != std::string::npos, outcome.wipe_problem);
    CHECK_FALSE(command->trainee(anna_id));  // the rows are deleted all the same
    // Honest: copies of the name are still in the files.
    CHECK(copies(database_bytes(t.db), anna_name) > 0);

    REQUIRE(sqlite3_exec(reader, "COMMIT", nullptr, nullptr, nullptr) == SQLITE_OK);
    ForgetOutcome finished = command->forget_trainee(anna_id);
    CHECK_FALSE(finished.found);
    CHECK(finished.wipe_was_pending);
    CHECK(finished.wiped);
    std::string after = database_bytes(t.db);
    for (const std::string& text : {anna_id, anna_name, anna_cohort, anna_said})
        CHECK_MESSAGE(copies(after, text) == 0, ("still readable: " + text));
    CHECK(readable(after, bruno_name));
    sqlite3_close(reader);
    // Nothing pending any more.
    CHECK_FALSE(command->forget_trainee("nobody").wipe_was_pending);
}
