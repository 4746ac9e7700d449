// The codec between the server's rows and the records: which columns a query selects, how a text-format row
// becomes a record (whatever it holds: text repaired, numbers saturated), and a decision's time as the
// milliseconds it is stored as.
#pragma once

#include <libpq-fe.h>

#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "frontdesk/results_records.h"

namespace frontdesk::pg {

extern const char* const trainee_columns;  // of trainees t
// Of sessions s, then of their skills k (LEFT JOIN session_skills k ON k.session = s.id).
extern const char* const session_columns;
extern const char* const session_skill_join;
// Of decisions d with their answers a (decision_answer_join).
extern const char* const decision_columns;
extern const char* const decision_answer_join;

TraineeRecord read_trainee(const PGresult* rows, int row);
// The session's own columns (the first 16 of session_columns); add_skill adds the row's skill, if any.
SessionRecord read_session(const PGresult* rows, int row);
void add_skill(const PGresult* rows, int row, SessionRecord& session);

// Decisions, with each distinct answer's points decoded once.
class DecisionReader {
public:
    DecisionRecord read(const PGresult* rows, int row);

private:
    std::unordered_map<std::string, std::vector<std::pair<std::string, int>>> points_;
};

// "2026-11-24T21:31:49.120Z" as milliseconds since the epoch, when it is exactly in the store's own form
// (so it comes back byte for byte); empty for any other text, which is then stored as it is.
std::optional<std::int64_t> canonical_milliseconds(const std::string& time);
std::string time_from_milliseconds(std::int64_t milliseconds);

}  // namespace frontdesk::pg
