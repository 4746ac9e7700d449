// When the window draws (tools/gui/app/frame_schedule.cpp): an idle window sleeps; input, animations and a
// screen's own pace wake it, for as long as each needs.
#include <doctest/doctest.h>

#include "app/frame_schedule.h"

using frontdesk::gui::FrameSchedule;

namespace {

// How many of `frames` calls, one every `step` seconds from `start`, drew a frame.
int drawn(FrameSchedule& schedule, int frames, double start, double step, bool animating, double tick) {
    int count = 0;
    for (int i = 0; i < frames; ++i) {
        if (!schedule.due(start + i * step, animating, tick)) continue;
        schedule.drawn();
        ++count;
    }
    return count;
}

}  // namespace

TEST_CASE("frame schedule: every frame of the first second is drawn, then an idle window draws nothing") {
    FrameSchedule schedule;
    // 40 looks in the first second, all drawn (whenever the window manager shows the window), and none of
    // the 60 after it: the first frames were among those 40.
    CHECK(drawn(schedule, 100, 0.0, 0.025, false, 0) == 40);
    CHECK(drawn(schedule, 100, 2.5, 0.025, false, 0) == 0);
}

TEST_CASE("frame schedule: input draws a few frames to let ImGui settle; waking twice does not add up") {
    FrameSchedule schedule;
    drawn(schedule, 10, 0.0, 0.025, false, 0);
    schedule.wake(FrameSchedule::frames_after_input);
    schedule.wake(1);
    CHECK(drawn(schedule, 10, 1.0, 0.025, false, 0) == FrameSchedule::frames_after_input);
}

TEST_CASE("frame schedule: an animation draws every frame while it runs") {
    FrameSchedule schedule;
    drawn(schedule, 10, 0.0, 0.025, false, 0);
    CHECK(drawn(schedule, 40, 1.0, 0.025, true, 0) == 40);
    CHECK(drawn(schedule, 40, 2.0, 0.025, false, 0) == 0);
}

TEST_CASE("frame schedule: a screen's own pace draws once per tick, not every loop") {
    FrameSchedule schedule;
    drawn(schedule, 10, 0.0, 0.025, false, 0);
    // 4 seconds of a countdown (a tick every 0.25 s), looked at every 25 ms.
    CHECK(drawn(schedule, 160, 1.0, 0.025, false, 0.25) == 16);
    // A clock once a second.
    CHECK(drawn(schedule, 400, 5.0, 0.025, false, 1.0) == 10);
}
