#include "frontdesk/facial_expression.h"

#include "frontdesk/session.h"

namespace frontdesk {

const char* facial_expression_name(FacialExpression expression) {
    switch (expression) {
        case FacialExpression::furious: return "furious";
        case FacialExpression::annoyed: return "annoyed";
        case FacialExpression::worried: return "worried";
        case FacialExpression::neutral: return "neutral";
        case FacialExpression::relieved: return "relieved";
        case FacialExpression::pleased: return "pleased";
        case FacialExpression::delighted: return "delighted";
    }
    return "neutral";
}

FacialExpression facial_expression(const ExpressionMoment& moment) {
    using F = FacialExpression;
    bool worried = moment.upset == Upset::worried;
    int change = moment.mood - moment.mood_before;
    bool drop = change <= -sharp_change;
    bool recovery = change >= sharp_change && moment.mood_before < upset_below;

    F face;
    if (moment.mood < furious_below) face = worried ? F::worried : F::furious;
    else if (moment.mood < upset_below) face = worried ? F::worried : (drop && change <= -2 * sharp_change ? F::furious : F::annoyed);
    else if (moment.mood < pleased_from) face = drop ? (worried ? F::worried : F::annoyed) : recovery ? F::relieved : F::neutral;
    else if (moment.mood < delighted_from) face = drop ? F::neutral : recovery ? F::relieved : F::pleased;
    else face = drop ? F::pleased : F::delighted;

    // The ending has the last word: the trainee must not read a failure as a happy customer, nor a success
    // as a furious one.
    if (moment.ending == EndingKind::failure && (face == F::relieved || face == F::pleased || face == F::delighted))
        face = F::neutral;
    if (moment.ending == EndingKind::success && face == F::furious) face = F::annoyed;
    return face;
}

ExpressionMoment expression_moment(const Session& session) {
    ExpressionMoment moment;
    moment.mood = session.mood();
    moment.mood_before = session.history().empty() ? session.mood() : session.history().back().mood_before;
    moment.upset = session.scenario().character.upset;
    moment.ending = session.finished() ? session.ending() : EndingKind::none;
    return moment;
}

}  // namespace frontdesk
