// The one writer of personal data files: checks, then temporary file, fsync, rename, fsync of the folder.
#include "frontdesk/personal_data_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>

namespace frontdesk {

namespace {

namespace fs = std::filesystem;

// The same file on disk: what a hard link, a symbolic link or another spelling of the path all share.
bool same_file(const struct stat& a, const struct stat& b) { return a.st_dev == b.st_dev && a.st_ino == b.st_ino; }

// The path as it will be once created: the folder resolved (symbolic links, "..") and the name appended.
fs::path resolved(const std::string& path) {
    std::error_code error;
    fs::path absolute = fs::absolute(path, error);
    if (error) return fs::path(path).lexically_normal();
    fs::path out = fs::weakly_canonical(absolute, error);
    return error ? absolute.lexically_normal() : out;
}

std::string protected_file_problem(const std::string& path, const ResultsReader& store) {
    struct stat target {};
    bool target_exists = ::stat(path.c_str(), &target) == 0;
    fs::path target_path = resolved(path);
    for (const std::string& file : store.files()) {
        struct stat kept {};
        bool kept_exists = ::stat(file.c_str(), &kept) == 0;
        bool same = target_exists && kept_exists ? same_file(target, kept) : target_path == resolved(file);
        if (same)
            return "cannot write " + path + ": it is " + (file == store.location() ? "the results database" : "a journal of the results database " + store.location()) +
                   " this was made from, which it would replace; give another file name";
    }
    return "";
}

}  // namespace

std::string personal_data_file_problem(const std::string& path, const ResultsReader* store_to_protect) {
    if (path.empty()) return "no file name given for the output";
    std::error_code error;
    fs::path target(path);
    fs::path folder = target.parent_path().empty() ? fs::path(".") : target.parent_path();
    struct stat info {};
    if (::stat(path.c_str(), &info) == 0) {
        if (S_ISDIR(info.st_mode)) return "cannot write " + path + ": it is a folder; give a file name";
        if (!S_ISREG(info.st_mode))
            return "cannot write " + path + ": it is a device or a pipe, not a file; give the name of a file to write";
    } else if (!fs::is_directory(folder, error)) {
        // Folders are never created: a typo in the path should not scatter personal data in a new place.
        return "cannot write " + path + ": the folder " + folder.string() + " does not exist (create it first)";
    }
    if (store_to_protect) return protected_file_problem(path, *store_to_protect);
    return "";
}

std::string write_personal_data_file(const std::string& path, const std::string& text, const ResultsReader* store_to_protect) {
    if (std::string problem = personal_data_file_problem(path, store_to_protect); !problem.empty()) return problem;
    fs::path target(path);
    fs::path folder = target.parent_path().empty() ? fs::path(".") : target.parent_path();
    // A temporary file beside the target, renamed over it once complete and synced: readers (and a crash)
    // see the old file or the new one, never half of it. mkstemp makes it owner-only, as personal data
    // must be, whatever the file it replaces allowed.
    std::string temp = (folder / ("." + target.filename().string() + ".XXXXXX")).string();
    int fd = ::mkstemp(temp.data());
    if (fd < 0) return "cannot write in " + folder.string() + ": " + std::strerror(errno);
    bool ok = ::fchmod(fd, 0600) == 0;
    const char* data = text.data();
    std::size_t left = text.size();
    while (ok && left > 0) {
        ssize_t written = ::write(fd, data, left);
        if (written < 0 && errno == EINTR) continue;
        if (written < 0) {
            ok = false;
        } else {
            data += written;
            left -= static_cast<std::size_t>(written);
        }
    }
    ok = ok && ::fsync(fd) == 0;
    int saved = errno;
    ok = ::close(fd) == 0 && ok;
    if (ok && std::rename(temp.c_str(), path.c_str()) == 0) {
        int dir = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        if (dir >= 0) {
            ::fsync(dir);
            ::close(dir);
        }
        return "";
    }
    if (ok) saved = errno;
    ::unlink(temp.c_str());
    std::string reason = std::strerror(saved);
    if (saved == ENOSPC || saved == EDQUOT) reason = "the disk is full; free some space and try again (the file was not written)";
    return "cannot write " + path + ": " + reason;
}

}  // namespace frontdesk
