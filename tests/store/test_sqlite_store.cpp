// The SQLite results file itself: permissions, write-ahead logging, the frontdesk mark, migrations (malformed
// legacy JSON included), refusing files it must not touch (foreign, newer, damaged, devices), reading
// without writing, damaged rows written with raw SQL, a full disk, and another program's lock.
#include <doctest/doctest.h>
#include <sqlite3.h>
#include <sys/stat.h>
#include <unistd.h>

#include <fstream>

#include "frontdesk/results_report.h"
#include "frontdesk/sqlite_results_store.h"
#include "frontdesk/utf8.h"
#include "frontdesk/uuid.h"
#include "frontdesk/xapi_export.h"
#include "full_disk_vfs.h"
#include "store_test_support.h"

using namespace frontdesk;
using frontdesk::test::file_bytes;
using frontdesk::test::TemporaryFolder;

namespace {

// A connection of "another program" on the file, for what the interface must not offer.
class RawDatabase {
public:
    explicit RawDatabase(const std::string& path, int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE) {
        REQUIRE(sqlite3_open_v2(path.c_str(), &db_, flags, nullptr) == SQLITE_OK);
    }
    ~RawDatabase() { sqlite3_close(db_); }
    void exec(const std::string& sql) {
        char* error = nullptr;
        int code = sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, &error);
        INFO(sql);
        REQUIRE_MESSAGE(code == SQLITE_OK, (error ? error : ""));
        sqlite3_free(error);
    }
    // The first column of the first row, as text ("" for none).
    std::string value(const std::string& sql) {
        sqlite3_stmt* statement = nullptr;
        REQUIRE(sqlite3_prepare_v2(db_, sql.c_str(), -1, &statement, nullptr) == SQLITE_OK);
        std::string out;
        if (sqlite3_step(statement) == SQLITE_ROW && sqlite3_column_text(statement, 0))
            out = reinterpret_cast<const char*>(sqlite3_column_text(statement, 0));
        sqlite3_finalize(statement);
        return out;
    }

private:
    sqlite3* db_ = nullptr;
};

bool exists(const std::string& path) {
    struct stat info {};
    return ::lstat(path.c_str(), &info) == 0;
}

// The file is exactly as it was, and nothing was created beside it.
void check_untouched(const std::string& path, const std::string& before) {
    CHECK(file_bytes(path) == before);
    CHECK_FALSE(exists(path + "-wal"));
    CHECK_FALSE(exists(path + "-shm"));
    CHECK_FALSE(exists(path + "-journal"));
}

// Both ways of opening refuse `path` with a message containing `expected`, and leave it as it was.
void check_refused(const std::string& path, const char* expected) {
    std::string before = file_bytes(path);
    CHECK_THROWS_WITH_AS(open_results_store(path), doctest::Contains(expected), StoreError);
    check_untouched(path, before);
    CHECK_THROWS_WITH_AS(open_results_reader(path), doctest::Contains(expected), StoreError);
    check_untouched(path, before);
}

std::uint32_t header_field(const std::string& path, std::size_t offset) {
    std::string bytes = file_bytes(path);
    REQUIRE(bytes.size() >= 100);
    auto b = [&](std::size_t i) { return static_cast<std::uint32_t>(static_cast<unsigned char>(bytes[offset + i])); };
    return (b(0) << 24) | (b(1) << 16) | (b(2) << 8) | b(3);
}

