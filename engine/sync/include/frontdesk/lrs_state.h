// What the last attempt to send statements to the LRS did, kept per results store on this computer
// ($XDG_STATE_HOME/frontdesk/lrs-state.json, or ~/.local/state/frontdesk/lrs-state.json) by whoever sent
// them (lrs sync, the window, the player), so that `frontdesk lrs status` can say why statements are still
// pending. It never holds the key or the secret.
#pragma once

#include <cstddef>
#include <optional>
#include <string>

namespace frontdesk {

struct LrsAttempt {
    std::string at;          // ISO 8601 UTC
    std::string by;          // "lrs sync", "window", "player"
    std::string endpoint;
    std::size_t sent = 0;
    std::size_t already_there = 0;
    std::size_t not_sent = 0;
    std::string problem;     // empty when everything pending was delivered
    std::string last_success_at;  // the last attempt that delivered everything (kept across failed ones)
};

std::string lrs_state_path();

// The last attempt for the store at `results_location` (as its location() names it), if one was noted and the
// file can be read; `unreadable` says why it could not (a damaged file is not an error for sending).
std::optional<LrsAttempt> last_lrs_attempt(const std::string& state_path, const std::string& results_location, std::string* unreadable = nullptr);

// Notes an attempt (keeping last_success_at from before when this one failed). The file is replaced whole
// (written beside it, then renamed) and readable only by its owner. Returns a problem, or empty; a state file
// that cannot be written never stops sending.
std::string note_lrs_attempt(const std::string& state_path, const std::string& results_location, LrsAttempt attempt);

}  // namespace frontdesk
