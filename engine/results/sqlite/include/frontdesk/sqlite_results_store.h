// The results store as one SQLite file on the training PC: durable (WAL, synchronous=FULL, each write its
// own IMMEDIATE transaction), safe with several programs writing the same file, versioned with migrations,
// marked as frontdesk's (application_id) and able to forget a trainee completely. The only code that talks
// to SQLite about results.
#pragma once

#include <memory>
#include <string>

#include "frontdesk/open_results_store.h"
#include "frontdesk/results_store.h"

namespace frontdesk {

// The schema version this program writes; migrations bring older files up to it.
//   1 trainees, sessions, decisions; 2 feedback mode, source, indexes; 3 scores in STRICT child tables
//   (session_skills, decision_points) instead of JSON text, and the file marked with application_id; 4 the seed of
//   each session's answer order; 5 the phrasing the conversation used for the trainee; 6 each session's UUID,
//   and the deliveries to a Learning Record Store; 7 decisions refer to answers stored once (stored_answer.h).
constexpr int sqlite_results_schema_version = 7;

// To record: created when missing (owner-only), recognised as ours before anything is written, migrated.
// Throws StoreError for anything else (left untouched).
std::unique_ptr<ResultsStore> open_sqlite_results(const std::string& path, const StoreOptions& options);

// To read only: read-only connection, no migration (an older file is read through a migrated copy in
// memory), no journal mode switch, works in a read-only folder. Throws StoreError.
std::unique_ptr<ResultsReader> open_sqlite_reader(const std::string& path, const StoreOptions& options);

}  // namespace frontdesk
