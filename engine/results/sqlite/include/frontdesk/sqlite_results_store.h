// The results store as one SQLite file on the training PC: durable (WAL, synchronous=FULL, each write its
// own IMMEDIATE transaction), safe with several programs writing the same file, versioned with migrations,
// and able to forget a trainee completely. The only code that talks to SQLite about results.
#pragma once

#include <memory>
#include <string>

#include "frontdesk/open_results_store.h"
#include "frontdesk/results_store.h"

namespace frontdesk {

// The schema version this program writes; migrations bring older files up to it.
constexpr int sqlite_results_schema_version = 2;

enum class SqliteAccess { record, read };

// Throws StoreError for a file that is not a frontdesk results database, is newer than this program, or
// cannot be opened (or, to record, written).
std::unique_ptr<ResultsStore> open_sqlite_results(const std::string& path, SqliteAccess access, const StoreOptions& options);

}  // namespace frontdesk
