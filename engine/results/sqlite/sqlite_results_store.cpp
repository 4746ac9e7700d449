// The SQLite results store: opening (recognise, then configure and migrate; or read-only, through a migrated
// copy in memory when the file is older), durable single-transaction writes, queries and scans, and
// forgetting with a wipe that is finished, or reported unfinished, never claimed.
#include "frontdesk/sqlite_results_store.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstring>
#include <thread>
#include <filesystem>

#include "frontdesk/stored_answer.h"
#include "frontdesk/terminal_text.h"
#include "sqlite_connection.h"
#include "sqlite_file_check.h"
#include "sqlite_migrations.h"
#include "sqlite_records.h"

namespace frontdesk {

namespace {

using namespace sqlite;
using stored_rows::decision_answer_join;
using stored_rows::session_columns;
using stored_rows::session_skill_join;
using stored_rows::trainee_columns;

// The filter as SQL conditions on sessions (alias s) and on trainees (alias t), with named parameters.
struct FilterSql {
    std::string trainees;  // conditions on t, each starting with " AND"
    std::string sessions;  // conditions on s, including "of a kept trainee"

    explicit FilterSql(const ResultsFilter& filter) {
        if (!filter.cohort.empty()) trainees += " AND t.cohort = :cohort";
        if (!filter.trainee.empty()) trainees += " AND t.id = :trainee";
        if (!filter.scenario_id.empty()) sessions += " AND s.scenario_id = :scenario";
        if (!filter.since.empty()) sessions += " AND s.started_at >= :since";
        if (filter.finished_only) sessions += " AND s.ended_at IS NOT NULL";
        if (!trainees.empty()) sessions += " AND s.trainee IN (SELECT t.id FROM trainees t WHERE 1 = 1" + trainees + ")";
    }
};

void bind_filter(Statement& statement, const ResultsFilter& filter) {
    statement.bind_named(":cohort", filter.cohort);
    statement.bind_named(":trainee", filter.trainee);
    statement.bind_named(":scenario", filter.scenario_id);
    statement.bind_named(":since", filter.since);
}

const std::string select_sessions = std::string("SELECT ") + session_columns + " FROM sessions s" + session_skill_join;

// What a failed write leaves behind, said after the error.
const char* const answer_not_saved = "nothing of this answer was saved";
const char* const session_not_started = "the session was not started";
const char* const ending_not_saved = "the ending was not saved (the answers before it were)";
const char* const trainee_not_saved = "the trainee was not saved";

class SqliteResultsStore final : public ResultsStore {
public:
    SqliteResultsStore(std::string path, Connection db, bool writable, int file_version, StoreOptions options)
        : path_(std::move(path)), db_(std::move(db)), writable_(writable), file_version_(file_version), options_(std::move(options)) {}

    const std::string& location() const override { return path_; }
    int schema_version() const override;
    std::vector<std::string> files() const override { return {path_, path_ + "-wal", path_ + "-shm", path_ + "-journal"}; }

    std::vector<TraineeRecord> trainees() const override;
    std::optional<TraineeRecord> trainee(const std::string& id) const override;
    std::vector<SessionRecord> sessions(const ResultsFilter& filter) const override;
    std::optional<SessionRecord> session(std::int64_t id) const override;
    std::vector<DecisionRecord> decisions(std::int64_t session) const override;
    std::optional<SessionRecord> unfinished_session(const std::string& trainee, const std::string& scenario_id,
                                                    const std::string& scenario_hash) const override;
    void scan_trainees(const ResultsFilter& filter, const std::function<void(const TraineeRecord&)>& visit) const override;
    void scan_sessions(const ResultsFilter& filter, const std::function<void(const SessionRecord&)>& visit) const override;
    void scan_decisions(const ResultsFilter& filter, const std::function<void(const DecisionRecord&)>& visit) const override;
    void scan_answered_decisions(const ResultsFilter& filter, const std::function<void(const AnswerRecord&)>& answer,
                                 const std::function<void(const AnsweredDecision&)>& decision) const override;

