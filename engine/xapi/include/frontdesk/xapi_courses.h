// Which courses the xAPI statements credit (XapiOptions::courses): the usable courses of the course folders a
// program knows, gathered one way by export-xapi, lrs sync, the player and the window, since a session's
// statements must be the same whichever of them sends them.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "frontdesk/course.h"
#include "frontdesk/diagnostic.h"

namespace frontdesk {

struct CreditedCourses {
    std::vector<std::shared_ptr<const Course>> courses;  // in folder order, then file order
    // A warning for each course left out: one with errors (lint shows them), or one whose id an earlier folder
    // already gave (two parent activities with one id would be one course counted twice).
    std::vector<Diagnostic> left_out;
};

// The usable courses of `course_folders` (each a folder of *.yaml courses, as course_folder() names a library's;
// a folder that does not exist gives none), each checked against `library`; a folder named twice is read once.
CreditedCourses credited_courses(const std::vector<std::string>& course_folders, const std::vector<std::shared_ptr<const Scenario>>& library);
// The same choice among courses already read and checked, in that order (the window's library has them).
CreditedCourses credited_courses(const std::vector<LoadedCourse>& loaded);

}  // namespace frontdesk
