// Words the Review's parts share: the tabs' names (in the trace) and labels, a trainee as a title, an
// ending's kind and its words, a skill as a heading, an attempt as one line, and the combos over
// (value, label) options that the filters and the tabs offer.
#pragma once

#include <iterator>
#include <string>
#include <utility>
#include <vector>

#include "app/app_state.h"

namespace frontdesk::gui {

constexpr ReviewTab review_tabs[] = {ReviewTab::cohort, ReviewTab::trainee, ReviewTab::scenarios, ReviewTab::transcript, ReviewTab::courses};
constexpr int review_tab_count = static_cast<int>(std::size(review_tabs));

const char* tab_name(ReviewTab tab);
Ui tab_label(ReviewTab tab);

// A share (0..1) as "40%".
std::string share_text(double share);
// "Anna Rossi (anna)", or the id alone when the name is the id.
std::string trainee_title(const std::string& id, const std::string& display_name);
std::string trainee_title(const TraineeReport& trainee);
// An ending as stored ("success") as its kind; none for anything else (not finished).
EndingKind ending_kind(const std::string& name);
// The ending's words; "not finished" for none.
std::string ending_text(const AppState& app, EndingKind kind);
// A skill's name as a heading or a legend entry ("Listening").
std::string skill_title(const AppState& app, const std::string& skill);
// A point of the conversation as coordinators know it: the character's line there, shortened and quoted
// (“I was charged twice…”), else its narration in brackets, else (the file is not in the library) its name
// in the file. Never the internal id where a line can be shown.
std::string node_title(const AppState& app, const std::string& character_line, const std::string& narration, const std::string& node);
// `text` cut after a word to at most about `characters` characters, with an ellipsis when cut (UTF-8 safe).
std::string shortened(const std::string& text, std::size_t characters);
// "2026-11-24 23:04  Wrong invoice  -  Success, 100% passed".
std::string attempt_title(const AppState& app, const SessionRecord& session);

using ComboOptions = std::vector<std::pair<std::string, std::string>>;  // value, label
// The report's trainees as (id, title).
ComboOptions trainee_choices(const ReviewModel& review);
// filter_combo over (value, label) options; `value` empty is "all". Returns true with `value` changed.
bool value_combo(const char* id, const std::string& label, std::string& value, const ComboOptions& options, const std::string& all,
                 float width);

}  // namespace frontdesk::gui
