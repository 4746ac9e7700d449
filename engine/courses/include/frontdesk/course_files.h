// Where courses are: the `courses/` folder of a scenario library (scenarios/courses/*.yaml for the bundled
// one), read and checked against that library. The command line (lint, play --course, course progress) and
// the window find them the same way.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "frontdesk/course.h"

namespace frontdesk {

// The course folder of a library folder: LIBRARY/courses.
std::string course_folder(const std::string& library_folder);

// The *.yaml files of `folder`, sorted by path (none when it does not exist). Problems reading it are
// reported with its path.
std::vector<std::string> find_course_files(const std::string& folder, std::vector<Diagnostic>& problems);

// Whether the file at `path` is a course (looks_like_course on its opening); false when it cannot be read.
bool is_course_file(const std::string& path);

// The library a course file is checked against when none is named: the folder above its `courses` folder, or
// empty when the file is not in one.
std::string library_of_course_file(const std::string& path);

// Every course file of the folder, loaded and checked against `library`; a course id used by two files is an
// error at the second one's id (naming the first file and line).
std::vector<LoadedCourse> load_courses(const std::string& folder, const std::vector<std::shared_ptr<const Scenario>>& library);

// The usable course with this id, or null.
std::shared_ptr<const Course> find_course(const std::vector<LoadedCourse>& courses, const std::string& id);

// The usable courses assigned to a cohort, in file order.
std::vector<std::shared_ptr<const Course>> courses_for_cohort(const std::vector<LoadedCourse>& courses, const std::string& cohort);

}  // namespace frontdesk
