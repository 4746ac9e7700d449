// A course's progress in each format. The table and the HTML page put who is behind first, since that is what a
// coordinator acts on; the CSV and the JSON keep trainee order, since a program sorts for itself. The words come
// from the interface text, as the results report's do.
#include "frontdesk/course_report.h"

#include <algorithm>
#include <ostream>

#include "report_html_style.h"
#include "report_wording.h"
#include "text_table.h"

namespace frontdesk {

namespace {

using report::TextTable;
using report::Wording;

Ui state_words(StepState state) {
    switch (state) {
        case StepState::passed: return Ui::course_state_passed;
        case StepState::next: return Ui::course_state_next;
        case StepState::open: return Ui::course_state_open;
        case StepState::locked: return Ui::course_state_locked;
        case StepState::out_of_attempts: return Ui::course_state_out_of_attempts;
    }
    return Ui::course_state_open;
}

// The marks of the HTML page's step cells, each explained by the legend and by its cell's title.
const char* state_mark(StepState state) {
    switch (state) {
        case StepState::passed: return "✓";
        case StepState::next: return "●";
        case StepState::open: return "○";
        case StepState::locked: return "–";
        case StepState::out_of_attempts: return "✗";
    }
    return "○";
}

std::string cohorts_text(const Course& course) {
    std::string text;
    for (const std::string& cohort : course.cohorts) text += (text.empty() ? "" : ", ") + cohort;
    return text;
}

std::size_t behind_count(const CourseReport& report) {
    return static_cast<std::size_t>(std::count_if(report.trainees.begin(), report.trainees.end(), [](const CourseProgress& p) { return p.behind(); }));
}

std::size_t complete_count(const CourseReport& report) {
    return static_cast<std::size_t>(std::count_if(report.trainees.begin(), report.trainees.end(), [](const CourseProgress& p) { return p.complete; }));
}

std::string title_of(const CourseReport& report, const std::string& scenario) {
    auto found = report.titles.find(scenario);
    return found == report.titles.end() || found->second.empty() ? scenario : found->second;
}

std::string next_of(const CourseReport& report, const CourseProgress& progress) {
    if (!progress.next_step) return "-";
    return report.course->steps[*progress.next_step].scenario;
}

void write_table(const CourseReport& report, const Wording& words, std::ostream& out) {
    const Course& course = *report.course;
    out << words.text(Ui::course_report_title, {course.title}) << '\n';
    out << words.text(Ui::course_report_assigned, {report.cohort.empty() ? cohorts_text(course) : report.cohort}) << " · "
        << (course.due.empty() ? words.text(Ui::course_report_no_due) : words.text(Ui::course_report_due, {words.date(course.due)})) << " · "
        << words.text(Ui::course_report_as_of, {words.date(report.today)}) << '\n';
    out << words.text(Ui::course_report_summary, {std::to_string(report.trainees.size()), std::to_string(complete_count(report)),
                                                  std::to_string(behind_count(report))})
        << "\n\n";
    if (report.trainees.empty()) {
        out << words.text(Ui::course_report_none, {report.cohort.empty() ? cohorts_text(course) : report.cohort}) << '\n';
        return;
    }
    TextTable table({words.text(Ui::report_column_trainee), words.text(Ui::report_column_cohort), ">" + words.text(Ui::course_column_done),
                     ">" + words.text(Ui::course_column_passed), words.text(Ui::course_column_complete), words.text(Ui::course_column_overdue),
                     words.text(Ui::course_column_last_activity), words.text(Ui::course_column_next), ""});
    for (const CourseProgress* progress : trainees_behind_first(report)) {
        std::string total = std::to_string(progress->steps_total);
        table.add({progress->trainee.id, progress->trainee.cohort,
                   words.text(Ui::course_steps_of, {std::to_string(progress->steps_done), total}),
                   words.text(Ui::course_steps_of, {std::to_string(progress->steps_passed), total}), words.yes_no(progress->complete),
                   words.yes_no(progress->overdue), progress->last_activity.empty() ? words.text(Ui::report_never) : words.time(progress->last_activity),
                   next_of(report, *progress), progress->behind() ? words.text(Ui::course_behind) : ""});
    }
    table.print(out, "");
}

void write_csv(const CourseReport& report, const Wording& words, std::ostream& out) {
    const char separator = words.language() == Language::it ? ';' : ',';
    auto field = [&](std::string_view text) { return csv_field(text, separator); };
    auto row = [&](const std::vector<std::string>& fields) {
        for (std::size_t i = 0; i < fields.size(); ++i) out << (i ? std::string(1, separator) : "") << fields[i];
        out << "\r\n";
    };
    out << "\xEF\xBB\xBF";  // UTF-8, for spreadsheet programs
    std::vector<std::string> header;
    for (Ui key : {Ui::report_csv_trainee, Ui::report_csv_name, Ui::report_csv_cohort, Ui::course_csv_done, Ui::course_csv_passed,
                   Ui::course_csv_total, Ui::course_csv_complete, Ui::course_csv_overdue, Ui::course_csv_behind, Ui::course_csv_last_activity,
                   Ui::course_csv_next})
        header.push_back(field(words.text(key)));
    // One column per step, named by its scenario id, holding the step's state.
    for (const CourseStep& step : report.course->steps) header.push_back(field(step.scenario));
    row(header);
    for (const CourseProgress& progress : report.trainees) {
        std::vector<std::string> fields = {field(progress.trainee.id), field(progress.trainee.display_name), field(progress.trainee.cohort),
                                           std::to_string(progress.steps_done), std::to_string(progress.steps_passed),
                                           std::to_string(progress.steps_total), field(words.yes_no(progress.complete)),
                                           field(words.yes_no(progress.overdue)), field(words.yes_no(progress.behind())),
                                           field(progress.last_activity.empty() ? "" : words.time(progress.last_activity, true)),
                                           field(progress.next_step ? report.course->steps[*progress.next_step].scenario : "")};
        for (const StepProgress& step : progress.steps) fields.push_back(field(words.text(state_words(step.state))));
        row(fields);
    }
}

void write_html(const CourseReport& report, const Wording& words, std::ostream& out) {
    const Course& course = *report.course;
    auto text = [&](Ui key, std::initializer_list<std::string_view> arguments = {}) { return words.text(key, arguments); };
    std::string assigned = report.cohort.empty() ? cohorts_text(course) : report.cohort;
    out << "<!DOCTYPE html>\n<html lang=\"" << language_name(words.language()) << "\">\n<head>\n<meta charset=\"utf-8\">\n"
        << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        << "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n"
        << "<title>" << html_escape(text(Ui::course_report_title, {course.title})) << "</title>\n<style>" << report::html_style
        << report::html_style_for(words.language())
        << "td.step { text-align: center; font-size: 15px; } td.step.passed { color: var(--success); } td.step.next { color: var(--accent); }"
           " td.step.out_of_attempts { color: var(--bad); font-weight: bold; } td.step.locked { color: #9aa6b2; }"
           " tr.behind td { background: var(--bad-soft); } th.step { writing-mode: vertical-rl; transform: rotate(180deg); white-space: nowrap;"
           " font-weight: normal; max-height: 14em; }"
        << "</style>\n</head>\n<body>\n<div class=\"page\">\n<header class=\"cover\">\n<p class=\"kicker\">" << text(Ui::course_report_kicker)
        << "</p>\n<h1>" << html_escape(course.title) << "</h1>\n<p class=\"scope\">"
        << html_escape(text(Ui::course_report_assigned, {assigned})) << " · "
        << html_escape(course.due.empty() ? text(Ui::course_report_no_due) : text(Ui::course_report_due, {words.date(course.due)})) << " · "
        << html_escape(text(Ui::course_report_as_of, {words.date(report.today)})) << "</p>\n";
    if (!course.summary.empty()) out << "<p>" << html_escape(course.summary) << "</p>\n";
    out << "<dl class=\"stats\">\n";
    auto stat = [&](Ui label, std::size_t value) { out << "<div><dt>" << text(label) << "</dt><dd>" << value << "</dd></div>\n"; };
    stat(Ui::report_trainees, report.trainees.size());
    stat(Ui::course_column_complete, complete_count(report));
    stat(Ui::course_behind, behind_count(report));
    stat(Ui::course_column_steps, course.steps.size());
    out << "</dl>\n</header>\n<section>\n<p>"
        << html_escape(text(Ui::course_report_summary, {std::to_string(report.trainees.size()), std::to_string(complete_count(report)),
                                                         std::to_string(behind_count(report))}))
        << "</p>\n";
    if (report.trainees.empty()) {
        out << "<p class=\"none\">" << html_escape(text(Ui::course_report_none, {assigned})) << "</p>\n";
    } else {
        out << "<table>\n<thead><tr><th>" << text(Ui::report_column_trainee) << "</th><th>" << text(Ui::report_column_cohort)
            << "</th><th class=\"num\">" << text(Ui::course_column_done) << "</th><th class=\"num\">" << text(Ui::course_column_passed)
            << "</th><th>" << text(Ui::course_column_complete) << "</th><th>" << text(Ui::course_column_overdue) << "</th><th>"
            << text(Ui::course_column_last_activity) << "</th>";
        for (const CourseStep& step : course.steps) out << "<th class=\"step\" title=\"" << html_escape(step.scenario) << "\">" << html_escape(title_of(report, step.scenario)) << "</th>";
        out << "</tr></thead>\n<tbody>\n";
        for (const CourseProgress* progress : trainees_behind_first(report)) {
            std::string total = std::to_string(progress->steps_total);
            out << "<tr" << (progress->behind() ? " class=\"behind\"" : "") << "><td><span class=\"name\">" << html_escape(progress->trainee.display_name.empty() ? progress->trainee.id : progress->trainee.display_name)
                << "</span>";
            if (!progress->trainee.display_name.empty() && progress->trainee.display_name != progress->trainee.id)
                out << " <span class=\"sub\">" << html_escape(progress->trainee.id) << "</span>";
            if (progress->behind()) out << " <span class=\"tag top\">" << text(Ui::course_behind) << "</span>";
            out << "</td><td>" << html_escape(progress->trainee.cohort) << "</td><td class=\"num\">"
                << html_escape(text(Ui::course_steps_of, {std::to_string(progress->steps_done), total})) << "</td><td class=\"num\">"
                << html_escape(text(Ui::course_steps_of, {std::to_string(progress->steps_passed), total})) << "</td><td"
                << (progress->complete ? " class=\"passed\"" : "") << ">" << html_escape(words.yes_no(progress->complete)) << "</td><td>"
                << html_escape(words.yes_no(progress->overdue)) << "</td><td class=\"nowrap\">"
                << html_escape(progress->last_activity.empty() ? text(Ui::report_never) : words.time(progress->last_activity)) << "</td>";
            for (std::size_t s = 0; s < progress->steps.size(); ++s) {
                const StepProgress& step = progress->steps[s];
                out << "<td class=\"step " << step_state_name(step.state) << "\" title=\"" << html_escape(title_of(report, course.steps[s].scenario))
                    << ": " << html_escape(text(state_words(step.state))) << "\">" << state_mark(step.state) << "</td>";
            }
            out << "</tr>\n";
        }
        out << "</tbody>\n</table>\n<p class=\"sub\">✓ " << text(Ui::course_state_passed) << " · ● " << text(Ui::course_state_next) << " · ○ "
            << text(Ui::course_state_open) << " · – " << text(Ui::course_state_locked) << " · ✗ " << text(Ui::course_state_out_of_attempts)
            << "</p>\n<p class=\"sub\">" << text(Ui::course_legend) << "</p>\n";
    }
    out << "</section>\n<footer><p>" << text(Ui::report_footer) << "</p></footer>\n</div>\n</body>\n</html>\n";
}

}  // namespace

std::vector<const CourseProgress*> trainees_behind_first(const CourseReport& report) {
    std::vector<const CourseProgress*> order;
    for (const CourseProgress& progress : report.trainees) order.push_back(&progress);
    std::stable_sort(order.begin(), order.end(), [](const CourseProgress* a, const CourseProgress* b) { return a->behind() && !b->behind(); });
    return order;
}

nlohmann::ordered_json course_report_json(const CourseReport& report) {
    nlohmann::ordered_json list = nlohmann::ordered_json::array();
    const Course& course = *report.course;
    for (const CourseProgress& progress : report.trainees) {
        nlohmann::ordered_json steps = nlohmann::ordered_json::array();
        for (std::size_t s = 0; s < progress.steps.size(); ++s) {
            const StepProgress& step = progress.steps[s];
            nlohmann::ordered_json item;
            item["scenario"] = course.steps[s].scenario;
            item["state"] = step_state_name(step.state);
            item["required"] = course.steps[s].required;
            item["attempts_used"] = step.attempts_used;
            item["attempts_left"] = step.attempts_left ? nlohmann::ordered_json(*step.attempts_left) : nlohmann::ordered_json();
            item["best_overall"] = step.best_overall ? nlohmann::ordered_json(*step.best_overall) : nlohmann::ordered_json();
            item["passed_at"] = step.passed_at.empty() ? nlohmann::ordered_json() : nlohmann::ordered_json(step.passed_at);
            steps.push_back(std::move(item));
        }
        nlohmann::ordered_json row;
        row["course"] = course.id;
        row["trainee"] = progress.trainee.id;
        row["display_name"] = progress.trainee.display_name;
        row["cohort"] = progress.trainee.cohort;
        row["steps_done"] = progress.steps_done;
        row["steps_passed"] = progress.steps_passed;
        row["steps_total"] = progress.steps_total;
        row["complete"] = progress.complete;
        row["completed_at"] = progress.completed_at.empty() ? nlohmann::ordered_json() : nlohmann::ordered_json(progress.completed_at);
        row["overdue"] = progress.overdue;
        row["behind"] = progress.behind();
        row["last_activity"] = progress.last_activity.empty() ? nlohmann::ordered_json() : nlohmann::ordered_json(progress.last_activity);
        row["next_step"] = progress.next_step ? nlohmann::ordered_json(course.steps[*progress.next_step].scenario) : nlohmann::ordered_json();
        row["steps"] = std::move(steps);
        list.push_back(std::move(row));
    }
    return list;
}

void write_course_report(const CourseReport& report, ReportFormat format, Language language, std::ostream& out) {
    const Wording words(language);
    switch (format) {
        case ReportFormat::table: write_table(report, words, out); break;
        case ReportFormat::csv: write_csv(report, words, out); break;
        case ReportFormat::json: out << course_report_json(report).dump(2) << '\n'; break;
        case ReportFormat::html: write_html(report, words, out); break;
    }
}

}  // namespace frontdesk
