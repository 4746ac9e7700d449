// Opening the results store a location names (--db, FRONTDESK_DB, the window's settings), whichever backend
// serves it. The one place that knows every backend, so clients name a location and never a backend.
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "frontdesk/results_store.h"

namespace frontdesk {

struct StoreOptions {
    // How long a write waits for another program's lock (and forgetting waits for readers to let go)
    // before giving up with a StoreError.
    int busy_timeout_ms = 10000;
    // Every time the store writes (a trainee's creation, a session's start and end, a decision taken
    // without its own time) comes from here, as ISO 8601 UTC ("2026-03-02T09:00:00.000Z"); empty means
    // utc_now_iso8601. Tests and fixtures give fixed times without touching any backend's tables.
    std::function<std::string()> clock;
    // Every new session's UUID (SessionRecord::uuid) comes from here, in standard form; empty means a random
    // one. Tests and fixtures give a fixed sequence, so exports named after it stay the same.
    std::function<std::string()> new_uuid;
};

// What `frontdesk db init` did.
struct ResultsInitOutcome {
    int from_version = 0;             // 0: there was no schema
    int to_version = 0;
    std::vector<std::string> notes;   // what else was done ("created the group role frontdesk_recorder", ...)
};

// Where results live when no --db is given: $FRONTDESK_DB when set (a file or a server), else
// $XDG_DATA_HOME/frontdesk/results.db, or ~/.local/share/frontdesk/results.db.
std::string default_results_location();

// A location as messages and help texts show it: a server's URI without its password.
std::string shown_location(const std::string& location);

// Opened to record: created when missing (owner-only), its schema brought up to date. Throws StoreError,
// and refuses (untouched) anything that is not recognised as frontdesk results: another program's file, a
// device or a FIFO, a folder, a newer schema.
std::unique_ptr<ResultsStore> open_results_store(const std::string& location, const StoreOptions& options = {});

// Opened only to read: never created, never migrated, never switched to another journal mode (an older
// schema is read through a migrated copy in memory), usable in a read-only folder. Throws StoreError, and
// says "no results yet at ..." where nothing (or an empty file) exists. Write calls on what it returns
// are impossible: it is only a ResultsReader.
std::unique_ptr<ResultsReader> open_results_reader(const std::string& location, const StoreOptions& options = {});

// True when the location names a server (a PostgreSQL URI) rather than a file.
bool is_server_location(const std::string& location);

// Creates or upgrades the results' schema where the location says (`frontdesk db init`): a file is created
// and migrated as open_results_store does; on a server, run as the database owner, the schema and the group
// roles frontdesk_recorder, frontdesk_reviewer and frontdesk_sync. Throws StoreError.
ResultsInitOutcome initialise_results(const std::string& location, const StoreOptions& options = {});

}  // namespace frontdesk
