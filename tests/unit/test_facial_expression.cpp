// The portrait's expression: the mood's bands, the moment (a sharp drop, a recovery), the character's way of
// being upset, and the ending's last word; every expression reachable, in play as well as in isolation.
#include <doctest/doctest.h>

#include <set>

#include "frontdesk/facial_expression.h"
#include "frontdesk/session.h"
#include "test_support.h"

using namespace frontdesk;
using F = FacialExpression;

namespace {

F face(int mood, int before, Upset upset = Upset::angry, EndingKind ending = EndingKind::none) {
    return facial_expression({mood, before, upset, ending});
}

}  // namespace

TEST_CASE("expression: a steady mood shows its band") {
    CHECK(face(5, 5) == F::furious);
    CHECK(face(30, 30) == F::annoyed);
    CHECK(face(50, 50) == F::neutral);
    CHECK(face(70, 70) == F::pleased);
    CHECK(face(90, 90) == F::delighted);
    CHECK(face(19, 19) == F::furious);
    CHECK(face(20, 20) == F::annoyed);
    CHECK(face(40, 40) == F::neutral);
    CHECK(face(60, 60) == F::pleased);
    CHECK(face(80, 80) == F::delighted);
}

TEST_CASE("expression: a worried character shows worry where an angry one shows anger") {
    CHECK(face(5, 5, Upset::worried) == F::worried);
    CHECK(face(30, 30, Upset::worried) == F::worried);
    CHECK(face(50, 50, Upset::worried) == F::neutral);
    CHECK(face(90, 90, Upset::worried) == F::delighted);
    // A sharp drop into the neutral band: annoyance for the one, worry for the other.
    CHECK(face(45, 60) == F::annoyed);
    CHECK(face(45, 60, Upset::worried) == F::worried);
    for (int mood = 0; mood <= 100; ++mood)
        for (int before : {0, 30, 50, 100}) {
            F f = face(mood, before, Upset::worried);
            CHECK(f != F::furious);
            CHECK(f != F::annoyed);
        }
}

TEST_CASE("expression: the moment: a sharp drop shows more upset, a recovery from low shows relief") {
    CHECK(face(35, 38) == F::annoyed);    // a small change is no moment
    CHECK(face(25, 50) == F::furious);    // a drop of 25 into the annoyed band
    CHECK(face(30, 42) == F::annoyed);    // a drop of 12: still annoyed
    CHECK(face(70, 85) == F::neutral);    // dropped into pleased: not pleased yet
    CHECK(face(82, 95) == F::pleased);
    CHECK(face(50, 30) == F::relieved);   // up from annoyed
    CHECK(face(65, 25) == F::relieved);   // up from annoyed into pleased
    CHECK(face(50, 42) == F::neutral);    // up, but not from low
    CHECK(face(85, 30) == F::delighted);  // all the way up: delighted
    CHECK(face(50, 30, Upset::worried) == F::relieved);
}

TEST_CASE("expression: a failure ending never shows pleasure or relief; a success never fury") {
    for (int mood = 0; mood <= 100; mood += 5)
        for (int before = 0; before <= 100; before += 5)
            for (Upset upset : {Upset::angry, Upset::worried}) {
                F failed = face(mood, before, upset, EndingKind::failure);
                CHECK(failed != F::pleased);
                CHECK(failed != F::relieved);
                CHECK(failed != F::delighted);
                CHECK(face(mood, before, upset, EndingKind::success) != F::furious);
            }
    CHECK(face(90, 90, Upset::angry, EndingKind::failure) == F::neutral);
    CHECK(face(5, 5, Upset::angry, EndingKind::failure) == F::furious);
    CHECK(face(5, 5, Upset::angry, EndingKind::success) == F::annoyed);
    CHECK(face(90, 90, Upset::angry, EndingKind::success) == F::delighted);
    CHECK(face(50, 30, Upset::angry, EndingKind::partial) == F::relieved);
}

TEST_CASE("expression: each of the seven is reachable, and each has its own name") {
    std::set<F> seen;
    std::set<std::string> names;
    for (int mood = 0; mood <= 100; ++mood)
        for (int before = 0; before <= 100; before += 5)
            for (Upset upset : {Upset::angry, Upset::worried}) seen.insert(face(mood, before, upset));
    CHECK(seen.size() == static_cast<std::size_t>(facial_expression_count));
    for (int i = 0; i < facial_expression_count; ++i) names.insert(facial_expression_name(static_cast<F>(i)));
    CHECK(names == std::set<std::string>{"furious", "annoyed", "worried", "neutral", "relieved", "pleased", "delighted"});
}

TEST_CASE("expression: in play, from the session: the start, a rude answer, the ending") {
    auto loaded = frontdesk::test::load_text(frontdesk::test::valid_scenario());
    REQUIRE(loaded.playable());
    Session session(loaded.scenario);
    ExpressionMoment start = expression_moment(session);
    CHECK(start.mood == 40);
    CHECK(start.mood_before == 40);
    CHECK(facial_expression(start) == F::neutral);
    session.choose(1);  // "What?": mood -40, to 0, and the character walks away (a failure ending)
    ExpressionMoment rude = expression_moment(session);
    CHECK(rude.mood == 0);
    CHECK(rude.mood_before == 40);
    CHECK(rude.ending == EndingKind::failure);
    CHECK(facial_expression(rude) == F::furious);

    Session kind(loaded.scenario);
    kind.choose(0);  // mood +10 -> 50
    kind.choose(0);  // to the success ending
    ExpressionMoment end = expression_moment(kind);
    CHECK(end.ending == EndingKind::success);
    CHECK(facial_expression(end) == F::neutral);
}
