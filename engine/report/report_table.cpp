// The report as aligned text for a terminal: totals, the cohort overview, scenarios, the costly answers
// most taken, the choices at each node and each trainee's trend.
#include <algorithm>
#include <ostream>

#include "frontdesk/report_formats.h"
#include "report_wording.h"
#include "text_table.h"

namespace frontdesk {

namespace {

using report::capitalised;
using report::display_width;
using report::TextTable;
using report::Wording;

void append(std::vector<std::string>& to, const std::vector<std::string>& more) { to.insert(to.end(), more.begin(), more.end()); }

class TableWriter {
public:
    TableWriter(const ReportData& report, Language language, std::ostream& out) : report_(report), words_(language), out_(out) {}

    void write() {
        out_ << words_.text(Ui::report_table_summary, {std::to_string(report_.trainees.size()), std::to_string(report_.attempts),
                                                       std::to_string(report_.finished), std::to_string(report_.passed),
                                                       words_.percent(report_.overall_mean)})
             << '\n';
        out_ << capitalised(words_.period(report_)) << '\n';
        std::string filters = words_.filters(report_.filter);
        if (!filters.empty()) out_ << words_.text(Ui::report_filter, {filters}) << '\n';
        out_ << '\n';
        overview();
        scenarios();
        pitfalls();
        choices();
        trends();
    }

private:
    // Headings for the columns: a '>' in front right-aligns the column.
    std::string right(Ui key) const { return ">" + words_.text(key); }

    std::vector<std::string> skill_headings() const {
        std::vector<std::string> headings;
        for (const std::string& skill : report_.skills) headings.push_back(">" + words_.skill_heading(skill));
        return headings;
    }

    void overview() {
        out_ << words_.text(Ui::report_table_overview) << '\n';
        if (report_.trainees.empty()) {
            out_ << "  " << words_.text(Ui::report_no_trainee) << '\n';
            return;
        }
        std::vector<std::string> headings = {words_.text(Ui::report_column_trainee), words_.text(Ui::report_column_name),
                                             words_.text(Ui::report_column_cohort), right(Ui::report_column_attempts),
                                             right(Ui::report_column_finished), right(Ui::report_column_passed),
                                             words_.text(Ui::report_column_last_practice)};
        append(headings, skill_headings());
        append(headings, {right(Ui::report_column_overall), right(Ui::report_column_latest)});
        TextTable table(headings);
        for (const TraineeReport& t : report_.trainees) {
            std::vector<std::string> row = {t.id, t.display_name, t.cohort.empty() ? "-" : t.cohort, std::to_string(t.attempts),
                                            std::to_string(t.finished), std::to_string(t.passed),
                                            t.last_practice.empty() ? words_.text(Ui::report_never) : words_.time(t.last_practice)};
            for (const auto& mean : t.skill_means) row.push_back(words_.percent(mean));
            row.push_back(words_.percent(t.overall_mean));
            row.push_back(words_.percent(t.latest_overall));
            table.add(row);
        }
        table.print(out_, "  ");
    }

    void scenarios() {
        out_ << '\n' << words_.text(Ui::report_table_scenarios) << '\n';
        if (report_.scenarios.empty()) {
            out_ << "  " << words_.text(Ui::report_no_session) << '\n';
            return;
        }
        std::vector<std::string> headings = {words_.text(Ui::report_column_scenario), right(Ui::report_column_attempts),
                                             right(Ui::report_column_finished), right(Ui::report_column_passed)};
        append(headings, skill_headings());
        append(headings, {right(Ui::report_column_overall), ">" + capitalised(words_.text(Ui::ending_success)),
                          ">" + capitalised(words_.text(Ui::ending_partial)), ">" + capitalised(words_.text(Ui::ending_failure)),
                          words_.text(Ui::report_column_title)});
        TextTable table(headings);
        for (const ScenarioReport& s : report_.scenarios) {
            std::vector<std::string> row = {s.id, std::to_string(s.attempts), std::to_string(s.finished), std::to_string(s.passed)};
            for (const auto& mean : s.skill_means) row.push_back(words_.percent(mean));
            append(row, {words_.percent(s.overall_mean), std::to_string(s.endings.success), std::to_string(s.endings.partial),
                         std::to_string(s.endings.failure), s.title});
            table.add(row);
        }
        table.print(out_, "  ");
    }

