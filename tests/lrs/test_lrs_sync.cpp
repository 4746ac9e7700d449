// The sync layer: the LRS settings file (positions, permissions, hostile files), the state file lrs status reads,
// and the background sender of the window and the player against the stand-in LRS on loopback, recording into a
// real SQLite results file.
#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include <doctest/doctest.h>

#include <sys/stat.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include "frontdesk/background_sender.h"
#include "frontdesk/lrs_state.h"
#include "frontdesk/recorded_session.h"
#include "frontdesk/scenario_loader.h"
#include "frontdesk/statement_delivery.h"
#include "lrs_stand_in.h"

using namespace frontdesk;
using frontdesk::test::LrsStandIn;
namespace fs = std::filesystem;

namespace {

struct TempDir {
    fs::path path;
    TempDir() {
        char pattern[] = "/tmp/frontdesk-lrs-sync-XXXXXX";
        path = mkdtemp(pattern);
    }
    ~TempDir() { fs::remove_all(path); }
    std::string file(const std::string& name) const { return (path / name).string(); }
};

std::string write(const std::string& path, const std::string& text, mode_t mode = 0600) {
    std::ofstream(path, std::ios::binary) << text;
    chmod(path.c_str(), mode);
    return path;
}

std::string messages(const LrsSettingsFile& file) {
    std::string out;
    for (const Diagnostic& d : file.diagnostics.items()) out += format_diagnostic(d, nullptr);
    return out;
}

const char* example = FRONTDESK_SOURCE_DIR "/tests/fixtures/example/angry-client-wrong-invoice.yaml";

}  // namespace

TEST_CASE("no settings file configures nothing, and is no mistake") {
    TempDir dir;
    LrsSettingsFile file = read_lrs_settings(dir.file("config.yaml"));
    CHECK_FALSE(file.found);
    CHECK_FALSE(file.settings);
    CHECK_FALSE(file.diagnostics.has_errors());
}

TEST_CASE("a complete settings file is read, with defaults for what it leaves out") {
    TempDir dir;
    std::string path = write(dir.file("config.yaml"), "# the department's LRS\nlrs:\n  endpoint: https://lrs.example.org/xapi/\n  key: k\n  secret: s\n"
                                                      "  timeout: 12.5\n  batch: 200\n  names: false\n  home_page: https://hr.example.org\n");
    LrsSettingsFile file = read_lrs_settings(path);
    REQUIRE_MESSAGE(file.settings, messages(file));
    CHECK(file.settings->connection.endpoint == "https://lrs.example.org/xapi/");
    CHECK(file.settings->connection.key == "k");
    CHECK(file.settings->connection.secret == "s");
    CHECK(file.settings->connection.timeout_seconds == 12.5);
    CHECK(file.settings->batch_size == 200);
    CHECK_FALSE(file.settings->xapi.include_names);
    CHECK(file.settings->xapi.home_page == "https://hr.example.org");
    CHECK(lrs_settings_problem(*file.settings, path).empty());
}

TEST_CASE("mistakes in the settings file are located, with the likely word") {
    TempDir dir;
    std::string path = write(dir.file("config.yaml"), "lrs:\n  endpont: https://lrs.example.org/xapi/\n  batch: 2.5\n  timeout: forever\n  names: maybe\n"
                                                      "lsr: {}\n");
    LrsSettingsFile file = read_lrs_settings(path);
    CHECK_FALSE(file.settings);
    std::string out = messages(file);
    CHECK(out.find(path + ":2:3: error: unknown setting 'endpont' in 'lrs:'; did you mean 'endpoint'?") != std::string::npos);
    CHECK(out.find(path + ":3:10: error: 'batch' is a whole number") != std::string::npos);
    CHECK(out.find(path + ":4:12: error: 'timeout' should be a number between 1 and 600, not 'forever'") != std::string::npos);
    CHECK(out.find(path + ":5:10: error: 'names' is true") != std::string::npos);
    CHECK(out.find(path + ":6:1: error: unknown section 'lsr'; did you mean 'lrs'?") != std::string::npos);
}

