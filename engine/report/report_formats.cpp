#include "frontdesk/report_formats.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <ostream>

#include "frontdesk/interface_text.h"

namespace frontdesk {

namespace {

// ---- shared wording and numbers -------------------------------------------------------------------------

std::string percent_text(const std::optional<double>& value, const char* none = "-") {
    if (!value) return none;
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%.0f%%", *value);
    return buffer;
}

std::string decimal(double value, int digits) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.*f", digits, value);
    std::string text = buffer;
    return text == "-0.0" || text == "-0" ? text.substr(1) : text;
}

// "2026-03-02T09:00:00.000Z" -> "2026-03-02 09:00" (minutes) or "2026-03-02 09:00:00" (seconds).
std::string time_text(const std::string& iso, bool seconds = false) {
    if (iso.size() < 16) return iso;
    std::string text = iso.substr(0, seconds ? std::min<std::size_t>(19, iso.size()) : 16);
    text[10] = ' ';
    return text;
}

std::string skill_name(const std::string& skill) { return skill_label(Language::en, skill); }

std::string capitalised(std::string text) {
    if (!text.empty() && text[0] >= 'a' && text[0] <= 'z') text[0] = static_cast<char>(text[0] - 'a' + 'A');
    return text;
}

std::string signed_points(int points) { return (points > 0 ? "+" : "") + std::to_string(points); }

std::string score_text(const ChoiceShare& choice) {
    if (choice.score.empty()) return "no points";
    std::string text;
    for (const auto& [skill, points] : choice.score) {
        if (!text.empty()) text += ", ";
        text += skill_name(skill) + " " + signed_points(points);
    }
    return text;
}

std::string answer_label(const ChoiceShare& choice) {
    return choice.timed_out() ? std::string("no answer") : std::to_string(choice.choice + 1);
}

std::string said_text(const ChoiceShare& choice) { return choice.timed_out() ? "(no answer in time)" : choice.said; }

std::string plural(int count, const char* one, const char* many) {
    return std::to_string(count) + " " + (count == 1 ? one : many);
}

std::string filter_text(const ResultsFilter& filter) {
    std::string text;
    auto add = [&](const char* label, const std::string& value) {
        if (value.empty()) return;
        text += (text.empty() ? "" : "; ") + std::string(label) + " " + value;
    };
    add("cohort", filter.cohort);
    add("scenario", filter.scenario_id);
    add("trainee", filter.trainee);
    add("since", filter.since);
    return text;
}

std::string period_text(const ReportData& report) {
    if (report.first_started.empty()) return "no sessions";
    return "sessions started " + time_text(report.first_started) + " to " + time_text(report.last_started) + " (UTC)";
}

// Index in report.pitfalls (1-based) of a choice, or 0.
int pitfall_rank(const ReportData& report, std::size_t scenario, std::size_t node, std::size_t choice) {
    for (std::size_t i = 0; i < report.pitfalls.size(); ++i) {
        const Pitfall& p = report.pitfalls[i];
        if (p.scenario == scenario && p.node == node && p.choice == choice) return static_cast<int>(i) + 1;
    }
    return 0;
}

// ---- table ---------------------------------------------------------------------------------------------

// Columns measured in characters (UTF-8 code points), not bytes, so names with accents stay aligned.
std::size_t display_width(const std::string& text) {
    std::size_t width = 0;
    for (unsigned char c : text)
        if ((c & 0xC0) != 0x80) ++width;
    return width;
}

class TextTable {
public:
    // A heading starting with '>' is right-aligned (numbers).
    explicit TextTable(std::vector<std::string> headings) {
        for (std::string& heading : headings) {
            bool right = !heading.empty() && heading[0] == '>';
            columns_.push_back({right ? heading.substr(1) : heading, right});
        }
    }
    void add(std::vector<std::string> row) { rows_.push_back(std::move(row)); }

    void print(std::ostream& out, const std::string& indent) const {
        std::vector<std::size_t> widths;
        for (const Column& column : columns_) widths.push_back(display_width(column.heading));
        for (const auto& row : rows_)
            for (std::size_t c = 0; c < row.size() && c < widths.size(); ++c) widths[c] = std::max(widths[c], display_width(row[c]));
        std::vector<std::string> headings, rules;
        for (std::size_t c = 0; c < columns_.size(); ++c) {
            headings.push_back(columns_[c].heading);
            rules.push_back(std::string(widths[c], '-'));
        }
        print_row(out, indent, headings, widths);
        print_row(out, indent, rules, widths);
        for (const auto& row : rows_) print_row(out, indent, row, widths);
    }

private:
    struct Column {
        std::string heading;
        bool right = false;
    };

    void print_row(std::ostream& out, const std::string& indent, const std::vector<std::string>& row,
                   const std::vector<std::size_t>& widths) const {
        std::string line = indent;
        for (std::size_t c = 0; c < row.size(); ++c) {
            std::size_t pad = widths[c] > display_width(row[c]) ? widths[c] - display_width(row[c]) : 0;
            if (c > 0) line += "  ";
            if (columns_[c].right) line += std::string(pad, ' ') + row[c];
            else line += row[c] + (c + 1 < row.size() ? std::string(pad, ' ') : "");
        }
        while (!line.empty() && line.back() == ' ') line.pop_back();
        out << line << '\n';
    }