// Version 2 as the previous release wrote it (JSON columns), in rollback-journal mode unless asked.
void write_version_2(const std::string& path, const std::string& rows, bool wal = false) {
    RawDatabase db(path);
    if (wal) db.exec("PRAGMA journal_mode=WAL");
    db.exec(R"SQL(
        CREATE TABLE frontdesk_meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
        INSERT INTO frontdesk_meta VALUES ('application', 'frontdesk');
        CREATE TABLE trainees(id TEXT PRIMARY KEY, display_name TEXT NOT NULL, cohort TEXT NOT NULL DEFAULT '', created_at TEXT NOT NULL);
        CREATE TABLE sessions(id INTEGER PRIMARY KEY, trainee TEXT NOT NULL REFERENCES trainees(id), scenario_id TEXT NOT NULL,
            scenario_title TEXT NOT NULL, scenario_hash TEXT NOT NULL, scenario_language TEXT NOT NULL, started_at TEXT NOT NULL,
            ended_at TEXT, ending TEXT, skills_json TEXT, overall REAL, passed INTEGER,
            feedback_mode TEXT NOT NULL DEFAULT 'end', source TEXT NOT NULL DEFAULT 'play');
        CREATE TABLE decisions(session INTEGER NOT NULL REFERENCES sessions(id), sequence INTEGER NOT NULL, node TEXT NOT NULL,
            choice INTEGER NOT NULL, said TEXT NOT NULL, score_json TEXT NOT NULL, mood_after INTEGER NOT NULL,
            response_seconds REAL NOT NULL, timed_out INTEGER NOT NULL, recorded_at TEXT NOT NULL, PRIMARY KEY(session, sequence)) WITHOUT ROWID;
        CREATE INDEX sessions_by_trainee ON sessions(trainee, started_at);
        CREATE INDEX sessions_by_scenario ON sessions(scenario_id, started_at);
        CREATE INDEX sessions_unfinished ON sessions(trainee, scenario_id) WHERE ended_at IS NULL;
        PRAGMA user_version = 2;
    )SQL");
    db.exec(rows);
}

// Sessions whose JSON holds every shape the code once did not expect, and one that is right.
std::string malformed_rows() {
    std::string deep(20000, '[');
    deep += std::string(20000, ']');
    return R"SQL(
        INSERT INTO trainees VALUES ('old', 'Old Trainee', 'c1', '2025-01-01T00:00:00.000Z');
        INSERT INTO sessions(id, trainee, scenario_id, scenario_title, scenario_hash, scenario_language, started_at, ended_at, ending,
                             skills_json, overall, passed) VALUES
          (1, 'old', 'angry-client-wrong-invoice', 'Wrong invoice', 'ab', 'en', '2025-01-02T10:00:00.000Z', '2025-01-02T10:05:00.000Z',
           'success', '[{"skill":"listening","raw":4,"best":4,"percent":100.0},{"skill":"respect","raw":3,"best":3,"percent":100}]', 100.0, 1),
          (2, 'old', 'angry-client-wrong-invoice', 'Wrong invoice', 'ab', 'en', '2025-01-03T10:00:00.000Z', '2025-01-03T10:05:00.000Z',
           'failure', '{not json', 0.0, 0),
          (3, 'old', 'angry-client-wrong-invoice', 'Wrong invoice', 'ab', 'en', '2025-01-04T10:00:00.000Z', '2025-01-04T10:05:00.000Z',
           'partial', '{"skill":"listening","raw":4}', 50.0, 0),
          (4, 'old', 'angry-client-wrong-invoice', 'Wrong invoice', 'ab', 'en', '2025-01-05T10:00:00.000Z', '2025-01-05T10:05:00.000Z',
           'partial', '[1, "x", null, [], {"skill": 5, "raw": 1}, {"skill": "listening", "raw": "4"}, {"skill": "respect", "raw": 2, "percent": "high"},
                       {"skill": "listening", "raw": 99999999999}, {"skill": "", "raw": 1},
                       {"skill": "respect", "raw": -1, "best": 3.5, "percent": null}]', 'lots', 'yes'),
          (5, 'old', 'angry-client-wrong-invoice', 'Wrong invoice', 'ab', 'en', '2025-01-06T10:00:00.000Z', '2025-01-06T10:05:00.000Z',
           'success', ')SQL" + deep + R"SQL(', 80.0, 1),
          (6, 'old', 'angry-client-wrong-invoice', 'Wrong invoice', 'ab', 'en', '2025-01-07T10:00:00.000Z', NULL, NULL, NULL, NULL, NULL),
          (7, 'old', 'angry-client-wrong-invoice', 'Wrong invoice', 'ab', 'en', '2025-01-08T10:00:00.000Z', '2025-01-08T10:05:00.000Z',
           'success', CAST(X'5B7B22736B696C6C223A226C697374656EF2227D5D' AS TEXT), 90.0, 1);
        INSERT INTO decisions VALUES
          (1, 1, 'opening', 0, 'Hello', '{"listening":2,"respect":-1}', 40, 2.5, 0, '2025-01-02T10:01:00.000Z'),
          (1, 2, 'details', 1, 'Yes', '[]', 45, 3.0, 0, '2025-01-02T10:02:00.000Z'),
          (1, 3, 'fix', 0, 'Done', '"x"', 50, 3.0, 0, '2025-01-02T10:03:00.000Z'),
          (2, 1, 'opening', 2, 'Calm down', '{"listening":"2","respect":2.5,"problem_solving":99999999999,"empathy":null}', 0, 1.0, 0, '2025-01-03T10:01:00.000Z'),
          (2, 2, 'opening', -1, '', '{not json', 0, 40.0, 1, '2025-01-03T10:02:00.000Z'),
          (3, 1, 'opening', 999, 'odd choice', '{"respect":{"nested":1}}', 10, 1.0, 0, '2025-01-04T10:01:00.000Z'),
          (3, 2, 'details', 0, 'too big', '{"listening":1e400}', 10, 1.0, 0, '2025-01-04T10:02:00.000Z'),
          ('four', 'one', 'opening', 0, 'a key that is text', '{"respect":1}', 10, 1.0, 0, '2025-01-05T10:01:00.000Z');
    )SQL";
}

