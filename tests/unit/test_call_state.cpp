// The node keys that tell a channel's scene what the story does: `call: hold|transfer|end` (phone) and
// `visibility: public|private` (social), their Italian words refused with the English to write, the warning
// when the key is on another channel, and the bundled scenarios that use them.
#include <doctest/doctest.h>

#include <string>

#include "frontdesk/scenario_library.h"
#include "test_support.h"

using frontdesk::CallEvent;
using frontdesk::LoadedScenario;
using frontdesk::Severity;
using frontdesk::Visibility;
using frontdesk::test::find_diagnostic;
using frontdesk::test::load_text;
using frontdesk::test::valid_scenario;

namespace {

// valid_scenario() (a phone call) with `lines` added to the node `node` right after its key, and the channel
// changed to `channel`.
std::string with_node_lines(const std::string& node, const std::string& lines, const std::string& channel = "phone") {
    std::string text = valid_scenario();
    std::string key = "  " + node + ":\n";
    std::size_t at = text.find(key);
    REQUIRE(at != std::string::npos);
    text.insert(at + key.size(), lines);
    std::size_t channel_at = text.find("channel: phone");
    REQUIRE(channel_at != std::string::npos);
    text.replace(channel_at, std::string("channel: phone").size(), "channel: " + channel);
    return text;
}

const frontdesk::Node& node_named(const LoadedScenario& loaded, const std::string& id) {
    REQUIRE(loaded.scenario);
    frontdesk::NodeIndex index = loaded.scenario->find_node(id);
    REQUIRE(index != frontdesk::no_node);
    return loaded.scenario->nodes[static_cast<std::size_t>(index)];
}

int warnings(const LoadedScenario& loaded) {
    int count = 0;
    for (const frontdesk::Diagnostic& d : loaded.diagnostics.items()) count += d.severity == Severity::warning;
    return count;
}

}  // namespace

