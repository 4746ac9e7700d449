// Reading a libpq URI for messages: whatever it holds, what is shown names the server and the database and
// never the password (neither user:password@ nor ?password=).
#include <libpq-fe.h>

#include <memory>

#include "frontdesk/postgres_results_store.h"
#include "frontdesk/terminal_text.h"

namespace frontdesk {

bool is_postgres_location(const std::string& location) {
    return location.rfind("postgresql://", 0) == 0 || location.rfind("postgres://", 0) == 0;
}

std::string postgres_display_location(const std::string& uri) {
    char* error = nullptr;
    PQconninfoOption* options = PQconninfoParse(uri.c_str(), &error);
    PQfreemem(error);
    if (!options) return "postgresql://(a URI libpq cannot read)";
    std::unique_ptr<PQconninfoOption, void (*)(PQconninfoOption*)> owned(options, PQconninfoFree);
    std::string user, host, port, dbname;
    for (PQconninfoOption* option = options; option->keyword; ++option) {
        if (!option->val) continue;
        std::string keyword = option->keyword;
        if (keyword == "user") user = option->val;
        else if (keyword == "host") host = option->val;
        else if (keyword == "port") port = option->val;
        else if (keyword == "dbname") dbname = option->val;
    }
    // A socket folder is a path: libpq wants it as ?host= rather than in the authority.
    bool socket = !host.empty() && host[0] == '/';
    std::string shown = "postgresql://";
    if (!user.empty()) shown += user + "@";
    if (!socket) shown += host + (port.empty() ? "" : ":" + port);
    shown += "/" + dbname;
    if (socket) shown += "?host=" + host + (port.empty() ? "" : "&port=" + port);
    return terminal_safe(shown);
}

}  // namespace frontdesk
