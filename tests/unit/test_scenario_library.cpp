// The library walk and the checks across scenarios: unreadable and too-deep folders are reported with
// their paths, folder links are followed once (so a link loop ends), a file reached twice is listed once,
// an id used by two files is an error naming both, and an id that differs from its file name is a warning.
#include <doctest/doctest.h>

#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include "frontdesk/scenario_library.h"
#include "hostile_support.h"

using frontdesk::Diagnostic;
using frontdesk::LoadedScenario;
using frontdesk::Severity;
using frontdesk::test::find_diagnostic;
using frontdesk::test::TemporaryDirectory;
using frontdesk::test::valid_scenario;

namespace fs = std::filesystem;

namespace {

struct Walk {
    std::vector<std::string> files;
    std::vector<Diagnostic> problems;
};

Walk walk(const std::vector<std::string>& paths) {
    auto result = frontdesk::test::run_within_limit<Walk>([paths]() {
        Walk found;
        found.files = frontdesk::find_scenario_files(paths, found.problems);
        return found;
    });
    REQUIRE_MESSAGE(result.has_value(), "the library walk did not finish within the time limit");
    return *result;
}

std::string described(const Walk& found) {
    std::string out;
    for (const std::string& file : found.files) out += "file " + file + "\n";
    for (const Diagnostic& problem : found.problems) out += frontdesk::format_diagnostic(problem, nullptr);
    return out;
}

// Loads the files in order through the library check, as lint does.
std::vector<LoadedScenario> load_checked(const std::vector<std::string>& files) {
    std::vector<LoadedScenario> loaded;
    for (const std::string& file : files) loaded.push_back(frontdesk::load_scenario_file(file));
    frontdesk::check_library(loaded);
    return loaded;
}

std::string with_id(const std::string& id) { return frontdesk::test::replaced(valid_scenario(), "id: test-scenario", "id: " + id); }

// The walk as seen by an unprivileged user: root reads any folder, so as root the walk runs in a child
// process that has given up root first. Returns the walk described as text.
std::string walk_without_privileges(const std::string& path) {
    if (::geteuid() != 0) return described(walk({path}));
    int ends[2];
    REQUIRE(::pipe(ends) == 0);
    pid_t child = ::fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        ::close(ends[0]);
        if (::setgid(65534) != 0 || ::setuid(65534) != 0) ::_exit(2);
        std::vector<Diagnostic> problems;
        std::vector<std::string> files = frontdesk::find_scenario_files({path}, problems);
        Walk found{files, problems};
        std::string text = described(found);
        ssize_t written = ::write(ends[1], text.data(), text.size());
        ::_exit(written == static_cast<ssize_t>(text.size()) ? 0 : 3);
    }
    ::close(ends[1]);
    std::string text;
    char buffer[4096];
    for (ssize_t got; (got = ::read(ends[0], buffer, sizeof buffer)) > 0;) text.append(buffer, static_cast<std::size_t>(got));
    ::close(ends[0]);
    int status = 0;
    ::waitpid(child, &status, 0);
    REQUIRE_MESSAGE((WIFEXITED(status) && WEXITSTATUS(status) == 0), "the unprivileged walk failed");
    return text;
}

}  // namespace