void check_malformed_results(const ResultsReader& store) {
    std::vector<SessionRecord> sessions = store.sessions({});
    REQUIRE(sessions.size() == 7);
    REQUIRE(sessions[0].skills.size() == 2);
    CHECK(sessions[0].skills[0].skill == "listening");
    CHECK(sessions[0].skills[0].raw == 4);
    CHECK(sessions[0].skills[0].best == 4);
    CHECK(*sessions[0].skills[1].percent == doctest::Approx(100.0));
    CHECK(sessions[1].skills.empty());  // not JSON
    CHECK(sessions[2].skills.empty());  // an object, not a list
    // Only the entries with a text skill and a whole raw number that fits survive; the rest is skipped.
    REQUIRE(sessions[3].skills.size() == 2);
    CHECK(sessions[3].skills[0].skill == "respect");
    CHECK_FALSE(sessions[3].skills[0].percent);
    CHECK(sessions[3].skills[1].skill == "respect");
    CHECK(sessions[3].skills[1].raw == -1);
    CHECK(sessions[3].skills[1].best == 0);
    CHECK_FALSE(sessions[3].skills[1].percent);
    CHECK(sessions[3].overall == 0.0);  // 'lots' is no number
    CHECK(sessions[4].skills.empty());  // nested 20,000 deep
    CHECK_FALSE(sessions[5].finished());
    CHECK(sessions[6].skills.empty());  // invalid UTF-8 inside the JSON
    std::vector<DecisionRecord> first = store.decisions(1);
    REQUIRE(first.size() == 3);
    CHECK(first[0].score == std::vector<std::pair<std::string, int>>{{"listening", 2}, {"respect", -1}});
    CHECK(first[1].score.empty());
    CHECK(first[2].score.empty());
    std::vector<DecisionRecord> second = store.decisions(2);
    REQUIRE(second.size() == 2);
    CHECK(second[0].score.empty());
    CHECK(store.decisions(3).at(0).score.empty());
    CHECK(store.decisions(3).at(1).score.empty());

    // Everything that reads them works.
    ReportData report = build_report(store, {});
    CHECK(report.attempts == 7);
    CHECK(report.finished == 6);
    CHECK(build_cohort_overview(store, {}).trainees.size() == 1);
    nlohmann::json copy = export_trainee(store, "old");
    CHECK(copy["sessions"].size() == 7);
    CHECK_NOTHROW(copy.dump(2, ' ', false, nlohmann::json::error_handler_t::replace));
    nlohmann::json statements = xapi_statements(store, {}, XapiOptions{});
    CHECK(statements.size() > 0);
    CHECK_NOTHROW(statements.dump(2, ' ', false, nlohmann::json::error_handler_t::replace));
}

}  // namespace

