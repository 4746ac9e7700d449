// The report's shared wording: numbers, dates and the phrases more than one format prints.
#include "report_wording.h"

#include <algorithm>

#include "frontdesk/number_format.h"

namespace frontdesk::report {

namespace {

bool iso_date_at_start(const std::string& iso) { return iso.size() >= 10 && iso[4] == '-' && iso[7] == '-'; }

// "2026-03-02T09:00:00.000Z" -> "02/03/2026 09:00[:00]"; `length` is how much of the ISO text to keep
// (10: the date, 16: minutes, 19: seconds).
std::string day_first(const std::string& iso, std::size_t length) {
    if (!iso_date_at_start(iso)) return iso;
    std::string text = iso.substr(8, 2) + "/" + iso.substr(5, 2) + "/" + iso.substr(0, 4);
    if (length > 10 && iso.size() >= 16) text += " " + iso.substr(11, std::min(length, iso.size()) - 11);
    return text;
}

std::string signed_points(int points) { return (points > 0 ? "+" : "") + std::to_string(points); }

}  // namespace

std::string Wording::percent(const std::optional<double>& value, const char* none) const {
    return value ? format_percent(language_, *value) : none;
}

std::string Wording::decimal(double value, int digits) const { return format_decimal(language_, value, digits); }

std::string Wording::time(const std::string& iso, bool seconds) const {
    if (iso.size() < 16) return iso;
    std::size_t length = seconds ? std::min<std::size_t>(19, iso.size()) : 16;
    if (language_ == Language::it) return day_first(iso, length);
    std::string text = iso.substr(0, length);
    text[10] = ' ';
    return text;
}

std::string Wording::date(const std::string& iso) const { return format_date(language_, iso); }

std::string Wording::skill_heading(const std::string& skill) const { return capitalised(this->skill(skill)); }

std::string Wording::ending(const std::string& ending) const {
    if (ending == "success") return text(Ui::ending_success);
    if (ending == "partial") return text(Ui::ending_partial);
    if (ending == "failure") return text(Ui::ending_failure);
    return ending;
}

std::string Wording::score(const ChoiceShare& choice) const {
    if (choice.score.empty()) return text(Ui::no_points);
    std::string out;
    for (const auto& [skill, points] : choice.score) {
        if (!out.empty()) out += ", ";
        out += this->skill(skill) + " " + signed_points(points);
    }
    return out;
}

std::string Wording::answer(const ChoiceShare& choice) const {
    return choice.timed_out() ? text(Ui::report_no_answer) : std::to_string(choice.choice + 1);
}

std::string Wording::said(const ChoiceShare& choice) const { return choice.timed_out() ? text(Ui::no_answer_in_time) : choice.said; }

std::string Wording::taken(const ChoiceShare& choice, const NodeReport& node) const {
    return text(Ui::report_taken, {std::to_string(choice.count), std::to_string(node.decisions)});
}

std::string Wording::reached(const NodeReport& node) const {
    return text(Ui::report_reached, {std::to_string(node.reached), std::to_string(node.decisions)});
}

std::string Wording::filters(const ResultsFilter& filter) const {
    std::string out;
    auto add = [&](Ui key, const std::string& value) {
        if (value.empty()) return;
        out += (out.empty() ? "" : "; ") + text(key, {value});
    };
    add(Ui::report_filter_cohort, filter.cohort);
    add(Ui::report_filter_scenario, filter.scenario_id);
    add(Ui::report_filter_trainee, filter.trainee);
    // The date as the rest of the report writes dates; English keeps it as typed (already ISO, as --since asks).
    if (language_ == Language::it && iso_date_at_start(filter.since)) {
        std::size_t time_end = filter.since.find_first_of(".Z", 10);
        add(Ui::report_filter_since, day_first(filter.since, std::min(time_end, std::size_t{19})));
    } else {
        add(Ui::report_filter_since, filter.since);
    }
    return out;
}

std::string Wording::period(const ReportData& report) const {
    if (report.first_started.empty()) return text(Ui::report_no_sessions);
    return text(Ui::report_period, {time(report.first_started), time(report.last_started)});
}

std::string capitalised(std::string text) {
    if (!text.empty() && text[0] >= 'a' && text[0] <= 'z') text[0] = static_cast<char>(text[0] - 'a' + 'A');
    return text;
}

std::size_t display_width(const std::string& text) {
    std::size_t width = 0;
    for (unsigned char c : text)
        if ((c & 0xC0) != 0x80) ++width;
    return width;
}

int pitfall_rank(const ReportData& report, std::size_t scenario, std::size_t node, std::size_t choice) {
    for (std::size_t i = 0; i < report.pitfalls.size(); ++i) {
        const Pitfall& p = report.pitfalls[i];
        if (p.scenario == scenario && p.node == node && p.choice == choice) return static_cast<int>(i) + 1;
    }
    return 0;
}

}  // namespace frontdesk::report