TEST_SUITE("scenario library") {

// ---------------------------------------------------------------------------------------------------------------
// The walk

TEST_CASE("an unreadable subfolder is reported with its path") {
    TemporaryDirectory directory;
    fs::create_directory(directory.path() / "locked");
    directory.write("test-scenario.yaml", valid_scenario());
    directory.write("locked/hidden.yaml", valid_scenario());
    fs::permissions(directory.path(), fs::perms::owner_all | fs::perms::group_read | fs::perms::group_exec |
                                          fs::perms::others_read | fs::perms::others_exec);
    fs::permissions(directory.path() / "test-scenario.yaml", fs::perms::owner_read | fs::perms::owner_write | fs::perms::others_read);
    fs::permissions(directory.path() / "locked", fs::perms::none);
    std::string seen = walk_without_privileges(directory.path().string());
    INFO(seen);
    CHECK(seen.find("file " + (directory.path() / "test-scenario.yaml").string() + "\n") != std::string::npos);
    CHECK(seen.find("hidden.yaml") == std::string::npos);
    CHECK(seen.find((directory.path() / "locked").string() +
                    ": error: cannot read folder: Permission denied; the scenarios in it were not checked") != std::string::npos);
}

TEST_CASE("a folder tree deeper than the limit is searched to the limit and the first folder past it is reported") {
    TemporaryDirectory directory;
    fs::path folder = directory.path();
    for (int level = 1; level <= 40; ++level) {
        folder /= "d";
        fs::create_directory(folder);
        if (level == frontdesk::max_library_depth) std::ofstream(folder / "deepest-checked.yaml") << valid_scenario();
    }
    std::ofstream(folder / "too-deep.yaml") << valid_scenario();
    Walk found = walk({directory.path().string()});
    INFO(described(found));
    REQUIRE(found.files.size() == 1);
    CHECK(found.files.front().find("deepest-checked.yaml") != std::string::npos);
    REQUIRE(found.problems.size() == 1);
    const Diagnostic& problem = found.problems.front();
    CHECK(problem.severity == Severity::error);
    std::string root = directory.path().string();
    CHECK(std::count(problem.path.begin(), problem.path.end(), '/') == std::count(root.begin(), root.end(), '/') + 17);
    CHECK(problem.message.find("more than 16 folder levels below") != std::string::npos);
    CHECK(problem.message.find("not searched, so its scenarios were not checked") != std::string::npos);
}

TEST_CASE("a linked folder is searched, and a link back to a folder already searched ends the loop") {
    TemporaryDirectory library, shared;
    library.write("test-scenario.yaml", valid_scenario());
    shared.write("shared.yaml", with_id("shared"));
    fs::create_directory_symlink(shared.path(), library.path() / "shared");
    fs::create_directory_symlink(library.path(), library.path() / "loop");
    Walk found = walk({library.path().string()});
    INFO(described(found));
    CHECK(found.files == std::vector<std::string>{(library.path() / "shared" / "shared.yaml").string(),
                                                  (library.path() / "test-scenario.yaml").string()});
    REQUIRE(found.problems.size() == 1);
    CHECK(found.problems.front().severity == Severity::warning);
    CHECK(found.problems.front().path == (library.path() / "loop").string());
    CHECK(found.problems.front().message == "leads to a folder already searched (through a link); skipped");
}

TEST_CASE("a file named twice, or named and inside a named folder, is listed once") {
    TemporaryDirectory directory;
    std::string file = directory.write("test-scenario.yaml", valid_scenario());
    Walk found = walk({file, directory.path().string(), file});
    INFO(described(found));
    CHECK(found.files == std::vector<std::string>{file});
    CHECK(found.problems.empty());
}

TEST_CASE("a missing path is an error with its path") {
    TemporaryDirectory directory;
    std::string missing = (directory.path() / "nothing-here").string();
    Walk found = walk({missing});
    REQUIRE(found.problems.size() == 1);
    CHECK(found.problems.front().path == missing);
    CHECK(found.problems.front().message == "no such file or folder");
}

// ---------------------------------------------------------------------------------------------------------------
// Checks across scenarios

TEST_CASE("two files with the same id: an error at the second file's id that names the first file and line") {
    TemporaryDirectory directory;
    fs::create_directory(directory.path() / "sub");
    std::string first = directory.write("sub/test-scenario.yaml", valid_scenario());
    std::string second = directory.write("test-scenario.yaml", valid_scenario());
    Walk found = walk({directory.path().string()});
    REQUIRE(found.files == std::vector<std::string>{first, second});
    std::vector<LoadedScenario> loaded = load_checked(found.files);
    CHECK(loaded[0].diagnostics.items().empty());
    INFO(frontdesk::format_diagnostics(loaded[1]));
    REQUIRE(loaded[1].diagnostics.error_count() == 1);
    const Diagnostic& error = loaded[1].diagnostics.items().front();
    CHECK(error.path == second);
    CHECK(error.location.line == 2);
    CHECK(error.location.column == 5);
    CHECK(error.message == "id 'test-scenario' is already the id of " + first +
                               " (line 2); give each scenario its own id, or their results are stored as one scenario's");
    CHECK_FALSE(loaded[1].playable());
}

TEST_CASE("an id that differs from the file name is a warning at the id") {
    TemporaryDirectory directory;
    std::string file = directory.write("other-name.yaml", valid_scenario());
    std::vector<LoadedScenario> loaded = load_checked({file});
    INFO(frontdesk::format_diagnostics(loaded[0]));
    REQUIRE(loaded[0].diagnostics.items().size() == 1);
    const Diagnostic& warning = loaded[0].diagnostics.items().front();
    CHECK(warning.severity == Severity::warning);
    CHECK(warning.location.line == 2);
    CHECK(warning.location.column == 5);
    CHECK(warning.length == 13);
    CHECK(warning.message ==
          "id 'test-scenario' differs from the file name 'other-name'; rename one so trainers find the file by its id");
    CHECK(loaded[0].playable());
}

TEST_CASE("an invalid id gets its own error only, not a file name warning too") {
    TemporaryDirectory directory;
    std::string file = directory.write("bad.yaml", with_id("Bad_Id"));
    std::vector<LoadedScenario> loaded = load_checked({file});
    INFO(frontdesk::format_diagnostics(loaded[0]));
    CHECK(loaded[0].diagnostics.error_count() == 1);
    CHECK(loaded[0].diagnostics.warning_count() == 0);
}

TEST_CASE("the library check streams: each file is checked against those before it") {
    TemporaryDirectory directory;
    std::string a = directory.write("shared-id.yaml", with_id("shared-id"));
    std::string b = directory.write("b.yaml", with_id("shared-id"));
    std::string c = directory.write("c.yaml", with_id("shared-id"));
    frontdesk::LibraryCheck check;
    std::vector<LoadedScenario> loaded;
    for (const std::string& file : {a, b, c}) {
        loaded.push_back(frontdesk::load_scenario_file(file));
        check.add(loaded.back());
    }
    CHECK(loaded[0].diagnostics.items().empty());
    for (int i = 1; i < 3; ++i) {
        INFO(frontdesk::format_diagnostics(loaded[i]));
        const Diagnostic* duplicate = find_diagnostic(loaded[i], "is already the id of " + a + " (line 2)");
        CHECK(duplicate != nullptr);
        CHECK(find_diagnostic(loaded[i], "differs from the file name") != nullptr);
    }
}

}  // TEST_SUITE