TEST_CASE("an endpoint with credentials in it, or not http(s), is refused at its place") {
    TempDir dir;
    std::string path = write(dir.file("config.yaml"), "lrs:\n  endpoint: https://user:pw@lrs.example.org/xapi/\n");
    LrsSettingsFile file = read_lrs_settings(path);
    CHECK_FALSE(file.settings);
    CHECK(messages(file).find(path + ":2:13: error:") != std::string::npos);
    CHECK(messages(file).find("pw") == std::string::npos);
    write(path, "lrs:\n  endpoint: ftp://lrs.example.org/\n");
    CHECK(messages(read_lrs_settings(path)).find(path + ":2:13: error:") != std::string::npos);
}

TEST_CASE("a secret others can read or change is not used; an endpoint alone may be shared") {
    TempDir dir;
    std::string path = write(dir.file("config.yaml"), "lrs:\n  endpoint: https://lrs.example.org/xapi/\n  secret: s\n", 0640);
    LrsSettingsFile file = read_lrs_settings(path);
    CHECK_FALSE(file.settings);
    CHECK(messages(file).find("can read it (permissions 0640)") != std::string::npos);
    CHECK(messages(file).find("chmod 600 '" + path + "'") != std::string::npos);
    chmod(path.c_str(), 0606);
    CHECK(messages(read_lrs_settings(path)).find("can change it") != std::string::npos);
    write(path, "lrs:\n  endpoint: https://lrs.example.org/xapi/\n", 0644);
    LrsSettingsFile shared = read_lrs_settings(path);
    CHECK_MESSAGE(shared.settings, messages(shared));
    REQUIRE(shared.settings);
    CHECK(lrs_settings_problem(*shared.settings, path).find("FRONTDESK_LRS_KEY") != std::string::npos);
}

TEST_CASE("hostile settings files are refused with a message, never a crash") {
    TempDir dir;
    std::string path = dir.file("config.yaml");
    write(path, std::string("lrs:\n  key: a\0b\n", 15));
    CHECK(read_lrs_settings(path).diagnostics.has_errors());
    write(path, std::string(70 * 1024, '#'));
    CHECK(messages(read_lrs_settings(path)).find("too large to be frontdesk's settings file") != std::string::npos);
    write(path, std::string(5000, '[') + "\n");
    CHECK(read_lrs_settings(path).diagnostics.has_errors());
    write(path, "lrs: &a [*a]\n");
    CHECK(read_lrs_settings(path).diagnostics.has_errors());
    write(path, "lrs:\n  endpoint: \"\\xff\\u202e\"\n");
    CHECK(read_lrs_settings(path).diagnostics.has_errors());
    write(path, "- just\n- a list\n");
    CHECK(messages(read_lrs_settings(path)).find("map of sections") != std::string::npos);
    write(path, "lrs: https://lrs.example.org/xapi/\n");
    CHECK(messages(read_lrs_settings(path)).find("on the lines below it") != std::string::npos);
    fs::remove(path);
    fs::create_directory(path);
    LrsSettingsFile folder = read_lrs_settings(path);
    CHECK(folder.found);
    CHECK(folder.diagnostics.has_errors());
}

