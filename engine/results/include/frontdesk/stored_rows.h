// The one codec between the results tables and the records, for both SQL backends (the SQLite file, the
// PostgreSQL server), whose tables have the same columns: which columns a query selects, and how a row of
// them becomes a record, whatever a damaged or hand-edited row holds (text is repaired, numbers saturate).
// Each backend gives a row type with text(i), integer(i), small_integer(i), real(i), flag(i), is_null(i) and
// recorded_at(i) (a decision's time, which each keeps in its own way), and the time columns' SQL.
#pragma once

#include <cstdint>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "frontdesk/results_store.h"

namespace frontdesk::stored_rows {

// Of trainees t.
extern const char* const trainee_columns;
// Of sessions s, then of their skills k (session_skill_join); read_session reads the first 16.
extern const char* const session_columns;
extern const char* const session_columns_alone;  // the sessions' own 16
extern const char* const session_skill_join;
// Of sessions s, what a report reads of them (scan_session_outcomes); read_session_outcome reads these 10.
extern const char* const session_outcome_columns;
// Of decisions d with their answers a (decision_answer_join), before the backend's time columns.
extern const char* const decision_columns;
extern const char* const decision_answer_join;
// Of session_skills k alone, with the session first.
extern const char* const skill_columns;
// Of answers a.
extern const char* const answer_columns;

// A scan meets the same few answers again and again: their points are decoded once.
class PointsDecoder {
public:
    const std::vector<std::pair<std::string, int>>& decode(const std::string& text);

private:
    std::unordered_map<std::string, std::vector<std::pair<std::string, int>>> decoded_;
};

template <typename Row>
TraineeRecord read_trainee(const Row& row) {
    return TraineeRecord{row.text(0), row.text(1), row.text(2), row.text(3)};
}

// Where a row holds what a report reads of a session (session_columns and session_outcome_columns differ).
struct OutcomeColumns {
    int id, trainee, scenario_id, scenario_title, scenario_language, started_at, ended_at, ending, overall, passed;
};

template <typename Row>
SessionRecord read_outcome(const Row& row, const OutcomeColumns& at) {
    SessionRecord record;
    record.id = row.integer(at.id);
    record.trainee = row.text(at.trainee);
    record.scenario_id = row.text(at.scenario_id);
    record.scenario_title = row.text(at.scenario_title);
    record.scenario_language = row.text(at.scenario_language);
    record.started_at = row.text(at.started_at);
    record.ended_at = row.text(at.ended_at);
    record.ending = row.text(at.ending);
    record.overall = row.real(at.overall);
    record.passed = row.flag(at.passed);
    return record;
}

template <typename Row>
SessionRecord read_session(const Row& row) {
    SessionRecord record = read_outcome(row, OutcomeColumns{0, 1, 2, 3, 5, 6, 7, 8, 9, 10});
    record.scenario_hash = row.text(4);
    record.feedback_mode = row.text(11);
    record.source = row.text(12);
    // Stored with the bits of the unsigned seed (both databases' integers are signed).
    if (!row.is_null(13)) record.shuffle_seed = static_cast<std::uint64_t>(row.integer(13));
    if (!row.is_null(14)) record.phrasing = row.text(14);
    record.uuid = row.text(15);
    return record;
}

template <typename Row>
SessionRecord read_session_outcome(const Row& row) {
    return read_outcome(row, OutcomeColumns{0, 1, 2, 3, 4, 5, 6, 7, 8, 9});
}

// The row's skill, if it has one (a session without skills has one row with none), in the query's order
// (by position; a position a migration skipped leaves no gap). `first`: where k.position is in the row (in
// session_columns, 16; in skill_columns, 1).
template <typename Row>
void add_skill(const Row& row, SessionRecord& session, int first = 16) {
    if (row.is_null(first)) return;
    SkillScore skill;
    skill.skill = row.text(first + 1);
    skill.raw = row.small_integer(first + 2);
    skill.best = row.small_integer(first + 3);
    if (!row.is_null(first + 4)) skill.percent = row.real(first + 4);
    session.skills.push_back(std::move(skill));
}

template <typename Row>
DecisionRecord read_decision(const Row& row, PointsDecoder& points) {
    DecisionRecord record;
    record.session = row.integer(0);
    record.sequence = row.small_integer(1);
    record.node = row.text(2);
    record.choice = row.small_integer(3);
    record.said = row.text(4);
    record.mood_after = row.small_integer(5);
    record.response_seconds = row.real(6);
    record.timed_out = row.flag(7);
    record.score = points.decode(row.text(8));
    record.recorded_at = row.recorded_at(9);
    return record;
}

template <typename Row>
AnswerRecord read_answer(const Row& row, PointsDecoder& points) {
    return AnswerRecord{row.integer(0), row.text(1), row.small_integer(2), row.flag(3), row.text(4), points.decode(row.text(5))};
}

}  // namespace frontdesk::stored_rows
