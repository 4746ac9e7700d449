#include "resume_store.h"

#include <cstdlib>
#include <filesystem>
#include <fstream>

namespace frontdesk::gui {

namespace {

// Trainee names are free text; file names get a safe spelling plus a hash so different names never clash.
std::string file_safe(const std::string& text) {
    std::string out;
    std::uint64_t hash = 1469598103934665603ULL;
    for (unsigned char c : text) {
        hash = (hash ^ c) * 1099511628211ULL;
        bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
        if (out.size() < 40) out += plain ? static_cast<char>(c) : '_';
    }
    return out + "-" + std::to_string(hash % 100000);
}

}  // namespace

ResumeStore::ResumeStore(std::string folder) : folder_(std::move(folder)) {}

std::string ResumeStore::default_folder() {
    const char* data = std::getenv("XDG_DATA_HOME");
    if (data && *data) return std::string(data) + "/frontdesk/resume";
    const char* home = std::getenv("HOME");
    return std::string(home && *home ? home : ".") + "/.local/share/frontdesk/resume";
}

std::string ResumeStore::path_for(const std::string& trainee, const std::string& scenario_id) const {
    return folder_ + "/" + file_safe(trainee) + "--" + file_safe(scenario_id) + ".json";
}

bool ResumeStore::save(const std::string& trainee, const std::string& scenario_id, const nlohmann::json& state,
                       std::string& error) const {
    namespace fs = std::filesystem;
    std::error_code code;
    fs::create_directories(folder_, code);
    std::string path = path_for(trainee, scenario_id);
    std::string temporary = path + ".tmp";
    {
        std::ofstream out(temporary, std::ios::trunc);
        out << nlohmann::json{{"trainee", trainee}, {"scenario", scenario_id}, {"state", state}}.dump() << '\n';
        out.flush();
        if (!out) {
            error = "cannot write " + temporary;
            return false;
        }
    }
    fs::rename(temporary, path, code);
    if (code) {
        error = "cannot save " + path + ": " + code.message();
        return false;
    }
    return true;
}

std::optional<nlohmann::json> ResumeStore::load(const std::string& trainee, const std::string& scenario_id) const {
    std::ifstream in(path_for(trainee, scenario_id));
    if (!in) return std::nullopt;
    nlohmann::json json = nlohmann::json::parse(in, nullptr, false);
    if (!json.is_object() || !json.contains("state") || json.value("trainee", "") != trainee) return std::nullopt;
    return json["state"];
}

void ResumeStore::remove(const std::string& trainee, const std::string& scenario_id) const {
    std::error_code code;
    std::filesystem::remove(path_for(trainee, scenario_id), code);
}

}  // namespace frontdesk::gui
