// Loading a library on several threads must give what one thread gives, in the same order, and stop cleanly
// when the caller's handling throws.
#include <doctest/doctest.h>

#include <stdexcept>
#include <string>
#include <vector>

#include "frontdesk/scenario_library.h"
#include "frontdesk/scenario_loader.h"

using namespace frontdesk;

namespace {

struct Seen {
    std::string file, id;
    std::size_t errors = 0, warnings = 0;
    bool operator==(const Seen& other) const {
        return file == other.file && id == other.id && errors == other.errors && warnings == other.warnings;
    }
};

std::vector<Seen> load_all(const std::vector<std::string>& files, unsigned threads) {
    std::vector<Seen> seen;
    load_scenario_files(files, [&](const std::string& file, LoadedScenario& loaded) {
        seen.push_back({file, loaded.scenario ? loaded.scenario->id : "", loaded.diagnostics.error_count(), loaded.diagnostics.warning_count()});
    }, threads);
    return seen;
}

}  // namespace

TEST_CASE("parallel load: the same results in the same order as one thread") {
    std::vector<Diagnostic> problems;
    std::vector<std::string> files = find_scenario_files({FRONTDESK_SCENARIO_DIR, FRONTDESK_FIXTURE_DIR "/lint"}, problems);
    files.push_back(FRONTDESK_FIXTURE_DIR "/no-such-file.yaml");  // unreadable: still handed over, in its place
    REQUIRE(files.size() > 20);
    std::vector<Seen> one = load_all(files, 1);
    REQUIRE(one.size() == files.size());
    for (std::size_t i = 0; i < files.size(); ++i) CHECK(one[i].file == files[i]);
    CHECK(one.back().errors > 0);
    CHECK(load_all(files, 2) == one);
    CHECK(load_all(files, 4) == one);
    CHECK(load_all(files, 0) == one);
    CHECK(load_all({}, 4).empty());
}

TEST_CASE("parallel load: an exception from the caller stops the load and reaches it") {
    std::vector<Diagnostic> problems;
    std::vector<std::string> files = find_scenario_files({FRONTDESK_SCENARIO_DIR}, problems);
    std::size_t handled = 0;
    CHECK_THROWS_AS(load_scenario_files(files, [&](const std::string&, LoadedScenario&) {
        if (++handled == 3) throw std::runtime_error("stop");
    }, 4), std::runtime_error);
    CHECK(handled == 3);
}
