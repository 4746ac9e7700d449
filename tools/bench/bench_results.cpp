// Benchmark of the SQLite results store at the size of a large organisation: 2,000 trainees in 40 cohorts,
// 50,000 sessions of the library's scenarios, 1,000,000 decisions. Measures, through the store's interface,
// recording one decision (ResultsStore::record_decision, synchronous=FULL, as trainees get it) beside the
// disk's own sync time, each streaming scan, and building the cohort overview, the whole report and each
// report format. Prints figures; it is not a test (timings depend on the disk and on what else the machine
// runs). It is a benchmark of the SQLite backend: the data are bulk-loaded with its own connection on the
// file (a million synced transactions would take hours), which also lists the indexes and table sizes.
//
//   build/bench_results [--scenarios DIR] [--samples N] [--runs R] [--trainees N] [--sessions N]
//                       [--decisions N] [--keep DIR] [--sql STATEMENT]...
//
// --sql runs a statement on the generated file before measuring (for instance a proposed CREATE INDEX), to
// try a schema change before it becomes a migration.
//
// The data are random playthroughs of the real scenarios (node, choice, words, scores, mood and timeouts as
// the engine produces them; trainees of different ability, so endings, skills and passes spread). A session
// averages 20 decisions, more than one playthrough of a library scenario takes, so a session chains
// playthroughs from the start node until its share of decisions is reached; the last one gives its ending.
#include <fcntl.h>
#include <sqlite3.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <functional>
#include <map>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "frontdesk/open_results_store.h"
#include "frontdesk/recorded_session.h"
#include "frontdesk/results_report.h"
#include "frontdesk/results_store.h"
#include "frontdesk/scenario_loader.h"
#include "frontdesk/scoring.h"
#include "frontdesk/stored_answer.h"
#include "frontdesk/report_formats.h"
#include "bench_common.h"

namespace {

using namespace frontdesk;
using namespace frontdesk::bench;

struct Options {
    std::string scenarios = FRONTDESK_SCENARIO_DIR;
    int samples = 500;
    int runs = 5;
    int trainees = 2000;
    int cohorts = 40;
    int sessions = 50000;
    long decisions = 1000000;
    std::string keep;  // keep the database in this folder instead of a temporary one
    std::vector<std::string> sql;  // run on the generated file before measuring
};

void exec(sqlite3* db, const char* sql) {
    char* error = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &error) != SQLITE_OK) {
        std::fprintf(stderr, "bench_results: %s: %s\n", sql, error ? error : "?");
        std::exit(1);
    }
}

// A prepared INSERT reused for every row of a table.
class Insert {
public:
    Insert(sqlite3* db, const char* sql) : db_(db) {
        if (sqlite3_prepare_v2(db, sql, -1, &statement_, nullptr) != SQLITE_OK) {
            std::fprintf(stderr, "bench_results: %s: %s\n", sql, sqlite3_errmsg(db));
            std::exit(1);
        }
    }
    ~Insert() { sqlite3_finalize(statement_); }
    Insert& text(int index, std::string_view value) {
        sqlite3_bind_text(statement_, index, value.data() ? value.data() : "", static_cast<int>(value.size()), SQLITE_TRANSIENT);
        return *this;
    }
    Insert& integer(int index, std::int64_t value) {
        sqlite3_bind_int64(statement_, index, value);
        return *this;
    }
    Insert& real(int index, double value) {
        sqlite3_bind_double(statement_, index, value);
        return *this;
    }
    Insert& null(int index) {
        sqlite3_bind_null(statement_, index);
        return *this;
    }
    void run() {
        if (sqlite3_step(statement_) != SQLITE_DONE) {
            std::fprintf(stderr, "bench_results: insert: %s\n", sqlite3_errmsg(db_));
            std::exit(1);
        }
        sqlite3_reset(statement_);
    }

private:
    sqlite3* db_;
    sqlite3_stmt* statement_ = nullptr;
};

// A trainee's answer: the best-scoring offered choice with probability `ability`, else any offered one;
// now and then no answer in time.
const Decision& answer(Session& session, std::mt19937& random, double ability, double& seconds) {
    std::uniform_real_distribution<double> unit(0, 1);
    double limit = session.scenario().time_limit ? *session.scenario().time_limit : 60;
    std::vector<int> offered = session.offered_choices();
    if (session.can_time_out() && (offered.empty() || unit(random) < 0.03)) {
        seconds = limit;
        return session.time_out(limit);
    }
    int chosen = offered[random() % offered.size()];
    if (unit(random) < ability) {
        int best_points = -1000;
        for (int choice : offered) {
            const std::vector<int>& score = session.node().choices[static_cast<std::size_t>(choice)].score;
            int points = 0;
            for (int p : score) points += p;
            if (points > best_points) best_points = points, chosen = choice;
        }
    }
    seconds = std::min(limit - 0.5, 2.0 + std::exponential_distribution<double>(1 / 7.0)(random));
    return session.choose(chosen, seconds);
}


