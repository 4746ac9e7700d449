// A full disk for the SQLite-specific tests, without root or a tiny file system: an SQLite VFS that wraps
// the default one and, while it is told to, fails every write the way a full disk does (SQLITE_FULL, or a
// plain I/O error, with errno left at ENOSPC as the failed system call leaves it), optionally only for the
// main database file (what a checkpoint writes; the write-ahead log still takes commits).
// Installed as the default VFS for the scope of one object, so the store opens through it unchanged.
#pragma once

#include <sqlite3.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <stdexcept>

namespace frontdesk::test {

class FullDisk {
public:
    enum class Mode { off, full, io_error_enospc, main_file_full };

    FullDisk() {
        real_ = sqlite3_vfs_find(nullptr);
        if (!real_) throw std::runtime_error("no default SQLite VFS");
        instance_ = this;
        vfs_ = *real_;
        vfs_.zName = "frontdesk-full-disk";
        vfs_.szOsFile = static_cast<int>(sizeof(File)) + real_->szOsFile;
        vfs_.pNext = nullptr;
        vfs_.xOpen = open;
        vfs_.xGetLastError = last_error;
        if (sqlite3_vfs_register(&vfs_, 1) != SQLITE_OK) throw std::runtime_error("cannot register the full-disk VFS");
    }
    ~FullDisk() {
        sqlite3_vfs_register(real_, 1);
        sqlite3_vfs_unregister(&vfs_);
        instance_ = nullptr;
    }
    FullDisk(const FullDisk&) = delete;
    FullDisk& operator=(const FullDisk&) = delete;

    void set(Mode mode) { mode_ = mode; }

private:
    struct File {
        sqlite3_file base;
        sqlite3_file* real;
        bool main_file;
    };

    static sqlite3_file* real_file(sqlite3_file* file) { return reinterpret_cast<File*>(file)->real; }

    static bool fails(sqlite3_file* file) {
        Mode mode = instance_->mode_;
        if (mode == Mode::main_file_full) return reinterpret_cast<File*>(file)->main_file;
        return mode != Mode::off;
    }

    static int write(sqlite3_file* file, const void* data, int amount, sqlite3_int64 offset) {
        if (fails(file)) {
            errno = ENOSPC;
            return instance_->mode_ == Mode::io_error_enospc ? SQLITE_IOERR_WRITE : SQLITE_FULL;
        }
        return real_file(file)->pMethods->xWrite(real_file(file), data, amount, offset);
    }

    static int last_error(sqlite3_vfs*, int, char*) {
        return instance_ && instance_->mode_ == Mode::io_error_enospc ? ENOSPC : errno;
    }

    static int open(sqlite3_vfs*, sqlite3_filename name, sqlite3_file* file, int flags, int* out_flags) {
        File* wrapper = reinterpret_cast<File*>(file);
        wrapper->real = reinterpret_cast<sqlite3_file*>(wrapper + 1);
        wrapper->main_file = (flags & SQLITE_OPEN_MAIN_DB) != 0;
        int code = instance_->real_->xOpen(instance_->real_, name, wrapper->real, flags, out_flags);
        if (code != SQLITE_OK || !wrapper->real->pMethods) {
            file->pMethods = nullptr;
            return code;
        }
        instance_->methods_ = *wrapper->real->pMethods;
        instance_->methods_.xClose = [](sqlite3_file* f) { return real_file(f)->pMethods->xClose(real_file(f)); };
        instance_->methods_.xRead = [](sqlite3_file* f, void* data, int amount, sqlite3_int64 offset) {
            return real_file(f)->pMethods->xRead(real_file(f), data, amount, offset);
        };
        instance_->methods_.xWrite = write;
        instance_->methods_.xTruncate = [](sqlite3_file* f, sqlite3_int64 size) { return real_file(f)->pMethods->xTruncate(real_file(f), size); };
        instance_->methods_.xSync = [](sqlite3_file* f, int flags) { return real_file(f)->pMethods->xSync(real_file(f), flags); };
        instance_->methods_.xFileSize = [](sqlite3_file* f, sqlite3_int64* size) { return real_file(f)->pMethods->xFileSize(real_file(f), size); };
        instance_->methods_.xLock = [](sqlite3_file* f, int lock) { return real_file(f)->pMethods->xLock(real_file(f), lock); };
        instance_->methods_.xUnlock = [](sqlite3_file* f, int lock) { return real_file(f)->pMethods->xUnlock(real_file(f), lock); };
        instance_->methods_.xCheckReservedLock = [](sqlite3_file* f, int* out) {
            return real_file(f)->pMethods->xCheckReservedLock(real_file(f), out);
        };
        instance_->methods_.xFileControl = [](sqlite3_file* f, int op, void* arg) {
            return real_file(f)->pMethods->xFileControl(real_file(f), op, arg);
        };
        instance_->methods_.xSectorSize = [](sqlite3_file* f) { return real_file(f)->pMethods->xSectorSize(real_file(f)); };
        instance_->methods_.xDeviceCharacteristics = [](sqlite3_file* f) {
            return real_file(f)->pMethods->xDeviceCharacteristics(real_file(f));
        };
        instance_->methods_.xShmMap = [](sqlite3_file* f, int region, int size, int extend, void volatile** out) {
            return real_file(f)->pMethods->xShmMap(real_file(f), region, size, extend, out);
        };
        instance_->methods_.xShmLock = [](sqlite3_file* f, int offset, int n, int flags) {
            return real_file(f)->pMethods->xShmLock(real_file(f), offset, n, flags);
        };
        instance_->methods_.xShmBarrier = [](sqlite3_file* f) { real_file(f)->pMethods->xShmBarrier(real_file(f)); };
        instance_->methods_.xShmUnmap = [](sqlite3_file* f, int remove) { return real_file(f)->pMethods->xShmUnmap(real_file(f), remove); };
        // Memory-mapped reads would bypass nothing of interest, but their pages must come from the real file.
        instance_->methods_.xFetch = [](sqlite3_file* f, sqlite3_int64 offset, int amount, void** out) {
            return real_file(f)->pMethods->xFetch(real_file(f), offset, amount, out);
        };
        instance_->methods_.xUnfetch = [](sqlite3_file* f, sqlite3_int64 offset, void* page) {
            return real_file(f)->pMethods->xUnfetch(real_file(f), offset, page);
        };
        file->pMethods = &instance_->methods_;
        return SQLITE_OK;
    }

    static inline FullDisk* instance_ = nullptr;
    sqlite3_vfs* real_ = nullptr;
    sqlite3_vfs vfs_{};
    sqlite3_io_methods methods_{};
    Mode mode_ = Mode::off;
};

}  // namespace frontdesk::test
