#include "frontdesk/scenario_labels.h"

namespace frontdesk {

std::string role_label(Language language, Role role) {
    switch (role) {
        case Role::client: return ui_text(language, Ui::role_client);
        case Role::supplier: return ui_text(language, Ui::role_supplier);
        case Role::visitor: return ui_text(language, Ui::role_visitor);
        case Role::citizen: return ui_text(language, Ui::role_citizen);
        case Role::patient: return ui_text(language, Ui::role_patient);
        case Role::guest: return ui_text(language, Ui::role_guest);
        case Role::caller: return ui_text(language, Ui::role_caller);
        case Role::colleague: return ui_text(language, Ui::role_colleague);
    }
    return {};
}

std::string channel_label(Language language, Channel channel) {
    switch (channel) {
        case Channel::desk: return ui_text(language, Ui::channel_desk);
        case Channel::phone: return ui_text(language, Ui::channel_phone);
        case Channel::chat: return ui_text(language, Ui::channel_chat);
        case Channel::email: return ui_text(language, Ui::channel_email);
        case Channel::social: return ui_text(language, Ui::channel_social);
    }
    return {};
}

std::string ending_label(Language language, EndingKind ending) {
    switch (ending) {
        case EndingKind::success: return ui_text(language, Ui::ending_success);
        case EndingKind::partial: return ui_text(language, Ui::ending_partial);
        case EndingKind::failure: return ui_text(language, Ui::ending_failure);
        case EndingKind::none: return ui_text(language, Ui::ending_none);
    }
    return {};
}

std::string describe_score(const Scenario& scenario, const std::vector<int>& score, Language language) {
    std::vector<std::pair<std::string, int>> named;
    for (std::size_t s = 0; s < scenario.skills.size() && s < score.size(); ++s) named.emplace_back(scenario.skills[s], score[s]);
    return describe_points(named, language);
}

}  // namespace frontdesk
