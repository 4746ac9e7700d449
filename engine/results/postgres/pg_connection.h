// Talking to PostgreSQL for the results store: one connection that reconnects when the server comes back,
// statements with text parameters, and every failure turned into a StoreError that says what happened to
// the results, in the trainers' words, and what to do, with the server's own words only as a detail.
#pragma once

#include <libpq-fe.h>

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "frontdesk/open_results_store.h"
#include "frontdesk/results_store.h"

namespace frontdesk::pg {

struct ClearResult {
    void operator()(PGresult* result) const { PQclear(result); }
};
using Result = std::unique_ptr<PGresult, ClearResult>;

// A failure the server reported, with its SQLSTATE, so a caller can say more about the ones it expects
// (a duplicate step, a forgotten trainee); the message is already complete.
class ServerError : public StoreError {
public:
    ServerError(const std::string& message, std::string sqlstate) : StoreError(message), sqlstate_(std::move(sqlstate)) {}
    const std::string& sqlstate() const { return sqlstate_; }

private:
    std::string sqlstate_;
};

using Parameters = std::vector<std::optional<std::string>>;  // nullopt is NULL

class Connection {
public:
    // Connects (connect_timeout 5 s unless the URI or PGCONNECT_TIMEOUT says otherwise). Throws StoreError.
    Connection(const std::string& uri, const StoreOptions& options);
    ~Connection();
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;

    const std::string& location() const { return location_; }
    const std::string& user() const { return user_; }

    // Runs one statement; a lost connection is re-established first. Throws ServerError ("LOCATION: WHAT:
    // EXPLANATION; CONSEQUENCE") when the statement fails.
    Result run(const std::string& sql, const Parameters& parameters, const std::string& what, const std::string& consequence = "");
    Result run(const std::string& sql, const std::string& what) { return run(sql, {}, what); }

    // A statement sent without waiting for it (so the server works on it meanwhile), and its result, which
    // must be taken before anything else is run; no reconnecting in between (a cursor would be gone). Both
    // throw ServerError as run does. drain() drops a result nobody will take (after an exception).
    void send(const std::string& sql, const std::string& what);
    Result receive(const std::string& what);
    void drain();

    PGconn* get() const { return conn_; }

private:
    void connect();
    void reconnect_if_lost(const std::string& what, const std::string& consequence);
    Result checked(Result result, const std::string& what, const std::string& consequence);

    std::string uri_;
    std::string location_;
    std::string user_;
    StoreOptions options_;
    PGconn* conn_ = nullptr;
};

// A read-only snapshot for several queries (REPEATABLE READ), rolled back when it goes.
class ReadSnapshot {
public:
    ReadSnapshot(Connection& connection, const std::string& what);
    ~ReadSnapshot();
    ReadSnapshot(const ReadSnapshot&) = delete;
    ReadSnapshot& operator=(const ReadSnapshot&) = delete;

private:
    Connection& connection_;
};

// Column values as text results give them.
std::string text(const PGresult* result, int row, int column);
bool is_null(const PGresult* result, int row, int column);
std::int64_t integer(const PGresult* result, int row, int column);   // saturated; 0 for NULL or junk
int small_integer(const PGresult* result, int row, int column);      // saturated to int
double real(const PGresult* result, int row, int column);            // 0 for NULL, junk or not finite
bool boolean(const PGresult* result, int row, int column);
// An integer column (smallint, integer, bigint) of a binary-format result; 0 for NULL or another length.
std::int64_t binary_integer(const PGresult* result, int row, int column);

// Parameters as text: exact for every double (17 significant digits).
std::string number(std::int64_t value);
std::string number(double value);

// What the server means by `sqlstate` (and libpq by the message), as a clause with what to do.
std::string explain(const std::string& sqlstate, const std::string& server_message, const std::string& location);

}  // namespace frontdesk::pg