TEST_CASE("the state file keeps the last attempt per store, and the last complete one across failures") {
    TempDir dir;
    std::string state = dir.file("state/frontdesk/lrs-state.json");
    CHECK_FALSE(last_lrs_attempt(state, "/a.db"));
    LrsAttempt ok;
    ok.by = "lrs sync";
    ok.endpoint = "https://lrs.example.org/xapi/";
    ok.sent = 5;
    ok.at = "2026-12-02T10:00:00.000Z";
    CHECK(note_lrs_attempt(state, "/a.db", ok).empty());
    LrsAttempt failed = ok;
    failed.at = "2026-12-02T11:00:00.000Z";
    failed.sent = 0;
    failed.not_sent = 3;
    failed.problem = "the LRS answered HTTP 503";
    CHECK(note_lrs_attempt(state, "/a.db", failed).empty());
    std::optional<LrsAttempt> last = last_lrs_attempt(state, "/a.db");
    REQUIRE(last);
    CHECK(last->problem == "the LRS answered HTTP 503");
    CHECK(last->not_sent == 3);
    CHECK(last->last_success_at == "2026-12-02T10:00:00.000Z");
    CHECK_FALSE(last_lrs_attempt(state, "/other.db"));
    struct stat info {};
    REQUIRE(stat(state.c_str(), &info) == 0);
    CHECK((info.st_mode & 077) == 0);
    write(state, "{ not json");
    std::string why;
    CHECK_FALSE(last_lrs_attempt(state, "/a.db", &why));
    CHECK(why.find("damaged") != std::string::npos);
    CHECK(note_lrs_attempt(state, "/a.db", ok).empty());  // a damaged file is replaced
    CHECK(last_lrs_attempt(state, "/a.db"));
}

namespace {

// A session recorded through RecordedSession as the player and the window do, each write told to the sender.
std::int64_t play_through(ResultsStore& store, const LoadedScenario& loaded, const std::string& trainee, BackgroundSender* sender) {
    store.upsert_trainee(trainee, trainee, "spring");
    Recording recording(&store, trainee);
    if (sender) recording.recorded = [sender](std::int64_t id) { sender->session_recorded(id); };
    RecordedSession session = RecordedSession::start(loaded.scenario, loaded.analysis, recording);
    while (!session.finished()) session.choose(0, 2.0);
    return session.id();
}

BackgroundSenderSetup setup_for(const LrsStandIn& lrs, const std::string& db, const TempDir& dir) {
    BackgroundSenderSetup setup;
    setup.settings.connection.endpoint = lrs.endpoint();
    setup.settings.connection.key = "frontdesk";
    setup.settings.connection.secret = "s3cret";
    setup.settings.connection.timeout_seconds = 2;
    setup.results_location = db;
    setup.state_path = dir.file("lrs-state.json");
    setup.first_retry_seconds = 0.2;
    setup.max_retry_seconds = 0.5;
    return setup;
}

std::size_t statement_count(const std::string& db) {
    std::unique_ptr<ResultsReader> reader = open_results_reader(db);
    return xapi_statements(*reader, {}, XapiOptions{}).size();
}

}  // namespace

TEST_CASE("the background sender sends each recorded session's statements, the same as export-xapi, once") {
    TempDir dir;
    LrsStandIn lrs("frontdesk", "s3cret");
    std::string db = dir.file("results.db");
    LoadedScenario loaded = load_scenario_file(example);
    REQUIRE(loaded.scenario);
    std::unique_ptr<ResultsStore> store = open_results_store(db);
    play_through(*store, loaded, "before", nullptr);  // pending from before the sender started
    {
        BackgroundSender sender(setup_for(lrs, db, dir));
        play_through(*store, loaded, "anna", &sender);
        BackgroundSenderStatus status = sender.finish(std::chrono::seconds(20));
        CHECK_MESSAGE(status.problem.empty(), status.problem);
        CHECK(status.waiting == 0);
    }
    std::size_t expected = statement_count(db);
    CHECK(lrs.stored().size() == expected);
    nlohmann::json exported = xapi_statements(*store, {}, XapiOptions{});
    for (const nlohmann::json& statement : exported) CHECK(lrs.stored().at(statement["id"].get<std::string>()) == statement);
    CHECK(lrs.problems().empty());
    CHECK(store->delivered_statements().size() == expected);
    std::optional<LrsAttempt> last = last_lrs_attempt(dir.file("lrs-state.json"), store->location());
    REQUIRE(last);
    CHECK(last->by == "player");
    CHECK(last->problem.empty());
    // Started again with nothing new: nothing is sent.
    int requests = lrs.requests();
    {
        BackgroundSender again(setup_for(lrs, db, dir));
        again.finish(std::chrono::seconds(10));
    }
    CHECK(lrs.requests() == requests);
}

