#include "conversation.h"

#include <algorithm>
#include <cctype>
#include <chrono>
#include <numeric>

namespace frontdesk::gui {

const char* call_state_name(CallState state) {
    switch (state) {
        case CallState::ringing: return "ringing";
        case CallState::connected: return "connected";
        case CallState::on_hold: return "on_hold";
        case CallState::transferred: return "transferred";
        case CallState::ended: return "ended";
    }
    return "connected";
}

namespace {

bool starts_with_word(std::string_view text, std::size_t at, std::string_view word) {
    if (text.size() - at < word.size()) return false;
    for (std::size_t i = 0; i < word.size(); ++i)
        if (std::tolower(static_cast<unsigned char>(text[at + i])) != std::tolower(static_cast<unsigned char>(word[i]))) return false;
    return true;
}

// The small numbers a story writes as words ("Six likes", "quattordici reazioni").
constexpr std::string_view number_words[][2] = {
    {"one", "uno"},       {"two", "due"},         {"three", "tre"},    {"four", "quattro"},     {"five", "cinque"},
    {"six", "sei"},       {"seven", "sette"},     {"eight", "otto"},   {"nine", "nove"},        {"ten", "dieci"},
    {"eleven", "undici"}, {"twelve", "dodici"},   {"thirteen", "tredici"}, {"fourteen", "quattordici"},
    {"fifteen", "quindici"}, {"sixteen", "sedici"}, {"seventeen", "diciassette"}, {"eighteen", "diciotto"},
    {"nineteen", "diciannove"}, {"twenty", "venti"}};

// The number that ends just before `end` (digits or a word), or -1.
int number_before(std::string_view text, std::size_t end) {
    std::size_t start = end;
    while (start > 0 && (std::isalnum(static_cast<unsigned char>(text[start - 1])))) --start;
    std::string_view word = text.substr(start, end - start);
    if (word.empty()) return -1;
    if (std::all_of(word.begin(), word.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); }))
        return word.size() > 6 ? -1 : std::stoi(std::string(word));
    for (std::size_t i = 0; i < std::size(number_words); ++i)
        for (std::string_view spelled : number_words[i])
            if (word.size() == spelled.size() && starts_with_word(word, 0, spelled)) return static_cast<int>(i) + 1;
    return -1;
}

}  // namespace

int narrated_count(std::string_view narration, bool replies) {
    static constexpr std::string_view like_words[] = {"likes", "like", "reactions", "«mi piace»", "mi piace", "reazioni"};
    static constexpr std::string_view reply_words[] = {"replies", "comments", "risposte", "commenti"};
    const std::string_view* first = replies ? std::begin(reply_words) : std::begin(like_words);
    const std::string_view* last = replies ? std::end(reply_words) : std::end(like_words);
    int found = -1;
    for (std::size_t i = 1; i < narration.size(); ++i) {
        if (narration[i - 1] != ' ') continue;
        for (const std::string_view* word = first; word != last; ++word)
            if (starts_with_word(narration, i, *word)) {
                // The last mention wins: the thread grows as the story goes on.
                if (int value = number_before(narration, i - 1); value >= 0) found = value;
                break;
            }
    }
    return found;
}

std::string initials(std::string_view name) {
    std::string out;
    int letters = 0;
    std::size_t i = 0;
    while (i < name.size() && letters < 2) {
        while (i < name.size() && name[i] == ' ') ++i;
        std::size_t start = i;
        while (i < name.size() && name[i] != ' ') ++i;
        std::string_view word = name.substr(start, i - start);
        if (word.empty()) break;
        // Titles ("Mr.", "sig.", "dott.ssa") and lowercase particles ("de") are not initials.
        unsigned char first = static_cast<unsigned char>(word[0]);
        if (word.find('.') != std::string_view::npos || (first < 0x80 && !std::isupper(first))) continue;
        std::size_t length = 1;
        while (length < word.size() && (static_cast<unsigned char>(word[length]) & 0xC0) == 0x80) ++length;  // one UTF-8 character
        out += word.substr(0, length);
        ++letters;
    }
    if (out.empty() && !name.empty()) out = std::string(1, name[0]);
    return out;
}

