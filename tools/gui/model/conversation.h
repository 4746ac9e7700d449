// The conversation screen's logic, without a window: the recorded session, the transcript as the channel
// shows it, the countdown and its timeout, the animated mood, and the feedback after each answer. Time is
// passed in (seconds on a monotonic clock) so tests drive it exactly.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "frontdesk/analysis.h"
#include "frontdesk/recorded_session.h"
#include "frontdesk/session.h"
#include "settings.h"

namespace frontdesk::gui {

struct TranscriptLine {
    enum class Speaker { character, trainee, silence } speaker = Speaker::character;
    std::string_view text;
    int decision = -1;  // index in the session's history, for the trainee's lines and silences
};

// What the trainee sees right after an answer when feedback is immediate.
struct FeedbackNote {
    std::string_view text;
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

    // The choices on screen, in order; the trainee picks one by its position (key 1 is position 0).
    std::vector<int> offered() const { return recorded_.offered(); }
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
