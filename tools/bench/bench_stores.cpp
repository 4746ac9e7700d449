// Benchmark of the results store on both backends in one run: the same generated results (random
// playthroughs of the library's scenarios: 2,000 trainees in 40 cohorts, 50,000 sessions, 1,000,000
// decisions by default) copied into an SQLite file and into a PostgreSQL database through the store's own
// import (the path `frontdesk db copy` takes), then, on each: recording one answer (median, p99), 50
// trainees recording at once (throughput, p99), the cohort overview and the full report, and the bytes on
// disk per decision. Prints figures; it is not a test.
//
// The reports are timed on a settled database, as a production server is most of the time: the load and the
// recording have just written a million rows, and on PostgreSQL the checkpoint and the autovacuum they set off
// would otherwise run during the timing. So before timing, PostgreSQL gets VACUUM ANALYZE and CHECKPOINT, and
// SQLite a wal_checkpoint(TRUNCATE) (its equivalent: the write-ahead log moved into the file).
//
//   build/bench_stores --postgres SUPERUSER_URI [--work DIR] [--sessions N] [--decisions N] [--trainees N]
//                      [--samples N] [--concurrent N] [--runs R] [--keep yes]
//
// tools/bench/bench_stores.sh starts a PostgreSQL server for it (fsync on, as a real one) and stops it after.
#include <libpq-fe.h>
#include <sqlite3.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <functional>
#include <mutex>
#include <random>
#include <string>
#include <thread>
#include <vector>

#include "frontdesk/open_results_store.h"
#include "frontdesk/recorded_session.h"
#include "frontdesk/results_report.h"
#include "frontdesk/results_store.h"
#include "frontdesk/scenario_loader.h"
#include "frontdesk/scoring.h"
#include "frontdesk/uuid.h"
#include "bench_common.h"

