// Maps a YAML document onto the Scenario model. Every lookup is hashed or over a capped list (skills), so
// the work stays linear in the file however many nodes, choices and flags it holds, and suggestions ("did
// you mean") are only worked out for messages that will be kept.
#include "scenario_builder.h"

#include <algorithm>
#include <cctype>
#include <unordered_map>

#include "frontdesk/placeholders.h"
#include "frontdesk/suggest.h"
#include "italian_words.h"
#include "frontdesk/yaml_reader.h"

namespace frontdesk {

namespace {

const std::vector<std::string> scenario_keys = {
    "format", "id", "title", "language", "role", "channel", "difficulty", "organisation", "summary", "briefing",
    "skills", "character", "time_limit", "pass", "order", "on_mood_zero", "start", "nodes"};
const std::vector<std::string> required_scenario_keys = {
    "format", "id", "title", "language", "role", "channel", "difficulty", "summary", "character", "start", "nodes"};
const std::vector<std::string> character_keys = {"name", "mood", "description", "look", "upset"};
const std::vector<std::string> look_keys = {"age", "skin", "hair", "hair_colour", "glasses", "facial_hair", "clothing"};
// Each in the order of its enum in Look (and Upset).
const std::vector<std::string> look_ages = {"young", "adult", "middle_aged", "senior"};
const std::vector<std::string> look_skins = {"light", "fair", "medium", "olive", "brown", "dark"};
const std::vector<std::string> look_hairs = {"short", "long", "curly", "bun", "ponytail", "bob", "bald", "covered"};
const std::vector<std::string> look_hair_colours = {"black", "brown", "blonde", "red", "grey", "white"};
const std::vector<std::string> look_facial_hairs = {"none", "moustache", "beard", "stubble"};
const std::vector<std::string> look_clothes = {"suit", "shirt", "blouse", "jumper", "cardigan", "jacket", "uniform", "hoodie", "tshirt"};
const std::vector<std::string> upset_kinds = {"angry", "worried"};
const std::vector<std::string> briefing_keys = {"you_can", "you_cannot"};
constexpr std::size_t max_briefing_items = 8, max_briefing_item_bytes = 300;
const std::vector<std::string> node_keys = {"narration", "say", "on_enter", "order", "call", "visibility", "choices", "on_timeout", "end", "debrief"};
// In the order of enum CallEvent and of enum Visibility.
const std::vector<std::string> call_events = {"hold", "transfer", "end"};
const std::vector<std::string> visibilities = {"public", "private"};
const std::vector<std::string> choice_keys = {"say", "goto", "if", "set", "score", "mood", "feedback", "ideal"};
const std::vector<std::string> arrival_keys = {"mood", "set"};
// In the order of enum AnswerOrder.
const std::vector<std::string> answer_orders = {"shuffled", "fixed"};
const std::vector<std::string> timeout_keys = {"goto", "set", "score", "mood", "feedback"};
const std::vector<std::string> goto_entry_keys = {"if", "node"};
const std::vector<std::string> languages = {"en", "it"};
// In the order of enum Role.
const std::vector<std::string> roles = {"client", "supplier", "visitor", "citizen", "patient", "guest", "caller", "colleague"};
const std::vector<std::string> channels = {"desk", "phone", "chat", "email", "social"};
const std::vector<std::string> ending_kinds = {"success", "partial", "failure"};
const std::vector<std::string> default_skills = {"listening", "respect", "problem_solving"};
const std::vector<std::string> reserved_names = {"mood", "true", "false", "and", "or", "not", "visited"};
// Every choice keeps one score per skill, and the debrief shows each as a bar: a dozen is already a lot.
constexpr std::size_t max_skills = 16;
// A conditional goto is a handful of cases; a cap keeps the analysis of a hostile file linear.
constexpr std::size_t max_goto_entries = 32;

// The end (just past the ')') of a parenthesised group that opens `text` after any spaces, with its '(' in
// `begin`; 0 when the text does not open with one that closes.
std::size_t leading_parenthetical(std::string_view text, std::size_t& begin) {
    begin = text.find_first_not_of(" \t\n");
    if (begin == std::string_view::npos || text[begin] != '(') return 0;
    int depth = 0;
    for (std::size_t i = begin; i < text.size(); ++i) {
        if (text[i] == '(') ++depth;
        else if (text[i] == ')' && --depth == 0) return i + 1;
    }
    return 0;
}

bool only_spaces(std::string_view text) { return text.find_first_not_of(" \t\n") == std::string_view::npos; }

std::uint64_t fnv1a(const std::string& text) {
    std::uint64_t hash = 1469598103934665603ULL;
    for (unsigned char c : text) {
        hash ^= c;
        hash *= 1099511628211ULL;
    }
    return hash;
}

class ScenarioBuilder {
public:
    ScenarioBuilder(const YamlDocument& document, const SourceText& source, DiagnosticList& diagnostics)
        : document_(document), source_(source), diagnostics_(diagnostics), reader_(document, source, diagnostics) {}

