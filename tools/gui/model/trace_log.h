// A plain-text log of what the window does (screen changes, the conversation's lines and answers as shown,
// answers taken, timeouts, screenshots), one event per line with the time since start. Tests and trainers read it to know what was shown without looking.
#pragma once

#include <chrono>
#include <cstdio>
#include <string>

namespace frontdesk::gui {

class TraceLog {
public:
    TraceLog() = default;
    ~TraceLog();
    TraceLog(const TraceLog&) = delete;
    TraceLog& operator=(const TraceLog&) = delete;

    // Opens (truncates) the file; an empty path keeps the log off.
    bool open(const std::string& path);
    bool enabled() const { return file_ != nullptr; }
    // Writes "<seconds> <event> <details>" and flushes, so nothing is lost if the program is killed.
    void write(const std::string& event, const std::string& details = {});

private:
    std::FILE* file_ = nullptr;
    std::chrono::steady_clock::time_point started_ = std::chrono::steady_clock::now();
};

}  // namespace frontdesk::gui
