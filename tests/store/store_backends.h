// The backends the store's shared test suite runs against. Each type gives one test a fresh location with
// nothing stored yet (and cleans it up); the suite opens it only through open_results_store and
// open_results_reader, so a second backend joins by adding its type to FRONTDESK_STORE_BACKENDS.
//
//   TEST_CASE_TEMPLATE("store: ...", Backend, FRONTDESK_STORE_BACKENDS) { Backend backend("name"); ... }
#pragma once

#include <libpq-fe.h>

#include <atomic>
#include <cstdlib>
#include <stdexcept>
#include <string>

#include <doctest/doctest.h>

#include "frontdesk/open_results_store.h"
#include "store_test_support.h"

namespace frontdesk::test {

// A results file in a fresh temporary folder.
class SqliteBackend {
public:
    // Opening the location to record creates the store there (a server's needs db init first).
    static constexpr bool created_when_opened = true;
    explicit SqliteBackend(const std::string& test) : folder_("sqlite-" + test) {}
    // Where the test's results live; nothing is there until a store is opened to record.
    std::string location() const { return folder_.file("results.db"); }

private:
    TemporaryFolder folder_;
};

// The test server's superuser URI (tests/store/postgres_server.sh writes it; run_with_postgres.sh passes it on
// as FRONTDESK_TEST_POSTGRES), with the database name replaced.
inline std::string postgres_test_uri(const std::string& database = "postgres") {
    const char* uri = std::getenv("FRONTDESK_TEST_POSTGRES");
    if (!uri || !*uri)
        throw std::runtime_error("FRONTDESK_TEST_POSTGRES is not set: run the PostgreSQL tests through ctest (the postgres_server fixture "
                                 "starts a server), or set it to a superuser's URI of a test server");
    std::string text = uri;
    std::size_t slash = text.find("/postgres?");
    if (slash == std::string::npos) throw std::runtime_error("FRONTDESK_TEST_POSTGRES should end in /postgres?host=...: " + text);
    return text.substr(0, slash) + "/" + database + text.substr(slash + 9);
}

// Runs SQL as the test server's superuser; throws with the server's message.
inline void postgres_admin(const std::string& sql, const std::string& database = "postgres") {
    PGconn* conn = PQconnectdb(postgres_test_uri(database).c_str());
    std::string error;
    if (PQstatus(conn) != CONNECTION_OK) error = PQerrorMessage(conn);
    else {
        PGresult* result = PQexec(conn, sql.c_str());
        if (PQresultStatus(result) != PGRES_COMMAND_OK && PQresultStatus(result) != PGRES_TUPLES_OK) error = PQerrorMessage(conn);
        PQclear(result);
    }
    PQfinish(conn);
    if (!error.empty()) throw std::runtime_error(sql + ": " + error);
}

// A database of its own per test, cloned from one made once per test program by `db init` (creating a
// database from a template is a file copy; running the schema's scripts every time would cost more).
class PostgresBackend {
public:
    static constexpr bool created_when_opened = false;
    explicit PostgresBackend(const std::string& test) {
        static const std::string template_name = [] {
            std::string name = "frontdesk_template_" + std::to_string(::getpid());
            postgres_admin("DROP DATABASE IF EXISTS " + name);
            postgres_admin("CREATE DATABASE " + name + " TEMPLATE template0 ENCODING 'UTF8' LOCALE 'C.UTF-8'");
            initialise_results(postgres_test_uri(name));
            return name;
        }();
        static std::atomic<int> count{0};
        name_ = "frontdesk_test_" + std::to_string(::getpid()) + "_" + std::to_string(++count);
        (void)test;
        postgres_admin("CREATE DATABASE " + name_ + " TEMPLATE " + template_name + " STRATEGY FILE_COPY");
    }
    ~PostgresBackend() {
        try {
            postgres_admin("DROP DATABASE IF EXISTS " + name_ + " WITH (FORCE)");
        } catch (const std::exception&) {
        }
    }
    PostgresBackend(const PostgresBackend&) = delete;
    PostgresBackend& operator=(const PostgresBackend&) = delete;
    std::string location() const { return postgres_test_uri(name_); }
    const std::string& database() const { return name_; }

private:
    std::string name_;
};

}  // namespace frontdesk::test

TYPE_TO_STRING_AS("sqlite", frontdesk::test::SqliteBackend);
TYPE_TO_STRING_AS("postgres", frontdesk::test::PostgresBackend);

#define FRONTDESK_STORE_BACKENDS frontdesk::test::SqliteBackend, frontdesk::test::PostgresBackend
