// A library of scenarios: finding the files (the paths a trainer names, folders searched for *.yaml) and
// the checks that need several scenarios at once (each id used by one file only, and matching its file
// name). The command line's lint and list use both, and so can the window's library.
#pragma once

#include <string>
#include <unordered_map>
#include <vector>

#include "frontdesk/data_folders.h"
#include "frontdesk/diagnostic.h"
#include "frontdesk/scenario_loader.h"

namespace frontdesk {

// How many folder levels below a named folder are searched.
constexpr int max_library_depth = 16;

// The subfolder of a library that holds its courses (scenarios/courses/*.yaml): never searched for scenarios.
constexpr const char* library_course_folder = "courses";

// Files in the order given, each folder's files sorted by path (a `courses` subfolder is skipped); a file reached twice (named twice, or
// through a link) is listed once. Folder links are followed. Problems are reported with their path: a path
// that does not exist or a folder that cannot be read (errors), a folder deeper than max_library_depth
// (an error: its scenarios are not checked), a link to a folder already searched (a warning: skipped, which
// also ends link loops).
// The `courses` folders met on the way are added to `course_folders` when given (lint checks them too).
std::vector<std::string> find_scenario_files(const std::vector<std::string>& paths, std::vector<Diagnostic>& problems,
                                             std::vector<std::string>* course_folders = nullptr);

// Checks scenarios against each other as they are loaded one by one (lint and list print each file as they
// go), adding to each file's own diagnostics: an id already used by an earlier file is an error at the
// later file's id that names the earlier file and line (their results would be stored as one scenario's),
// and an id that differs from the file name is a warning.
class LibraryCheck {
public:
    void add(LoadedScenario& loaded);

private:
    struct FirstUse {
        std::string path;
        SourceLocation location;
    };
    std::unordered_map<std::string, FirstUse> ids_;
};

// The same checks for scenarios loaded together, in their order.
void check_library(std::vector<LoadedScenario>& scenarios);

}  // namespace frontdesk
