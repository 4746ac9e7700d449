// The portrait's motion (tools/gui/model/portrait_motion.h): a change of expression eases over a fraction of a
// second and then stops asking for frames; blinks cost a few frames each, so a still face leaves the window idle.
#include <doctest/doctest.h>

#include "portrait_motion.h"

using namespace frontdesk;
using namespace frontdesk::gui;

TEST_CASE("portrait: a new expression eases in, then the face is at rest and needs no frames") {
    PortraitMotion motion;
    motion.jump(FacialExpression::annoyed);
    CHECK_FALSE(motion.moving(10.0, false));
    CHECK(motion.show(FacialExpression::delighted, 10.0));
    CHECK_FALSE(motion.show(FacialExpression::delighted, 10.1));  // the same expression again is no change
    CHECK(motion.moving(10.2, false));
    FaceShape halfway = motion.face(10.2, false);
    FaceShape from = face_shape(FacialExpression::annoyed), to = face_shape(FacialExpression::delighted);
    CHECK(halfway.mouth_curve > from.mouth_curve);
    CHECK(halfway.mouth_curve < to.mouth_curve);
    double rest = 10.0 + PortraitMotion::transition_seconds + PortraitMotion::settle_seconds;
    CHECK_FALSE(motion.moving(rest + 0.01, false));
    CHECK(motion.face(rest, false).mouth_curve == doctest::Approx(to.mouth_curve));
}

TEST_CASE("portrait: joy is not worry, and worry is not anger") {
    FaceShape joy = face_shape(FacialExpression::delighted), worry = face_shape(FacialExpression::worried),
              anger = face_shape(FacialExpression::furious);
    CHECK(joy.mouth_curve > 0.8f);
    CHECK(joy.mouth_open > 0.5f);
    CHECK(joy.cheek > 0.8f);
    CHECK(joy.lid_lower > 0.4f);       // smiling eyes
    CHECK(joy.brow_tilt <= 0.0f);      // relaxed brows, not raised at the inner ends
    CHECK(worry.brow_tilt > 2.0f);     // inner ends up
    CHECK(worry.mouth_width < 0.8f);   // a tight mouth
    CHECK(anger.brow_tilt < -2.0f);    // inner ends down
    CHECK(anger.flush > 0.5f);
}

TEST_CASE("portrait: over a minute of a still face, blinks ask for a handful of frames each") {
    PortraitMotion motion;
    motion.jump(FacialExpression::neutral);
    int frames = 0, closed = 0;
    // The main loop looks every 25 ms; a frame is drawn only when the face needs one.
    for (double now = 100.0; now < 160.0; now += 0.025) {
        if (!motion.moving(now, true)) continue;
        ++frames;
        if (motion.face(now, true).lid_upper > 0.99f) ++closed;
        motion.drawn(now);
    }
    CHECK(closed >= 6);     // about one blink in seven seconds, each drawn closed
    CHECK(frames <= 2 * 10);  // two frames a blink (shut, open): not a stream
    CHECK_FALSE(motion.moving(200.0, false));
}
