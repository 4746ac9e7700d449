#include "sqlite_file_check.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "frontdesk/results_store.h"
#include "frontdesk/sqlite_results_store.h"
#include "sqlite_connection.h"

namespace frontdesk::sqlite {

namespace {

std::uint32_t big_endian(const unsigned char* bytes) {
    return (std::uint32_t(bytes[0]) << 24) | (std::uint32_t(bytes[1]) << 16) | (std::uint32_t(bytes[2]) << 8) | std::uint32_t(bytes[3]);
}

std::string not_a_file_message(const std::string& path, const struct stat& info) {
    if (S_ISDIR(info.st_mode)) return path + ": is a folder, not a results database; give a file path with --db";
    return path + ": is a device or a pipe, not a results database; it was left untouched; give the path of a results file with --db";
}

}  // namespace

std::string foreign_database_message(const std::string& path) {
    return path + ": is an SQLite database of another program, not frontdesk results; it was left untouched; give another path with --db";
}

std::string newer_schema_message(const std::string& path, int version) {
    return path + ": was written by a newer frontdesk (results schema " + std::to_string(version) + ", this program knows up to " +
           std::to_string(sqlite_results_schema_version) + "); it was left untouched; update frontdesk to use it";
}

FileKind inspect_results_file(const std::string& path) {
    struct stat info {};
    if (::stat(path.c_str(), &info) != 0) {
        if (errno == ENOENT) return FileKind::missing;
        throw StoreError(path + ": cannot be examined: " + std::strerror(errno) + " (check the path and its folders' permissions, or use --db)");
    }
    // Refused by name before it is even opened: opening some devices does something (a tape rewinds).
    if (!S_ISREG(info.st_mode)) throw StoreError(not_a_file_message(path, info));
    int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
    if (fd < 0) throw StoreError(path + ": cannot be read: " + std::strerror(errno) + " (check its permissions, or use --db)");
    struct stat opened {};
    unsigned char header[100] = {};
    ssize_t got = 0;
    bool regular = ::fstat(fd, &opened) == 0 && S_ISREG(opened.st_mode);
    if (regular) {
        while (got < static_cast<ssize_t>(sizeof header)) {
            ssize_t n = ::pread(fd, header + got, sizeof header - static_cast<std::size_t>(got), got);
            if (n < 0 && errno == EINTR) continue;
            if (n <= 0) break;
            got += n;
        }
    }
    int read_error = errno;
    ::close(fd);
    if (!regular) throw StoreError(not_a_file_message(path, opened));  // replaced between the two looks
    if (got < 0) throw StoreError(path + ": cannot be read: " + std::strerror(read_error));
    if (got == 0) return FileKind::empty;
    // Refuse anything that is not SQLite before SQLite touches it (it would happily turn a text file's
    // neighbour, or an empty file, into a database).
    if (got < static_cast<ssize_t>(sizeof header) || std::memcmp(header, "SQLite format 3", 16) != 0)
        throw StoreError(path + ": is not a frontdesk results database (not an SQLite file); it was left untouched; give another path with --db");
    std::int32_t application_id = static_cast<std::int32_t>(big_endian(header + 68));
    if (application_id == frontdesk_application_id) return FileKind::marked;
    if (application_id != 0) throw StoreError(foreign_database_message(path));
    return FileKind::unmarked;
}

SchemaIdentity read_schema_identity(sqlite3* db, const std::string& path) {
    ReadTransaction snapshot(db, path);
    SchemaIdentity identity;
    {
        Statement version(db, path, "PRAGMA user_version");  // the first read: fails here for a damaged file
        if (version.step("cannot read the schema version")) identity.version = version.small_integer(0);
    }
    {
        Statement application(db, path, "PRAGMA application_id");
        if (application.step("cannot read the file's mark")) identity.application_id = static_cast<std::int32_t>(application.integer(0));
    }
    bool has_meta = false;
    {
        Statement tables(db, path, "SELECT count(*), count(CASE WHEN name = 'frontdesk_meta' THEN 1 END) FROM sqlite_master WHERE type = 'table'");
        if (tables.step("cannot read the file's tables")) {
            identity.tables = tables.small_integer(0);
            has_meta = tables.integer(1) > 0;
        }
    }
    if (has_meta) {
        // Another program's table of that name may have other columns: a query that does not fit is no mark.
        sqlite3_stmt* statement = nullptr;
        if (sqlite3_prepare_v2(db, "SELECT 1 FROM frontdesk_meta WHERE key = 'application' AND value = 'frontdesk'", -1, &statement, nullptr) ==
            SQLITE_OK)
            identity.frontdesk_meta = sqlite3_step(statement) == SQLITE_ROW;
        sqlite3_finalize(statement);
    }
    return identity;
}

Verdict judge(const SchemaIdentity& identity) {
    if (identity.application_id == frontdesk_application_id) return Verdict::ours;
    if (identity.application_id != 0) return Verdict::foreign;
    if (identity.frontdesk_meta) return Verdict::ours;
    if (identity.tables == 0 && identity.version == 0) return Verdict::fresh;
    return Verdict::foreign;
}

std::string file_uri(const std::string& path, const std::string& query) {
    static const char hex[] = "0123456789ABCDEF";
    std::string uri = "file:";
    for (unsigned char c : path) {
        bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '/' || c == '-' || c == '_' ||
                     c == '.' || c == '~';
        if (plain) {
            uri += static_cast<char>(c);
        } else {
            uri += '%';
            uri += hex[c >> 4];
            uri += hex[c & 0xF];
        }
    }
    return uri + "?" + query;
}

SchemaIdentity probe_unmarked_file(const std::string& path) {
    struct stat wal {};
    bool has_log = ::stat((path + "-wal").c_str(), &wal) == 0 && wal.st_size > 0;
    // Immutable: SQLite neither locks nor looks for a journal, so nothing beside the file is created. With
    // a write-ahead log already there, its pages may hold the schema, so it is read (read-only) too.
    std::string uri = file_uri(path, has_log ? "mode=ro" : "immutable=1");
    sqlite3* raw = nullptr;
    int code = sqlite3_open_v2(uri.c_str(), &raw, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI | SQLITE_OPEN_FULLMUTEX, nullptr);
    Connection db(raw);
    if (code != SQLITE_OK) fail(db.get(), path, "cannot open", code);
    sqlite3_extended_result_codes(db.get(), 1);
    return read_schema_identity(db.get(), path);
}

}  // namespace frontdesk::sqlite