    std::shared_ptr<Scenario> build() {
        scenario_ = std::make_shared<Scenario>();
        scenario_->text->file = source_.shared_text();
        scenario_->path = source_.path();
        scenario_->content_hash = fnv1a(source_.text());
        Index root = document_.root();
        auto entries = reader_.read_map(root, "the scenario", scenario_keys);
        if (!entries) return nullptr;
        reader_.require(*entries, root, "the scenario", required_scenario_keys);
        read_header(*entries);
        read_nodes(*entries);
        bind_conditions();
        return scenario_;
    }

private:
    using Index = YamlDocument::Index;
    using Entries = YamlReader::Entries;

    // A condition to bind once every flag is known: a choice's `if` (entry < 0), or the `if` of an entry of
    // a conditional goto, of a choice or of the node's on_timeout (choice < 0).
    struct PendingCondition {
        NodeIndex node;
        int choice;
        int entry;
        Index value;
    };

    static Index value_of(const Entries& entries, const char* key) { return entries.value_of(key); }

    void read_string_into(const Entries& entries, const char* key, std::string& target) {
        if (Index value = value_of(entries, key))
            if (auto text = reader_.read_string(value, key)) target = std::move(*text);
    }
    // A line of the conversation: a view into the file when the text is its own bytes, else a kept copy.
    void read_string_into(const Entries& entries, const char* key, std::string_view& target) {
        Index value = value_of(entries, key);
        if (!value) return;
        if (document_.kind(value) == YamlDocument::Kind::scalar && document_.node(value).in_source) {
            target = document_.text(value);
            return;
        }
        if (auto text = reader_.read_string(value, key)) target = scenario_->text->keep(std::move(*text));
    }
    template <typename Store>
    void read_integer_into(const Entries& entries, const char* key, std::int64_t min, std::int64_t max, Store& target) {
        if (Index value = value_of(entries, key))
            if (auto number = reader_.read_integer(value, key, min, max)) target = static_cast<int>(*number);
    }

    void read_header(const Entries& entries) {
        Scenario& s = *scenario_;
        if (Index value = value_of(entries, "format")) {
            if (auto format = reader_.read_integer(value, "format", 1, 1'000'000)) {
                if (*format != 1)
                    reader_.error(value, "format " + std::to_string(*format) +
                                             " is not supported by this version of frontdesk, which reads format 1");
                s.format = static_cast<int>(*format);
            }
        }
        if (Index value = value_of(entries, "id")) {
            if (auto id = reader_.read_string(value, "id")) {
                if (!is_scenario_id(*id))
                    reader_.error(value, "'id' must use lowercase letters, digits and '-' (e.g. angry-client-invoice), found " + in_quotes(*id));
                s.id = *id;
                s.id_location = reader_.location(value);
            }
        }
        read_string_into(entries, "title", s.title);
        read_string_into(entries, "summary", s.summary);
        if (Index summary = value_of(entries, "summary")) check_text(summary, s.summary);
        read_string_into(entries, "organisation", s.organisation);
        if (Index value = value_of(entries, "language"))
            if (auto v = reader_.read_choice_of(value, "language", languages)) s.language = static_cast<Language>(*v);
        if (Index value = value_of(entries, "role"))
            if (auto v = reader_.read_choice_of(value, "role", roles)) s.role = static_cast<Role>(*v);
        if (Index value = value_of(entries, "channel"))
            if (auto v = reader_.read_choice_of(value, "channel", channels)) s.channel = static_cast<Channel>(*v);
        read_integer_into(entries, "difficulty", 1, 3, s.difficulty);
        read_integer_into(entries, "pass", 0, 100, s.pass);
        if (Index value = value_of(entries, "time_limit"))
            if (auto v = reader_.read_integer(value, "time_limit", 1, 3600)) s.time_limit = static_cast<int>(*v);
        if (Index value = value_of(entries, "order"))
            if (auto v = reader_.read_choice_of(value, "order", answer_orders)) s.order = static_cast<AnswerOrder>(*v);
        read_skills(value_of(entries, "skills"));
        read_character(value_of(entries, "character"));
        read_briefing(value_of(entries, "briefing"));
    }

