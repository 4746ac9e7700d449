// The scenario's own words (roles, channels, endings, a choice's points) as a trainee reads them, in English
// or Italian; the words themselves live in the interface text.
#pragma once

#include <string>
#include <vector>

#include "frontdesk/interface_text.h"
#include "frontdesk/scenario.h"

namespace frontdesk {

std::string role_label(Language language, Role role);
std::string channel_label(Language language, Channel channel);
std::string ending_label(Language language, EndingKind ending);

// describe_points for the scores a session holds: one entry per skill of the scenario, in its order.
std::string describe_score(const Scenario& scenario, const std::vector<int>& score, Language language);

}  // namespace frontdesk
