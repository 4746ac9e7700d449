// Recognising our own results files before anything writes to them. The 100-byte SQLite header is read
// directly first, so a device, a FIFO, a text file or another program's database is refused without SQLite
// ever opening it for writing; a file written before frontdesk marked its files (application_id) is
// recognised by its frontdesk_meta table, read through a connection that can create nothing.
#pragma once

#include <sqlite3.h>

#include <cstdint>
#include <string>

namespace frontdesk::sqlite {

// PRAGMA application_id of every frontdesk results file: "FDSK".
constexpr std::int32_t frontdesk_application_id = 0x4644534B;

enum class FileKind {
    missing,    // nothing at the path
    empty,      // a file of 0 bytes (one being created, or created and killed before its first commit)
    marked,     // an SQLite file with frontdesk's application_id
    unmarked,   // an SQLite file without any application_id: ours from before the mark, new, or foreign
};

// Throws StoreError (the file untouched) for a folder, a device, a FIFO or socket, a file that is not
// SQLite, and an SQLite file marked by another program.
FileKind inspect_results_file(const std::string& path);

// What the database itself says, read in one snapshot: another program may be creating the schema between
// two reads, and "version 0 with tables" would then look like another program's database.
struct SchemaIdentity {
    int version = 0;               // PRAGMA user_version
    std::int32_t application_id = 0;
    bool frontdesk_meta = false;   // frontdesk_meta says application = frontdesk
    int tables = 0;                // every table, frontdesk_meta included
};
SchemaIdentity read_schema_identity(sqlite3* db, const std::string& path);

enum class Verdict { ours, fresh, foreign };
// Ours: marked, or unmarked with our frontdesk_meta. Fresh: no table at all and version 0 (an empty SQLite
// file, such as one a concurrent first writer is creating). Anything else is another program's.
Verdict judge(const SchemaIdentity& identity);

// Reads an unmarked file's identity through an immutable, read-only connection (or a read-only one when
// a write-ahead log is there to read), so that not even a -wal or -shm file is created for a foreign file.
SchemaIdentity probe_unmarked_file(const std::string& path);

// A "file:" URI for sqlite3_open_v2 with SQLITE_OPEN_URI, the path percent-encoded, with `query` appended.
std::string file_uri(const std::string& path, const std::string& query);

// The messages for what was refused, each ending "it was left untouched; ...".
std::string foreign_database_message(const std::string& path);
std::string newer_schema_message(const std::string& path, int version);

}  // namespace frontdesk::sqlite
