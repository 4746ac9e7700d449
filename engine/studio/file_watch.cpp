// inotify on the file's folder, filtered by the file's name; modification time, size and inode compared when
// inotify cannot be had.
#include "frontdesk/file_watch.h"

#include <sys/inotify.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>

namespace frontdesk {

namespace {

constexpr std::uint32_t watched_events = IN_CLOSE_WRITE | IN_MOVED_TO | IN_MOVED_FROM | IN_CREATE | IN_DELETE | IN_MODIFY |
                                         IN_DELETE_SELF | IN_MOVE_SELF | IN_ONLYDIR;

// What the fallback compares: modification time, size and inode (a file replaced by a rename within the same
// second and of the same size is still another inode). -2 when the file is not there.
long long file_stamp(const std::string& path) {
    struct stat info {};
    if (::stat(path.c_str(), &info) != 0) return -2;
    unsigned long long stamp = 1469598103934665603ull;
    for (unsigned long long part : {static_cast<unsigned long long>(info.st_mtim.tv_sec), static_cast<unsigned long long>(info.st_mtim.tv_nsec),
                                    static_cast<unsigned long long>(info.st_size), static_cast<unsigned long long>(info.st_ino)}) {
        stamp ^= part;
        stamp *= 1099511628211ull;
    }
    return static_cast<long long>(stamp & 0x7fffffffffffffffull);
}

}  // namespace

FileWatch::FileWatch(std::string path) : path_(std::move(path)) {
    std::filesystem::path file(path_);
    name_ = file.filename().string();
    std::string folder = file.has_parent_path() ? file.parent_path().string() : std::string(".");
    last_stamp_ = file_stamp(path_);
    if (name_.empty()) {
        problem_ = "'" + path_ + "' names a folder, not a file; watching by its modification time";
        return;
    }
    fd_ = ::inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
    if (fd_ < 0) {
        problem_ = std::string("inotify is not available (") + std::strerror(errno) + "); checking the file's modification time instead";
        return;
    }
    watch_ = ::inotify_add_watch(fd_, folder.c_str(), watched_events);
    if (watch_ < 0) {
        problem_ = "cannot watch the folder '" + folder + "' (" + std::strerror(errno) + "); checking the file's modification time instead";
        ::close(fd_);
        fd_ = -1;
    }
}

FileWatch::~FileWatch() {
    if (fd_ >= 0) ::close(fd_);
}

bool FileWatch::changed() {
    if (fd_ < 0) {
        long long stamp = file_stamp(path_);
        bool different = stamp != last_stamp_;
        last_stamp_ = stamp;
        return different;
    }
    bool changed = false, folder_gone = false;
    // Everything queued is read at once: the truncate, writes and close of one save come back as one change.
    alignas(struct inotify_event) char buffer[16384];
    for (;;) {
        ssize_t got = ::read(fd_, buffer, sizeof buffer);
        if (got < 0 && errno == EINTR) continue;
        if (got <= 0) break;  // EAGAIN: nothing more for now
        for (char* at = buffer; at < buffer + got;) {
            const auto* event = reinterpret_cast<const struct inotify_event*>(at);
            at += sizeof(struct inotify_event) + event->len;
            // Events were lost: the file may have changed among them.
            if (event->mask & IN_Q_OVERFLOW) changed = true;
            if (event->mask & (IN_DELETE_SELF | IN_MOVE_SELF | IN_IGNORED)) folder_gone = true;
            if (event->len > 0 && name_ == event->name) changed = true;
        }
    }
    if (folder_gone) {
        // The watch went with the folder; the file is gone with it, and comes back only with a new folder,
        // which only the modification time can tell.
        ::close(fd_);
        fd_ = -1;
        watch_ = -1;
        problem_ = "the folder of '" + path_ + "' was removed or moved; checking the file's modification time instead";
        changed = true;
    }
    last_stamp_ = file_stamp(path_);
    return changed;
}

}  // namespace frontdesk