void generate(sqlite3* db, const Options& options, const std::vector<LoadedScenario>& library) {
    std::mt19937 random(2026);
    std::uniform_real_distribution<double> unit(0, 1);
    exec(db, "PRAGMA synchronous=OFF");  // loading only; the measurements reopen the store with FULL
    exec(db, "BEGIN");
    const double year_start = 1767225600;  // 2026-01-01
    // Trainees: 40 cohorts, each with its own start date; ability and activity differ per trainee.
    std::vector<double> ability(static_cast<std::size_t>(options.trainees));
    std::vector<double> weight(static_cast<std::size_t>(options.trainees));
    {
        Insert trainee(db, "INSERT INTO trainees(id, display_name, cohort, created_at) VALUES (?1, ?2, ?3, ?4)");
        for (int t = 0; t < options.trainees; ++t) {
            char id[16], cohort[32], name[32];
            std::snprintf(id, sizeof id, "T%05d", t + 1);
            std::snprintf(cohort, sizeof cohort, "cohort-2026-%02d", t % options.cohorts + 1);
            std::snprintf(name, sizeof name, "Trainee %d", t + 1);
            trainee.text(1, id).text(2, name).text(3, cohort).text(4, iso(year_start + (t % options.cohorts) * 86400.0)).run();
            ability[static_cast<std::size_t>(t)] = 0.2 + 0.7 * unit(random);
            weight[static_cast<std::size_t>(t)] = std::exp(std::normal_distribution<double>(0, 0.5)(random));
        }
    }
    // Each session's share of decisions: 10..30, adjusted so the total is exact.
    std::vector<int> quota(static_cast<std::size_t>(options.sessions));
    long total = 0;
    for (int& q : quota) total += (q = 10 + static_cast<int>(random() % 21));
    while (total != options.decisions) {
        int& q = quota[random() % quota.size()];
        if (total < options.decisions && q < 40) ++q, ++total;
        else if (total > options.decisions && q > 2) --q, --total;
    }
    std::discrete_distribution<int> pick_trainee(weight.begin(), weight.end());
    // The rows the store itself writes (see its schema): a session, its skills, its decisions and their points.
    Insert session_row(db,
                       "INSERT INTO sessions(id, trainee, scenario_id, scenario_title, scenario_hash, scenario_language, started_at, "
                       "ended_at, ending, overall, passed, feedback_mode, source) "
                       "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)");
    Insert skill_row(db, "INSERT INTO session_skills(session, position, skill, raw, best, percent) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    Insert decision_row(db,
                        "INSERT INTO decisions(session, sequence, answer, mood_after, response_seconds, recorded_at) "
                        "VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    Insert answer_row(db, "INSERT INTO answers(id, scenario_hash, node, choice, timed_out, said, points) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    std::map<std::string, std::int64_t> answers;  // each distinct answer once (stored_answer.h), by its fields
    const double span = 320 * 86400.0;
    long rows = 0;
    for (int s = 0; s < options.sessions; ++s) {
        int t = pick_trainee(random);
        const LoadedScenario& loaded = library[random() % library.size()];
        const Scenario& scenario = *loaded.scenario;
        double started = year_start + span * s / options.sessions + unit(random) * 60;
        double clock = started;
        bool unfinished = unit(random) < 0.06;  // interrupted, never resumed
        // The session row goes first (decisions refer to it), so its decisions are played before either is written.
        struct Played {
            Decision decision;
            double seconds;
            double at;
        };
        std::vector<Played> played;
        std::optional<Session> session;
        for (int sequence = 1; sequence <= quota[static_cast<std::size_t>(s)]; ++sequence) {
            if (!session || session->finished()) session.emplace(loaded.scenario);
            double seconds = 0;
            const Decision& decision = answer(*session, random, ability[static_cast<std::size_t>(t)], seconds);
            clock += seconds + 3;
            played.push_back({decision, seconds, clock});
        }
        // Play the last conversation to its end, unrecorded, for the session's results.
        while (!session->finished()) {
            double seconds = 0;
            answer(*session, random, ability[static_cast<std::size_t>(t)], seconds);
        }
        char id[16];
        std::snprintf(id, sizeof id, "T%05d", t + 1);
        session_row.integer(1, s + 1).text(2, id).text(3, scenario.id).text(4, scenario.title).text(5, content_hash_hex(scenario))
            .text(6, language_name(scenario.language)).text(7, iso(started)).text(12, s % 3 ? "end" : "immediate")
            .text(13, s % 4 ? "gui" : "play");
        std::optional<SessionResult> result;
        if (unfinished || !session->at_ending()) {
            session_row.null(8).null(9).null(10).null(11);
        } else {
            result = score_session(scenario, *loaded.analysis, session->history(), session->ending());
            session_row.text(8, iso(clock + 5)).text(9, ending_name(result->ending)).real(10, result->overall).integer(11, result->passed ? 1 : 0);
        }
        session_row.run();
        if (result)
            for (std::size_t position = 0; position < result->skills.size(); ++position) {
                const SkillResult& skill = result->skills[position];
                skill_row.integer(1, s + 1).integer(2, static_cast<std::int64_t>(position)).text(3, skill.skill).integer(4, skill.raw)
                    .integer(5, skill.best);
                if (skill.percent) skill_row.real(6, *skill.percent);
                else skill_row.null(6);
                skill_row.run();
            }
        int sequence = 0;
        for (const Played& p : played) {
            const Decision& decision = p.decision;
            DecisionRecord record = decision_record(scenario, decision, s + 1, ++sequence);
            std::string hash = content_hash_hex(scenario);
            std::string points = points_text(record.score);
            std::string key = hash + '\n' + record.node + '\n' + std::to_string(record.choice) + '\n' + record.said + '\n' + points;
            auto [found, added] = answers.emplace(key, static_cast<std::int64_t>(answers.size() + 1));
            if (added)
                answer_row.integer(1, found->second).text(2, hash).text(3, record.node).integer(4, record.choice)
                    .integer(5, record.timed_out ? 1 : 0).text(6, record.said).text(7, points).run();
            decision_row.integer(1, s + 1).integer(2, sequence).integer(3, found->second).integer(4, decision.mood_after).real(5, p.seconds)
                .text(6, iso(p.at)).run();
            ++rows;
        }
        if (rows >= 200000) {  // big transactions, but a bounded write-ahead log
            exec(db, "COMMIT");
            exec(db, "BEGIN");
            rows = 0;
        }
    }
    exec(db, "COMMIT");
}

// Appends 8 KB and syncs, `count` times: what any durable commit costs on this disk at least.
std::vector<double> disk_sync_times(const std::string& path, int count) {
    std::vector<double> times;
    int fd = ::open(path.c_str(), O_CREAT | O_WRONLY | O_TRUNC | O_CLOEXEC, 0600);
    if (fd < 0) return times;
    std::vector<char> page(8192, 'x');
    for (int i = 0; i < count; ++i) {
        Clock::time_point start = Clock::now();
        if (::write(fd, page.data(), page.size()) != static_cast<ssize_t>(page.size()) || ::fdatasync(fd) != 0) break;
        times.push_back(milliseconds_since(start));
    }
    ::close(fd);
    ::unlink(path.c_str());
    return times;
}

void measure(const char* what, int runs, const std::function<std::string()>& work) { print_timing(what, time_runs(runs, work)); }

bool parse_options(int argc, char** argv, Options& options) {
    for (int i = 1; i + 1 < argc; i += 2) {
        std::string arg = argv[i];
        const char* value = argv[i + 1];
        if (arg == "--scenarios") options.scenarios = value;
        else if (arg == "--samples") options.samples = std::atoi(value);
        else if (arg == "--runs") options.runs = std::atoi(value);
        else if (arg == "--trainees") options.trainees = std::atoi(value);
        else if (arg == "--sessions") options.sessions = std::atoi(value);
        else if (arg == "--decisions") options.decisions = std::atol(value);
        else if (arg == "--keep") options.keep = value;
        else if (arg == "--sql") options.sql.push_back(value);
        else return false;
    }
    return argc % 2 == 1 && options.samples > 0 && options.runs > 0 && options.trainees > 0 && options.sessions > 0 &&
           options.decisions >= 2L * options.sessions;
}

}  // namespace