TEST_CASE("sqlite store: created owner-only, in write-ahead logging, marked as frontdesk's, at the current schema") {
    TemporaryFolder folder("sqlite-create");
    std::string path = folder.file("nested/dir/results.db");
    std::unique_ptr<ResultsStore> store = open_results_store(path);
    CHECK(store->schema_version() == sqlite_results_schema_version);
    CHECK(sqlite_results_schema_version == 7);
    struct stat info {};
    REQUIRE(::stat(path.c_str(), &info) == 0);
    CHECK((info.st_mode & 0777) == 0600);
    store.reset();
    CHECK(header_field(path, 68) == 0x4644534Bu);  // application_id "FDSK"
    CHECK(header_field(path, 60) == 7u);           // user_version
    std::string bytes = file_bytes(path);
    CHECK(bytes[18] == 2);  // WAL
    CHECK(bytes[19] == 2);
    RawDatabase db(path);
    CHECK(db.value("SELECT group_concat(name) FROM (SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name)") ==
          "answers,decisions,frontdesk_meta,lrs_deliveries,session_skills,sessions,trainees");
    CHECK(db.value("SELECT count(*) FROM pragma_table_info('sessions') WHERE name = 'skills_json'") == "0");
    CHECK(db.value("SELECT count(*) FROM pragma_table_info('decisions') WHERE name = 'score_json'") == "0");
    CHECK(db.value("SELECT strict FROM pragma_table_list WHERE name = 'session_skills'") == "1");
    CHECK(db.value("SELECT strict FROM pragma_table_list WHERE name = 'answers'") == "1");
}

TEST_CASE("sqlite store: a version-1 file is migrated with its data and marked") {
    TemporaryFolder folder("sqlite-migrate-1");
    std::string path = folder.file("old.db");
    {
        RawDatabase db(path);
        db.exec(R"SQL(
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
        )SQL");
    }
    std::unique_ptr<ResultsStore> store = open_results_store(path);
    CHECK(store->schema_version() == sqlite_results_schema_version);
    auto session = store->session(7);
    REQUIRE(session);
    CHECK(session->trainee == "old");
    CHECK(session->feedback_mode == "end");  // the default the migration gave old rows
    CHECK(session->source == "play");
    REQUIRE(session->skills.size() == 1);
    CHECK(session->skills[0].best == 0);  // not recorded by version 1
    REQUIRE(store->decisions(7).size() == 1);
    CHECK(store->decisions(7)[0].score == std::vector<std::pair<std::string, int>>{{"listening", 2}});
    // The session's UUID is named after what identified it before, so a read-only look at the old file (its
    // copy migrated in memory) gives the very same one.
    CHECK(session->uuid == legacy_session_uuid("old", "2025-01-02T10:00:00.000Z", 7));
    CHECK(Uuid::parse(session->uuid));
    store.reset();
    CHECK(header_field(path, 68) == 0x4644534Bu);
}

TEST_CASE("sqlite store: each answer's words and points are stored once, however often it is given") {
    TemporaryFolder folder("sqlite-answers");
    std::string path = folder.file("results.db");
    {
        std::unique_ptr<ResultsStore> store = open_results_store(path);
        LoadedScenario loaded = test::example_scenario();
        for (int i = 0; i < 5; ++i) test::record_play(*store, loaded, "T" + std::to_string(i), {0, 0, 0});
        for (const SessionRecord& session : store->sessions({})) CHECK(store->decisions(session.id).at(0).said == "I'm sorry, Mr. Rossi. Tell me what happened.");
    }
    RawDatabase db(path);
    CHECK(db.value("SELECT count(*) FROM decisions") == "15");
    CHECK(db.value("SELECT count(*) FROM answers") == "3");
    CHECK(db.value("SELECT points FROM answers ORDER BY id LIMIT 1") == "{\"listening\":2,\"problem_solving\":1,\"respect\":2}");
}

