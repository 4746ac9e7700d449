// The results store: creation, permissions, records, resuming, migrations, and refusing files it must not touch.
#include <doctest/doctest.h>
#include <sqlite3.h>
#include <sys/stat.h>

#include <fstream>

#include "store_test_support.h"

using namespace frontdesk;
using frontdesk::test::TemporaryFolder;

TEST_CASE("store: created on first use with owner-only permissions and the current schema") {
    TemporaryFolder folder("store-create");
    std::string path = folder.file("nested/dir/results.db");
    ResultsStore store(path);
    CHECK(store.schema_version() == results_schema_version);
    struct stat info {};
    REQUIRE(::stat(path.c_str(), &info) == 0);
    CHECK((info.st_mode & 0777) == 0600);
}

TEST_CASE("store: trainees, sessions and decisions are recorded and read back") {
    TemporaryFolder folder("store-records");
    ResultsStore store(folder.file("results.db"));
    LoadedScenario loaded = test::example_scenario();
    REQUIRE(loaded.playable());
    store.upsert_trainee("E042", "Anna Rossi", "front-office-2026");
    std::int64_t id = test::record_play(store, loaded, "E042", {0, 0, 0});
    auto trainee = store.trainee("E042");
    REQUIRE(trainee);
    CHECK(trainee->display_name == "E042");  // record_play upserts with the id as name...
    CHECK(trainee->cohort == "front-office-2026");  // ...but an empty cohort keeps the known one
    auto session = store.session(id);
    REQUIRE(session);
    CHECK(session->finished());
    CHECK(session->ending == "success");
    CHECK(session->passed);
    CHECK(session->overall == doctest::Approx(100.0));
    REQUIRE(session->skills.size() == 3);
    CHECK(session->skills[0].skill == "listening");
    CHECK(session->skills[0].raw == 4);
    CHECK(session->scenario_hash == content_hash_hex(*loaded.scenario));
    std::vector<DecisionRecord> decisions = store.decisions(id);
    REQUIRE(decisions.size() == 3);
    CHECK(decisions[0].node == "opening");
    CHECK(decisions[0].said == "I'm sorry, Mr. Rossi. Tell me what happened.");
    CHECK(decisions[0].mood_after == 40);
    CHECK(decisions[0].response_seconds == doctest::Approx(1.5));
    CHECK(decisions[0].score == std::vector<std::pair<std::string, int>>{{"listening", 2}, {"problem_solving", 1}, {"respect", 2}});
}

TEST_CASE("store: an unfinished session is found and replayed exactly for resuming") {
    TemporaryFolder folder("store-resume");
    ResultsStore store(folder.file("results.db"));
    LoadedScenario loaded = test::example_scenario();
    std::int64_t id = test::record_play(store, loaded, "T1", {0, 0}, false);
    auto unfinished = store.unfinished_session("T1", *loaded.scenario);
    REQUIRE(unfinished);
    CHECK(unfinished->id == id);
    CHECK_FALSE(store.unfinished_session("someone else", *loaded.scenario));
    std::string error;
    auto session = replay_session(loaded.scenario, store.decisions(id), error);
    REQUIRE_MESSAGE(session, error);
    CHECK(session->node().id == "fix");
    CHECK(session->mood() == 50);
    // A changed scenario file does not offer the old session.
    LoadedScenario changed = load_scenario_text(loaded.scenario->path, loaded.source->text() + "\n# edited\n");
    CHECK_FALSE(store.unfinished_session("T1", *changed.scenario));
}

TEST_CASE("store: filters by cohort, scenario, trainee and date") {
    TemporaryFolder folder("store-filter");
    ResultsStore store(folder.file("results.db"));
    LoadedScenario loaded = test::example_scenario();
    store.upsert_trainee("A", "Anna", "north");
    store.upsert_trainee("B", "Bruno", "south");
    test::record_play(store, loaded, "A", {0, 0, 0});
    test::record_play(store, loaded, "B", {2});
    ResultsFilter north;
    north.cohort = "north";
    CHECK(store.sessions(north).size() == 1);
    ResultsFilter b;
    b.trainee = "B";
    REQUIRE(store.sessions(b).size() == 1);
    CHECK(store.sessions(b)[0].ending == "failure");
    ResultsFilter future;
    future.since = "2999-01-01";
    CHECK(store.sessions(future).empty());
    ResultsFilter other;
    other.scenario_id = "another-scenario";
    CHECK(store.sessions(other).empty());
}

