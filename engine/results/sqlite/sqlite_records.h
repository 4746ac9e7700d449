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
// Columns of decisions d; then of their points p (LEFT JOIN decision_points p ON ...) for read_decisions.
extern const char* const decision_columns;
extern const char* const points_columns;
extern const char* const decision_points_join;

TraineeRecord read_trainee(const Statement& row);

// Rows of session_columns ordered so that each session's rows are together, k.position ascending: each
// session is handed over once, with its skills.
void read_sessions(Statement& rows, const std::string& path, const std::string& what, const std::function<void(SessionRecord&&)>& visit);
// Rows of decision_columns and points_columns, each decision's rows together, p.skill ascending: each decision once, with its points.
void read_decisions(Statement& rows, const std::string& path, const std::string& what, const std::function<void(DecisionRecord&&)>& visit);

// The same from two statements read side by side, for scans over many sessions: `decisions` selects
// decision_columns ordered by session and sequence, `points` selects p.session, p.sequence, p.skill, p.points
// in that order too (both sequential reads of their tables, where a join would seek once per decision).
void read_decisions_merged(Statement& decisions, Statement& points, const std::string& path, const std::string& what,
                           const std::function<void(DecisionRecord&&)>& visit);

// Replaces a session's skills (positions 0, 1, 2... in the outcome's order).
void write_session_skills(sqlite3* db, const std::string& path, std::int64_t session, const std::vector<SkillScore>& skills,
                          const std::string& consequence);
// A decision's points per skill (the zeros left out, a skill named twice added up).
void write_decision_points(sqlite3* db, const std::string& path, const DecisionRecord& record, const std::string& consequence);

// Why a record's text may not be stored (not UTF-8), or empty. Trainee fields are checked by
// trainee_text_problem; these are the scenario's words, which the scenario loader already checked.
std::string new_session_problem(const NewSession& session);
std::string decision_problem(const DecisionRecord& record);
std::string outcome_problem(const SessionOutcome& outcome);

}  // namespace frontdesk::sqlite
