// Sending a results store's statements to the LRS and noting what it confirmed: the piece `frontdesk lrs
// sync` and the background sender of the window and the player share, so both send exactly what export-xapi
// would write (same ids, same content) and neither sends a statement the store knows was delivered.
#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "frontdesk/lrs_client.h"
#include "frontdesk/results_store.h"
#include "frontdesk/xapi_export.h"

namespace frontdesk {

// The statements not confirmed yet, each with the session it tells of, in the order they happened.
struct PendingStatements {
    std::vector<nlohmann::json> statements;
    std::map<std::string, std::string> session_of;  // statement id -> the session's UUID
    std::size_t delivered_before = 0;                // statements of these sessions the LRS confirmed earlier
};

// Of every session in the store (`only` empty), or of the sessions with these store ids; `delivered` is what
// store.delivered_statements() returned (read once by a caller that sends many times). Throws StoreError.
PendingStatements pending_statements(const ResultsReader& store, const std::set<std::string>& delivered, const XapiOptions& xapi,
                                     const std::optional<std::vector<std::int64_t>>& only = std::nullopt);

// Sends `pending` and notes each batch the LRS confirmed in the store at once (and in `delivered`), so an
// interrupted sync resumes. A batch the LRS confirmed but the store could not note is sent again next time
// (the LRS keeps one copy): the StoreError is thrown after the batch.
SyncOutcome deliver_statements(ResultsStore& store, LrsTransport& transport, const std::string& endpoint, const PendingStatements& pending,
                               const SyncPolicy& policy, std::set<std::string>& delivered);

}  // namespace frontdesk
