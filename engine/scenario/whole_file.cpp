// The one place that turns a path into bytes for the readers of trainers' files.
#include "frontdesk/whole_file.h"

#include <sys/stat.h>

#include <cerrno>
#include <fstream>

namespace frontdesk {

WholeFile read_whole_file(const std::string& path, std::size_t max_bytes) {
    WholeFile file;
    struct stat info {};
    if (::stat(path.c_str(), &info) != 0) {
        file.problem = WholeFile::Problem::cannot_open;
        file.error_number = errno;
        return file;
    }
    if (S_ISDIR(info.st_mode)) {
        file.problem = WholeFile::Problem::folder;
        return file;
    }
    if (!S_ISREG(info.st_mode)) {
        file.problem = WholeFile::Problem::not_regular;
        return file;
    }
    file.size = static_cast<std::size_t>(info.st_size);
    if (file.size > max_bytes) {
        file.problem = WholeFile::Problem::too_large;
        return file;
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        file.problem = WholeFile::Problem::cannot_read;
        file.error_number = errno;
        return file;
    }
    file.bytes.resize(file.size);
    in.read(file.bytes.data(), static_cast<std::streamsize>(file.bytes.size()));
    if (in.gcount() != static_cast<std::streamsize>(file.bytes.size())) {
        file.problem = WholeFile::Problem::changed;
        file.bytes.clear();
    }
    return file;
}

}  // namespace frontdesk