TEST_CASE("sqlite store: malformed JSON in a version-2 file never fails the migration nor anything that reads it") {
    TemporaryFolder folder("sqlite-malformed");
    std::string path = folder.file("results.db");
    write_version_2(path, malformed_rows());
    SUBCASE("read through a copy migrated in memory, the file left as it was") {
        std::string before = file_bytes(path);
        std::unique_ptr<ResultsReader> reader = open_results_reader(path);
        CHECK(reader->schema_version() == 2);
        check_malformed_results(*reader);
        reader.reset();
        check_untouched(path, before);
    }
    SUBCASE("migrated in place by a recording program") {
        std::unique_ptr<ResultsStore> store = open_results_store(path);
        CHECK(store->schema_version() == sqlite_results_schema_version);
        check_malformed_results(*store);
        store.reset();
        std::unique_ptr<ResultsReader> reader = open_results_reader(path);
        check_malformed_results(*reader);
    }
}

TEST_CASE("sqlite store: damaged rows written with raw SQL are read back repaired and exported without aborting") {
    TemporaryFolder folder("sqlite-bad-rows");
    std::string path = folder.file("results.db");
    {
        std::unique_ptr<ResultsStore> store = open_results_store(path);
        LoadedScenario loaded = test::example_scenario();
        test::record_play(*store, loaded, "T1", {0, 0, 0});
    }
    {
        RawDatabase db(path);
        // A trainee id typed in a Latin-1 terminal, a name with a terminal escape, a cohort that is a BLOB,
        // and text where numbers belong.
        db.exec("INSERT INTO trainees VALUES (CAST(X'4E6963636F6CF2' AS TEXT), 'Nico' || char(27) || '[2J', X'FF00FE', 'yesterday')");
        db.exec("UPDATE sessions SET trainee = CAST(X'4E6963636F6CF2' AS TEXT), scenario_title = CAST(X'57726F6E67C0' AS TEXT), "
                "overall = 'high', passed = 'maybe', ended_at = CAST(X'32303236FF' AS TEXT)");
        // The answers table is STRICT; the decisions refer to it and may hold anything.
        db.exec("UPDATE answers SET said = CAST(X'636166E9' AS TEXT), choice = 99999999999, "
                "points = '{\"listen' || CAST(X'E9' AS TEXT) || '\": 2, \"respect\": \"much\"}' "
                "WHERE id = (SELECT answer FROM decisions WHERE sequence = 1)");
        db.exec("UPDATE decisions SET mood_after = 'calm', response_seconds = 'slow' WHERE sequence = 1");
        db.exec("UPDATE answers SET points = 'not json' WHERE id = (SELECT answer FROM decisions WHERE sequence = 2)");
        db.exec("DELETE FROM trainees WHERE id = 'T1'");
    }
    std::unique_ptr<ResultsReader> store = open_results_reader(path);
    std::vector<TraineeRecord> trainees = store->trainees();
    REQUIRE(trainees.size() == 1);
    CHECK(trainees[0].id == "Niccol\xef\xbf\xbd");  // U+FFFD for the byte that is not UTF-8
    CHECK(is_valid_utf8(trainees[0].display_name));
    CHECK(is_valid_utf8(trainees[0].cohort));
    std::vector<SessionRecord> sessions = store->sessions({});
    REQUIRE(sessions.size() == 1);
    CHECK(is_valid_utf8(sessions[0].scenario_title));
    CHECK(sessions[0].overall == 0.0);
    std::vector<DecisionRecord> decisions = store->decisions(sessions[0].id);
    REQUIRE(decisions.size() == 3);
    CHECK(decisions[0].said == "caf\xef\xbf\xbd");
    CHECK(decisions[0].choice == 2147483647);
    for (const DecisionRecord& decision : decisions)
        for (const auto& [skill, points] : decision.score) CHECK(is_valid_utf8(skill));
    // Looked up by the bytes stored (the repaired id names nobody), the copy is still valid JSON.
    CHECK(export_trainee(*store, trainees[0].id).is_null());
    nlohmann::json copy = export_trainee(*store, "Niccol\xf2");
    REQUIRE(copy.is_object());
    CHECK(copy["trainee"]["id"] == "Niccol\xef\xbf\xbd");
    CHECK(copy["sessions"].size() == 1);
    CHECK_NOTHROW(copy.dump());
    nlohmann::json statements = xapi_statements(*store, {}, XapiOptions{});
    CHECK_NOTHROW(statements.dump());
    CHECK(build_report(*store, {}).attempts == 1);
}

