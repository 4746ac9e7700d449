// Interrupted conversations kept for resuming: one JSON file per trainee and scenario in
// $XDG_DATA_HOME/frontdesk/resume/ (~/.local/share/frontdesk/resume/). Written whenever the window closes
// or is interrupted mid-conversation, removed when the conversation is finished or abandoned.
#pragma once

#include <optional>
#include <string>

#include <nlohmann/json.hpp>

namespace frontdesk::gui {

class ResumeStore {
public:
    explicit ResumeStore(std::string folder = default_folder());

    static std::string default_folder();

    bool save(const std::string& trainee, const std::string& scenario_id, const nlohmann::json& state, std::string& error) const;
    std::optional<nlohmann::json> load(const std::string& trainee, const std::string& scenario_id) const;
    void remove(const std::string& trainee, const std::string& scenario_id) const;

    std::string path_for(const std::string& trainee, const std::string& scenario_id) const;

private:
    std::string folder_;
};

}  // namespace frontdesk::gui
