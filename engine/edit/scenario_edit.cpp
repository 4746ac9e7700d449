// Editing a scenario file in place. Every edit is worked out on the parsed file (YamlDocument keeps each
// value's byte offset) as a few byte replacements; nothing is ever re-serialised, so whatever the edit does
// not touch (comments, key order, quoting, blank lines, line ends) keeps its bytes.
#include "frontdesk/scenario_edit.h"

#include <algorithm>
#include <cctype>
#include <fstream>
#include <sstream>

#include "frontdesk/expression.h"
#include "frontdesk/scalar_source.h"
#include "frontdesk/scenario_loader.h"
#include "frontdesk/source_text.h"
#include "frontdesk/suggest.h"
#include "frontdesk/yaml_document.h"
#include "frontdesk/yaml_text.h"
#include "yaml_spans.h"

namespace frontdesk {

using namespace edit_detail;

ScenarioEdit ScenarioEdit::set(std::string key_path, std::string value) {
    ScenarioEdit edit;
    edit.kind = Kind::set_value;
    edit.key_path = std::move(key_path);
    edit.value = std::move(value);
    return edit;
}
ScenarioEdit ScenarioEdit::remove(std::string key_path) {
    ScenarioEdit edit;
    edit.kind = Kind::remove_value;
    edit.key_path = std::move(key_path);
    return edit;
}
ScenarioEdit ScenarioEdit::rename_node(std::string old_id, std::string new_id) {
    ScenarioEdit edit;
    edit.kind = Kind::rename_node;
    edit.node = std::move(old_id);
    edit.name = std::move(new_id);
    return edit;
}
ScenarioEdit ScenarioEdit::add_node(std::string id, std::string from_node, int from_choice) {
    ScenarioEdit edit;
    edit.kind = Kind::add_node;
    edit.name = std::move(id);
    edit.node = std::move(from_node);
    edit.choice = from_choice;
    return edit;
}
ScenarioEdit ScenarioEdit::add_choice(std::string node, std::string goto_node) {
    ScenarioEdit edit;
    edit.kind = Kind::add_choice;
    edit.node = std::move(node);
    edit.name = std::move(goto_node);
    return edit;
}
ScenarioEdit ScenarioEdit::delete_choice(std::string node, int choice) {
    ScenarioEdit edit;
    edit.kind = Kind::delete_choice;
    edit.node = std::move(node);
    edit.choice = choice;
    return edit;
}
ScenarioEdit ScenarioEdit::move_choice(std::string node, int choice, int to) {
    ScenarioEdit edit;
    edit.kind = Kind::move_choice;
    edit.node = std::move(node);
    edit.choice = choice;
    edit.to = to;
    return edit;
}

namespace {

// Keys whose values are ids, numbers or words from a fixed list: written plain when YAML allows it, as a
// trainer writes them (`goto: details`, `mood: +10`), never quoted as if they were texts.
const std::vector<std::string> plain_keys = {"goto", "node", "start", "on_mood_zero", "end", "mood", "pass",
                                             "difficulty", "format", "id", "language", "role", "channel",
                                             "time_limit", "order", "call", "visibility", "ideal", "after"};
// Maps whose values are all numbers or true/false.
const std::vector<std::string> plain_maps = {"score", "set", "on_enter"};
// Where a new key goes among its neighbours: the order the format's guide writes them in.
const std::vector<std::string> top_order = {"format", "id", "title", "language", "role", "channel", "difficulty",
                                            "organisation", "summary", "briefing", "skills", "character",
                                            "time_limit", "pass", "order", "on_mood_zero", "start", "nodes"};
const std::vector<std::string> node_order = {"narration", "say", "on_enter", "order", "call", "visibility",
                                             "choices", "on_timeout", "end", "debrief"};
const std::vector<std::string> choice_order = {"say", "goto", "if", "set", "score", "mood", "feedback", "ideal"};
const std::vector<std::string> character_order = {"name", "mood", "description", "look"};

bool contains(const std::vector<std::string>& list, std::string_view word) {
    return std::find(list.begin(), list.end(), word) != list.end();
}

struct Replacement {
    std::size_t begin = 0;
    std::size_t end = 0;
    std::string text;
};

// The file as the edits see it now, parsed.
struct Parsed {
    std::string text;
    SourceText source;
    std::optional<YamlDocument> doc;
};

// Why an edit cannot be made: a sentence that names the edit and how to fix it.
struct Refusal {
    std::string message;
    std::size_t offset = std::string::npos;  // where in the file, when there is a place
};

class Editor {
public:
    Editor(const Parsed& parsed, std::string_view newline) : p_(parsed), text_(parsed.text), doc_(*parsed.doc), newline_(newline) {}