TEST_CASE("sqlite store: a database newer than the program is refused and left untouched") {
    TemporaryFolder folder("sqlite-newer");
    std::string path = folder.file("newer.db");
    open_results_store(path).reset();
    RawDatabase(path).exec("PRAGMA user_version = 99");
    std::string before = file_bytes(path);
    CHECK_THROWS_WITH_AS(open_results_store(path), doctest::Contains("newer frontdesk"), StoreError);
    CHECK_THROWS_WITH_AS(open_results_reader(path), doctest::Contains("newer frontdesk"), StoreError);
    CHECK(file_bytes(path) == before);
    CHECK(RawDatabase(path).value("PRAGMA user_version") == "99");
}

TEST_CASE("sqlite store: only our own files are opened: anything else is refused byte-identical, with nothing created beside it") {
    TemporaryFolder folder("sqlite-foreign");
    SUBCASE("a text file") {
        std::string path = folder.file("notes.txt");
        std::ofstream(path) << "these are my notes, not a database\n";
        check_refused(path, "not a frontdesk results database");
    }
    SUBCASE("a file shorter than an SQLite header") {
        std::string path = folder.file("short.db");
        std::ofstream(path) << "SQLite format 3";
        check_refused(path, "not a frontdesk results database");
    }
    SUBCASE("another program's database") {
        std::string path = folder.file("other.db");
        RawDatabase(path).exec("CREATE TABLE invoices(id INTEGER)");
        check_refused(path, "another program");
    }
    SUBCASE("another program's database with user_version 1 and a sessions table") {
        std::string path = folder.file("lookalike.db");
        RawDatabase(path).exec("CREATE TABLE sessions(id INTEGER PRIMARY KEY, what TEXT); INSERT INTO sessions VALUES (1, 'mine'); "
                               "PRAGMA user_version = 1;");
        check_refused(path, "another program");
        CHECK(file_bytes(path)[18] == 1);  // still a rollback-journal file: never switched to WAL
    }
    SUBCASE("another program's database in write-ahead logging, left closed") {
        std::string path = folder.file("wal-lookalike.db");
        RawDatabase(path).exec("PRAGMA journal_mode=WAL; CREATE TABLE trainees(id TEXT); PRAGMA user_version = 2;");
        check_refused(path, "another program");
    }
    SUBCASE("a database marked by another program, even with our meta table") {
        std::string path = folder.file("marked.db");
        RawDatabase(path).exec("PRAGMA application_id = 305419896; CREATE TABLE frontdesk_meta(key TEXT PRIMARY KEY, value TEXT NOT NULL); "
                               "INSERT INTO frontdesk_meta VALUES ('application', 'frontdesk');");
        check_refused(path, "another program");
    }
}

TEST_CASE("sqlite store: folders, devices and FIFOs are refused for reading and for writing") {
    TemporaryFolder folder("sqlite-devices");
    CHECK_THROWS_WITH_AS(open_results_store(folder.path()), doctest::Contains("is a folder"), StoreError);
    CHECK_THROWS_WITH_AS(open_results_reader(folder.path()), doctest::Contains("is a folder"), StoreError);
    CHECK_THROWS_WITH_AS(open_results_store("/dev/null"), doctest::Contains("is a device or a pipe"), StoreError);
    CHECK_THROWS_WITH_AS(open_results_reader("/dev/null"), doctest::Contains("is a device or a pipe"), StoreError);
    std::string fifo = folder.file("results.fifo");
    REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
    // Would block for ever if it were opened for reading without a writer.
    CHECK_THROWS_WITH_AS(open_results_reader(fifo), doctest::Contains("is a device or a pipe"), StoreError);
    CHECK_THROWS_WITH_AS(open_results_store(fifo), doctest::Contains("is a device or a pipe"), StoreError);
    CHECK_FALSE(exists(fifo + "-wal"));
}

