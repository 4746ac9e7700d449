#include "cli_common.h"

#include "frontdesk/results_report.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <ostream>

namespace frontdesk::cli {

LoadedScenario load_and_report(const std::string& path, std::ostream& err) {
    LoadedScenario loaded = load_scenario_file(path);
    err << format_diagnostics(loaded);
    return loaded;
}

std::string format_percent(double value) {
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%.0f%%", value);
    return buffer;
}

std::string format_one_decimal(double value) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.1f", value);
    return buffer;
}

namespace {

template <typename Store, typename Open>
std::unique_ptr<Store> open_existing(const std::string& db_option, const std::string& command, std::ostream& err, Open open) {
    std::string path = db_option.empty() ? default_results_location() : db_option;
    std::error_code error;
    // Reading commands never create a database: a typo in --db must not leave an empty one behind.
    if (!std::filesystem::exists(path, error)) {
        err << "frontdesk " << command << ": no results yet at " << path << '\n';
        return nullptr;
    }
    try {
        return open(path);
    } catch (const StoreError& e) {
        err << "frontdesk " << command << ": " << e.what() << '\n';
        return nullptr;
    }
}

}  // namespace

std::unique_ptr<ResultsReader> open_results_for_reading(const std::string& db_option, const std::string& command, std::ostream& err) {
    return open_existing<ResultsReader>(db_option, command, err, [](const std::string& path) { return open_results_reader(path); });
}

std::unique_ptr<ResultsStore> open_existing_results(const std::string& db_option, const std::string& command, std::ostream& err) {
    return open_existing<ResultsStore>(db_option, command, err, [](const std::string& path) { return open_results_store(path); });
}

std::string write_atomically(const std::string& path, const std::string& text) {
    namespace fs = std::filesystem;
    fs::path target(path);
    fs::path folder = target.parent_path().empty() ? fs::path(".") : target.parent_path();
    std::error_code code;
    // Folders are never created: a typo in the path should not scatter personal data in a new place.
    if (!fs::is_directory(folder, code)) return "cannot write " + path + ": the folder " + folder.string() + " does not exist";
    if (fs::is_directory(target, code)) return "cannot write " + path + ": it is a folder; give a file name";
    // A temporary file beside the target, renamed over it once complete and synced: readers (and a crash)
    // see the old file or the new one, never half of it.
    std::string temp = (folder / ("." + target.filename().string() + ".XXXXXX")).string();
    int fd = ::mkstemp(temp.data());
    if (fd < 0) return "cannot write in " + folder.string() + ": " + std::strerror(errno);
    // mkstemp makes the file owner-only; give it the mode a new file would have, or the replaced file's.
    struct stat existing {};
    mode_t mode;
    if (::stat(path.c_str(), &existing) == 0) {
        mode = existing.st_mode & 07777;
    } else {
        mode_t mask = ::umask(0);
        ::umask(mask);
        mode = 0666 & ~mask;
    }
    bool ok = ::fchmod(fd, mode) == 0;
    const char* data = text.data();
    std::size_t left = text.size();
    while (ok && left > 0) {
        ssize_t written = ::write(fd, data, left);
        if (written < 0 && errno == EINTR) continue;
        if (written < 0) ok = false;
        else {
            data += written;
            left -= static_cast<std::size_t>(written);
        }
    }
    ok = ok && ::fsync(fd) == 0;
    int saved = errno;
    ok = ::close(fd) == 0 && ok;
    if (ok && std::rename(temp.c_str(), path.c_str()) == 0) {
        int dir = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        if (dir >= 0) {
            ::fsync(dir);
            ::close(dir);
        }
        return "";
    }
    if (ok) saved = errno;
    ::unlink(temp.c_str());
    return "cannot write " + path + ": " + std::strerror(saved);
}

void add_results_filter_options(CLI::App& command, ResultsFilter& filter) {
    command.add_option("--cohort", filter.cohort, "Only trainees of this cohort");
    command.add_option("--scenario", filter.scenario_id, "Only sessions of this scenario id");
    command.add_option("--trainee", filter.trainee, "Only this trainee id");
    command.add_option("--since", filter.since, "Only sessions started on or after this date (YYYY-MM-DD, UTC)")
        ->check(CLI::Validator(
            [](std::string& value) {
                return valid_report_since(value) ? std::string()
                                                 : "expected a date like 2026-03-01 or 2026-03-01T09:30, got '" + value + "'";
            },
            "DATE"));
}

}  // namespace frontdesk::cli
