// The results store on a PostgreSQL server, for a whole training department: every training PC records into
// one database through libpq. A location is a libpq connection URI (postgresql://user@host:port/db, with
// libpq's password file and PG* environment as usual). Writes go through SECURITY DEFINER functions, so a
// training PC's login (group role frontdesk_recorder) records and resumes without reading anybody's results;
// coordinators read as frontdesk_reviewer; the LRS sync (part B) runs as frontdesk_sync. The schema is
// created and upgraded only by `frontdesk db init URI`, run by the database owner (pg_schema.cpp).
#pragma once

#include <memory>
#include <string>

#include "frontdesk/open_results_store.h"
#include "frontdesk/results_store.h"

namespace frontdesk {

// The schema version this program writes; `db init` brings older ones up to it.
//   1 trainees, sessions and their skills, answers stored once, compact decisions, LRS deliveries, the roles.
//   2 fewer and fuller indexes (no sessions by scenario, sessions by trainee alone).
constexpr int postgres_results_schema_version = 2;

// True for "postgresql://..." and "postgres://..." (libpq's URI forms).
bool is_postgres_location(const std::string& location);

// The URI as shown in messages: user, host, port and database, never a password.
std::string postgres_display_location(const std::string& uri);

// Connected, the schema checked (missing or older: a StoreError that says to run db init), ready to record.
std::unique_ptr<ResultsStore> open_postgres_results(const std::string& uri, const StoreOptions& options);
// The same; what it returns cannot write.
std::unique_ptr<ResultsReader> open_postgres_reader(const std::string& uri, const StoreOptions& options);

// Creates or upgrades the schema, the group roles and their grants, in one transaction. Run as the
// database's owner (creating the roles also needs CREATEROLE the first time). Throws StoreError.
ResultsInitOutcome init_postgres_results(const std::string& uri, const StoreOptions& options);

}  // namespace frontdesk