    // `briefing: {you_can: [...], you_cannot: [...]}`: short items, shown as lists on the briefing screen.
    void read_briefing(Index value) {
        if (!value) return;
        auto entries = reader_.read_map(value, "'briefing'", briefing_keys);
        if (!entries) return;
        if (!value_of(*entries, "you_can") && !value_of(*entries, "you_cannot"))
            reader_.error(value, "'briefing' needs 'you_can' or 'you_cannot' (or both): lists of what the trainee may and may not do");
        read_briefing_items(value_of(*entries, "you_can"), "briefing.you_can", scenario_->you_can);
        read_briefing_items(value_of(*entries, "you_cannot"), "briefing.you_cannot", scenario_->you_cannot);
    }
    void read_briefing_items(Index value, const std::string& key, std::vector<std::string>& items) {
        if (!value) return;
        if (document_.kind(value) != YamlDocument::Kind::sequence) {
            reader_.error(value, in_quotes(key) + " must be a list of short items, each on a line of its own starting with '- '");
            return;
        }
        std::size_t listed = 0;
        document_.for_each_child(value, [&](Index item) {
            if (++listed == max_briefing_items + 1)
                reader_.error(item, "more than " + std::to_string(max_briefing_items) + " items in " + in_quotes(key) +
                                        "; a briefing is read in a minute: keep the ones that matter");
            if (listed > max_briefing_items) return;
            auto text = reader_.read_string(item, key);
            if (!text) return;
            if (text->empty()) {
                reader_.error(item, "an empty item in " + in_quotes(key));
                return;
            }
            if (text->size() > max_briefing_item_bytes)
                reader_.warning(item, "an item of " + in_quotes(key) + " is " + std::to_string(text->size()) +
                                          " bytes long; a briefing item is one short line (say the rest in the summary)");
            check_text(item, *text);
            items.push_back(std::move(*text));
        });
        if (listed == 0) reader_.error(value, in_quotes(key) + " is empty; list at least one item or leave it out");
    }

    void read_skills(Index value) {
        if (!value) {
            scenario_->skills = default_skills;
            return;
        }
        if (document_.kind(value) != YamlDocument::Kind::sequence) {
            reader_.error(value, "'skills' must be a list, e.g. [listening, respect, problem_solving]");
            scenario_->skills = default_skills;
            return;
        }
        std::size_t listed = 0;
        document_.for_each_child(value, [&](Index item) {
            if (++listed == max_skills + 1)
                reader_.error(item, "more than " + std::to_string(max_skills) + " skills; a scenario scores at most " +
                                        std::to_string(max_skills) + " (merge some, or split the scenario)");
            if (listed > max_skills) return;
            auto name = reader_.read_string(item, "skills");
            if (!name) return;
            if (!is_scenario_name(*name) || std::find(reserved_names.begin(), reserved_names.end(), *name) != reserved_names.end()) {
                reader_.error(item, "skill " + in_quotes(*name) + " must start with a letter or '_', use only letters, digits, '_' and '-', and not be one of mood, true, false, and, or, not, visited");
                return;
            }
            if (scenario_->find_skill(*name) >= 0) {
                reader_.error(item, "skill " + in_quotes(*name) + " is listed twice");
                return;
            }
            scenario_->skills.push_back(*name);
        });
        if (scenario_->skills.empty()) reader_.error(value, "'skills' must list at least one skill");
    }

    void read_character(Index value) {
        if (!value) return;
        auto entries = reader_.read_map(value, "'character'", character_keys);
        if (!entries) return;
        reader_.require(*entries, value, "'character'", {"name", "mood"});
        read_string_into(*entries, "name", scenario_->character.name);
        read_string_into(*entries, "description", scenario_->character.description);
        if (Index description = value_of(*entries, "description")) check_text(description, scenario_->character.description);
        read_integer_into(*entries, "mood", 0, 100, scenario_->character.mood);
        if (Index upset = value_of(*entries, "upset"))
            if (auto v = reader_.read_choice_of(upset, "upset", upset_kinds)) scenario_->character.upset = static_cast<Upset>(*v);
        scenario_->character.look = derive_look(scenario_->character.name, read_look(value_of(*entries, "look")));
    }

