#include "pg_connection.h"

#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <limits>

#include "frontdesk/postgres_results_store.h"
#include "frontdesk/terminal_text.h"
#include "frontdesk/utf8.h"

namespace frontdesk::pg {

namespace {

// The server's (or libpq's) first line, shown after our explanation as a detail, never alone.
std::string first_line(const char* message) {
    std::string text = message ? message : "";
    std::size_t end = text.find('\n');
    if (end != std::string::npos) text.resize(end);
    if (text.rfind("ERROR:  ", 0) == 0 || text.rfind("FATAL:  ", 0) == 0) text = text.substr(8);
    return terminal_safe(valid_utf8(text));
}

bool contains(const std::string& text, const char* part) { return text.find(part) != std::string::npos; }

// libpq gives no SQLSTATE for a connection that failed to open: its message is all there is.
std::string explain_connect_failure(const std::string& message, const std::string& location) {
    if (contains(message, "password authentication failed") || contains(message, "no password supplied") ||
        contains(message, "authentication failed") || contains(message, "password is required"))
        return "the server refused the login (wrong user name or password? libpq reads the password from ~/.pgpass, "
               "PGPASSFILE or PGPASSWORD; never put it on the command line)";
    if (contains(message, "database \"") && contains(message, "does not exist"))
        return "there is no such database on the server (create it, then run 'frontdesk db init " + location + "' as its owner)";
    if (contains(message, "role \"") && contains(message, "does not exist"))
        return "there is no such login on the server (ask the database administrator to create it; see the README's PostgreSQL section)";
    if (contains(message, "timeout expired"))
        return "the server did not answer in time (is the host right, and does a firewall let the port through?)";
    if (contains(message, "could not translate host name")) return "the server's host name is unknown (is it spelled right?)";
    if (contains(message, "Connection refused") || contains(message, "No such file or directory") || contains(message, "could not connect") ||
        contains(message, "Network is unreachable") || contains(message, "No route to host"))
        return "the server cannot be reached (is it running, and are the host and port right?)";
    if (contains(message, "the database system is starting up") || contains(message, "shutting down"))
        return "the server is starting up or shutting down (try again in a moment)";
    if (contains(message, "too many connections") || contains(message, "remaining connection slots"))
        return "the server has no free connection slots (try again, or ask the administrator to raise max_connections)";
    if (contains(message, "SSL")) return "the secure connection could not be set up (check sslmode and the server's certificate)";
    return "the server could not be connected to";
}

}  // namespace

std::string explain(const std::string& sqlstate, const std::string& server_message, const std::string& location) {
    const std::string init = "run 'frontdesk db init " + location + "' as the database owner";
    if (sqlstate == "42501")
        return "this login is not allowed to do that (training PCs record as frontdesk_recorder, coordinators read as "
               "frontdesk_reviewer, forgetting needs the database owner; see the README's PostgreSQL section)";
    if (sqlstate == "3F000" || sqlstate == "42P01" || sqlstate == "42883" || sqlstate == "42703")
        return "the database has no frontdesk results schema, or an older one (" + init + ")";
    if (sqlstate.rfind("08", 0) == 0) return "the connection to the server was lost (is the server running? try again)";
    if (sqlstate == "57P01" || sqlstate == "57P02" || sqlstate == "57P03")
        return "the server is shutting down or restarting (try again in a moment)";
    if (sqlstate == "53100") return "the server's disk is full (tell the database administrator)";
    if (sqlstate.rfind("53", 0) == 0) return "the server is out of resources (try again; tell the database administrator if it goes on)";
    if (sqlstate == "40001" || sqlstate == "40P01") return "another program was writing the same results at the same moment (try again)";
    if (sqlstate == "55P03") return "another program kept the results locked for too long (try again)";
    if (sqlstate == "57014") return "the server took too long and the request was cancelled (try again)";
    if (sqlstate == "25006") return "the server only accepts reading (is it a standby? use the primary server's address)";
    if (sqlstate == "22021" || sqlstate == "22P05") return "the text holds a character the database cannot store";
    if (sqlstate.empty()) return explain_connect_failure(server_message, location);
    return "the server refused it";
}

Connection::Connection(const std::string& uri, const StoreOptions& options)
    : uri_(uri), location_(postgres_display_location(uri)), options_(options) {
    connect();
}

Connection::~Connection() {
    if (conn_) PQfinish(conn_);
}

// libpq quotes the URI in some messages; the password in it must not reach the screen.
std::string without_uri(std::string message, const std::string& uri, const std::string& location) {
    for (std::size_t at = message.find(uri); !uri.empty() && at != std::string::npos; at = message.find(uri, at + location.size()))
        message.replace(at, uri.size(), location);
    return message;
}

void Connection::connect() {
    if (conn_) PQfinish(conn_);
    {
        char* error = nullptr;
        PQconninfoOption* parsed = PQconninfoParse(uri_.c_str(), &error);
        std::string problem = error ? without_uri(error, uri_, "the URI") : "";
        PQfreemem(error);
        if (!parsed)
            throw StoreError(location_ + ": cannot connect: this is not a connection URI libpq can read (" + first_line(problem.c_str()) +
                             "); the form is postgresql://user@host:port/database");
        PQconninfoFree(parsed);
    }
    // Defaults first: the URI's own settings (expanded from dbname) override them, except the encoding,
    // which the store's text needs. A server that never answers costs connect_timeout, not a hang.
    std::vector<const char*> keywords, values;
    bool timeout_from_environment = std::getenv("PGCONNECT_TIMEOUT") != nullptr;
    if (!timeout_from_environment) keywords.push_back("connect_timeout"), values.push_back("5");
    for (auto [keyword, value] : {std::pair<const char*, const char*>{"application_name", "frontdesk"}, {"keepalives_idle", "10"},
                                  {"keepalives_interval", "5"}, {"keepalives_count", "3"}, {"tcp_user_timeout", "15000"},
                                  {"dbname", uri_.c_str()}, {"client_encoding", "UTF8"}})
        keywords.push_back(keyword), values.push_back(value);
    keywords.push_back(nullptr), values.push_back(nullptr);
    conn_ = PQconnectdbParams(keywords.data(), values.data(), 1);
    if (!conn_) throw StoreError(location_ + ": cannot connect: out of memory");
    if (PQstatus(conn_) != CONNECTION_OK) {
        std::string message = without_uri(PQerrorMessage(conn_), uri_, location_);
        std::string explained = explain("", message, location_);
        PQfinish(conn_);
        conn_ = nullptr;
        throw StoreError(location_ + ": cannot connect: " + explained + " (" + first_line(message.c_str()) + ")");
    }
    user_ = PQuser(conn_) ? PQuser(conn_) : "";
    // Every name the store uses lives in the frontdesk schema; nothing a login can create elsewhere is found first.
    Result result(PQexec(conn_, "SET search_path TO frontdesk, pg_catalog"));
    if (PQresultStatus(result.get()) != PGRES_COMMAND_OK)
        throw StoreError(location_ + ": cannot configure the connection: " + first_line(PQerrorMessage(conn_)));
}

void Connection::reconnect_if_lost(const std::string& what, const std::string& consequence) {
    if (conn_ && PQstatus(conn_) == CONNECTION_OK) return;
    try {
        connect();
    } catch (const StoreError& e) {
        std::string message = e.what();
        // "LOCATION: cannot connect: ..." becomes "LOCATION: WHAT: cannot connect: ...; CONSEQUENCE".
        std::string rest = message.substr(std::min(message.size(), location_.size() + 2));
        throw ServerError(location_ + ": " + what + ": " + rest + (consequence.empty() ? "" : "; " + consequence), "08006");
    }
}

Result Connection::run(const std::string& sql, const Parameters& parameters, const std::string& what, const std::string& consequence) {
    reconnect_if_lost(what, consequence);
    std::vector<const char*> values;
    values.reserve(parameters.size());
    for (const std::optional<std::string>& parameter : parameters) values.push_back(parameter ? parameter->c_str() : nullptr);
    // Without parameters, the simple protocol: it also runs scripts of several statements (db init).
    Result result(values.empty() ? PQexec(conn_, sql.c_str())
                                 : PQexecParams(conn_, sql.c_str(), static_cast<int>(values.size()), nullptr, values.data(), nullptr, nullptr, 0));
    return checked(std::move(result), what, consequence);
}

void Connection::send(const std::string& sql, const std::string& what) {
    if (PQsendQuery(conn_, sql.c_str()) == 1) return;
    checked(Result(nullptr), what, "");
}

Result Connection::receive(const std::string& what) {
    Result result(PQgetResult(conn_));
    // A statement has one result; the null after it ends the exchange.
    while (PGresult* more = PQgetResult(conn_)) PQclear(more);
    return checked(std::move(result), what, "");
}

void Connection::drain() {
    while (PGresult* result = PQgetResult(conn_)) PQclear(result);
}

Result Connection::checked(Result result, const std::string& what, const std::string& consequence) {
    ExecStatusType status = result ? PQresultStatus(result.get()) : PGRES_FATAL_ERROR;
    if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK) return result;
    const char* state = result ? PQresultErrorField(result.get(), PG_DIAG_SQLSTATE) : nullptr;
    std::string sqlstate = state ? state : "";
    std::string message = without_uri(result && PQresultErrorMessage(result.get())[0] ? PQresultErrorMessage(result.get()) : PQerrorMessage(conn_),
                                      uri_, location_);
    // A connection that broke during the call has no SQLSTATE from the server: it is a lost connection.
    if (PQstatus(conn_) != CONNECTION_OK && (sqlstate.empty() || sqlstate.rfind("57P", 0) == 0)) sqlstate = "08006";
    std::string explained = explain(sqlstate, message, location_);
    throw ServerError(location_ + ": " + what + ": " + explained + (consequence.empty() ? "" : "; " + consequence) + " (server: " +
                          first_line(message.c_str()) + ")",
                      sqlstate);
}

