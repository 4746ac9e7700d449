// The report as CSV for a spreadsheet: one row per finished session (UTF-8 with a byte order mark, CRLF,
// RFC 4180 quoting). In Italian the fields are separated by semicolons and decimals have a comma: that is
// the only form an Italian spreadsheet (Excel, LibreOffice with Italian settings) opens as numbers, since it
// reads the comma as the decimal separator.
#include <ostream>

#include "frontdesk/report_formats.h"
#include "report_wording.h"

namespace frontdesk {

namespace {

char csv_separator(Language language) { return language == Language::it ? ';' : ','; }

void csv_row(std::ostream& out, char separator, const std::vector<std::string>& fields) {
    for (std::size_t i = 0; i < fields.size(); ++i) {
        if (i) out << separator;
        out << fields[i];
    }
    out << "\r\n";
}

}  // namespace

std::string csv_field(std::string_view text, char separator) {
    std::string value(text);
    // A spreadsheet would run "=...", "+...", "-...", "@..." as a formula: a name is data, never code.
    if (!value.empty() && std::string_view("=+-@\t\r").find(value[0]) != std::string_view::npos) value = "'" + value;
    const char special[] = {separator, '"', '\r', '\n', '\0'};
    if (value.find_first_of(special) == std::string::npos) return value;
    std::string quoted = "\"";
    for (char c : value) {
        if (c == '"') quoted += '"';
        quoted += c;
    }
    return quoted + "\"";
}

void write_report_csv(const ReportData& report, Language language, std::ostream& out) {
    const report::Wording words(language);
    const char separator = csv_separator(language);
    auto field = [&](std::string_view text) { return csv_field(text, separator); };
    auto heading = [&](Ui key) { return field(words.text(key)); };

    out << "\xEF\xBB\xBF";  // the byte order mark tells spreadsheet programs the file is UTF-8
    std::vector<std::string> header = {heading(Ui::report_csv_trainee), heading(Ui::report_csv_name),     heading(Ui::report_csv_cohort),
                                       heading(Ui::report_csv_session), heading(Ui::report_csv_scenario), heading(Ui::report_csv_title),
                                       heading(Ui::report_csv_language), heading(Ui::report_csv_started), heading(Ui::report_csv_ended),
                                       heading(Ui::report_csv_ending)};
    for (const std::string& skill : report.skills) {
        // {0} is the skill's name as stored (English column names), {1} its label (Italian column names).
        std::string label = words.skill_heading(skill);
        header.push_back(field(words.text(Ui::report_csv_skill_points, {skill, label})));
        header.push_back(field(words.text(Ui::report_csv_skill_percent, {skill, label})));
    }
    header.push_back(heading(Ui::report_csv_overall));
    header.push_back(heading(Ui::report_csv_passed));
    csv_row(out, separator, header);

    auto number = [&](const std::optional<double>& value) { return value ? words.decimal(*value, 1) : std::string(); };
    for (const TraineeReport& trainee : report.trainees) {
        for (const ReportSession& session : trainee.trend) {
            std::vector<std::string> row = {field(trainee.id), field(trainee.display_name), field(trainee.cohort),
                                            std::to_string(session.id), field(session.scenario_id), field(session.scenario_title),
                                            field(session.scenario_language), field(words.time(session.started_at, true)),
                                            field(words.time(session.ended_at, true)), field(words.ending(session.ending))};
            for (const ReportSkill& skill : session.skills) {
                row.push_back(skill.raw ? std::to_string(*skill.raw) : "");
                row.push_back(number(skill.percent));
            }
            row.push_back(number(session.overall));
            row.push_back(field(words.yes_no(session.passed)));
            csv_row(out, separator, row);
        }
    }
}

}  // namespace frontdesk
