// Undo and redo for edits written to a scenario file: each step keeps the file's bytes before and after, so an
// undo writes back exactly what was there. A file changed by someone else since (a text editor open on it)
// is never overwritten by an undo or a redo: the step is refused and the history starts again from that file.
#pragma once

#include <string>
#include <vector>

#include "frontdesk/scenario_edit.h"

namespace frontdesk {

class EditHistory {
public:
    explicit EditHistory(std::string path) : path_(std::move(path)) {}
    const std::string& path() const { return path_; }

    // Applies `edits` to the file and writes it (edit_scenario_file); remembered for undo when it changed the
    // file. `label` says what the edit was, for the undo and redo buttons.
    EditOutcome apply(const std::vector<ScenarioEdit>& edits, std::string label);

    bool can_undo() const { return !undo_.empty(); }
    bool can_redo() const { return !redo_.empty(); }
    const std::string& undo_label() const;  // empty when there is nothing to undo
    const std::string& redo_label() const;
    std::size_t undo_depth() const { return undo_.size(); }

    // Writes the file back as it was before the last edit (or after the last undone one). Returns an empty
    // string, or why not: the file changed outside since, or it cannot be written.
    std::string undo();
    std::string redo();
    void clear();

    // How many steps are kept: the oldest go first.
    static constexpr std::size_t max_steps = 200;

private:
    struct Step {
        std::string before, after, label;
    };
    std::string move_step(std::vector<Step>& from, std::vector<Step>& to, bool backwards);

    std::string path_;
    std::vector<Step> undo_, redo_;
};

}  // namespace frontdesk
