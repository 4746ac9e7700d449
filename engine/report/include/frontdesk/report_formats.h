// The report in each format a coordinator asks for: an aligned table for the terminal, a CSV of sessions
// for a spreadsheet, JSON of the whole report, and one self-contained HTML file (inline CSS and SVG, nothing
// fetched) that prints cleanly to PDF. Each renders the same ReportData, so the formats never disagree.
//
// Language: the table, the CSV and the HTML are written for people, in English or Italian (headings, labels,
// ending and skill names, decimal separator, dates; the Italian CSV separates fields with ';'; the HTML
// declares its language in <html lang>). JSON is data for programs and is the same in every language.
// Without a language, a report is in English.
#pragma once

#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "frontdesk/language.h"
#include "frontdesk/results_report.h"

namespace frontdesk {

enum class ReportFormat { table, csv, json, html };

std::optional<ReportFormat> parse_report_format(const std::string& name);

// The report in `format` and `language`.
void write_report(const ReportData& report, ReportFormat format, Language language, std::ostream& out);

void write_report_table(const ReportData& report, Language language, std::ostream& out);
// One row per finished session (UTF-8 with a byte order mark, CRLF, RFC 4180 quoting; ',' in English, ';'
// and decimal commas in Italian).
void write_report_csv(const ReportData& report, Language language, std::ostream& out);
// Keys, skill names, ending codes and ISO times as stored; numbers as JSON numbers. No language: see above.
nlohmann::ordered_json report_json(const ReportData& report);
void write_report_html(const ReportData& report, Language language, std::ostream& out);

// The English report.
inline void write_report(const ReportData& report, ReportFormat format, std::ostream& out) { write_report(report, format, Language::en, out); }
inline void write_report_table(const ReportData& report, std::ostream& out) { write_report_table(report, Language::en, out); }
inline void write_report_csv(const ReportData& report, std::ostream& out) { write_report_csv(report, Language::en, out); }
inline void write_report_html(const ReportData& report, std::ostream& out) { write_report_html(report, Language::en, out); }

// Shared with the tests: text made safe for HTML (text and attribute values), and one CSV field (quoted
// when it holds the separator, a quote or a line break; text a spreadsheet would run as a formula is
// prefixed with an apostrophe).
std::string html_escape(std::string_view text);
std::string csv_field(std::string_view text, char separator = ',');

}  // namespace frontdesk
