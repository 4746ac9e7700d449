// Talking to SQLite for the results store: a connection that closes itself, prepared statements, write
// transactions, and every SQLite failure turned into a StoreError that says what happened to the results,
// in the trainers' words, and what to do.
#pragma once

#include <sqlite3.h>

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "frontdesk/results_store.h"

namespace frontdesk::sqlite {

struct CloseConnection {
    void operator()(sqlite3* db) const { sqlite3_close(db); }
};
using Connection = std::unique_ptr<sqlite3, CloseConnection>;

// What a failed SQLite call means, as a clause: "the disk is full (free some space on it)", "another
// program kept the results file locked for too long (try again)". Reads the connection's last error, and
// `failed_errno`, the errno the failed call left (by default the current one: call it right after).
std::string explain_failure(sqlite3* db, int code);
std::string explain_failure(sqlite3* db, int code, int failed_errno);

// Throws "PATH: WHAT: EXPLANATION; CONSEQUENCE". `consequence` says what was (not) saved, for example
// "nothing of this answer was saved".
[[noreturn]] void fail(sqlite3* db, const std::string& path, const std::string& what, int code, const std::string& consequence = "");

// The text of a column as UTF-8 whatever the row holds (BLOBs, invalid bytes), repaired with U+FFFD.
std::string column_text(sqlite3_stmt* statement, int column);

// A prepared statement that finalises itself.
class Statement {
public:
    Statement(sqlite3* db, const std::string& path, const std::string& sql);
    ~Statement() { sqlite3_finalize(statement_); }
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    Statement& bind(int index, std::string_view value);
    Statement& bind(int index, const std::string& value) { return bind(index, std::string_view(value)); }
    Statement& bind(int index, const char* value) { return bind(index, std::string_view(value)); }
    Statement& bind(int index, std::int64_t value);
    Statement& bind(int index, int value) { return bind(index, static_cast<std::int64_t>(value)); }
    Statement& bind(int index, double value);
    Statement& bind_null(int index);
    // Binds a named parameter (":cohort") when the statement uses it.
    Statement& bind_named(const char* name, const std::string& value);

    // True while there is a row; throws StoreError (with `consequence`, see fail) on failure.
    bool step(const std::string& what, const std::string& consequence = "");
    // The SQLite result of the last step (for the callers that explain a constraint themselves).
    int step_code(const std::string& what);
    void reset();

    std::string text(int column) const { return column_text(statement_, column); }
    std::int64_t integer(int column) const { return sqlite3_column_int64(statement_, column); }
    // An integer column as an int, saturated: a damaged row gives a wrong number, never an overflow.
    int small_integer(int column) const;
    double real(int column) const;
    bool is_null(int column) const { return sqlite3_column_type(statement_, column) == SQLITE_NULL; }
    sqlite3_stmt* get() const { return statement_; }

private:
    sqlite3* db_;
    const std::string& path_;
    sqlite3_stmt* statement_ = nullptr;
};

void exec(sqlite3* db, const std::string& path, const std::string& sql, const std::string& what, const std::string& consequence = "");

// BEGIN IMMEDIATE takes the write lock at once (waiting up to the busy timeout), so a transaction never fails
// half-way because another writer got there first; the destructor rolls back anything not committed.
class WriteTransaction {
public:
    WriteTransaction(sqlite3* db, const std::string& path, const std::string& consequence);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction&) = delete;
    WriteTransaction& operator=(const WriteTransaction&) = delete;
    void commit();

private:
    sqlite3* db_;
    const std::string& path_;
    std::string consequence_;
    bool committed_ = false;
};

// A read transaction: several queries see one snapshot. Rolled back (nothing to undo) when it goes.
class ReadTransaction {
public:
    ReadTransaction(sqlite3* db, const std::string& path);
    ~ReadTransaction();
    ReadTransaction(const ReadTransaction&) = delete;
    ReadTransaction& operator=(const ReadTransaction&) = delete;

private:
    sqlite3* db_;
};

}  // namespace frontdesk::sqlite
