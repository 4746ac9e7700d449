// Undo and redo by the file's bytes.
#include "frontdesk/edit_history.h"

#include <fstream>
#include <iterator>

namespace frontdesk {

namespace {

bool read_all(const std::string& path, std::string& bytes) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return false;
    bytes.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    return !in.bad();
}

const std::string nothing;

}  // namespace

EditOutcome EditHistory::apply(const std::vector<ScenarioEdit>& edits, std::string label) {
    std::string before;
    bool read = read_all(path_, before);
    EditOutcome outcome = edit_scenario_file(path_, edits);
    if (outcome.applied && read && outcome.text != before) {
        // A step only undoes to bytes that were really there: if the file changed between this read and the
        // edit's own, the edit's result is still right but its "before" would not be; such a race with another
        // editor keeps no step rather than a wrong one.
        undo_.push_back({std::move(before), outcome.text, std::move(label)});
        if (undo_.size() > max_steps) undo_.erase(undo_.begin());
        redo_.clear();
    }
    return outcome;
}

const std::string& EditHistory::undo_label() const { return undo_.empty() ? nothing : undo_.back().label; }
const std::string& EditHistory::redo_label() const { return redo_.empty() ? nothing : redo_.back().label; }

std::string EditHistory::move_step(std::vector<Step>& from, std::vector<Step>& to, bool backwards) {
    if (from.empty()) return backwards ? "there is nothing to undo" : "there is nothing to redo";
    Step& step = from.back();
    std::string now;
    if (!read_all(path_, now)) return "cannot read " + path_;
    const std::string& expected = backwards ? step.after : step.before;
    if (now != expected) {
        clear();
        return path_ + " was changed outside the studio since this edit; it was left as it is, and the undo history starts again from it";
    }
    if (std::string why = write_file_atomically(path_, backwards ? step.before : step.after); !why.empty()) return why;
    to.push_back(std::move(step));
    from.pop_back();
    return {};
}

std::string EditHistory::undo() { return move_step(undo_, redo_, true); }
std::string EditHistory::redo() { return move_step(redo_, undo_, false); }

void EditHistory::clear() {
    undo_.clear();
    redo_.clear();
}

}  // namespace frontdesk
