// The scenario: immutable data loaded from a trainer's YAML file. A Session plays it; nothing here changes
// while it is played. Names follow the trainers' vocabulary (node, choice, mood, skill, ending).
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "frontdesk/diagnostic.h"
#include "frontdesk/expression.h"

namespace frontdesk {

enum class Language { en, it };
enum class Role { client, supplier, visitor };
enum class Channel { desk, phone, chat, email, social };
enum class EndingKind { none, success, partial, failure };

const char* language_name(Language value);
const char* role_name(Role value);
const char* channel_name(Channel value);
const char* ending_name(EndingKind value);

using NodeIndex = int;
constexpr NodeIndex no_node = -1;

// A flag's new value when a choice is taken; flags are integers, true/false being 1/0.
struct FlagAssignment {
    int flag = 0;
    std::int64_t value = 0;
};

// What answering (or not answering) does: where it leads and how it scores.
struct Effect {
    NodeIndex target = no_node;
    std::vector<int> score;  // one entry per skill of the scenario, in skill order
    int mood = 0;
    std::vector<FlagAssignment> set;
    std::string feedback;
    SourceLocation location;
    SourceLocation target_location;  // of the `goto` value, for diagnostics
};

struct Choice : Effect {
    std::string say;
    std::shared_ptr<const Expression> condition;  // empty: always offered
    SourceLocation condition_location;
};

struct Node {
    std::string id;
    std::string say;
    std::vector<Choice> choices;
    std::optional<Effect> on_timeout;
    EndingKind ending = EndingKind::none;
    std::string debrief;
    SourceLocation location;  // of the node's key under `nodes`

    bool is_ending() const { return ending != EndingKind::none; }
};

struct Character {
    std::string name;
    int mood = 50;
    std::string description;
};

struct Scenario {
    int format = 1;
    std::string id;
    std::string title;
    Language language = Language::en;
    Role role = Role::client;
    Channel channel = Channel::desk;
    int difficulty = 1;
    std::string organisation;
    std::string summary;
    std::vector<std::string> skills;
    Character character;
    std::optional<int> time_limit;  // seconds per answer
    int pass = 60;                  // overall percentage needed to pass
    NodeIndex on_mood_zero = no_node;
    NodeIndex start = no_node;
    std::vector<Node> nodes;
    std::vector<std::string> flags;  // every flag some choice sets, in first-seen order

    std::string path;          // where it was loaded from
    std::uint64_t content_hash = 0;  // of the file's bytes, to tell versions of a scenario apart

    NodeIndex find_node(const std::string& id) const;
    int find_skill(const std::string& name) const;

    // Whether a choice's or a timeout's effect can lead to on_mood_zero: it lowers mood and a node is named.
    bool may_reach_mood_zero(const Effect& effect) const { return on_mood_zero != no_node && effect.mood < 0; }
    // Whether timeouts can happen at all.
    bool has_timeouts() const { return time_limit.has_value(); }

    std::unordered_map<std::string, NodeIndex> node_index;
};

// The edges a static analysis follows out of a node: each choice, the timeout when the scenario has a time
// limit, and the detour to on_mood_zero for an effect that lowers mood. Calls visit(effect, target) for each.
template <typename Visit>
void for_each_transition(const Scenario& scenario, const Node& node, Visit&& visit) {
    auto visit_effect = [&](const Effect& effect) {
        if (effect.target != no_node) visit(effect, effect.target);
        if (scenario.may_reach_mood_zero(effect) && scenario.on_mood_zero != effect.target)
            visit(effect, scenario.on_mood_zero);
    };
    for (const Choice& choice : node.choices) visit_effect(choice);
    if (node.on_timeout && scenario.has_timeouts()) visit_effect(*node.on_timeout);
}

}  // namespace frontdesk
