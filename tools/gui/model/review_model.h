// The Review area's state and data, headless: the filter, the tab and what is selected, the report read
// from the results store (only when asked), and the rows the screen draws from it: the cohort table in any
// column's order, a trainee's trend, a scenario's endings and choice shares, an attempt's transcript, and a
// course's progress for every trainee of its cohorts.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "frontdesk/course_progress.h"
#include "frontdesk/interface_text.h"
#include "frontdesk/results_report.h"
#include "frontdesk/results_store.h"
#include "library_model.h"

namespace frontdesk::gui {

enum class ReviewTab { cohort, trainee, scenarios, transcript, courses };

// The cohort table's columns, in the order shown; `skill` is one column per skill of the report.
enum class CohortColumnKind { trainee, name, cohort, attempts, finished, passed, last_practice, skill, overall_mean, latest_overall };

struct CohortColumn {
    CohortColumnKind kind = CohortColumnKind::trainee;
    std::size_t skill = 0;  // index in ReportData::skills, for kind == skill
};

// A trainee's finished sessions in time order, with one line per skill and one for the overall result.
struct TrendPoint {
    std::int64_t session = 0;
    std::string started_at;  // ISO 8601 UTC
    std::string scenario_title;
    std::string ending;      // success | partial | failure
    bool passed = false;
};

struct TrendLine {
    std::string skill;                         // empty: the overall result
    std::vector<std::optional<double>> values; // percent per point; empty where the scenario does not score it
};

struct Trend {
    std::vector<TrendPoint> points;
    std::vector<TrendLine> lines;  // the report's skills that have a value somewhere, then the overall
};

// One slice of the ending spread; kind none counts the attempts not finished.
struct EndingSlice {
    EndingKind kind = EndingKind::none;
    int count = 0;
    double share = 0;  // of the attempts, 0..1
};

struct NodeView {
    std::size_t node = 0;            // index in the scenario report's nodes
    std::string narration;           // the node's stage direction, from the file (placeholders filled in)
    std::string character_line;      // empty when the played version of the file is not in the library
    int costly_decisions = 0;        // decisions at the node whose answer cost points
    double costly_share = 0;         // of the decisions at the node, 0..1
};

// A costly choice of the selected scenario, most taken first ("where do people go wrong?").
struct ScenarioPitfall {
    std::size_t node = 0;
    std::size_t choice = 0;
};

struct ScenarioView {
    std::size_t scenario = 0;        // index in ReportData::scenarios
    std::vector<EndingSlice> endings;  // success, partial, failure, then unfinished; slices with a count only
    std::vector<NodeView> nodes;
    std::vector<ScenarioPitfall> pitfalls;
    bool lines_from_file = false;    // every attempt played the library's version of the file
    std::string character_name;      // from the file, when lines_from_file
};

struct TranscriptStep {
    int sequence = 0;
    std::string node;
    std::string narration;           // the node's stage direction, from the file (placeholders filled in)
    std::string character_line;      // empty when the played version of the file is not in the library
    int choice = -1;
    std::string said;
    bool timed_out = false;
    std::vector<std::pair<std::string, int>> score;
    int points = 0;
    int mood_after = 0;
    double response_seconds = 0;
    std::string feedback;            // the scenario's feedback on that answer, when the file is known
};

struct Transcript {
    SessionRecord session;
    bool lines_from_file = false;
    std::string character_name;      // from the file, when lines_from_file
    std::vector<TranscriptStep> steps;
    std::string closing_narration;   // the ending's stage direction, when the file is known
    std::string closing_line;        // what the character said at the ending, when the file is known
};

class ReviewModel {
public:
    // State changes are cheap and read nothing; refresh() then does the reads they need.
    void set_cohort(std::string cohort);
    void set_scenario_filter(std::string scenario_id);
    void set_trainee_filter(std::string trainee);
    // YYYY-MM-DD (optionally with a time); empty clears it. False (and the filter unchanged) when not a date.
    bool set_since(std::string since);
    void request_reload() { reload_ = true; }

    void set_tab(ReviewTab tab) { tab_ = tab; }
    void select_trainee(const std::string& id);
    void select_scenario(std::size_t index);
    // Shows this session's transcript (and selects its trainee).
    void select_session(std::int64_t session);

    // Reads what the changes since the last call need: the report after a filter change or reload, a
    // trainee's attempts after selecting them, a transcript after selecting a session. Read failures are
    // kept in error(), never thrown.
    void refresh(const ResultsReader& store, const LibraryModel& library);

