// A Learning Record Store stand-in on loopback for the tests (Debian's cpp-httplib): the xAPI statement resource
// as an LRS serves it (POST a list, PUT ?statementId=), checking what a real one checks (HTTP Basic, the
// X-Experience-API-Version header, JSON with ids), keeping what it stored, and misbehaving on request: the next
// N requests answered 503, or answered only after a delay, or batches over a size refused with 413.
#pragma once

#include <httplib.h>

#include <atomic>
#include <chrono>
#include <map>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include <nlohmann/json.hpp>

namespace frontdesk::test {

class LrsStandIn {
public:
    LrsStandIn(std::string key, std::string secret) : key_(std::move(key)), secret_(std::move(secret)) {
        server_.Post("/xapi/statements", [this](const httplib::Request& request, httplib::Response& response) { post(request, response); });
        server_.Put("/xapi/statements", [this](const httplib::Request& request, httplib::Response& response) { put(request, response); });
        port_ = server_.bind_to_any_port("127.0.0.1");
        thread_ = std::thread([this] { server_.listen_after_bind(); });
        while (!server_.is_running()) std::this_thread::sleep_for(std::chrono::milliseconds(2));
    }
    ~LrsStandIn() {
        server_.stop();
        if (thread_.joinable()) thread_.join();
    }
    LrsStandIn(const LrsStandIn&) = delete;
    LrsStandIn& operator=(const LrsStandIn&) = delete;

    std::string endpoint() const { return "http://127.0.0.1:" + std::to_string(port_) + "/xapi/"; }
    int port() const { return port_; }

    // Misbehaving: the next `count` requests get 503; each request waits `ms` before answering; batches of more
    // than `most` statements get 413.
    void fail_next(int count) { failures_ = count; }
    void delay_ms(int ms) { delay_ms_ = ms; }
    void refuse_batches_over(std::size_t most) { most_ = most; }

    std::map<std::string, nlohmann::json> stored() const {
        std::lock_guard<std::mutex> lock(mutex_);
        return stored_;
    }
    int requests() const { return requests_; }
    // Every problem the stand-in saw in a request a real LRS would refuse (missing header, wrong credentials...).
    std::vector<std::string> problems() const {
        std::lock_guard<std::mutex> lock(mutex_);
        return problems_;
    }
    int posts() const { return posts_; }
    int puts() const { return puts_; }

private:
    // (cpp-httplib 0.11 as Debian builds it keeps its own base64 inside the library.)
    static std::string base64(const std::string& text) {
        static const char* digits = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        std::string out;
        std::size_t i = 0;
        for (; i + 2 < text.size(); i += 3) {
            unsigned v = (unsigned char)text[i] << 16 | (unsigned char)text[i + 1] << 8 | (unsigned char)text[i + 2];
            for (int shift : {18, 12, 6, 0}) out += digits[(v >> shift) & 63];
        }
        if (i + 1 == text.size()) {
            unsigned v = (unsigned char)text[i] << 16;
            out += digits[(v >> 18) & 63];
            out += digits[(v >> 12) & 63];
            out += "==";
        } else if (i + 2 == text.size()) {
            unsigned v = (unsigned char)text[i] << 16 | (unsigned char)text[i + 1] << 8;
            out += digits[(v >> 18) & 63];
            out += digits[(v >> 12) & 63];
            out += digits[(v >> 6) & 63];
            out += '=';
        }
        return out;
    }

    // Whether the request may go on; otherwise the response is set.
    bool admitted(const httplib::Request& request, httplib::Response& response) {
        ++requests_;
        if (delay_ms_ > 0) std::this_thread::sleep_for(std::chrono::milliseconds(delay_ms_.load()));
        if (failures_ > 0) {
            --failures_;
            response.status = 503;
            response.set_content("busy", "text/plain");
            return false;
        }
        std::string expected = "Basic " + base64(key_ + ":" + secret_);
        if (request.get_header_value("Authorization") != expected) {
            response.status = 401;
            return false;
        }
        if (request.get_header_value("X-Experience-API-Version") != "1.0.3") {
            note("no X-Experience-API-Version: 1.0.3 header");
            response.status = 400;
            return false;
        }
        if (request.get_header_value("Content-Type").rfind("application/json", 0) != 0) {
            note("the content type is not application/json");
            response.status = 400;
            return false;
        }
        return true;
    }

    void post(const httplib::Request& request, httplib::Response& response) {
        if (!admitted(request, response)) return;
        ++posts_;
        nlohmann::json body = nlohmann::json::parse(request.body, nullptr, false);
        if (body.is_object()) body = nlohmann::json::array({body});
        if (!body.is_array()) {
            note("a POST body that is not JSON");
            response.status = 400;
            return;
        }
        if (most_ > 0 && body.size() > most_) {
            response.status = 413;
            return;
        }
        std::lock_guard<std::mutex> lock(mutex_);
        nlohmann::json ids = nlohmann::json::array();
        for (const nlohmann::json& statement : body) {
            if (!statement.contains("id") || !statement["id"].is_string()) {
                problems_.push_back("a statement without an id");
                response.status = 400;
                return;
            }
            // xAPI 1.0.3: a batch with an id already stored is refused whole (this stand-in always says 409).
            if (stored_.count(statement["id"].get<std::string>())) {
                response.status = 409;
                return;
            }
            ids.push_back(statement["id"]);
        }
        for (const nlohmann::json& statement : body) stored_[statement["id"].get<std::string>()] = statement;
        response.status = 200;
        response.set_content(ids.dump(), "application/json");
    }

    void put(const httplib::Request& request, httplib::Response& response) {
        if (!admitted(request, response)) return;
        ++puts_;
        std::string id = request.get_param_value("statementId");
        nlohmann::json statement = nlohmann::json::parse(request.body, nullptr, false);
        if (id.empty() || !statement.is_object()) {
            note("a PUT without statementId or without a statement");
            response.status = 400;
            return;
        }
        std::lock_guard<std::mutex> lock(mutex_);
        if (stored_.count(id)) {
            response.status = 409;
            return;
        }
        stored_[id] = statement;
        response.status = 204;
    }

    void note(const std::string& problem) {
        std::lock_guard<std::mutex> lock(mutex_);
        problems_.push_back(problem);
    }

    std::string key_, secret_;
    httplib::Server server_;
    std::thread thread_;
    int port_ = 0;
    mutable std::mutex mutex_;
    std::map<std::string, nlohmann::json> stored_;
    std::vector<std::string> problems_;
    std::atomic<int> failures_{0}, delay_ms_{0}, requests_{0}, posts_{0}, puts_{0};
    std::atomic<std::size_t> most_{0};
};

}  // namespace frontdesk::test
