// Writing a file of personal data (a report, an xAPI export, a trainee's copy of their data) for the
// command line and the window alike: owner-only (0600), complete or not at all (a temporary file beside it,
// synced, then renamed over it), never a new folder, never onto something that is not a plain file, and
// never onto the results it was made from.
#pragma once

#include <string>

#include "frontdesk/results_store.h"

namespace frontdesk {

// Why `path` may not receive a personal data file, or empty: a folder that does not exist, a folder given
// as the file, a device, a FIFO, or one of `store_to_protect`'s files (the database or its -wal, -shm or
// -journal), recognised by identity (device and inode) where they exist and by resolved path where not.
// `store_to_protect` may be null. The message names the path and says what to do.
std::string personal_data_file_problem(const std::string& path, const ResultsReader* store_to_protect);

// Writes `text` to `path` after the same checks. Returns what went wrong (nothing was written then), or
// empty once the file is complete on disk.
std::string write_personal_data_file(const std::string& path, const std::string& text, const ResultsReader* store_to_protect);

}  // namespace frontdesk
