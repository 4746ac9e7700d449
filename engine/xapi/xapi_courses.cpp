#include "frontdesk/xapi_courses.h"

#include <filesystem>
#include <map>
#include <set>
#include <system_error>

#include "frontdesk/course_files.h"

namespace frontdesk {

CreditedCourses credited_courses(const std::vector<std::string>& course_folders, const std::vector<std::shared_ptr<const Scenario>>& library) {
    std::vector<LoadedCourse> all;
    std::set<std::string> folders_read;
    for (const std::string& folder : course_folders) {
        std::error_code error;
        std::filesystem::path canonical = std::filesystem::weakly_canonical(folder, error);
        if (!folders_read.insert(error ? folder : canonical.string()).second) continue;
        for (LoadedCourse& loaded : load_courses(folder, library)) all.push_back(std::move(loaded));
    }
    return credited_courses(all);
}

CreditedCourses credited_courses(const std::vector<LoadedCourse>& all) {
    CreditedCourses credited;
    std::map<std::string, std::string> first_file;  // course id -> the file that gave it
    for (const LoadedCourse& loaded : all) {
        std::string path = loaded.course ? loaded.course->path : loaded.diagnostics.path();
        if (!loaded.usable()) {
            std::string name = loaded.course && !loaded.course->id.empty() ? "the course " + in_quotes(loaded.course->id) : "this course file";
            credited.left_out.push_back(Diagnostic{Severity::warning, path, {},
                                                   name + " has errors and is not credited in xAPI statements (frontdesk lint " + path +
                                                       " shows them)"});
            continue;
        }
        auto [first, inserted] = first_file.emplace(loaded.course->id, path);
        if (!inserted) {
            credited.left_out.push_back(Diagnostic{Severity::warning, path, loaded.course->id_location,
                                                   "the course id " + in_quotes(loaded.course->id) + " is already given by " + first->second +
                                                       ", which is the one credited in xAPI statements"});
            continue;
        }
        credited.courses.push_back(loaded.course);
    }
    return credited;
}

}  // namespace frontdesk
