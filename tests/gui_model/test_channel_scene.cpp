// The channel scenes' logic, without a window: a phone call's states and running time (ringing, connected,
// on hold, ended, its time stopped), a chat message typed before it appears (the answers and the countdown
// wait for it), the session's clock for timestamps, the social thread's counts, and avatars' initials.
#include <doctest/doctest.h>

#include <algorithm>

#include "conversation.h"
#include "frontdesk/scenario_loader.h"

using namespace frontdesk;
using namespace frontdesk::gui;

namespace {

LoadedScenario bundled(const char* file) {
    LoadedScenario loaded = load_scenario_file(std::string(FRONTDESK_SCENARIO_DIR) + "/" + file);
    REQUIRE(loaded.playable());
    return loaded;
}

Conversation started(const LoadedScenario& loaded, double now) {
    return Conversation(RecordedSession::start(loaded.scenario, loaded.analysis, Recording{}), FeedbackMode::immediate, now);
}

// Takes the answer written `authored`-th (1-based) at the current node, wherever it is shown.
void answer(Conversation& conversation, int authored, double now) {
    std::vector<int> offered = conversation.offered();
    auto at = std::find(offered.begin(), offered.end(), authored - 1);
    REQUIRE_MESSAGE(at != offered.end(), "answer " << authored << " is not offered at " << conversation.session().node().id);
    REQUIRE(conversation.choose(static_cast<std::size_t>(at - offered.begin()), now));
}

}  // namespace

