#include "app/frame_schedule.h"

#include <algorithm>

namespace frontdesk::gui {

void FrameSchedule::wake(int frames) { frames_to_draw_ = std::max(frames_to_draw_, frames); }

bool FrameSchedule::due(double now, bool animating, double tick_seconds) {
    if (settle_until_ < 0) settle_until_ = now + settle_seconds;
    if (now < settle_until_) return true;
    bool tick = tick_seconds > 0 && now >= next_tick_;
    if (tick) next_tick_ = now + tick_seconds;
    return frames_to_draw_ > 0 || animating || tick;
}

void FrameSchedule::drawn() {
    if (frames_to_draw_ > 0) --frames_to_draw_;
}

}  // namespace frontdesk::gui
