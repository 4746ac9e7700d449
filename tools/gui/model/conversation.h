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
    NodeIndex node = no_node;  // where it was said (the trainee's: the node answered), for the node's `call` and `visibility`
    double at = 0;             // when it appears on screen: a chat message after its typing, a call's first line after the ring
};

// A phone call as the call screen shows it: ringing a moment before the first line, then connected, on hold or
// being transferred as the node says (`call`), ended at an ending or at `call: end`.
enum class CallState { ringing, connected, on_hold, transferred, ended };
const char* call_state_name(CallState state);  // ringing, connected, on_hold, transferred, ended (the trace's words)

// What a social thread shows as counts: the likes the story last mentioned ("23 likes", "48 reazioni") and the
// replies under the post (the story's count when it gives a higher one).
struct SocialCounts {
    int likes = 0;
    int replies = 0;
};
// The number a narration gives for likes or replies (`replies`), or -1: digits before "likes", "reactions",
// "«mi piace»", "reazioni" ("replies", "risposte", "comments", "commenti").
int narrated_count(std::string_view narration, bool replies);
// A name's initials for an avatar: "Dana Whitfield" -> "DW", "sig. Claudio Ferrante" -> "CF", at most two.
std::string initials(std::string_view name);

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
    // Seconds since this conversation was put on screen (not the call's time: see call_duration).
    double call_seconds(double now) const { return now - started_; }

    // The channel's moments. Lines appear at their `at`: a chat message after the character has been seen
    // typing, a call's first line once it has rung. While a chat message is being typed the answers wait
    // (nobody answers a message they have not read) and so does the countdown.
    bool line_shown(const TranscriptLine& line, double now) const { return line.at <= now; }
    bool typing(double now) const;             // chat: the character is typing the next message
    // How many of the character's lines are on screen by `now` (the written channels' "a message arrived").
    std::size_t character_lines_shown(double now) const;
    // Whether something on screen moves by itself (the typing dots, the ringing) or is about to appear.
    bool channel_animating(double now) const { return now < last_reveal_ + reveal_settle_seconds; }
    CallState call_state(double now) const;
    // The call's running time: from when it was answered, stopped when it ended.
    double call_duration(double now) const;
    // Whether the call ended by being transferred (an ending with `call: transfer`).
    bool call_ended_by_transfer() const;
    // The wall-clock time (seconds since the epoch) at which a moment of this conversation happened: the
    // session's own time, for the chat's timestamps and an email's date (a resumed session's earlier lines
    // at the times they were answered).
    double wall_clock(double at) const { return wall_started_ + (at - started_); }
    void set_wall_clock_start(double epoch_seconds) { wall_started_ = epoch_seconds; }
    SocialCounts social_counts(double now) const;
    double mood_shown(double now) const;
    bool mood_animating(double now) const { return now < mood_changed_at_ + mood_animation_seconds; }
    const std::optional<FeedbackNote>& last_feedback() const { return last_feedback_; }

    static constexpr double mood_animation_seconds = 0.8;
    static constexpr double ringing_seconds = 1.5;
    static constexpr double reveal_settle_seconds = 0.3;  // frames after a reveal, so it is drawn
    // How long the character is seen typing a chat message: longer for a longer message, never long.
    static double typing_seconds(std::string_view text);

private:
    void show_decision(std::size_t index, double now, bool live);
    void add_character_line(NodeIndex node, double now, bool live);
    const Node& node_at(NodeIndex index) const { return scenario().nodes[static_cast<std::size_t>(index)]; }
    bool ends_call(NodeIndex index) const { return node_at(index).is_ending() || node_at(index).call == CallEvent::end; }

    RecordedSession recorded_;
    FeedbackMode feedback_;
    std::vector<TranscriptLine> transcript_;
    double started_ = 0;
    double answer_started_ = 0;
    double wall_started_ = 0;     // the wall clock when started_ was read
    double call_answered_ = 0;    // when the call (phone) was picked up: the end of its ringing
    std::optional<double> call_ended_;
    double last_reveal_ = -1e9;   // when the latest line appears (or the ringing stops)
    double mood_changed_at_ = -1e9;
    double mood_from_ = 0;  // the meter moves from here to mood_to_ after each answer
    double mood_to_ = 0;
    std::optional<FeedbackNote> last_feedback_;
};

}  // namespace frontdesk::gui
