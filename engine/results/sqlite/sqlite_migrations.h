// The results file's schema history. Each step runs in its own write transaction with its version bump, so a
// crash leaves a file at one version or the next, never between; a step re-reads the version inside the
// lock, since another program may have migrated meanwhile.
#pragma once

#include <sqlite3.h>

#include <string>

namespace frontdesk::sqlite {

// Brings the database up to sqlite_results_schema_version. Throws StoreError.
void migrate(sqlite3* db, const std::string& path);

}  // namespace frontdesk::sqlite