    std::vector<Column> columns_;
    std::vector<std::vector<std::string>> rows_;
};

std::vector<std::string> skill_headings(const ReportData& report) {
    std::vector<std::string> headings;
    for (const std::string& skill : report.skills) headings.push_back(">" + capitalised(skill_name(skill)));
    return headings;
}

void append(std::vector<std::string>& to, const std::vector<std::string>& more) { to.insert(to.end(), more.begin(), more.end()); }

void table_overview(const ReportData& report, std::ostream& out) {
    out << "Cohort overview (mean percentage over finished sessions)\n";
    if (report.trainees.empty()) {
        out << "  No trainee matches.\n";
        return;
    }
    std::vector<std::string> headings = {"Trainee", "Name", "Cohort", ">Attempts", ">Finished", ">Passed", "Last practice"};
    append(headings, skill_headings(report));
    append(headings, {">Overall", ">Latest"});
    TextTable table(headings);
    for (const TraineeReport& t : report.trainees) {
        std::vector<std::string> row = {t.id, t.display_name, t.cohort.empty() ? "-" : t.cohort, std::to_string(t.attempts),
                                        std::to_string(t.finished), std::to_string(t.passed),
                                        t.last_practice.empty() ? "never" : time_text(t.last_practice)};
        for (const auto& mean : t.skill_means) row.push_back(percent_text(mean));
        row.push_back(percent_text(t.overall_mean));
        row.push_back(percent_text(t.latest_overall));
        table.add(row);
    }
    table.print(out, "  ");
}

void table_scenarios(const ReportData& report, std::ostream& out) {
    out << "\nScenarios (means over finished sessions; endings of finished sessions)\n";
    if (report.scenarios.empty()) {
        out << "  No session matches.\n";
        return;
    }
    std::vector<std::string> headings = {"Scenario", ">Attempts", ">Finished", ">Passed"};
    append(headings, skill_headings(report));
    append(headings, {">Overall", ">Success", ">Partial", ">Failure", "Title"});
    TextTable table(headings);
    for (const ScenarioReport& s : report.scenarios) {
        std::vector<std::string> row = {s.id, std::to_string(s.attempts), std::to_string(s.finished), std::to_string(s.passed)};
        for (const auto& mean : s.skill_means) row.push_back(percent_text(mean));
        append(row, {percent_text(s.overall_mean), std::to_string(s.endings.success), std::to_string(s.endings.partial),
                     std::to_string(s.endings.failure), s.title});
        table.add(row);
    }
    table.print(out, "  ");
}

void table_pitfalls(const ReportData& report, std::ostream& out) {
    out << "\nWhere people go wrong (the most common answers that cost points)\n";
    if (report.pitfalls.empty()) {
        out << "  No answer that costs points was taken.\n";
        return;
    }
    int rank = 0;
    for (const Pitfall& pitfall : report.pitfalls) {
        const ScenarioReport& scenario = report.scenarios[pitfall.scenario];
        const NodeReport& node = scenario.nodes[pitfall.node];
        const ChoiceShare& choice = report.choice(pitfall);
        out << "  " << ++rank << ". " << scenario.id << ", node " << node.node << ", answer " << answer_label(choice) << ": taken "
            << choice.count << " of " << node.decisions << " times (" << percent_text(choice.share * 100) << "), "
            << score_text(choice) << "\n     " << said_text(choice) << '\n';
    }
}

void table_choices(const ReportData& report, std::ostream& out) {
    out << "\nChoices at each node (finished sessions; ! marks an answer that costs points)\n";
    for (std::size_t s = 0; s < report.scenarios.size(); ++s) {
        const ScenarioReport& scenario = report.scenarios[s];
        out << "  " << scenario.id << ": " << scenario.title << '\n';
        if (scenario.nodes.empty()) out << "    No decision recorded in finished sessions.\n";
        for (const NodeReport& node : scenario.nodes) {
            out << "    " << node.node << ": reached in " << plural(node.reached, "session", "sessions") << ", "
                << plural(node.decisions, "decision", "decisions") << '\n';
            TextTable table({"Answer", ">Taken", ">Share", "Score", "Said"});
            for (const ChoiceShare& choice : node.choices)
                table.add({answer_label(choice) + (choice.costly ? " !" : ""), std::to_string(choice.count),
                           percent_text(choice.share * 100), score_text(choice), said_text(choice)});
            table.print(out, "      ");
        }
    }
}

void table_trends(const ReportData& report, std::ostream& out) {
    out << "\nTrends (finished sessions in time order)\n";
    bool any = false;
    for (const TraineeReport& trainee : report.trainees) {
        if (trainee.trend.empty()) continue;
        any = true;
        out << "  " << trainee.id << "  " << trainee.display_name << '\n';
        std::vector<std::string> headings = {"Ended", "Scenario", "Ending"};
        append(headings, skill_headings(report));
        append(headings, {">Overall", "Passed"});
        TextTable table(headings);
        for (const ReportSession& session : trainee.trend) {
            std::vector<std::string> row = {time_text(session.ended_at), session.scenario_id, session.ending};
            for (const ReportSkill& skill : session.skills) row.push_back(percent_text(skill.percent));
            append(row, {percent_text(session.overall), session.passed ? "yes" : "no"});
            table.add(row);
        }
        table.print(out, "    ");
    }
    if (!any) out << "  No finished session.\n";
}

// ---- CSV -----------------------------------------------------------------------------------------------

std::string csv_number(const std::optional<double>& value) { return value ? decimal(*value, 1) : ""; }

void csv_row(std::ostream& out, const std::vector<std::string>& fields) {
    for (std::size_t i = 0; i < fields.size(); ++i) out << (i ? "," : "") << fields[i];
    out << "\r\n";
}

// ---- JSON ----------------------------------------------------------------------------------------------

// Two decimals: enough for a percentage, and the same text on every platform for the golden files.
nlohmann::ordered_json rounded(const std::optional<double>& value) {
    if (!value) return nullptr;
    return std::round(*value * 100.0) / 100.0;
}

nlohmann::ordered_json optional_text(const std::string& text) { return text.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(text); }

nlohmann::ordered_json skill_means_json(const ReportData& report, const std::vector<std::optional<double>>& means) {
    nlohmann::ordered_json json = nlohmann::ordered_json::object();
    for (std::size_t i = 0; i < report.skills.size() && i < means.size(); ++i) json[report.skills[i]] = rounded(means[i]);
    return json;
}

nlohmann::ordered_json session_json(const ReportData& report, const ReportSession& session) {
    nlohmann::ordered_json skills = nlohmann::ordered_json::object();
    for (std::size_t i = 0; i < report.skills.size() && i < session.skills.size(); ++i) {
        const ReportSkill& skill = session.skills[i];
        if (!skill.raw) continue;
        skills[report.skills[i]] = {{"raw", *skill.raw}, {"percent", rounded(skill.percent)}};
    }
    return {{"session", session.id},          {"scenario_id", session.scenario_id}, {"scenario_title", session.scenario_title},
            {"scenario_language", session.scenario_language}, {"started_at", session.started_at},
            {"ended_at", session.ended_at},   {"ending", session.ending},           {"skills", skills},
            {"overall", rounded(session.overall)}, {"passed", session.passed}};
}

// ---- HTML ----------------------------------------------------------------------------------------------

// Charts stay readable for a class; a whole organisation is better read in the tables and the CSV.
constexpr std::size_t chart_trainee_limit = 60;

const char* const skill_colours[] = {"#2f6db5", "#d9822b", "#1f8a70", "#8e5cc4", "#c2477e", "#5f6b7a"};
const char* overall_colour = "#1c2b3a";

std::string skill_colour(std::size_t index) { return skill_colours[index % (sizeof skill_colours / sizeof *skill_colours)]; }

// Cuts long text for a chart label at a character boundary.
std::string shortened(const std::string& text, std::size_t limit) {
    if (display_width(text) <= limit) return text;
    std::size_t count = 0, i = 0;
    for (; i < text.size(); ++i) {
        if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80 && count++ == limit - 1) break;
    }
    return text.substr(0, i) + "…";
}

std::string number(double value) { return decimal(value, 1); }

// The language attribute for text from a scenario in another language than the report's.
std::string lang_attribute(const std::string& language) {
    return language.empty() || language == "en" ? std::string() : " lang=\"" + html_escape(language) + "\"";
}