TEST_CASE("store: a database made by the older schema is migrated with its data") {
    TemporaryFolder folder("store-migrate");
    std::string path = folder.file("old.db");
    {
        // A version-1 file as the first release wrote it.
        sqlite3* db = nullptr;
        REQUIRE(sqlite3_open(path.c_str(), &db) == SQLITE_OK);
        const char* v1 = R"SQL(
            CREATE TABLE frontdesk_meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
            INSERT INTO frontdesk_meta VALUES ('application', 'frontdesk');
            CREATE TABLE trainees(id TEXT PRIMARY KEY, display_name TEXT NOT NULL, cohort TEXT NOT NULL DEFAULT '', created_at TEXT NOT NULL);
            CREATE TABLE sessions(id INTEGER PRIMARY KEY, trainee TEXT NOT NULL REFERENCES trainees(id), scenario_id TEXT NOT NULL,
                scenario_title TEXT NOT NULL, scenario_hash TEXT NOT NULL, scenario_language TEXT NOT NULL, started_at TEXT NOT NULL,
                ended_at TEXT, ending TEXT, skills_json TEXT, overall REAL, passed INTEGER);
            CREATE TABLE decisions(session INTEGER NOT NULL REFERENCES sessions(id), sequence INTEGER NOT NULL, node TEXT NOT NULL,
                choice INTEGER NOT NULL, said TEXT NOT NULL, score_json TEXT NOT NULL, mood_after INTEGER NOT NULL,
                response_seconds REAL NOT NULL, timed_out INTEGER NOT NULL, recorded_at TEXT NOT NULL, PRIMARY KEY(session, sequence)) WITHOUT ROWID;
            INSERT INTO trainees VALUES ('old', 'Old Trainee', 'c1', '2025-01-01T00:00:00.000Z');
            INSERT INTO sessions VALUES (7, 'old', 'angry-client-wrong-invoice', 'Wrong invoice', '0123456789abcdef', 'en',
                '2025-01-02T10:00:00.000Z', '2025-01-02T10:05:00.000Z', 'success', '[{"skill":"listening","raw":4,"percent":100.0}]', 100.0, 1);
            INSERT INTO decisions VALUES (7, 1, 'opening', 0, 'Hello', '{"listening":2}', 40, 2.5, 0, '2025-01-02T10:01:00.000Z');
            PRAGMA user_version = 1;
        )SQL";
        REQUIRE(sqlite3_exec(db, v1, nullptr, nullptr, nullptr) == SQLITE_OK);
        sqlite3_close(db);
    }
    ResultsStore store(path);
    CHECK(store.schema_version() == results_schema_version);
    auto session = store.session(7);
    REQUIRE(session);
    CHECK(session->trainee == "old");
    CHECK(session->feedback_mode == "end");  // the default the migration gave old rows
    CHECK(session->source == "play");
    CHECK(store.decisions(7).size() == 1);
}

TEST_CASE("store: a database newer than the program is refused and left untouched") {
    TemporaryFolder folder("store-newer");
    std::string path = folder.file("newer.db");
    { ResultsStore store(path); }
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(path.c_str(), &db) == SQLITE_OK);
    REQUIRE(sqlite3_exec(db, "PRAGMA user_version = 99", nullptr, nullptr, nullptr) == SQLITE_OK);
    sqlite3_close(db);
    auto size_before = std::filesystem::file_size(path);
    try {
        ResultsStore store(path);
        FAIL("a newer database was opened");
    } catch (const StoreError& e) {
        CHECK(std::string(e.what()).find("newer frontdesk") != std::string::npos);
    }
    CHECK(std::filesystem::file_size(path) == size_before);
    sqlite3_open(path.c_str(), &db);
    sqlite3_stmt* statement = nullptr;
    sqlite3_prepare_v2(db, "PRAGMA user_version", -1, &statement, nullptr);
    sqlite3_step(statement);
    CHECK(sqlite3_column_int(statement, 0) == 99);
    sqlite3_finalize(statement);
    sqlite3_close(db);
}