TEST_CASE("sqlite store: a damaged file is refused with its path in the message") {
    TemporaryFolder folder("sqlite-damaged");
    std::string damaged = folder.file("damaged.db");
    {
        std::unique_ptr<ResultsStore> store = open_results_store(damaged);
        test::record_play(*store, test::example_scenario(), "X", {0, 0, 0});
    }
    {
        std::fstream file(damaged, std::ios::in | std::ios::out | std::ios::binary);
        file.seekp(100);
        std::string garbage(3000, '\x5A');
        file.write(garbage.data(), static_cast<std::streamsize>(garbage.size()));
    }
    for (bool reading : {false, true}) {
        bool refused = false;
        try {
            if (reading) open_results_reader(damaged)->sessions({});
            else open_results_store(damaged)->sessions({});
        } catch (const StoreError& e) {
            refused = true;
            CHECK(std::string(e.what()).find(damaged) != std::string::npos);
        }
        CHECK(refused);
    }
}

TEST_CASE("sqlite store: reading never writes: no schema in an empty file, no migration, no journal mode switch") {
    TemporaryFolder folder("sqlite-read-only");
    SUBCASE("an empty file has no results yet, and stays empty") {
        std::string path = folder.file("empty.db");
        std::ofstream(path).close();
        CHECK_THROWS_WITH_AS(open_results_reader(path), doctest::Contains("no results yet at"), StoreError);
        check_untouched(path, "");
        // A recording program takes an empty file as new.
        CHECK(open_results_store(path)->schema_version() == sqlite_results_schema_version);
    }
    SUBCASE("a version-2 file in rollback-journal mode stays version 2, byte for byte") {
        std::string path = folder.file("v2.db");
        write_version_2(path, "INSERT INTO trainees VALUES ('T', 'T', '', '2025-01-01T00:00:00.000Z');");
        std::string before = file_bytes(path);
        REQUIRE(before[18] == 1);
        std::unique_ptr<ResultsReader> reader = open_results_reader(path);
        CHECK(reader->trainees().size() == 1);
        CHECK(reader->schema_version() == 2);
        reader.reset();
        check_untouched(path, before);
    }
    SUBCASE("an empty SQLite database is read as no results, and stays empty of tables") {
        std::string path = folder.file("blank.db");
        RawDatabase(path).exec("PRAGMA page_size = 4096; VACUUM;");
        std::string before = file_bytes(path);
        CHECK(open_results_reader(path)->trainees().empty());
        CHECK(file_bytes(path) == before);
    }
}

TEST_CASE("sqlite store: a results file in a read-only folder can be read") {
    TemporaryFolder folder("sqlite-readonly-folder");
    std::string locked = folder.file("locked");
    std::string path = locked + "/results.db";
    {
        std::unique_ptr<ResultsStore> store = open_results_store(path);
        test::record_play(*store, test::example_scenario(), "T", {0, 0, 0});
    }
    REQUIRE_FALSE(exists(path + "-wal"));  // closed cleanly: everything is in the file
    REQUIRE(::chmod(locked.c_str(), 0555) == 0);
    std::string before = file_bytes(path);
    if (::geteuid() == 0) {
        // Permissions do not stop root, so the folder is not really read-only here; the command-line test
        // runs the same as an unprivileged user.
        MESSAGE("running as root: the folder's permissions do not apply; checked that reading changes nothing");
    }
    std::unique_ptr<ResultsReader> reader = open_results_reader(path);
    CHECK(reader->sessions({}).size() == 1);
    CHECK(build_report(*reader, {}).finished == 1);
    reader.reset();
    CHECK(file_bytes(path) == before);
    if (::geteuid() != 0) {
        CHECK_FALSE(exists(path + "-wal"));
        CHECK_THROWS_AS(open_results_store(locked + "/new.db"), StoreError);
    }
    ::chmod(locked.c_str(), 0700);
}