    // `character.look`: the keys written; the rest is derived from the name.
    LookGiven read_look(Index value) {
        LookGiven given;
        if (!value) return given;
        auto entries = reader_.read_map(value, "'character.look'", look_keys);
        if (!entries) return given;
        read_look_choice(*entries, "age", look_ages, given.age);
        read_look_choice(*entries, "skin", look_skins, given.skin);
        read_look_choice(*entries, "hair", look_hairs, given.hair);
        read_look_choice(*entries, "hair_colour", look_hair_colours, given.hair_colour);
        read_look_choice(*entries, "facial_hair", look_facial_hairs, given.facial_hair);
        read_look_choice(*entries, "clothing", look_clothes, given.clothing);
        if (Index v = value_of(*entries, "glasses")) given.glasses = reader_.read_bool(v, "glasses");
        return given;
    }
    template <typename Value>
    void read_look_choice(const Entries& entries, const char* key, const std::vector<std::string>& names, std::optional<Value>& target) {
        if (Index v = value_of(entries, key))
            if (auto index = reader_.read_choice_of(v, key, names)) target = static_cast<Value>(*index);
    }

    // Node references are resolved against every id in the file, so a goto may point forward.
    NodeIndex resolve_node(Index value, const std::string& key) {
        auto name = reader_.read_string(value, key);
        if (!name) return no_node;
        NodeIndex found = scenario_->find_node(*name);
        if (found == no_node)
            reader_.error(value, in_quotes(key) + " names node " + in_quotes(*name) + ", which does not exist" + suggestion(*name, node_ids_));
        return found;
    }

    void read_nodes(const Entries& entries) {
        Index nodes_value = value_of(entries, "nodes");
        if (!nodes_value) return;
        auto nodes = reader_.read_open_map(nodes_value, "'nodes'");
        if (!nodes) return;
        if (nodes->empty()) reader_.error(nodes_value, "'nodes' is empty; a scenario needs at least a start node and an ending");
        Scenario& s = *scenario_;
        s.nodes.reserve(nodes->size());
        for (auto& [id_view, entry] : *nodes) {
            std::string id(id_view);
            if (!is_scenario_name(id)) {
                reader_.error(entry.key, "node id " + in_quotes(id) + " must start with a letter or '_' and use only letters, digits, '_' and '-'");
            }
            Node node;
            node.id = id;
            node.location = reader_.location(entry.key);
            s.node_index.emplace(id, static_cast<NodeIndex>(s.nodes.size()));
            node_ids_.push_back(id);
            s.nodes.push_back(std::move(node));
        }
        if (Index start = value_of(entries, "start")) s.start = resolve_node(start, "start");
        if (Index zero = value_of(entries, "on_mood_zero")) s.on_mood_zero = resolve_node(zero, "on_mood_zero");
        NodeIndex index = 0;
        for (auto& [id, entry] : *nodes) read_node(index++, entry.value);
    }

    void read_node(NodeIndex index, Index value) {
        Node& node = scenario_->nodes[static_cast<std::size_t>(index)];
        std::string what = "node " + in_quotes(node.id);
        auto entries = reader_.read_map(value, what, node_keys);
        if (!entries) return;
        read_text_into(*entries, "narration", node.narration);
        read_text_into(*entries, "say", node.say);
        read_text_into(*entries, "debrief", node.debrief);
        check_stage_directions(*entries, node);
        if (Index order = value_of(*entries, "order"))
            if (auto v = reader_.read_choice_of(order, "order", answer_orders)) node.order = static_cast<AnswerOrder>(*v);
        if (Index arrival = value_of(*entries, "on_enter")) read_arrival(arrival, what, node);
        read_channel_keys(*entries, node);
        Index end = value_of(*entries, "end");
        Index choices = value_of(*entries, "choices");
        Index timeout = value_of(*entries, "on_timeout");
        if (end) {
            // An unreadable kind still makes the node an ending, so one typo does not cascade into
            // "no ending can be reached" warnings.
            auto kind = reader_.read_choice_of(end, "end", ending_kinds);
            node.ending = kind ? static_cast<EndingKind>(*kind + 1) : EndingKind::failure;
        }
        if (end && choices) {
            reader_.error(choices, what + " is an ending ('end') and also has choices; an ending has no choices, so remove one of them");
        } else if (!end && !choices) {
            reader_.diagnostics().error(node.location, what + " has neither 'choices' nor 'end'; add choices, or 'end: success|partial|failure' to make it an ending");
        }
        if (!end && value_of(*entries, "debrief"))
            reader_.error(entries->find("debrief")->key, "'debrief' is only read on endings; " + what + " has no 'end'");
        if (end && timeout)
            reader_.error(entries->find("on_timeout")->key, "an ending has no 'on_timeout'; remove it from " + what);
        if (end && value_of(*entries, "order"))
            reader_.error(entries->find("order")->key, "'order' arranges a node's answers, and " + what + " is an ending with none; remove it");
        if (!end && !entries->find("say") && !entries->find("narration"))
            reader_.diagnostics().error(node.location, what + " has neither 'say' nor 'narration'; give the character a line ('say'), a stage direction ('narration'), or both");
        if (choices) read_choices(index, choices, what);
        if (timeout && !end) {
            Effect effect;
            if (read_effect(timeout, what + " 'on_timeout'", timeout_keys, effect, nullptr, index, -1))
                node.on_timeout = std::move(effect);
        }
    }

