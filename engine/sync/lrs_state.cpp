// The LRS state file: a small JSON map from results location to its last attempt.
#include "frontdesk/lrs_state.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "frontdesk/results_records.h"

namespace frontdesk {

namespace {

using nlohmann::json;

constexpr std::size_t max_state_bytes = 1024 * 1024;

std::optional<json> read_state(const std::string& path, std::string* unreadable) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return json::object();  // nothing noted yet
    std::string text;
    text.resize(max_state_bytes + 1);
    in.read(text.data(), static_cast<std::streamsize>(text.size()));
    text.resize(static_cast<std::size_t>(in.gcount()));
    if (text.size() > max_state_bytes) {
        if (unreadable) *unreadable = path + " is larger than a state file can be; delete it (it only holds the last attempt to send)";
        return std::nullopt;
    }
    json state = json::parse(text, nullptr, false);
    if (state.is_discarded() || !state.is_object()) {
        if (unreadable) *unreadable = path + " is damaged (not the JSON frontdesk writes); delete it (it only holds the last attempt to send)";
        return std::nullopt;
    }
    return state;
}

std::string text_of(const json& object, const char* key) {
    auto found = object.find(key);
    return found != object.end() && found->is_string() ? found->get<std::string>() : std::string();
}

std::size_t count_of(const json& object, const char* key) {
    auto found = object.find(key);
    return found != object.end() && found->is_number_unsigned() ? found->get<std::size_t>() : 0;
}

// Creates the folders of `path` that are missing, owner-only as XDG asks of the state folder.
void make_parent_folders(const std::string& path) {
    for (std::size_t slash = path.find('/', 1); slash != std::string::npos; slash = path.find('/', slash + 1))
        mkdir(path.substr(0, slash).c_str(), 0700);
}

}  // namespace

std::string lrs_state_path() {
    const char* state = std::getenv("XDG_STATE_HOME");
    if (state && *state) return std::string(state) + "/frontdesk/lrs-state.json";
    const char* home = std::getenv("HOME");
    return std::string(home && *home ? home : ".") + "/.local/state/frontdesk/lrs-state.json";
}

std::optional<LrsAttempt> last_lrs_attempt(const std::string& state_path, const std::string& results_location, std::string* unreadable) {
    std::optional<json> state = read_state(state_path, unreadable);
    if (!state) return std::nullopt;
    auto found = state->find(results_location);
    if (found == state->end() || !found->is_object()) return std::nullopt;
    const json& noted = *found;
    LrsAttempt attempt;
    attempt.at = text_of(noted, "at");
    attempt.by = text_of(noted, "by");
    attempt.endpoint = text_of(noted, "endpoint");
    attempt.sent = count_of(noted, "sent");
    attempt.already_there = count_of(noted, "already_there");
    attempt.not_sent = count_of(noted, "not_sent");
    attempt.problem = text_of(noted, "problem");
    attempt.last_success_at = text_of(noted, "last_success_at");
    return attempt;
}

std::string note_lrs_attempt(const std::string& state_path, const std::string& results_location, LrsAttempt attempt) {
    std::optional<json> state = read_state(state_path, nullptr);
    if (!state) state = json::object();  // a damaged file is replaced
    if (attempt.at.empty()) attempt.at = utc_now_iso8601();
    if (attempt.problem.empty()) attempt.last_success_at = attempt.at;
    else if (auto before = state->find(results_location); before != state->end() && before->is_object())
        attempt.last_success_at = text_of(*before, "last_success_at");
    (*state)[results_location] = {{"at", attempt.at},           {"by", attempt.by},
                                  {"endpoint", attempt.endpoint}, {"sent", attempt.sent},
                                  {"already_there", attempt.already_there}, {"not_sent", attempt.not_sent},
                                  {"problem", attempt.problem},   {"last_success_at", attempt.last_success_at}};
    make_parent_folders(state_path);
    std::string temporary = state_path + ".tmp" + std::to_string(getpid());
    int fd = open(temporary.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, 0600);
    if (fd < 0) return "cannot write " + temporary + ": " + std::strerror(errno);
    std::string text = state->dump(2, ' ', false, json::error_handler_t::replace) + "\n";
    bool written = write(fd, text.data(), text.size()) == static_cast<ssize_t>(text.size());
    written = (close(fd) == 0) && written;
    if (!written || std::rename(temporary.c_str(), state_path.c_str()) != 0) {
        std::string problem = "cannot write " + state_path + ": " + std::strerror(errno);
        std::remove(temporary.c_str());
        return problem;
    }
    return {};
}

}  // namespace frontdesk
