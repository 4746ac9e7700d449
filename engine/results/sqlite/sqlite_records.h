// The SQLite side of the codec between the results tables and the records (stored_rows.h): the decisions'
// time column, rows read through a statement (nothing throws but StoreError), and how a record's scores
// become child rows.
#pragma once

#include <sqlite3.h>

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "frontdesk/results_records.h"
#include "frontdesk/stored_rows.h"
#include "sqlite_connection.h"

namespace frontdesk::sqlite {

// Columns of decisions d with their answers a (stored_rows::decision_answer_join), for read_decisions.
const std::string& decision_columns();

TraineeRecord read_trainee(const Statement& row);

// Rows of session_columns ordered so that each session's rows are together, k.position ascending: each
// session is handed over once, with its skills.
void read_sessions(Statement& rows, const std::string& path, const std::string& what, const std::function<void(SessionRecord&&)>& visit);
// Rows of decision_columns, one decision each (answers' points decoded once per distinct answer).
void read_decisions(Statement& rows, const std::string& path, const std::string& what, const std::function<void(DecisionRecord&&)>& visit);
// Rows of stored_rows::answer_columns.
void read_answers(Statement& rows, const std::string& path, const std::string& what, const std::function<void(const AnswerRecord&)>& visit);

// Replaces a session's skills (positions 0, 1, 2... in the outcome's order).
void write_session_skills(sqlite3* db, const std::string& path, std::int64_t session, const std::vector<SkillScore>& skills,
                          const std::string& consequence);
// The id of the answer with exactly these fields, added when it is not there yet (stored_answer.h).
std::int64_t intern_answer(sqlite3* db, const std::string& path, const std::string& scenario_hash, const std::string& node, int choice,
                           bool timed_out, const std::string& said, const std::string& points, const std::string& consequence);

}  // namespace frontdesk::sqlite
