// Writing a scenario file so that no reader ever sees half of it: a temporary file beside it, flushed to
// disk, then renamed over it (rename is atomic within a folder). The old file's permissions are kept, and a
// symbolic link keeps pointing at the file it named.
#include <cerrno>
#include <climits>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iterator>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "frontdesk/scenario_edit.h"
#include "frontdesk/source_text.h"

namespace frontdesk {

std::string write_file_atomically(const std::string& path, std::string_view text) {
    std::string target = path;
    char resolved[PATH_MAX];
    if (::realpath(path.c_str(), resolved) != nullptr) target = resolved;
    std::string folder = ".";
    if (auto slash = target.rfind('/'); slash != std::string::npos) folder = slash == 0 ? "/" : target.substr(0, slash);
    std::string temporary = target + ".frontdesk-XXXXXX";
    int fd = ::mkstemp(temporary.data());
    if (fd < 0) return "cannot write in " + folder + ": " + std::strerror(errno);
    struct stat old {};
    if (::stat(target.c_str(), &old) == 0) ::fchmod(fd, old.st_mode & 07777);
    else ::fchmod(fd, 0644);
    std::size_t written = 0;
    while (written < text.size()) {
        ssize_t n = ::write(fd, text.data() + written, text.size() - written);
        if (n < 0) {
            if (errno == EINTR) continue;
            std::string why = std::strerror(errno);
            ::close(fd);
            ::unlink(temporary.c_str());
            return "cannot write " + path + ": " + why;
        }
        written += static_cast<std::size_t>(n);
    }
    if (::fsync(fd) != 0 || ::close(fd) != 0) {
        std::string why = std::strerror(errno);
        ::unlink(temporary.c_str());
        return "cannot write " + path + ": " + why;
    }
    if (::rename(temporary.c_str(), target.c_str()) != 0) {
        std::string why = std::strerror(errno);
        ::unlink(temporary.c_str());
        return "cannot replace " + path + ": " + why;
    }
    return {};
}

EditOutcome edit_scenario_file(const std::string& path, const std::vector<ScenarioEdit>& edits) {
    EditOutcome outcome;
    outcome.diagnostics = DiagnosticList(path);
    // The same guards as loading (a folder, a missing or oversized file, binary content) with their messages.
    DiagnosticList read_problems(path);
    if (!read_source_file(path, read_problems)) {
        outcome.diagnostics = read_problems;
        if (!read_problems.has_errors()) outcome.diagnostics.error({}, "cannot read the file");
        return outcome;
    }
    // The raw bytes, byte-order mark and all: only the edited spans may change.
    std::ifstream in(path, std::ios::binary);
    std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (!in.good() && !in.eof()) {
        outcome.diagnostics.error({}, "cannot read the file");
        return outcome;
    }
    outcome = apply_edits(bytes, edits, path);
    if (!outcome.applied) return outcome;
    if (outcome.text == bytes) return outcome;  // nothing changed: the file is left alone
    if (std::string why = write_file_atomically(path, outcome.text); !why.empty()) {
        outcome.applied = false;
        outcome.text = bytes;
        outcome.diagnostics.error({}, why);
    }
    return outcome;
}

}  // namespace frontdesk
