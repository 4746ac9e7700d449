// Editing a scenario file in place: each edit rewrites only the bytes of the values it changes (or inserts
// whole lines for a new node or answer), so comments, key order, quoting and blank lines elsewhere stay
// byte-identical. The result is loaded with every check before it is accepted: an edit that would leave the
// file unloadable is refused with the loader's diagnostics, and the caller keeps the old bytes.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "frontdesk/diagnostic.h"

namespace frontdesk {

// One change, in the trainers' words. Key paths name what a trainer sees: `title`, `character.name`,
// `nodes.ID.say`, `nodes.ID.narration`, `nodes.ID.choices.N.say|feedback|goto|mood|if`,
// `nodes.ID.choices.N.score.SKILL` (answers numbered from 1, as in diagnostics), and any other value of the
// file by its keys and 1-based list positions (`summary`, `briefing.you_can.2`, `nodes.ID.debrief`).
struct ScenarioEdit {
    enum class Kind {
        set_value,      // key_path = value (a key that is not there yet is added to its map)
        remove_value,   // key_path removed (an optional key: feedback, if, narration, a skill's points)
        rename_node,    // node -> name, with every reference: start, goto, on_timeout, on_mood_zero, visited()
        add_node,       // a new node `name` (lines appended to nodes:); with `node` set, answer `choice` of
                        // `node` is pointed at it ("add a node from an arrow's end")
        add_choice,     // a new answer at the end of `node`'s choices, going to `name` (default: the node itself)
        delete_choice,  // answer `choice` of `node`
        move_choice,    // answer `choice` of `node` moved to position `to`
    };
    Kind kind = Kind::set_value;
    std::string key_path;
    std::string value;   // as a trainer types it: a text, a number, a node id, a condition
    std::string node;
    std::string name;
    int choice = 0;      // 1-based
    int to = 0;          // 1-based

    static ScenarioEdit set(std::string key_path, std::string value);
    static ScenarioEdit remove(std::string key_path);
    static ScenarioEdit rename_node(std::string old_id, std::string new_id);
    static ScenarioEdit add_node(std::string id, std::string from_node = {}, int from_choice = 0);
    static ScenarioEdit add_choice(std::string node, std::string goto_node = {});
    static ScenarioEdit delete_choice(std::string node, int choice);
    static ScenarioEdit move_choice(std::string node, int choice, int to);
};

// One replaced span, in the offsets of the text the edit was applied to.
struct TextChange {
    std::size_t offset = 0;
    std::size_t removed = 0;   // bytes of the old text replaced
    std::string inserted;
};

struct EditOutcome {
    bool applied = false;
    std::string text;                 // the file after the edits; the source itself when refused
    std::vector<TextChange> changes;  // every span the edits replaced, in source offsets, ascending
    // Why an edit was refused (an unknown node or key path, a value of the wrong kind, with the edit's
    // place), or what the loader says about the result: its errors refuse it, its warnings do not.
    DiagnosticList diagnostics;
    // When the loader refused the result: the text it was given, which the diagnostics' lines refer to.
    std::string refused_text;
};

// Applies the edits one after the other to `source` (a scenario file's bytes; `path` names it in
// diagnostics), then loads the result. All or nothing: if one edit cannot be made, or the result has errors,
// nothing is applied.
EditOutcome apply_edits(std::string_view source, const std::vector<ScenarioEdit>& edits, const std::string& path);

// Writes `text` to `path` atomically (a temporary file in the same folder, flushed, renamed over it), so a
// reader never sees half a file and a failure leaves the old file whole. Returns an empty string, or why not.
std::string write_file_atomically(const std::string& path, std::string_view text);

// Reads `path`, applies the edits and, if they were applied, writes the result atomically.
EditOutcome edit_scenario_file(const std::string& path, const std::vector<ScenarioEdit>& edits);

}  // namespace frontdesk