ReadSnapshot::ReadSnapshot(Connection& connection, const std::string& what) : connection_(connection) {
    connection_.run("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY", {}, what);
}

ReadSnapshot::~ReadSnapshot() {
    // Nothing to undo; a broken connection has no transaction left either.
    if (PQstatus(connection_.get()) == CONNECTION_OK) PQclear(PQexec(connection_.get(), "ROLLBACK"));
}

std::string text(const PGresult* result, int row, int column) {
    if (PQgetisnull(result, row, column)) return {};
    return valid_utf8(std::string(PQgetvalue(result, row, column), static_cast<std::size_t>(PQgetlength(result, row, column))));
}

bool is_null(const PGresult* result, int row, int column) { return PQgetisnull(result, row, column) != 0; }

std::int64_t integer(const PGresult* result, int row, int column) {
    if (PQgetisnull(result, row, column)) return 0;
    errno = 0;
    char* end = nullptr;
    long long value = std::strtoll(PQgetvalue(result, row, column), &end, 10);
    return end && *end == '\0' ? value : 0;
}

int small_integer(const PGresult* result, int row, int column) {
    std::int64_t value = integer(result, row, column);
    if (value > std::numeric_limits<int>::max()) return std::numeric_limits<int>::max();
    if (value < std::numeric_limits<int>::min()) return std::numeric_limits<int>::min();
    return static_cast<int>(value);
}

