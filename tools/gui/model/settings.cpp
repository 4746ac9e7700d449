#include "settings.h"

#include <cstdlib>
#include <filesystem>
#include <fstream>

#include <nlohmann/json.hpp>

#include "frontdesk/results_records.h"
#include "frontdesk/utf8.h"

namespace frontdesk::gui {

namespace {

std::string environment(const char* name) {
    const char* value = std::getenv(name);
    return value ? value : "";
}

}  // namespace

Language language_from_environment() {
    for (const char* name : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
        std::string value = environment(name);
        if (value.empty()) continue;
        return value.rfind("it", 0) == 0 ? Language::it : Language::en;
    }
    return Language::en;
}

std::string default_settings_path() {
    std::string base = environment("XDG_CONFIG_HOME");
    if (base.empty()) base = environment("HOME").empty() ? "." : environment("HOME") + "/.config";
    return base + "/frontdesk/settings.json";
}

Settings load_settings(const std::string& path) {
    Settings settings;
    settings.language = language_from_environment();
    std::ifstream in(path);
    if (!in) return settings;
    nlohmann::json json = nlohmann::json::parse(in, nullptr, false);
    if (!json.is_object()) return settings;
    // A name the trainee screen would refuse (edited by hand: control characters, too long) is not used.
    if (auto it = json.find("trainee"); it != json.end() && it->is_string() && name_problem(it->get<std::string>()).empty())
        settings.trainee = it->get<std::string>();
    if (auto it = json.find("phrasing"); it != json.end() && it->is_string()) {
        Phrasing phrasing = Phrasing::neutral;
        if (parse_phrasing(it->get<std::string>(), phrasing)) settings.phrasing = phrasing;
    }
    if (auto it = json.find("language"); it != json.end() && it->is_string())
        settings.language = it->get<std::string>() == "it" ? Language::it : Language::en;
    if (auto it = json.find("feedback"); it != json.end() && it->is_string())
        settings.feedback = it->get<std::string>() == "end" ? FeedbackMode::at_end : FeedbackMode::immediate;
    if (auto it = json.find("font_scale"); it != json.end() && it->is_number()) {
        float scale = it->get<float>();
        if (scale >= 0.8f && scale <= 2.0f) settings.font_scale = scale;
    }
    if (auto it = json.find("high_contrast"); it != json.end() && it->is_boolean()) settings.high_contrast = it->get<bool>();
    if (auto it = json.find("sound"); it != json.end() && it->is_boolean()) settings.sound = it->get<bool>();
    // Where results go: text without control characters (a path or a URI); anything else keeps the default.
    if (auto it = json.find("results"); it != json.end() && it->is_string()) {
        std::string location = it->get<std::string>();
        bool clean = !location.empty() && location.size() < 4096;
        for (unsigned char c : location) clean = clean && c >= 0x20 && c != 0x7f;
        if (clean) settings.results = location;
    }
    // The cohort: the text a trainee record may hold (frontdesk::trainee_text_problem); anything else is ignored.
    if (auto it = json.find("cohort"); it != json.end() && it->is_string()) {
        std::string cohort = it->get<std::string>();
        if (!cohort.empty() && record_text_problem("cohort", cohort).empty()) settings.cohort = cohort;
    }
    // A size from another screen is fitted to this one when the window opens; nonsense is ignored.
    auto width = json.find("window_width"), height = json.find("window_height");
    if (width != json.end() && height != json.end() && width->is_number_integer() && height->is_number_integer()) {
        long w = width->get<long>(), h = height->get<long>();
        if (w >= 320 && w <= 16384 && h >= 240 && h <= 16384) {
            settings.window_width = static_cast<int>(w);
            settings.window_height = static_cast<int>(h);
        }
    }
    return settings;
}

bool save_settings(const Settings& settings, const std::string& path, std::string& error) {
    namespace fs = std::filesystem;
    nlohmann::json json = {{"trainee", settings.trainee},
                           {"phrasing", phrasing_name(settings.phrasing)},
                           {"language", language_name(settings.language)},
                           {"feedback", settings.feedback == FeedbackMode::at_end ? "end" : "immediate"},
                           {"font_scale", settings.font_scale},
                           {"high_contrast", settings.high_contrast},
                           {"sound", settings.sound}};
    if (!settings.results.empty()) json["results"] = settings.results;
    if (!settings.cohort.empty()) json["cohort"] = settings.cohort;
    if (settings.window_width > 0 && settings.window_height > 0) {
        json["window_width"] = settings.window_width;
        json["window_height"] = settings.window_height;
    }
    std::error_code code;
    fs::create_directories(fs::path(path).parent_path(), code);
    std::string temporary = path + ".tmp";
    {
        std::ofstream out(temporary, std::ios::trunc);
        out << json.dump(2) << '\n';
        if (!out) {
            error = "cannot write " + temporary;
            return false;
        }
    }
    fs::rename(temporary, path, code);
    if (code) {
        error = "cannot replace " + path + ": " + code.message();
        return false;
    }
    return true;
}

}  // namespace frontdesk::gui
