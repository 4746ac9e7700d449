#include "review_loader.h"

#include <filesystem>
#include <system_error>

#include "empty_results.h"
#include "frontdesk/open_results_store.h"

namespace frontdesk::gui {

std::unique_ptr<ResultsReader> open_review_reader(const std::string& location) {
    // Only a file can be missing or empty; any other kind of location (a server) is the store's to judge.
    std::error_code error;
    bool url = location.find("://") != std::string::npos;
    if (!url && (!std::filesystem::exists(location, error) ||
                 (std::filesystem::is_regular_file(location, error) && std::filesystem::file_size(location, error) == 0)))
        return std::make_unique<EmptyResults>(location);
    return open_results_reader(location);
}

ReviewLoader::ReviewLoader(OpenReader open, const LibraryModel& library)
    : open_(std::move(open)), library_(library), worker_([this] { run(); }) {}

ReviewLoader::~ReviewLoader() {
    {
        std::lock_guard<std::mutex> lock(mutex_);
        stopping_ = true;
    }
    wake_.notify_all();
    worker_.join();
}

bool ReviewLoader::update(ReviewModel& model) {
    bool changed = false;
    std::unique_lock<std::mutex> lock(mutex_);
    if (done_) {
        Done done = std::move(*done_);
        done_.reset();
        running_ = false;
        lock.unlock();
        if (done.read) model.finish_refresh(std::move(*done.read));
        else model.fail_refresh(std::move(done.error));
        changed = true;
        lock.lock();
    }
    if (!running_ && model.needs_refresh()) {
        job_ = model.start_refresh();
        running_ = true;
        started_ = std::chrono::steady_clock::now();
        lock.unlock();
        wake_.notify_one();
    }
    return changed;
}

bool ReviewLoader::busy() const {
    std::lock_guard<std::mutex> lock(mutex_);
    return running_;
}

bool ReviewLoader::result_waiting() const {
    std::lock_guard<std::mutex> lock(mutex_);
    return done_.has_value();
}

double ReviewLoader::busy_seconds() const {
    std::lock_guard<std::mutex> lock(mutex_);
    if (!running_) return 0;
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - started_).count();
}

void ReviewLoader::run() {
    std::unique_lock<std::mutex> lock(mutex_);
    for (;;) {
        wake_.wait(lock, [this] { return stopping_ || job_.has_value(); });
        if (stopping_) break;
        ReviewModel job = std::move(*job_);
        job_.reset();
        lock.unlock();

        Done done;
        try {
            if (!reader_) reader_ = open_();
            if (!reader_) throw StoreError("the results could not be opened");
            job.refresh(*reader_, library_);
            // A read that failed may have lost its connection: the next one opens the results afresh.
            if (!job.error().empty()) reader_.reset();
            done.read = std::move(job);
        } catch (const std::exception& e) {
            // Opening failed (StoreError), or something no read should throw: said, never fatal to the window.
            reader_.reset();
            done.error = e.what();
        }

        lock.lock();
        done_ = std::move(done);
    }
    // The reader is closed here, on the thread that used it.
    lock.unlock();
    reader_.reset();
}

}  // namespace frontdesk::gui