double Conversation::typing_seconds(std::string_view text) {
    return std::clamp(0.7 + static_cast<double>(text.size()) * 0.006, 0.9, 1.6);
}

Conversation::Conversation(RecordedSession session, FeedbackMode feedback, double now)
    : recorded_(std::move(session)), feedback_(feedback), started_(now), answer_started_(now) {
    wall_started_ = std::chrono::duration<double>(std::chrono::system_clock::now().time_since_epoch()).count();
    const Session& played = recorded_.session();
    // A resumed session shows what was said so far at the times it was said, without feedback notes, typing
    // or a mood animation; its call has been going on since its first line.
    double earlier = 0;
    for (const Decision& decision : played.history()) earlier += std::max(0.0, decision.response_seconds);
    double clock = now - earlier;
    bool fresh = played.history().empty();
    call_answered_ = fresh && scenario().channel == Channel::phone ? now + ringing_seconds : clock;
    if (call_answered_ > now) last_reveal_ = call_answered_;
    answer_started_ = clock;
    add_character_line(played.scenario().start, fresh ? now : clock, fresh);
    for (std::size_t i = 0; i < played.history().size(); ++i) {
        clock += std::max(0.0, played.history()[i].response_seconds);
        show_decision(i, clock, false);
    }
    if (!fresh) answer_started_ = now;
    if (finished() || ends_call(played.current())) call_ended_ = now;
    mood_changed_at_ = -1e9;
    mood_from_ = mood_to_ = played.mood();
    last_feedback_.reset();
}

void Conversation::add_character_line(NodeIndex index, double now, bool live) {
    const Node& node = node_at(index);
    if (!node.narration.empty()) transcript_.push_back({TranscriptLine::Speaker::narration, shown(node.narration), -1, index, now});
    if (node.say.empty()) return;
    double at = now;
    // In a chat the message arrives after the character has been seen typing it; on the phone the first
    // line comes once the call is answered.
    if (live && scenario().channel == Channel::chat) at = now + typing_seconds(node.say);
    if (live && scenario().channel == Channel::phone) at = std::max(now, call_answered_);
    transcript_.push_back({TranscriptLine::Speaker::character, shown(node.say), -1, index, at});
    if (at > now) last_reveal_ = std::max(last_reveal_, at);
    // The countdown starts when the message can be read.
    if (scenario().channel == Channel::chat) answer_started_ = std::max(answer_started_, at);
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
    double seconds = std::max(0.0, now - answer_started_);
    try {
        recorded_.choose(position, seconds);
    } catch (...) {
        show_decision(session().history().size() - 1, now, true);  // taken, only not saved yet
        throw;
    }
    show_decision(session().history().size() - 1, now, true);
    return true;
}

bool Conversation::update(double now) {
    if (finished() || !recorded_.can_time_out()) return false;
    // Without a time limit nothing expires; with one, a node where nothing can be said times out at once.
    bool expired = seconds_left(now).value_or(1.0) <= 0.0 || offered().empty();
    if (!expired) return false;
    double seconds = std::max(0.0, now - answer_started_);
    try {
        recorded_.time_out(seconds);
    } catch (...) {
        show_decision(session().history().size() - 1, now, true);
        throw;
    }
    show_decision(session().history().size() - 1, now, true);
    return true;
}

