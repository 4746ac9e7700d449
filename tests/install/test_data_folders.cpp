// Where the programs find their bundled scenarios and assets (engine/library/data_folders.cpp): the
// environment variable first, then the installation beside the executable, then the source tree.
#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include <doctest/doctest.h>

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <string>

#include "frontdesk/data_folders.h"

namespace fs = std::filesystem;
using frontdesk::resolve_data_folder;

namespace {

// A scratch folder holding a prefix (PREFIX/bin, PREFIX/share/frontdesk) and a source tree.
struct Layout {
    fs::path root = fs::temp_directory_path() / ("frontdesk-data-folders-" + std::to_string(::getpid()));
    fs::path executable = root / "prefix" / "bin" / "frontdesk";
    fs::path installed_scenarios = (root / "prefix" / "bin" / FRONTDESK_DATA_FROM_BIN / "scenarios").lexically_normal();
    fs::path source_scenarios = root / "source" / "scenarios";

    Layout() {
        fs::create_directories(executable.parent_path());
        fs::create_directories(source_scenarios);
    }
    ~Layout() {
        std::error_code ignored;
        fs::remove_all(root, ignored);
    }
};

}  // namespace

TEST_CASE("the install layout puts the data in PREFIX/share/frontdesk beside PREFIX/bin") {
    CHECK(std::string(FRONTDESK_DATA_FROM_BIN) == "../share/frontdesk");
}

TEST_CASE("an installed program finds its data under its own prefix, not the source tree") {
    Layout layout;
    fs::create_directories(layout.installed_scenarios);
    CHECK(resolve_data_folder("", layout.executable, "scenarios", layout.source_scenarios) == layout.installed_scenarios.string());
    CHECK(layout.installed_scenarios == layout.root / "prefix" / "share" / "frontdesk" / "scenarios");
}

TEST_CASE("a program with nothing installed beside it (a build tree) uses the source tree") {
    Layout layout;
    CHECK(resolve_data_folder("", layout.executable, "scenarios", layout.source_scenarios) == layout.source_scenarios.string());
}

TEST_CASE("the environment variable wins over the installation and the source tree") {
    Layout layout;
    fs::create_directories(layout.installed_scenarios);
    CHECK(resolve_data_folder("/elsewhere/scenarios", layout.executable, "scenarios", layout.source_scenarios) == "/elsewhere/scenarios");
}

TEST_CASE("with neither folder present the installed one is named, so a message says where the files belong") {
    Layout layout;
    fs::remove_all(layout.source_scenarios);
    CHECK(resolve_data_folder("", layout.executable, "scenarios", layout.source_scenarios) == layout.installed_scenarios.string());
}

TEST_CASE("without /proc (no executable path) the source tree is used") {
    Layout layout;
    CHECK(resolve_data_folder("", fs::path(), "scenarios", layout.source_scenarios) == layout.source_scenarios.string());
}

TEST_CASE("this test program, in the build tree, finds the source tree's scenarios; FRONTDESK_SCENARIOS overrides, empty does not") {
    ::unsetenv("FRONTDESK_SCENARIOS");
    CHECK(frontdesk::bundled_scenario_dir() == FRONTDESK_SCENARIO_DIR);
    ::setenv("FRONTDESK_SCENARIOS", "", 1);
    CHECK(frontdesk::bundled_scenario_dir() == FRONTDESK_SCENARIO_DIR);
    ::setenv("FRONTDESK_SCENARIOS", "/srv/training/scenarios", 1);
    CHECK(frontdesk::bundled_scenario_dir() == "/srv/training/scenarios");
    ::unsetenv("FRONTDESK_SCENARIOS");
}

TEST_CASE("FRONTDESK_ASSETS overrides the window's assets folder") {
    ::unsetenv("FRONTDESK_ASSETS");
    CHECK(frontdesk::asset_dir() == FRONTDESK_ASSET_DIR);
    ::setenv("FRONTDESK_ASSETS", "/srv/training/assets", 1);
    CHECK(frontdesk::asset_dir() == "/srv/training/assets");
    ::unsetenv("FRONTDESK_ASSETS");
}
