// What the hostile-input tests share: a watchdog that turns a hang into a failure, loading under it, the
// checks for "exactly one error here", and scratch directories. Every hostile load runs under the watchdog,
// so a hang fails its test instead of stalling the whole run.
#pragma once

#include <doctest/doctest.h>

#include <sys/stat.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <exception>
#include <filesystem>
#include <fstream>
#include <functional>
#include <future>
#include <memory>
#include <optional>
#include <string>
#include <thread>

#include "frontdesk/source_text.h"
#include "test_support.h"

namespace frontdesk::test {

constexpr std::chrono::seconds watchdog_limit{20};

// Runs `work` on its own thread and gives up after watchdog_limit. Work that hangs is left running on a
// detached thread (the process ends with the test run) and reported as a failure by the caller.
template <typename Result>
std::optional<Result> run_within_limit(std::function<Result()> work) {
    auto promise = std::make_shared<std::promise<Result>>();
    std::future<Result> future = promise->get_future();
    std::thread([promise, work = std::move(work)]() {
        try {
            promise->set_value(work());
        } catch (...) {
            promise->set_exception(std::current_exception());  // reported by doctest as an unexpected exception
        }
    }).detach();
    if (future.wait_for(watchdog_limit) != std::future_status::ready) return std::nullopt;
    return future.get();
}

inline std::optional<LoadedScenario> load_within_limit(std::function<LoadedScenario()> load) {
    return run_within_limit<LoadedScenario>(std::move(load));
}

inline std::string all_diagnostics(const LoadedScenario& loaded) {
    std::string out = format_diagnostics(loaded);
    return out.empty() ? std::string("(no diagnostics)") : out;
}

// `text` with the single occurrence of `from` replaced by `to`; the test stops if `from` is missing or
// ambiguous, so a change to valid_scenario() cannot silently turn a test into a no-op.
inline std::string replaced(std::string text, const std::string& from, const std::string& to) {
    std::size_t at = text.find(from);
    REQUIRE_MESSAGE(at != std::string::npos, "text to replace not found: " << from);
    REQUIRE_MESSAGE(text.find(from, at + 1) == std::string::npos, "text to replace is ambiguous: " << from);
    text.replace(at, from.size(), to);
    return text;
}

inline std::string replaced_everywhere(std::string text, const std::string& from, const std::string& to) {
    for (std::size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size()))
        text.replace(at, from.size(), to);
    return text;
}

inline std::string scenario_with(const std::string& from, const std::string& to) { return replaced(valid_scenario(), from, to); }

// A scratch directory under the system temporary directory, removed with everything in it at the end.
class TemporaryDirectory {
public:
    TemporaryDirectory() {
        std::string pattern = (std::filesystem::temp_directory_path() / "frontdesk-hostile-XXXXXX").string();
        char* made = ::mkdtemp(pattern.data());
        REQUIRE(made != nullptr);
        path_ = made;
    }
    ~TemporaryDirectory() {
        std::error_code ignored;
        std::filesystem::permissions(path_, std::filesystem::perms::owner_all, ignored);
        for (const auto& entry : std::filesystem::directory_iterator(path_, ignored))
            std::filesystem::permissions(entry.path(), std::filesystem::perms::owner_all, ignored);
        std::filesystem::remove_all(path_, ignored);
    }
    TemporaryDirectory(const TemporaryDirectory&) = delete;
    TemporaryDirectory& operator=(const TemporaryDirectory&) = delete;

    const std::filesystem::path& path() const { return path_; }

    // Writes `bytes` to `name` (a path relative to the directory; its folders must exist).
    std::string write(const std::string& name, const std::string& bytes) const {
        std::filesystem::path file = path_ / name;
        std::ofstream out(file, std::ios::binary);
        out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
        REQUIRE(out.good());
        return file.string();
    }

private:
    std::filesystem::path path_;
};

}  // namespace frontdesk::test

// Loads `text` under the watchdog into `loaded` (a const LoadedScenario&) and stops the test when it does
// not finish.
#define LOAD_TEXT(loaded, text)                                                                              \
    std::string loaded##_text_ = (text);                                                                     \
    std::optional<frontdesk::LoadedScenario> loaded##_result_ = frontdesk::test::load_within_limit(          \
        [t = loaded##_text_]() { return frontdesk::test::load_text(t); });                                   \
    REQUIRE_MESSAGE(loaded##_result_.has_value(), "loading did not finish within the time limit (hang)");   \
    const frontdesk::LoadedScenario& loaded = *loaded##_result_

#define LOAD_FILE(loaded, path)                                                                              \
    std::string loaded##_path_ = (path);                                                                     \
    std::optional<frontdesk::LoadedScenario> loaded##_result_ = frontdesk::test::load_within_limit(          \
        [p = loaded##_path_]() { return frontdesk::load_scenario_file(p); });                                \
    REQUIRE_MESSAGE(loaded##_result_.has_value(), "loading did not finish within the time limit (hang)");   \
    const frontdesk::LoadedScenario& loaded = *loaded##_result_

// Exactly one error, whose message contains `fragment`, at the given position (0, 0 for the whole file).
#define CHECK_ONE_ERROR(loaded, expected_line, expected_column, fragment)                                     \
    do {                                                                                                       \
        const frontdesk::LoadedScenario& check_loaded_ = (loaded);                                             \
        INFO("diagnostics of the load:\n" << frontdesk::test::all_diagnostics(check_loaded_));                 \
        CHECK(check_loaded_.diagnostics.error_count() == 1);                                                   \
        CHECK_FALSE(check_loaded_.playable());                                                                 \
        const frontdesk::Diagnostic* check_found_ = frontdesk::test::find_diagnostic(check_loaded_, (fragment)); \
        REQUIRE_MESSAGE(check_found_ != nullptr, "no diagnostic contains: " << (fragment));                   \
        CHECK(check_found_->severity == frontdesk::Severity::error);                                           \
        CHECK(check_found_->location.line == (expected_line));                                                 \
        CHECK(check_found_->location.column == (expected_column));                                             \
    } while (false)

#define CHECK_LOADS_CLEANLY(loaded)                                                          \
    do {                                                                                     \
        INFO("diagnostics of the load:\n" << frontdesk::test::all_diagnostics(loaded));      \
        CHECK((loaded).diagnostics.items().empty());                                         \
        CHECK((loaded).playable());                                                          \
    } while (false)
