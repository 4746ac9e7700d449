// The backends the store's shared test suite runs against. Each type gives one test a fresh location with
// nothing stored yet (and cleans it up); the suite opens it only through open_results_store and
// open_results_reader, so a second backend joins by adding its type to FRONTDESK_STORE_BACKENDS.
//
//   TEST_CASE_TEMPLATE("store: ...", Backend, FRONTDESK_STORE_BACKENDS) { Backend backend("name"); ... }
#pragma once

#include <string>

#include "store_test_support.h"

namespace frontdesk::test {

// A results file in a fresh temporary folder.
class SqliteBackend {
public:
    explicit SqliteBackend(const std::string& test) : folder_("sqlite-" + test) {}
    // Where the test's results live; nothing is there until a store is opened to record.
    std::string location() const { return folder_.file("results.db"); }

private:
    TemporaryFolder folder_;
};

}  // namespace frontdesk::test

#define FRONTDESK_STORE_BACKENDS frontdesk::test::SqliteBackend
