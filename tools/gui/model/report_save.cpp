#include "report_save.h"

#include <filesystem>
#include <sstream>
#include <system_error>

#include "empty_results.h"
#include "frontdesk/interface_text.h"
#include "frontdesk/personal_data_file.h"
#include "review_loader.h"

namespace frontdesk::gui {

const std::vector<ReportFormat>& report_save_formats() {
    static const std::vector<ReportFormat> formats = {ReportFormat::html, ReportFormat::csv};
    return formats;
}

const char* report_extension(ReportFormat format) {
    switch (format) {
        case ReportFormat::html: return "html";
        case ReportFormat::csv: return "csv";
        case ReportFormat::json: return "json";
        case ReportFormat::table: return "txt";
    }
    return "html";
}

std::string default_report_path(ReportFormat format, const std::string& home, std::time_t today) {
    std::tm local{};
    localtime_r(&today, &local);
    char name[64];
    std::strftime(name, sizeof name, "frontdesk-report-%Y-%m-%d.", &local);
    std::string file = name + std::string(report_extension(format));
    return home.empty() ? file : (std::filesystem::path(home) / file).string();
}

std::string with_report_extension(const std::string& path, ReportFormat format) {
    if (!report_format_of(path)) return path;
    return std::filesystem::path(path).replace_extension(report_extension(format)).string();
}

std::optional<ReportFormat> report_format_of(const std::string& path) {
    std::string extension = std::filesystem::path(path).extension().string();
    for (ReportFormat offered : report_save_formats())
        if (extension == std::string(".") + report_extension(offered)) return offered;
    return std::nullopt;
}

std::string resolve_report_path(const std::string& typed, const std::string& home) {
    std::string path = typed;
    if (!home.empty() && (path == "~" || path.rfind("~/", 0) == 0)) path = home + path.substr(1);
    std::error_code error;
    std::filesystem::path absolute = std::filesystem::absolute(path, error);
    return error ? path : absolute.lexically_normal().string();
}

ReportSaveOutcome save_report(const ReportData& report, ReportFormat format, Language language, const std::string& typed,
                              const std::string& home, const std::string& results_location) {
    ReportSaveOutcome outcome;
    std::string trimmed = typed;
    while (!trimmed.empty() && trimmed.back() == ' ') trimmed.pop_back();
    while (!trimmed.empty() && trimmed.front() == ' ') trimmed.erase(trimmed.begin());
    if (trimmed.empty()) {
        outcome.problem = ui_text(language, Ui::report_path_empty);
        return outcome;
    }
    outcome.path = resolve_report_path(trimmed, home);
    std::ostringstream text;
    write_report(report, format, language, text);
    // The database's files (its journals too), as its store names them; a database that cannot be opened is
    // still protected as the file at its location.
    std::unique_ptr<ResultsReader> results;
    try {
        results = open_review_reader(results_location);
    } catch (const StoreError&) {
        results = std::make_unique<EmptyResults>(results_location);
    }
    outcome.problem = write_personal_data_file(outcome.path, text.str(), results.get());
    return outcome;
}

}  // namespace frontdesk::gui
