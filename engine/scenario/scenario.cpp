#include "frontdesk/scenario.h"

#include <cctype>

#include <algorithm>
#include <cstdio>

namespace frontdesk {

const char* role_name(Role value) {
    switch (value) {
        case Role::client: return "client";
        case Role::supplier: return "supplier";
        case Role::visitor: return "visitor";
        case Role::citizen: return "citizen";
        case Role::patient: return "patient";
        case Role::guest: return "guest";
        case Role::caller: return "caller";
        case Role::colleague: return "colleague";
    }
    return "client";
}

const char* channel_name(Channel value) {
    switch (value) {
        case Channel::desk: return "desk";
        case Channel::phone: return "phone";
        case Channel::chat: return "chat";
        case Channel::email: return "email";
        case Channel::social: return "social";
    }
    return "desk";
}

const char* ending_name(EndingKind value) {
    switch (value) {
        case EndingKind::none: return "none";
        case EndingKind::success: return "success";
        case EndingKind::partial: return "partial";
        case EndingKind::failure: return "failure";
    }
    return "none";
}

bool is_scenario_name(std::string_view text) {
    if (text.empty() || !(std::isalpha(static_cast<unsigned char>(text[0])) || text[0] == '_')) return false;
    return std::all_of(text.begin(), text.end(), [](char c) {
        return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-';
    });
}

bool is_scenario_id(std::string_view text) {
    if (text.empty() || text.front() == '-' || text.back() == '-') return false;
    return std::all_of(text.begin(), text.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
    });
}

NodeIndex Scenario::find_node(const std::string& id) const {
    auto it = node_index.find(id);
    return it == node_index.end() ? no_node : it->second;
}

int Scenario::find_skill(const std::string& name) const {
    auto it = std::find(skills.begin(), skills.end(), name);
    return it == skills.end() ? -1 : static_cast<int>(it - skills.begin());
}

std::string content_hash_hex(const Scenario& scenario) {
    char buffer[24];
    std::snprintf(buffer, sizeof buffer, "%016llx", static_cast<unsigned long long>(scenario.content_hash));
    return buffer;
}

}  // namespace frontdesk
