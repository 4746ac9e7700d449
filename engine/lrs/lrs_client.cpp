#include "frontdesk/lrs_client.h"

#include <algorithm>
#include <chrono>
#include <thread>

namespace frontdesk {

namespace {

bool starts_with(const std::string& text, const char* prefix) { return text.rfind(prefix, 0) == 0; }

// An LRS's own words in a message: one line, printable, short (a 400's body can be a whole HTML page).
std::string lrs_words(const std::string& body) {
    std::string out;
    for (char c : body) {
        if (out.size() >= 300) {
            out += "...";
            break;
        }
        unsigned char u = static_cast<unsigned char>(c);
        out += (u < 0x20 || u == 0x7f) ? ' ' : c;
    }
    auto first = out.find_first_not_of(' ');
    return first == std::string::npos ? std::string() : out.substr(first);
}

std::string reply_text(const HttpReply& reply) {
    if (!reply.transport_error.empty()) return "no answer (" + reply.transport_error + ")";
    std::string words = lrs_words(reply.body);
    return "HTTP " + std::to_string(reply.status) + (words.empty() ? "" : ": " + words);
}

bool busy(const HttpReply& reply) { return !reply.transport_error.empty() || reply.status == 429 || reply.status >= 500; }

// What a final refusal means for the trainer or administrator running the sync.
std::string refusal(const HttpReply& reply, const std::string& url) {
    if (reply.status == 401 || reply.status == 403)
        return "the LRS at " + url + " refused the key and secret (HTTP " + std::to_string(reply.status) +
               "); check FRONTDESK_LRS_KEY and FRONTDESK_LRS_SECRET, or the lrs section of the config file";
    if (reply.status == 404)
        return "the LRS has no statement resource at " + url + " (HTTP 404); is the endpoint the LRS's xAPI base, usually ending in /xapi/?";
    if (reply.status == 400)
        return "the LRS at " + url + " refused a statement as invalid (" + reply_text(reply) + ")";
    return "the LRS at " + url + " answered " + reply_text(reply);
}

class Sender {
public:
    Sender(LrsTransport& transport, const std::string& endpoint, const SyncPolicy& policy)
        : transport_(transport), url_(lrs_statements_url(endpoint)), policy_(policy) {}

    // One request, tried again while the LRS is busy or silent. The last reply.
    HttpReply send(const std::string& method, const std::string& url, const std::string& body) {
        double wait = policy_.first_backoff_seconds;
        HttpReply reply;
        for (int attempt = 1; attempt <= std::max(1, policy_.attempts); ++attempt) {
            reply = transport_.send(method, url, body);
            ++requests;
            if (!busy(reply) || attempt == policy_.attempts) break;
            pause(wait);
            wait = std::min(wait * 2, policy_.max_backoff_seconds);
        }
        return reply;
    }

    const std::string& url() const { return url_; }
    std::size_t requests = 0;

private:
    void pause(double seconds) {
        if (policy_.sleep) policy_.sleep(seconds);
        else std::this_thread::sleep_for(std::chrono::duration<double>(seconds));
    }

    LrsTransport& transport_;
    std::string url_;
    const SyncPolicy& policy_;
};

std::string id_of(const nlohmann::json& statement) {
    auto it = statement.find("id");
    return it != statement.end() && it->is_string() ? it->get<std::string>() : std::string();
}

}  // namespace

std::string lrs_endpoint_problem(const std::string& endpoint) {
    if (endpoint.empty()) return "no LRS endpoint: give --endpoint URL (the LRS's xAPI base, such as https://lrs.example.org/xapi/)";
    if (!starts_with(endpoint, "https://") && !starts_with(endpoint, "http://"))
        return "the LRS endpoint '" + lrs_words(endpoint) + "' is not an http:// or https:// address; give the LRS's xAPI base, such as https://lrs.example.org/xapi/";
    std::string rest = endpoint.substr(endpoint.find("//") + 2);
    std::string authority = rest.substr(0, rest.find('/'));
    if (authority.find('@') != std::string::npos)
        return "the LRS endpoint holds a user name or password; give only the address, and the key and secret in FRONTDESK_LRS_KEY and "
               "FRONTDESK_LRS_SECRET or in the config file (a command line is visible to everyone on the computer)";
    if (authority.empty()) return "the LRS endpoint '" + lrs_words(endpoint) + "' names no server";
    for (char c : endpoint)
        if (static_cast<unsigned char>(c) <= 0x20 || c == 0x7f) return "the LRS endpoint contains a space or a control character";
    return "";
}

std::string lrs_statements_url(const std::string& endpoint) {
    std::string base = endpoint;
    if (base.empty() || base.back() != '/') base += '/';
    return base + "statements";
}

SyncOutcome send_statements(LrsTransport& transport, const std::string& endpoint, const std::vector<nlohmann::json>& statements,
                            const SyncPolicy& policy, const std::function<void(const std::vector<std::string>& ids)>& delivered) {
    SyncOutcome outcome;
    Sender sender(transport, endpoint, policy);
    std::size_t batch = std::max<std::size_t>(1, policy.batch_size);
    std::size_t next = 0;
    auto stop = [&](std::string problem) {
        outcome.problem = std::move(problem);
        outcome.not_sent = statements.size() - next;
        outcome.requests = sender.requests;
        return outcome;
    };
    while (next < statements.size()) {
        const std::size_t first = next;
        std::size_t count = std::min(batch, statements.size() - first);
        nlohmann::json body = nlohmann::json::array();
        std::vector<std::string> ids;
        for (std::size_t i = first; i < first + count; ++i) {
            body.push_back(statements[i]);
            ids.push_back(id_of(statements[i]));
        }
        HttpReply reply = sender.send("POST", sender.url(), body.dump());
        if (reply.status == 200 || reply.status == 204) {
            outcome.sent += count;
            next += count;
            delivered(ids);
            continue;
        }
        if (reply.status == 413 && count > 1) {  // too large for this LRS: smaller batches from here on
            batch = std::max<std::size_t>(1, count / 2);
            continue;
        }
        if (reply.status == 409) {
            // Some statement of the batch is stored already: one at a time, so the others still go.
            std::vector<std::string> confirmed;
            for (std::size_t i = 0; i < count; ++i) {
                if (ids[i].empty()) return stop("a statement without an id cannot be sent one at a time; export it again");
                HttpReply one = sender.send("PUT", sender.url() + "?statementId=" + ids[i], statements[first + i].dump());
                if (one.status == 204 || one.status == 200) ++outcome.sent;
                else if (one.status == 409) ++outcome.already_there;
                else {
                    if (!confirmed.empty()) delivered(confirmed);
                    return stop(busy(one) ? "the LRS at " + sender.url() + " gave " + reply_text(one) + " " + std::to_string(policy.attempts) +
                                                " times in a row"
                                          : refusal(one, sender.url()));
                }
                confirmed.push_back(ids[i]);
                ++next;
            }
            delivered(confirmed);
            continue;
        }
        if (busy(reply))
            return stop("the LRS at " + sender.url() + " gave " + reply_text(reply) + " " + std::to_string(policy.attempts) +
                        " times in a row");
        return stop(refusal(reply, sender.url()));
    }
    outcome.requests = sender.requests;
    return outcome;
}

}  // namespace frontdesk