    // `call` (phone) and `visibility` (social) change how one channel shows a node; on another channel they
    // would silently do nothing, so the trainer is told.
    void read_channel_keys(const Entries& entries, Node& node) {
        Channel channel = scenario_->channel;
        if (Index call = value_of(entries, "call")) {
            if (auto v = reader_.read_choice_of(call, "call", call_events)) node.call = static_cast<CallEvent>(*v);
            if (channel != Channel::phone)
                reader_.warning(entries.find("call")->key, "'call' shows what happens to a phone call, and this scenario's channel is " +
                                                               std::string(channel_name(channel)) + "; remove it, or set 'channel: phone'");
        }
        if (Index visibility = value_of(entries, "visibility")) {
            if (auto v = reader_.read_choice_of(visibility, "visibility", visibilities)) node.visibility = static_cast<Visibility>(*v);
            if (channel != Channel::social)
                reader_.warning(entries.find("visibility")->key, "'visibility' tells a public thread from a private message, and this scenario's channel is " +
                                                                     std::string(channel_name(channel)) + "; remove it, or set 'channel: social'");
        }
    }

    // The program frames narration in parentheses and shows `say` as the character's speech: brackets around
    // narration would print twice, and a stage direction at the start of `say` would be read as spoken.
    void check_stage_directions(const Entries& entries, const Node& node) {
        std::size_t begin = 0;
        Index narration = value_of(entries, "narration");
        if (narration && !node.narration.empty()) {
            std::size_t end = leading_parenthetical(node.narration, begin);
            if (end != 0 && only_spaces(node.narration.substr(end)))
                warn_inside(narration, begin, end, "this narration is in brackets, but the program frames narration; remove the brackets");
        }
        Index say = value_of(entries, "say");
        if (say && !node.say.empty()) {
            if (std::size_t end = leading_parenthetical(node.say, begin))
                warn_inside(say, begin, end, "this looks like a stage direction; move it to 'narration'");
        }
    }

    // A warning about the characters [begin, end) of a scalar's value, underlined where they are written.
    void warn_inside(Index value, std::size_t begin, std::size_t end, std::string message) {
        report_inside(Severity::warning, value, begin, end, std::move(message));
    }
    // The same for any severity: the walk maps the value's characters back to where they are written.
    void report_inside(Severity severity, Index value, std::size_t begin, std::size_t end, std::string message) {
        ScalarWalk walk = reader_.walk(value);
        std::size_t from = walk.source_offset(begin);
        std::size_t to = walk.source_offset(end);
        SourceLocation where = source_.location_of(from);
        if (severity == Severity::error) reader_.diagnostics().error(where, std::move(message), written_width(from, to));
        else reader_.diagnostics().warning(where, std::move(message), written_width(from, to));
    }

    // Characters between two source offsets, for a caret underline; 1 when they are on different lines.
    std::uint32_t written_width(std::size_t from, std::size_t to) const {
        std::string_view written = std::string_view(source_.text()).substr(from, to > from ? to - from : 0);
        if (written.find('\n') != std::string_view::npos) return 1;
        std::size_t characters = 0;
        for (unsigned char c : written) characters += (c & 0xC0) != 0x80;
        return static_cast<std::uint32_t>(std::clamp<std::size_t>(characters, 1, 200));
    }

