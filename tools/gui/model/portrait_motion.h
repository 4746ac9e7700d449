// The portrait's face as numbers (brows, lids, mouth, cheeks) for each expression, and its motion: a change
// of expression eases from the face shown to the new one, and the eyes blink now and then. Plain logic
// without a window: the frame schedule asks it whether the face is moving, so a still face costs no frames.
#pragma once

#include "frontdesk/facial_expression.h"

namespace frontdesk::gui {

// Each in the face's own units (the head is about 40 wide); signs as named.
struct FaceShape {
    float brow_raise = 0;   // + raised, - lowered (units)
    float brow_tilt = 0;    // + inner ends up (worry), - inner ends down (anger), in units at the inner end
    float lid_upper = 0;    // 0 wide open .. 1 closed
    float lid_lower = 0;    // 0 .. 1 raised from below (smiling eyes push the lower lids up)
    float lid_slant = 0;    // + upper lids lower at the inner corners (a glare), - at the outer ones (sorrow)
    float mouth_curve = 0;  // -1 a frown .. +1 a broad smile
    float mouth_open = 0;   // 0 closed .. 1 wide open
    float mouth_width = 1;  // 0.75 pressed tight .. 1.2 a wide smile
    float teeth = 0;        // 0 .. 1 how much of the upper teeth an open mouth shows
    float cheek = 0;        // 0 .. 1 cheeks raised by a smile (and the blush that goes with it)
    float flush = 0;        // 0 .. 1 a flush of anger
};

FaceShape face_shape(FacialExpression expression);
// The face `t` of the way from `a` to `b` (0 .. 1).
FaceShape mix(const FaceShape& a, const FaceShape& b, float t);

// How far a blink has closed the eyes at `now`: 0 open, 2 closed (1, half closed, is drawn by the portrait
// but no longer a step of its own). One blink, about a tenth of a second with the eyes shut, falls somewhere in
// each seven seconds, so the intervals vary as a person's do. Shut, then open: a blink costs the window two
// frames, and each frame under software OpenGL costs tens of milliseconds of CPU; with half-closed steps (four
// frames a blink) a still conversation took 1.6-1.9% of a core, near the 2% it may take.
int blink_step(double now);

class PortraitMotion {
public:
    // The expression to show from `now`. A new one starts a transition from the face shown now (also
    // mid-way through another). Returns whether the expression changed.
    bool show(FacialExpression expression, double now);
    // Shows `expression` at once, without a transition (a new or resumed conversation).
    void jump(FacialExpression expression);

    FacialExpression expression() const { return to_; }
    // The face at `now`; with `blinks`, the eyes close now and then.
    FaceShape face(double now, bool blinks) const;
    // Whether the face needs a frame at `now`: every frame while a transition runs (the window sleeps after
    // it), and one for each step of a blink that has not been drawn yet.
    bool moving(double now, bool blinks) const;
    // The face at `now` was drawn.
    void drawn(double now) { drawn_blink_ = blink_step(now); }

    static constexpr double transition_seconds = 0.4;
    // Frames drawn past the end of a transition, so the last one drawn shows the face at rest.
    static constexpr double settle_seconds = 0.05;

private:
    FaceShape from_ = face_shape(FacialExpression::neutral);
    FacialExpression to_ = FacialExpression::neutral;
    double changed_at_ = -1e9;
    int drawn_blink_ = 0;
};

}  // namespace frontdesk::gui
