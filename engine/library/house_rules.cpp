// The house rules, each a warning with the figure it found and the one it asks for.
#include "frontdesk/house_rules.h"

#include <algorithm>
#include <string>
#include <vector>

namespace frontdesk {

namespace {

constexpr const char* marker = "[house rule] ";

std::uint32_t width(const std::string& id) { return static_cast<std::uint32_t>(std::clamp<std::size_t>(id.size(), 1, 200)); }

}  // namespace

void check_house_rules(const Scenario& scenario, const Analysis& analysis, DiagnosticList& diagnostics) {
    if (scenario.nodes.empty() || scenario.start == no_node) return;
    if (scenario.nodes.size() < house_min_nodes)
        diagnostics.warning(scenario.id_location,
                            std::string(marker) + "the scenario has " + std::to_string(scenario.nodes.size()) +
                                (scenario.nodes.size() == 1 ? " node" : " nodes") + "; the house rules ask for at least " +
                                std::to_string(house_min_nodes) + ", so a session holds several decisions",
                            width(scenario.id));

    // The briefing in parts: a trainee starts knowing the powers and the limits of the role, as a supervisor
    // would tell a new colleague before the shift, not only the story.
    if (scenario.you_can.empty() || scenario.you_cannot.empty())
        diagnostics.warning(scenario.id_location,
                            std::string(marker) + "the briefing has no " +
                                (scenario.you_can.empty() && scenario.you_cannot.empty() ? "'you_can' or 'you_cannot'"
                                 : scenario.you_can.empty()                             ? "'you_can'"
                                                                                         : "'you_cannot'") +
                                " list; the house rules ask for both lists under 'briefing', so the trainee knows what the role "
                                "may and may not do",
                            width(scenario.id));

    std::vector<std::string> missing;
    if (analysis.success_endings == 0) missing.emplace_back("success");
    if (analysis.partial_endings == 0) missing.emplace_back("partial");
    if (analysis.failure_endings == 0) missing.emplace_back("failure");
    if (!missing.empty()) {
        std::string kinds;
        for (std::size_t i = 0; i < missing.size(); ++i) kinds += (i == 0 ? "" : i + 1 == missing.size() ? " or " : ", ") + missing[i];
        diagnostics.warning(scenario.id_location,
                            std::string(marker) + "no " + kinds + " ending can be reached; the house rules ask for a success, a partial and a failure ending, so every outcome can be practised",
                            width(scenario.id));
    }

    for (const Node& node : scenario.nodes) {
        if (node.is_ending()) continue;
        std::size_t answers = node.choices.size();
        if (answers >= house_min_answers && answers <= house_max_answers) continue;
        diagnostics.warning(node.location,
                            std::string(marker) + "node " + in_quotes(node.id) + " has " + std::to_string(answers) +
                                (answers == 1 ? " answer" : " answers") + "; the house rules ask for " + std::to_string(house_min_answers) +
                                " to " + std::to_string(house_max_answers) +
                                (answers < house_min_answers ? ", so there is a choice to make" : ", so a trainee can weigh them all"),
                            width(node.id));
    }

    for (std::size_t s = 0; s < scenario.skills.size() && s < analysis.skills.size(); ++s) {
        const SkillRange& range = analysis.skills[s];
        if (range.best_unbounded || range.best >= house_min_skill_best) continue;
        diagnostics.warning(scenario.id_location,
                            std::string(marker) + "the best possible " + message_text(scenario.skills[s], 40) + " score is " +
                                std::to_string(range.best) + "; the house rules ask for at least " + std::to_string(house_min_skill_best) +
                                ", so a percentage of it means something",
                            width(scenario.id));
    }
}

}  // namespace frontdesk
