// The scenario: immutable data loaded from a trainer's YAML file. A Session plays it; nothing here changes
// while it is played. Names follow the trainers' vocabulary (node, choice, mood, skill, ending).
#pragma once

#include <cstdint>
#include <memory>
#include <deque>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "frontdesk/diagnostic.h"
#include "frontdesk/expression.h"
#include "frontdesk/language.h"

namespace frontdesk {

enum class Role { client, supplier, visitor, citizen, patient, guest, caller, colleague };
enum class Channel { desk, phone, chat, email, social };
enum class EndingKind { none, success, partial, failure };
// Whether a node's answers are shown in a per-session shuffled order (the default) or as authored.
enum class AnswerOrder { shuffled, fixed };

const char* role_name(Role value);
const char* channel_name(Channel value);
const char* ending_name(EndingKind value);

// The texts of a scenario's lines (what is said, feedback, debriefs). Most are the file's own bytes, so
// they are views into the file's text rather than copies: a long scenario is mostly dialogue. The rest
// (text with escapes or folded lines) is kept beside it.
struct ScenarioText {
    std::shared_ptr<const std::string> file;
    std::deque<std::string> unescaped;

    // Keeps `text` alive for the scenario's lifetime and returns a view of it.
    std::string_view keep(std::string text) { return unescaped.emplace_back(std::move(text)); }
};

using NodeIndex = int;
constexpr NodeIndex no_node = -1;

// A flag's new value when a choice is taken; flags are integers, true/false being 1/0.
struct FlagAssignment {
    int flag = 0;
    std::int64_t value = 0;
};

// One entry of a conditional `goto` before its last (unconditional) one: taken when its condition holds,
// evaluated after the answer's set, score and mood were applied. The first that holds wins.
struct ConditionalGoto {
    std::shared_ptr<const Expression> condition;
    NodeIndex target = no_node;
    SourceLocation location;         // of the entry
    SourceLocation target_location;  // of its `node` value
};

// What answering (or not answering) does: where it leads and how it scores.
struct Effect {
    // Where it leads: the first of `conditional_gotos` whose condition holds, else `target` (a plain `goto`, or
    // the last entry of a conditional one).
    std::vector<ConditionalGoto> conditional_gotos;
    NodeIndex target = no_node;
    std::vector<int> score;  // one entry per skill of the scenario, in skill order
    int mood = 0;
    std::vector<FlagAssignment> set;
    std::string_view feedback;  // text lives in Scenario::text (see there)
    SourceLocation location;
    SourceLocation target_location;  // of the `goto` value, for diagnostics
};

struct Choice : Effect {
    std::string_view say;
    std::shared_ptr<const Expression> condition;  // empty: always offered
    SourceLocation condition_location;
    bool ideal = false;  // `ideal: true`: the answer the trainer intends as the best at this node
};

// What happens to the call while a node is shown (`call`, read on the phone channel): the caller waits on hold,
// is being transferred, or the call ends there (an ending ends it anyway).
enum class CallEvent { hold, transfer, end };
// Who can read a node's exchange (`visibility`, read on the social channel): everyone (the public thread, the
// default) or only the character (a private message).
enum class Visibility { public_thread, private_message };

// What arriving at a node does before its answers are offered (`on_enter`): time passing, a broken promise.
struct Arrival {
    int mood = 0;
    std::vector<FlagAssignment> set;
    SourceLocation location;
};

struct Node {
    std::string id;
    std::string_view narration;  // a stage direction shown before the character's line
    std::string_view say;
    std::optional<Arrival> on_enter;
    std::optional<AnswerOrder> order;  // empty: the scenario's order
    std::optional<CallEvent> call;     // empty: the call goes on as it is (connected)
    Visibility visibility = Visibility::public_thread;
    std::vector<Choice> choices;
    std::optional<Effect> on_timeout;
    EndingKind ending = EndingKind::none;
    std::string_view debrief;
    SourceLocation location;  // of the node's key under `nodes`

    bool is_ending() const { return ending != EndingKind::none; }
};

// How the character looks in their portrait (`character.look`). Every key is optional: what the trainer leaves
// out is derived from the character's name, so two characters never look alike by default.
struct Look {
    enum class Age { young, adult, middle_aged, senior };
    enum class Skin { light, fair, medium, olive, brown, dark };
    // short_hair and long_hair are `short` and `long` in the file (both are C++ keywords).
    enum class Hair { short_hair, long_hair, curly, bun, ponytail, bob, bald, covered };
    enum class HairColour { black, brown, blonde, red, grey, white };
    enum class FacialHair { none, moustache, beard, stubble };
    enum class Clothing { suit, shirt, blouse, jumper, cardigan, jacket, uniform, hoodie, tshirt };

