// The one codec between the results tables and the records: which columns a query selects, how a row
// becomes a record (whatever types and bytes a damaged or hand-edited row holds: text is repaired, numbers
// saturate, nothing throws but StoreError), and how a record's scores become child rows.
#pragma once

#include <sqlite3.h>

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "frontdesk/results_records.h"
#include "sqlite_connection.h"

namespace frontdesk::sqlite {

// Columns of trainees t.
extern const char* const trainee_columns;
// Columns of sessions s, then of their skills k (LEFT JOIN session_skills k ON k.session = s.id).
extern const char* const session_columns;
extern const char* const session_skill_join;
// Columns of decisions d with their answers a (select_decisions_from joins them), for read_decisions.
extern const char* const decision_columns;
extern const char* const decision_answer_join;

TraineeRecord read_trainee(const Statement& row);

// Rows of session_columns ordered so that each session's rows are together, k.position ascending: each
// session is handed over once, with its skills.
void read_sessions(Statement& rows, const std::string& path, const std::string& what, const std::function<void(SessionRecord&&)>& visit);
// Rows of decision_columns, one decision each (answers' points decoded once per distinct answer).
void read_decisions(Statement& rows, const std::string& path, const std::string& what, const std::function<void(DecisionRecord&&)>& visit);

// Replaces a session's skills (positions 0, 1, 2... in the outcome's order).
void write_session_skills(sqlite3* db, const std::string& path, std::int64_t session, const std::vector<SkillScore>& skills,
                          const std::string& consequence);
// The id of the answer with exactly these fields, added when it is not there yet (stored_answer.h).
std::int64_t intern_answer(sqlite3* db, const std::string& path, const std::string& scenario_hash, const std::string& node, int choice,
                           bool timed_out, const std::string& said, const std::string& points, const std::string& consequence);

}  // namespace frontdesk::sqlite
