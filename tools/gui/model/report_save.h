// The Review's "Save report" without a window: the file offered (the home folder, dated, the format's
// extension), the formats offered, and writing the report the Review shows, in the window's language, as a
// personal data file: owner-only, complete or not at all, never over the results database it came from.
#pragma once

#include <ctime>
#include <optional>
#include <string>
#include <vector>

#include "frontdesk/language.h"
#include "frontdesk/report_formats.h"
#include "frontdesk/results_report.h"

namespace frontdesk::gui {

// HTML to read and print, CSV for a spreadsheet.
const std::vector<ReportFormat>& report_save_formats();
const char* report_extension(ReportFormat format);  // "html", "csv"

// "HOME/frontdesk-report-YYYY-MM-DD.html" for `today` (local time); the current folder when `home` is empty.
std::string default_report_path(ReportFormat format, const std::string& home, std::time_t today);
// `path` with the format's extension in place of another offered format's (a name typed by hand keeps its own).
std::string with_report_extension(const std::string& path, ReportFormat format);
// The offered format a path's extension names (".csv": CSV), if any: typing the name is enough to choose.
std::optional<ReportFormat> report_format_of(const std::string& path);
// What a typed path names: "~/..." in `home`, and relative to the current folder otherwise, as an absolute path.
std::string resolve_report_path(const std::string& typed, const std::string& home);

struct ReportSaveOutcome {
    std::string path;     // where it was written (absolute)
    std::string problem;  // what went wrong (nothing was written); empty when saved

    bool saved() const { return problem.empty(); }
};

// Writes `report` to the file `typed` names. `results_location` is the database's: its files (the database and
// its journals, opened only to name them) are refused as targets.
ReportSaveOutcome save_report(const ReportData& report, ReportFormat format, Language language, const std::string& typed,
                              const std::string& home, const std::string& results_location);

}  // namespace frontdesk::gui