    Age age = Age::adult;
    Skin skin = Skin::medium;
    Hair hair = Hair::short_hair;
    HairColour hair_colour = HairColour::brown;
    bool glasses = false;
    FacialHair facial_hair = FacialHair::none;
    Clothing clothing = Clothing::shirt;
    // Picks the clothing's colour among a few, from the name (the format has no key for it).
    std::uint32_t variant = 0;
};

// How the character shows being upset (`character.upset`): angry (frowning, then furious) or worried (an
// anxious visitor: raised brows, a tight mouth).
enum class Upset { angry, worried };

struct Character {
    std::string name;
    int mood = 50;
    std::string description;
    Look look;
    Upset upset = Upset::angry;
};

// What `character.look` says: each key written or not.
struct LookGiven {
    std::optional<Look::Age> age;
    std::optional<Look::Skin> skin;
    std::optional<Look::Hair> hair;
    std::optional<Look::HairColour> hair_colour;
    std::optional<bool> glasses;
    std::optional<Look::FacialHair> facial_hair;
    std::optional<Look::Clothing> clothing;
};

// The portrait's look: what the file gives, the rest from a stable hash of the name (the same on every
// computer and in every version, unlike std::hash), so the same character always looks the same and two
// characters left to their defaults look different. What is derived fits what is given (a senior's hair
// greys, long hair goes without a beard).
Look derive_look(std::string_view name, const LookGiven& given = {});

struct Scenario {
    int format = 1;
    std::string id;
    SourceLocation id_location;  // of the `id` value, for diagnostics that compare scenarios
    std::string title;
    Language language = Language::en;
    Role role = Role::client;
    Channel channel = Channel::desk;
    int difficulty = 1;
    std::string organisation;
    std::string summary;
    // The briefing's parts beside the summary (the situation) and the character (who you face): what the
    // trainee may do in this role ("issue a credit note up to 200 euros") and may not ("promise a refund date"),
    // each a short item.
    std::vector<std::string> you_can, you_cannot;
    std::vector<std::string> skills;
    Character character;
    std::optional<int> time_limit;  // seconds per answer
    int pass = 60;                  // overall percentage needed to pass
    AnswerOrder order = AnswerOrder::shuffled;
    NodeIndex on_mood_zero = no_node;
    NodeIndex start = no_node;
    std::vector<Node> nodes;
    std::vector<std::string> flags;  // every flag some choice sets, in first-seen order

    // Owns the text behind every string_view in the nodes; shared, so copies of a Scenario stay valid.
    std::shared_ptr<ScenarioText> text = std::make_shared<ScenarioText>();

    std::string path;          // where it was loaded from
    std::uint64_t content_hash = 0;  // of the file's bytes, to tell versions of a scenario apart

    NodeIndex find_node(const std::string& id) const;
    int find_skill(const std::string& name) const;

    // Whether a choice's or a timeout's effect can lead to on_mood_zero: it lowers mood and a node is named.
    bool may_reach_mood_zero(const Effect& effect) const { return on_mood_zero != no_node && effect.mood < 0; }
    // Whether arriving at `node` can lead to on_mood_zero: its on_enter lowers mood.
    bool may_reach_mood_zero_on_arrival(NodeIndex node) const {
        const Node& n = nodes[static_cast<std::size_t>(node)];
        return on_mood_zero != no_node && node != on_mood_zero && n.on_enter && n.on_enter->mood < 0;
    }
    AnswerOrder order_at(const Node& node) const { return node.order.value_or(order); }
    // Whether timeouts can happen at all.
    bool has_timeouts() const { return time_limit.has_value(); }

    std::unordered_map<std::string, NodeIndex> node_index;
};

// Whether `text` is a valid scenario id: lowercase letters, digits and '-', not at either end.
bool is_scenario_id(std::string_view text);
// Whether `text` can be a node id, a skill or a flag: these appear in conditions, so they must be words the
// condition language reads (a letter or '_' first, then letters, digits, '_' and '-').
bool is_scenario_name(std::string_view text);

// The scenario content hash as 16 hex digits: how stored results name the version that was played.
std::string content_hash_hex(const Scenario& scenario);

// The edges a static analysis follows out of a node: each choice, the timeout when the scenario has a time
// limit, and the detour to on_mood_zero for an effect that lowers mood. Calls visit(effect, target) for each.
// Every entry of a conditional goto counts (conditions are treated as possibly true), and so does a target's
// on_enter that lowers mood. Each effect visits a node at most once: two entries that lead to the same node,
// or a detour to where an entry already leads, are one way through the conversation, not two.
template <typename Visit>
void for_each_transition(const Scenario& scenario, const Node& node, Visit&& visit) {
    auto visit_effect = [&](const Effect& effect) {
        const std::vector<ConditionalGoto>& entries = effect.conditional_gotos;
        // Entries are capped at a few dozen by the loader, so looking back over them is cheap.
        auto leads_to = [&](std::size_t before, NodeIndex target) {
            for (std::size_t i = 0; i < before; ++i)
                if (entries[i].target == target) return true;
            return false;
        };
        bool any = false, detour = scenario.may_reach_mood_zero(effect), to_mood_zero = false;
        auto visit_target = [&](std::size_t position, NodeIndex target) {
            if (target == no_node || leads_to(position, target)) return;
            visit(effect, target);
            any = true;
            detour = detour || scenario.may_reach_mood_zero_on_arrival(target);
            to_mood_zero = to_mood_zero || target == scenario.on_mood_zero;
        };
        for (std::size_t i = 0; i < entries.size(); ++i) visit_target(i, entries[i].target);
        visit_target(entries.size(), effect.target);
        if (any && detour && !to_mood_zero) visit(effect, scenario.on_mood_zero);
    };
    for (const Choice& choice : node.choices) visit_effect(choice);
    if (node.on_timeout && scenario.has_timeouts()) visit_effect(*node.on_timeout);
}

}  // namespace frontdesk
