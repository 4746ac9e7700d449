// The report as one self-contained HTML page (inline CSS and SVG, nothing fetched) that prints cleanly to
// PDF: a cover with the totals, the cohort overview, each trainee's progress, scenarios and where people go
// wrong. The page declares its language in <html lang>, and marks scenario text in another language.
#include <algorithm>
#include <ostream>

#include "frontdesk/number_format.h"
#include "frontdesk/report_formats.h"
#include "report_html_style.h"
#include "report_wording.h"

namespace frontdesk {

namespace {

using report::capitalised;
using report::display_width;
using report::Wording;

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

// SVG and CSS coordinates: always with a dot, whatever the report's language.
std::string number(double value) { return format_decimal(Language::en, value, 1); }

// The interface texts are plain words without markup characters (a unit test checks it), so they go into
// the page as they are; everything from the data is escaped before it is put in.
class HtmlWriter {
public:
    HtmlWriter(const ReportData& report, Language language, std::ostream& out) : report_(report), words_(language), out_(out) {}

    void write() {
        out_ << "<!DOCTYPE html>\n<html lang=\"" << language_name(words_.language()) << "\">\n<head>\n<meta charset=\"utf-8\">\n"
                "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                // Nothing may be fetched: no scripts, fonts, images or styles from anywhere.
                "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n"
                "<title>" << text(Ui::report_title) << html_escape(title_suffix()) << "</title>\n<style>" << report::html_style
             << report::html_style_for(words_.language()) << "</style>\n</head>\n<body>\n<div class=\"page\">\n";
        cover();
        overview();
        trends();
        scenarios();
        choices();
        out_ << "<footer><p>" << text(Ui::report_footer) << "</p></footer>\n</div>\n</body>\n</html>\n";
    }

private:
    std::string text(Ui key, std::initializer_list<std::string_view> arguments = {}) const { return words_.text(key, arguments); }

    // The language attribute for text from a scenario in another language than the report's.
    std::string lang_attribute(const std::string& language) const {
        return language.empty() || language == language_name(words_.language()) ? std::string() : " lang=\"" + html_escape(language) + "\"";
    }

    std::string percent_cell(const std::optional<double>& value) const {
        if (!value) return "<td class=\"num none\">–</td>";
        double width = std::clamp(*value, 0.0, 100.0);
        return "<td class=\"num\"><span class=\"pct\">" + words_.percent(value) +
               "</span><span class=\"meter\" aria-hidden=\"true\"><span style=\"width:" + number(width) + "%\"></span></span></td>";
    }

    std::string column(Ui key, bool numeric = false) const {
        return std::string("<th scope=\"col\"") + (numeric ? " class=\"num\"" : "") + ">" + text(key) + "</th>";
    }

    std::string title_suffix() const {
        std::string filters = words_.filters(report_.filter);
        return filters.empty() ? std::string() : " (" + filters + ")";
    }

    void cover() {
        std::string filters = words_.filters(report_.filter);
        out_ << "<header class=\"cover\">\n<p class=\"kicker\">" << text(Ui::report_kicker) << "</p>\n<h1>" << text(Ui::report_title) << "</h1>\n"
             << "<p class=\"scope\">" << html_escape(filters.empty() ? text(Ui::report_all) : text(Ui::report_filter, {filters})) << " · "
             << html_escape(words_.period(report_)) << "</p>\n<dl class=\"stats\">\n";
        auto stat = [&](Ui label, const std::string& value) {
            out_ << "<div><dt>" << text(label) << "</dt><dd>" << html_escape(value) << "</dd></div>\n";
        };
        stat(Ui::report_trainees, std::to_string(report_.trainees.size()));
        stat(Ui::report_column_attempts, std::to_string(report_.attempts));
        stat(Ui::report_column_finished, std::to_string(report_.finished));
        stat(Ui::report_column_passed, std::to_string(report_.passed));
        stat(Ui::report_mean_overall, words_.percent(report_.overall_mean, "–"));
        out_ << "</dl>\n<nav class=\"toc\" aria-label=\"" << text(Ui::report_contents) << "\"><ol><li><a href=\"#overview\">"
             << text(Ui::report_overview) << "</a></li><li><a href=\"#trends\">" << text(Ui::report_trends) << "</a></li><li><a href=\"#scenarios\">"
             << text(Ui::report_scenarios) << "</a></li><li><a href=\"#choices\">" << text(Ui::report_pitfalls) << "</a></li></ol></nav>\n</header>\n";
    }

