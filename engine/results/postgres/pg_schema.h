// The results' schema on PostgreSQL: versioned migrations (like the SQLite file's), the functions training
// PCs record through, the three group roles and what each may do. Only `frontdesk db init` changes it.
#pragma once

#include <string>

#include "frontdesk/open_results_store.h"
#include "pg_connection.h"

namespace frontdesk::pg {

// The schema version the database holds (0: none); throws StoreError when the database is not reachable
// or holds a frontdesk schema of another program.
int schema_version(Connection& connection);

// Checked when a store is opened: a missing, older or newer schema is a StoreError saying what to do.
void require_current_schema(Connection& connection);

// The whole of db init, in one transaction.
ResultsInitOutcome initialise(Connection& connection);

}  // namespace frontdesk::pg
