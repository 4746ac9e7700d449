#include "frontdesk/background_sender.h"

#include <algorithm>
#include <vector>

#include "frontdesk/lrs_state.h"
#include "frontdesk/statement_delivery.h"

namespace frontdesk {

BackgroundSender::BackgroundSender(BackgroundSenderSetup setup) : setup_(std::move(setup)) {
    if (setup_.state_path.empty()) setup_.state_path = lrs_state_path();
    status_.queued = true;
    thread_ = std::thread([this] { run(); });
}

BackgroundSender::~BackgroundSender() { finish(std::chrono::milliseconds(0)); }

void BackgroundSender::session_recorded(std::int64_t session) {
    {
        std::lock_guard<std::mutex> lock(mutex_);
        queued_.insert(session);
        status_.queued = true;
    }
    wake_.notify_all();
}

BackgroundSenderStatus BackgroundSender::status() const {
    std::lock_guard<std::mutex> lock(mutex_);
    return status_;
}

bool BackgroundSender::idle() const { return !status_.sending && ((queued_.empty() && !everything_) || !status_.problem.empty()); }

BackgroundSenderStatus BackgroundSender::finish(std::chrono::milliseconds grace) {
    std::unique_lock<std::mutex> lock(mutex_);
    if (thread_.joinable()) {
        finishing_ = true;
        wake_.notify_all();
        // Waiting ends when everything queued was sent, or an attempt failed (its retry would be long after).
        wake_.wait_for(lock, grace, [this] { return idle(); });
        stopping_ = true;
        wake_.notify_all();
        lock.unlock();
        thread_.join();
        lock.lock();
    }
    return status_;
}

void BackgroundSender::run() {
    std::unique_ptr<ResultsStore> store;
    std::set<std::string> delivered;
    std::unique_lock<std::mutex> lock(mutex_);
    while (true) {
        // Wait for work, and after a failure for the retry time.
        wake_.wait(lock, [this] { return stopping_ || !queued_.empty() || everything_; });
        if (stopping_) break;
        if (std::chrono::steady_clock::now() < retry_at_) {
            wake_.wait_until(lock, retry_at_, [this] { return stopping_ || finishing_; });
            if (stopping_ || finishing_) break;
            continue;
        }
        bool everything = everything_;
        std::set<std::int64_t> sessions;
        sessions.swap(queued_);
        everything_ = false;
        status_.sending = true;
        lock.unlock();
        std::string problem;
        try {
            if (setup_.courses) {
                setup_.settings.xapi.courses = setup_.courses();
                setup_.courses = nullptr;  // read once: every statement of this sender credits the same courses
            }
            if (!store) {
                store = open_results_store(setup_.results_location, setup_.store_options);
                std::vector<std::string> known = store->delivered_statements();
                delivered.insert(known.begin(), known.end());
            }
            attempt(*store, delivered, everything, sessions);
        } catch (const StoreError& e) {
            store.reset();  // opened again next time (the server may have restarted)
            delivered.clear();
            problem = e.what();
        } catch (const std::exception& e) {
            problem = e.what();
        }
        lock.lock();
        status_.sending = false;
        if (!problem.empty()) status_.problem = problem;
        if (!status_.problem.empty()) {
            // Everything is looked at again next time: what failed is still pending in the store.
            everything_ = true;
            retry_seconds_ = retry_seconds_ == 0 ? setup_.first_retry_seconds : std::min(retry_seconds_ * 2, setup_.max_retry_seconds);
            retry_at_ = std::chrono::steady_clock::now() + std::chrono::duration_cast<std::chrono::steady_clock::duration>(
                                                               std::chrono::duration<double>(retry_seconds_));
            if (finishing_) stopping_ = true;  // closing: no second try now, the next start picks it up
        } else {
            retry_seconds_ = 0;
            retry_at_ = {};
        }
        status_.queued = !queued_.empty() || everything_;
        wake_.notify_all();
        if (stopping_) break;
    }
}

void BackgroundSender::attempt(ResultsStore& store, std::set<std::string>& delivered, bool everything, const std::set<std::int64_t>& sessions) {
    PendingStatements pending;
    if (everything) pending = pending_statements(store, delivered, setup_.settings.xapi);
    else pending = pending_statements(store, delivered, setup_.settings.xapi, std::vector<std::int64_t>(sessions.begin(), sessions.end()));
    if (pending.statements.empty()) {
        std::lock_guard<std::mutex> lock(mutex_);
        status_.problem.clear();
        status_.waiting = 0;
        return;
    }
    SyncPolicy policy;
    policy.batch_size = setup_.settings.batch_size;
    // Fewer tries in a row than lrs sync: the sender comes back later anyway, and a trainee closing the
    // window should not wait out a long series.
    policy.attempts = 3;
    // Waits between attempts end early when the program closes.
    policy.sleep = [this](double seconds) {
        std::unique_lock<std::mutex> lock(mutex_);
        wake_.wait_for(lock, std::chrono::duration<double>(seconds), [this] { return stopping_; });
    };
    LrsConnection connection = setup_.settings.connection;
    connection.abandon = [this] {
        std::lock_guard<std::mutex> lock(mutex_);
        return stopping_;
    };
    std::unique_ptr<LrsTransport> transport = make_curl_transport(connection);
    SyncOutcome outcome;
    std::string store_problem;
    try {
        outcome = deliver_statements(store, *transport, connection.endpoint, pending, policy, delivered);
    } catch (const StoreError& e) {
        store_problem = e.what();
        outcome.problem = store_problem;
    }
    LrsAttempt noted;
    noted.by = setup_.by;
    noted.endpoint = connection.endpoint;
    noted.sent = outcome.sent;
    noted.already_there = outcome.already_there;
    noted.not_sent = outcome.not_sent;
    noted.problem = outcome.problem;
    note_lrs_attempt(setup_.state_path, store.location(), noted);
    {
        std::lock_guard<std::mutex> lock(mutex_);
        status_.sent += outcome.sent + outcome.already_there;
        status_.waiting = outcome.complete() ? 0 : std::max<std::size_t>(outcome.not_sent, 1);
        status_.problem = outcome.problem;
    }
    if (!store_problem.empty()) throw StoreError(store_problem);
}

std::unique_ptr<BackgroundSender> start_configured_sender(const std::string& results_location, const std::string& by,
                                                          std::function<std::shared_ptr<const Scenario>(const SessionRecord&)> find_scenario,
                                                          std::function<std::vector<std::shared_ptr<const Course>>()> courses,
                                                          std::string& problem) {
    problem.clear();
    std::string path = frontdesk_config_path();
    LrsSettingsFile file = read_lrs_settings(path);
    if (file.diagnostics.has_errors()) {
        const Diagnostic& first = file.diagnostics.items().front();
        problem = format_diagnostic(first, nullptr);
        while (!problem.empty() && problem.back() == '\n') problem.pop_back();
        return nullptr;
    }
    if (!file.settings || file.settings->connection.endpoint.empty()) return nullptr;
    BackgroundSenderSetup setup;
    setup.settings = *file.settings;
    take_environment_credentials(setup.settings.connection);
    if (std::string missing = lrs_settings_problem(setup.settings, path); !missing.empty()) {
        problem = missing;
        return nullptr;
    }
    setup.settings.xapi.find_scenario = std::move(find_scenario);
    setup.courses = std::move(courses);
    setup.results_location = results_location;
    setup.by = by;
    return std::make_unique<BackgroundSender>(std::move(setup));
}

}  // namespace frontdesk