    void skill_legend(bool with_overall) {
        out_ << "<ul class=\"legend\">";
        for (std::size_t i = 0; i < report_.skills.size(); ++i)
            out_ << "<li style=\"--swatch:" << skill_colour(i) << "\">" << html_escape(words_.skill_heading(report_.skills[i])) << "</li>";
        if (with_overall) out_ << "<li class=\"line\" style=\"--swatch:" << overall_colour << "\">" << text(Ui::report_legend_overall) << "</li>";
        out_ << "</ul>\n";
    }

    void skill_header_cells() {
        for (const std::string& skill : report_.skills)
            out_ << "<th scope=\"col\" class=\"num\">" << html_escape(words_.skill_heading(skill)) << "</th>";
    }

    void overview() {
        out_ << "<section class=\"part\" id=\"overview\" aria-labelledby=\"overview-title\">\n<h2 id=\"overview-title\">" << text(Ui::report_overview)
             << "</h2>\n<p class=\"note\">" << text(Ui::report_overview_note) << "</p>\n";
        if (report_.trainees.empty()) {
            out_ << "<p>" << text(Ui::report_no_trainee_filter) << "</p>\n</section>\n";
            return;
        }
        out_ << "<table>\n<caption>" << text(Ui::report_trainees) << " <span class=\"sub\">(" << report_.trainees.size() << ")</span></caption>\n<thead><tr>"
             << column(Ui::report_column_trainee) << column(Ui::report_column_cohort) << column(Ui::report_column_attempts, true)
             << column(Ui::report_column_finished, true) << column(Ui::report_column_passed, true) << column(Ui::report_column_last_practice);
        skill_header_cells();
        out_ << column(Ui::report_column_overall, true) << column(Ui::report_column_latest, true) << "</tr></thead>\n<tbody>\n";
        for (const TraineeReport& t : report_.trainees) {
            out_ << "<tr><th scope=\"row\"><span class=\"name\">" << html_escape(t.display_name) << "</span><br><span class=\"id\">"
                 << html_escape(t.id) << "</span></th><td class=\"nowrap\">" << (t.cohort.empty() ? "<span class=\"none\">–</span>" : html_escape(t.cohort))
                 << "</td><td class=\"num\">" << t.attempts << "</td><td class=\"num\">" << t.finished << "</td><td class=\"num\">" << t.passed
                 << "</td><td class=\"nowrap\">"
                 << (t.last_practice.empty() ? "<span class=\"none\">" + text(Ui::report_never) + "</span>" : html_escape(words_.time(t.last_practice)))
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
        out_ << "<figure>\n<h3>" << text(Ui::report_skills_chart) << "</h3>\n";
        skill_legend(false);
        out_ << "<svg viewBox=\"0 0 " << number(width) << ' ' << number(height) << "\" role=\"img\" aria-labelledby=\"skills-chart-title\">"
             << "<title id=\"skills-chart-title\">" << text(Ui::report_skills_chart_title) << "</title>\n";
        for (int tick = 0; tick <= 100; tick += 25) {
            out_ << "<line x1=\"" << number(x(tick)) << "\" y1=\"" << number(top - 4) << "\" x2=\"" << number(x(tick)) << "\" y2=\""
                 << number(height - 4) << "\" stroke=\"" << (tick == 0 ? "#9aa6b2" : "#e3e8ee") << "\" stroke-width=\"1\"/>"
                 << "<text x=\"" << number(x(tick)) << "\" y=\"12\" font-size=\"10\" text-anchor=\"middle\" fill=\"#5b6b7c\">" << words_.percent(tick)
                 << "</text>\n";
        }
        for (std::size_t i = 0; i < count; ++i) {
            const TraineeReport& t = report_.trainees[i];
            double y = top + i * (group + group_gap);
            out_ << "<g><text x=\"" << number(label) << "\" y=\"" << number(y + group / 2 + 4) << "\" font-size=\"12\" text-anchor=\"end\">"
                 << "<title>" << html_escape(t.display_name) << "</title>" << html_escape(shortened(t.display_name, 30)) << "</text>";
            if (t.finished == 0) {
                out_ << "<text x=\"" << number(left + 6) << "\" y=\"" << number(y + group / 2 + 4)
                     << "\" font-size=\"11\" font-style=\"italic\" fill=\"#8593a3\">" << text(Ui::report_chart_no_finished) << "</text></g>\n";
                continue;
            }
            for (std::size_t s = 0; s < skills; ++s) {
                double by = y + s * (bar + gap);
                const auto& mean = t.skill_means[s];
                if (!mean) continue;
                double w = std::max(0.0, x(std::clamp(*mean, 0.0, 100.0)) - left);
                out_ << "<rect x=\"" << number(left) << "\" y=\"" << number(by) << "\" width=\"" << number(std::max(w, 1.0)) << "\" height=\""
                     << number(bar) << "\" rx=\"1.5\" fill=\"" << skill_colour(s) << "\"/><text x=\"" << number(left + w + 4) << "\" y=\""
                     << number(by + bar - 1) << "\" font-size=\"9\" fill=\"#33475b\">" << words_.percent(mean) << "</text>";
            }
            out_ << "</g>\n";
        }
        out_ << "</svg>\n<figcaption>" << text(Ui::report_skills_chart_caption);
        if (report_.trainees.size() > count)
            out_ << ' ' << text(Ui::report_skills_chart_limit, {std::to_string(count), std::to_string(report_.trainees.size())});
        out_ << "</figcaption>\n</figure>\n";
    }

    void trends() {
        out_ << "<section class=\"part new-page\" id=\"trends\" aria-labelledby=\"trends-title\">\n<h2 id=\"trends-title\">" << text(Ui::report_trends)
             << "</h2>\n<p class=\"note\">" << text(Ui::report_trends_note) << "</p>\n";
        std::size_t shown = 0, with_sessions = 0;
        for (const TraineeReport& t : report_.trainees) with_sessions += t.trend.empty() ? 0 : 1;
        if (with_sessions == 0) {
            out_ << "<p>" << text(Ui::report_no_finished_yet) << "</p>\n</section>\n";
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
            out_ << "<p class=\"limit\">" << text(Ui::report_trends_limit, {std::to_string(chart_trainee_limit), std::to_string(with_sessions)})
                 << "</p>\n";
        out_ << "</section>\n";
    }

    void trend_card(const TraineeReport& t, std::size_t index) {
        std::string id = "trend-" + std::to_string(index);
        out_ << "<article class=\"card\" aria-labelledby=\"" << id << "\">\n<h3 id=\"" << id << "\">" << html_escape(t.display_name)
             << "</h3>\n<p class=\"sub\"><span class=\"id\">" << html_escape(t.id) << "</span>"
             << (t.cohort.empty() ? "" : " · " + html_escape(t.cohort)) << " · "
             << text(Ui::report_card_summary, {std::to_string(t.finished), std::to_string(t.passed)}) << "</p>\n";
        out_ << "<div class=\"card-body\">\n";
        trend_chart(t, id);
        out_ << "<table>\n<caption class=\"sub\">" << text(Ui::report_sessions_of, {html_escape(t.display_name)})
             << "</caption>\n<thead><tr><th scope=\"col\">#</th>" << column(Ui::report_column_ended) << column(Ui::report_column_scenario)
             << column(Ui::report_column_ending);
        skill_header_cells();
        out_ << column(Ui::report_column_overall, true) << column(Ui::report_column_session_passed) << "</tr></thead>\n<tbody>\n";
        int number_in_trend = 0;
        for (const ReportSession& s : t.trend) {
            out_ << "<tr><td class=\"num\">" << ++number_in_trend << "</td><td class=\"nowrap\">" << html_escape(words_.time(s.ended_at))
                 << "</td><td class=\"scenario\"><span" << lang_attribute(s.scenario_language) << " title=\"" << html_escape(s.scenario_id) << "\">"
                 << html_escape(s.scenario_title) << "</span></td><td><span class=\"ending " << html_escape(s.ending) << "\">"
                 << html_escape(words_.ending(s.ending)) << "</span></td>";
            for (const ReportSkill& skill : s.skills) {
                if (skill.percent) out_ << "<td class=\"num\">" << words_.percent(skill.percent) << "</td>";
                else out_ << "<td class=\"num none\">–</td>";
            }
            out_ << "<td class=\"num\"><strong>" << words_.percent(s.overall) << "</strong></td><td>"
                 << (s.passed ? "<span class=\"passed\">" : "<span class=\"none\">") << words_.yes_no(s.passed) << "</span></td></tr>\n";
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
             << "<title id=\"" << id << "-chart\">"
             << text(Ui::report_trend_chart_title, {html_escape(t.display_name), words_.percent(first.overall), words_.percent(last.overall),
                                                    std::to_string(n)})
             << "</title>\n";
        for (int tick = 0; tick <= 100; tick += 25) {
            out_ << "<line x1=\"" << number(left) << "\" y1=\"" << number(y(tick)) << "\" x2=\"" << number(right) << "\" y2=\"" << number(y(tick))
                 << "\" stroke=\"" << (tick == 0 ? "#9aa6b2" : "#e3e8ee") << "\"/>";
            if (tick % 50 == 0)
                out_ << "<text x=\"" << number(left - 6) << "\" y=\"" << number(y(tick) + 3.5) << "\" font-size=\"11\" text-anchor=\"end\" fill=\"#5b6b7c\">"
                     << words_.percent(tick) << "</text>";
            out_ << '\n';
        }
        // Session numbers under the axis (matching the table), and the dates of the first and the last.
        std::size_t step = n <= 12 ? 1 : (n + 11) / 12;
        for (std::size_t i = 0; i < n; i += step)
            out_ << "<text x=\"" << number(x(i)) << "\" y=\"" << number(bottom + 12) << "\" font-size=\"10\" text-anchor=\"middle\" fill=\"#5b6b7c\">" << i + 1
                 << "</text>";
        out_ << "<text x=\"" << number(left) << "\" y=\"" << number(height - 2) << "\" font-size=\"10\" fill=\"#5b6b7c\">"
             << html_escape(words_.date(first.ended_at)) << "</text>";
        if (n > 1)
            out_ << "<text x=\"" << number(right) << "\" y=\"" << number(height - 2) << "\" font-size=\"10\" text-anchor=\"end\" fill=\"#5b6b7c\">"
                 << html_escape(words_.date(last.ended_at)) << "</text>";
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
        out_ << "<section class=\"part new-page\" id=\"scenarios\" aria-labelledby=\"scenarios-title\">\n<h2 id=\"scenarios-title\">"
             << text(Ui::report_scenarios) << "</h2>\n<p class=\"note\">" << text(Ui::report_scenarios_note) << "</p>\n";
        if (report_.scenarios.empty()) {
            out_ << "<p>" << text(Ui::report_no_session_filter) << "</p>\n</section>\n";
            return;
        }
        out_ << "<table>\n<caption>" << text(Ui::report_scenarios) << " <span class=\"sub\">(" << report_.scenarios.size()
             << ")</span></caption>\n<thead><tr>" << column(Ui::report_column_scenario) << column(Ui::report_column_attempts, true)
             << column(Ui::report_column_finished, true) << column(Ui::report_column_passed, true);
        skill_header_cells();
        out_ << column(Ui::report_column_overall, true) << "</tr></thead>\n<tbody>\n";
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
        const Ui kinds[] = {Ui::ending_success, Ui::ending_partial, Ui::ending_failure};
        const Ui counted[] = {Ui::report_count_success, Ui::report_count_partial, Ui::report_count_failure};
        const char* colours[] = {"#1f8a57", "#d19a1c", "#c0392b"};
        const char* text_colours[] = {"#fff", "#1c2b3a", "#fff"};
        out_ << "<figure>\n<h3>" << text(Ui::report_endings_chart) << "</h3>\n<ul class=\"legend\">";
        for (int k = 0; k < 3; ++k) out_ << "<li style=\"--swatch:" << colours[k] << "\">" << capitalised(text(kinds[k])) << "</li>";
        std::string spread;
        for (std::size_t i = 0; i < report_.scenarios.size(); ++i) {
            const ScenarioReport& s = report_.scenarios[i];
            spread += (i ? "; " : "") + html_escape(s.title) + ": " + text(counted[0], {std::to_string(s.endings.success)}) + ", " +
                      text(counted[1], {std::to_string(s.endings.partial)}) + ", " + text(counted[2], {std::to_string(s.endings.failure)});
        }
        out_ << "</ul>\n<svg viewBox=\"0 0 " << number(width) << ' ' << number(height) << "\" role=\"img\" aria-labelledby=\"endings-title\">"
             << "<title id=\"endings-title\">" << text(Ui::report_endings_chart_title, {spread}) << "</title>\n";
        for (std::size_t i = 0; i < report_.scenarios.size(); ++i) {
            const ScenarioReport& s = report_.scenarios[i];
            double y = top + i * (bar + gap);
            int counts[] = {s.endings.success, s.endings.partial, s.endings.failure};
            int total = counts[0] + counts[1] + counts[2];
            out_ << "<g><text x=\"" << number(label) << "\" y=\"" << number(y + bar / 2 + 4) << "\" font-size=\"12\" text-anchor=\"end\""
                 << lang_attribute(s.language) << "><title>" << html_escape(s.title) << "</title>" << html_escape(shortened(s.title, 34)) << "</text>";
            if (total == 0) {
                out_ << "<text x=\"" << number(left + 6) << "\" y=\"" << number(y + bar / 2 + 4)
                     << "\" font-size=\"11\" font-style=\"italic\" fill=\"#8593a3\">" << text(Ui::report_chart_no_finished) << "</text></g>\n";
                continue;
            }
            double at = left;
            for (int k = 0; k < 3; ++k) {
                if (counts[k] == 0) continue;
                double w = (right - left) * counts[k] / total;
                out_ << "<rect x=\"" << number(at) << "\" y=\"" << number(y) << "\" width=\"" << number(w) << "\" height=\"" << number(bar) << "\" fill=\""
                     << colours[k] << "\"/>";
                std::string share = " (" + words_.percent(100.0 * counts[k] / total) + ")";
                std::string with_word = text(counted[k], {std::to_string(counts[k])});
                // Words only where they fit: about 6.5 px a character at 11 px, and never in a bar under 120 px.
                bool word_fits = w > std::max(120.0, 6.5 * static_cast<double>(display_width(with_word + share)) + 8);
                std::string label_text = (word_fits ? with_word : std::to_string(counts[k])) + (w > 60 ? share : "");
                if (w > 18)
                    out_ << "<text x=\"" << number(at + w / 2) << "\" y=\"" << number(y + bar / 2 + 4) << "\" font-size=\"11\" text-anchor=\"middle\" fill=\""
                         << text_colours[k] << "\" style=\"fill:" << text_colours[k] << "\">" << label_text << "</text>";
                at += w;
            }
            out_ << "</g>\n";
        }
        out_ << "</svg>\n<figcaption>" << text(Ui::report_endings_chart_caption) << "</figcaption>\n</figure>\n";
    }

    void choices() {
        out_ << "<section class=\"part new-page\" id=\"choices\" aria-labelledby=\"choices-title\">\n<h2 id=\"choices-title\">" << text(Ui::report_pitfalls)
             << "</h2>\n<p class=\"note\">" << text(Ui::report_choices_note) << "</p>\n";
        if (report_.pitfalls.empty()) {
            out_ << "<p>" << text(Ui::report_no_pitfalls) << "</p>\n";
        } else {
            out_ << "<h3>" << text(Ui::report_pitfalls_heading) << "</h3>\n<ol class=\"pitfalls\">\n";
            for (const Pitfall& pitfall : report_.pitfalls) {
                const ScenarioReport& scenario = report_.scenarios[pitfall.scenario];
                const NodeReport& node = scenario.nodes[pitfall.node];
                const ChoiceShare& choice = report_.choice(pitfall);
                // A timeout is the report's words, not the scenario's: only words said carry the scenario's language.
                out_ << "<li><span class=\"said\"" << (choice.timed_out() ? std::string() : lang_attribute(scenario.language)) << ">"
                     << (choice.timed_out() ? text(Ui::report_no_answer_in_time) : "“" + html_escape(choice.said) + "”") << "</span><br>"
                     << "<span" << lang_attribute(scenario.language) << ">" << html_escape(scenario.title) << "</span> · "
                     << text(Ui::report_node, {"<code>" + html_escape(node.node) + "</code>"}) << " · " << words_.taken(choice, node) << " ("
                     << words_.percent(choice.share * 100) << ") · " << html_escape(words_.score(choice)) << "</li>\n";
            }
            out_ << "</ol>\n";
        }
        for (std::size_t s = 0; s < report_.scenarios.size(); ++s) {
            const ScenarioReport& scenario = report_.scenarios[s];
            out_ << "<div class=\"scenario-block\">\n<h3><span" << lang_attribute(scenario.language) << ">" << html_escape(scenario.title)
                 << "</span> <span class=\"id\">" << html_escape(scenario.id) << "</span></h3>\n";
            if (scenario.nodes.empty()) out_ << "<p class=\"note\">" << text(Ui::report_no_decisions) << "</p>\n";
            for (std::size_t n = 0; n < scenario.nodes.size(); ++n) node_table(s, n);
            out_ << "</div>\n";
        }
        out_ << "</section>\n";
    }

    void node_table(std::size_t s, std::size_t n) {
        const ScenarioReport& scenario = report_.scenarios[s];
        const NodeReport& node = scenario.nodes[n];
        out_ << "<table class=\"choices\">\n<caption>" << text(Ui::report_node_caption, {"<code>" + html_escape(node.node) + "</code>"})
             << " <span class=\"sub\">" << words_.reached(node)
             << "</span></caption>\n<colgroup><col class=\"answer\"><col class=\"said\"><col class=\"taken\"><col class=\"share\"><col class=\"score\"></colgroup>\n"
                "<thead><tr>"
             << column(Ui::report_column_answer, true) << column(Ui::report_column_said_by_trainee) << column(Ui::report_column_taken, true)
             << column(Ui::report_column_share, true) << column(Ui::report_column_score) << "</tr></thead>\n<tbody>\n";
        for (std::size_t c = 0; c < node.choices.size(); ++c) {
            const ChoiceShare& choice = node.choices[c];
            int rank = report::pitfall_rank(report_, s, n, c);
            out_ << "<tr" << (choice.costly ? " class=\"costly\"" : "") << "><td class=\"num\">" << html_escape(words_.answer(choice)) << "</td><td>";
            if (choice.timed_out()) out_ << "<em>" << text(Ui::report_no_answer_in_time) << "</em>";
            else out_ << "<span" << lang_attribute(scenario.language) << ">" << html_escape(choice.said) << "</span>";
            if (rank > 0) out_ << "<span class=\"tag top\">" << text(Ui::report_common_mistake, {std::to_string(rank)}) << "</span>";
            else if (choice.costly) out_ << "<span class=\"tag cost\">" << text(Ui::report_costs_points) << "</span>";
            out_ << "</td><td class=\"num\">" << choice.count << "</td>" << percent_cell(choice.share * 100) << "<td>"
                 << html_escape(words_.score(choice)) << "</td></tr>\n";
        }
        out_ << "</tbody>\n</table>\n";
    }

    const ReportData& report_;
    Wording words_;
    std::ostream& out_;
};

}  // namespace

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

void write_report_html(const ReportData& report, Language language, std::ostream& out) { HtmlWriter(report, language, out).write(); }

}  // namespace frontdesk
