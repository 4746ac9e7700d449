#include "frontdesk/scenario_library.h"

#include <algorithm>
#include <filesystem>

namespace frontdesk {


std::vector<std::string> find_scenario_files(const std::vector<std::string>& paths, std::vector<Diagnostic>& problems) {
    namespace fs = std::filesystem;
    std::vector<std::string> files;
    for (const std::string& path : paths) {
        std::error_code error;
        fs::file_status status = fs::status(path, error);
        if (error || !fs::exists(status)) {
            problems.push_back({Severity::error, path, {}, "no such file or folder", 1});
            continue;
        }
        if (!fs::is_directory(status)) {
            files.push_back(path);  // named explicitly: loaded whatever its extension
            continue;
        }
        std::vector<std::string> found;
        fs::recursive_directory_iterator it(path, fs::directory_options::skip_permission_denied, error), end;
        for (; !error && it != end; it.increment(error)) {
            const fs::path& entry = it->path();
            if (entry.extension() == ".yaml" && it->is_regular_file(error)) found.push_back(entry.string());
        }
        if (error) problems.push_back({Severity::error, path, {}, "cannot read folder: " + error.message(), 1});
        std::sort(found.begin(), found.end());
        files.insert(files.end(), found.begin(), found.end());
    }
    return files;
}

}  // namespace frontdesk
