#include "frontdesk/stored_answer.h"

#include <limits>
#include <map>

#include <nlohmann/json.hpp>

namespace frontdesk {

namespace {

int saturated(long long value) {
    if (value > std::numeric_limits<int>::max()) return std::numeric_limits<int>::max();
    if (value < std::numeric_limits<int>::min()) return std::numeric_limits<int>::min();
    return static_cast<int>(value);
}

// Text larger than this was not written by frontdesk (a scenario's skills take well under a kilobyte).
constexpr std::size_t max_points_text = 64 * 1024;

}  // namespace

std::vector<std::pair<std::string, int>> normalised_points(const std::vector<std::pair<std::string, int>>& score) {
    std::map<std::string, long long> sums;
    for (const auto& [skill, points] : score) sums[skill] += points;
    std::vector<std::pair<std::string, int>> out;
    for (const auto& [skill, sum] : sums)
        if (sum != 0) out.emplace_back(skill, saturated(sum));
    return out;
}

std::string points_text(const std::vector<std::pair<std::string, int>>& score) {
    nlohmann::json object = nlohmann::json::object();  // a std::map inside: keys in byte order
    for (const auto& [skill, points] : normalised_points(score)) object[skill] = points;
    return object.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::vector<std::pair<std::string, int>> points_from_text(const std::string& text) {
    std::vector<std::pair<std::string, int>> out;
    if (text.size() > max_points_text) return out;
    nlohmann::json object = nlohmann::json::parse(text, nullptr, false);
    if (!object.is_object()) return out;
    for (const auto& [skill, points] : object.items()) {
        if (skill.empty()) continue;
        if (points.is_number_unsigned()) {
            auto value = points.get<std::uint64_t>();
            out.emplace_back(skill, value > static_cast<std::uint64_t>(std::numeric_limits<int>::max()) ? std::numeric_limits<int>::max()
                                                                                                      : static_cast<int>(value));
        } else if (points.is_number_integer()) {
            out.emplace_back(skill, saturated(points.get<std::int64_t>()));
        }
    }
    return out;
}

}  // namespace frontdesk
