// Noticing that a scenario file changed on disk, whichever way a text editor saves it: written in place,
// replaced by a rename (vim, gedit, VS Code's atomic save), deleted then written again. Linux inotify on the
// file's folder (a watch on the file itself is lost when the file is replaced), checked without blocking from
// the window's loop.
#pragma once

#include <string>

namespace frontdesk {

class FileWatch {
public:
    explicit FileWatch(std::string path);
    ~FileWatch();
    FileWatch(const FileWatch&) = delete;
    FileWatch& operator=(const FileWatch&) = delete;

    // Whether the file was written, replaced, created or deleted since the last call (never blocks). Several
    // events of one save (truncate, write, close) count as one change.
    bool changed();
    // A descriptor that becomes readable when something happened (for a loop that waits with poll), -1 when
    // watching is not possible. It becomes -1 when the folder itself is removed or moved (the watch goes with
    // it): ask again after each changed().
    int descriptor() const { return fd_; }
    // Why the file cannot be watched (no inotify, the folder is missing...), empty while it is watched; the
    // watch then falls back to comparing the file's modification time and size at each call.
    const std::string& problem() const { return problem_; }
    const std::string& path() const { return path_; }

private:
    std::string path_;
    std::string name_;    // the file's name in its folder
    int fd_ = -1;
    int watch_ = -1;
    std::string problem_;
    long long last_stamp_ = -1;   // the fallback's modification time and size, combined
};

}  // namespace frontdesk
