// The character's facial expression: what the portrait shows, from the mood, the moment (the mood's last
// change), how the character shows being upset, and the ending once the conversation is over. Pure logic, so
// the window and the tests agree on which face each moment gets.
// (Named facial_expression, not expression: frontdesk::Expression is the condition language's.)
#pragma once

#include "frontdesk/scenario.h"

namespace frontdesk {

class Session;

enum class FacialExpression { furious, annoyed, worried, neutral, relieved, pleased, delighted };
constexpr int facial_expression_count = 7;

const char* facial_expression_name(FacialExpression expression);

struct ExpressionMoment {
    int mood = 50;         // now, 0-100
    int mood_before = 50;  // before the last change (the same as `mood` while nothing has changed)
    Upset upset = Upset::angry;
    EndingKind ending = EndingKind::none;  // none while the conversation goes on
};

// Moods below these show the character upset; from `pleased_from` they are pleased, from `delighted_from`
// delighted.
constexpr int furious_below = 20;
constexpr int upset_below = 40;
constexpr int pleased_from = 60;
constexpr int delighted_from = 80;
// A change of mood at least this big is a moment the face shows: a sharp drop, or a recovery.
constexpr int sharp_change = 10;

// The rules, in order: the mood's band (furious or annoyed below 40 for an angry character, worried for a
// worried one; neutral; pleased; delighted); a sharp drop shows one step more upset than the band; a
// recovery from below 40 to the neutral or pleased band shows relief; a failure ending never shows
// relief or pleasure (neutral at best), a success ending never fury (annoyed at worst).
FacialExpression facial_expression(const ExpressionMoment& moment);

// The moment a session is at: its mood, the last decision's change, the scenario's `upset`, and its ending.
ExpressionMoment expression_moment(const Session& session);

}  // namespace frontdesk
