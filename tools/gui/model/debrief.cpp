#include "debrief.h"

#include "frontdesk/interface_text.h"

namespace frontdesk::gui {

Debrief make_debrief(const Session& session, const Analysis& analysis, const TraineeVoice& voice) {
    auto shown = [&voice](std::string_view text) { return expand_text(text, voice); };
    const Scenario& scenario = session.scenario();
    Debrief debrief;
    debrief.ending = session.at_ending() ? session.ending() : EndingKind::none;
    if (session.at_ending()) debrief.text = shown(session.node().debrief);
    debrief.result = score_session(scenario, analysis, session.history(), debrief.ending);
    for (const SkillResult& skill : debrief.result.skills)
        debrief.radar.push_back(skill.percent ? static_cast<float>(*skill.percent / 100.0) : 0.0f);
    int number = 0;
    for (const DecisionReview& review : review_session(scenario, session.history())) {
        const Decision& decision = *review.decision;
        const Node& node = scenario.nodes[static_cast<std::size_t>(decision.node)];
        ReviewItem item;
        item.number = ++number;
        item.narration = shown(node.narration);
        item.character_line = shown(node.say);
        item.said = shown(review.said);
        item.timed_out = decision.timed_out();
        item.score = decision.score;
        item.points = review.points;
        item.mood_before = decision.mood_before;
        item.mood_after = decision.mood_after;
        item.response_seconds = decision.response_seconds;
        item.feedback = shown(review.feedback);
        if (review.better_choice) {
            const Choice& better = node.choices[static_cast<std::size_t>(*review.better_choice)];
            item.better = shown(better.say);
            item.better_score = better.score;
        }
        debrief.total_seconds += decision.response_seconds;
        debrief.review.push_back(item);
    }
    return debrief;
}

}  // namespace frontdesk::gui
