#include "screens/review/review_words.h"

#include "widgets/controls.h"

namespace frontdesk::gui {

const char* tab_name(ReviewTab tab) {
    switch (tab) {
        case ReviewTab::cohort: return "cohort";
        case ReviewTab::trainee: return "trainee";
        case ReviewTab::scenarios: return "scenarios";
        case ReviewTab::transcript: return "transcript";
        case ReviewTab::courses: return "courses";
    }
    return "";
}

Ui tab_label(ReviewTab tab) {
    switch (tab) {
        case ReviewTab::cohort: return Ui::review_cohort;
        case ReviewTab::trainee: return Ui::review_trainee;
        case ReviewTab::scenarios: return Ui::review_scenarios;
        case ReviewTab::transcript: return Ui::review_transcript;
        case ReviewTab::courses: return Ui::review_tab_courses;
    }
    return Ui::review_cohort;
}

std::string share_text(double share) { return percent_text(share * 100.0); }

std::string trainee_title(const std::string& id, const std::string& display_name) {
    if (display_name.empty() || display_name == id) return id;
    return display_name + " (" + id + ")";
}

std::string trainee_title(const TraineeReport& trainee) { return trainee_title(trainee.id, trainee.display_name); }

EndingKind ending_kind(const std::string& name) {
    for (EndingKind kind : {EndingKind::success, EndingKind::partial, EndingKind::failure})
        if (name == ending_name(kind)) return kind;
    return EndingKind::none;
}

std::string ending_text(const AppState& app, EndingKind kind) {
    return kind == EndingKind::none ? app.text(Ui::review_unfinished) : ending_label(app.language(), kind);
}

std::string skill_title(const AppState& app, const std::string& skill) {
    std::string label = skill_label(app.language(), skill);
    if (!label.empty() && label[0] >= 'a' && label[0] <= 'z') label[0] = static_cast<char>(label[0] - 'a' + 'A');
    return label;
}

std::string shortened(const std::string& text, std::size_t characters) {
    // Counted in characters (UTF-8 lead bytes), so accented letters count once and are never split.
    std::size_t count = 0, cut = std::string::npos;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if ((static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) continue;
        if (count == characters) {
            cut = i;
            break;
        }
        ++count;
    }
    std::string line = text;
    for (char& c : line)
        if (c == '\n' || c == '\r') c = ' ';
    if (cut == std::string::npos) return line;
    std::size_t space = line.find_last_of(' ', cut);
    if (space != std::string::npos && space > cut / 2) cut = space;
    while (cut > 0 && std::string(" ,;:.-").find(line[cut - 1]) != std::string::npos) --cut;
    return line.substr(0, cut) + "\u2026";
}

std::string node_title(const AppState& app, const std::string& character_line, const std::string& narration, const std::string& node) {
    if (!character_line.empty()) return "\u201c" + shortened(character_line, 70) + "\u201d";
    if (!narration.empty()) return "(" + shortened(narration, 70) + ")";
    return app.text(Ui::review_node_name, {node});
}

std::string attempt_title(const AppState& app, const SessionRecord& session) {
    std::string text = local_time_text(session.started_at) + "  " + session.scenario_title + "  -  ";
    if (!session.finished()) return text + app.text(Ui::review_unfinished);
    return text + ending_text(app, ending_kind(session.ending)) + ", " + percent_text(session.overall) + " " +
           app.text(session.passed ? Ui::review_passed_short : Ui::review_not_passed_short);
}

ComboOptions trainee_choices(const ReviewModel& review) {
    ComboOptions out;
    for (const TraineeReport& trainee : review.report().trainees) out.emplace_back(trainee.id, trainee_title(trainee));
    return out;
}

bool value_combo(const char* id, const std::string& label, std::string& value, const ComboOptions& options, const std::string& all,
                 float width) {
    int selected = -1;
    std::vector<std::string> labels;
    for (std::size_t i = 0; i < options.size(); ++i) {
        labels.push_back(options[i].second);
        if (options[i].first == value) selected = static_cast<int>(i);
    }
    // A value the options no longer hold (a filter from before a reload) is still shown as it is.
    std::string current = selected < 0 && !value.empty() ? value : std::string();
    if (!filter_combo(id, label, selected, labels, all, width, current)) return false;
    value = selected < 0 ? std::string() : options[static_cast<std::size_t>(selected)].first;
    return true;
}

}  // namespace frontdesk::gui
