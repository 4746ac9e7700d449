// The coordinators' Review area: a filters row, then the tabs Cohort, Trainee, Scenarios, Transcript and Courses over
// the results database, and a form that saves the report. One file per part (tracy's TracyView_*.cpp style):
// review_screen.cpp the frame, the reading state and the tabs; filters_row.cpp; one *_tab.cpp per tab;
// save_report_form.cpp. The data and its order come from ReviewModel, read by ReviewLoader on its own thread;
// these files only draw.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "frontdesk/report_formats.h"
#include "screens/screen.h"

namespace frontdesk::gui {

class ReviewScreen : public Screen {
public:
    // A read that has finished waits to be taken: draw a frame for it.
    bool animating(const AppState& app) const override;
    // While a read is under way, once a second (the screen says for how long it has been reading).
    double tick_seconds(const AppState& app) const override;
    // On a low window at a large text size the title, filters and summary leave the tab too little room: the
    // tab keeps a usable height and the page scrolls.
    bool scrolls_as_page() const override { return true; }

protected:
    void draw_content(AppState& app) override;

private:
    void draw_reading_state(AppState& app);
    void draw_filters(AppState& app);
    void draw_cohort(AppState& app);
    void draw_trainee(AppState& app);
    void draw_scenarios(AppState& app);
    void draw_transcript(AppState& app);
    void draw_courses(AppState& app);
    void go_to(AppState& app, ReviewTab tab);
    void trace_reads(AppState& app);

    // The "Save report" form: opened by its button or Ctrl+S, a modal popup over the Review.
    void open_location_form(AppState& app);
    void draw_location_button(AppState& app, const std::string& label);
    static std::string location_button_label(AppState& app, float width);
    std::string traced_location_button_;        // its centre, as last traced
    void draw_location_form(AppState& app);
    void open_save_form(AppState& app);
    void draw_save_form(AppState& app);
    void save_report(AppState& app);

    char since_[32] = {};
    std::string since_problem_;                 // the text typed when it was not a date
    std::optional<ReviewTab> pending_tab_;      // chosen by a key or a row: the tab bar selects it on a later frame
    std::optional<ReviewTab> traced_tab_;
    std::string traced_columns_;  // the Trainee tab's attempts table as last traced
    std::string traced_cohort_columns_;  // the Cohort table's columns as last traced
    std::string traced_filters_;         // the filters row's layout as last traced
    std::string traced_course_;          // the Courses tab's "review_course" line as last traced
    int traced_loads_ = 0;
    std::string traced_error_;
    std::int64_t traced_session_ = 0;

    bool save_form_requested_ = false;          // open the popup on this frame
    bool save_focus_path_ = false;              // give the file field the keyboard on this frame
    char save_path_[1024] = {};
    ReportFormat save_format_ = ReportFormat::html;
    char location_[4096] = {};                  // the "Results from" field
    std::string location_problem_;              // why the location typed cannot be used
    bool location_form_requested_ = false;
    bool location_refocus_ = false;             // give the field the keyboard on this frame
    std::string save_problem_;                  // shown in the form: why the last try failed
};

}  // namespace frontdesk::gui
