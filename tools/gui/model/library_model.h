// The library screen's data: one card per scenario file found (playable or not), filtering by who the
// trainee faces, channel, language, difficulty and free text, and the trainee's progress in each scenario
// (done, best result, a conversation to resume), read from the results on a thread of its own. Beside the
// scenarios, the courses of each library folder (FOLDER/courses), checked against them.
#pragma once

#include <functional>
#include <future>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "frontdesk/analysis.h"
#include "frontdesk/course.h"
#include "frontdesk/results_store.h"
#include "frontdesk/scenario.h"

namespace frontdesk::gui {

struct ScenarioCard {
    std::string path;
    std::shared_ptr<const Scenario> scenario;  // null when the file could not be read as a scenario
    std::shared_ptr<const Analysis> analysis;
    bool playable = false;
    std::string title;       // the scenario's title, or the file name when there is none
    int minutes = 0;         // estimated length
    std::size_t error_count = 0;
    std::string problems;    // formatted diagnostics, shown on the card when it is not playable
    std::string search_text; // lowercase title, summary, character, organisation and id
};

struct LibraryFilter {
    std::string text;
    std::optional<Role> role;
    std::optional<Channel> channel;
    std::optional<Language> language;
    std::optional<int> difficulty;

    bool any() const { return !text.empty() || role || channel || language || difficulty; }
};

// What the trainee has done in a scenario (any version of its file), for the library card's badges.
struct ScenarioProgress {
    bool done = false;                 // finished at least once
    std::optional<double> best;        // the best overall result of the finished sessions, in percent
    std::size_t saved_answers = 0;     // answers of the interrupted conversation the briefing offers to resume
};
using ProgressByScenario = std::map<std::string, ScenarioProgress>;  // by scenario id

// The scenarios whose progress is read: id and content hash (resuming needs that very version).
struct ScenarioVersion {
    std::string id;
    std::string hash;
};

// Reads `trainee`'s progress in `scenarios` (one read of their sessions, then one per scenario for a
// conversation to resume). Throws StoreError as the reader does.
ProgressByScenario read_progress(const ResultsReader& reader, const std::string& trainee, const std::vector<ScenarioVersion>& scenarios);

class LibraryModel {
public:
    // Loads every *.yaml below each folder (and files named directly); never fails as a whole.
    void load(const std::vector<std::string>& paths);
    const std::vector<ScenarioCard>& cards() const { return cards_; }
    // Indices of the cards the filter keeps, in library order.
    std::vector<std::size_t> visible(const LibraryFilter& filter) const;
    // The card for a path, when it is in the library.
    const ScenarioCard* find(const std::string& path) const;
    // Problems with the folders themselves (missing, unreadable).
    const std::vector<std::string>& folder_problems() const { return folder_problems_; }
    // The playable card of the scenario with this id (the first, as the library lists them), or null.
    const ScenarioCard* find_scenario(const std::string& scenario_id) const;

    // The courses of the library's folders (FOLDER/courses/*.yaml), in folder then file order, each checked
    // against the scenarios loaded (a course with errors is kept, unusable, so the Review can say so).
    const std::vector<LoadedCourse>& courses() const { return courses_; }
    // Where the first folder's courses are (shown when there are none); empty when no folder was given.
    const std::string& course_folder_shown() const { return course_folder_shown_; }
    // The cohorts the usable courses are assigned to, each once, in the courses' order: those of the courses in
    // `language` (the interface's), or of every course when none is in it.
    std::vector<std::string> course_cohorts(std::optional<Language> language = std::nullopt) const;

    // The trainee's progress, read through a reader of its own on another thread (`open` runs there too), so
    // drawing never waits for the results: asked for when the library is shown, taken by the screen once a
    // frame (take_progress: true when a read has just finished), then shown from memory. A read that fails
    // leaves the cards without badges and says why in progress_problem().
    using OpenReader = std::function<std::unique_ptr<ResultsReader>()>;
    void request_progress(OpenReader open, const std::string& trainee);
    bool take_progress();
    bool progress_pending() const { return progress_read_.valid(); }
    // The progress in a scenario, when read and the trainee has any.
    const ScenarioProgress* progress(const std::string& scenario_id) const;
    const ProgressByScenario& all_progress() const { return progress_; }
    const std::string& progress_trainee() const { return progress_trainee_; }
    const std::string& progress_problem() const { return progress_problem_; }

private:
    struct ProgressRead {
        ProgressByScenario progress;
        std::string problem;
    };

    std::vector<ScenarioCard> cards_;
    std::vector<std::string> folder_problems_;
    std::vector<LoadedCourse> courses_;
    std::string course_folder_shown_;
    std::future<ProgressRead> progress_read_;
    std::string progress_reading_for_;
    ProgressByScenario progress_;
    std::string progress_trainee_;
    std::string progress_problem_;
};

// Loads one file into a card (used for --scenario FILE outside the library too).
ScenarioCard load_card(const std::string& path);

// Lowercases ASCII and the accented Latin letters Italian uses, so "città" matches "CITTÀ".
std::string fold_case(std::string_view text);

}  // namespace frontdesk::gui
