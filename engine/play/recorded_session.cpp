#include "frontdesk/recorded_session.h"

#include <stdexcept>

#include "frontdesk/answer_order.h"
#include "frontdesk/session_state.h"

namespace frontdesk {

NewSession new_session_record(const Scenario& scenario, const std::string& trainee, const std::string& feedback_mode,
                              const std::string& source, std::optional<std::uint64_t> shuffle_seed,
                              std::optional<Phrasing> phrasing) {
    return NewSession{trainee, scenario.id, scenario.title, content_hash_hex(scenario), language_name(scenario.language),
                      feedback_mode, source, shuffle_seed, phrasing ? phrasing_name(*phrasing) : std::string()};
}

DecisionRecord decision_record(const Scenario& scenario, const Decision& decision, std::int64_t session, int sequence,
                               const TraineeVoice& voice) {
    const Node& node = scenario.nodes[static_cast<std::size_t>(decision.node)];
    DecisionRecord record;
    record.session = session;
    record.sequence = sequence;
    record.node = node.id;
    record.choice = decision.choice;
    if (!decision.timed_out()) record.said = expand_text(node.choices[static_cast<std::size_t>(decision.choice)].say, voice);
    for (std::size_t s = 0; s < scenario.skills.size() && s < decision.score.size(); ++s)
        if (decision.score[s] != 0) record.score.emplace_back(scenario.skills[s], decision.score[s]);
    record.mood_after = decision.mood_after;
    record.response_seconds = decision.response_seconds;
    record.timed_out = decision.timed_out();
    return record;
}

SessionOutcome session_outcome(const SessionResult& result) {
    SessionOutcome outcome;
    outcome.ending = ending_name(result.ending);
    for (const SkillResult& skill : result.skills) outcome.skills.push_back({skill.skill, skill.raw, skill.best, skill.percent});
    outcome.overall = result.overall;
    outcome.passed = result.passed;
    return outcome;
}

RecordedSession::RecordedSession(Session session, std::shared_ptr<const Analysis> analysis, Recording recording)
    : session_(std::move(session)), analysis_(std::move(analysis)), recording_(std::move(recording)) {}

RecordedSession RecordedSession::start(std::shared_ptr<const Scenario> scenario, std::shared_ptr<const Analysis> analysis,
                                       Recording recording) {
    RecordedSession recorded(Session(scenario), std::move(analysis), std::move(recording));
    recorded.shuffle_seed_ = recorded.recording_.shuffle_seed;
    const Recording& r = recorded.recording_;
    if (recorded.recording()) {
        recorded.id_ = r.store->begin_session(new_session_record(*scenario, r.trainee, r.feedback_mode, r.source, r.shuffle_seed, r.voice.phrasing));
        if (r.recorded) r.recorded(recorded.id_);
    }
    return recorded;
}

std::optional<RecordedSession> RecordedSession::resume(std::shared_ptr<const Scenario> scenario, std::shared_ptr<const Analysis> analysis,
                                                       Recording recording, std::string& error) {
    if (!recording.store) return std::nullopt;
    std::optional<SessionRecord> interrupted =
        recording.store->unfinished_session(recording.trainee, scenario->id, content_hash_hex(*scenario));
    if (!interrupted) return std::nullopt;
    std::vector<DecisionRecord> decisions = recording.store->decisions(interrupted->id);
    std::optional<Session> replayed = replay_session(scenario, decisions, error);
    if (!replayed) return std::nullopt;
    RecordedSession recorded(std::move(*replayed), std::move(analysis), std::move(recording));
    recorded.id_ = interrupted->id;
    recorded.saved_ = decisions.size();
    recorded.resumed_ = true;
    // The order the trainee saw before: a session recorded before shuffling has no seed and keeps the authored order.
    recorded.shuffle_seed_ = interrupted->shuffle_seed;
    recorded.recording_.shuffle_seed = interrupted->shuffle_seed;
    return recorded;
}

std::size_t RecordedSession::interrupted_answers(const ResultsReader& store, const std::string& trainee, const Scenario& scenario) {
    std::optional<SessionRecord> interrupted = store.unfinished_session(trainee, scenario.id, content_hash_hex(scenario));
    return interrupted ? store.decisions(interrupted->id).size() : 0;
}

std::vector<int> RecordedSession::offered() const {
    if (session_.finished()) return {};
    std::vector<int> offered = session_.offered_choices();
    if (!shuffle_seed_) return offered;
    return shown_order(scenario(), session_.current(), arrivals_at_current(session_), *shuffle_seed_, std::move(offered));
}

const Decision& RecordedSession::choose(std::size_t position, double response_seconds) {
    std::vector<int> choices = offered();
    if (position >= choices.size())
        throw std::out_of_range("choice position " + std::to_string(position + 1) + " is not among the " +
                                std::to_string(choices.size()) + " offered");
    session_.choose(choices[position], response_seconds);
    save();
    return session_.history().back();
}

const Decision& RecordedSession::time_out(double response_seconds) {
    session_.time_out(response_seconds);
    save();
    return session_.history().back();
}

void RecordedSession::save() {
    if (!recording()) return;
    const std::vector<Decision>& history = session_.history();
    bool wrote = false;
    while (saved_ < history.size()) {
        // The number is taken only once the write succeeded, so a failed write is retried as the same step.
        recording_.store->record_decision(decision_record(scenario(), history[saved_], id_, static_cast<int>(saved_ + 1), recording_.voice));
        ++saved_;
        wrote = true;
    }
    if (session_.at_ending() && !outcome_saved_) {
        recording_.store->finish_session(id_, session_outcome(result()));
        outcome_saved_ = true;
        wrote = true;
    }
    if (wrote && recording_.recorded) recording_.recorded(id_);
}

SessionResult RecordedSession::result() const { return score_session(scenario(), *analysis_, session_.history(), session_.ending()); }

std::size_t RecordedSession::unsaved() const {
    if (!recording()) return 0;
    return session_.history().size() - saved_ + (session_.at_ending() && !outcome_saved_ ? 1 : 0);
}

}  // namespace frontdesk
