#include "frontdesk/stored_rows.h"

#include "frontdesk/stored_answer.h"

namespace frontdesk::stored_rows {

const char* const trainee_columns = "t.id, t.display_name, t.cohort, t.created_at";
#define FRONTDESK_SESSION_COLUMNS                                                                                                 \
    "s.id, s.trainee, s.scenario_id, s.scenario_title, s.scenario_hash, s.scenario_language, s.started_at, s.ended_at, s.ending, "   \
    "s.overall, s.passed, s.feedback_mode, s.source, s.shuffle_seed, s.phrasing, s.uuid"
const char* const session_columns_alone = FRONTDESK_SESSION_COLUMNS;
const char* const session_columns = FRONTDESK_SESSION_COLUMNS ", k.position, k.skill, k.raw, k.best, k.percent";
#undef FRONTDESK_SESSION_COLUMNS
const char* const session_outcome_columns =
    "s.id, s.trainee, s.scenario_id, s.scenario_title, s.scenario_language, s.started_at, s.ended_at, s.ending, s.overall, s.passed";
const char* const session_skill_join = " LEFT JOIN session_skills k ON k.session = s.id";
const char* const decision_columns = "d.session, d.sequence, a.node, a.choice, a.said, d.mood_after, d.response_seconds, a.timed_out, a.points";
const char* const decision_answer_join = " LEFT JOIN answers a ON a.id = d.answer";
const char* const skill_columns = "k.session, k.position, k.skill, k.raw, k.best, k.percent";
const char* const answer_columns = "a.id, a.node, a.choice, a.timed_out, a.said, a.points";

const std::vector<std::pair<std::string, int>>& PointsDecoder::decode(const std::string& text) {
    auto found = decoded_.find(text);
    if (found == decoded_.end()) found = decoded_.emplace(text, points_from_text(text)).first;
    return found->second;
}

}  // namespace frontdesk::stored_rows
