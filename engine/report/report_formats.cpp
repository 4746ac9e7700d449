// The report formats by name, and the one call that renders any of them in a language.
#include "frontdesk/report_formats.h"

#include <ostream>

namespace frontdesk {

std::optional<ReportFormat> parse_report_format(const std::string& name) {
    if (name == "table") return ReportFormat::table;
    if (name == "csv") return ReportFormat::csv;
    if (name == "json") return ReportFormat::json;
    if (name == "html") return ReportFormat::html;
    return std::nullopt;
}

void write_report(const ReportData& report, ReportFormat format, Language language, std::ostream& out) {
    switch (format) {
        case ReportFormat::table: write_report_table(report, language, out); break;
        case ReportFormat::csv: write_report_csv(report, language, out); break;
        case ReportFormat::json: out << report_json(report).dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) << '\n'; break;
        case ReportFormat::html: write_report_html(report, language, out); break;
    }
}

}  // namespace frontdesk