    void read_choices(NodeIndex index, Index choices, const std::string& what) {
        if (document_.kind(choices) != YamlDocument::Kind::sequence) {
            reader_.error(choices, "'choices' of " + what + " must be a list of choices, each starting with '- say:'");
            return;
        }
        if (!document_.has_children(choices)) {
            reader_.error(choices, what + " has an empty choices list; give it at least one choice or make it an ending");
            return;
        }
        std::size_t count = 0;
        document_.for_each_child(choices, [&](Index) { ++count; });
        scenario_->nodes[static_cast<std::size_t>(index)].choices.reserve(count);
        std::size_t number = 0;
        document_.for_each_child(choices, [&](Index item) {
            ++number;
            Choice choice;
            Entries entries;
            std::string label = "choice " + std::to_string(number) + " of " + what;
            Node& node = scenario_->nodes[static_cast<std::size_t>(index)];
            int position = static_cast<int>(node.choices.size());
            if (!read_effect(item, label, choice_keys, choice, &entries, index, position)) return;
            read_text_into(entries, "say", choice.say);
            if (Index ideal = value_of(entries, "ideal"))
                if (auto v = reader_.read_bool(ideal, "ideal")) choice.ideal = *v;
            if (Index condition = value_of(entries, "if")) {
                pending_conditions_.push_back({index, position, -1, condition});
                choice.condition_location = reader_.location(condition);
            }
            node.choices.push_back(std::move(choice));
        });
        // Two answers marked ideal leave the ideal path undecided (the analysis would take the first).
        const Node& node = scenario_->nodes[static_cast<std::size_t>(index)];
        int first_ideal = -1;
        for (std::size_t c = 0; c < node.choices.size(); ++c) {
            if (!node.choices[c].ideal) continue;
            if (first_ideal < 0) {
                first_ideal = static_cast<int>(c);
                continue;
            }
            reader_.diagnostics().error(node.choices[c].location, "choice " + std::to_string(c + 1) + " of " + what + " is marked 'ideal', and so is choice " +
                                                                      std::to_string(first_ideal + 1) + "; mark only the one answer you intend as the best");
        }
    }

    // on_enter: what arriving at the node does (time passing, a broken promise), before its answers.
    void read_arrival(Index value, const std::string& what, Node& node) {
        auto entries = reader_.read_map(value, what + " 'on_enter'", arrival_keys);
        if (!entries) return;
        Arrival arrival;
        arrival.location = reader_.location(value);
        if (Index mood = value_of(*entries, "mood"))
            if (auto v = reader_.read_integer(mood, "mood", -100, 100)) arrival.mood = static_cast<int>(*v);
        if (Index set = value_of(*entries, "set")) read_set(set, arrival.set);
        if (!value_of(*entries, "mood") && !value_of(*entries, "set"))
            reader_.warning(value, "this 'on_enter' changes nothing; give it 'mood: N' or 'set: {flag: value}', or remove it");
        node.on_enter = std::move(arrival);
    }

    // A text of the conversation, with its placeholders checked where they are written.
    void read_text_into(const Entries& entries, const char* key, std::string_view& target) {
        read_string_into(entries, key, target);
        Index value = value_of(entries, key);
        // “Text” written with typographic quotes is a plain value to YAML: the quotes would be shown as words.
        if (value && document_.kind(value) == YamlDocument::Kind::scalar && document_.node(value).plain) {
            for (auto [open, close] : {std::pair<std::string_view, std::string_view>{"\u201C", "\u201D"}, {"\u2018", "\u2019"}}) {
                if (target.size() >= open.size() + close.size() && target.substr(0, open.size()) == open &&
                    target.substr(target.size() - close.size()) == close)
                    reader_.warning(value, "this text is between typographic quotes (" + std::string(open) + "..." + std::string(close) +
                                               "), which YAML does not read as quotes, so trainees would see them; use straight double quotes \"...\"");
            }
        }
        if (value) check_text(value, target);
    }

    // A text's placeholders, each mistake reported where it is written.
    void check_text(Index value, std::string_view target) {
        if (!has_placeholders(target)) return;
        for (PlaceholderProblem& problem : check_placeholders(target))
            report_inside(Severity::error, value, problem.begin, problem.end, std::move(problem.message));
    }

    // Reads goto/set/score/mood/feedback, shared by choices and on_timeout. `entries_out` receives the map
    // so a choice can read its own keys too; `node` and `choice` (-1: on_timeout) say where the effect will be
    // stored, for binding the conditions of its goto later.
    bool read_effect(Index value, const std::string& what, const std::vector<std::string>& keys, Effect& effect,
                     Entries* entries_out, NodeIndex node, int choice) {
        auto entries = reader_.read_map(value, what, keys);
        if (!entries) return false;
        effect.location = reader_.location(value);
        std::vector<std::string> required = {"goto"};
        if (entries_out) required.insert(required.begin(), "say");
        reader_.require(*entries, value, what, required);
        if (Index target = value_of(*entries, "goto")) read_goto(target, effect, node, choice);
        effect.score.assign(scenario_->skills.size(), 0);
        if (Index score = value_of(*entries, "score")) read_score(score, effect);
        if (Index mood = value_of(*entries, "mood"))
            if (auto v = reader_.read_integer(mood, "mood", -100, 100)) effect.mood = static_cast<int>(*v);
        if (Index set = value_of(*entries, "set")) read_set(set, effect.set);
        read_text_into(*entries, "feedback", effect.feedback);
        if (entries_out) *entries_out = std::move(*entries);
        return true;
    }

