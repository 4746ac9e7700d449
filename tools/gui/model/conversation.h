// The conversation screen's logic, without a window: the recorded session, the transcript as the channel
// shows it, the countdown and its timeout, the animated mood, and the feedback after each answer. Time is
// passed in (seconds on a monotonic clock) so tests drive it exactly. Every text it gives is as the trainee
// reads it: placeholders ({trainee}, {f:...|m:...|n:...}) filled in with the session's voice.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "frontdesk/analysis.h"
#include "frontdesk/placeholders.h"
#include "frontdesk/recorded_session.h"
#include "frontdesk/session.h"
#include "settings.h"

namespace frontdesk::gui {

struct TranscriptLine {
    // narration: a stage direction (no speaker), shown before the character's line of the same node.
    enum class Speaker { narration, character, trainee, silence } speaker = Speaker::character;
    std::string text;   // placeholders filled in; empty for a silence
    int decision = -1;  // index in the session's history, for the trainee's lines and silences
};

// What the trainee sees right after an answer when feedback is immediate.
struct FeedbackNote {
    std::string text;       // placeholders filled in
    std::vector<int> score;
    int points = 0;         // sum over skills
    int mood_change = 0;
    bool timed_out = false;
};

class Conversation {
public:
    // Takes over a session just started or resumed (its transcript is rebuilt from its history) and starts the
    // clocks: the call time and the current answer's countdown.
    Conversation(RecordedSession session, FeedbackMode feedback, double now);

    const Scenario& scenario() const { return recorded_.scenario(); }
    const Analysis& analysis() const { return recorded_.analysis(); }
    const Session& session() const { return recorded_.session(); }
    const RecordedSession& recorded() const { return recorded_; }
    FeedbackMode feedback_mode() const { return feedback_; }
    const std::vector<TranscriptLine>& transcript() const { return transcript_; }
    // How the conversation names and addresses the trainee (the session's Recording::voice).
    const TraineeVoice& voice() const { return recorded_.recorder().voice; }
    // A scenario text as the trainee reads it.
    std::string shown(std::string_view text) const { return expand_text(text, voice()); }

    // The choices on screen (authored indices), in the order shown: shuffled when the session has a seed;
    // the trainee picks one by its position (key 1 is position 0).
    std::vector<int> offered() const { return recorded_.offered(); }
    // The words of the answers on screen, in the same order as offered().
    std::vector<std::string> offered_answers() const;
    // Takes the answer and saves it. False when the position is not on screen. Throws StoreError when the
    // answer could not be saved: it stays taken and is written by the next save().
    bool choose(std::size_t position, double now);
    // Fires the timeout when the time is up (saving it, as choose does). Returns true when something changed.
    bool update(double now);
    // Writes what the store does not have yet (after a failed save). Throws StoreError.
    void save() { recorded_.save(); }

    bool finished() const { return recorded_.finished(); }
    std::optional<double> seconds_left(double now) const;
    double call_seconds(double now) const { return now - started_; }
    double mood_shown(double now) const;
    bool mood_animating(double now) const { return now < mood_changed_at_ + mood_animation_seconds; }
    const std::optional<FeedbackNote>& last_feedback() const { return last_feedback_; }

    static constexpr double mood_animation_seconds = 0.8;

private:
    void show_decision(std::size_t index, double now);
    void add_character_line(NodeIndex node);

    RecordedSession recorded_;
    FeedbackMode feedback_;
    std::vector<TranscriptLine> transcript_;
    double started_ = 0;
    double answer_started_ = 0;
    double mood_changed_at_ = -1e9;
    double mood_from_ = 0;  // the meter moves from here to mood_to_ after each answer
    double mood_to_ = 0;
    std::optional<FeedbackNote> last_feedback_;
};

}  // namespace frontdesk::gui
