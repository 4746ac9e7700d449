#include "trace_log.h"

namespace frontdesk::gui {

TraceLog::~TraceLog() {
    if (file_) std::fclose(file_);
}

bool TraceLog::open(const std::string& path) {
    if (path.empty()) return true;
    file_ = std::fopen(path.c_str(), "w");
    return file_ != nullptr;
}

void TraceLog::write(const std::string& event, const std::string& details) {
    if (!file_) return;
    double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started_).count();
    std::fprintf(file_, "%.3f %s%s%s\n", seconds, event.c_str(), details.empty() ? "" : " ", details.c_str());
    std::fflush(file_);
}

}  // namespace frontdesk::gui