std::string percent_cell(const std::optional<double>& value) {
    if (!value) return "<td class=\"num none\">–</td>";
    double width = std::clamp(*value, 0.0, 100.0);
    return "<td class=\"num\"><span class=\"pct\">" + percent_text(value) + "</span><span class=\"meter\" aria-hidden=\"true\"><span style=\"width:" +
           number(width) + "%\"></span></span></td>";
}

const char* html_style = R"CSS(
:root { --ink: #1c2b3a; --muted: #5b6b7c; --line: #d8dee6; --soft: #f3f5f8; --accent: #1d4e89; --bad: #b3372f; --bad-soft: #fbecea;
        --success: #1f8a57; --partial: #d19a1c; --failure: #c0392b; }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; background: #eef1f5; color: var(--ink); font: 14px/1.45 "DejaVu Sans", "Segoe UI", system-ui, -apple-system, "Helvetica Neue", Arial, sans-serif; }
.page { max-width: 1180px; margin: 0 auto; padding: 28px 28px 40px; }
header.cover { background: #fff; border-top: 6px solid var(--accent); border-radius: 6px; padding: 22px 28px 20px; box-shadow: 0 1px 3px rgba(20,40,70,.08); }
.kicker { margin: 0; color: var(--accent); font-size: 12px; font-weight: bold; letter-spacing: .08em; text-transform: uppercase; }
h1 { margin: 4px 0 6px; font-size: 28px; line-height: 1.2; }
.scope { margin: 0; color: var(--muted); }
.stats { display: flex; flex-wrap: wrap; gap: 10px; margin: 18px 0 0; padding: 0; }
.stats div { flex: 1 1 120px; background: var(--soft); border-radius: 6px; padding: 10px 14px; }
.stats dt { font-size: 12px; color: var(--muted); text-transform: uppercase; letter-spacing: .05em; }
.stats dd { margin: 2px 0 0; font-size: 24px; font-weight: bold; font-variant-numeric: tabular-nums; }
nav.toc { margin: 14px 0 0; font-size: 13px; }
nav.toc ol { display: flex; flex-wrap: wrap; gap: 6px 18px; list-style: none; margin: 0; padding: 0; }
nav.toc a { color: var(--accent); }
section.part { background: #fff; border-radius: 6px; padding: 20px 28px 24px; margin-top: 18px; box-shadow: 0 1px 3px rgba(20,40,70,.08); }
h2 { margin: 0 0 4px; font-size: 20px; color: var(--accent); }
h3 { margin: 22px 0 6px; font-size: 16px; }
h4 { margin: 16px 0 6px; font-size: 14px; }
p.note { margin: 0 0 12px; color: var(--muted); }
code, .id { font-family: "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: 12px; color: #33475b; }
table { width: 100%; border-collapse: collapse; margin: 8px 0 6px; font-size: 13px; }
caption { caption-side: top; text-align: left; font-weight: bold; padding: 4px 0 6px; color: var(--ink); }
caption .sub { font-weight: normal; color: var(--muted); }
th, td { padding: 6px 8px; border-bottom: 1px solid var(--line); text-align: left; vertical-align: top; }
thead th { background: var(--soft); border-bottom: 2px solid #c5ced9; font-size: 12px; color: #33475b; }
tbody th { font-weight: normal; }
tbody tr:nth-child(even) { background: #fafbfd; }
.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.none { color: #9aa6b2; }
.meter { display: inline-block; width: 36px; height: 6px; margin-left: 6px; background: #e3e8ee; border-radius: 3px; vertical-align: middle; overflow: hidden; }
.meter > span { display: block; height: 100%; background: var(--accent); }
.name { font-weight: bold; }
.sub { color: var(--muted); font-size: 12px; }
figure { margin: 14px 0 6px; }
figcaption { color: var(--muted); font-size: 12px; margin-top: 4px; }
svg { display: block; width: 100%; height: auto; }
svg text { font-family: "DejaVu Sans", "Segoe UI", system-ui, Arial, sans-serif; fill: var(--ink); }
.legend { display: flex; flex-wrap: wrap; gap: 4px 16px; margin: 6px 0; padding: 0; list-style: none; font-size: 12px; color: #33475b; }
.legend li::before { content: ""; display: inline-block; width: 12px; height: 12px; margin-right: 6px; border-radius: 2px; vertical-align: -2px; background: var(--swatch); }
.legend li.line::before { height: 3px; vertical-align: 3px; }
.cards { display: flex; flex-direction: column; gap: 14px; }
.card { border: 1px solid var(--line); border-radius: 6px; padding: 12px 16px 8px; }
.card h3 { margin: 0; }
.card .sub { margin: 2px 0 6px; }
.card-body { display: grid; grid-template-columns: 320px 1fr; gap: 20px; align-items: start; }
table.choices { table-layout: fixed; }
table.choices col.answer { width: 9%; } table.choices col.said { width: 47%; } table.choices col.taken { width: 8%; }
table.choices col.share { width: 12%; } table.choices col.score { width: 24%; }
.card table { font-size: 12px; margin-top: 0; }
.card th, .card td { padding: 4px 6px; }
.nowrap { white-space: nowrap; }
.passed { color: var(--success); font-weight: bold; }
thead th.num { white-space: normal; }
td.scenario { min-width: 13em; }
.ending { display: inline-block; padding: 0 7px; border-radius: 9px; font-size: 12px; color: #fff; }
.ending.success { background: var(--success); } .ending.partial { background: #a87408; } .ending.failure { background: var(--failure); }
tr.costly td, tr.costly th { background: var(--bad-soft); }
tr.costly td:first-child { box-shadow: inset 4px 0 0 var(--bad); }
.tag { display: inline-block; margin-left: 6px; padding: 0 6px; border-radius: 9px; font-size: 11px; font-weight: bold; white-space: nowrap; }
.tag.cost { color: var(--bad); border: 1px solid var(--bad); }
.tag.top { color: #fff; background: var(--bad); }
tr.costly .meter > span { background: var(--bad); }
ol.pitfalls { margin: 8px 0 4px; padding-left: 22px; }
ol.pitfalls li { margin: 0 0 8px; padding: 8px 12px; background: var(--bad-soft); border-left: 4px solid var(--bad); border-radius: 0 4px 4px 0; }
ol.pitfalls .said { font-weight: bold; }
.scenario-block { margin-top: 10px; }
footer { margin-top: 18px; color: var(--muted); font-size: 12px; }
.limit { color: var(--muted); font-style: italic; }
@page { size: A4; margin: 14mm 12mm 16mm; }
@media print {
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  body { background: #fff; font-size: 10pt; }
  .page { max-width: none; padding: 0; }
  header.cover, section.part { box-shadow: none; border-radius: 0; padding: 0; margin: 0; }
  header.cover { border-top: 4px solid var(--accent); padding-top: 10px; }
  section.part { margin-top: 8mm; }
  section.part.new-page { break-before: page; }
  nav.toc { display: none; }
  h2, h3, h4, caption { break-after: avoid; }
  figure, .card, tr, ol.pitfalls li, .stats { break-inside: avoid; }
  thead { display: table-header-group; }
  .cards { gap: 5mm; }
  .card-body { display: block; }
  .card-body svg { width: 46%; margin-bottom: 2mm; }
  table.choices { break-inside: avoid; }
  tbody th[scope="row"] { min-width: 8.5em; }
  .meter { width: 22px; margin-left: 3px; }
  th, td { padding: 4px 5px; }
  a { color: inherit; text-decoration: none; }
}
)CSS";

class HtmlWriter {
public:
    HtmlWriter(const ReportData& report, std::ostream& out) : report_(report), out_(out) {}

    void write() {
        out_ << "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                // Nothing may be fetched: no scripts, fonts, images or styles from anywhere.
                "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n"
                "<title>Training results" << html_escape(title_suffix()) << "</title>\n<style>" << html_style << "</style>\n</head>\n<body>\n<div class=\"page\">\n";
        cover();
        overview();
        trends();
        scenarios();
        choices();
        out_ << "<footer><p>Percentages are of the best score each scenario allows for a skill; means are over finished "
                "sessions; an attempt counts every session started. Times are UTC. Made by frontdesk from its results database.</p></footer>\n"
                "</div>\n</body>\n</html>\n";
    }

private:
    std::string title_suffix() const {
        std::string filters = filter_text(report_.filter);
        return filters.empty() ? std::string() : " (" + filters + ")";
    }

    void cover() {
        std::string filters = filter_text(report_.filter);
        out_ << "<header class=\"cover\">\n<p class=\"kicker\">frontdesk · front-office training</p>\n<h1>Training results</h1>\n"
             << "<p class=\"scope\">" << html_escape(filters.empty() ? "All trainees and scenarios" : "Filter: " + filters) << " · "
             << html_escape(period_text(report_)) << "</p>\n<dl class=\"stats\">\n";
        auto stat = [&](const char* label, const std::string& value) {
            out_ << "<div><dt>" << label << "</dt><dd>" << html_escape(value) << "</dd></div>\n";
        };
        stat("Trainees", std::to_string(report_.trainees.size()));
        stat("Attempts", std::to_string(report_.attempts));
        stat("Finished", std::to_string(report_.finished));
        stat("Passed", std::to_string(report_.passed));
        stat("Mean overall", percent_text(report_.overall_mean, "–"));
        out_ << "</dl>\n<nav class=\"toc\" aria-label=\"Contents\"><ol><li><a href=\"#overview\">Cohort overview</a></li>"
                "<li><a href=\"#trends\">Progress over time</a></li><li><a href=\"#scenarios\">Scenarios</a></li>"
                "<li><a href=\"#choices\">Where people go wrong</a></li></ol></nav>\n</header>\n";
    }

    void skill_legend(bool with_overall) {
        out_ << "<ul class=\"legend\">";
        for (std::size_t i = 0; i < report_.skills.size(); ++i)
            out_ << "<li style=\"--swatch:" << skill_colour(i) << "\">" << html_escape(capitalised(skill_name(report_.skills[i]))) << "</li>";
        if (with_overall) out_ << "<li class=\"line\" style=\"--swatch:" << overall_colour << "\">Overall (filled dot: passed)</li>";
        out_ << "</ul>\n";
    }

    void skill_header_cells() {
        for (const std::string& skill : report_.skills)
            out_ << "<th scope=\"col\" class=\"num\">" << html_escape(capitalised(skill_name(skill))) << "</th>";
    }

    void overview() {
        out_ << "<section class=\"part\" id=\"overview\" aria-labelledby=\"overview-title\">\n<h2 id=\"overview-title\">Cohort overview</h2>\n"
                "<p class=\"note\">Each trainee's mean percentage per skill over their finished sessions, with attempts, passes and the latest result.</p>\n";
        if (report_.trainees.empty()) {
            out_ << "<p>No trainee matches this report's filter.</p>\n</section>\n";
            return;
        }
        out_ << "<table>\n<caption>Trainees <span class=\"sub\">(" << report_.trainees.size()
             << ")</span></caption>\n<thead><tr><th scope=\"col\">Trainee</th><th scope=\"col\">Cohort</th>"
                "<th scope=\"col\" class=\"num\">Attempts</th><th scope=\"col\" class=\"num\">Finished</th><th scope=\"col\" class=\"num\">Passed</th>"
                "<th scope=\"col\">Last practice</th>";
        skill_header_cells();
        out_ << "<th scope=\"col\" class=\"num\">Overall</th><th scope=\"col\" class=\"num\">Latest</th></tr></thead>\n<tbody>\n";
        for (const TraineeReport& t : report_.trainees) {
            out_ << "<tr><th scope=\"row\"><span class=\"name\">" << html_escape(t.display_name) << "</span><br><span class=\"id\">"
                 << html_escape(t.id) << "</span></th><td class=\"nowrap\">" << (t.cohort.empty() ? "<span class=\"none\">–</span>" : html_escape(t.cohort))
                 << "</td><td class=\"num\">" << t.attempts << "</td><td class=\"num\">" << t.finished << "</td><td class=\"num\">" << t.passed
                 << "</td><td class=\"nowrap\">" << (t.last_practice.empty() ? "<span class=\"none\">never</span>" : html_escape(time_text(t.last_practice)))
                 << "</td>";
            for (const auto& mean : t.skill_means) out_ << percent_cell(mean);
            out_ << percent_cell(t.overall_mean) << percent_cell(t.latest_overall) << "</tr>\n";
        }
        out_ << "</tbody>\n</table>\n";
        skills_chart();
        out_ << "</section>\n";
    }

    // Horizontal bars: per trainee one bar per skill, 0-100%.
    void skills_chart() {
        std::size_t count = std::min(report_.trainees.size(), chart_trainee_limit);
        std::size_t skills = report_.skills.size();
        if (count == 0 || skills == 0) return;
        const double width = 760, label = 210, left = label + 12, right = width - 46, bar = 9, gap = 2, group_gap = 14, top = 22;
        const double group = skills * (bar + gap) - gap;
        const double height = top + count * (group + group_gap) + 6;
        auto x = [&](double percent) { return left + (right - left) * percent / 100.0; };
        out_ << "<figure>\n<h3>Skills per trainee</h3>\n";
        skill_legend(false);
        out_ << "<svg viewBox=\"0 0 " << number(width) << ' ' << number(height) << "\" role=\"img\" aria-labelledby=\"skills-chart-title\">"
             << "<title id=\"skills-chart-title\">Mean percentage per skill for each trainee (the table above lists the same numbers)</title>\n";
        for (int tick = 0; tick <= 100; tick += 25) {
            out_ << "<line x1=\"" << number(x(tick)) << "\" y1=\"" << number(top - 4) << "\" x2=\"" << number(x(tick)) << "\" y2=\""
                 << number(height - 4) << "\" stroke=\"" << (tick == 0 ? "#9aa6b2" : "#e3e8ee") << "\" stroke-width=\"1\"/>"
                 << "<text x=\"" << number(x(tick)) << "\" y=\"12\" font-size=\"10\" text-anchor=\"middle\" fill=\"#5b6b7c\">" << tick << "%</text>\n";
        }
        for (std::size_t i = 0; i < count; ++i) {
            const TraineeReport& t = report_.trainees[i];
            double y = top + i * (group + group_gap);
            out_ << "<g><text x=\"" << number(label) << "\" y=\"" << number(y + group / 2 + 4) << "\" font-size=\"12\" text-anchor=\"end\">"
                 << "<title>" << html_escape(t.display_name) << "</title>" << html_escape(shortened(t.display_name, 30)) << "</text>";
            if (t.finished == 0) {
                out_ << "<text x=\"" << number(left + 6) << "\" y=\"" << number(y + group / 2 + 4)
                     << "\" font-size=\"11\" font-style=\"italic\" fill=\"#8593a3\">no finished session yet</text></g>\n";
                continue;
            }
            for (std::size_t s = 0; s < skills; ++s) {
                double by = y + s * (bar + gap);
                const auto& mean = t.skill_means[s];
                if (!mean) continue;
                double w = std::max(0.0, x(std::clamp(*mean, 0.0, 100.0)) - left);
                out_ << "<rect x=\"" << number(left) << "\" y=\"" << number(by) << "\" width=\"" << number(std::max(w, 1.0)) << "\" height=\""
                     << number(bar) << "\" rx=\"1.5\" fill=\"" << skill_colour(s) << "\"/><text x=\"" << number(left + w + 4) << "\" y=\""
                     << number(by + bar - 1) << "\" font-size=\"9\" fill=\"#33475b\">" << percent_text(mean) << "</text>";
            }
            out_ << "</g>\n";
        }
        out_ << "</svg>\n<figcaption>Mean percentage per skill over finished sessions.";
        if (report_.trainees.size() > count)
            out_ << " The chart shows the first " << count << " of " << report_.trainees.size()
                 << " trainees; the table lists them all (a --cohort or --trainee filter narrows the report).";
        out_ << "</figcaption>\n</figure>\n";
    }

    void trends() {
        out_ << "<section class=\"part new-page\" id=\"trends\" aria-labelledby=\"trends-title\">\n<h2 id=\"trends-title\">Progress over time</h2>\n"
                "<p class=\"note\">Each trainee's finished sessions in time order: one line per skill and the overall result.</p>\n";
        std::size_t shown = 0, with_sessions = 0;
        for (const TraineeReport& t : report_.trainees) with_sessions += t.trend.empty() ? 0 : 1;
        if (with_sessions == 0) {
            out_ << "<p>No finished session yet.</p>\n</section>\n";
            return;
        }
        skill_legend(true);
        out_ << "<div class=\"cards\">\n";
        for (const TraineeReport& t : report_.trainees) {
            if (t.trend.empty()) continue;
            if (shown++ == chart_trainee_limit) break;
            trend_card(t, shown);
        }
        out_ << "</div>\n";
        if (with_sessions > chart_trainee_limit)
            out_ << "<p class=\"limit\">Shown: the first " << chart_trainee_limit << " of " << with_sessions
                 << " trainees with finished sessions; a --cohort or --trainee filter narrows the report, and the CSV has every session.</p>\n";
        out_ << "</section>\n";
    }

    void trend_card(const TraineeReport& t, std::size_t index) {
        std::string id = "trend-" + std::to_string(index);
        out_ << "<article class=\"card\" aria-labelledby=\"" << id << "\">\n<h3 id=\"" << id << "\">" << html_escape(t.display_name)
             << "</h3>\n<p class=\"sub\"><span class=\"id\">" << html_escape(t.id) << "</span>"
             << (t.cohort.empty() ? "" : " · " + html_escape(t.cohort)) << " · " << plural(t.finished, "finished session", "finished sessions")
             << ", " << t.passed << " passed</p>\n";
        out_ << "<div class=\"card-body\">\n";
        trend_chart(t, id);
        out_ << "<table>\n<caption class=\"sub\">Sessions of " << html_escape(t.display_name)
             << "</caption>\n<thead><tr><th scope=\"col\">#</th><th scope=\"col\">Ended</th><th scope=\"col\">Scenario</th><th scope=\"col\">Ending</th>";
        skill_header_cells();
        out_ << "<th scope=\"col\" class=\"num\">Overall</th><th scope=\"col\">Passed</th></tr></thead>\n<tbody>\n";
        int number_in_trend = 0;
        for (const ReportSession& s : t.trend) {
            out_ << "<tr><td class=\"num\">" << ++number_in_trend << "</td><td class=\"nowrap\">" << html_escape(time_text(s.ended_at)) << "</td><td class=\"scenario\"><span"
                 << lang_attribute(s.scenario_language) << " title=\"" << html_escape(s.scenario_id) << "\">" << html_escape(s.scenario_title)
                 << "</span></td><td><span class=\"ending " << html_escape(s.ending) << "\">" << html_escape(s.ending) << "</span></td>";
            for (const ReportSkill& skill : s.skills) {
                if (skill.percent) out_ << "<td class=\"num\">" << percent_text(skill.percent) << "</td>";
                else out_ << "<td class=\"num none\">–</td>";
            }
            out_ << "<td class=\"num\"><strong>" << percent_text(s.overall) << "</strong></td><td>"
                 << (s.passed ? "<span class=\"passed\">yes</span>" : "<span class=\"none\">no</span>") << "</td></tr>\n";
        }
        out_ << "</tbody>\n</table>\n</div>\n</article>\n";
    }

    void trend_chart(const TraineeReport& t, const std::string& id) {
        const double width = 340, height = 176, left = 36, right = width - 10, top = 10, bottom = height - 28;
        std::size_t n = t.trend.size();
        auto x = [&](std::size_t i) { return n == 1 ? (left + right) / 2 : left + (right - left) * static_cast<double>(i) / static_cast<double>(n - 1); };
        auto y = [&](double percent) { return bottom - (bottom - top) * std::clamp(percent, 0.0, 100.0) / 100.0; };
        const ReportSession& first = t.trend.front();
        const ReportSession& last = t.trend.back();
        out_ << "<svg viewBox=\"0 0 " << number(width) << ' ' << number(height) << "\" role=\"img\" aria-labelledby=\"" << id << "-chart\">"
             << "<title id=\"" << id << "-chart\">Trend of " << html_escape(t.display_name) << ": overall " << percent_text(first.overall)
             << " in the first session, " << percent_text(last.overall) << " in the latest, over " << plural(static_cast<int>(n), "session", "sessions")
             << "</title>\n";
        for (int tick = 0; tick <= 100; tick += 25) {
            out_ << "<line x1=\"" << number(left) << "\" y1=\"" << number(y(tick)) << "\" x2=\"" << number(right) << "\" y2=\"" << number(y(tick))
                 << "\" stroke=\"" << (tick == 0 ? "#9aa6b2" : "#e3e8ee") << "\"/>";
            if (tick % 50 == 0)
                out_ << "<text x=\"" << number(left - 6) << "\" y=\"" << number(y(tick) + 3.5) << "\" font-size=\"11\" text-anchor=\"end\" fill=\"#5b6b7c\">"
                     << tick << "%</text>";
            out_ << '\n';
        }
        // Session numbers under the axis (matching the table), and the dates of the first and the last.
        std::size_t step = n <= 12 ? 1 : (n + 11) / 12;
        for (std::size_t i = 0; i < n; i += step)
            out_ << "<text x=\"" << number(x(i)) << "\" y=\"" << number(bottom + 12) << "\" font-size=\"10\" text-anchor=\"middle\" fill=\"#5b6b7c\">" << i + 1
                 << "</text>";
        out_ << "<text x=\"" << number(left) << "\" y=\"" << number(height - 2) << "\" font-size=\"10\" fill=\"#5b6b7c\">"
             << html_escape(first.ended_at.substr(0, 10)) << "</text>";
        if (n > 1)
            out_ << "<text x=\"" << number(right) << "\" y=\"" << number(height - 2) << "\" font-size=\"10\" text-anchor=\"end\" fill=\"#5b6b7c\">"
                 << html_escape(last.ended_at.substr(0, 10)) << "</text>";
        out_ << '\n';
        for (std::size_t s = 0; s < report_.skills.size(); ++s) {
            std::string path;
            bool pen_down = false;
            for (std::size_t i = 0; i < n; ++i) {
                const auto& percent = t.trend[i].skills[s].percent;
                if (!percent) {
                    pen_down = false;
                    continue;
                }
                path += (pen_down ? " L" : " M") + number(x(i)) + ' ' + number(y(*percent));
                pen_down = true;
            }
            if (path.empty()) continue;
            out_ << "<path d=\"" << path.substr(1) << "\" fill=\"none\" stroke=\"" << skill_colour(s) << "\" stroke-width=\"1.6\" stroke-linejoin=\"round\"/>";
            for (std::size_t i = 0; i < n; ++i)
                if (const auto& percent = t.trend[i].skills[s].percent)
                    out_ << "<circle cx=\"" << number(x(i)) << "\" cy=\"" << number(y(*percent)) << "\" r=\"2.4\" fill=\"" << skill_colour(s) << "\"/>";
            out_ << '\n';
        }
        std::string path;
        for (std::size_t i = 0; i < n; ++i) path += (i ? " L" : "M") + number(x(i)) + ' ' + number(y(t.trend[i].overall));
        out_ << "<path d=\"" << path << "\" fill=\"none\" stroke=\"" << overall_colour << "\" stroke-width=\"2.6\" stroke-linejoin=\"round\"/>";
        for (std::size_t i = 0; i < n; ++i)
            out_ << "<circle cx=\"" << number(x(i)) << "\" cy=\"" << number(y(t.trend[i].overall)) << "\" r=\"4\" fill=\""
                 << (t.trend[i].passed ? overall_colour : "#fff") << "\" stroke=\"" << overall_colour << "\" stroke-width=\"1.8\"/>";
        out_ << "\n</svg>\n";
    }

    void scenarios() {
        out_ << "<section class=\"part new-page\" id=\"scenarios\" aria-labelledby=\"scenarios-title\">\n<h2 id=\"scenarios-title\">Scenarios</h2>\n"
                "<p class=\"note\">Attempts, mean percentage per skill and the spread of endings for each scenario played.</p>\n";
        if (report_.scenarios.empty()) {
            out_ << "<p>No session matches this report's filter.</p>\n</section>\n";
            return;
        }
        out_ << "<table>\n<caption>Scenarios <span class=\"sub\">(" << report_.scenarios.size()
             << ")</span></caption>\n<thead><tr><th scope=\"col\">Scenario</th><th scope=\"col\" class=\"num\">Attempts</th>"
                "<th scope=\"col\" class=\"num\">Finished</th><th scope=\"col\" class=\"num\">Passed</th>";
        skill_header_cells();
        out_ << "<th scope=\"col\" class=\"num\">Overall</th></tr></thead>\n<tbody>\n";
        for (const ScenarioReport& s : report_.scenarios) {
            out_ << "<tr><th scope=\"row\"><span class=\"name\"" << lang_attribute(s.language) << ">" << html_escape(s.title)
                 << "</span><br><span class=\"id\">" << html_escape(s.id) << "</span></th><td class=\"num\">" << s.attempts << "</td><td class=\"num\">"
                 << s.finished << "</td><td class=\"num\">" << s.passed << "</td>";
            for (const auto& mean : s.skill_means) out_ << percent_cell(mean);
            out_ << percent_cell(s.overall_mean) << "</tr>\n";
        }
        out_ << "</tbody>\n</table>\n";
        endings_chart();
        out_ << "</section>\n";
    }

    // One 100% stacked bar per scenario: success, partial, failure.
    void endings_chart() {
        const double width = 760, label = 250, left = label + 12, right = width - 10, bar = 22, gap = 14, top = 6;
        const double height = top + report_.scenarios.size() * (bar + gap);
        const char* kinds[] = {"success", "partial", "failure"};
        const char* colours[] = {"#1f8a57", "#d19a1c", "#c0392b"};
        const char* text_colours[] = {"#fff", "#1c2b3a", "#fff"};
        out_ << "<figure>\n<h3>Spread of endings</h3>\n<ul class=\"legend\">";
        for (int k = 0; k < 3; ++k) out_ << "<li style=\"--swatch:" << colours[k] << "\">" << capitalised(kinds[k]) << "</li>";
        out_ << "</ul>\n<svg viewBox=\"0 0 " << number(width) << ' ' << number(height) << "\" role=\"img\" aria-labelledby=\"endings-title\">"
             << "<title id=\"endings-title\">Endings reached per scenario: ";
        for (std::size_t i = 0; i < report_.scenarios.size(); ++i) {
            const ScenarioReport& s = report_.scenarios[i];
            out_ << (i ? "; " : "") << html_escape(s.title) << ": " << s.endings.success << " success, " << s.endings.partial << " partial, "
                 << s.endings.failure << " failure";
        }
        out_ << "</title>\n";
        for (std::size_t i = 0; i < report_.scenarios.size(); ++i) {
            const ScenarioReport& s = report_.scenarios[i];
            double y = top + i * (bar + gap);
            int counts[] = {s.endings.success, s.endings.partial, s.endings.failure};
            int total = counts[0] + counts[1] + counts[2];
            out_ << "<g><text x=\"" << number(label) << "\" y=\"" << number(y + bar / 2 + 4) << "\" font-size=\"12\" text-anchor=\"end\""
                 << lang_attribute(s.language) << "><title>" << html_escape(s.title) << "</title>" << html_escape(shortened(s.title, 34)) << "</text>";
            if (total == 0) {
                out_ << "<text x=\"" << number(left + 6) << "\" y=\"" << number(y + bar / 2 + 4)
                     << "\" font-size=\"11\" font-style=\"italic\" fill=\"#8593a3\">no finished session yet</text></g>\n";
                continue;
            }
            double at = left;
            for (int k = 0; k < 3; ++k) {
                if (counts[k] == 0) continue;
                double w = (right - left) * counts[k] / total;
                out_ << "<rect x=\"" << number(at) << "\" y=\"" << number(y) << "\" width=\"" << number(w) << "\" height=\"" << number(bar) << "\" fill=\""
                     << colours[k] << "\"/>";
                std::string text = std::to_string(counts[k]) + (w > 120 ? std::string(" ") + kinds[k] : "") +
                                   (w > 60 ? " (" + percent_text(100.0 * counts[k] / total) + ")" : "");
                if (w > 18)
                    out_ << "<text x=\"" << number(at + w / 2) << "\" y=\"" << number(y + bar / 2 + 4) << "\" font-size=\"11\" text-anchor=\"middle\" fill=\""
                         << text_colours[k] << "\" style=\"fill:" << text_colours[k] << "\">" << text << "</text>";
                at += w;
            }
            out_ << "</g>\n";
        }
        out_ << "</svg>\n<figcaption>Endings of finished sessions; the numbers are sessions.</figcaption>\n</figure>\n";
    }

    void choices() {
        out_ << "<section class=\"part new-page\" id=\"choices\" aria-labelledby=\"choices-title\">\n<h2 id=\"choices-title\">Where people go wrong</h2>\n"
                "<p class=\"note\">At each point of the conversation, how often each answer was chosen in finished sessions, with the points it "
                "earned. Answers that cost points are marked; the most common of them are listed first.</p>\n";
        if (report_.pitfalls.empty()) {
            out_ << "<p>No answer that costs points was taken.</p>\n";
        } else {
            out_ << "<h3>The most common answers that cost points</h3>\n<ol class=\"pitfalls\">\n";
            for (const Pitfall& pitfall : report_.pitfalls) {
                const ScenarioReport& scenario = report_.scenarios[pitfall.scenario];
                const NodeReport& node = scenario.nodes[pitfall.node];
                const ChoiceShare& choice = report_.choice(pitfall);
                out_ << "<li><span class=\"said\"" << lang_attribute(scenario.language) << ">"
                     << (choice.timed_out() ? std::string("No answer in time") : "“" + html_escape(choice.said) + "”") << "</span><br>"
                     << "<span" << lang_attribute(scenario.language) << ">" << html_escape(scenario.title) << "</span> · node <code>"
                     << html_escape(node.node) << "</code> · taken " << choice.count << " of " << node.decisions << " times ("
                     << percent_text(choice.share * 100) << ") · " << html_escape(score_text(choice)) << "</li>\n";
            }
            out_ << "</ol>\n";
        }
        for (std::size_t s = 0; s < report_.scenarios.size(); ++s) {
            const ScenarioReport& scenario = report_.scenarios[s];
            out_ << "<div class=\"scenario-block\">\n<h3><span" << lang_attribute(scenario.language) << ">" << html_escape(scenario.title)
                 << "</span> <span class=\"id\">" << html_escape(scenario.id) << "</span></h3>\n";
            if (scenario.nodes.empty()) out_ << "<p class=\"note\">No decision recorded in finished sessions.</p>\n";
            for (std::size_t n = 0; n < scenario.nodes.size(); ++n) node_table(s, n);
            out_ << "</div>\n";
        }
        out_ << "</section>\n";
    }

    void node_table(std::size_t s, std::size_t n) {
        const ScenarioReport& scenario = report_.scenarios[s];
        const NodeReport& node = scenario.nodes[n];
        out_ << "<table class=\"choices\">\n<caption>Node <code>" << html_escape(node.node) << "</code> <span class=\"sub\">reached in "
             << plural(node.reached, "session", "sessions") << ", " << plural(node.decisions, "decision", "decisions")
             << "</span></caption>\n<colgroup><col class=\"answer\"><col class=\"said\"><col class=\"taken\"><col class=\"share\"><col class=\"score\"></colgroup>\n"
                "<thead><tr><th scope=\"col\" class=\"num\">Answer</th><th scope=\"col\">What the trainee said</th>"
                "<th scope=\"col\" class=\"num\">Taken</th><th scope=\"col\" class=\"num\">Share</th><th scope=\"col\">Score</th></tr></thead>\n<tbody>\n";
        for (std::size_t c = 0; c < node.choices.size(); ++c) {
            const ChoiceShare& choice = node.choices[c];
            int rank = pitfall_rank(report_, s, n, c);
            out_ << "<tr" << (choice.costly ? " class=\"costly\"" : "") << "><td class=\"num\">" << html_escape(answer_label(choice)) << "</td><td>";
            if (choice.timed_out()) out_ << "<em>No answer in time</em>";
            else out_ << "<span" << lang_attribute(scenario.language) << ">" << html_escape(choice.said) << "</span>";
            if (rank > 0) out_ << "<span class=\"tag top\">common mistake #" << rank << "</span>";
            else if (choice.costly) out_ << "<span class=\"tag cost\">costs points</span>";
            out_ << "</td><td class=\"num\">" << choice.count << "</td>" << percent_cell(choice.share * 100) << "<td>"
                 << html_escape(score_text(choice)) << "</td></tr>\n";
        }
        out_ << "</tbody>\n</table>\n";
    }

    const ReportData& report_;
    std::ostream& out_;
};

}  // namespace

std::optional<ReportFormat> parse_report_format(const std::string& name) {
    if (name == "table") return ReportFormat::table;
    if (name == "csv") return ReportFormat::csv;
    if (name == "json") return ReportFormat::json;
    if (name == "html") return ReportFormat::html;
    return std::nullopt;
}

std::string html_escape(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            case '\'': out += "&#39;"; break;
            default: out += c;
        }
    }
    return out;
}

std::string csv_field(std::string_view text) {
    std::string value(text);
    // A spreadsheet would run "=...", "+...", "-...", "@..." as a formula: a name is data, never code.
    if (!value.empty() && std::string_view("=+-@\t\r").find(value[0]) != std::string_view::npos) value = "'" + value;
    if (value.find_first_of(",\"\r\n") == std::string::npos) return value;
    std::string quoted = "\"";
    for (char c : value) {
        if (c == '"') quoted += '"';
        quoted += c;
    }
    return quoted + "\"";
}

void write_report_table(const ReportData& report, std::ostream& out) {
    out << "Training results: " << plural(static_cast<int>(report.trainees.size()), "trainee", "trainees") << ", "
        << plural(report.attempts, "attempt", "attempts") << ", " << report.finished << " finished, " << report.passed << " passed; mean overall "
        << percent_text(report.overall_mean) << '\n';
    out << capitalised(period_text(report)) << '\n';
    std::string filters = filter_text(report.filter);
    if (!filters.empty()) out << "Filter: " << filters << '\n';
    out << '\n';
    table_overview(report, out);
    table_scenarios(report, out);
    table_pitfalls(report, out);
    table_choices(report, out);
    table_trends(report, out);
}

void write_report_csv(const ReportData& report, std::ostream& out) {
    out << "\xEF\xBB\xBF";  // the byte order mark tells spreadsheet programs the file is UTF-8
    std::vector<std::string> header = {"trainee", "display_name", "cohort", "session", "scenario_id", "scenario_title", "scenario_language",
                                       "started_utc", "ended_utc", "ending"};
    for (const std::string& skill : report.skills) {
        header.push_back(csv_field(skill + "_points"));
        header.push_back(csv_field(skill + "_percent"));
    }
    header.push_back("overall_percent");
    header.push_back("passed");
    csv_row(out, header);
    for (const TraineeReport& trainee : report.trainees) {
        for (const ReportSession& session : trainee.trend) {
            std::vector<std::string> row = {csv_field(trainee.id), csv_field(trainee.display_name), csv_field(trainee.cohort),
                                            std::to_string(session.id), csv_field(session.scenario_id), csv_field(session.scenario_title),
                                            csv_field(session.scenario_language), time_text(session.started_at, true),
                                            time_text(session.ended_at, true), csv_field(session.ending)};
            for (const ReportSkill& skill : session.skills) {
                row.push_back(skill.raw ? std::to_string(*skill.raw) : "");
                row.push_back(csv_number(skill.percent));
            }
            row.push_back(decimal(session.overall, 1));
            row.push_back(session.passed ? "yes" : "no");
            csv_row(out, row);
        }
    }
}

nlohmann::ordered_json report_json(const ReportData& report) {
    const ResultsFilter& f = report.filter;
    nlohmann::ordered_json trainees = nlohmann::ordered_json::array();
    for (const TraineeReport& t : report.trainees) {
        nlohmann::ordered_json trend = nlohmann::ordered_json::array();
        for (const ReportSession& session : t.trend) trend.push_back(session_json(report, session));
        trainees.push_back({{"id", t.id}, {"display_name", t.display_name}, {"cohort", t.cohort}, {"attempts", t.attempts},
                            {"finished", t.finished}, {"passed", t.passed}, {"last_practice", optional_text(t.last_practice)},
                            {"skills", skill_means_json(report, t.skill_means)}, {"overall_mean", rounded(t.overall_mean)},
                            {"latest_overall", rounded(t.latest_overall)}, {"trend", trend}});
    }
    nlohmann::ordered_json scenarios = nlohmann::ordered_json::array();
    for (const ScenarioReport& s : report.scenarios) {
        nlohmann::ordered_json nodes = nlohmann::ordered_json::array();
        for (const NodeReport& node : s.nodes) {
            nlohmann::ordered_json choices = nlohmann::ordered_json::array();
            for (const ChoiceShare& c : node.choices) {
                nlohmann::ordered_json score = nlohmann::ordered_json::object();
                for (const auto& [skill, points] : c.score) score[skill] = points;
                choices.push_back({{"choice", c.choice}, {"timed_out", c.timed_out()}, {"said", c.said}, {"count", c.count},
                                   {"share_percent", rounded(c.share * 100)}, {"score", score}, {"points", c.points}, {"costly", c.costly}});
            }
            nodes.push_back({{"node", node.node}, {"reached", node.reached}, {"decisions", node.decisions}, {"choices", choices}});
        }
        scenarios.push_back({{"id", s.id}, {"title", s.title}, {"language", s.language}, {"attempts", s.attempts}, {"finished", s.finished},
                             {"passed", s.passed}, {"skills", skill_means_json(report, s.skill_means)}, {"overall_mean", rounded(s.overall_mean)},
                             {"endings", {{"success", s.endings.success}, {"partial", s.endings.partial}, {"failure", s.endings.failure}}},
                             {"nodes", nodes}});
    }
    nlohmann::ordered_json pitfalls = nlohmann::ordered_json::array();
    for (const Pitfall& p : report.pitfalls) {
        const ChoiceShare& c = report.choice(p);
        pitfalls.push_back({{"scenario_id", report.scenarios[p.scenario].id}, {"node", report.scenarios[p.scenario].nodes[p.node].node},
                            {"choice", c.choice}, {"said", c.said}, {"count", c.count}, {"share_percent", rounded(c.share * 100)}, {"points", c.points}});
    }
    return {{"filter", {{"cohort", optional_text(f.cohort)}, {"scenario", optional_text(f.scenario_id)}, {"trainee", optional_text(f.trainee)},
                        {"since", optional_text(f.since)}}},
            {"period", {{"first_started", optional_text(report.first_started)}, {"last_started", optional_text(report.last_started)}}},
            {"totals", {{"trainees", report.trainees.size()}, {"attempts", report.attempts}, {"finished", report.finished},
                        {"passed", report.passed}, {"overall_mean", rounded(report.overall_mean)}}},
            {"skills", report.skills},
            {"trainees", trainees},
            {"scenarios", scenarios},
            {"pitfalls", pitfalls}};
}

void write_report_html(const ReportData& report, std::ostream& out) { HtmlWriter(report, out).write(); }

void write_report(const ReportData& report, ReportFormat format, std::ostream& out) {
    switch (format) {
        case ReportFormat::table: write_report_table(report, out); break;
        case ReportFormat::csv: write_report_csv(report, out); break;
        case ReportFormat::json: out << report_json(report).dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) << '\n'; break;
        case ReportFormat::html: write_report_html(report, out); break;
    }
}

// Not localised yet: every language gets the English report.
void write_report(const ReportData& report, ReportFormat format, Language, std::ostream& out) { write_report(report, format, out); }

}  // namespace frontdesk
