// The Review's Courses tab: a course of the library picked from a combo, then one row per trainee of its cohorts
// (the cohort filter narrows them): steps done, passed, of how many, complete, overdue and the last activity.
// Who is behind (overdue, or a required step out of attempts) comes first, marked, with a line that counts them.
#include <algorithm>

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

    const Ui headings[] = {Ui::review_column_id, Ui::review_cohort, Ui::review_column_steps_done, Ui::review_column_passed,
                           Ui::review_column_steps_total, Ui::review_column_complete, Ui::review_column_overdue, Ui::review_column_last_activity};
    constexpr int columns = static_cast<int>(std::size(headings));
    // Not sortable: the order is the point (who is behind first). Columns as wide as their contents.
    ImGuiTableFlags flags = ImGuiTableFlags_BordersOuter | ImGuiTableFlags_BordersInnerV | ImGuiTableFlags_SizingFixedFit;
    if (!ImGui::BeginTable("course_rows", columns, flags)) return;
    for (Ui heading : headings) ImGui::TableSetupColumn(app.text(heading).c_str());
    ImGui::TableHeadersRow();
    std::string yes = app.text(Ui::review_yes), no = app.text(Ui::review_no);
    for (const CourseProgress& row : rows) {
        ImGui::PushID(row.trainee.id.c_str());
        ImGui::TableNextRow();
        // Behind: the row on the alternate ground and the trainee in red (a pair theme.h holds to 4.5:1).
        if (row.behind()) ImGui::TableSetBgColor(ImGuiTableBgTarget_RowBg0, ImGui::GetColorU32(ImGuiCol_TableRowBgAlt));
        ImGui::TableSetColumnIndex(0);
        std::string who = trainee_title(row.trainee.id, row.trainee.display_name);
        if (row.behind()) text_coloured("! " + who, colours.negative);
        else text_line(who);
        ImGui::TableSetColumnIndex(1);
        text_line(row.trainee.cohort.empty() ? "-" : row.trainee.cohort);
        ImGui::TableSetColumnIndex(2);
        right_aligned(std::to_string(row.steps_done));
        ImGui::TableSetColumnIndex(3);
        right_aligned(std::to_string(row.steps_passed));
        ImGui::TableSetColumnIndex(4);
        right_aligned(std::to_string(row.steps_total));
        ImGui::TableSetColumnIndex(5);
        if (row.complete) text_coloured(yes, colours.positive);
        else text_line(no);
        ImGui::TableSetColumnIndex(6);
        if (row.overdue) text_coloured(yes, colours.negative);
        else text_line(no);
        ImGui::TableSetColumnIndex(7);
        text_line(local_time_text(row.last_activity));
        ImGui::PopID();
    }
    ImGui::EndTable();
}

}  // namespace frontdesk::gui
