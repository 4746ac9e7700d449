// The report's words, numbers and dates in one language, shared by the table, the CSV and the HTML page so
// the three say the same thing in the same words. Every word comes from the interface text (interface_text.h).
#pragma once

#include <cstddef>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>

#include "frontdesk/interface_text.h"
#include "frontdesk/language.h"
#include "frontdesk/results_report.h"

namespace frontdesk::report {

class Wording {
public:
    explicit Wording(Language language) : language_(language) {}

    Language language() const { return language_; }
    std::string text(Ui key, std::initializer_list<std::string_view> arguments = {}) const { return ui_text(language_, key, arguments); }

    // "56%", or `none` when there is no value.
    std::string percent(const std::optional<double>& value, const char* none = "-") const;
    // "55.6" / "55,6": only for numbers a person reads (SVG and CSS coordinates keep the dot).
    std::string decimal(double value, int digits) const;

    // A stored ISO 8601 UTC time ("2026-03-02T09:00:00.000Z") to the minute, or to the second:
    // "2026-03-02 09:00" in English, "02/03/2026 09:00" in Italian (day first, as Italian readers write it).
    std::string time(const std::string& iso, bool seconds = false) const;
    // The date alone: "2026-03-02" / "02/03/2026".
    std::string date(const std::string& iso) const;

    std::string skill(const std::string& skill) const { return skill_label(language_, skill); }
    std::string skill_heading(const std::string& skill) const;
    // "success" | "partial" | "failure" as the results layer stores them, in words; anything else as stored.
    std::string ending(const std::string& ending) const;
    std::string yes_no(bool yes) const { return text(yes ? Ui::report_yes : Ui::report_no); }

    // "listening +2, respect -1" (every recorded skill, zeros too, as the choice scored them), or "no points".
    std::string score(const ChoiceShare& choice) const;
    // The answer's number, or "no answer" for a timeout.
    std::string answer(const ChoiceShare& choice) const;
    // The words said, or "(no answer in time)".
    std::string said(const ChoiceShare& choice) const;
    // "taken 2 of 3 times".
    std::string taken(const ChoiceShare& choice, const NodeReport& node) const;
    // "reached in 3 sessions, 4 decisions".
    std::string reached(const NodeReport& node) const;

    // "cohort spring-2026; since 2026-03-06", empty without a filter.
    std::string filters(const ResultsFilter& filter) const;
    // "sessions started ... to ... (UTC)" or "no sessions", lower case for use inside a sentence.
    std::string period(const ReportData& report) const;

private:
    Language language_;
};

// First letter in upper case (ASCII; every built-in label starts with one).
std::string capitalised(std::string text);
// Characters (UTF-8 code points), not bytes, so names with accents stay aligned.
std::size_t display_width(const std::string& text);
// Index in report.pitfalls (1-based) of a choice, or 0.
int pitfall_rank(const ReportData& report, std::size_t scenario, std::size_t node, std::size_t choice);

}  // namespace frontdesk::report