    // `goto` is a node id, or a list of entries (`- if: CONDITION` and `node: ID`, the last with no `if`): the
    // first entry whose condition holds is taken, so an entry with no `if` before the last would hide the rest.
    void read_goto(Index value, Effect& effect, NodeIndex node, int choice) {
        YamlDocument::Kind kind = document_.kind(value);
        if (kind == YamlDocument::Kind::map) {
            reader_.error(value, "'goto' must be a node id, or a list of entries each starting with '- ' ('- if: CONDITION' then 'node: ID', and last '- node: ID'); found a map");
            return;
        }
        if (kind != YamlDocument::Kind::sequence) {
            effect.target = resolve_node(value, "goto");
            effect.target_location = reader_.location(value);
            return;
        }
        std::size_t total = 0;
        document_.for_each_child(value, [&](Index) { ++total; });
        if (total == 0) {
            reader_.error(value, "'goto' is an empty list; name a node, or list entries '- if: CONDITION' with 'node: ID', the last one with only 'node'");
            return;
        }
        if (total > max_goto_entries) {
            reader_.error(value, "this 'goto' lists " + grouped(total) + " entries; a conditional goto has at most " +
                                     std::to_string(max_goto_entries) + " (split the decision over more nodes)");
            return;
        }
        effect.conditional_gotos.reserve(total - 1);
        std::size_t number = 0;
        document_.for_each_child(value, [&](Index item) {
            ++number;
            bool last = number == total;
            std::string what = "entry " + std::to_string(number) + " of 'goto'";
            auto entries = reader_.read_map(item, what, goto_entry_keys);
            NodeIndex target = no_node;
            SourceLocation target_location = reader_.location(item);
            Index condition = 0;
            if (entries) {
                reader_.require(*entries, item, what, {"node"});
                if (Index name = value_of(*entries, "node")) {
                    target = resolve_node(name, "goto");
                    target_location = reader_.location(name);
                }
                condition = value_of(*entries, "if");
                if (last && condition)
                    reader_.error(entries->find("if")->key, "the last entry of a conditional goto takes no 'if': it is where the conversation goes when no condition holds; remove this 'if', or add a last entry with only 'node: ID'");
                if (!last && !condition && !entries->find("if"))
                    reader_.error(item, what + " has no 'if', so the entries after it could never be taken; give it a condition, or make it the last entry");
            }
            if (last) {
                effect.target = target;
                effect.target_location = target_location;
                return;
            }
            ConditionalGoto entry;
            entry.target = target;
            entry.location = reader_.location(item);
            entry.target_location = target_location;
            if (condition)
                pending_conditions_.push_back({node, choice, static_cast<int>(effect.conditional_gotos.size()), condition});
            effect.conditional_gotos.push_back(std::move(entry));
        });
    }

    void read_score(Index score, Effect& effect) {
        auto entries = reader_.read_open_map(score, "'score'");
        if (!entries) return;
        for (auto& [skill_view, entry] : *entries) {
            std::string skill(skill_view);
            int index = scenario_->find_skill(skill);
            if (index < 0) {
                const char* english = english_for(skill);
                bool translated = english && scenario_->find_skill(english) >= 0;
                reader_.error(entry.key, "score for undeclared skill " + in_quotes(skill) +
                                             (translated ? "; skills are written in English: write '" + std::string(english) + "'"
                                                         : suggestion(skill, scenario_->skills)) +
                                             " (declared skills: " + join(scenario_->skills) + ")");
                continue;
            }
            if (auto v = reader_.read_integer(entry.value, skill, -100, 100))
                effect.score[static_cast<std::size_t>(index)] = static_cast<int>(*v);
        }
    }

    void read_set(Index set, std::vector<FlagAssignment>& assignments) {
        auto entries = reader_.read_open_map(set, "'set'");
        if (!entries) return;
        for (auto& [flag_view, entry] : *entries) {
            std::string flag(flag_view);
            if (!is_scenario_name(flag) || std::find(reserved_names.begin(), reserved_names.end(), flag) != reserved_names.end()) {
                reader_.error(entry.key, "flag " + in_quotes(flag) + " must start with a letter or '_', use only letters, digits, '_' and '-', and not be one of mood, true, false, and, or, not, visited");
                continue;
            }
            if (scenario_->find_skill(flag) >= 0) {
                reader_.error(entry.key, "flag " + in_quotes(flag) + " has the name of a skill; conditions could not tell them apart, so rename the flag");
                continue;
            }
            auto value = reader_.read_flag_value(entry.value, flag);
            if (!value) continue;
            assignments.push_back({intern_flag(flag), *value});
        }
    }

