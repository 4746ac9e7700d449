// When the window draws a frame. An idle window costs almost no CPU because the main loop sleeps unless
// something needs drawing: input (ImGui settles over a few frames after it), a change of screen, an
// animation, or a screen's own pace (a countdown four times a second, the call clock and notices once a
// second). Plain logic, tested without a window.
#pragma once

namespace frontdesk::gui {

class FrameSchedule {
public:
    // Something happened (input, a change): draw at least `frames` more frames.
    void wake(int frames);
    // Whether to draw now. `animating`: the screen moves by itself; `tick_seconds` > 0: it changes that often
    // although nothing happens (0: never).
    bool due(double now, bool animating, double tick_seconds);
    // A frame was drawn.
    void drawn();

    // Frames drawn after input before the loop may sleep: ImGui needs a couple to settle (hover, focus).
    static constexpr int frames_after_input = 3;
    // How long the loop sleeps when nothing is due: typing still feels immediate, waiting costs next to nothing.
    static constexpr int sleep_milliseconds = 25;

private:
    int frames_to_draw_ = 2;  // the first frames, so the window is never blank
    // Every frame is drawn for the first second: a window manager may map the window after the first frames,
    // and a window that then sleeps shows whatever its buffer held (old text at another size) until input.
    static constexpr double settle_seconds = 1.0;
    double settle_until_ = -1;  // set by the first call to due()
    double next_tick_ = 0;
};

}  // namespace frontdesk::gui