void Conversation::show_decision(std::size_t index, double now, bool live) {
    const Decision& decision = session().history()[index];
    const Node& node = node_at(decision.node);
    const Effect& effect = decision.timed_out() ? static_cast<const Effect&>(*node.on_timeout)
                                                : node.choices[static_cast<std::size_t>(decision.choice)];
    int line = static_cast<int>(index);
    if (decision.timed_out()) transcript_.push_back({TranscriptLine::Speaker::silence, {}, line, decision.node, now});
    else transcript_.push_back({TranscriptLine::Speaker::trainee, shown(node.choices[static_cast<std::size_t>(decision.choice)].say), line, decision.node, now});
    mood_from_ = mood_shown(now);  // from wherever the meter is now, even mid-animation
    mood_to_ = decision.mood_after;
    mood_changed_at_ = now;
    if (feedback_ == FeedbackMode::immediate)
        last_feedback_ = FeedbackNote{shown(effect.feedback), decision.score, std::accumulate(decision.score.begin(), decision.score.end(), 0),
                                      decision.mood_after - decision.mood_before, decision.timed_out()};
    answer_started_ = now;
    if (scenario().channel == Channel::phone) {
        // After `call: end` the story goes on with a new call: it rings again and its time starts afresh.
        if (ends_call(decision.node) && !ends_call(decision.next) && live) {
            call_answered_ = now + ringing_seconds;
            call_ended_.reset();
            last_reveal_ = call_answered_;
        }
        if (ends_call(decision.next) && live) call_ended_ = now;
    }
    add_character_line(decision.next, now, live);
}

std::optional<double> Conversation::seconds_left(double now) const {
    if (!recorded_.can_time_out()) return std::nullopt;
    return std::clamp(*scenario().time_limit - (now - answer_started_), 0.0, static_cast<double>(*scenario().time_limit));
}

bool Conversation::typing(double now) const {
    if (scenario().channel != Channel::chat || transcript_.empty()) return false;
    const TranscriptLine& last = transcript_.back();
    return last.speaker == TranscriptLine::Speaker::character && last.at > now;
}

std::size_t Conversation::character_lines_shown(double now) const {
    std::size_t shown = 0;
    for (const TranscriptLine& line : transcript_)
        if (line.speaker == TranscriptLine::Speaker::character && line_shown(line, now)) ++shown;
    return shown;
}

CallState Conversation::call_state(double now) const {
    if (finished() || call_ended_) return CallState::ended;
    if (scenario().channel == Channel::phone && now < call_answered_) return CallState::ringing;
    const Node& node = session().node();
    if (node.call == CallEvent::hold) return CallState::on_hold;
    if (node.call == CallEvent::transfer) return CallState::transferred;
    return CallState::connected;
}

double Conversation::call_duration(double now) const {
    double until = call_ended_ ? *call_ended_ : now;
    return std::max(0.0, until - call_answered_);
}

bool Conversation::call_ended_by_transfer() const {
    return call_ended_ && session().node().call == CallEvent::transfer;
}

SocialCounts Conversation::social_counts(double now) const {
    SocialCounts counts;
    int comments = 0, narrated_replies = -1;
    bool post = false;
    for (const TranscriptLine& line : transcript_) {
        if (!line_shown(line, now)) break;
        bool in_public = line.node == no_node || node_at(line.node).visibility == Visibility::public_thread;
        if (line.speaker == TranscriptLine::Speaker::narration) {
            if (int likes = narrated_count(line.text, false); likes >= 0) counts.likes = likes;
            if (int replies = narrated_count(line.text, true); replies >= 0) narrated_replies = replies;
        } else if (line.speaker != TranscriptLine::Speaker::silence && in_public) {
            if (post) ++comments;
            post = post || line.speaker == TranscriptLine::Speaker::character;
        }
    }
    counts.replies = std::max(comments, narrated_replies);
    return counts;
}

double Conversation::mood_shown(double now) const {
    double t = (now - mood_changed_at_) / mood_animation_seconds;
    if (t >= 1.0) return mood_to_;
    t = std::max(0.0, t);
    double eased = 1.0 - (1.0 - t) * (1.0 - t) * (1.0 - t);  // ease-out: quick start, gentle landing
    return mood_from_ + (mood_to_ - mood_from_) * eased;
}

}  // namespace frontdesk::gui