int main(int argc, char** argv) {
    namespace fs = std::filesystem;
    Options options;
    if (!parse_options(argc, argv, options)) {
        std::fprintf(stderr, "usage: bench_results [--scenarios DIR] [--samples N] [--runs R] [--trainees N] [--sessions N] "
                             "[--decisions N] [--keep DIR] [--sql STATEMENT]...\n");
        return 2;
    }
    // Setup: the library, a fresh folder, the data.
    std::vector<LoadedScenario> library = load_library(options.scenarios);
    if (library.empty()) {
        std::fprintf(stderr, "bench_results: no playable scenario in %s\n", options.scenarios.c_str());
        return 1;
    }
    std::string folder = options.keep;
    if (folder.empty()) {
        std::string pattern = (fs::temp_directory_path() / "frontdesk-bench-results-XXXXXX").string();
        if (!::mkdtemp(pattern.data())) {
            std::perror("bench_results: mkdtemp");
            return 1;
        }
        folder = pattern;
    }
    std::string path = folder + "/results.db";
    fs::remove(path);
    fs::remove(path + "-wal");
    fs::remove(path + "-shm");
    std::printf("bench_results: %d trainees in %d cohorts, %d sessions, %ld decisions of %zu scenarios; SQLite %s\n",
                options.trainees, options.cohorts, options.sessions, options.decisions, library.size(), sqlite3_libversion());
    try {
        Clock::time_point start = Clock::now();
        open_results_store(path).reset();  // the file and its schema, as the program creates them
        {
            sqlite3* loader = nullptr;
            if (sqlite3_open(path.c_str(), &loader) != SQLITE_OK) throw std::runtime_error("cannot open " + path);
            exec(loader, "PRAGMA foreign_keys=ON");
            generate(loader, options, library);
            for (const std::string& sql : options.sql) {
                Clock::time_point begin = Clock::now();
                exec(loader, sql.c_str());
                std::printf("  --sql %s: %.1f s\n", sql.c_str(), milliseconds_since(begin) / 1000);
            }
            exec(loader, "PRAGMA wal_checkpoint(TRUNCATE)");
            sqlite3_close(loader);
        }
        // The load ran with synchronous=OFF: flush the file now, or the first checkpoint measured below would
        // pay for writing the whole freshly generated file to the disk.
        int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
        if (fd < 0 || ::fsync(fd) != 0) std::perror("bench_results: fsync");
        if (fd >= 0) ::close(fd);
        std::printf("  data generated and inserted in %.1f s; file %s: %.1f MB\n", milliseconds_since(start) / 1000, path.c_str(),
                    static_cast<double>(fs::file_size(path)) / 1e6);

        std::unique_ptr<ResultsStore> opened = open_results_store(path);  // as a trainee's program opens it: WAL, synchronous=FULL
        ResultsStore& store = *opened;
        sqlite3* inspect = nullptr;  // the benchmark's own look at the file: indexes, sizes, the one-query comparison
        if (sqlite3_open_v2(path.c_str(), &inspect, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) throw std::runtime_error("cannot open " + path);
        {
            sqlite3_stmt* statement = nullptr;
            sqlite3_prepare_v2(inspect, "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY name", -1,
                               &statement, nullptr);
            std::printf("  indexes (besides primary keys):\n");
            while (sqlite3_step(statement) == SQLITE_ROW)
                std::printf("    %s\n", reinterpret_cast<const char*>(sqlite3_column_text(statement, 1)));
            sqlite3_finalize(statement);
        }

        // (a) Recording one decision, as the player does between two choices.
        std::vector<double> record;
        store.upsert_trainee("bench", "Bench Trainee", "cohort-2026-01");
        std::mt19937 random(7);
        while (static_cast<int>(record.size()) < options.samples) {
            const LoadedScenario& loaded = library[record.size() % library.size()];
            std::int64_t id = store.begin_session(new_session_record(*loaded.scenario, "bench", "end", "play"));
            Session session(loaded.scenario);
            int sequence = 0;
            while (!session.finished() && static_cast<int>(record.size()) < options.samples) {
                double seconds = 0;
                const Decision& decision = answer(session, random, 0.5, seconds);
                DecisionRecord row = decision_record(*loaded.scenario, decision, id, ++sequence);
                Clock::time_point begin = Clock::now();
                store.record_decision(row);
                record.push_back(milliseconds_since(begin));
            }
            if (session.at_ending())
                store.finish_session(id, session_outcome(score_session(*loaded.scenario, *loaded.analysis, session.history(), session.ending())));
        }
        std::printf("record_decision (synchronous=FULL, %zu samples): median %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms"
                    " (target p99 < 10 ms)\n",
                    record.size(), percentile(record, 0.5), percentile(record, 0.9), percentile(record, 0.99),
                    *std::max_element(record.begin(), record.end()));
        // The floor under it: a committed decision costs at least one sync of the write-ahead log.
        std::vector<double> sync = disk_sync_times(folder + "/sync-floor", options.samples);
        if (!sync.empty())
            std::printf("the disk alone (append 8 KB + fdatasync, same folder): median %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms\n",
                        percentile(sync, 0.5), percentile(sync, 0.9), percentile(sync, 0.99), *std::max_element(sync.begin(), sync.end()));

        // (b) Reports, each timed over `runs` runs.
        std::printf("reports (%d runs each, whole file unless a cohort is named):\n", options.runs);
        ResultsFilter everyone;
        ResultsFilter one_cohort;
        one_cohort.cohort = "cohort-2026-07";
        ReportData report;
        measure("cohort overview (target < 300 ms)", options.runs, [&] {
            ReportData overview = build_cohort_overview(store, everyone);
            return "   (" + std::to_string(overview.trainees.size()) + " trainees)";
        });
        measure("cohort overview, one cohort", options.runs, [&] {
            ReportData overview = build_cohort_overview(store, one_cohort);
            return "   (" + std::to_string(overview.trainees.size()) + " trainees)";
        });
        measure("build_report", options.runs, [&] {
            report = build_report(store, everyone);
            return "   (" + std::to_string(report.attempts) + " attempts)";
        });
        measure("build_report, one cohort", options.runs, [&] {
            ReportData cohort = build_report(store, one_cohort);
            return "   (" + std::to_string(cohort.attempts) + " attempts)";
        });
        // Where build_report spends its time: each streaming scan alone, rows decoded but not kept.
        for (const auto& [what, timing] : time_scans(store, options.runs)) print_timing(what, timing);
        auto render = [&](const char* what, ReportFormat format) {
            measure(what, options.runs, [&] {
                std::ostringstream out;
                write_report(report, format, out);
                return "   (" + std::to_string(out.str().size() / 1000) + " kB)";
            });
        };
        render("render table", ReportFormat::table);
        render("render csv", ReportFormat::csv);
        render("render json", ReportFormat::json);
        render("render html", ReportFormat::html);

        // The overview's figures as one SQL query, to compare with build_cohort_overview.
        measure("overview as one SQL query", options.runs, [&] {
            sqlite3_stmt* statement = nullptr;
            sqlite3_prepare_v2(inspect,
                               "SELECT t.id, t.cohort, COUNT(s.id), COUNT(s.ended_at), SUM(s.passed), AVG(s.overall), "
                               "AVG(k0.percent), AVG(k1.percent), AVG(k2.percent), MAX(s.started_at) "
                               "FROM trainees t LEFT JOIN sessions s ON s.trainee = t.id "
                               "LEFT JOIN session_skills k0 ON k0.session = s.id AND k0.position = 0 "
                               "LEFT JOIN session_skills k1 ON k1.session = s.id AND k1.position = 1 "
                               "LEFT JOIN session_skills k2 ON k2.session = s.id AND k2.position = 2 "
                               "GROUP BY t.id ORDER BY t.id",
                               -1, &statement, nullptr);
            int rows = 0;
            while (sqlite3_step(statement) == SQLITE_ROW) ++rows;
            sqlite3_finalize(statement);
            return "   (" + std::to_string(rows) + " trainees)";
        });

        std::printf("file after the benchmark: %.1f MB (+ %.1f MB write-ahead log)", static_cast<double>(fs::file_size(path)) / 1e6,
                    fs::exists(path + "-wal") ? static_cast<double>(fs::file_size(path + "-wal")) / 1e6 : 0.0);
        // Per table and index, when this SQLite has the dbstat table.
        sqlite3_stmt* sizes = nullptr;
        if (sqlite3_prepare_v2(inspect, "SELECT name, SUM(pgsize) FROM dbstat GROUP BY name HAVING SUM(pgsize) > 100000 ORDER BY 2 DESC",
                               -1, &sizes, nullptr) == SQLITE_OK) {
            const char* separator = ":";
            while (sqlite3_step(sizes) == SQLITE_ROW) {
                std::printf("%s %s %.1f MB", separator, reinterpret_cast<const char*>(sqlite3_column_text(sizes, 0)),
                            static_cast<double>(sqlite3_column_int64(sizes, 1)) / 1e6);
                separator = ",";
            }
        }
        sqlite3_finalize(sizes);
        sqlite3_close(inspect);
        std::printf("\n");
    } catch (const std::exception& error) {
        std::fprintf(stderr, "bench_results: %s\n", error.what());
        if (options.keep.empty()) fs::remove_all(folder);
        return 1;
    }
    if (options.keep.empty()) fs::remove_all(folder);
    return 0;
}