    // The replacements for one edit, or why not.
    std::optional<Refusal> plan(const ScenarioEdit& edit, std::vector<Replacement>& out) {
        switch (edit.kind) {
        case ScenarioEdit::Kind::set_value: return plan_set(edit.key_path, edit.value, out);
        case ScenarioEdit::Kind::remove_value: return plan_remove(edit.key_path, out);
        case ScenarioEdit::Kind::rename_node: return plan_rename(edit.node, edit.name, out);
        case ScenarioEdit::Kind::add_node: return plan_add_node(edit.name, out);
        case ScenarioEdit::Kind::add_choice: return plan_add_choice(edit.node, edit.name, out);
        case ScenarioEdit::Kind::delete_choice: return plan_delete_choice(edit.node, edit.choice, out);
        case ScenarioEdit::Kind::move_choice: return plan_move_choice(edit.node, edit.choice, edit.to, out);
        }
        return Refusal{"unknown edit"};
    }

private:
    const Parsed& p_;
    std::string_view text_;
    const YamlDocument& doc_;
    std::string newline_;

    Index root() const { return doc_.root(); }

    // --- finding things -------------------------------------------------------------------------------

    struct Resolved {
        Index parent = 0;        // the map or list holding the last segment found
        Index value = 0;         // what the path names (0 when its last segments are missing)
        Index key = 0;           // the key scalar of `value` in a map
        std::size_t found = 0;   // how many segments were found
        std::vector<std::string> segments;
    };

    static std::vector<std::string> split(const std::string& path) {
        std::vector<std::string> segments;
        std::string segment;
        for (char c : path) {
            if (c == '.') {
                segments.push_back(segment);
                segment.clear();
            } else {
                segment += c;
            }
        }
        segments.push_back(segment);
        return segments;
    }

