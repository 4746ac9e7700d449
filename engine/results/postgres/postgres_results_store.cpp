// The PostgreSQL results store: opening (connect, check the schema, learn what this login may do), writes
// through the recording functions (each its own transaction, committed before it returns), reads and scans
// (scans through a cursor in one read-only snapshot, so a million decisions never sit in memory at once),
// copying in, and forgetting with the affected tables rewritten.
#include "frontdesk/postgres_results_store.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <memory>

#include <nlohmann/json.hpp>

#include "frontdesk/stored_answer.h"
#include "frontdesk/terminal_text.h"
#include "pg_connection.h"
#include "pg_records.h"
#include "pg_schema.h"

namespace frontdesk {

namespace {

using namespace pg;
using stored_rows::PointsDecoder;

// The filter as SQL conditions on sessions s, with numbered parameters after those a query already has.
struct FilterSql {
    std::string trainees;  // conditions on t, each starting with " AND"
    std::string sessions;  // conditions on s, including "of a kept trainee"
    Parameters parameters;

    // Only the trainees' conditions (and parameters) for a query on trainees alone.
    enum class Of { sessions, trainees };

    explicit FilterSql(const ResultsFilter& filter, Of of = Of::sessions) {
        auto add = [&](const std::string& value) {
            parameters.push_back(value);
            return "$" + std::to_string(parameters.size());
        };
        if (!filter.cohort.empty()) trainees += " AND t.cohort = " + add(filter.cohort);
        if (!filter.trainee.empty()) trainees += " AND t.id = " + add(filter.trainee);
        if (of == Of::trainees) return;
        if (!filter.scenario_id.empty()) sessions += " AND s.scenario_id = " + add(filter.scenario_id);
        if (!filter.since.empty()) sessions += " AND s.started_at >= " + add(filter.since);
        if (filter.finished_only) sessions += " AND s.ended_at IS NOT NULL";
        if (!trainees.empty()) sessions += " AND s.trainee IN (SELECT t.id FROM trainees t WHERE true" + trainees + ")";
    }
};

const std::string select_sessions = std::string("SELECT ") + stored_rows::session_columns + " FROM sessions s" + stored_rows::session_skill_join;
const std::string decision_columns = std::string(stored_rows::decision_columns) + ", " + decision_time_columns;
const std::string select_decisions = "SELECT " + decision_columns + " FROM decisions d" + stored_rows::decision_answer_join;

const char* const answer_not_saved = "nothing of this answer was saved";
const char* const session_not_started = "the session was not started";
const char* const ending_not_saved = "the ending was not saved (the answers before it were)";
const char* const trainee_not_saved = "the trainee was not saved";

// Rows of select_sessions ordered so each session's rows are together: each session once, with its skills.
void read_sessions(const PGresult* rows, std::optional<SessionRecord>& current, const std::function<void(SessionRecord&&)>& visit) {
    for (int row = 0; row < PQntuples(rows); ++row) {
        std::int64_t id = integer(rows, row, 0);
        if (!current || current->id != id) {
            if (current) visit(std::move(*current));
            current = stored_rows::read_session(Row{rows, row});
        }
        stored_rows::add_skill(Row{rows, row}, *current);
    }
}

std::string skills_json(const std::vector<SkillScore>& skills) {
    nlohmann::json array = nlohmann::json::array();
    for (const SkillScore& skill : skills)
        array.push_back({{"skill", skill.skill}, {"raw", skill.raw}, {"best", skill.best},
                         {"percent", skill.percent && std::isfinite(*skill.percent) ? nlohmann::json(*skill.percent) : nlohmann::json(nullptr)}});
    return array.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

// PostgreSQL text cannot hold U+0000; everything else valid UTF-8 it stores.
std::string nul_problem(std::initializer_list<const std::string*> texts) {
    for (const std::string* text : texts)
        if (text->find('\0') != std::string::npos) return "the text holds a NUL character, which the database cannot store";
    return "";
}

class PostgresResultsStore final : public ResultsStore {
public:
    PostgresResultsStore(const std::string& uri, const StoreOptions& options, bool writable)
        : connection_(uri, options), options_(options), writable_(writable) {
        require_current_schema(connection_);
        Result rights = connection_.run("SELECT has_table_privilege('frontdesk.sessions', 'SELECT')", "cannot read what this login may do");
        can_read_ = boolean(rights.get(), 0, 0);
    }

    const std::string& location() const override { return connection_.location(); }
    int schema_version() const override { return pg::schema_version(connection_); }

    std::vector<TraineeRecord> trainees() const override {
        std::vector<TraineeRecord> out;
        scan_trainees({}, [&](const TraineeRecord& trainee) { out.push_back(trainee); });
        return out;
    }

    std::optional<TraineeRecord> trainee(const std::string& id) const override {
        Result rows = read(std::string("SELECT ") + stored_rows::trainee_columns + " FROM trainees t WHERE t.id = $1", {id}, "cannot read the trainee");
        if (PQntuples(rows.get()) == 0) return std::nullopt;
        return stored_rows::read_trainee(Row{rows.get(), 0});
    }

    std::vector<SessionRecord> sessions(const ResultsFilter& filter) const override {
        FilterSql where(filter);
        std::vector<SessionRecord> out;
        scan(select_sessions + " WHERE true" + where.sessions + " ORDER BY s.started_at, s.id, k.position", where.parameters,
             "cannot read the sessions", sessions_visitor([&](SessionRecord&& record) { out.push_back(std::move(record)); }));
        return out;
    }

    std::optional<SessionRecord> session(std::int64_t id) const override {
        Result rows = read(select_sessions + " WHERE s.id = $1 ORDER BY k.position", {number(id)}, "cannot read the session");
        std::optional<SessionRecord> current;
        std::optional<SessionRecord> out;
        read_sessions(rows.get(), current, [&](SessionRecord&& record) { out = std::move(record); });
        if (current) out = std::move(current);
        return out;
    }

    std::vector<DecisionRecord> decisions(std::int64_t session) const override {
        // A recorder may read only the decisions of an unfinished session, to resume it.
        Result rows = can_read_ ? read(select_decisions + " WHERE d.session = $1 ORDER BY d.sequence", {number(session)}, "cannot read the decisions")
                                : read("SELECT session, sequence, node, choice, said, mood_after, response_seconds, timed_out, points, recorded_ms, "
                                       "recorded_text FROM unfinished_decisions($1)",
                                       {number(session)}, "cannot read the decisions");
        std::vector<DecisionRecord> out;
        PointsDecoder points;
        for (int row = 0; row < PQntuples(rows.get()); ++row) out.push_back(stored_rows::read_decision(Row{rows.get(), row}, points));
        return out;
    }

    std::optional<SessionRecord> unfinished_session(const std::string& trainee, const std::string& scenario_id,
                                                    const std::string& scenario_hash) const override {
        // Through the function whatever the login: the same answer for the recorder and for everyone else.
        Result rows = read("SELECT u.*, NULL::integer, NULL::text, NULL::integer, NULL::integer, NULL::double precision "
                           "FROM unfinished_session($1, $2, $3) u",
                           {trainee, scenario_id, scenario_hash}, "cannot look for an interrupted session");
        if (PQntuples(rows.get()) == 0) return std::nullopt;
        return stored_rows::read_session(Row{rows.get(), 0});  // unfinished: no skills yet
    }

    void scan_trainees(const ResultsFilter& filter, const std::function<void(const TraineeRecord&)>& visit) const override {
        FilterSql where(filter, FilterSql::Of::trainees);
        scan(std::string("SELECT ") + stored_rows::trainee_columns + " FROM trainees t WHERE true" + where.trainees + " ORDER BY t.id",
             where.parameters, "cannot read the trainees", [&](const PGresult* rows) {
                 for (int row = 0; row < PQntuples(rows); ++row) visit(stored_rows::read_trainee(Row{rows, row}));
             });
    }

    void scan_sessions(const ResultsFilter& filter, const std::function<void(const SessionRecord&)>& visit) const override {
        scan_sessions_of(stored_rows::session_columns_alone, stored_rows::read_session<Row>, filter, visit);
    }

    // Reports read 10 of the sessions' 16 columns: the UUIDs, hashes and the rest are neither sent nor decoded.
    void scan_session_outcomes(const ResultsFilter& filter, const std::function<void(const SessionRecord&)>& visit) const override {
        scan_sessions_of(stored_rows::session_outcome_columns, stored_rows::read_session_outcome<Row>, filter, visit);
    }

    // The sessions (`columns`, read by `read`) and their skills as two cursors in id order, merged here: both
    // read straight from their primary keys, where one joined query would sort every session's columns once
    // per skill.
    void scan_sessions_of(const char* columns, SessionRecord (*read)(const Row&), const ResultsFilter& filter,
                          const std::function<void(const SessionRecord&)>& visit) const {
        const char* what = "cannot read the sessions";
        FilterSql where(filter);
        ReadSnapshot snapshot(connection_, what);
        prepare_scan(what);
        Cursor skills(*this, "skills",
                      std::string("SELECT ") + stored_rows::skill_columns + " FROM session_skills k" +
                          (where.sessions.empty() ? "" : " WHERE k.session IN (SELECT s.id FROM sessions s WHERE true" + where.sessions + ")") +
                          " ORDER BY k.session, k.position",
                      where.parameters, what);
        Cursor sessions(*this, "sessions",
                        std::string("SELECT ") + columns + " FROM sessions s WHERE true" + where.sessions + " ORDER BY s.id",
                        where.parameters, what);
        bool skill = skills.next();
        while (sessions.next()) {
            SessionRecord record = read(sessions.row());
            // Skills of no session the filter keeps (only raw SQL leaves any) are passed over.
            while (skill && skills.row().integer(0) < record.id) skill = skills.next();
            for (; skill && skills.row().integer(0) == record.id; skill = skills.next()) stored_rows::add_skill(skills.row(), record, 1);
            visit(record);
        }
    }

    void scan_decisions(const ResultsFilter& filter, const std::function<void(const DecisionRecord&)>& visit) const override {
        FilterSql where(filter);
        PointsDecoder points;
        scan("SELECT " + decision_columns + " FROM sessions s JOIN decisions d ON d.session = s.id" + stored_rows::decision_answer_join +
                 " WHERE true" + where.sessions + " ORDER BY d.session, d.sequence",
             where.parameters, "cannot read the decisions", [&](const PGresult* rows) {
                 for (int row = 0; row < PQntuples(rows); ++row) visit(stored_rows::read_decision(Row{rows, row}, points));
             });
    }

    // The answers table once, then the decisions as three integers each in the server's binary form, in one
    // snapshot: no words, points or times decoded a million times.
    void scan_answered_decisions(const ResultsFilter& filter, const std::function<void(const AnswerRecord&)>& answer,
                                 const std::function<void(const AnsweredDecision&)>& decision) const override {
        const char* what = "cannot read the decisions";
        ReadSnapshot snapshot(connection_, what);
        prepare_scan(what);
        {
            Result rows = read(std::string("SELECT ") + stored_rows::answer_columns + " FROM answers a", {}, what);
            PointsDecoder points;
            for (int row = 0; row < PQntuples(rows.get()); ++row) answer(stored_rows::read_answer(Row{rows.get(), row}, points));
        }
        FilterSql where(filter);
        fetch("SELECT d.session, d.sequence, d.answer FROM sessions s JOIN decisions d ON d.session = s.id WHERE true" + where.sessions +
                  " ORDER BY d.session",
              where.parameters, what, true, [&](const PGresult* rows) {
                  for (int row = 0; row < PQntuples(rows); ++row)
                      decision(AnsweredDecision{binary_integer(rows, row, 0), static_cast<int>(binary_integer(rows, row, 1)),
                                                binary_integer(rows, row, 2)});
              });
    }

    StoreCounts counts() const override {
        Result rows = read("SELECT (SELECT count(*) FROM trainees), (SELECT count(*) FROM sessions), "
                           "(SELECT count(*) FROM sessions WHERE ended_at IS NOT NULL), (SELECT count(*) FROM decisions), "
                           "(SELECT count(*) FROM lrs_deliveries l WHERE l.session IN (SELECT uuid FROM sessions))",
                           {}, "cannot count the results");
        return StoreCounts{integer(rows.get(), 0, 0), integer(rows.get(), 0, 1), integer(rows.get(), 0, 2), integer(rows.get(), 0, 3),
                           integer(rows.get(), 0, 4)};
    }

    void upsert_trainee(const std::string& id, const std::string& display_name, const std::string& cohort) override {
        require_writable("cannot save the trainee");
        std::string name = display_name.empty() ? id : display_name;
        if (std::string problem = trainee_text_problem(id, name, cohort); !problem.empty()) refuse("cannot save the trainee", problem, trainee_not_saved);
        connection_.run("SELECT upsert_trainee($1, $2, $3, $4)", {id, name, cohort, now()}, "cannot save the trainee", trainee_not_saved);
    }

    std::int64_t begin_session(const NewSession& session) override {
        const char* what = "cannot start recording the session";
        require_writable(what);
        if (std::string problem = record_text_problem("trainee id", session.trainee); !problem.empty()) refuse(what, problem, session_not_started);
        if (std::string problem = new_session_problem(session); !problem.empty()) refuse(what, problem, session_not_started);
        if (std::string problem = nul_problem({&session.scenario_id, &session.scenario_title, &session.scenario_hash}); !problem.empty())
            refuse(what, problem, session_not_started);
        Parameters parameters{new_session_uuid(options_.new_uuid), session.trainee, session.scenario_id, session.scenario_title,
                              session.scenario_hash, session.scenario_language, now(), session.feedback_mode, session.source};
        parameters.push_back(session.shuffle_seed ? std::optional<std::string>(number(static_cast<std::int64_t>(*session.shuffle_seed))) : std::nullopt);
        parameters.push_back(session.phrasing.empty() ? std::nullopt : std::optional<std::string>(session.phrasing));
        try {
            Result rows = connection_.run("SELECT begin_session($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)", parameters, what, session_not_started);
            return integer(rows.get(), 0, 0);
        } catch (const ServerError& e) {
            if (e.sqlstate() != "23503") throw;
            refuse(what, "the trainee '" + terminal_safe(session.trainee) + "' is not in the results (forgotten meanwhile by 'frontdesk trainee forget'?)",
                   std::string(session_not_started) + "; enter the trainee again to record a new session");
        }
    }

    void record_decision(const DecisionRecord& record) override {
        const std::string what = "cannot save answer " + std::to_string(record.sequence) + " of session " + std::to_string(record.session);
        require_writable(what.c_str());
        if (std::string problem = decision_problem(record); !problem.empty()) refuse(what, problem, answer_not_saved);
        if (std::string problem = nul_problem({&record.node, &record.said}); !problem.empty()) refuse(what, problem, answer_not_saved);
        if (record.sequence < 1 || record.sequence > 32767 || record.mood_after < -32768 || record.mood_after > 32767)
            refuse(what, "the step number or the mood is out of range (steps 1 to 32767, mood within +/-32767)", answer_not_saved);
        std::string at = record.recorded_at.empty() ? now() : record.recorded_at;
        std::optional<std::int64_t> milliseconds = canonical_milliseconds(at);
        try {
            connection_.run("SELECT record_decision($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)",
                            {number(record.session), std::to_string(record.sequence), record.node, std::to_string(record.choice),
                             record.timed_out ? "true" : "false", record.said, points_text(record.score), std::to_string(record.mood_after),
                             number(record.response_seconds), number(milliseconds.value_or(0)),
                             milliseconds ? std::nullopt : std::optional<std::string>(at)},
                            what, answer_not_saved);
        } catch (const ServerError& e) {
            if (e.sqlstate() == "FD001")
                refuse(what,
                       "this step is already recorded: another program recorded this session too (the same session resumed in a second "
                       "window or player?)",
                       std::string(answer_not_saved) + "; close the other program, then resume the session again so that only one records it");
            if (e.sqlstate() == "FD002")
                refuse(what, "the session is no longer in the results (was its trainee forgotten while it was played?)",
                       std::string(answer_not_saved) + "; start a new session to record again");
            throw;
        }
    }

    void finish_session(std::int64_t session, const SessionOutcome& outcome) override {
        const std::string what = "cannot save the ending of session " + std::to_string(session);
        require_writable(what.c_str());
        if (std::string problem = outcome_problem(outcome); !problem.empty()) refuse(what, problem, ending_not_saved);
        Result rows = connection_.run("SELECT finish_session($1, $2, $3, $4, $5, $6)",
                                      {number(session), now(), outcome.ending, number(outcome.overall), outcome.passed ? "true" : "false",
                                       skills_json(outcome.skills)},
                                      what, ending_not_saved);
        if (!boolean(rows.get(), 0, 0))
            refuse(what, "the session is no longer in the results (was its trainee forgotten while it was played?)",
                   "its ending was not saved; start a new session to record again");
    }

    ForgetOutcome forget_trainee(const std::string& id) override;
    bool merge_trainee(const TraineeRecord& trainee) override;

    std::vector<std::string> delivered_statements() const override {
        Result rows = read("SELECT statement_id::text FROM lrs_deliveries WHERE session IN (SELECT uuid FROM sessions) ORDER BY statement_id::text", {},
                           "cannot read which statements the LRS has");
        std::vector<std::string> ids;
        for (int row = 0; row < PQntuples(rows.get()); ++row) ids.emplace_back(PQgetvalue(rows.get(), row, 0));
        return ids;
    }

    // One statement for the whole list (the rows travel as JSON), as import_sessions does. Not through
    // require_writable: the frontdesk_sync role may insert here and nowhere else, and the server says so.
    void record_deliveries(const std::vector<StatementDelivery>& deliveries) override {
        const char* what = "cannot note the statements the LRS confirmed";
        const char* consequence = "the next sync sends them again (the LRS keeps one copy)";
        nlohmann::json rows = nlohmann::json::array();
        for (const StatementDelivery& delivery : deliveries) {
            if (std::string problem = delivery_problem(delivery); !problem.empty()) refuse(what, problem, consequence);
            rows.push_back({delivery.statement_id, delivery.session_uuid});
        }
        if (rows.empty()) return;
        connection_.run("INSERT INTO lrs_deliveries(statement_id, session, delivered_at) "
                        "SELECT (r->>0)::uuid, (r->>1)::uuid, $2 FROM jsonb_array_elements($1::jsonb) r ON CONFLICT DO NOTHING",
                        {rows.dump(), now()}, what, consequence);
    }
    ImportOutcome import_sessions(const std::vector<SessionCopy>& sessions) override;

private:
    std::string now() const { return options_.clock ? options_.clock() : utc_now_iso8601(); }

    void require_writable(const char* what) const {
        if (!writable_) throw StoreError(location() + ": " + what + ": the results were opened only to read; nothing was saved");
    }
    [[noreturn]] void refuse(const std::string& what, const std::string& problem, const std::string& consequence) const {
        throw StoreError(location() + ": " + what + ": " + problem + "; " + consequence);
    }

    // Reading tables: a recorder's login may not, and is told so in words, not as a privilege error.
    Result read(const std::string& sql, const Parameters& parameters, const std::string& what) const {
        try {
            return connection_.run(sql, parameters, what);
        } catch (const ServerError& e) {
            if (e.sqlstate() == "42501") throw StoreError(recorder_refusal(what));
            throw;
        }
    }

    std::string recorder_refusal(const std::string& what) const {
        return location() + ": " + what + ": the login '" + connection_.user() +
               "' may only record sessions (a training PC's login, in frontdesk_recorder): it may not read anybody's results; "
               "reports, exports and the Review need a login in frontdesk_reviewer, lrs sync one in frontdesk_sync (ask the database "
               "administrator)";
    }

    // A query read through a cursor in one read-only snapshot of its own.
    void scan(const std::string& sql, const Parameters& parameters, const std::string& what,
              const std::function<void(const PGresult*)>& visit) const {
        ReadSnapshot snapshot(connection_, what);
        prepare_scan(what);
        fetch(sql, parameters, what, false, visit);
    }

    void prepare_scan(const std::string& what) const {
        // Sorting a million decisions in memory takes a fraction of the time of sorting them on disk; and a
        // scan reads every row, so the plan should be the one fastest to the last row, not to the first.
        connection_.run("SET LOCAL work_mem = '256MB'", {}, what);
        connection_.run("SET LOCAL cursor_tuple_fraction = 1", {}, what);
    }

    // A query read through a cursor, 10,000 rows at a time, within the caller's snapshot; `binary`: the rows
    // in the server's binary form (binary_integer reads them).
    void fetch(const std::string& sql, const Parameters& parameters, const std::string& what, bool binary,
               const std::function<void(const PGresult*)>& visit) const {
        declare("scan", sql, parameters, what, binary);
        // The next batch is asked for before this one is handed over, so the server reads it while the rows
        // are counted here. The last, empty batch is handed over too: it tells a visitor that groups rows that
        // the end is reached.
        const char* next = "FETCH 10000 FROM scan";
        connection_.send(next, what);
        for (;;) {
            Result rows = connection_.receive(what);
            bool last = PQntuples(rows.get()) == 0;
            if (!last) connection_.send(next, what);
            try {
                if (!last && PQfformat(rows.get(), 0) != (binary ? 1 : 0))
                    throw StoreError(location() + ": " + what + ": the server sent the rows in another form than asked for");
                visit(rows.get());
            } catch (...) {
                connection_.drain();  // the batch asked for, which nobody will read
                throw;
            }
            if (last) break;
        }
        connection_.run("CLOSE scan", {}, what);
    }

    // A cursor within the caller's snapshot, read row by row (fetched 10,000 at a time).
    class Cursor {
    public:
        Cursor(const PostgresResultsStore& store, std::string name, const std::string& sql, const Parameters& parameters, std::string what)
            : store_(store), name_(std::move(name)), what_(std::move(what)) {
            store_.declare(name_, sql, parameters, what_, false);
        }
        bool next() {
            if (batch_ && ++row_ < PQntuples(batch_.get())) return true;
            if (done_) return false;
            batch_ = store_.connection_.run("FETCH 10000 FROM " + name_, {}, what_);
            row_ = 0;
            done_ = PQntuples(batch_.get()) == 0;
            return !done_;
        }
        Row row() const { return Row{batch_.get(), row_}; }

    private:
        const PostgresResultsStore& store_;
        std::string name_;
        std::string what_;
        Result batch_;
        int row_ = 0;
        bool done_ = false;
    };

    void declare(const std::string& name, const std::string& sql, const Parameters& parameters, const std::string& what, bool binary) const {
        try {
            connection_.run("DECLARE " + name + (binary ? " BINARY" : "") + " NO SCROLL CURSOR FOR " + sql, parameters, what);
        } catch (const ServerError& e) {
            if (e.sqlstate() == "42501") throw StoreError(recorder_refusal(what));
            throw;
        }
    }

    std::function<void(const PGresult*)> sessions_visitor(const std::function<void(SessionRecord&&)>& visit) const {
        auto current = std::make_shared<std::optional<SessionRecord>>();
        // The last session of the last batch is handed over when the next one starts, or at the end.
        return [current, visit](const PGresult* rows) {
            read_sessions(rows, *current, visit);
            if (PQntuples(rows) == 0) {
                if (*current) visit(std::move(**current));
                current->reset();
            }
        };
    }

    mutable Connection connection_;
    StoreOptions options_;
    bool writable_;
    bool can_read_ = false;
};

// Rows first, in one transaction; then the affected tables rewritten (VACUUM FULL cannot run inside a
// transaction), so no dead copy of the rows stays in their files. A rewrite that cannot get its lock
// leaves the marker, and the next forget finishes it.
ForgetOutcome PostgresResultsStore::forget_trainee(const std::string& id) {
    require_writable("cannot forget the trainee");
    const char* not_deleted = "nothing was deleted";
    const std::string what = "cannot forget the trainee";
    ForgetOutcome outcome;
    connection_.run("BEGIN", {}, what, not_deleted);
    try {
        Result pending = connection_.run("SELECT 1 FROM meta WHERE key = 'wipe_pending'", {}, what, not_deleted);
        outcome.wipe_was_pending = PQntuples(pending.get()) > 0;
        Result exists = connection_.run("SELECT 1 FROM trainees WHERE id = $1 FOR UPDATE", {id}, what, not_deleted);
        outcome.found = PQntuples(exists.get()) > 0;
        if (outcome.found) {
            for (const char* sql : {"DELETE FROM decisions WHERE session IN (SELECT id FROM sessions WHERE trainee = $1)",
                                    "DELETE FROM session_skills WHERE session IN (SELECT id FROM sessions WHERE trainee = $1)",
                                    "DELETE FROM lrs_deliveries WHERE session IN (SELECT uuid FROM sessions WHERE trainee = $1)",
                                    "DELETE FROM sessions WHERE trainee = $1", "DELETE FROM trainees WHERE id = $1"})
                connection_.run(sql, {id}, what, not_deleted);
            // The words as the trainee read them may hold their name: answers nobody else gave go too.
            connection_.run("DELETE FROM answers a WHERE NOT EXISTS (SELECT 1 FROM decisions d WHERE d.answer = a.id)", {}, what, not_deleted);
            connection_.run("INSERT INTO meta(key, value) VALUES ('wipe_pending', $1) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                            {now()}, what, not_deleted);
        }
        connection_.run("COMMIT", {}, what, not_deleted);
    } catch (const ServerError& e) {
        if (PQstatus(connection_.get()) == CONNECTION_OK) PQclear(PQexec(connection_.get(), "ROLLBACK"));
        if (e.sqlstate() == "42501")
            throw StoreError(location() + ": " + what + ": the login '" + connection_.user() +
                             "' may not delete results: forgetting a trainee needs the database owner (the login that ran "
                             "'frontdesk db init'); nothing was deleted");
        throw;
    } catch (...) {
        if (PQstatus(connection_.get()) == CONNECTION_OK) PQclear(PQexec(connection_.get(), "ROLLBACK"));
        throw;
    }
    if (!outcome.found && !outcome.wipe_was_pending) return outcome;
    try {
        // Waiting for readers (a report, the Review) at most as long as any write waits.
        connection_.run("SET lock_timeout = " + std::to_string(std::max(1, options_.busy_timeout_ms)), {}, what);
        connection_.run("VACUUM FULL trainees, sessions, session_skills, answers, decisions, lrs_deliveries", {}, what);
        connection_.run("SET lock_timeout = 0", {}, what);
        connection_.run("DELETE FROM meta WHERE key = 'wipe_pending'", {}, what);
    } catch (const ServerError& e) {
        outcome.wiped = false;
        outcome.wipe_problem = e.sqlstate() == "55P03"
                                   ? "another program is still reading the results (the window's Review, a report?), so the rewrite of the "
                                     "tables could not start and copies of the deleted rows stay in the tables' files until it does; "
                                     "close the other programs, then forget again (the same trainee id will do) to finish the wipe"
                                   : std::string("the tables could not be rewritten (") + e.what() +
                                         "); copies of the deleted rows stay in the tables' files until they are; forget again to finish the wipe";
        if (PQstatus(connection_.get()) == CONNECTION_OK) PQclear(PQexec(connection_.get(), "SET lock_timeout = 0"));
        return outcome;
    }
    // The write-ahead log still holds the rows until its segments are recycled; a checkpoint hastens that
    // (it needs pg_checkpoint or superuser; without, the server's own checkpoints do it within checkpoint_timeout).
    if (PQstatus(connection_.get()) == CONNECTION_OK) PQclear(PQexec(connection_.get(), "CHECKPOINT"));
    return outcome;
}

bool PostgresResultsStore::merge_trainee(const TraineeRecord& trainee) {
    require_writable("cannot copy the trainee");
    if (std::string problem = trainee_text_problem(trainee.id, trainee.display_name, trainee.cohort); !problem.empty())
        refuse("cannot copy the trainee", problem, trainee_not_saved);
    Result added = connection_.run("INSERT INTO trainees(id, display_name, cohort, created_at) VALUES ($1, $2, $3, $4) "
                                   "ON CONFLICT (id) DO NOTHING RETURNING 1",
                                   {trainee.id, trainee.display_name.empty() ? trainee.id : trainee.display_name, trainee.cohort,
                                    trainee.created_at.empty() ? now() : trainee.created_at},
                                   "cannot copy the trainee", trainee_not_saved);
    if (PQntuples(added.get()) > 0) return true;
    if (!trainee.cohort.empty())
        connection_.run("UPDATE trainees SET cohort = $2 WHERE id = $1 AND cohort = ''", {trainee.id, trainee.cohort}, "cannot copy the trainee",
                        trainee_not_saved);
    return false;
}

// A whole batch in a few statements (the rows travel as JSON), so copying a million decisions takes
// seconds rather than a round trip each.
ImportOutcome PostgresResultsStore::import_sessions(const std::vector<SessionCopy>& copies) {
    const std::string what = "cannot copy the sessions";
    const char* not_copied = "nothing of this batch of sessions was copied";
    require_writable(what.c_str());
    for (const SessionCopy& copy : copies) {
        if (std::string problem = session_copy_problem(copy); !problem.empty()) refuse(what, problem, not_copied);
        for (const DecisionRecord& decision : copy.decisions)
            if (std::string problem = nul_problem({&decision.node, &decision.said}); !problem.empty()) refuse(what, problem, not_copied);
    }
    ImportOutcome outcome;
    if (copies.empty()) return outcome;
    using nlohmann::json;
    auto dump = [](const json& value) { return value.dump(-1, ' ', false, json::error_handler_t::replace); };
    connection_.run("BEGIN", {}, what, not_copied);
    try {
        std::string uuids = "{";
        for (const SessionCopy& copy : copies) uuids += (uuids.size() > 1 ? "," : "") + copy.session.uuid;
        uuids += "}";
        Result existing = connection_.run("SELECT s.uuid, s.ended_at IS NOT NULL, coalesce(max(d.sequence), 0) FROM sessions s "
                                          "LEFT JOIN decisions d ON d.session = s.id WHERE s.uuid = ANY($1::uuid[]) GROUP BY s.id",
                                          {uuids}, what, not_copied);
        std::map<std::string, std::pair<bool, std::int64_t>> here;  // uuid: finished, decisions
        for (int row = 0; row < PQntuples(existing.get()); ++row)
            here[text(existing.get(), row, 0)] = {boolean(existing.get(), row, 1), integer(existing.get(), row, 2)};
        json sessions = json::array(), answers = json::array(), decisions = json::array(), endings = json::array(), skills = json::array();
        for (const SessionCopy& copy : copies) {
            const SessionRecord& s = copy.session;
            auto found = here.find(s.uuid);
            bool added = found == here.end();
            if (added) {
                sessions.push_back({{"uuid", s.uuid}, {"trainee", s.trainee}, {"scenario_id", s.scenario_id}, {"scenario_title", s.scenario_title},
                                    {"scenario_hash", s.scenario_hash}, {"scenario_language", s.scenario_language}, {"started_at", s.started_at},
                                    {"feedback_mode", s.feedback_mode}, {"source", s.source},
                                    {"shuffle_seed", s.shuffle_seed ? json(static_cast<std::int64_t>(*s.shuffle_seed)) : json(nullptr)},
                                    {"phrasing", s.phrasing.empty() ? json(nullptr) : json(s.phrasing)}});
                // A finished session is added with its outcome: writing it first unfinished and then updating it
                // would leave a dead copy of the row (and of its index entries) in the files for every session.
                if (s.finished())
                    sessions.back().update({{"ended_at", s.ended_at}, {"ending", s.ending}, {"overall", std::isfinite(s.overall) ? s.overall : 0.0},
                                            {"passed", s.passed}});
                here[s.uuid] = {false, 0};
                found = here.find(s.uuid);
            }
            std::int64_t have = found->second.second;
            bool more = false;
            for (const DecisionRecord& d : copy.decisions) {
                if (d.sequence <= have) continue;
                if (d.sequence > 32767 || d.mood_after < -32768 || d.mood_after > 32767)
                    refuse(what, "session " + s.uuid + " has a step number or mood out of range", not_copied);
                std::string points = points_text(d.score);
                std::string at = d.recorded_at.empty() ? now() : d.recorded_at;
                std::optional<std::int64_t> milliseconds = canonical_milliseconds(at);
                json answer = {{"scenario_hash", s.scenario_hash}, {"node", d.node}, {"choice", d.choice}, {"timed_out", d.timed_out},
                               {"said", d.said}, {"points", points}};
                answers.push_back(answer);
                answer["uuid"] = s.uuid;
                answer["sequence"] = d.sequence;
                answer["mood"] = d.mood_after;
                answer["response"] = std::isfinite(d.response_seconds) ? d.response_seconds : 0.0;
                answer["ms"] = milliseconds.value_or(0);
                answer["at"] = milliseconds ? json(nullptr) : json(at);
                decisions.push_back(std::move(answer));
                more = true;
            }
            bool finishing = s.finished() && !found->second.first;
            if (finishing) {
                if (!added)
                    endings.push_back({{"uuid", s.uuid}, {"ended_at", s.ended_at}, {"ending", s.ending},
                                       {"overall", std::isfinite(s.overall) ? s.overall : 0.0}, {"passed", s.passed}});
                for (std::size_t position = 0; position < s.skills.size(); ++position) {
                    const SkillScore& k = s.skills[position];
                    skills.push_back({{"uuid", s.uuid}, {"position", position}, {"skill", k.skill}, {"raw", k.raw}, {"best", k.best},
                                      {"percent", k.percent && std::isfinite(*k.percent) ? json(*k.percent) : json(nullptr)}});
                }
            }
            if (added) ++outcome.added;
            else if (more || finishing) ++outcome.extended;
        }
        if (!sessions.empty()) {
            try {
                connection_.run("INSERT INTO sessions(uuid, trainee, scenario_id, scenario_title, scenario_hash, scenario_language, started_at, "
                                "ended_at, ending, overall, passed, feedback_mode, source, shuffle_seed, phrasing) "
                                "SELECT uuid, trainee, scenario_id, scenario_title, scenario_hash, scenario_language, started_at, ended_at, ending, "
                                "overall, passed, feedback_mode, source, shuffle_seed, phrasing FROM jsonb_to_recordset($1::jsonb) AS x(uuid uuid, "
                                "trainee text, scenario_id text, scenario_title text, scenario_hash text, scenario_language text, started_at text, "
                                "ended_at text, ending text, overall double precision, passed boolean, feedback_mode text, source text, "
                                "shuffle_seed bigint, phrasing text)",
                                {dump(sessions)}, what, not_copied);
            } catch (const ServerError& e) {
                if (e.sqlstate() != "23503") throw;
                refuse(what, "a trainee of these sessions is not in the results", std::string(not_copied) + "; copy the trainees first");
            }
        }
        if (!decisions.empty()) {
            connection_.run("INSERT INTO answers(scenario_hash, node, choice, timed_out, said, points) "
                            "SELECT DISTINCT scenario_hash, node, choice, timed_out, said, points FROM jsonb_to_recordset($1::jsonb) "
                            "AS x(scenario_hash text, node text, choice integer, timed_out boolean, said text, points text) ON CONFLICT DO NOTHING",
                            {dump(answers)}, what, not_copied);
            connection_.run("INSERT INTO decisions(session, recorded_ms, response_seconds, answer, sequence, mood_after, recorded_text) "
                            "SELECT s.id, x.ms, x.response, a.id, x.sequence, x.mood, x.at FROM jsonb_to_recordset($1::jsonb) AS x(uuid uuid, "
                            "scenario_hash text, node text, choice integer, timed_out boolean, said text, points text, sequence smallint, "
                            "mood smallint, response double precision, ms bigint, at text) "
                            "JOIN sessions s ON s.uuid = x.uuid JOIN answers a ON a.scenario_hash = x.scenario_hash AND a.node = x.node "
                            "AND a.choice = x.choice AND a.timed_out = x.timed_out AND md5(a.said) = md5(x.said) AND md5(a.points) = md5(x.points) "
                            "AND a.said = x.said AND a.points = x.points",
                            {dump(decisions)}, what, not_copied);
        }
        if (!endings.empty()) {
            connection_.run("UPDATE sessions s SET ended_at = x.ended_at, ending = x.ending, overall = x.overall, passed = x.passed "
                            "FROM jsonb_to_recordset($1::jsonb) AS x(uuid uuid, ended_at text, ending text, overall double precision, passed boolean) "
                            "WHERE s.uuid = x.uuid AND s.ended_at IS NULL",
                            {dump(endings)}, what, not_copied);
        }
        if (!skills.empty()) {
            connection_.run("INSERT INTO session_skills(session, position, skill, raw, best, percent) "
                            "SELECT s.id, x.position, x.skill, x.raw, x.best, x.percent FROM jsonb_to_recordset($1::jsonb) AS x(uuid uuid, "
                            "position integer, skill text, raw integer, best integer, percent double precision) JOIN sessions s ON s.uuid = x.uuid "
                            "ON CONFLICT DO NOTHING",
                            {dump(skills)}, what, not_copied);
        }
        connection_.run("COMMIT", {}, what, not_copied);
    } catch (...) {
        if (PQstatus(connection_.get()) == CONNECTION_OK) PQclear(PQexec(connection_.get(), "ROLLBACK"));
        throw;
    }
    return outcome;
}

}  // namespace

std::unique_ptr<ResultsStore> open_postgres_results(const std::string& uri, const StoreOptions& options) {
    return std::make_unique<PostgresResultsStore>(uri, options, true);
}

std::unique_ptr<ResultsReader> open_postgres_reader(const std::string& uri, const StoreOptions& options) {
    return std::make_unique<PostgresResultsStore>(uri, options, false);
}

ResultsInitOutcome init_postgres_results(const std::string& uri, const StoreOptions& options) {
    pg::Connection connection(uri, options);
    return pg::initialise(connection);
}

}  // namespace frontdesk
