#include "conversation.h"

#include <algorithm>
#include <numeric>

namespace frontdesk::gui {

Conversation::Conversation(RecordedSession session, FeedbackMode feedback, double now)
    : recorded_(std::move(session)), feedback_(feedback), started_(now), answer_started_(now) {
    const Session& played = recorded_.session();
    // A resumed session shows what was said so far, without feedback notes or a mood animation.
    add_character_line(played.scenario().start);
    for (std::size_t i = 0; i < played.history().size(); ++i) show_decision(i, now);
    mood_changed_at_ = -1e9;
    mood_from_ = mood_to_ = played.mood();
    last_feedback_.reset();
}

void Conversation::add_character_line(NodeIndex index) {
    const Node& node = scenario().nodes[static_cast<std::size_t>(index)];
    if (!node.narration.empty()) transcript_.push_back({TranscriptLine::Speaker::narration, shown(node.narration), -1});
    if (!node.say.empty()) transcript_.push_back({TranscriptLine::Speaker::character, shown(node.say), -1});
}

std::vector<std::string> Conversation::offered_answers() const {
    std::vector<std::string> answers;
    if (finished()) return answers;
    const Node& node = session().node();
    for (int choice : offered()) answers.push_back(shown(node.choices[static_cast<std::size_t>(choice)].say));
    return answers;
}

bool Conversation::choose(std::size_t position, double now) {
    if (position >= offered().size()) return false;
    double seconds = now - answer_started_;
    try {
        recorded_.choose(position, seconds);
    } catch (...) {
        show_decision(session().history().size() - 1, now);  // taken, only not saved yet
        throw;
    }
    show_decision(session().history().size() - 1, now);
    return true;
}

bool Conversation::update(double now) {
    if (finished() || !recorded_.can_time_out()) return false;
    // Without a time limit nothing expires; with one, a node where nothing can be said times out at once.
    bool expired = seconds_left(now).value_or(1.0) <= 0.0 || offered().empty();
    if (!expired) return false;
    double seconds = now - answer_started_;
    try {
        recorded_.time_out(seconds);
    } catch (...) {
        show_decision(session().history().size() - 1, now);
        throw;
    }
    show_decision(session().history().size() - 1, now);
    return true;
}

void Conversation::show_decision(std::size_t index, double now) {
    const Decision& decision = session().history()[index];
    const Node& node = scenario().nodes[static_cast<std::size_t>(decision.node)];
    const Effect& effect = decision.timed_out() ? static_cast<const Effect&>(*node.on_timeout)
                                                : node.choices[static_cast<std::size_t>(decision.choice)];
    int line = static_cast<int>(index);
    if (decision.timed_out()) transcript_.push_back({TranscriptLine::Speaker::silence, {}, line});
    else transcript_.push_back({TranscriptLine::Speaker::trainee, shown(node.choices[static_cast<std::size_t>(decision.choice)].say), line});
    mood_from_ = mood_shown(now);  // from wherever the meter is now, even mid-animation
    mood_to_ = decision.mood_after;
    mood_changed_at_ = now;
    if (feedback_ == FeedbackMode::immediate)
        last_feedback_ = FeedbackNote{shown(effect.feedback), decision.score, std::accumulate(decision.score.begin(), decision.score.end(), 0),
                                      decision.mood_after - decision.mood_before, decision.timed_out()};
    add_character_line(decision.next);
    answer_started_ = now;
}

std::optional<double> Conversation::seconds_left(double now) const {
    if (!recorded_.can_time_out()) return std::nullopt;
    return std::max(0.0, *scenario().time_limit - (now - answer_started_));
}

double Conversation::mood_shown(double now) const {
    double t = (now - mood_changed_at_) / mood_animation_seconds;
    if (t >= 1.0) return mood_to_;
    t = std::max(0.0, t);
    double eased = 1.0 - (1.0 - t) * (1.0 - t) * (1.0 - t);  // ease-out: quick start, gentle landing
    return mood_from_ + (mood_to_ - mood_from_) * eased;
}

}  // namespace frontdesk::gui
