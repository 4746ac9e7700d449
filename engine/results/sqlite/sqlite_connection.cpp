#include "sqlite_connection.h"

#include <cerrno>
#include <climits>
#include <sys/statvfs.h>
#include <unistd.h>

#include <cmath>
#include <filesystem>

#include "frontdesk/utf8.h"

namespace frontdesk::sqlite {

namespace {

// Less than this free on the results file's disk, an I/O error is taken for a full disk.
constexpr unsigned long long nearly_full_bytes = 1024 * 1024;

bool disk_nearly_full(sqlite3* db) {
    const char* file = db ? sqlite3_db_filename(db, "main") : nullptr;
    if (!file || !*file) return false;
    std::string folder = std::filesystem::path(file).parent_path().string();
    struct statvfs info {};
    if (::statvfs(folder.empty() ? "." : folder.c_str(), &info) != 0) return false;
    // Root may use the blocks reserved for it; anyone else only those available.
    unsigned long long blocks = ::geteuid() == 0 ? info.f_bfree : info.f_bavail;
    return blocks * info.f_frsize < nearly_full_bytes;
}

}  // namespace

std::string explain_failure(sqlite3* db, int code) { return explain_failure(db, code, errno); }

std::string explain_failure(sqlite3* db, int code, int failed_errno) {
    int system_error = db ? sqlite3_system_errno(db) : 0;
    std::string raw = db ? sqlite3_errmsg(db) : sqlite3_errstr(code);
    // A full disk often comes back as a plain "disk I/O error" (a failed fsync, or growing the -shm file), and
    // SQLite does not always keep the system's error: the errno the failed call left, the one SQLite kept,
    // and the disk's free space tell them apart.
    auto no_space = [](int error) { return error == ENOSPC || error == EDQUOT; };
    bool disk_full = (code & 0xFF) == SQLITE_FULL ||
                     ((code & 0xFF) == SQLITE_IOERR && (no_space(failed_errno) || no_space(system_error) || disk_nearly_full(db)));
    if (disk_full) return "the disk is full (free some space on it, then try again)";
    switch (code & 0xFF) {
        case SQLITE_BUSY:
        case SQLITE_LOCKED: return "another program kept the results file locked for too long (try again; if it keeps happening, close the other programs using the file)";
        case SQLITE_READONLY: return "the file or its folder is read-only (choose a writable place with --db)";
        case SQLITE_CANTOPEN: return "the file cannot be opened (check the path and its folder's permissions, or use --db)";
        case SQLITE_CORRUPT:
        case SQLITE_NOTADB: return "the file is damaged or is not a frontdesk results database (give another path with --db)";
        case SQLITE_IOERR: return "the system reported an input/output error, " + raw + " (check the disk)";
        case SQLITE_NOMEM: return "not enough memory";
        default: return raw;
    }
}

void fail(sqlite3* db, const std::string& path, const std::string& what, int code, const std::string& consequence) {
    int failed_errno = errno;  // before anything else can change it
    std::string message = path + ": " + what + ": " + explain_failure(db, code, failed_errno);
    if (!consequence.empty()) message += "; " + consequence;
    throw StoreError(message);
}

std::string column_text(sqlite3_stmt* statement, int column) {
    // sqlite3_column_text before sqlite3_column_bytes: the length is that of the text form.
    const unsigned char* value = sqlite3_column_text(statement, column);
    if (!value) return "";
    std::string_view bytes(reinterpret_cast<const char*>(value), static_cast<std::size_t>(sqlite3_column_bytes(statement, column)));
    return is_valid_utf8(bytes) ? std::string(bytes) : valid_utf8(bytes);
}

Statement::Statement(sqlite3* db, const std::string& path, const std::string& sql) : db_(db), path_(path) {
    int code = sqlite3_prepare_v2(db, sql.c_str(), -1, &statement_, nullptr);
    if (code != SQLITE_OK) fail(db, path, "cannot read the results", code);
}

Statement& Statement::bind(int index, std::string_view value) {
    // An empty view may have no data pointer, which SQLite would store as NULL (a timeout's empty words).
    sqlite3_bind_text(statement_, index, value.data() ? value.data() : "", static_cast<int>(value.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement& Statement::bind(int index, std::int64_t value) {
    sqlite3_bind_int64(statement_, index, value);
    return *this;
}

Statement& Statement::bind(int index, double value) {
    sqlite3_bind_double(statement_, index, value);
    return *this;
}

Statement& Statement::bind_null(int index) {
    sqlite3_bind_null(statement_, index);
    return *this;
}

Statement& Statement::bind_named(const char* name, const std::string& value) {
    int index = sqlite3_bind_parameter_index(statement_, name);
    if (index > 0) bind(index, value);
    return *this;
}

bool Statement::step(const std::string& what, const std::string& consequence) {
    int code = sqlite3_step(statement_);
    if (code == SQLITE_ROW) return true;
    if (code == SQLITE_DONE) return false;
    fail(db_, path_, what, code, consequence);
}

int Statement::step_code(const std::string&) { return sqlite3_step(statement_); }

void Statement::reset() {
    sqlite3_reset(statement_);
    sqlite3_clear_bindings(statement_);
}

int Statement::small_integer(int column) const {
    std::int64_t value = sqlite3_column_int64(statement_, column);
    if (value > INT_MAX) return INT_MAX;
    if (value < INT_MIN) return INT_MIN;
    return static_cast<int>(value);
}

double Statement::real(int column) const {
    double value = sqlite3_column_double(statement_, column);
    return std::isfinite(value) ? value : 0.0;
}

void exec(sqlite3* db, const std::string& path, const std::string& sql, const std::string& what, const std::string& consequence) {
    char* error = nullptr;
    int code = sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &error);
    sqlite3_free(error);  // sqlite3_errmsg says the same, and explain_failure reads it
    if (code != SQLITE_OK) fail(db, path, what, code, consequence);
}

WriteTransaction::WriteTransaction(sqlite3* db, const std::string& path, const std::string& consequence)
    : db_(db), path_(path), consequence_(consequence) {
    exec(db, path, "BEGIN IMMEDIATE", "cannot start writing", consequence);
}

WriteTransaction::~WriteTransaction() {
    if (!committed_) sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr);
}

void WriteTransaction::commit() {
    exec(db_, path_, "COMMIT", "cannot save", consequence_);
    committed_ = true;
}

ReadTransaction::ReadTransaction(sqlite3* db, const std::string& path) : db_(db) { exec(db, path, "BEGIN", "cannot read the results"); }

ReadTransaction::~ReadTransaction() { sqlite3_exec(db_, "COMMIT", nullptr, nullptr, nullptr); }

}  // namespace frontdesk::sqlite