TEST_CASE("store: a foreign or corrupted file is refused with a clear message and never overwritten") {
    TemporaryFolder folder("store-foreign");
    std::string text_file = folder.file("notes.txt");
    std::ofstream(text_file) << "these are my notes, not a database\n";
    CHECK_THROWS_WITH_AS(ResultsStore{text_file}, doctest::Contains("not a frontdesk results database"), StoreError);
    std::ifstream in(text_file);
    std::string content((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    CHECK(content == "these are my notes, not a database\n");

    std::string other_app = folder.file("other.db");
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(other_app.c_str(), &db) == SQLITE_OK);
    REQUIRE(sqlite3_exec(db, "CREATE TABLE invoices(id INTEGER)", nullptr, nullptr, nullptr) == SQLITE_OK);
    sqlite3_close(db);
    CHECK_THROWS_WITH_AS(ResultsStore{other_app}, doctest::Contains("another program"), StoreError);

    // A real database file whose middle was overwritten.
    std::string damaged = folder.file("damaged.db");
    {
        ResultsStore store(damaged);
        LoadedScenario loaded = test::example_scenario();
        test::record_play(store, loaded, "X", {0, 0, 0});
    }
    {
        std::fstream file(damaged, std::ios::in | std::ios::out | std::ios::binary);
        file.seekp(100);
        std::string garbage(3000, '\x5A');
        file.write(garbage.data(), static_cast<std::streamsize>(garbage.size()));
    }
    bool refused = false;
    try {
        ResultsStore store(damaged);
        store.sessions({});
    } catch (const StoreError& e) {
        refused = true;
        CHECK(std::string(e.what()).find(damaged) != std::string::npos);
    }
    CHECK(refused);

    CHECK_THROWS_WITH_AS(ResultsStore{folder.path()}, doctest::Contains("is a folder"), StoreError);
}

TEST_CASE("store: a read-only location gives a clear message") {
    if (::geteuid() == 0) {
        MESSAGE("running as root: permissions do not apply, checked only that nothing crashes");
    }
    TemporaryFolder folder("store-readonly");
    std::string locked = folder.file("locked");
    std::filesystem::create_directories(locked);
    ::chmod(locked.c_str(), 0500);
    try {
        ResultsStore store(locked + "/results.db");
        if (::geteuid() != 0) FAIL("created a database in a read-only folder");
    } catch (const StoreError& e) {
        CHECK(std::string(e.what()).find("results") != std::string::npos);
    }
    ::chmod(locked.c_str(), 0700);
}

TEST_CASE("store: a database locked for too long gives a clear message and saves nothing") {
    TemporaryFolder folder("store-locked");
    std::string path = folder.file("results.db");
    LoadedScenario loaded = test::example_scenario();
    ResultsStore holder(path);
    holder.upsert_trainee("T", "T", "");
    std::int64_t id = holder.begin_session("T", *loaded.scenario, "end", "play");
    // Another program holds the write lock.
    REQUIRE(sqlite3_exec(holder.handle(), "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) == SQLITE_OK);
    ResultsStore waiting(path, 200);
    Session session(loaded.scenario);
    const Decision& decision = session.choose(0, 1.0);
    CHECK_THROWS_WITH_AS(waiting.record_decision(id, 1, *loaded.scenario, decision), doctest::Contains("locked"), StoreError);
    REQUIRE(sqlite3_exec(holder.handle(), "ROLLBACK", nullptr, nullptr, nullptr) == SQLITE_OK);
    CHECK(waiting.decisions(id).empty());
    waiting.record_decision(id, 1, *loaded.scenario, decision);  // once the lock is gone, it goes through
    CHECK(waiting.decisions(id).size() == 1);
}