TEST_CASE("an LRS that refuses leaves everything pending, says why, and is tried again until it takes them") {
    TempDir dir;
    LrsStandIn lrs("frontdesk", "s3cret");
    std::string db = dir.file("results.db");
    LoadedScenario loaded = load_scenario_file(example);
    std::unique_ptr<ResultsStore> store = open_results_store(db);
    lrs.fail_next(4);  // the first attempt's three tries, and the first retry's first
    BackgroundSender sender(setup_for(lrs, db, dir));
    play_through(*store, loaded, "bruno", &sender);
    // The sender comes back by itself after its wait; give it time to get through.
    for (int i = 0; i < 200 && store->delivered_statements().size() < statement_count(db); ++i)
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    CHECK(store->delivered_statements().size() == statement_count(db));
    BackgroundSenderStatus status = sender.finish(std::chrono::seconds(5));
    CHECK(status.problem.empty());
    CHECK(lrs.stored().size() == statement_count(db));
}

TEST_CASE("wrong credentials: the sender stops trying at once and the problem names no secret") {
    TempDir dir;
    LrsStandIn lrs("frontdesk", "the-real-secret");
    std::string db = dir.file("results.db");
    LoadedScenario loaded = load_scenario_file(example);
    std::unique_ptr<ResultsStore> store = open_results_store(db);
    play_through(*store, loaded, "carla", nullptr);
    BackgroundSender sender(setup_for(lrs, db, dir));
    BackgroundSenderStatus status = sender.finish(std::chrono::seconds(10));
    CHECK(status.problem.find("401") != std::string::npos);
    CHECK(status.problem.find("s3cret") == std::string::npos);
    CHECK(status.waiting > 0);
    CHECK(store->delivered_statements().empty());
    std::optional<LrsAttempt> last = last_lrs_attempt(dir.file("lrs-state.json"), store->location());
    REQUIRE(last);
    CHECK(last->problem == status.problem);
}

TEST_CASE("closing while a slow LRS has not answered does not wait for it, and loses nothing") {
    TempDir dir;
    LrsStandIn lrs("frontdesk", "s3cret");
    lrs.delay_ms(1500);
    std::string db = dir.file("results.db");
    LoadedScenario loaded = load_scenario_file(example);
    std::unique_ptr<ResultsStore> store = open_results_store(db);
    play_through(*store, loaded, "dario", nullptr);
    BackgroundSenderSetup setup = setup_for(lrs, db, dir);
    setup.settings.connection.timeout_seconds = 60;
    auto began = std::chrono::steady_clock::now();
    {
        BackgroundSender sender(setup);
        std::this_thread::sleep_for(std::chrono::milliseconds(200));  // the request is on its way
        sender.finish(std::chrono::milliseconds(0));
    }
    double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - began).count();
    CHECK(seconds < 1.4);  // abandoned, not waited out (the stand-in answers after 1.5 s)
    // Whatever the LRS did with it, the store did not note it: the next start sends it (or finds it there).
    lrs.delay_ms(0);
    BackgroundSender next(setup_for(lrs, db, dir));
    BackgroundSenderStatus status = next.finish(std::chrono::seconds(10));
    CHECK_MESSAGE(status.problem.empty(), status.problem);
    CHECK(store->delivered_statements().size() == statement_count(db));
}

TEST_CASE("a results store that cannot be opened is the sender's problem, not the trainee's") {
    TempDir dir;
    LrsStandIn lrs("frontdesk", "s3cret");
    std::string db = write(dir.file("not-results.db"), "this is not a results file, it is a note\n");
    BackgroundSender sender(setup_for(lrs, db, dir));
    BackgroundSenderStatus status = sender.finish(std::chrono::seconds(10));
    CHECK_FALSE(status.problem.empty());
    CHECK(lrs.requests() == 0);
}