TEST_SUITE("channel scenes") {

TEST_CASE("a call rings before its first line, is connected, goes on hold where the node says, and ends with its time stopped") {
    LoadedScenario loaded = bundled("phone-transfer-message.yaml");
    Conversation call = started(loaded, 100.0);
    CHECK(call.call_state(100.0) == CallState::ringing);
    CHECK(call.call_duration(100.5) == doctest::Approx(0));
    REQUIRE(call.transcript().size() == 2);  // the narration at once, the caller's line once answered
    CHECK(call.line_shown(call.transcript()[0], 100.0));
    CHECK_FALSE(call.line_shown(call.transcript()[1], 100.0));
    CHECK(call.channel_animating(100.0));
    double answered = 100.0 + Conversation::ringing_seconds;
    CHECK(call.line_shown(call.transcript()[1], answered));
    CHECK(call.call_state(answered) == CallState::connected);
    CHECK(call.call_duration(answered + 65) == doctest::Approx(65));
    CHECK_FALSE(call.channel_animating(answered + 1));
    CHECK(std::string(call_state_name(CallState::on_hold)) == "on_hold");

    double now = answered + 5;
    // The ideal path to the consultation with Dev: the caller waits on hold while the trainee talks to him.
    for (int authored : {3, 2, 3, 3, 2, 1, 3, 1, 1}) answer(call, authored, now += 4);
    REQUIRE(call.session().node().id == "consult_dev");
    CHECK(call.call_state(now) == CallState::on_hold);
    answer(call, 1, now += 4);
    REQUIRE(call.session().node().id == "connect");
    CHECK(call.call_state(now) == CallState::connected);
    answer(call, 3, now += 4);
    REQUIRE(call.finished());
    CHECK(call.call_state(now) == CallState::ended);
    CHECK_FALSE(call.call_ended_by_transfer());
    double duration = call.call_duration(now);
    CHECK(duration == doctest::Approx(now - answered));
    CHECK(call.call_duration(now + 300) == doctest::Approx(duration));  // stopped when the call ended
}

TEST_CASE("a blind transfer ends the call as transferred") {
    LoadedScenario loaded = bundled("phone-transfer-message.yaml");
    Conversation call = started(loaded, 0);
    double now = 10;
    for (int authored : {3, 2, 3, 3, 2, 1, 3, 1, 3}) answer(call, authored, now += 3);
    REQUIRE(call.session().node().id == "cold_transfer_end");
    CHECK(call.call_state(now) == CallState::ended);
    CHECK(call.call_ended_by_transfer());
}

TEST_CASE("a resumed call does not ring again and its time counts what was already said") {
    LoadedScenario loaded = bundled("phone-transfer-message.yaml");
    // A conversation taken over mid-call (as the window does when resuming) rebuilds from the history: the
    // first answer given 12 s after the start.
    RecordedSession session = RecordedSession::start(loaded.scenario, loaded.analysis, Recording{});
    std::vector<int> offered = session.offered();
    session.choose(static_cast<std::size_t>(std::find(offered.begin(), offered.end(), 2) - offered.begin()), 12.0);
    Conversation resumed(std::move(session), FeedbackMode::immediate, 500.0);
    CHECK(resumed.call_state(500.0) == CallState::connected);
    CHECK(resumed.call_duration(500.0) == doctest::Approx(12.0));
    for (const TranscriptLine& line : resumed.transcript()) CHECK(resumed.line_shown(line, 500.0));
}

TEST_CASE("a chat message is typed before it appears; the answers and the countdown wait for it") {
    LoadedScenario loaded = bundled("chat-sportello-tari.yaml");
    REQUIRE(loaded.scenario->time_limit);
    Conversation chat = started(loaded, 10.0);
    const TranscriptLine& first = chat.transcript().back();
    REQUIRE(first.speaker == TranscriptLine::Speaker::character);
    double typed = Conversation::typing_seconds(first.text);
    CHECK(typed >= 0.9);
    CHECK(typed <= 1.6);
    CHECK(chat.typing(10.0));
    CHECK(chat.channel_animating(10.0));
    CHECK(*chat.seconds_left(10.0 + typed / 2) == doctest::Approx(*loaded.scenario->time_limit));
    CHECK_FALSE(chat.typing(10.0 + typed));
    CHECK(*chat.seconds_left(10.0 + typed + 5) == doctest::Approx(*loaded.scenario->time_limit - 5));
    chat.choose(0, 10.0 + typed + 5);
    CHECK(chat.session().history()[0].response_seconds == doctest::Approx(5.0));  // not the typing time
    for (const TranscriptLine& line : chat.transcript())
        if (line.speaker != TranscriptLine::Speaker::character) CHECK(chat.line_shown(line, 10.0 + typed + 5));  // sent at once
    CHECK(chat.typing(10.0 + typed + 5.1));
    CHECK(chat.call_state(0) != CallState::ringing);  // no ringing outside the phone
}

TEST_CASE("timestamps come from the session's clock: a line's wall time is the start plus the seconds since") {
    LoadedScenario loaded = bundled("chat-sportello-tari.yaml");
    Conversation chat = started(loaded, 10.0);
    chat.set_wall_clock_start(1'700'000'000.0);
    CHECK(chat.wall_clock(10.0) == doctest::Approx(1'700'000'000.0));
    CHECK(chat.wall_clock(70.0) == doctest::Approx(1'700'000'060.0));
}

TEST_CASE("the social thread's counts: the likes the story last gave, the replies under the post") {
    CHECK(narrated_count("07:58, a public comment. Six likes in the first few minutes", false) == 6);
    CHECK(narrated_count("Two hours later. The comment has 58 likes and 17 replies.", false) == 58);
    CHECK(narrated_count("Two hours later. The comment has 58 likes and 17 replies.", true) == 17);
    CHECK(narrated_count("Alle 10:05 il commento ha 48 reazioni e 19 risposte", false) == 48);
    CHECK(narrated_count("Marco B. risponde sotto. Nove «mi piace».", false) == 9);
    CHECK(narrated_count("Dana likes your reply, but writes nothing more.", false) == -1);
    CHECK(narrated_count("The post has been shared 40 times.", false) == -1);

    LoadedScenario loaded = bundled("social-complaint-public-page.yaml");
    Conversation social = started(loaded, 0);
    SocialCounts counts = social.social_counts(1.0);
    CHECK(counts.likes == 6);
    CHECK(counts.replies == 0);
    answer(social, 2, 5.0);  // the first public reply, under the post
    REQUIRE(social.session().node().id == "ack_ok");
    CHECK(social.social_counts(5.0).replies == 2);  // the page's reply, and hers under it
}

TEST_CASE("avatars show two initials, without titles") {
    CHECK(initials("Dana Whitfield") == "DW");
    CHECK(initials("sig. Claudio Ferrante") == "CF");
    CHECK(initials("Mr. Rossi") == "R");
    CHECK(initials("Émile Zola") == "ÉZ");
    CHECK(initials("Comune di Roccalba") == "CR");
}

}  // TEST_SUITE
