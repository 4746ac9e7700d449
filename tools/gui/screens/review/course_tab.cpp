// The Review's Courses tab: a course of the library picked from a combo, then one row per trainee of its cohorts
// (the cohort filter narrows them): steps done, passed, of how many, complete, overdue and the last activity.
// Who is behind (overdue, or a required step out of attempts) comes first, marked, with a line that counts them.
#include <algorithm>
#include <optional>

#include "frontdesk/course_files.h"
#include "frontdesk/number_format.h"
#include "screens/review/review_screen.h"
#include "screens/review/review_words.h"
#include "widgets/text.h"
#include "widgets/theme.h"

namespace frontdesk::gui {

void ReviewScreen::draw_courses(AppState& app) {
    ReviewModel& review = app.review;
    bool contrast = app.settings.high_contrast;
    const Palette& colours = palette(contrast);
    const std::vector<LoadedCourse>& loaded = app.library.courses();
    ComboOptions courses;
    for (const LoadedCourse& course : loaded)
        if (course.usable()) courses.emplace_back(course.course->id, course.course->title);
    // Files that read as courses but have errors are named, so a coordinator knows why a course is missing.
    for (const LoadedCourse& course : loaded)
        if (!course.usable() && course.course) text_coloured(app.text(Ui::review_course_unusable, {course.course->path}), colours.negative);
    if (courses.empty()) {
        text_wrapped(app.text(Ui::review_no_courses, {app.library.course_folder_shown()}));
        return;
    }
    std::string chosen = review.selected_course_id();
    std::string label = app.text(Ui::review_course);
    std::string shown = chosen;
    for (const auto& [id, title] : courses)
        if (id == chosen) shown = title;
    float width = std::min(ImGui::CalcTextSize((label + ": " + shown).c_str()).x + ImGui::GetStyle().FramePadding.x * 2 + ImGui::GetFrameHeight() +
                               ImGui::GetFontSize() * 4,
                           ImGui::GetContentRegionAvail().x);
    // Always one course chosen (the model takes the first until another is): "all" is not a course.
    if (value_combo("##course", label, chosen, courses, shown, width) && !chosen.empty()) {
        review.select_course(chosen);
        app.trace.write("review_course_chosen", chosen);
    }
    std::shared_ptr<const Course> course = find_course(loaded, review.selected_course_id());
    if (!course) return;
    std::string cohorts;
    for (const std::string& cohort : course->cohorts) cohorts += (cohorts.empty() ? "" : ", ") + cohort;
    std::string facts = app.text(Ui::review_course_cohorts, {cohorts});
    if (!course->due.empty()) facts += "  |  " + app.text(Ui::course_due, {format_date(app.language(), course->due)});
    text_coloured(facts, quiet_colour(contrast));

    const std::vector<CourseProgress>& rows = review.course_rows();
    std::size_t behind = review.course_behind();
    std::string line = std::to_string(rows.size()) + " behind=" + std::to_string(behind);
    if (review.report_current() && traced_course_ != course->id + " " + line) {
        traced_course_ = course->id + " " + line;
        app.trace.write("review_course", course->id + " trainees=" + std::to_string(rows.size()) + " behind=" + std::to_string(behind));
    }
    if (rows.empty()) {
        text_wrapped(app.text(Ui::review_course_no_trainees));
        return;
    }
    ImGui::PushFont(app.fonts.large);
    if (behind > 0) text_coloured(app.text(Ui::review_course_behind, {std::to_string(behind)}), colours.negative);
    else text_coloured(app.text(Ui::review_course_none_behind), colours.positive);
    ImGui::PopFont();

    // The columns of `frontdesk course progress`, in its words, so the window and the report agree.
    const Ui headings[] = {Ui::report_column_trainee, Ui::report_column_cohort, Ui::course_column_done, Ui::course_column_passed,
                           Ui::course_column_complete, Ui::course_column_overdue, Ui::course_column_last_activity, Ui::course_column_next};
    constexpr int columns = static_cast<int>(std::size(headings));
    // Not sortable: the order is the point (who is behind first). Each column as wide as its widest line, the
    // lines never wrapped (a narrow window scrolls sideways instead).
    ImGuiTableFlags flags = ImGuiTableFlags_BordersOuter | ImGuiTableFlags_BordersInnerV | ImGuiTableFlags_SizingFixedFit | ImGuiTableFlags_RowBg;
    if (!ImGui::BeginTable("course_rows", columns, flags)) return;
    for (Ui heading : headings) ImGui::TableSetupColumn(app.text(heading).c_str());
    ImGui::TableHeadersRow();
    std::string yes = app.text(Ui::report_yes), no = app.text(Ui::report_no), behind_mark = app.text(Ui::course_behind);
    auto cell = [](const std::string& text, std::optional<ImU32> colour = std::nullopt) {
        if (colour) ImGui::PushStyleColor(ImGuiCol_Text, *colour);
        ImGui::TextUnformatted(text.c_str());
        if (colour) ImGui::PopStyleColor();
    };
    for (const CourseProgress& row : rows) {
        ImGui::PushID(row.trainee.id.c_str());
        ImGui::TableNextRow();
        ImGui::TableSetColumnIndex(0);
        // Behind: the trainee in red with the word (not the colour alone).
        std::string who = trainee_title(row.trainee.id, row.trainee.display_name);
        if (row.behind()) cell(who + "  (" + behind_mark + ")", colours.negative);
        else cell(who);
        ImGui::TableSetColumnIndex(1);
        cell(row.trainee.cohort.empty() ? "-" : row.trainee.cohort);
        std::string total = std::to_string(row.steps_total);
        ImGui::TableSetColumnIndex(2);
        cell(app.text(Ui::course_steps_of, {std::to_string(row.steps_done), total}));
        ImGui::TableSetColumnIndex(3);
        cell(app.text(Ui::course_steps_of, {std::to_string(row.steps_passed), total}));
        ImGui::TableSetColumnIndex(4);
        if (row.complete) cell(yes, colours.positive);
        else cell(no);
        ImGui::TableSetColumnIndex(5);
        if (row.overdue) cell(yes, colours.negative);
        else cell(no);
        ImGui::TableSetColumnIndex(6);
        cell(row.last_activity.empty() ? app.text(Ui::report_never) : local_time_text(row.last_activity));
        ImGui::TableSetColumnIndex(7);
        cell(row.next_step ? course->steps[*row.next_step].scenario : "-");
        ImGui::PopID();
    }
    ImGui::EndTable();
}

}  // namespace frontdesk::gui
