// FileWatch: every way an editor saves a file is one change; other files in the folder are none; and where
// inotify cannot watch, the modification time still tells.
#include <doctest/doctest.h>

#include <poll.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <thread>

#include "frontdesk/file_watch.h"
#include "hostile_support.h"

using namespace frontdesk;
using frontdesk::test::TemporaryDirectory;

namespace {

// Whether the watch's descriptor becomes readable within `ms` (as the window's loop waits for it).
bool readable_within(const FileWatch& watch, int ms) {
    pollfd wait{watch.descriptor(), POLLIN, 0};
    return ::poll(&wait, 1, ms) == 1 && (wait.revents & POLLIN);
}

// One change seen, and then none: what each save must give.
bool one_change(FileWatch& watch) { return watch.changed() && !watch.changed(); }

}  // namespace

TEST_CASE("file watch: nothing changed is no change") {
    TemporaryDirectory folder;
    FileWatch watch(folder.write("s.yaml", "a: 1\n"));
    CHECK(watch.problem().empty());
    CHECK(watch.descriptor() >= 0);
    CHECK_FALSE(watch.changed());
    CHECK_FALSE(watch.changed());
}

TEST_CASE("file watch: a file written in place is one change, however many writes the save took") {
    TemporaryDirectory folder;
    std::string path = folder.write("s.yaml", "a: 1\n");
    FileWatch watch(path);
    {
        std::FILE* file = std::fopen(path.c_str(), "w");  // truncate, several writes, close
        REQUIRE(file != nullptr);
        for (int i = 0; i < 5; ++i) {
            std::fputs("b: 2\n", file);
            std::fflush(file);
        }
        std::fclose(file);
    }
    CHECK(readable_within(watch, 1000));
    CHECK(one_change(watch));
}

TEST_CASE("file watch: a file replaced by a rename (an editor's atomic save) is a change") {
    TemporaryDirectory folder;
    std::string path = folder.write("s.yaml", "a: 1\n");
    FileWatch watch(path);
    std::string temporary = folder.write(".s.yaml.tmp", "a: 2\n");
    REQUIRE_FALSE(watch.changed());  // the temporary file is not the watched one
    std::filesystem::rename(temporary, path);
    CHECK(readable_within(watch, 1000));
    CHECK(one_change(watch));
    // The watch is on the folder, so it survives the replacement: the next save is seen too.
    folder.write("s.yaml", "a: 3\n");
    CHECK(one_change(watch));
}

TEST_CASE("file watch: a file deleted, then written again, is a change each time") {
    TemporaryDirectory folder;
    std::string path = folder.write("s.yaml", "a: 1\n");
    FileWatch watch(path);
    std::filesystem::remove(path);
    CHECK(one_change(watch));
    folder.write("s.yaml", "a: 1\n");
    CHECK(one_change(watch));
}

TEST_CASE("file watch: other files in the same folder are no change") {
    TemporaryDirectory folder;
    FileWatch watch(folder.write("s.yaml", "a: 1\n"));
    folder.write("other.yaml", "b: 2\n");
    folder.write("s.yaml.bak", "b: 2\n");
    folder.write("s.yam", "b: 2\n");
    std::filesystem::remove(folder.path() / "other.yaml");
    CHECK_FALSE(watch.changed());
}

TEST_CASE("file watch: a folder that does not exist falls back to the modification time, and says why") {
    TemporaryDirectory folder;
    std::string path = (folder.path() / "later" / "s.yaml").string();
    FileWatch watch(path);
    CHECK_FALSE(watch.problem().empty());
    CHECK(watch.problem().find("later") != std::string::npos);
    CHECK(watch.descriptor() == -1);
    CHECK_FALSE(watch.changed());
    std::filesystem::create_directory(folder.path() / "later");
    folder.write("later/s.yaml", "a: 1\n");
    CHECK(one_change(watch));
    // Replaced by another file of the same size: another inode, so still a change.
    folder.write("later/tmp", "a: 2\n");
    std::filesystem::rename(folder.path() / "later" / "tmp", path);
    CHECK(watch.changed());
    std::filesystem::remove(path);
    CHECK(watch.changed());
}

TEST_CASE("file watch: the folder removed under the watch is a change, and watching goes on by modification time") {
    TemporaryDirectory folder;
    std::filesystem::create_directory(folder.path() / "sub");
    std::string path = folder.write("sub/s.yaml", "a: 1\n");
    FileWatch watch(path);
    REQUIRE(watch.descriptor() >= 0);
    std::filesystem::remove_all(folder.path() / "sub");
    CHECK(watch.changed());
    CHECK(watch.descriptor() == -1);
    CHECK_FALSE(watch.problem().empty());
    CHECK_FALSE(watch.changed());
    std::filesystem::create_directory(folder.path() / "sub");
    folder.write("sub/s.yaml", "a: 1\n");
    CHECK(watch.changed());
}

TEST_CASE("file watch: a path without a file name is watched by modification time, and says why") {
    FileWatch watch("/tmp/");
    CHECK_FALSE(watch.problem().empty());
    CHECK(watch.descriptor() == -1);
    FileWatch empty("");
    CHECK_FALSE(empty.problem().empty());
    CHECK_FALSE(empty.changed());
}
