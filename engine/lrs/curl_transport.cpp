// The LRS transport over libcurl (Debian's libcurl4-openssl-dev): one easy handle reused for every request of a
// sync (the connection stays open between batches), TLS verified, HTTP and HTTPS only, never a signal.
#include <curl/curl.h>

#include <algorithm>
#include <mutex>

#include "frontdesk/lrs_client.h"

namespace frontdesk {

namespace {

std::size_t collect(char* data, std::size_t size, std::size_t count, void* user) {
    auto* body = static_cast<std::string*>(user);
    // An LRS's answer to a batch is a list of ids; anything far larger is not read further (nor kept).
    if (body->size() < (1u << 24)) body->append(data, size * count);
    return size * count;
}

// libcurl's progress callback: a non-zero answer aborts the transfer (CURLE_ABORTED_BY_CALLBACK).
int check_abandon(void* user, curl_off_t, curl_off_t, curl_off_t, curl_off_t) {
    const auto* abandon = static_cast<const std::function<bool()>*>(user);
    return (*abandon)() ? 1 : 0;
}

class CurlTransport : public LrsTransport {
public:
    explicit CurlTransport(const LrsConnection& connection) : connection_(connection) {
        static std::once_flag global;
        std::call_once(global, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
        curl_ = curl_easy_init();
        headers_ = curl_slist_append(headers_, "Content-Type: application/json");
        headers_ = curl_slist_append(headers_, "X-Experience-API-Version: 1.0.3");
        headers_ = curl_slist_append(headers_, "Expect:");  // no 100-continue round trip before each batch
    }
    ~CurlTransport() override {
        if (curl_) curl_easy_cleanup(curl_);
        curl_slist_free_all(headers_);
    }
    CurlTransport(const CurlTransport&) = delete;
    CurlTransport& operator=(const CurlTransport&) = delete;

    HttpReply send(const std::string& method, const std::string& url, const std::string& body) override {
        HttpReply reply;
        if (!curl_) {
            reply.transport_error = "libcurl could not start";
            return reply;
        }
        char error[CURL_ERROR_SIZE] = {};
        curl_easy_reset(curl_);
        curl_easy_setopt(curl_, CURLOPT_URL, url.c_str());
        curl_easy_setopt(curl_, CURLOPT_CUSTOMREQUEST, method.c_str());
        curl_easy_setopt(curl_, CURLOPT_POSTFIELDS, body.data());
        curl_easy_setopt(curl_, CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(body.size()));
        curl_easy_setopt(curl_, CURLOPT_HTTPHEADER, headers_);
        curl_easy_setopt(curl_, CURLOPT_HTTPAUTH, CURLAUTH_BASIC);
        curl_easy_setopt(curl_, CURLOPT_USERNAME, connection_.key.c_str());
        curl_easy_setopt(curl_, CURLOPT_PASSWORD, connection_.secret.c_str());
        curl_easy_setopt(curl_, CURLOPT_PROTOCOLS_STR, "http,https");
        curl_easy_setopt(curl_, CURLOPT_SSL_VERIFYPEER, 1L);
        curl_easy_setopt(curl_, CURLOPT_SSL_VERIFYHOST, 2L);
        if (!connection_.ca_file.empty()) curl_easy_setopt(curl_, CURLOPT_CAINFO, connection_.ca_file.c_str());
        long timeout_ms = static_cast<long>(connection_.timeout_seconds * 1000);
        curl_easy_setopt(curl_, CURLOPT_TIMEOUT_MS, timeout_ms);
        curl_easy_setopt(curl_, CURLOPT_CONNECTTIMEOUT_MS, std::min(timeout_ms, 10000L));
        curl_easy_setopt(curl_, CURLOPT_NOSIGNAL, 1L);
        curl_easy_setopt(curl_, CURLOPT_FOLLOWLOCATION, 0L);  // a redirect would resend the credentials elsewhere
        curl_easy_setopt(curl_, CURLOPT_ERRORBUFFER, error);
        curl_easy_setopt(curl_, CURLOPT_WRITEFUNCTION, collect);
        curl_easy_setopt(curl_, CURLOPT_WRITEDATA, &reply.body);
        if (connection_.abandon) {
            if (connection_.abandon()) {
                reply.transport_error = "abandoned: the program is closing";
                return reply;
            }
            curl_easy_setopt(curl_, CURLOPT_NOPROGRESS, 0L);
            curl_easy_setopt(curl_, CURLOPT_XFERINFOFUNCTION, check_abandon);
            curl_easy_setopt(curl_, CURLOPT_XFERINFODATA, &connection_.abandon);
        }
        CURLcode code = curl_easy_perform(curl_);
        if (code != CURLE_OK) {
            reply.transport_error = code == CURLE_ABORTED_BY_CALLBACK ? "abandoned: the program is closing" : error[0] ? error : curl_easy_strerror(code);
            reply.body.clear();
            return reply;
        }
        curl_easy_getinfo(curl_, CURLINFO_RESPONSE_CODE, &reply.status);
        return reply;
    }

private:
    LrsConnection connection_;
    CURL* curl_ = nullptr;
    curl_slist* headers_ = nullptr;
};

}  // namespace

std::unique_ptr<LrsTransport> make_curl_transport(const LrsConnection& connection) { return std::make_unique<CurlTransport>(connection); }

}  // namespace frontdesk
