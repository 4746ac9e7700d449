// The report in each format a coordinator asks for: an aligned table for the terminal, a CSV of sessions
// for a spreadsheet, JSON of the whole report, and one self-contained HTML file (inline CSS and SVG, nothing
// fetched) that prints cleanly to PDF. Each renders the same ReportData, so the formats never disagree.
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

void write_report_table(const ReportData& report, std::ostream& out);
// One row per finished session (UTF-8 with a byte order mark, CRLF, RFC 4180 quoting).
void write_report_csv(const ReportData& report, std::ostream& out);
nlohmann::ordered_json report_json(const ReportData& report);
void write_report_html(const ReportData& report, std::ostream& out);
void write_report(const ReportData& report, ReportFormat format, std::ostream& out);
// The report in `language` (headings, labels, decimal separator; HTML declares it in <html lang>).
void write_report(const ReportData& report, ReportFormat format, Language language, std::ostream& out);

// Shared with the tests: text made safe for HTML (text and attribute values), and one CSV field (quoted
// when needed; text a spreadsheet would run as a formula is prefixed with an apostrophe).
std::string html_escape(std::string_view text);
std::string csv_field(std::string_view text);

}  // namespace frontdesk
