// The Review's reads on a thread of their own, so a slow or unreachable results server never holds up the
// window: each frame the screen hands over what its model needs read and keeps drawing (with a loading
// state), and takes the result back on the main thread. The worker opens its own reader and is the only one
// to use it; the window's store (which records answers) is never touched from here.
#pragma once

#include <chrono>
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>

#include "frontdesk/results_store.h"
#include "library_model.h"
#include "review_model.h"

namespace frontdesk::gui {

class ReviewLoader {
public:
    // Opens the results to read, on the worker (opening may wait for a server as well). Throws StoreError
    // when it cannot; called again for the next read after any failure, so a server back up is found again.
    using OpenReader = std::function<std::unique_ptr<ResultsReader>()>;

    // `library` must outlive the loader (it gives the lines of the scenarios played).
    ReviewLoader(OpenReader open, const LibraryModel& library);
    // Waits for a read under way to end, then stops the worker.
    ~ReviewLoader();
    ReviewLoader(const ReviewLoader&) = delete;
    ReviewLoader& operator=(const ReviewLoader&) = delete;

    // Main thread, once a frame: takes a finished read into `model`, then starts the next read the model
    // needs when none is under way. Returns true when the model took something.
    bool update(ReviewModel& model);
    // A read is under way, or finished and waiting for update().
    bool busy() const;
    // Finished and waiting for update(): the window should draw a frame to take it.
    bool result_waiting() const;
    // How long the read under way has taken so far (0 when idle).
    double busy_seconds() const;

private:
    struct Done {
        std::optional<ReviewModel> read;  // empty when the reads could not begin
        std::string error;
    };

    void run();

    OpenReader open_;
    const LibraryModel& library_;
    std::unique_ptr<ResultsReader> reader_;  // the worker's alone

    mutable std::mutex mutex_;
    std::condition_variable wake_;
    std::optional<ReviewModel> job_;
    std::optional<Done> done_;
    bool running_ = false;
    bool stopping_ = false;
    std::chrono::steady_clock::time_point started_;
    std::thread worker_;  // last: it starts once everything above exists
};

// The results at `location` opened only to read, or, where nothing has been recorded yet (no file, or an
// empty one), a reader that holds nothing: the Review then says there are no results yet rather than that
// they cannot be read. Throws StoreError as open_results_reader does.
std::unique_ptr<ResultsReader> open_review_reader(const std::string& location);

}  // namespace frontdesk::gui