TEST_CASE("sqlite store: a database locked for too long gives a clear message and saves nothing") {
    TemporaryFolder folder("sqlite-locked");
    std::string path = folder.file("results.db");
    LoadedScenario loaded = test::example_scenario();
    std::unique_ptr<ResultsStore> holder = open_results_store(path);
    holder->upsert_trainee("T", "T", "");
    std::int64_t id = holder->begin_session(new_session_record(*loaded.scenario, "T", "end", "play"));
    // Another program holds the write lock.
    RawDatabase other(path);
    other.exec("BEGIN IMMEDIATE");
    StoreOptions impatient;
    impatient.busy_timeout_ms = 200;
    std::unique_ptr<ResultsStore> waiting = open_results_store(path, impatient);
    Session session(loaded.scenario);
    DecisionRecord record = decision_record(*loaded.scenario, session.choose(0, 1.0), id, 1);
    CHECK_THROWS_WITH_AS(waiting->record_decision(record), doctest::Contains("locked for too long"), StoreError);
    other.exec("ROLLBACK");
    CHECK(waiting->decisions(id).empty());
    waiting->record_decision(record);  // once the lock is gone, it goes through
    CHECK(waiting->decisions(id).size() == 1);
}

TEST_CASE("sqlite store: a full disk says so, and what was not saved, whether SQLite calls it full or an I/O error") {
    TemporaryFolder folder("sqlite-full");
    std::string path = folder.file("results.db");
    LoadedScenario loaded = test::example_scenario();
    test::FullDisk disk;
    std::unique_ptr<ResultsStore> store = open_results_store(path);
    store->upsert_trainee("T", "T", "");
    RecordedSession session = RecordedSession::start(loaded.scenario, loaded.analysis, Recording{store.get(), "T", "end", "play"});
    for (auto mode : {test::FullDisk::Mode::full, test::FullDisk::Mode::io_error_enospc}) {
        disk.set(mode);
        try {
            if (session.session().history().empty()) session.choose(0, 1.0);
            else session.save();
            FAIL("a write went through on a full disk");
        } catch (const StoreError& e) {
            std::string message = e.what();
            CHECK_MESSAGE(message.find("the disk is full") != std::string::npos, message);
            CHECK_MESSAGE(message.find("nothing of this answer was saved") != std::string::npos, message);
            CHECK_MESSAGE(message.find("disk I/O error") == std::string::npos, message);
        }
        disk.set(test::FullDisk::Mode::off);
        CHECK(store->decisions(session.id()).empty());
    }
    session.save();  // space again: the queued answer goes in
    CHECK(store->decisions(session.id()).size() == 1);
}

TEST_CASE("sqlite store: forgetting on a full disk deletes the rows, says the wipe is unfinished, and a later forget finishes it") {
    TemporaryFolder folder("sqlite-full-forget");
    std::string path = folder.file("results.db");
    LoadedScenario loaded = test::example_scenario();
    test::FullDisk disk;
    std::unique_ptr<ResultsStore> store = open_results_store(path);
    test::record_play(*store, loaded, "T-FULL-DISK-1", {0, 0, 0});
    test::record_play(*store, loaded, "keeper", {2});
    disk.set(test::FullDisk::Mode::main_file_full);  // commits go to the log; the checkpoint cannot write
    ForgetOutcome outcome = store->forget_trainee("T-FULL-DISK-1");
    disk.set(test::FullDisk::Mode::off);
    CHECK(outcome.found);
    CHECK_FALSE(outcome.wiped);
    CHECK_MESSAGE(outcome.wipe_problem.find("the disk is full") != std::string::npos, outcome.wipe_problem);
    CHECK_MESSAGE(outcome.wipe_problem.find("forget again") != std::string::npos, outcome.wipe_problem);
    CHECK_MESSAGE(outcome.wipe_problem.find("nothing of this step was saved") == std::string::npos, outcome.wipe_problem);
    CHECK_FALSE(store->trainee("T-FULL-DISK-1"));  // the rows are gone all the same
    ForgetOutcome later = store->forget_trainee("T-FULL-DISK-1");
    CHECK_FALSE(later.found);
    CHECK(later.wipe_was_pending);
    CHECK(later.wiped);
    CHECK(store->forget_trainee("T-FULL-DISK-1").wipe_was_pending == false);
    CHECK(store->trainee("keeper"));
}
