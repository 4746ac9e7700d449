// Reading a whole file with the checks every reader of trainers' files needs (a regular file, under a size
// limit, read completely), each problem a kind that each reader words for the file it expects.
#pragma once

#include <cstddef>
#include <string>

namespace frontdesk {

struct WholeFile {
    enum class Problem { none, cannot_open, folder, not_regular, too_large, cannot_read, changed };
    Problem problem = Problem::none;
    int error_number = 0;   // errno, for cannot_open and cannot_read
    std::size_t size = 0;   // the file's size, for too_large
    std::string bytes;      // the content when problem is none
};

// Reads `path`, refusing a file larger than `max_bytes` before reading it.
WholeFile read_whole_file(const std::string& path, std::size_t max_bytes);

}  // namespace frontdesk
