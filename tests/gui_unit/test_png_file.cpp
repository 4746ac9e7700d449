// Screenshots that cannot be written say so (tools/gui/app/png_file.cpp): a full disk is an error with the
// path and the reason, never a truncated file reported as saved.
#include <doctest/doctest.h>

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "app/png_file.h"

using namespace frontdesk::gui;

namespace {

std::vector<unsigned char> red_square(int side) {
    std::vector<unsigned char> rgba;
    for (int i = 0; i < side * side; ++i) rgba.insert(rgba.end(), {220, 30, 30, 255});
    return rgba;
}

}  // namespace

TEST_CASE("png file: encoded in memory, written whole") {
    std::vector<unsigned char> png = encode_png(red_square(16), 16, 16);
    REQUIRE(png.size() > 8);
    CHECK(std::string(png.begin() + 1, png.begin() + 4) == "PNG");
    CHECK(encode_png(red_square(4), 16, 16).empty());  // fewer pixels than the size says
    CHECK(encode_png({}, 0, 0).empty());

    std::string path = (std::filesystem::temp_directory_path() / ("frontdesk-png-" + std::to_string(::getpid()) + ".png")).string();
    CHECK(write_file_checked(path, png).empty());
    std::ifstream in(path, std::ios::binary);
    std::vector<unsigned char> back((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    CHECK(back == png);
    std::filesystem::remove(path);
}

TEST_CASE("png file: a full disk and a missing folder are errors that name the path and the reason") {
    std::vector<unsigned char> png = encode_png(red_square(64), 64, 64);
    std::string full = write_file_checked("/dev/full", png);
    CHECK(full.find("cannot write /dev/full") == 0);
    CHECK(full.find("the disk is full") != std::string::npos);
    CHECK(std::filesystem::exists("/dev/full"));  // a device is written to, never replaced or removed

    std::string missing = write_file_checked("/nonexistent-folder/shot.png", png);
    CHECK(missing.find("cannot write /nonexistent-folder/shot.png: No such file or directory") == 0);
}