    void pitfalls() {
        out_ << '\n' << words_.text(Ui::report_table_pitfalls) << '\n';
        if (report_.pitfalls.empty()) {
            out_ << "  " << words_.text(Ui::report_no_pitfalls) << '\n';
            return;
        }
        int rank = 0;
        for (const Pitfall& pitfall : report_.pitfalls) {
            const ScenarioReport& scenario = report_.scenarios[pitfall.scenario];
            const NodeReport& node = scenario.nodes[pitfall.node];
            const ChoiceShare& choice = report_.choice(pitfall);
            std::string answer = choice.timed_out() ? words_.text(Ui::report_pitfall_no_answer)
                                                    : words_.text(Ui::report_pitfall_answer, {words_.answer(choice)});
            out_ << "  " << ++rank << ". " << scenario.id << ", " << words_.text(Ui::report_node, {node.node}) << ", " << answer << ": "
                 << words_.taken(choice, node) << " (" << words_.percent(choice.share * 100) << "), " << words_.score(choice) << "\n     "
                 << words_.said(choice) << '\n';
        }
    }

    void choices() {
        out_ << '\n' << words_.text(Ui::report_table_choices) << '\n';
        for (const ScenarioReport& scenario : report_.scenarios) {
            out_ << "  " << scenario.id << ": " << scenario.title << '\n';
            if (scenario.nodes.empty()) out_ << "    " << words_.text(Ui::report_no_decisions) << '\n';
            for (const NodeReport& node : scenario.nodes) {
                out_ << "    " << node.node << ": " << words_.reached(node) << '\n';
                TextTable table({words_.text(Ui::report_column_answer), right(Ui::report_column_taken), right(Ui::report_column_share),
                                 words_.text(Ui::report_column_score), words_.text(Ui::report_column_said)});
                for (const ChoiceShare& choice : node.choices)
                    table.add({words_.answer(choice) + (choice.costly ? " !" : ""), std::to_string(choice.count),
                               words_.percent(choice.share * 100), words_.score(choice), words_.said(choice)});
                table.print(out_, "      ");
            }
        }
    }

    void trends() {
        out_ << '\n' << words_.text(Ui::report_table_trends) << '\n';
        bool any = false;
        for (const TraineeReport& trainee : report_.trainees) {
            if (trainee.trend.empty()) continue;
            any = true;
            out_ << "  " << trainee.id << "  " << trainee.display_name << '\n';
            std::vector<std::string> headings = {words_.text(Ui::report_column_ended), words_.text(Ui::report_column_scenario),
                                                 words_.text(Ui::report_column_ending)};
            append(headings, skill_headings());
            append(headings, {right(Ui::report_column_overall), words_.text(Ui::report_column_session_passed)});
            TextTable table(headings);
            for (const ReportSession& session : trainee.trend) {
                std::vector<std::string> row = {words_.time(session.ended_at), session.scenario_id, words_.ending(session.ending)};
                for (const ReportSkill& skill : session.skills) row.push_back(words_.percent(skill.percent));
                append(row, {words_.percent(session.overall), words_.yes_no(session.passed)});
                table.add(row);
            }
            table.print(out_, "    ");
        }
        if (!any) out_ << "  " << words_.text(Ui::report_no_finished) << '\n';
    }

    const ReportData& report_;
    Wording words_;
    std::ostream& out_;
};

}  // namespace

void write_report_table(const ReportData& report, Language language, std::ostream& out) { TableWriter(report, language, out).write(); }

}  // namespace frontdesk