namespace {

using namespace frontdesk;
using namespace frontdesk::bench;

struct Options {
    std::string postgres;
    std::string work;
    std::string scenarios = FRONTDESK_SCENARIO_DIR;
    int trainees = 2000;
    int cohorts = 40;
    int sessions = 50000;
    long decisions = 1000000;
    int samples = 300;
    int concurrent = 50;
    int runs = 3;
    bool keep = false;  // leave the SQLite file and the database for a look afterwards
};

// A trainee's answer: mostly any offered choice, now and then no answer in time.
const Decision& answer(Session& session, std::mt19937& random, double& seconds) {
    double limit = session.scenario().time_limit ? *session.scenario().time_limit : 60;
    std::vector<int> offered = session.offered_choices();
    if (session.can_time_out() && (offered.empty() || random() % 100 < 3)) {
        seconds = limit;
        return session.time_out(limit);
    }
    seconds = std::min(limit - 0.5, 2.0 + static_cast<double>(random() % 15000) / 1000.0);
    return session.choose(offered[random() % offered.size()], seconds);
}

// The same results every time (seeded), handed over in batches of sessions so a million decisions never
// sit in memory at once.
void generate(const Options& options, const std::vector<LoadedScenario>& library, ResultsStore& store) {
    std::mt19937 random(2026);
    const double year_start = 1767225600;  // 2026-01-01
    for (int t = 0; t < options.trainees; ++t) {
        char id[16], cohort[32], name[32];
        std::snprintf(id, sizeof id, "T%05d", t + 1);
        std::snprintf(cohort, sizeof cohort, "cohort-2026-%02d", t % options.cohorts + 1);
        std::snprintf(name, sizeof name, "Trainee %d", t + 1);
        store.merge_trainee(TraineeRecord{id, name, cohort, iso(year_start + (t % options.cohorts) * 86400.0)});
    }
    long per_session = options.decisions / options.sessions;
    long remainder = options.decisions % options.sessions;
    std::vector<SessionCopy> batch;
    for (int s = 0; s < options.sessions; ++s) {
        const LoadedScenario& loaded = library[random() % library.size()];
        const Scenario& scenario = *loaded.scenario;
        char trainee[16];
        std::snprintf(trainee, sizeof trainee, "T%05d", static_cast<int>(random() % static_cast<unsigned>(options.trainees)) + 1);
        double clock = year_start + 320 * 86400.0 * s / options.sessions;
        SessionCopy copy;
        copy.session.uuid = uuid_v5(uuid_namespace_url(), "bench-session-" + std::to_string(s)).str();
        NewSession fields = new_session_record(scenario, trainee, s % 3 ? "end" : "immediate", s % 4 ? "gui" : "play");
        copy.session.trainee = trainee;
        copy.session.scenario_id = fields.scenario_id;
        copy.session.scenario_title = fields.scenario_title;
        copy.session.scenario_hash = fields.scenario_hash;
        copy.session.scenario_language = fields.scenario_language;
        copy.session.feedback_mode = fields.feedback_mode;
        copy.session.source = fields.source;
        copy.session.started_at = iso(clock);
        long quota = per_session + (s < remainder ? 1 : 0);
        std::optional<Session> session;
        for (int sequence = 1; sequence <= quota; ++sequence) {
            if (!session || session->finished()) session.emplace(loaded.scenario);
            double seconds = 0;
            const Decision& decision = answer(*session, random, seconds);
            clock += seconds + 3;
            DecisionRecord record = decision_record(scenario, decision, 0, sequence);
            record.recorded_at = iso(clock);
            copy.decisions.push_back(std::move(record));
        }
        while (!session->finished()) {
            double seconds = 0;
            answer(*session, random, seconds);
        }
        if (session->at_ending() && random() % 100 >= 6) {
            SessionOutcome outcome = session_outcome(score_session(scenario, *loaded.analysis, session->history(), session->ending()));
            copy.session.ended_at = iso(clock + 5);
            copy.session.ending = outcome.ending;
            copy.session.skills = outcome.skills;
            copy.session.overall = outcome.overall;
            copy.session.passed = outcome.passed;
        }
        batch.push_back(std::move(copy));
        if (batch.size() == 1000) store.import_sessions(batch), batch.clear();
    }
    if (!batch.empty()) store.import_sessions(batch);
}

struct Figures {
    double load_s = 0;
    std::vector<double> record;
    double concurrent_per_s = 0;
    std::vector<double> concurrent;
    ReportTimings reports;
    std::vector<std::pair<std::string, Timing>> scans;  // where the report's time goes
    double bytes_per_decision = 0;
    std::string bytes_detail;
    std::string settled;  // how the database was settled before the reports were timed
};

// One trainee's session after another, each answer recorded as the player does.
void play_and_record(ResultsStore& store, const std::vector<LoadedScenario>& library, const std::string& trainee, int answers,
                     unsigned seed, std::vector<double>& times) {
    std::mt19937 random(seed);
    store.upsert_trainee(trainee, trainee, "bench");
    while (static_cast<int>(times.size()) < answers) {
        const LoadedScenario& loaded = library[times.size() % library.size()];
        std::int64_t id = store.begin_session(new_session_record(*loaded.scenario, trainee, "end", "play"));
        Session session(loaded.scenario);
        int sequence = 0;
        while (!session.finished() && static_cast<int>(times.size()) < answers) {
            double seconds = 0;
            DecisionRecord record = decision_record(*loaded.scenario, answer(session, random, seconds), id, ++sequence);
            Clock::time_point start = Clock::now();
            store.record_decision(record);
            times.push_back(milliseconds_since(start));
        }
        if (session.at_ending())
            store.finish_session(id, session_outcome(score_session(*loaded.scenario, *loaded.analysis, session.history(), session.ending())));
    }
}

// What differs between the backends around the same measurements.
struct Backend {
    std::function<std::pair<double, std::string>(long)> bytes;  // bytes per decision, and what they cover
    std::string settling;                                       // what settles the database before the reports are timed
    std::function<void()> settle;
};

Figures measure(const std::string& location, const Options& options, const std::vector<LoadedScenario>& library, const Backend& backend) {
    Figures figures;
    Clock::time_point start = Clock::now();
    {
        std::unique_ptr<ResultsStore> store = open_results_store(location);
        generate(options, library, *store);
    }
    figures.load_s = milliseconds_since(start) / 1000;
    std::unique_ptr<ResultsStore> store = open_results_store(location);
    long decisions = store->counts().decisions;
    std::tie(figures.bytes_per_decision, figures.bytes_detail) = backend.bytes(decisions);
    play_and_record(*store, library, "bench-one", options.samples, 7, figures.record);

    std::vector<std::vector<double>> times(static_cast<std::size_t>(options.concurrent));
    std::vector<std::thread> trainees;
    std::atomic<int> failures{0};
    std::mutex print;
    Clock::time_point together = Clock::now();
    for (int t = 0; t < options.concurrent; ++t)
        trainees.emplace_back([&, t] {
            try {
                std::unique_ptr<ResultsStore> own = open_results_store(location);
                play_and_record(*own, library, "bench-" + std::to_string(t), 40, static_cast<unsigned>(100 + t), times[static_cast<std::size_t>(t)]);
            } catch (const std::exception& e) {
                std::lock_guard<std::mutex> lock(print);
                std::fprintf(stderr, "  trainee %d: %s\n", t, e.what());
                ++failures;
            }
        });
    for (std::thread& thread : trainees) thread.join();
    double seconds = milliseconds_since(together) / 1000;
    for (const auto& list : times) figures.concurrent.insert(figures.concurrent.end(), list.begin(), list.end());
    figures.concurrent_per_s = static_cast<double>(figures.concurrent.size()) / seconds;
    if (failures) std::fprintf(stderr, "  %d simulated trainees failed\n", failures.load());

    Clock::time_point settling = Clock::now();
    backend.settle();
    char took[32];
    std::snprintf(took, sizeof took, " (%.1f s)", milliseconds_since(settling) / 1000);
    figures.settled = backend.settling + took;
    figures.reports = time_reports(*store, {}, options.runs);
    figures.scans = time_scans(*store, options.runs);
    return figures;
}

void print(const char* backend, const Figures& f) {
    std::printf("%s:\n", backend);
    std::printf("  loaded through import_sessions in %.1f s\n", f.load_s);
    std::printf("  record one answer (%zu samples):  median %.2f ms, p99 %.2f ms, max %.2f ms (target p99 < 10 ms)\n", f.record.size(),
                percentile(f.record, 0.5), percentile(f.record, 0.99), percentile(f.record, 1.0));
    std::printf("  trainees recording at once:       %.0f answers/s, median %.2f ms, p99 %.2f ms (%zu answers)\n", f.concurrent_per_s,
                percentile(f.concurrent, 0.5), percentile(f.concurrent, 0.99), f.concurrent.size());
    std::printf("  before the reports, settled by:   %s\n", f.settled.c_str());
    std::printf("  cohort overview (median of runs): %.0f ms (target < 300 ms)\n", f.reports.overview.median());
    std::printf("  full report (median of runs):     %.0f ms (target < 1000 ms)\n", f.reports.report.median());
    std::printf("  on disk:                          %.1f bytes per decision (target < 100)%s\n", f.bytes_per_decision, f.bytes_detail.c_str());
    std::printf("  where the report's time goes (each scan it reads, alone):\n");
    for (const auto& [what, timing] : f.scans) print_timing("  " + what, timing);
}

std::string query_value(const std::string& uri, const std::string& sql) {
    PGconn* conn = PQconnectdb(uri.c_str());
    std::string value;
    if (PQstatus(conn) == CONNECTION_OK) {
        PGresult* result = PQexec(conn, sql.c_str());
        if (PQresultStatus(result) == PGRES_TUPLES_OK && PQntuples(result) > 0) value = PQgetvalue(result, 0, 0);
        else if (PQresultStatus(result) != PGRES_COMMAND_OK) std::fprintf(stderr, "bench_stores: %s: %s", sql.c_str(), PQerrorMessage(conn));
        PQclear(result);
    } else {
        std::fprintf(stderr, "bench_stores: %s", PQerrorMessage(conn));
    }
    PQfinish(conn);
    return value;
}

// Moves the write-ahead log into the file, as the last connection closing would (the store stays open).
void sqlite_checkpoint(const std::string& file) {
    sqlite3* db = nullptr;
    if (sqlite3_open_v2(file.c_str(), &db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK ||
        sqlite3_exec(db, "PRAGMA wal_checkpoint(TRUNCATE)", nullptr, nullptr, nullptr) != SQLITE_OK)
        std::fprintf(stderr, "bench_stores: %s: cannot checkpoint: %s\n", file.c_str(), sqlite3_errmsg(db));
    sqlite3_close(db);
}

bool parse(int argc, char** argv, Options& options) {
    for (int i = 1; i + 1 < argc; i += 2) {
        std::string arg = argv[i];
        const char* value = argv[i + 1];
        if (arg == "--postgres") options.postgres = value;
        else if (arg == "--work") options.work = value;
        else if (arg == "--scenarios") options.scenarios = value;
        else if (arg == "--sessions") options.sessions = std::atoi(value);
        else if (arg == "--decisions") options.decisions = std::atol(value);
        else if (arg == "--trainees") options.trainees = std::atoi(value);
        else if (arg == "--samples") options.samples = std::atoi(value);
        else if (arg == "--concurrent") options.concurrent = std::atoi(value);
        else if (arg == "--runs") options.runs = std::atoi(value);
        else if (arg == "--keep") options.keep = std::string(value) == "yes";
        else return false;
    }
    return argc % 2 == 1 && !options.postgres.empty() && options.postgres.find("/postgres?") != std::string::npos && options.sessions > 0 &&
           options.trainees > 0 && options.decisions >= options.sessions && options.samples > 0 && options.runs > 0 && options.concurrent > 0;
}

}  // namespace

int main(int argc, char** argv) {
    namespace fs = std::filesystem;
    Options options;
    if (!parse(argc, argv, options)) {
        std::fprintf(stderr, "usage: bench_stores --postgres SUPERUSER_URI(.../postgres?host=...) [--work DIR] [--sessions N] [--decisions N] "
                             "[--trainees N] [--samples N] [--concurrent N] [--runs R] [--keep yes]\n");
        return 2;
    }
    std::vector<LoadedScenario> library = load_library(options.scenarios);
    if (library.empty()) {
        std::fprintf(stderr, "bench_stores: no playable scenario in %s\n", options.scenarios.c_str());
        return 1;
    }
    std::string work = options.work.empty() ? (fs::temp_directory_path() / "frontdesk-bench-stores").string() : options.work;
    fs::remove_all(work);
    fs::create_directories(work);
    std::printf("bench_stores: %d trainees in %d cohorts, %d sessions, %ld decisions of %zu scenarios; %d trainees at once\n", options.trainees,
                options.cohorts, options.sessions, options.decisions, library.size(), options.concurrent);
    try {
        std::string file = work + "/results.db";
        Backend sqlite_file;
        sqlite_file.bytes = [&](long decisions) {
            open_results_store(file).reset();  // closing the last connection checkpoints the write-ahead log into the file
            double size = static_cast<double>(fs::file_size(file));
            return std::make_pair(size / static_cast<double>(decisions), std::string(" (the whole file)"));
        };
        sqlite_file.settling = "PRAGMA wal_checkpoint(TRUNCATE)";
        sqlite_file.settle = [&] { sqlite_checkpoint(file); };
        Figures sqlite = measure(file, options, library, sqlite_file);
        print("SQLite (one file, WAL, synchronous=FULL)", sqlite);

        std::string database = "frontdesk_bench";
        query_value(options.postgres, "DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        query_value(options.postgres, "CREATE DATABASE " + database);
        std::string uri = options.postgres;
        uri.replace(uri.find("/postgres?"), 10, "/" + database + "?");
        initialise_results(uri);
        Backend server;
        server.bytes = [&](long decisions) {
            query_value(uri, "VACUUM ANALYZE");
            double all = std::atof(query_value(uri, "SELECT sum(pg_total_relation_size(c.oid)) FROM pg_class c JOIN pg_namespace n ON n.oid = "
                                                    "c.relnamespace WHERE n.nspname = 'frontdesk' AND c.relkind = 'r'").c_str());
            double own = std::atof(query_value(uri, "SELECT pg_total_relation_size('frontdesk.decisions')").c_str());
            char detail[160];
            std::snprintf(detail, sizeof detail, " (every table and index of the schema; the decisions table and its index alone: %.1f)",
                          own / static_cast<double>(decisions));
            return std::make_pair(all / static_cast<double>(decisions), std::string(detail));
        };
        // The size above is measured vacuumed too; the recording since has written again.
        server.settling = "VACUUM ANALYZE, CHECKPOINT";
        server.settle = [&] {
            query_value(uri, "VACUUM ANALYZE");
            query_value(uri, "CHECKPOINT");
        };
        Figures postgres = measure(uri, options, library, server);
        print(("PostgreSQL " + query_value(uri, "SHOW server_version") + " (loopback, synchronous_commit " +
               query_value(uri, "SHOW synchronous_commit") + ", fsync " + query_value(uri, "SHOW fsync") + ")").c_str(),
              postgres);
        if (!options.keep) query_value(options.postgres, "DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
    } catch (const std::exception& e) {
        std::fprintf(stderr, "bench_stores: %s\n", e.what());
        return 1;
    }
    if (!options.keep) fs::remove_all(work);
    return 0;
}