TEST_SUITE("call state and visibility") {

TEST_CASE("call: hold, transfer and end are read on a phone scenario's nodes, and a node without it has none") {
    LoadedScenario loaded = load_text(with_node_lines("middle", "    call: hold\n"));
    REQUIRE(loaded.playable());
    CHECK(node_named(loaded, "middle").call == CallEvent::hold);
    CHECK_FALSE(node_named(loaded, "opening").call.has_value());
    CHECK(find_diagnostic(loaded, "'call'") == nullptr);

    LoadedScenario transfer = load_text(with_node_lines("middle", "    call: transfer\n"));
    CHECK(node_named(transfer, "middle").call == CallEvent::transfer);
    LoadedScenario ended = load_text(with_node_lines("happy", "    call: end\n"));
    REQUIRE(ended.playable());
    CHECK(node_named(ended, "happy").call == CallEvent::end);
    CHECK(node_named(ended, "happy").is_ending());
}

TEST_CASE("an unknown call word is an error that lists the three") {
    LoadedScenario loaded = load_text(with_node_lines("middle", "    call: mute\n"));
    const frontdesk::Diagnostic* d = find_diagnostic(loaded, "'call' must be one of: hold, transfer, end; found 'mute'");
    REQUIRE(d);
    CHECK(d->severity == Severity::error);
    CHECK_FALSE(loaded.playable());
}

TEST_CASE("the Italian words for call and its values are refused with the English to write") {
    LoadedScenario key = load_text(with_node_lines("middle", "    chiamata: hold\n"));
    CHECK(find_diagnostic(key, "unknown key 'chiamata' in node 'middle'; keys are written in English: write 'call'"));
    LoadedScenario hold = load_text(with_node_lines("middle", "    call: attesa\n"));
    CHECK(find_diagnostic(hold, "'call' is written in English: write 'hold' for 'attesa'"));
    LoadedScenario transfer = load_text(with_node_lines("middle", "    call: trasferimento\n"));
    CHECK(find_diagnostic(transfer, "'call' is written in English: write 'transfer' for 'trasferimento'"));
    LoadedScenario end = load_text(with_node_lines("middle", "    call: fine\n"));
    CHECK(find_diagnostic(end, "'call' is written in English: write 'end' for 'fine'"));
    LoadedScenario privato = load_text(with_node_lines("middle", "    visibilità: privato\n", "social"));
    CHECK(find_diagnostic(privato, "keys are written in English: write 'visibility'"));
    LoadedScenario value = load_text(with_node_lines("middle", "    visibility: privato\n", "social"));
    CHECK(find_diagnostic(value, "'visibility' is written in English: write 'private' for 'privato'"));
}

TEST_CASE("call on a scenario that is not a phone call is a warning at the key, and the key is still read") {
    LoadedScenario desk = load_text(with_node_lines("middle", "    call: hold\n", "desk"));
    REQUIRE(desk.playable());
    const frontdesk::Diagnostic* d =
        find_diagnostic(desk, "'call' shows what happens to a phone call, and this scenario's channel is desk; remove it, or set 'channel: phone'");
    REQUIRE(d);
    CHECK(d->severity == Severity::warning);
    CHECK(d->location.line == 29);  // the key, first in the node 'middle'
    CHECK(d->location.column == 5);
    CHECK(warnings(load_text(with_node_lines("middle", "    call: hold\n"))) == warnings(load_text(valid_scenario())));
}

TEST_CASE("visibility: private is read on a social scenario; public is the default; elsewhere it is a warning") {
    LoadedScenario social = load_text(with_node_lines("middle", "    visibility: private\n", "social"));
    REQUIRE(social.playable());
    CHECK(node_named(social, "middle").visibility == Visibility::private_message);
    CHECK(node_named(social, "opening").visibility == Visibility::public_thread);
    CHECK(find_diagnostic(social, "'visibility'") == nullptr);
    LoadedScenario said_public = load_text(with_node_lines("middle", "    visibility: public\n", "social"));
    CHECK(node_named(said_public, "middle").visibility == Visibility::public_thread);
    LoadedScenario chat = load_text(with_node_lines("middle", "    visibility: private\n", "chat"));
    const frontdesk::Diagnostic* d = find_diagnostic(chat, "'visibility' tells a public thread from a private message, and this scenario's channel is chat");
    REQUIRE(d);
    CHECK(d->severity == Severity::warning);
}

TEST_CASE("the bundled phone scenario puts the caller on hold and transfers the call where its story does") {
    auto loaded = frontdesk::load_scenario_file(std::string(FRONTDESK_SCENARIO_DIR) + "/phone-transfer-message.yaml");
    REQUIRE(loaded.playable());
    CHECK(node_named(loaded, "consult_dev").call == CallEvent::hold);
    CHECK(node_named(loaded, "cold_transfer_end").call == CallEvent::transfer);
    CHECK_FALSE(node_named(loaded, "connect").call.has_value());  // back to the caller
    CHECK(find_diagnostic(loaded, "'call'") == nullptr);
}

TEST_CASE("the bundled social scenarios mark their private messages with the node, not with tags in the answers") {
    for (const char* file : {"social-complaint-public-page.yaml", "social-commento-comune.yaml"}) {
        CAPTURE(file);
        auto loaded = frontdesk::load_scenario_file(std::string(FRONTDESK_SCENARIO_DIR) + "/" + file);
        REQUIRE(loaded.playable());
        int private_nodes = 0;
        for (const frontdesk::Node& node : loaded.scenario->nodes) {
            private_nodes += node.visibility == Visibility::private_message;
            for (const frontdesk::Choice& choice : node.choices) {
                CAPTURE(node.id);
                CAPTURE(choice.say);
                for (const char* tag : {"[Public]", "[DM]", "[Private]", "[Pubblico]", "[Privato]"})
                    CHECK(choice.say.find(tag) == std::string_view::npos);
            }
        }
        CHECK(private_nodes >= 3);
    }
    auto english = frontdesk::load_scenario_file(std::string(FRONTDESK_SCENARIO_DIR) + "/social-complaint-public-page.yaml");
    CHECK(node_named(english, "dm_open").visibility == Visibility::private_message);
    CHECK(node_named(english, "public_return").visibility == Visibility::public_thread);
    auto italian = frontdesk::load_scenario_file(std::string(FRONTDESK_SCENARIO_DIR) + "/social-commento-comune.yaml");
    CHECK(node_named(italian, "privato_apertura").visibility == Visibility::private_message);
    CHECK(node_named(italian, "umido_pubblico").visibility == Visibility::public_thread);
}

}  // TEST_SUITE