double real(const PGresult* result, int row, int column) {
    if (PQgetisnull(result, row, column)) return 0;
    double value = std::strtod(PQgetvalue(result, row, column), nullptr);
    return std::isfinite(value) ? value : 0.0;
}

bool boolean(const PGresult* result, int row, int column) {
    return !PQgetisnull(result, row, column) && PQgetvalue(result, row, column)[0] == 't';
}

std::int64_t binary_integer(const PGresult* result, int row, int column) {
    if (PQgetisnull(result, row, column)) return 0;
    int length = PQgetlength(result, row, column);
    if (length != 2 && length != 4 && length != 8) return 0;
    // Network byte order, two's complement: sign-extended from its width.
    const auto* bytes = reinterpret_cast<const unsigned char*>(PQgetvalue(result, row, column));
    std::uint64_t value = 0;
    for (int i = 0; i < length; ++i) value = value << 8 | bytes[i];
    int unused = 64 - 8 * length;
    return static_cast<std::int64_t>(value << unused) >> unused;
}

std::string number(std::int64_t value) { return std::to_string(value); }

std::string number(double value) {
    if (!std::isfinite(value)) return "0";
    char buffer[40];
    std::snprintf(buffer, sizeof buffer, "%.17g", value);
    return buffer;
}

}  // namespace frontdesk::pg
