// Opening results by location: a libpq URI names a PostgreSQL server, anything else an SQLite file path.
#include "frontdesk/open_results_store.h"

#include <cstdlib>

#include "frontdesk/postgres_results_store.h"
#include "frontdesk/sqlite_results_store.h"

namespace frontdesk {

std::string default_results_location() {
    // A training PC's administrator points every program at the department's server once, in the environment.
    const char* chosen = std::getenv("FRONTDESK_DB");
    if (chosen && *chosen) return chosen;
    const char* data = std::getenv("XDG_DATA_HOME");
    if (data && *data) return std::string(data) + "/frontdesk/results.db";
    const char* home = std::getenv("HOME");
    return std::string(home && *home ? home : ".") + "/.local/share/frontdesk/results.db";
}

bool is_server_location(const std::string& location) { return is_postgres_location(location); }

std::string shown_location(const std::string& location) {
    return is_postgres_location(location) ? postgres_display_location(location) : location;
}

std::unique_ptr<ResultsStore> open_results_store(const std::string& location, const StoreOptions& options) {
    if (is_postgres_location(location)) return open_postgres_results(location, options);
    return open_sqlite_results(location, options);
}

std::unique_ptr<ResultsReader> open_results_reader(const std::string& location, const StoreOptions& options) {
    if (is_postgres_location(location)) return open_postgres_reader(location, options);
    return open_sqlite_reader(location, options);
}

ResultsInitOutcome initialise_results(const std::string& location, const StoreOptions& options) {
    if (is_postgres_location(location)) return init_postgres_results(location, options);
    ResultsInitOutcome outcome;
    try {
        outcome.from_version = open_sqlite_reader(location, options)->schema_version();
    } catch (const StoreError&) {
        outcome.from_version = 0;  // nothing there yet (anything else is refused again just below)
    }
    outcome.to_version = open_sqlite_results(location, options)->schema_version();
    return outcome;
}

}  // namespace frontdesk
