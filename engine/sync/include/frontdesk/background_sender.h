// Sending a session's statements to the LRS while it is played, for the window and the terminal player when
// the settings file configures an LRS: each write the store confirmed (the session begun, a decision, the
// outcome) queues that session, and a thread of its own (with its own connection to the store, so the trainee
// never waits for the network) sends what the LRS has not confirmed and notes each delivery in the store,
// exactly as `frontdesk lrs sync` does. On starting it also sends what earlier sessions left pending. When the
// LRS cannot be reached the statements stay pending (the store is the queue) and are tried again after a
// growing wait; each attempt is noted for `frontdesk lrs status`.
#pragma once

#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include "frontdesk/lrs_settings.h"
#include "frontdesk/open_results_store.h"

namespace frontdesk {

struct BackgroundSenderSetup {
    LrsSettings settings;              // complete: lrs_settings_problem() is empty
    std::string results_location;      // the store the trainee records into (opened again on the thread)
    StoreOptions store_options;
    std::string by = "player";         // who sends, for lrs status: "window" or "player"
    std::string state_path;            // empty: lrs_state_path()
    double first_retry_seconds = 15;   // after a failed attempt, doubled after each one...
    double max_retry_seconds = 600;    // ...up to this
    // The courses credited (XapiOptions::courses), read on the sender's thread before its first attempt: finding
    // and checking them means loading a library, which a trainee starting a session should not wait for.
    // Empty: settings.xapi.courses as given.
    std::function<std::vector<std::shared_ptr<const Course>>()> courses;
};

struct BackgroundSenderStatus {
    std::size_t sent = 0;            // statements the LRS confirmed since the sender started
    std::size_t waiting = 0;         // statements the last attempt could not deliver
    bool queued = false;             // sessions wait to be looked at (or to be tried again)
    bool sending = false;
    std::string problem;             // the last attempt's problem; empty after one that delivered everything
};

class BackgroundSender {
public:
    explicit BackgroundSender(BackgroundSenderSetup setup);
    ~BackgroundSender();  // finish(0): a request in flight is abandoned; what it carried stays pending
    BackgroundSender(const BackgroundSender&) = delete;
    BackgroundSender& operator=(const BackgroundSender&) = delete;

    // A write the store confirmed for this session (its store id): its new statements are sent soon.
    void session_recorded(std::int64_t session);
    BackgroundSenderStatus status() const;
    // Gives what is queued up to `grace` to be sent (not waiting out a retry), then stops the thread;
    // returns how things stand. Anything not delivered stays pending in the store for the next time.
    BackgroundSenderStatus finish(std::chrono::milliseconds grace);

private:
    void run();
    void attempt(ResultsStore& store, std::set<std::string>& delivered, bool everything, const std::set<std::int64_t>& sessions);
    bool idle() const;  // with mutex_ held

    BackgroundSenderSetup setup_;
    mutable std::mutex mutex_;
    std::condition_variable wake_;
    std::set<std::int64_t> queued_;
    bool everything_ = true;  // the first attempt (and one after a failure) looks at every session
    bool stopping_ = false;
    bool finishing_ = false;
    std::chrono::steady_clock::time_point retry_at_{};
    double retry_seconds_ = 0;
    BackgroundSenderStatus status_;
    std::thread thread_;
};

// The sender the settings file (frontdesk_config_path()) asks for, recording into `results_location`; none when
// it configures no LRS, or (with `problem` set, saying what to fix) when its LRS settings cannot be used.
// `find_scenario` gives statements the scenario's texts, as XapiOptions::find_scenario does; `courses` gives the
// courses credited (BackgroundSenderSetup::courses, called only when a sender starts), which must be those lrs
// sync and export-xapi credit (credited_courses() of the same folders), or the LRS refuses these sessions'
// statements from the other as conflicts.
std::unique_ptr<BackgroundSender> start_configured_sender(const std::string& results_location, const std::string& by,
                                                          std::function<std::shared_ptr<const Scenario>(const SessionRecord&)> find_scenario,
                                                          std::function<std::vector<std::shared_ptr<const Course>>()> courses,
                                                          std::string& problem);

}  // namespace frontdesk
