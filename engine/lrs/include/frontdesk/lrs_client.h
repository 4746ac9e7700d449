// Sending xAPI statements to a Learning Record Store through its statement API (xAPI 1.0.3): in batches, with
// retries and backoff when the LRS is busy or does not answer, each confirmed batch handed back at once so the
// results store can record it (an interrupted sync resumes where it stopped). What to send and what was
// delivered are the store's business; this layer only talks HTTP, through a transport (libcurl in the program,
// a recording fake in tests).
#pragma once

#include <cstddef>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace frontdesk {

// Where the LRS is and how to sign in. The key and secret never appear in a message, a trace or a URL.
struct LrsConnection {
    std::string endpoint;  // the LRS's xAPI base ("https://lrs.example.org/xapi/"); statements at endpoint + "statements"
    std::string key;       // HTTP Basic user (the LRS's "key")
    std::string secret;    // HTTP Basic password (the LRS's "secret")
    std::string ca_file;   // a CA bundle for an LRS signed by the organisation's own authority; empty: the system's
    double timeout_seconds = 30;  // one request, connecting included
    // Asked while a request runs (a few times a second); true abandons it at once, as a reply that never came.
    // The window and the player set it when they close, so a slow LRS never holds them open.
    std::function<bool()> abandon;
};

// What is wrong with the endpoint before anything is sent (not http(s), credentials in the URL, empty), as a
// sentence that says how to fix it; empty when it is usable.
std::string lrs_endpoint_problem(const std::string& endpoint);
// The statements resource of the endpoint ("https://lrs.example.org/xapi/statements").
std::string lrs_statements_url(const std::string& endpoint);

// One HTTP exchange. `transport_error` is set, and `status` 0, when no reply came (refused, timed out, TLS).
struct HttpReply {
    long status = 0;
    std::string body;
    std::string transport_error;
};

class LrsTransport {
public:
    virtual ~LrsTransport() = default;
    // `method` POST or PUT, with a JSON body; the transport adds the xAPI version header, the content type and
    // the credentials.
    virtual HttpReply send(const std::string& method, const std::string& url, const std::string& body) = 0;
};

// The program's transport: libcurl, TLS verified (peer and host name) against the system's authorities or
// `ca_file`, HTTP and HTTPS only.
std::unique_ptr<LrsTransport> make_curl_transport(const LrsConnection& connection);

struct SyncPolicy {
    std::size_t batch_size = 500;
    int attempts = 6;                    // per request, for a busy LRS (5xx, 429) or no reply
    double first_backoff_seconds = 0.5;  // doubled after each failed attempt...
    double max_backoff_seconds = 30;     // ...up to this
    // How to wait between attempts; empty: really sleep. Tests pass a clock that only adds up.
    std::function<void(double seconds)> sleep;
};

struct SyncOutcome {
    std::size_t sent = 0;           // statements the LRS stored now
    std::size_t already_there = 0;  // statements the LRS had already (409 on their own, or stored before)
    std::size_t not_sent = 0;       // statements left for the next sync (after `problem`)
    std::size_t requests = 0;       // HTTP requests made, retries included
    std::string problem;            // why the sync stopped early: what happened, where, what to do; empty when all went
    bool complete() const { return problem.empty(); }
};

// Sends `statements` (each an xAPI statement with its "id") in batches of policy.batch_size: a batch the LRS
// stored (200, 204) is delivered; a batch refused as conflicting (409: some id is stored already) is sent again
// one statement at a time with PUT ?statementId=, where 204 is stored now and 409 means stored before, both
// delivered. A busy LRS (5xx, 429) or no reply is tried again after a growing wait; a batch too large (413) is
// halved. Refused credentials (401, 403), a missing resource (404) or a refused statement (400) stop the sync
// with a message. After each batch the LRS confirmed, `delivered` gets its statement ids.
SyncOutcome send_statements(LrsTransport& transport, const std::string& endpoint, const std::vector<nlohmann::json>& statements,
                            const SyncPolicy& policy, const std::function<void(const std::vector<std::string>& ids)>& delivered);

}  // namespace frontdesk
