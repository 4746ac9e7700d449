#include "conversation.h"

#include <algorithm>
#include <numeric>

#include "frontdesk/session_state.h"

namespace frontdesk::gui {

Conversation::Conversation(std::shared_ptr<const Scenario> scenario, std::shared_ptr<const Analysis> analysis,
                           FeedbackMode feedback)
    : session_(std::move(scenario)), analysis_(std::move(analysis)), feedback_(feedback) {
    mood_from_ = mood_to_ = session_.mood();
    add_character_line();
}

void Conversation::start(double now) {
    started_ = now;
    answer_started_ = now;
}

void Conversation::add_character_line() {
    const Node& node = session_.node();
    if (!node.say.empty()) transcript_.push_back({TranscriptLine::Speaker::character, node.say, -1});
}

std::vector<int> Conversation::offered() const { return session_.finished() ? std::vector<int>{} : session_.offered_choices(); }

bool Conversation::choose(std::size_t position, double now) {
    std::vector<int> choices = offered();
    if (position >= choices.size()) return false;
    const Decision& decision = session_.choose(choices[position], now - answer_started_);
    after_decision(decision, now);
    return true;
}

bool Conversation::update(double now) {
    if (session_.finished() || !session_.can_time_out()) return false;
    // Without a time limit nothing expires; with one, a node where nothing can be said times out at once.
    bool expired = seconds_left(now).value_or(1.0) <= 0.0 || offered().empty();
    if (!expired) return false;
    const Decision& decision = session_.time_out(now - answer_started_);
    after_decision(decision, now);
    return true;
}

void Conversation::after_decision(const Decision& decision, double now) {
    int index = static_cast<int>(session_.history().size()) - 1;
    const Node& node = session_.scenario().nodes[static_cast<std::size_t>(decision.node)];
    const Effect& effect = decision.timed_out() ? static_cast<const Effect&>(*node.on_timeout)
                                                : node.choices[static_cast<std::size_t>(decision.choice)];
    if (decision.timed_out()) transcript_.push_back({TranscriptLine::Speaker::silence, {}, index});
    else transcript_.push_back({TranscriptLine::Speaker::trainee, node.choices[static_cast<std::size_t>(decision.choice)].say, index});
    mood_from_ = mood_shown(now);  // from wherever the meter is now, even mid-animation
    mood_to_ = session_.mood();
    mood_changed_at_ = now;
    if (feedback_ == FeedbackMode::immediate)
        last_feedback_ = FeedbackNote{effect.feedback, decision.score, std::accumulate(decision.score.begin(), decision.score.end(), 0),
                                      decision.mood_after - decision.mood_before, decision.timed_out()};
    add_character_line();
    answer_started_ = now;
}

std::optional<double> Conversation::seconds_left(double now) const {
    if (!session_.can_time_out()) return std::nullopt;
    return std::max(0.0, *session_.scenario().time_limit - (now - answer_started_));
}

double Conversation::mood_shown(double now) const {
    double t = (now - mood_changed_at_) / mood_animation_seconds;
    if (t >= 1.0) return mood_to_;
    t = std::max(0.0, t);
    double eased = 1.0 - (1.0 - t) * (1.0 - t) * (1.0 - t);  // ease-out: quick start, gentle landing
    return mood_from_ + (mood_to_ - mood_from_) * eased;
}

nlohmann::json Conversation::save() const { return save_session(session_); }

std::optional<Conversation> Conversation::restore(std::shared_ptr<const Scenario> scenario, std::shared_ptr<const Analysis> analysis,
                                                  FeedbackMode feedback, const nlohmann::json& state, double now,
                                                  std::string& error) {
    auto session = restore_session(scenario, state, error);
    if (!session) return std::nullopt;
    Conversation conversation(scenario, std::move(analysis), feedback);
    conversation.start(now);
    // Rebuild the transcript by replaying the same decisions through the conversation itself.
    for (const Decision& decision : session->history()) {
        if (decision.timed_out()) conversation.session_.time_out(decision.response_seconds);
        else conversation.session_.choose(decision.choice, decision.response_seconds);
        const Decision& replayed = conversation.session_.history().back();
        conversation.after_decision(replayed, now);
    }
    conversation.mood_changed_at_ = -1e9;  // no animation for a restored mood
    conversation.mood_from_ = conversation.mood_to_ = conversation.session_.mood();
    conversation.last_feedback_.reset();
    return conversation;
}

}  // namespace frontdesk::gui