    // Follows `path` as far as it goes. A segment naming a position in a list must be a number from 1.
    std::optional<Refusal> resolve(const std::string& path, Resolved& r) const {
        r.segments = split(path);
        for (const std::string& segment : r.segments)
            if (segment.empty())
                return Refusal{"key path " + in_quotes(path) + " has an empty part; write it like nodes.opening.choices.2.say"};
        Index at = root();
        if (at == 0 || doc_.kind(at) != YamlDocument::Kind::map) return Refusal{"the file holds no scenario map to edit"};
        r.parent = 0;
        r.value = at;
        for (std::size_t i = 0; i < r.segments.size(); ++i) {
            const std::string& segment = r.segments[i];
            std::string so_far = joined(r.segments, i);
            if (doc_.kind(at) == YamlDocument::Kind::map) {
                auto entry = find_entry(doc_, at, segment);
                if (!entry) {
                    r.parent = at;
                    r.value = 0;
                    r.key = 0;
                    r.found = i;
                    return std::nullopt;
                }
                r.parent = at;
                r.key = entry->key;
                r.value = entry->value;
                at = entry->value;
            } else if (doc_.kind(at) == YamlDocument::Kind::sequence) {
                auto items = items_of(doc_, at);
                int n = 0;
                bool number = !segment.empty() && segment.size() < 7 &&
                              std::all_of(segment.begin(), segment.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
                if (number) n = std::stoi(segment);
                if (!number || n < 1 || static_cast<std::size_t>(n) > items.size())
                    return Refusal{(so_far.empty() ? "the list" : in_quotes(so_far)) + " has " + count(items.size(), "item") +
                                       "; " + in_quotes(segment) + " must be a number from 1 to " + std::to_string(items.size()),
                                   doc_.node(at).offset};
                r.parent = at;
                r.key = 0;
                r.value = items[static_cast<std::size_t>(n - 1)];
                at = r.value;
            } else {
                return Refusal{in_quotes(so_far) + " is a single value, so it has no " + in_quotes(segment), doc_.node(at).offset};
            }
        }
        r.found = r.segments.size();
        return std::nullopt;
    }

    static std::string joined(const std::vector<std::string>& segments, std::size_t n) {
        std::string out;
        for (std::size_t i = 0; i < n; ++i) out += (i ? "." : "") + segments[i];
        return out;
    }
    static std::string count(std::size_t n, const std::string& word) {
        return std::to_string(n) + " " + word + (n == 1 ? "" : "s");
    }

    Index nodes_map() const {
        auto nodes = find_entry(doc_, root(), "nodes");
        return nodes && doc_.kind(nodes->value) == YamlDocument::Kind::map ? nodes->value : 0;
    }
    std::optional<Entry> node_entry(const std::string& id) const { return find_entry(doc_, nodes_map(), id); }
    std::optional<Refusal> no_such_node(const std::string& id) const {
        return Refusal{"there is no node " + in_quotes(id) + did_you_mean(id, keys_of(doc_, nodes_map()))};
    }
    // The node's answers as a list written with '- ' lines.
    std::optional<Refusal> choices_of(const std::string& node, Index& list) const {
        auto entry = node_entry(node);
        if (!entry) return no_such_node(node);
        auto choices = find_entry(doc_, entry->value, "choices");
        if (!choices || doc_.kind(choices->value) != YamlDocument::Kind::sequence)
            return Refusal{"node " + in_quotes(node) + " has no answers (choices:)", doc_.node(entry->key).offset};
        if (is_flow(doc_, text_, choices->value))
            return Refusal{"the answers of node " + in_quotes(node) +
                               " are written in [brackets]; write them as '- ' lines to edit them here",
                           doc_.node(choices->value).offset};
        list = choices->value;
        return std::nullopt;
    }
    std::optional<Refusal> choice_number(const std::string& node, Index list, int n, const char* what) const {
        std::size_t size = items_of(doc_, list).size();
        if (n < 1 || static_cast<std::size_t>(n) > size)
            return Refusal{std::string(what) + ": node " + in_quotes(node) + " has " + count(size, "answer") +
                           "; answers are numbered from 1 to " + std::to_string(size)};
        return std::nullopt;
    }

    // --- writing values -------------------------------------------------------------------------------

    // `value` written for `key`, in the style the old value used where it can carry it.
    std::string written(std::string_view key, std::string_view parent_key, std::string_view value, Index old,
                        bool in_brackets) const {
        bool plain_kind = contains(plain_keys, key) || contains(plain_maps, parent_key);
        if (plain_kind && yaml_plain_safe(value, in_brackets)) return std::string(value);
        if (plain_kind && !value.empty() && yaml_looks_typed(value) &&
            value.find_first_of(" \t\n#,[]{}") == std::string_view::npos)
            return std::string(value);  // a number or true/false, as the loader expects it
        if (old != 0 && doc_.kind(old) == YamlDocument::Kind::scalar) {
            char first = text_[doc_.node(old).offset];
            if (doc_.node(old).plain && first != '|' && first != '>' && yaml_plain_safe(value, in_brackets))
                return std::string(value);
            if (first == '\'') {
                std::string single = yaml_single_quoted(value);
                if (!single.empty()) return single;
            }
        }
        return yaml_double_quoted(value);
    }

    // A missing key and the rest of the path, as one entry: `score: {listening: 2}`.
    std::string new_entry(const std::vector<std::string>& segments, std::size_t from, std::string_view value,
                          bool in_brackets) const {
        const std::string& key = segments[from];
        if (from + 1 == segments.size()) {
            std::string parent = from > 0 ? segments[from - 1] : "";
            return key + ": " + written(key, parent, value, 0, in_brackets);
        }
        return key + ": {" + new_entry(segments, from + 1, value, true) + "}";
    }

    std::string key_text(std::string_view key) const {
        if (is_scenario_name(key)) return std::string(key);
        return yaml_double_quoted(key);
    }

    // --- set, remove ----------------------------------------------------------------------------------

    std::optional<Refusal> plan_set(const std::string& path, const std::string& value, std::vector<Replacement>& out) {
        if (path.empty()) return Refusal{"--set needs a key path before '=', like title=\"...\" or nodes.opening.say=\"...\""};
        Resolved r;
        if (auto refusal = resolve(path, r)) return refusal;
        const std::string& key = r.segments.back();
        if (r.found == r.segments.size()) {
            Index old = r.value;
            if (doc_.is_container(old))
                return Refusal{in_quotes(path) + " holds " + (doc_.kind(old) == YamlDocument::Kind::map ? "a map" : "a list") +
                                   "; name one value inside it, like " + path + "." + first_inside(old),
                               doc_.node(old).offset};
            std::string parent_key = r.segments.size() > 1 ? r.segments[r.segments.size() - 2] : "";
            bool brackets = is_flow(doc_, text_, r.parent);
            if (doc_.kind(old) == YamlDocument::Kind::null) {
                // `key:` with nothing after it: the value goes after the ':'.
                std::size_t at = doc_.node(old).offset;
                out.push_back({at, at, " " + written(key, parent_key, value, 0, brackets)});
                return std::nullopt;
            }
            Span span = scalar_span(doc_, text_, old);
            out.push_back({span.begin, span.end, written(key, parent_key, value, old, brackets)});
            return std::nullopt;
        }
        if (doc_.kind(r.parent) != YamlDocument::Kind::map)
            return Refusal{in_quotes(joined(r.segments, r.found)) + " is not a map, so it has no " + in_quotes(r.segments[r.found])};
        // Texts and answers of nodes that do not exist are a typo, not something to create.
        if (r.found == 1 && r.segments[0] == "nodes") return no_such_node(r.segments[1]);
        return insert_entry(r.parent, r.segments, r.found, value, out);
    }

    std::string first_inside(Index container) const {
        if (doc_.kind(container) == YamlDocument::Kind::sequence) return "1";
        auto keys = keys_of(doc_, container);
        return keys.empty() ? "KEY" : keys.front();
    }

    const std::vector<std::string>* order_for(Index map, const std::vector<std::string>& segments, std::size_t depth) const {
        if (map == root()) return &top_order;
        if (depth == 2 && segments[0] == "nodes") return &node_order;
        if (depth == 4 && segments[0] == "nodes" && segments[2] == "choices") return &choice_order;
        if (depth == 1 && segments[0] == "character") return &character_order;
        return nullptr;
    }

    // Adds `segments[from]` (and below it, the rest) to `map`, where the format's order puts it.
    std::optional<Refusal> insert_entry(Index map, const std::vector<std::string>& segments, std::size_t from,
                                        const std::string& value, std::vector<Replacement>& out) {
        const std::string& key = segments[from];
        auto entries = entries_of(doc_, map);
        if (is_flow(doc_, text_, map)) {
            std::string entry = new_entry(segments, from, value, true);
            if (entries.empty()) {
                std::size_t at = doc_.node(map).offset + 1;
                out.push_back({at, at, entry});
            } else {
                std::size_t at = value_end(doc_, text_, entries.back().value);
                if (doc_.kind(entries.back().value) == YamlDocument::Kind::null) at = doc_.node(entries.back().value).offset;
                out.push_back({at, at, ", " + entry});
            }
            return std::nullopt;
        }
        if (entries.empty()) return Refusal{"cannot add " + in_quotes(key) + " to an empty map"};
        std::string indent = indent_at(text_, doc_.node(entries.front().key).offset);
        std::string entry = new_entry(segments, from, value, false);
        // Before the first neighbour the format writes after it, when that one starts its own line.
        if (const auto* order = order_for(map, segments, from)) {
            auto rank = std::find(order->begin(), order->end(), key);
            if (rank != order->end()) {
                for (const Entry& e : entries) {
                    auto other = std::find(order->begin(), order->end(), doc_.text(e.key));
                    if (other != order->end() && other > rank) {
                        std::size_t at = doc_.node(e.key).offset;
                        if (!starts_its_line(text_, at)) break;
                        std::size_t start = line_start(text_, at);
                        out.push_back({start, start, indent + entry + newline_});
                        return std::nullopt;
                    }
                }
            }
        }
        std::size_t at = line_end(text_, entry_end(entries.back()));
        out.push_back({at, at, newline_ + indent + entry});
        return std::nullopt;
    }

    std::size_t entry_end(const Entry& entry) const {
        if (doc_.kind(entry.value) == YamlDocument::Kind::null) return scalar_span(doc_, text_, entry.key).end;
        return value_end(doc_, text_, entry.value);
    }

    std::optional<Refusal> plan_remove(const std::string& path, std::vector<Replacement>& out) {
        Resolved r;
        if (auto refusal = resolve(path, r)) return refusal;
        if (r.found < r.segments.size()) return Refusal{in_quotes(path) + " is not in the file, so there is nothing to remove"};
        if (doc_.kind(r.parent) != YamlDocument::Kind::map)
            return Refusal{in_quotes(path) + " is an item of a list; remove answers with delete-choice"};
        auto entries = entries_of(doc_, r.parent);
        std::size_t i = 0;
        while (i < entries.size() && entries[i].key != r.key) ++i;
        const Entry& entry = entries[i];
        std::size_t key_at = doc_.node(entry.key).offset;
        if (is_flow(doc_, text_, r.parent)) {
            // `{a: 1, b: 2}`: the entry with the comma that joins it to a neighbour.
            if (i + 1 < entries.size()) {
                out.push_back({key_at, doc_.node(entries[i + 1].key).offset, ""});
            } else if (i > 0) {
                out.push_back({entry_end(entries[i - 1]), entry_end(entry), ""});
            } else {
                out.push_back({key_at, entry_end(entry), ""});
            }
            return std::nullopt;
        }
        if (i + 1 < entries.size()) {
            std::size_t next = doc_.node(entries[i + 1].key).offset;
            if (starts_its_line(text_, key_at)) out.push_back({line_start(text_, key_at), line_start(text_, next), ""});
            else out.push_back({key_at, next, ""});  // `- if: ...` then `goto:` on the next line: goto moves up
            return std::nullopt;
        }
        if (i == 0) return Refusal{in_quotes(path) + " is the only value of its map; the map would be empty"};
        std::size_t end = line_end(text_, entry_end(entry));
        if (!starts_its_line(text_, key_at))
            return Refusal{in_quotes(path) + " shares its line with another value; remove it in a text editor"};
        out.push_back({line_end(text_, entry_end(entries[i - 1])), end, ""});
        return std::nullopt;
    }

    // --- nodes ----------------------------------------------------------------------------------------

    std::optional<Refusal> check_new_id(const std::string& id) const {
        if (!is_scenario_name(id))
            return Refusal{"node id " + in_quotes(id) + " must start with a letter or '_' and use only letters, digits, '_' and '-'"};
        if (node_entry(id)) return Refusal{"there is already a node " + in_quotes(id) + "; choose another id"};
        return std::nullopt;
    }

    std::optional<Refusal> plan_rename(const std::string& old_id, const std::string& new_id, std::vector<Replacement>& out) {
        auto entry = node_entry(old_id);
        if (!entry) return no_such_node(old_id);
        if (old_id == new_id) return Refusal{"node " + in_quotes(old_id) + " already has that id"};
        if (auto refusal = check_new_id(new_id)) return refusal;
        Span key = scalar_span(doc_, text_, entry->key);
        out.push_back({key.begin, key.end, new_id});
        rename_references(root(), "", old_id, new_id, out);
        return std::nullopt;
    }

    // Every place that names a node: start, on_mood_zero, goto (or a conditional goto's node), and
    // visited(...) in conditions.
    void rename_references(Index value, std::string_view key, const std::string& old_id, const std::string& new_id,
                           std::vector<Replacement>& out) const {
        YamlDocument::Kind kind = doc_.kind(value);
        if (kind == YamlDocument::Kind::scalar) {
            if ((key == "start" || key == "on_mood_zero" || key == "goto" || key == "node") && doc_.text(value) == old_id) {
                Span span = scalar_span(doc_, text_, value);
                out.push_back({span.begin, span.end, written(key, "", new_id, value, false)});
            } else if (key == "if") {
                rename_in_condition(value, old_id, new_id, out);
            }
            return;
        }
        if (kind == YamlDocument::Kind::map) {
            for (const Entry& e : entries_of(doc_, value)) rename_references(e.value, doc_.text(e.key), old_id, new_id, out);
        } else if (kind == YamlDocument::Kind::sequence) {
            // A conditional goto is a list of maps: their `node` keys are found inside.
            for (Index item : items_of(doc_, value)) rename_references(item, key == "goto" ? "goto" : "", old_id, new_id, out);
        }
    }

    void rename_in_condition(Index condition, const std::string& old_id, const std::string& new_id,
                             std::vector<Replacement>& out) const {
        std::string_view value = doc_.text(condition);
        ExpressionError error;
        auto expression = Expression::parse(value, error);
        if (!expression) return;  // the loader reports it; nothing here names a node for sure
        std::vector<std::size_t> at;
        for (const ExpressionName& name : expression->names())
            if (name.kind == ExpressionName::Kind::visited && name.name == old_id) at.push_back(name.offset);
        std::sort(at.begin(), at.end());
        ScalarWalk walk(text_, doc_.node(condition).offset, value);
        for (std::size_t offset : at) {
            std::size_t begin = walk.source_offset(offset);
            std::size_t end = walk.source_offset(offset + old_id.size());
            out.push_back({begin, end, new_id});
        }
    }

    std::optional<Refusal> plan_add_node(const std::string& id, std::vector<Replacement>& out) {
        Index nodes = nodes_map();
        if (nodes == 0) return Refusal{"the file has no nodes: map to add a node to"};
        if (is_flow(doc_, text_, nodes)) return Refusal{"the nodes are written in {braces}; write them one per line to add one here"};
        if (auto refusal = check_new_id(id)) return refusal;
        auto entries = entries_of(doc_, nodes);
        if (entries.empty()) return Refusal{"the nodes: map is empty"};
        const Entry& last = entries.back();
        std::string indent = indent_at(text_, doc_.node(last.key).offset);
        // The nodes' own keys sit one step further in, as in the file's last node.
        std::string inner = indent + "  ";
        if (doc_.kind(last.value) == YamlDocument::Kind::map && !is_flow(doc_, text_, last.value)) {
            auto inside = entries_of(doc_, last.value);
            if (!inside.empty()) inner = indent_at(text_, doc_.node(inside.front().key).offset);
        }
        // An ending, so the file loads at once; the trainer gives it answers or keeps it as an ending.
        std::string node = newline_ + indent + id + ":" + newline_ + inner + "say: " + yaml_double_quoted("...") + newline_ +
                           inner + "end: partial" + newline_ + inner + "debrief: " + yaml_double_quoted("...");
        std::size_t at = line_end(text_, entry_end(last));
        out.push_back({at, at, node});
        return std::nullopt;
    }

    std::optional<Refusal> plan_add_choice(const std::string& node, const std::string& goto_node, std::vector<Replacement>& out) {
        auto entry = node_entry(node);
        if (!entry) return no_such_node(node);
        std::string target = goto_node.empty() ? node : goto_node;
        if (!node_entry(target)) return Refusal{"the new answer would go to node " + in_quotes(target) + ", which does not exist" +
                                                did_you_mean(target, keys_of(doc_, nodes_map()))};
        if (find_entry(doc_, entry->value, "end"))
            return Refusal{"node " + in_quotes(node) + " is an ending; remove its 'end' before giving it answers",
                           doc_.node(entry->key).offset};
        Index list = 0;
        if (auto refusal = choices_of(node, list)) return refusal;
        auto items = items_of(doc_, list);
        if (items.empty()) return Refusal{"node " + in_quotes(node) + " has an empty list of answers"};
        Index last = items.back();
        std::size_t item_at = doc_.node(last).offset;
        std::string key_indent = indent_at(text_, item_at);
        // The '- ' sits before the item's first key on its line.
        std::size_t dash = line_start(text_, item_at);
        while (dash < item_at && text_[dash] == ' ') ++dash;
        std::string dash_indent = indent_at(text_, dash);
        std::string item = newline_ + dash_indent + "- say: " + yaml_double_quoted("...") + newline_ + key_indent + "goto: " + target;
        std::size_t at = line_end(text_, value_end(doc_, text_, last));
        out.push_back({at, at, item});
        return std::nullopt;
    }

    // An answer's whole lines, from its '- ' to the next answer's (the last: to the end of its own line).
    std::vector<Span> choice_lines(Index list) const {
        std::vector<Span> spans;
        auto items = items_of(doc_, list);
        for (std::size_t i = 0; i < items.size(); ++i) {
            std::size_t begin = line_start(text_, doc_.node(items[i]).offset);
            std::size_t end;
            if (i + 1 < items.size()) {
                end = line_start(text_, doc_.node(items[i + 1]).offset);
            } else {
                end = line_end(text_, value_end(doc_, text_, items[i]));
                if (end < text_.size()) end = text_.find('\n', end) + 1;
            }
            spans.push_back({begin, end});
        }
        return spans;
    }

    std::optional<Refusal> check_items_start_lines(Index list, const std::string& node) const {
        for (Index item : items_of(doc_, list)) {
            std::size_t at = doc_.node(item).offset, start = line_start(text_, at), i = start;
            while (i < at && text_[i] == ' ') ++i;
            if (i >= at || text_[i] != '-')
                return Refusal{"an answer of node " + in_quotes(node) + " does not start its own '- ' line; edit it in a text editor", at};
        }
        return std::nullopt;
    }

    std::optional<Refusal> plan_delete_choice(const std::string& node, int n, std::vector<Replacement>& out) {
        Index list = 0;
        if (auto refusal = choices_of(node, list)) return refusal;
        if (auto refusal = choice_number(node, list, n, "delete-choice")) return refusal;
        if (items_of(doc_, list).size() == 1)
            return Refusal{"node " + in_quotes(node) + " has only this answer; a node that is not an ending needs at least one"};
        if (auto refusal = check_items_start_lines(list, node)) return refusal;
        Span span = choice_lines(list)[static_cast<std::size_t>(n - 1)];
        out.push_back({span.begin, span.end, ""});
        return std::nullopt;
    }

    std::optional<Refusal> plan_move_choice(const std::string& node, int n, int to, std::vector<Replacement>& out) {
        Index list = 0;
        if (auto refusal = choices_of(node, list)) return refusal;
        if (auto refusal = choice_number(node, list, n, "move-choice")) return refusal;
        if (auto refusal = choice_number(node, list, to, "move-choice (to)")) return refusal;
        if (n == to) return std::nullopt;
        if (auto refusal = check_items_start_lines(list, node)) return refusal;
        std::vector<Span> spans = choice_lines(list);
        std::vector<std::string> chunks;
        for (const Span& s : spans) chunks.emplace_back(text_.substr(s.begin, s.end - s.begin));
        // The last answer may end the file without a line break; a moved chunk always carries one.
        bool had_break = !chunks.back().empty() && chunks.back().back() == '\n';
        if (!had_break) chunks.back() += newline_;
        std::string moved = chunks[static_cast<std::size_t>(n - 1)];
        chunks.erase(chunks.begin() + (n - 1));
        chunks.insert(chunks.begin() + (to - 1), moved);
        std::string joined_text;
        for (const std::string& c : chunks) joined_text += c;
        if (!had_break) joined_text.resize(joined_text.size() - newline_.size());
        out.push_back({spans.front().begin, spans.back().end, joined_text});
        return std::nullopt;
    }
};

std::string detect_newline(std::string_view text) {
    std::size_t at = text.find('\n');
    return at != std::string_view::npos && at > 0 && text[at - 1] == '\r' ? "\r\n" : "\n";
}

// Keeps `changes` (in the original text's offsets) up to date with one more replacement made in the
// current text, merging it with any change it touches.
void record_change(std::vector<TextChange>& changes, const std::string& current, const Replacement& r) {
    long delta = 0;  // current offset minus original offset, before the change being looked at
    std::size_t first = changes.size(), last = 0;
    long delta_first = 0;
    for (std::size_t i = 0; i < changes.size(); ++i) {
        const TextChange& c = changes[i];
        std::size_t cur_begin = static_cast<std::size_t>(static_cast<long>(c.offset) + delta);
        std::size_t cur_end = cur_begin + c.inserted.size();
        if (cur_end >= r.begin && cur_begin <= r.end) {
            if (first == changes.size()) {
                first = i;
                delta_first = delta;
            }
            last = i;
        }
        if (cur_end < r.begin) delta += static_cast<long>(c.inserted.size()) - static_cast<long>(c.removed);
    }
    if (first == changes.size()) {
        TextChange change{static_cast<std::size_t>(static_cast<long>(r.begin) - delta), r.end - r.begin, r.text};
        auto at = std::lower_bound(changes.begin(), changes.end(), change.offset,
                                   [](const TextChange& c, std::size_t offset) { return c.offset < offset; });
        changes.insert(at, change);
        return;
    }
    // One change from the first touched to the last touched, or to the replacement, whichever reaches further.
    std::size_t cur_begin = static_cast<std::size_t>(static_cast<long>(changes[first].offset) + delta_first);
    long delta_last = delta_first;
    for (std::size_t i = first; i < last; ++i)
        delta_last += static_cast<long>(changes[i].inserted.size()) - static_cast<long>(changes[i].removed);
    std::size_t last_cur_begin = static_cast<std::size_t>(static_cast<long>(changes[last].offset) + delta_last);
    std::size_t cur_end = last_cur_begin + changes[last].inserted.size();
    std::size_t orig_begin = changes[first].offset, orig_end = changes[last].offset + changes[last].removed;
    std::size_t new_begin = std::min(cur_begin, r.begin), new_end = std::max(cur_end, r.end);
    // Bytes of the replacement's span outside the touched changes are original bytes, at the same distance.
    orig_begin -= cur_begin - new_begin;
    orig_end += new_end - cur_end;
    std::string inserted = current.substr(new_begin, r.begin - new_begin) + r.text + current.substr(r.end, new_end - r.end);
    changes.erase(changes.begin() + static_cast<long>(first), changes.begin() + static_cast<long>(last) + 1);
    changes.insert(changes.begin() + static_cast<long>(first), TextChange{orig_begin, orig_end - orig_begin, inserted});
}

std::string edit_name(const ScenarioEdit& edit) {
    switch (edit.kind) {
    case ScenarioEdit::Kind::set_value: return "--set " + edit.key_path;
    case ScenarioEdit::Kind::remove_value: return "--remove " + edit.key_path;
    case ScenarioEdit::Kind::rename_node: return "--rename-node " + edit.node + " " + edit.name;
    case ScenarioEdit::Kind::add_node: return "--add-node " + edit.name;
    case ScenarioEdit::Kind::add_choice: return "--add-choice " + edit.node;
    case ScenarioEdit::Kind::delete_choice: return "--delete-choice " + edit.node + " " + std::to_string(edit.choice);
    case ScenarioEdit::Kind::move_choice:
        return "--move-choice " + edit.node + " " + std::to_string(edit.choice) + " " + std::to_string(edit.to);
    }
    return "edit";
}

bool parse_into(Parsed& parsed, const std::string& path, DiagnosticList& diagnostics) {
    parsed.source = SourceText(path, parsed.text);
    parsed.doc = parse_yaml_document(parsed.source, diagnostics);
    return parsed.doc.has_value() && !diagnostics.has_errors();
}

}  // namespace

EditOutcome apply_edits(std::string_view source, const std::vector<ScenarioEdit>& requested, const std::string& path) {
    EditOutcome outcome;
    outcome.text = std::string(source);
    outcome.diagnostics = DiagnosticList(path);
    // A byte-order mark is not part of the scenario's text: offsets are counted without it, and it is put back.
    std::string bom;
    std::string_view body = source;
    if (body.substr(0, 3) == "\xEF\xBB\xBF") {
        bom = "\xEF\xBB\xBF";
        body.remove_prefix(3);
    }
    Parsed parsed;
    parsed.text = std::string(body);
    std::string newline = detect_newline(parsed.text);
    std::vector<TextChange> changes;
    // "Add a node from an arrow's end": the new node, then the answer pointed at it.
    std::vector<ScenarioEdit> edits;
    for (const ScenarioEdit& edit : requested) {
        edits.push_back(edit);
        if (edit.kind == ScenarioEdit::Kind::add_node && !edit.node.empty())
            edits.push_back(ScenarioEdit::set("nodes." + edit.node + ".choices." + std::to_string(edit.choice) + ".goto", edit.name));
    }

    for (std::size_t e = 0; e < edits.size(); ++e) {
        DiagnosticList parse_diagnostics(path);
        if (!parse_into(parsed, path, parse_diagnostics)) {
            outcome.diagnostics = parse_diagnostics;
            if (!parse_diagnostics.has_errors())
                outcome.diagnostics.error({}, "the file is not a YAML document that can be edited");
            return outcome;
        }
        Editor editor(parsed, newline);
        std::vector<Replacement> replacements;
        // Values set one after another are worked out on the same reading of the file, as long as they
        // replace different bytes: a translation of 500 texts is one parse, not 500.
        std::size_t batch_end = e;
        for (;;) {
            std::vector<Replacement> planned;
            const ScenarioEdit& edit = edits[batch_end];
            if (auto refusal = editor.plan(edit, planned)) {
                SourceLocation where = refusal->offset == std::string::npos ? SourceLocation{} : parsed.source.location_of(refusal->offset);
                outcome.diagnostics.error(where, edit_name(edit) + ": " + refusal->message);
                return outcome;
            }
            bool overlaps = false;
            for (const Replacement& p : planned)
                for (const Replacement& r : replacements)
                    if (p.begin < r.end + 1 && r.begin < p.end + 1) overlaps = true;
            if (overlaps) break;  // worked out again on the text with the batch applied
            replacements.insert(replacements.end(), planned.begin(), planned.end());
            ++batch_end;
            bool next_is_set = batch_end < edits.size() && edits[batch_end].kind == ScenarioEdit::Kind::set_value &&
                               edit.kind == ScenarioEdit::Kind::set_value;
            if (!next_is_set) break;
        }
        e = batch_end - 1;
        std::sort(replacements.begin(), replacements.end(), [](const Replacement& a, const Replacement& b) { return a.begin > b.begin; });
        for (const Replacement& r : replacements) {
            record_change(changes, parsed.text, r);
            parsed.text.replace(r.begin, r.end - r.begin, r.text);
        }
    }

    LoadedScenario loaded = load_scenario_text(path, parsed.text);
    outcome.diagnostics = loaded.diagnostics;
    if (loaded.diagnostics.has_errors()) {
        outcome.refused_text = std::move(parsed.text);
        return outcome;
    }
    outcome.applied = true;
    outcome.text = bom + parsed.text;
    // A value set to what it already was is not a change.
    changes.erase(std::remove_if(changes.begin(), changes.end(),
                                 [&](const TextChange& c) { return body.substr(c.offset, c.removed) == c.inserted; }),
                  changes.end());
    for (TextChange& c : changes) c.offset += bom.size();
    outcome.changes = std::move(changes);
    return outcome;
}

}  // namespace frontdesk