    void upsert_trainee(const std::string& id, const std::string& display_name, const std::string& cohort) override;
    std::int64_t begin_session(const NewSession& session) override;
    void record_decision(const DecisionRecord& record) override;
    void finish_session(std::int64_t session, const SessionOutcome& outcome) override;
    ForgetOutcome forget_trainee(const std::string& id) override;
    StoreCounts counts() const override;
    bool merge_trainee(const TraineeRecord& trainee) override;
    std::vector<std::string> delivered_statements() const override;
    void record_deliveries(const std::vector<StatementDelivery>& deliveries) override;
    ImportOutcome import_sessions(const std::vector<SessionCopy>& sessions) override;

private:
    void insert_decision(const DecisionRecord& record, const std::string& scenario_hash, const std::string& consequence);
    sqlite3* db() const { return db_.get(); }
    std::string now() const { return options_.clock ? options_.clock() : utc_now_iso8601(); }
    void require_writable(const char* what) const;
    [[noreturn]] void refuse(const std::string& what, const std::string& problem, const std::string& consequence) const;
    bool finish_wipe(ForgetOutcome& outcome);
    std::string reader_holds_file() const;

    std::string path_;
    Connection db_;
    bool writable_;
    int file_version_;
    StoreOptions options_;
};

int SqliteResultsStore::schema_version() const {
    if (!writable_) return file_version_;  // the copy in memory is migrated; the file is not
    Statement statement(db(), path_, "PRAGMA user_version");
    return statement.step("cannot read the schema version") ? statement.small_integer(0) : 0;
}

void SqliteResultsStore::require_writable(const char* what) const {
    if (!writable_) throw StoreError(path_ + ": " + what + ": the results were opened only to read; nothing was saved");
}

void SqliteResultsStore::refuse(const std::string& what, const std::string& problem, const std::string& consequence) const {
    throw StoreError(path_ + ": " + what + ": " + problem + "; " + consequence);
}

void SqliteResultsStore::upsert_trainee(const std::string& id, const std::string& display_name, const std::string& cohort) {
    require_writable("cannot save the trainee");
    std::string name = display_name.empty() ? id : display_name;
    if (std::string problem = trainee_text_problem(id, name, cohort); !problem.empty())
        refuse("cannot save the trainee", problem, trainee_not_saved);
    WriteTransaction transaction(db(), path_, trainee_not_saved);
    Statement statement(db(), path_,
                        "INSERT INTO trainees(id, display_name, cohort, created_at) VALUES (?1, ?2, ?3, ?4) "
                        "ON CONFLICT(id) DO UPDATE SET display_name = excluded.display_name, "
                        "cohort = CASE WHEN excluded.cohort = '' THEN trainees.cohort ELSE excluded.cohort END");
    statement.bind(1, id).bind(2, name).bind(3, cohort).bind(4, now());
    statement.step("cannot save the trainee", trainee_not_saved);
    transaction.commit();
}

std::int64_t SqliteResultsStore::begin_session(const NewSession& session) {
    require_writable("cannot start recording the session");
    if (std::string problem = record_text_problem("trainee id", session.trainee); !problem.empty())
        refuse("cannot start recording the session", problem, session_not_started);
    if (std::string problem = new_session_problem(session); !problem.empty())
        refuse("cannot start recording the session", problem, session_not_started);
    WriteTransaction transaction(db(), path_, session_not_started);
    Statement statement(db(), path_,
                        "INSERT INTO sessions(trainee, scenario_id, scenario_title, scenario_hash, scenario_language, started_at, "
                        "feedback_mode, source, shuffle_seed, phrasing, uuid) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)");
    statement.bind(1, session.trainee).bind(2, session.scenario_id).bind(3, session.scenario_title).bind(4, session.scenario_hash)
        .bind(5, session.scenario_language).bind(6, now()).bind(7, session.feedback_mode).bind(8, session.source);
    if (session.shuffle_seed) statement.bind(9, static_cast<std::int64_t>(*session.shuffle_seed));
    else statement.bind_null(9);
    if (session.phrasing.empty()) statement.bind_null(10);
    else statement.bind(10, session.phrasing);
    statement.bind(11, new_session_uuid(options_.new_uuid));
    int code = statement.step_code("cannot start recording the session");
    if (code == SQLITE_CONSTRAINT_FOREIGNKEY)
        refuse("cannot start recording the session",
               "the trainee '" + terminal_safe(session.trainee) + "' is not in the results (forgotten meanwhile by 'frontdesk trainee forget'?)",
               std::string(session_not_started) + "; enter the trainee again to record a new session");
    if (code != SQLITE_DONE) fail(db(), path_, "cannot start recording the session", code, session_not_started);
    std::int64_t id = sqlite3_last_insert_rowid(db());
    transaction.commit();
    return id;
}

void SqliteResultsStore::record_decision(const DecisionRecord& record) {
    const std::string what = "cannot save answer " + std::to_string(record.sequence) + " of session " + std::to_string(record.session);
    require_writable(what.c_str());
    if (std::string problem = decision_problem(record); !problem.empty()) refuse(what, problem, answer_not_saved);
    WriteTransaction transaction(db(), path_, answer_not_saved);
    Statement session(db(), path_, "SELECT scenario_hash FROM sessions WHERE id = ?1");
    session.bind(1, record.session);
    if (!session.step(what, answer_not_saved))
        refuse(what, "the session is no longer in the results (was its trainee forgotten while it was played?)",
               std::string(answer_not_saved) + "; start a new session to record again");
    std::int64_t answer = intern_answer(db(), path_, session.text(0), record.node, record.choice, record.timed_out, record.said,
                                        points_text(record.score), answer_not_saved);
    Statement statement(db(), path_,
                        "INSERT INTO decisions(session, sequence, answer, mood_after, response_seconds, recorded_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    statement.bind(1, record.session).bind(2, record.sequence).bind(3, answer).bind(4, record.mood_after).bind(5, record.response_seconds)
        .bind(6, record.recorded_at.empty() ? now() : record.recorded_at);
    int code = statement.step_code(what);
    if (code == SQLITE_CONSTRAINT_PRIMARYKEY) {
        // The same answer again (a retry after a failure that had in fact been committed) is already saved.
        Statement same(db(), path_, "SELECT 1 FROM decisions WHERE session = ?1 AND sequence = ?2 AND answer = ?3 AND mood_after = ?4 "
                                    "AND response_seconds = ?5");
        same.bind(1, record.session).bind(2, record.sequence).bind(3, answer).bind(4, record.mood_after).bind(5, record.response_seconds);
        if (same.step(what, answer_not_saved)) return;
        refuse(what,
               "this step is already recorded: another program recorded this session too (the same session resumed in a second "
               "window or player?)",
               std::string(answer_not_saved) + "; close the other program, then resume the session again so that only one records it");
    }
    if (code != SQLITE_DONE) fail(db(), path_, what, code, answer_not_saved);
    transaction.commit();
}

void SqliteResultsStore::finish_session(std::int64_t session, const SessionOutcome& outcome) {
    const std::string what = "cannot save the ending of session " + std::to_string(session);
    require_writable(what.c_str());
    if (std::string problem = outcome_problem(outcome); !problem.empty()) refuse(what, problem, ending_not_saved);
    WriteTransaction transaction(db(), path_, ending_not_saved);
    Statement statement(db(), path_, "UPDATE sessions SET ended_at = ?2, ending = ?3, overall = ?4, passed = ?5 WHERE id = ?1");
    statement.bind(1, session).bind(2, now()).bind(3, outcome.ending).bind(4, outcome.overall).bind(5, outcome.passed ? 1 : 0);
    statement.step(what, ending_not_saved);
    if (sqlite3_changes(db()) == 0)
        refuse(what, "the session is no longer in the results (was its trainee forgotten while it was played?)",
               "its ending was not saved; start a new session to record again");
    write_session_skills(db(), path_, session, outcome.skills, ending_not_saved);
    transaction.commit();
}

std::vector<TraineeRecord> SqliteResultsStore::trainees() const {
    std::vector<TraineeRecord> out;
    scan_trainees(ResultsFilter{}, [&](const TraineeRecord& trainee) { out.push_back(trainee); });
    return out;
}

std::optional<TraineeRecord> SqliteResultsStore::trainee(const std::string& id) const {
    Statement statement(db(), path_, std::string("SELECT ") + trainee_columns + " FROM trainees t WHERE t.id = ?1");
    statement.bind(1, id);
    if (!statement.step("cannot read the trainee")) return std::nullopt;
    return read_trainee(statement);
}

std::vector<SessionRecord> SqliteResultsStore::sessions(const ResultsFilter& filter) const {
    FilterSql where(filter);
    Statement statement(db(), path_, select_sessions + " WHERE 1 = 1" + where.sessions + " ORDER BY s.started_at, s.id, k.position");
    bind_filter(statement, filter);
    std::vector<SessionRecord> out;
    read_sessions(statement, path_, "cannot read the sessions", [&](SessionRecord&& record) { out.push_back(std::move(record)); });
    return out;
}

std::optional<SessionRecord> SqliteResultsStore::session(std::int64_t id) const {
    Statement statement(db(), path_, select_sessions + " WHERE s.id = ?1 ORDER BY k.position");
    statement.bind(1, id);
    std::optional<SessionRecord> out;
    read_sessions(statement, path_, "cannot read the session", [&](SessionRecord&& record) { out = std::move(record); });
    return out;
}

std::vector<DecisionRecord> SqliteResultsStore::decisions(std::int64_t session) const {
    Statement statement(db(), path_, "SELECT " + decision_columns() + " FROM decisions d" + decision_answer_join + " WHERE d.session = ?1 ORDER BY d.sequence");
    statement.bind(1, session);
    std::vector<DecisionRecord> out;
    read_decisions(statement, path_, "cannot read the decisions", [&](DecisionRecord&& record) { out.push_back(std::move(record)); });
    return out;
}

std::optional<SessionRecord> SqliteResultsStore::unfinished_session(const std::string& trainee, const std::string& scenario_id,
                                                                    const std::string& scenario_hash) const {
    Statement statement(db(), path_,
                        select_sessions +
                            " WHERE s.id = (SELECT id FROM sessions WHERE trainee = ?1 AND scenario_id = ?2 AND scenario_hash = ?3"
                            " AND ended_at IS NULL ORDER BY started_at DESC, id DESC LIMIT 1) ORDER BY k.position");
    statement.bind(1, trainee).bind(2, scenario_id).bind(3, scenario_hash);
    std::optional<SessionRecord> out;
    read_sessions(statement, path_, "cannot look for an interrupted session", [&](SessionRecord&& record) { out = std::move(record); });
    return out;
}

void SqliteResultsStore::scan_trainees(const ResultsFilter& filter, const std::function<void(const TraineeRecord&)>& visit) const {
    FilterSql where(filter);
    Statement statement(db(), path_, std::string("SELECT ") + trainee_columns + " FROM trainees t WHERE 1 = 1" + where.trainees + " ORDER BY t.id");
    bind_filter(statement, filter);
    while (statement.step("cannot read the trainees")) visit(read_trainee(statement));
}

// In the table's own order: reading it straight through is several times faster than following an index.
void SqliteResultsStore::scan_sessions(const ResultsFilter& filter, const std::function<void(const SessionRecord&)>& visit) const {
    FilterSql where(filter);
    Statement statement(db(), path_, select_sessions + " WHERE 1 = 1" + where.sessions + " ORDER BY s.id, k.position");
    bind_filter(statement, filter);
    read_sessions(statement, path_, "cannot read the sessions", [&](SessionRecord&& record) { visit(record); });
}

// The sessions are the outer loop (CROSS JOIN fixes that order), so a filter that keeps few sessions reads few
// decisions; each decision's answer is one lookup in a small table.
void SqliteResultsStore::scan_decisions(const ResultsFilter& filter, const std::function<void(const DecisionRecord&)>& visit) const {
    FilterSql where(filter);
    Statement decisions(db(), path_,
                        "SELECT " + decision_columns() + " FROM sessions s CROSS JOIN decisions d ON d.session = s.id" +
                            decision_answer_join + " WHERE 1 = 1" + where.sessions + " ORDER BY s.id, d.sequence");
    bind_filter(decisions, filter);
    read_decisions(decisions, path_, "cannot read the decisions", [&](DecisionRecord&& record) { visit(record); });
}

// The answers table once, then three integers a decision, in one snapshot: the same order and the same
// sessions as scan_decisions, without decoding the words and points of every decision again.
void SqliteResultsStore::scan_answered_decisions(const ResultsFilter& filter, const std::function<void(const AnswerRecord&)>& answer,
                                                 const std::function<void(const AnsweredDecision&)>& decision) const {
    ReadTransaction snapshot(db(), path_);
    {
        Statement answers(db(), path_, std::string("SELECT ") + stored_rows::answer_columns + " FROM answers a");
        read_answers(answers, path_, "cannot read the answers", answer);
    }
    FilterSql where(filter);
    Statement decisions(db(), path_,
                        "SELECT d.session, d.sequence, d.answer FROM sessions s CROSS JOIN decisions d ON d.session = s.id WHERE 1 = 1" +
                            where.sessions + " ORDER BY s.id, d.sequence");
    bind_filter(decisions, filter);
    const std::string what = "cannot read the decisions";  // once, not once a row
    while (decisions.step(what)) decision(AnsweredDecision{decisions.integer(0), decisions.small_integer(1), decisions.integer(2)});
}

// Who keeps the old rows readable when a checkpoint cannot finish, and what to do about it.
std::string SqliteResultsStore::reader_holds_file() const {
    return "another program is still reading " + path_ +
           " (the window's Review, a report, or a player left open?), so copies of the deleted rows stay in the file until it lets go; "
           "close the other programs using this file, then forget again (the same trainee id will do) to finish the wipe";
}

// secure_delete zeroed the freed space in the new pages; the checkpoints move them over the old ones in the
// file and truncate the write-ahead log, and VACUUM rewrites the file without the freed pages. A checkpoint
// that cannot finish (a reader still on an older snapshot) leaves the marker, so the next forget goes on.
bool SqliteResultsStore::finish_wipe(ForgetOutcome& outcome) {
    auto checkpoint = [&](const char* step) {
        int code = sqlite3_wal_checkpoint_v2(db(), nullptr, SQLITE_CHECKPOINT_TRUNCATE, nullptr, nullptr);
        if (code == SQLITE_OK) return true;
        outcome.wipe_problem = (code & 0xFF) == SQLITE_BUSY || (code & 0xFF) == SQLITE_LOCKED
                                   ? reader_holds_file()
                                   : std::string("the file's journal could not be cleaned (") + step + ": " + explain_failure(db(), code) +
                                         "); copies of the deleted rows stay in the file until it is; forget again to finish the wipe";
        return false;
    };
    if (!checkpoint("before compacting")) return false;
    if (int code = sqlite3_exec(db(), "VACUUM", nullptr, nullptr, nullptr); code != SQLITE_OK) {
        outcome.wipe_problem = "the file could not be compacted (" + explain_failure(db(), code) +
                               "); copies of the deleted rows stay in the file until it is; forget again to finish the wipe";
        return false;
    }
    if (!checkpoint("after compacting")) return false;
    // The marker goes last, in a page of its own table: what the log keeps of that holds nobody's data.
    WriteTransaction transaction(db(), path_, "the wipe is finished, but the file still says it is not");
    exec(db(), path_, "DELETE FROM frontdesk_meta WHERE key = 'wipe_pending'", "cannot note the finished wipe");
    transaction.commit();
    sqlite3_wal_checkpoint_v2(db(), nullptr, SQLITE_CHECKPOINT_TRUNCATE, nullptr, nullptr);
    return true;
}

ForgetOutcome SqliteResultsStore::forget_trainee(const std::string& id) {
    require_writable("cannot forget the trainee");
    ForgetOutcome outcome;
    const char* not_deleted = "nothing was deleted";
    {
        WriteTransaction transaction(db(), path_, not_deleted);
        Statement pending(db(), path_, "SELECT 1 FROM frontdesk_meta WHERE key = 'wipe_pending'");
        outcome.wipe_was_pending = pending.step("cannot read the file's state");
        Statement exists(db(), path_, "SELECT 1 FROM trainees WHERE id = ?1");
        exists.bind(1, id);
        outcome.found = exists.step("cannot look up the trainee");
        if (outcome.found) {
            const char* deletions[] = {
                "DELETE FROM decisions WHERE session IN (SELECT id FROM sessions WHERE trainee = ?1)",
                "DELETE FROM lrs_deliveries WHERE session IN (SELECT uuid FROM sessions WHERE trainee = ?1)",
                "DELETE FROM session_skills WHERE session IN (SELECT id FROM sessions WHERE trainee = ?1)",
                "DELETE FROM sessions WHERE trainee = ?1",
                "DELETE FROM trainees WHERE id = ?1",
                // The words as the trainee read them may hold their name: answers nobody else gave go too.
                "DELETE FROM answers WHERE id NOT IN (SELECT answer FROM decisions) AND ?1 IS NOT NULL",
            };
            for (const char* sql : deletions) {
                Statement deletion(db(), path_, sql);
                deletion.bind(1, id).step("cannot delete the trainee's results", not_deleted);
            }
            Statement marker(db(), path_, "INSERT OR REPLACE INTO frontdesk_meta(key, value) VALUES ('wipe_pending', ?1)");
            marker.bind(1, now()).step("cannot note the wipe to do", not_deleted);
        }
        transaction.commit();
    }
    if (!outcome.found && !outcome.wipe_was_pending) return outcome;
    outcome.wiped = finish_wipe(outcome);
    return outcome;
}

StoreCounts SqliteResultsStore::counts() const {
    ReadTransaction snapshot(db(), path_);
    Statement statement(db(), path_,
                        "SELECT (SELECT count(*) FROM trainees), (SELECT count(*) FROM sessions), "
                        "(SELECT count(*) FROM sessions WHERE ended_at IS NOT NULL), (SELECT count(*) FROM decisions), "
                        "(SELECT count(*) FROM lrs_deliveries WHERE session IN (SELECT uuid FROM sessions))");
    statement.step("cannot count the results");
    return StoreCounts{statement.integer(0), statement.integer(1), statement.integer(2), statement.integer(3), statement.integer(4)};
}

std::vector<std::string> SqliteResultsStore::delivered_statements() const {
    ReadTransaction snapshot(db(), path_);
    Statement statement(db(), path_, "SELECT statement_id FROM lrs_deliveries WHERE session IN (SELECT uuid FROM sessions) ORDER BY statement_id");
    std::vector<std::string> ids;
    while (statement.step("cannot read which statements the LRS has")) ids.push_back(statement.text(0));
    return ids;
}

void SqliteResultsStore::record_deliveries(const std::vector<StatementDelivery>& deliveries) {
    const char* what = "cannot note the statements the LRS confirmed";
    const char* consequence = "the next sync sends them again (the LRS keeps one copy)";
    require_writable(what);
    for (const StatementDelivery& delivery : deliveries)
        if (std::string problem = delivery_problem(delivery); !problem.empty()) refuse(what, problem, consequence);
    WriteTransaction transaction(db(), path_, consequence);
    Statement insert(db(), path_, "INSERT INTO lrs_deliveries(statement_id, session, delivered_at) VALUES (?1, ?2, ?3) ON CONFLICT DO NOTHING");
    std::string at = now();
    for (const StatementDelivery& delivery : deliveries) {
        insert.bind(1, delivery.statement_id).bind(2, delivery.session_uuid).bind(3, at).step(what, consequence);
        insert.reset();
    }
    transaction.commit();
}

bool SqliteResultsStore::merge_trainee(const TraineeRecord& trainee) {
    require_writable("cannot copy the trainee");
    if (std::string problem = trainee_text_problem(trainee.id, trainee.display_name, trainee.cohort); !problem.empty())
        refuse("cannot copy the trainee", problem, trainee_not_saved);
    WriteTransaction transaction(db(), path_, trainee_not_saved);
    Statement insert(db(), path_, "INSERT INTO trainees(id, display_name, cohort, created_at) VALUES (?1, ?2, ?3, ?4) ON CONFLICT(id) DO NOTHING");
    insert.bind(1, trainee.id).bind(2, trainee.display_name.empty() ? trainee.id : trainee.display_name).bind(3, trainee.cohort)
        .bind(4, trainee.created_at.empty() ? now() : trainee.created_at);
    insert.step("cannot copy the trainee", trainee_not_saved);
    bool added = sqlite3_changes(db()) > 0;
    if (!added && !trainee.cohort.empty()) {
        Statement cohort(db(), path_, "UPDATE trainees SET cohort = ?2 WHERE id = ?1 AND cohort = ''");
        cohort.bind(1, trainee.id).bind(2, trainee.cohort).step("cannot copy the trainee", trainee_not_saved);
    }
    transaction.commit();
    return added;
}

void SqliteResultsStore::insert_decision(const DecisionRecord& record, const std::string& scenario_hash, const std::string& consequence) {
    std::int64_t answer = intern_answer(db(), path_, scenario_hash, record.node, record.choice, record.timed_out, record.said,
                                        points_text(record.score), consequence);
    Statement insert(db(), path_,
                     "INSERT INTO decisions(session, sequence, answer, mood_after, response_seconds, recorded_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    insert.bind(1, record.session).bind(2, record.sequence).bind(3, answer).bind(4, record.mood_after).bind(5, record.response_seconds)
        .bind(6, record.recorded_at.empty() ? now() : record.recorded_at);
    insert.step("cannot copy the decisions", consequence);
}

ImportOutcome SqliteResultsStore::import_sessions(const std::vector<SessionCopy>& sessions) {
    const char* what = "cannot copy the sessions";
    const char* not_copied = "nothing of this batch of sessions was copied";
    require_writable(what);
    for (const SessionCopy& copy : sessions)
        if (std::string problem = session_copy_problem(copy); !problem.empty()) refuse(what, problem, not_copied);
    ImportOutcome outcome;
    WriteTransaction transaction(db(), path_, not_copied);
    Statement find(db(), path_,
                   "SELECT id, ended_at IS NOT NULL, (SELECT coalesce(max(sequence), 0) FROM decisions WHERE session = sessions.id) "
                   "FROM sessions WHERE uuid = ?1");
    Statement insert(db(), path_,
                     "INSERT INTO sessions(uuid, trainee, scenario_id, scenario_title, scenario_hash, scenario_language, started_at, "
                     "feedback_mode, source, shuffle_seed, phrasing) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)");
    Statement finish(db(), path_, "UPDATE sessions SET ended_at = ?2, ending = ?3, overall = ?4, passed = ?5 WHERE id = ?1");
    for (const SessionCopy& copy : sessions) {
        const SessionRecord& session = copy.session;
        std::int64_t id = 0;
        bool finished = false;
        std::int64_t have = 0;
        find.bind(1, session.uuid);
        if (find.step(what, not_copied)) {
            id = find.integer(0);
            finished = find.integer(1) != 0;
            have = find.integer(2);
        }
        find.reset();
        bool added = id == 0;
        if (added) {
            insert.bind(1, session.uuid).bind(2, session.trainee).bind(3, session.scenario_id).bind(4, session.scenario_title)
                .bind(5, session.scenario_hash).bind(6, session.scenario_language).bind(7, session.started_at).bind(8, session.feedback_mode)
                .bind(9, session.source);
            if (session.shuffle_seed) insert.bind(10, static_cast<std::int64_t>(*session.shuffle_seed));
            else insert.bind_null(10);
            if (session.phrasing.empty()) insert.bind_null(11);
            else insert.bind(11, session.phrasing);
            int code = insert.step_code(what);
            if (code == SQLITE_CONSTRAINT_FOREIGNKEY)
                refuse(what, "the trainee '" + terminal_safe(session.trainee) + "' of session " + session.uuid + " is not in the results",
                       std::string(not_copied) + "; copy the trainees first");
            if (code != SQLITE_DONE) fail(db(), path_, what, code, not_copied);
            insert.reset();
            id = sqlite3_last_insert_rowid(db());
        }
        std::size_t before = static_cast<std::size_t>(have);
        for (DecisionRecord decision : copy.decisions) {
            if (decision.sequence <= have) continue;
            decision.session = id;
            insert_decision(decision, session.scenario_hash, not_copied);
        }
        bool extended = false;
        if (session.finished() && !finished) {
            finish.bind(1, id).bind(2, session.ended_at).bind(3, session.ending).bind(4, session.overall).bind(5, session.passed ? 1 : 0);
            finish.step(what, not_copied);
            finish.reset();
            write_session_skills(db(), path_, id, session.skills, not_copied);
            extended = true;
        }
        if (added) ++outcome.added;
        else if (extended || copy.decisions.size() > before) ++outcome.extended;
    }
    transaction.commit();
    return outcome;
}

// --- Opening -------------------------------------------------------------------------------------------

Connection open_connection(const std::string& target, const std::string& path, int flags, int busy_timeout_ms) {
    sqlite3* raw = nullptr;
    int code = sqlite3_open_v2(target.c_str(), &raw, flags | SQLITE_OPEN_FULLMUTEX, nullptr);
    Connection db(raw);
    if (code != SQLITE_OK) fail(db.get(), path, "cannot open", code);
    sqlite3_extended_result_codes(db.get(), 1);
    sqlite3_busy_timeout(db.get(), busy_timeout_ms);
    return db;
}

// An empty file, owner-only from the start: results are personal data. SQLite gives -wal and -shm the same mode.
void create_results_file(const std::string& path) {
    namespace fs = std::filesystem;
    std::error_code error;
    fs::path parent = fs::path(path).parent_path();
    if (!parent.empty()) {
        fs::create_directories(parent, error);
        if (error) throw StoreError(path + ": cannot create the folder " + parent.string() + ": " + error.message() + " (choose a writable place with --db)");
    }
    int fd = ::open(path.c_str(), O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0600);
    if (fd < 0 && errno != EEXIST)
        throw StoreError(path + ": cannot create the results file: " + std::strerror(errno) + " (choose a writable place with --db)");
    if (fd >= 0) ::close(fd);
}

void check_identity(const SchemaIdentity& identity, const std::string& path) {
    if (judge(identity) == Verdict::foreign) throw StoreError(foreign_database_message(path));
    if (identity.version > sqlite_results_schema_version) throw StoreError(newer_schema_message(path, identity.version));
}

bool has_write_ahead_log(const std::string& path) {
    struct stat info {};
    return ::stat((path + "-wal").c_str(), &info) == 0 && info.st_size > 0;
}

// A read-only connection and the file's identity. A WAL file in a folder this program may not write cannot be
// opened the usual way (its -shm cannot be created); with no log to read, nobody can be writing it, so it is
// then read as immutable.
std::pair<Connection, SchemaIdentity> open_for_reading(const std::string& path, int busy_timeout_ms) {
    Connection db = open_connection(path, path, SQLITE_OPEN_READONLY, busy_timeout_ms);
    int code = sqlite3_exec(db.get(), "SELECT count(*) FROM sqlite_master", nullptr, nullptr, nullptr);
    int primary = code & 0xFF;
    if ((primary == SQLITE_CANTOPEN || primary == SQLITE_READONLY) && !has_write_ahead_log(path))
        db = open_connection(file_uri(path, "immutable=1"), path, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, busy_timeout_ms);
    else if (code != SQLITE_OK)
        fail(db.get(), path, "cannot read", code);
    SchemaIdentity identity = read_schema_identity(db.get(), path);
    return {std::move(db), identity};
}

// The file's schema brought up to date in memory, for reading an older file without changing it.
Connection migrated_copy(sqlite3* file, const std::string& path) {
    Connection memory = open_connection(":memory:", path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, 0);
    sqlite3_backup* backup = sqlite3_backup_init(memory.get(), "main", file, "main");
    if (!backup) fail(memory.get(), path, "cannot read the older results file", sqlite3_errcode(memory.get()));
    int code = sqlite3_backup_step(backup, -1);
    sqlite3_backup_finish(backup);
    if (code != SQLITE_DONE) fail(file, path, "cannot read the older results file", code);
    exec(memory.get(), path, "PRAGMA foreign_keys=ON", "cannot configure");
    migrate(memory.get(), path);
    return memory;
}

// PRAGMA journal_mode=WAL, returning the journal mode it leaves. It needs the file to itself for a moment, and
// SQLite answers SQLITE_BUSY at once, without waiting through the busy timeout, where two connections would
// otherwise deadlock: several writers opening a new file at the same instant (seen in the concurrent writers
// test on a loaded CI machine). So it waits and asks again, within the same timeout.
std::string switch_to_wal(sqlite3* db, const std::string& path, int busy_timeout_ms) {
    auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(busy_timeout_ms);
    for (;;) {
        std::string mode;
        auto keep_mode = [](void* out, int columns, char** values, char**) {
            if (columns > 0 && values[0]) *static_cast<std::string*>(out) = values[0];
            return 0;
        };
        int code = sqlite3_exec(db, "PRAGMA journal_mode=WAL", keep_mode, &mode, nullptr);
        if (code == SQLITE_OK) return mode;
        bool busy = (code & 0xff) == SQLITE_BUSY || (code & 0xff) == SQLITE_LOCKED;
        if (!busy || std::chrono::steady_clock::now() >= deadline) fail(db, path, "cannot switch to write-ahead logging", code);
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
}

}  // namespace

std::unique_ptr<ResultsStore> open_sqlite_results(const std::string& path, const StoreOptions& options) {
    FileKind kind = inspect_results_file(path);
    if (kind == FileKind::missing) create_results_file(path);
    if (kind == FileKind::unmarked) check_identity(probe_unmarked_file(path), path);
    Connection db = open_connection(path, path, SQLITE_OPEN_READWRITE, options.busy_timeout_ms);
    // Again, through the connection that will write: the file may have changed since it was looked at.
    check_identity(read_schema_identity(db.get(), path), path);
    if (switch_to_wal(db.get(), path, options.busy_timeout_ms) != "wal")
        throw StoreError(path + ": cannot use write-ahead logging here (is the folder read-only or on a network drive?); use --db with a local path");
    exec(db.get(), path, "PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON; PRAGMA secure_delete=ON;", "cannot configure");
    migrate(db.get(), path);
    return std::make_unique<SqliteResultsStore>(path, std::move(db), true, sqlite_results_schema_version, options);
}

std::unique_ptr<ResultsReader> open_sqlite_reader(const std::string& path, const StoreOptions& options) {
    FileKind kind = inspect_results_file(path);
    if (kind == FileKind::missing) throw StoreError("no results yet at " + path);
    if (kind == FileKind::empty) throw StoreError("no results yet at " + path + " (the file is empty)");
    if (kind == FileKind::unmarked) check_identity(probe_unmarked_file(path), path);
    auto [db, identity] = open_for_reading(path, options.busy_timeout_ms);
    check_identity(identity, path);
    if (identity.version < sqlite_results_schema_version) db = migrated_copy(db.get(), path);
    else exec(db.get(), path, "PRAGMA query_only=ON", "cannot configure");
    return std::make_unique<SqliteResultsStore>(path, std::move(db), false, identity.version, options);
}

}  // namespace frontdesk
