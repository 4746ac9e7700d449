// Reading a whole file into memory with the checks every reader of trainers' files needs first (it exists,
// it is a regular file and not a folder, it is not over a size limit, it was read completely), each problem
// reported as a kind, so each reader words it for the file it expects (a scenario, a Twine story).
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
