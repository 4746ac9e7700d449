// One way to start, play, record and resume a session, shared by the terminal player and the window. It owns
// the Session and, when a results store is given, writes each decision the moment it is taken (committed
// before the next line is shown) and the outcome at the ending. Choices are addressed by their position
// among those offered, as a trainee sees them: in the session's shuffled order when it has a seed (see
// answer_order.h), while everything stored keeps the authored index.
//
// A write that fails leaves the decision in the session and in a queue: the call throws StoreError, and the
// next save() (or the next answer) writes the queue in order, so nothing is ever claimed saved that was not
// and nothing is stored out of step.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "frontdesk/analysis.h"
#include "frontdesk/placeholders.h"
#include "frontdesk/results_store.h"
#include "frontdesk/scoring.h"
#include "frontdesk/session.h"

namespace frontdesk {

// Where and for whom a session is recorded; no store means the session is played without recording.
struct Recording {
    Recording() = default;
    Recording(ResultsStore* store_, std::string trainee_, std::string feedback_mode_ = "end", std::string source_ = "play",
              std::optional<std::uint64_t> shuffle_seed_ = std::nullopt)
        : store(store_), trainee(std::move(trainee_)), feedback_mode(std::move(feedback_mode_)), source(std::move(source_)),
          shuffle_seed(shuffle_seed_) {}

    ResultsStore* store = nullptr;  // not owned; must outlive the session
    std::string trainee;
    std::string feedback_mode = "end";  // immediate | end
    std::string source = "play";        // play | gui
    // The answers' order: a seed shuffles it (new_shuffle_seed() makes one); empty shows the authored order.
    // A resumed session keeps the order it was recorded with, whatever this says.
    std::optional<std::uint64_t> shuffle_seed;
    // How the conversation names and addresses the trainee ({trainee}, {f:...|m:...|n:...}); what is stored
    // as said is the text as the trainee read it.
    TraineeVoice voice;
    // Told the session's store id after each write the store confirmed (the session begun, decisions, the
    // outcome), so a client can send the new statements to a Learning Record Store. Must not throw.
    std::function<void(std::int64_t session)> recorded;
};

class RecordedSession {
public:
    // A new session; with a store it is begun there at once. Throws StoreError when it cannot be.
    static RecordedSession start(std::shared_ptr<const Scenario> scenario, std::shared_ptr<const Analysis> analysis,
                                 Recording recording);
    // The trainee's interrupted session of this exact version of the scenario, replayed to where it stopped;
    // empty when there is none, or (with `error` set) when its decisions no longer fit. Throws StoreError.
    static std::optional<RecordedSession> resume(std::shared_ptr<const Scenario> scenario, std::shared_ptr<const Analysis> analysis,
                                                 Recording recording, std::string& error);
    // How many answers the trainee's interrupted session of this scenario holds (0: none), to offer resuming.
    static std::size_t interrupted_answers(const ResultsReader& store, const std::string& trainee, const Scenario& scenario);

    const Session& session() const { return session_; }
    const Scenario& scenario() const { return session_.scenario(); }
    const std::shared_ptr<const Scenario>& scenario_ptr() const { return session_.scenario_ptr(); }
    const Analysis& analysis() const { return *analysis_; }
    const std::shared_ptr<const Analysis>& analysis_ptr() const { return analysis_; }

    // The choices on offer (indices into the node's choices), in the order they are shown.
    std::vector<int> offered() const;
    // The seed of the answer order; empty when answers are shown as authored.
    std::optional<std::uint64_t> shuffle_seed() const { return shuffle_seed_; }
    bool finished() const { return session_.finished(); }
    bool can_time_out() const { return session_.can_time_out(); }

    // Takes the choice shown at `position` (0-based) among offered(), then saves. A position that is not
    // offered is a programming error (std::out_of_range). Throws StoreError when the save fails (the
    // decision stays taken and queued).
    const Decision& choose(std::size_t position, double response_seconds);
    // The trainee did not answer in time (requires can_time_out()), then saves.
    const Decision& time_out(double response_seconds);

    // Writes what the store does not have yet: the queued decisions in order, then the outcome once the
    // session is at an ending. Throws StoreError, keeping what was not written for the next call.
    void save();

    // The debrief's figures, a pure function of the history.
    SessionResult result() const;

    bool recording() const { return recording_.store != nullptr; }
    const Recording& recorder() const { return recording_; }
    std::int64_t id() const { return id_; }            // the store's session id (0 when not recorded)
    std::size_t saved_decisions() const { return saved_; }
    bool outcome_saved() const { return outcome_saved_; }
    // Decisions (and the outcome, once at an ending) not written yet.
    std::size_t unsaved() const;
    bool resumed() const { return resumed_; }

private:
    RecordedSession(Session session, std::shared_ptr<const Analysis> analysis, Recording recording);

    Session session_;
    std::shared_ptr<const Analysis> analysis_;
    Recording recording_;
    std::int64_t id_ = 0;
    std::size_t saved_ = 0;
    bool outcome_saved_ = false;
    bool resumed_ = false;
    std::optional<std::uint64_t> shuffle_seed_;
};

// The store's records for what a session holds (the play layer's words turned into plain values).
NewSession new_session_record(const Scenario& scenario, const std::string& trainee, const std::string& feedback_mode,
                              const std::string& source, std::optional<std::uint64_t> shuffle_seed = std::nullopt,
                              std::optional<Phrasing> phrasing = std::nullopt);
DecisionRecord decision_record(const Scenario& scenario, const Decision& decision, std::int64_t session, int sequence,
                               const TraineeVoice& voice = TraineeVoice{});
SessionOutcome session_outcome(const SessionResult& result);

}  // namespace frontdesk
