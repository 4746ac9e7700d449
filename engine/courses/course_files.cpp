// The courses of a library: LIBRARY/courses/*.yaml, each read and checked against the library, and the
// checks between them (one file per course id).
#include "frontdesk/course_files.h"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <map>
#include <system_error>

namespace frontdesk {

std::string course_folder(const std::string& library_folder) { return (std::filesystem::path(library_folder) / "courses").string(); }  // see library_course_folder

std::vector<std::string> find_course_files(const std::string& folder, std::vector<Diagnostic>& problems) {
    namespace fs = std::filesystem;
    std::vector<std::string> files;
    std::error_code error;
    if (!fs::exists(folder, error)) return files;
    if (!fs::is_directory(folder, error)) {
        problems.push_back(Diagnostic{Severity::error, folder, {}, "the course folder is a file, not a folder; courses go in " + folder + "/*.yaml"});
        return files;
    }
    fs::directory_iterator it(folder, error), end;
    if (error) {
        problems.push_back(Diagnostic{Severity::error, folder, {}, "cannot read the course folder: " + error.message()});
        return files;
    }
    for (; it != end; it.increment(error)) {
        if (error) {
            problems.push_back(Diagnostic{Severity::error, folder, {}, "cannot read the course folder: " + error.message()});
            break;
        }
        const fs::path& path = it->path();
        if (path.extension() == ".yaml" && !it->is_directory(error)) files.push_back(path.string());
    }
    std::sort(files.begin(), files.end());
    return files;
}

bool is_course_file(const std::string& path) {
    std::FILE* file = std::fopen(path.c_str(), "rb");
    if (!file) return false;
    // The first key comes after the opening comments; 64 KB of comments is more than any course has.
    std::string opening(64 * 1024, '\0');
    opening.resize(std::fread(opening.data(), 1, opening.size(), file));
    std::fclose(file);
    return looks_like_course(opening);
}

std::string library_of_course_file(const std::string& path) {
    std::error_code error;
    std::filesystem::path folder = std::filesystem::absolute(path, error).parent_path();
    if (error) return {};
    if (folder.filename() != "courses") return {};
    return folder.parent_path().string();
}

std::vector<LoadedCourse> load_courses(const std::string& folder, const std::vector<std::shared_ptr<const Scenario>>& library) {
    std::vector<Diagnostic> problems;
    std::vector<LoadedCourse> courses;
    std::map<std::string, std::pair<std::string, SourceLocation>> first_use;
    for (const std::string& file : find_course_files(folder, problems)) {
        LoadedCourse loaded = load_course_file(file);
        check_course(loaded, library);
        if (loaded.course && !loaded.course->id.empty()) {
            auto [it, inserted] = first_use.emplace(loaded.course->id, std::make_pair(file, loaded.course->id_location));
            if (!inserted)
                loaded.diagnostics.error(loaded.course->id_location, "the course id " + in_quotes(loaded.course->id) + " is already used by " +
                                                                         it->second.first + " (line " + std::to_string(it->second.second.line) +
                                                                         "); give each course its own id",
                                         static_cast<std::uint32_t>(std::min<std::size_t>(loaded.course->id.size(), 200)));
        }
        courses.push_back(std::move(loaded));
    }
    // A folder that cannot be read is a course list with one unreadable entry, so whoever shows courses shows why.
    for (const Diagnostic& problem : problems) {
        LoadedCourse unreadable;
        unreadable.diagnostics = DiagnosticList(problem.path);
        unreadable.diagnostics.add(problem);
        courses.push_back(std::move(unreadable));
    }
    return courses;
}

std::shared_ptr<const Course> find_course(const std::vector<LoadedCourse>& courses, const std::string& id) {
    for (const LoadedCourse& loaded : courses)
        if (loaded.usable() && loaded.course->id == id) return loaded.course;
    return nullptr;
}

std::vector<std::shared_ptr<const Course>> courses_for_cohort(const std::vector<LoadedCourse>& courses, const std::string& cohort) {
    std::vector<std::shared_ptr<const Course>> assigned;
    for (const LoadedCourse& loaded : courses)
        if (loaded.usable() && loaded.course->assigned_to(cohort)) assigned.push_back(loaded.course);
    return assigned;
}

}  // namespace frontdesk