    int intern_flag(const std::string& flag) {
        auto [it, added] = flag_index_.emplace(flag, static_cast<int>(scenario_->flags.size()));
        if (added) scenario_->flags.push_back(flag);
        return it->second;
    }
    int find_flag(const std::string& flag) const {
        auto it = flag_index_.find(flag);
        return it == flag_index_.end() ? -1 : it->second;
    }

    // "; did you mean 'x'?" for a message that will be kept; comparing against thousands of node ids is
    // not worth it for one that will only be counted.
    std::string suggestion(const std::string& word, const std::vector<std::string>& candidates) const {
        return diagnostics_.keeps_more() ? did_you_mean(word, candidates) : std::string();
    }

    static std::string join(const std::vector<std::string>& words) {
        std::string out;
        for (const std::string& word : words) out += (out.empty() ? "" : ", ") + word;
        return out;
    }

    // Conditions are bound last, when every flag any choice sets is known.
    void bind_conditions() {
        std::vector<std::string> readable = scenario_->flags;
        readable.insert(readable.end(), scenario_->skills.begin(), scenario_->skills.end());
        readable.push_back("mood");
        for (const PendingCondition& pending : pending_conditions_) {
            auto text = reader_.read_string(pending.value, "if");
            if (!text) continue;
            // Names come in the order they are written, so one walk along the text locates them all.
            ScalarWalk walk = reader_.walk(pending.value);
            auto at = [&](std::size_t offset) { return source_.location_of(walk.source_offset(offset)); };
            ExpressionError error;
            auto expression = Expression::parse(*text, error);
            if (!expression) {
                reader_.diagnostics().error(at(error.offset), "invalid condition: " + error.message,
                                            static_cast<std::uint32_t>(error.length));
                continue;
            }
            std::vector<NameBinding> bindings;
            bool ok = true;
            for (const ExpressionName& name : expression->names()) {
                NameBinding binding;
                if (name.kind == ExpressionName::Kind::visited) {
                    binding.kind = NameBinding::Kind::node;
                    binding.index = scenario_->find_node(name.name);
                    if (binding.index == no_node) {
                        reader_.diagnostics().error(at(name.offset), "visited() names node " + in_quotes(name.name) + ", which does not exist" + suggestion(name.name, node_ids_),
                                                    static_cast<std::uint32_t>(name.name.size()));
                        ok = false;
                    }
                } else if (name.name == "mood") {
                    binding.kind = NameBinding::Kind::mood;
                } else if (int skill = scenario_->find_skill(name.name); skill >= 0) {
                    binding.kind = NameBinding::Kind::skill;
                    binding.index = skill;
                } else {
                    int flag = find_flag(name.name);
                    if (flag < 0) {
                        reader_.diagnostics().error(at(name.offset), "flag " + in_quotes(name.name) + " is read in this condition but never set by any choice" + suggestion(name.name, readable) + " (add 'set: {" + message_text(name.name) + ": true}' to the choice that should enable it)",
                                                    static_cast<std::uint32_t>(name.name.size()));
                        ok = false;
                    }
                    binding.kind = NameBinding::Kind::flag;
                    binding.index = flag;
                }
                bindings.push_back(binding);
            }
            if (!ok) continue;
            expression->bind(bindings);
            auto condition = std::make_shared<const Expression>(std::move(*expression));
            Node& node = scenario_->nodes[static_cast<std::size_t>(pending.node)];
            if (pending.choice < 0 && !node.on_timeout) continue;
            Effect& effect = pending.choice >= 0 ? node.choices[static_cast<std::size_t>(pending.choice)] : *node.on_timeout;
            if (pending.entry < 0) node.choices[static_cast<std::size_t>(pending.choice)].condition = std::move(condition);
            else effect.conditional_gotos[static_cast<std::size_t>(pending.entry)].condition = std::move(condition);
        }
    }

    const YamlDocument& document_;
    const SourceText& source_;
    DiagnosticList& diagnostics_;
    YamlReader reader_;
    std::shared_ptr<Scenario> scenario_;
    std::vector<std::string> node_ids_;
    std::unordered_map<std::string, int> flag_index_;
    std::vector<PendingCondition> pending_conditions_;
};

}  // namespace

std::shared_ptr<Scenario> build_scenario(const YamlDocument& document, const SourceText& source,
                                         DiagnosticList& diagnostics) {
    return ScenarioBuilder(document, source, diagnostics).build();
}

}  // namespace frontdesk