    // The same reads on another thread (ReviewLoader), so a slow store never holds up a frame: whether there
    // is something to read; a copy that carries it (this model then stops asking, and is refreshing() until
    // finish_refresh); the copy's refresh() runs elsewhere; and what it read, taken back here. Choices made
    // meanwhile (another filter, trainee, scenario or attempt) win over the copy's and are read next.
    bool needs_refresh() const { return reload_ || reload_attempts_ || reload_scenario_ || reload_transcript_ || reload_course_; }
    ReviewModel start_refresh();
    void finish_refresh(ReviewModel read);
    // Ends a refresh whose reads could not even begin (the results could not be opened), with the reason.
    void fail_refresh(std::string error);
    bool refreshing() const { return refreshing_; }
    // The last error came from opening the results, not from reading them.
    bool open_failed() const { return open_failed_; }
    // The report shown is the one for the filter set: nothing is being read or waiting to be.
    bool report_current() const { return loaded_ && !refreshing_ && !reload_; }

    const ResultsFilter& filter() const { return filter_; }
    ReviewTab tab() const { return tab_; }
    bool loaded() const { return loaded_; }
    int loads() const { return loads_; }  // how many times the report was read (the screen traces each)
    const std::string& error() const { return error_; }
    const ReportData& report() const { return report_; }
    // Nothing at all was recorded (as opposed to nothing matching the filter).
    bool store_empty() const { return store_empty_; }

    // What the filter's combos offer: every cohort, the chosen cohort's trainees, the scenarios played.
    const std::vector<std::string>& cohort_options() const { return cohort_options_; }
    const std::vector<std::pair<std::string, std::string>>& scenario_options() const { return scenario_options_; }  // id, title
    const std::vector<std::string>& trainee_options() const { return trainee_options_; }

    // The cohort table: columns, and rows as indices into report().trainees in the chosen order. Trainees
    // without a value in the sorted column come last in both directions; ties go by trainee id.
    std::vector<CohortColumn> cohort_columns() const;
    void sort_cohort(std::size_t column, bool descending);
    std::size_t sort_column() const { return sort_column_; }
    bool sort_descending() const { return sort_descending_; }
    const std::vector<std::size_t>& cohort_rows() const { return cohort_rows_; }

    // The selected trainee (an index into report().trainees), their trend and all their attempts (newest first,
    // unfinished ones too).
    std::optional<std::size_t> selected_trainee() const;
    const std::string& selected_trainee_id() const { return trainee_; }
    Trend trend() const;
    const std::vector<SessionRecord>& attempts() const { return attempts_; }

    std::optional<std::size_t> selected_scenario() const;
    const std::optional<ScenarioView>& scenario_view() const { return scenario_view_; }

    std::int64_t selected_session() const { return session_; }
    const std::optional<Transcript>& transcript() const { return transcript_; }

    // The Courses tab: the course chosen (until one is, the library's first usable course), and each trainee of
    // its cohorts (only of the cohort filter when one is set; only the trainee filtered on when one is), who is
    // behind first (overdue, or a required step out of attempts), then by trainee id.
    void select_course(std::string id);
    const std::string& selected_course_id() const { return course_; }
    const std::vector<CourseProgress>& course_rows() const { return course_rows_; }
    std::size_t course_behind() const;
    // The day courses are judged on (YYYY-MM-DD): today on this computer unless set (tests set it).
    void set_today(std::string today) { today_ = std::move(today); }

private:
    void load_report(const ResultsReader& store);
    void sort_rows();
    void build_scenario_view(const ResultsReader& store, const LibraryModel& library);
    void load_transcript(const ResultsReader& store, const LibraryModel& library);
    void load_course_rows(const ResultsReader& store, const LibraryModel& library);

    ResultsFilter filter_;
    ReviewTab tab_ = ReviewTab::cohort;
    std::string trainee_;            // selected trainee id
    std::string scenario_;           // selected scenario id
    std::int64_t session_ = 0;       // selected session
    std::string course_;             // selected course id
    std::string today_;
    bool reload_ = true, reload_attempts_ = false, reload_scenario_ = false, reload_transcript_ = false, reload_course_ = false;
    bool refreshing_ = false;
    bool open_failed_ = false;

    bool loaded_ = false;
    int loads_ = 0;
    bool store_empty_ = true;
    std::string error_;
    ReportData report_;
    std::vector<std::string> cohort_options_;
    std::vector<std::pair<std::string, std::string>> scenario_options_;
    std::vector<std::string> trainee_options_;
    std::size_t sort_column_ = 0;
    bool sort_descending_ = false;
    std::vector<std::size_t> cohort_rows_;
    std::vector<SessionRecord> attempts_;
    std::optional<ScenarioView> scenario_view_;
    std::optional<Transcript> transcript_;
    std::vector<CourseProgress> course_rows_;
};

// The card of the scenario file with this id and content hash, when the library has that very version.
const ScenarioCard* find_played_version(const LibraryModel& library, const std::string& scenario_id, const std::string& hash);

// "72%" (rounded), or "-" when there is no value.
std::string percent_text(std::optional<double> percent);
// An ISO 8601 UTC time as local "YYYY-MM-DD HH:MM" (the text itself when it cannot be read; "-" when empty).
std::string local_time_text(const std::string& iso);

}  // namespace frontdesk::gui
