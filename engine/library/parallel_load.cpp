// Loading many files at once: parsing and the checks (the path exploration above all) are the whole cost of
// opening the library, and each file is independent, so they run on the machine's cores while the caller
// takes the results one by one in the files' order (output and diagnostics stay exactly as with one thread).
// Workers run at most a few files ahead of the caller, so a folder of thousands holds only a few in memory.
#include <algorithm>
#include <condition_variable>
#include <exception>
#include <map>
#include <mutex>
#include <thread>

#include "frontdesk/scenario_loader.h"

namespace frontdesk {

void load_scenario_files(const std::vector<std::string>& files,
                         const std::function<void(const std::string& file, LoadedScenario& loaded)>& use, unsigned threads) {
    if (threads == 0) threads = std::clamp(std::thread::hardware_concurrency(), 1u, 4u);
    threads = static_cast<unsigned>(std::min<std::size_t>(threads, files.size()));
    if (threads <= 1) {
        for (const std::string& file : files) {
            LoadedScenario loaded = load_scenario_file(file);
            use(file, loaded);
        }
        return;
    }
    const std::size_t ahead = threads * 2;  // how far past the caller the workers may load
    std::mutex mutex;
    std::condition_variable changed;
    std::map<std::size_t, LoadedScenario> ready;
    std::size_t next = 0, consumed = 0;
    bool stop = false;
    std::exception_ptr failure;
    auto work = [&] {
        for (;;) {
            std::size_t index;
            {
                std::unique_lock<std::mutex> lock(mutex);
                changed.wait(lock, [&] { return stop || next >= files.size() || next < consumed + ahead; });
                if (stop || next >= files.size()) return;
                index = next++;
            }
            try {
                LoadedScenario loaded = load_scenario_file(files[index]);
                std::lock_guard<std::mutex> lock(mutex);
                ready.emplace(index, std::move(loaded));
            } catch (...) {
                std::lock_guard<std::mutex> lock(mutex);
                if (!failure) failure = std::current_exception();
                stop = true;
            }
            changed.notify_all();
        }
    };
    std::vector<std::thread> workers;
    for (unsigned i = 0; i < threads; ++i) workers.emplace_back(work);
    auto finish = [&] {
        {
            std::lock_guard<std::mutex> lock(mutex);
            stop = true;
        }
        changed.notify_all();
        for (std::thread& worker : workers) worker.join();
    };
    try {
        for (std::size_t index = 0; index < files.size(); ++index) {
            LoadedScenario loaded;
            {
                std::unique_lock<std::mutex> lock(mutex);
                changed.wait(lock, [&] { return failure || ready.count(index) > 0; });
                if (failure) break;
                loaded = std::move(ready.at(index));
                ready.erase(index);
                consumed = index + 1;
            }
            changed.notify_all();
            use(files[index], loaded);
        }
    } catch (...) {
        finish();
        throw;
    }
    finish();
    if (failure) std::rethrow_exception(failure);
}

}  // namespace frontdesk
