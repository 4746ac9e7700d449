// Walking scenario folders without recursion and with bounds (depth, link loops), and the checks across
// the scenarios found.
#include "frontdesk/scenario_library.h"

#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <set>
#include <utility>

namespace frontdesk {

namespace {

namespace fs = std::filesystem;

using FileIdentity = std::pair<dev_t, ino_t>;

void report(std::vector<Diagnostic>& problems, Severity severity, const std::string& path, std::string message) {
    problems.push_back({severity, path, {}, std::move(message), 1});
}

// The scenario files under `root`, depth first with an explicit list of folders still to read (one open
// folder at a time, whatever the depth), sorted by path.
std::vector<std::string> search_folder(const std::string& root, std::set<FileIdentity>& searched_folders,
                                       std::set<FileIdentity>& found_files, std::vector<Diagnostic>& problems,
                                       std::vector<std::string>* course_folders) {
    struct Folder {
        fs::path path;
        int depth;
    };
    std::vector<std::string> found;
    std::vector<Folder> todo{{fs::path(root), 0}};
    while (!todo.empty()) {
        Folder folder = std::move(todo.back());
        todo.pop_back();
        struct stat info {};
        if (::stat(folder.path.c_str(), &info) != 0) {
            report(problems, Severity::error, folder.path.string(), std::string("cannot read folder: ") + std::strerror(errno));
            continue;
        }
        if (!searched_folders.insert({info.st_dev, info.st_ino}).second) {
            // Named twice on the command line is nothing to report; a link inside a folder is.
            if (folder.depth > 0)
                report(problems, Severity::warning, folder.path.string(),
                       "leads to a folder already searched (through a link); skipped");
            continue;
        }
        std::error_code error;
        fs::directory_iterator it(folder.path, error), end;
        std::vector<fs::path> subfolders;
        for (; !error && it != end; it.increment(error)) {
            const fs::directory_entry& entry = *it;
            std::error_code ignored;
            if (entry.is_directory(ignored)) {
                // A library's courses/ folder holds courses, not scenarios (course_files.h reads it).
                if (entry.path().filename() != library_course_folder) subfolders.push_back(entry.path());
                else if (course_folders) course_folders->push_back(entry.path().string());
                continue;
            }
            if (entry.path().extension() != ".yaml") continue;
            // A link to nothing is listed too: loading it says what is wrong.
            if (!entry.is_regular_file(ignored) && !entry.is_symlink(ignored)) continue;
            struct stat file {};
            if (::stat(entry.path().c_str(), &file) == 0 && !found_files.insert({file.st_dev, file.st_ino}).second) continue;
            found.push_back(entry.path().string());
        }
        if (error) {
            report(problems, Severity::error, folder.path.string(),
                   "cannot read folder: " + error.message() + "; the scenarios in it were not checked");
            continue;
        }
        // Reversed, so the first subfolder is read next (the order only matters for the problems' order).
        std::sort(subfolders.rbegin(), subfolders.rend());
        for (fs::path& subfolder : subfolders) {
            if (folder.depth + 1 > max_library_depth) {
                report(problems, Severity::error, subfolder.string(),
                       "more than " + std::to_string(max_library_depth) + " folder levels below " + root +
                           "; not searched, so its scenarios were not checked (move them nearer the top)");
                continue;
            }
            todo.push_back({std::move(subfolder), folder.depth + 1});
        }
    }
    std::sort(found.begin(), found.end());
    return found;
}

}  // namespace

std::vector<std::string> find_scenario_files(const std::vector<std::string>& paths, std::vector<Diagnostic>& problems,
                                             std::vector<std::string>* course_folders) {
    std::vector<std::string> files;
    std::set<FileIdentity> searched_folders, found_files;
    for (const std::string& path : paths) {
        std::error_code error;
        fs::file_status status = fs::status(path, error);
        if (error || !fs::exists(status)) {
            report(problems, Severity::error, path, "no such file or folder");
            continue;
        }
        if (!fs::is_directory(status)) {
            struct stat file {};
            if (::stat(path.c_str(), &file) == 0 && !found_files.insert({file.st_dev, file.st_ino}).second) continue;
            files.push_back(path);  // named explicitly: loaded whatever its extension
            continue;
        }
        std::vector<std::string> found = search_folder(path, searched_folders, found_files, problems, course_folders);
        files.insert(files.end(), found.begin(), found.end());
    }
    return files;
}

void LibraryCheck::add(LoadedScenario& loaded) {
    if (!loaded.scenario || loaded.scenario->id.empty()) return;
    const Scenario& scenario = *loaded.scenario;
    auto width = static_cast<std::uint32_t>(std::min<std::size_t>(scenario.id.size(), 200));
    auto [first, is_first] = ids_.emplace(scenario.id, FirstUse{loaded.diagnostics.path(), scenario.id_location});
    if (!is_first)
        loaded.diagnostics.error(scenario.id_location,
                                 "id " + in_quotes(scenario.id) + " is already the id of " + message_text(first->second.path, 200) +
                                     " (line " + std::to_string(first->second.location.line) +
                                     "); give each scenario its own id, or their results are stored as one scenario's",
                                 width);
    // An invalid id has its own error already.
    std::string name = fs::path(loaded.diagnostics.path()).stem().string();
    if (is_scenario_id(scenario.id) && scenario.id != name)
        loaded.diagnostics.warning(scenario.id_location,
                                   "id " + in_quotes(scenario.id) + " differs from the file name " + in_quotes(name) +
                                       "; rename one so trainers find the file by its id",
                                   width);
    loaded.diagnostics.sort_by_location();
}

void check_library(std::vector<LoadedScenario>& scenarios) {
    LibraryCheck check;
    for (LoadedScenario& loaded : scenarios) check.add(loaded);
}

}  // namespace frontdesk
