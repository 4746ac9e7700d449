// Opening results by location: today every location is an SQLite file path.
#include "frontdesk/open_results_store.h"

#include <cstdlib>

#include "frontdesk/sqlite_results_store.h"

namespace frontdesk {

std::string default_results_location() {
    const char* data = std::getenv("XDG_DATA_HOME");
    if (data && *data) return std::string(data) + "/frontdesk/results.db";
    const char* home = std::getenv("HOME");
    return std::string(home && *home ? home : ".") + "/.local/share/frontdesk/results.db";
}

std::unique_ptr<ResultsStore> open_results_store(const std::string& location, const StoreOptions& options) {
    return open_sqlite_results(location, options);
}

std::unique_ptr<ResultsReader> open_results_reader(const std::string& location, const StoreOptions& options) {
    return open_sqlite_reader(location, options);
}

}  // namespace frontdesk
