#include "portrait_motion.h"

#include <algorithm>
#include <cmath>
#include <cstdint>

namespace frontdesk::gui {

FaceShape face_shape(FacialExpression expression) {
    using F = FacialExpression;
    FaceShape s;
    switch (expression) {
        case F::furious:  // brows pulled down hard at the middle, a glare, a flush, the mouth open in a snarl
            s = {-1.6f, -3.0f, 0.30f, 0.18f, 0.55f, -0.85f, 0.32f, 0.95f, 0.9f, 0.0f, 1.0f};
            break;
        case F::annoyed:  // brows down, lids a little lowered, the mouth pressed into a slight frown
            s = {-0.8f, -1.7f, 0.24f, 0.10f, 0.30f, -0.45f, 0.0f, 0.90f, 0.0f, 0.0f, 0.35f};
            break;
        case F::worried:  // brows raised at their inner ends, eyes wide, the mouth small and tight
            s = {1.6f, 2.8f, 0.0f, 0.06f, -0.35f, -0.35f, 0.06f, 0.72f, 0.0f, 0.0f, 0.0f};
            break;
        case F::neutral:
            s = {0.0f, 0.0f, 0.12f, 0.05f, 0.0f, 0.06f, 0.0f, 1.0f, 0.0f, 0.0f, 0.0f};
            break;
        case F::relieved:  // brows relaxed and a little up, soft lids, a closed gentle smile
            s = {0.6f, 0.7f, 0.30f, 0.12f, -0.1f, 0.45f, 0.0f, 1.0f, 0.0f, 0.3f, 0.0f};
            break;
        case F::pleased:  // a smile showing a little of the teeth, cheeks up a little
            s = {0.5f, 0.0f, 0.10f, 0.26f, 0.0f, 0.72f, 0.22f, 1.06f, 1.0f, 0.6f, 0.0f};
            break;
        case F::delighted:  // joy: relaxed brows, smiling eyes (lower lids up), raised cheeks, an open smile
            s = {0.8f, -0.3f, 0.14f, 0.55f, 0.0f, 1.0f, 0.72f, 1.18f, 1.0f, 1.0f, 0.0f};
            break;
    }
    return s;
}

FaceShape mix(const FaceShape& a, const FaceShape& b, float t) {
    auto m = [t](float x, float y) { return x + (y - x) * t; };
    return {m(a.brow_raise, b.brow_raise), m(a.brow_tilt, b.brow_tilt), m(a.lid_upper, b.lid_upper),
            m(a.lid_lower, b.lid_lower),   m(a.lid_slant, b.lid_slant), m(a.mouth_curve, b.mouth_curve),
            m(a.mouth_open, b.mouth_open), m(a.mouth_width, b.mouth_width), m(a.teeth, b.teeth),
            m(a.cheek, b.cheek),           m(a.flush, b.flush)};
}

namespace {

constexpr double blink_period = 7.0;
constexpr double blink_length = 0.11;

// Where in its seven seconds the blink of period `slot` starts: 0.5 to 5.3 s in, fixed per slot.
double blink_start(std::int64_t slot) {
    std::uint64_t z = static_cast<std::uint64_t>(slot) * 0x9E3779B97F4A7C15ULL + 0x632BE59BD9B4E019ULL;
    z = (z ^ (z >> 31)) * 0xBF58476D1CE4E5B9ULL;
    z ^= z >> 29;
    return static_cast<double>(slot) * blink_period + 0.5 + static_cast<double>(z % 1000) / 1000.0 * 4.8;
}

float eased(double t) {
    float x = static_cast<float>(std::clamp(t, 0.0, 1.0));
    return x * x * (3 - 2 * x);
}

}  // namespace

int blink_step(double now) {
    double t = now - blink_start(static_cast<std::int64_t>(std::floor(now / blink_period)));
    if (t < 0 || t >= blink_length) return 0;
    return 2;
}

bool PortraitMotion::show(FacialExpression expression, double now) {
    if (expression == to_) return false;
    from_ = face(now, false);
    to_ = expression;
    changed_at_ = now;
    return true;
}

void PortraitMotion::jump(FacialExpression expression) {
    to_ = expression;
    from_ = face_shape(expression);
    changed_at_ = -1e9;
}

FaceShape PortraitMotion::face(double now, bool blinks) const {
    FaceShape shape = mix(from_, face_shape(to_), eased((now - changed_at_) / transition_seconds));
    if (blinks) {
        float closed = static_cast<float>(blink_step(now)) / 2.0f;
        shape.lid_upper += (1.0f - shape.lid_upper) * closed;
        shape.lid_lower *= 1.0f - closed * 0.5f;
    }
    return shape;
}

bool PortraitMotion::moving(double now, bool blinks) const {
    return now < changed_at_ + transition_seconds + settle_seconds || (blinks && blink_step(now) != drawn_blink_);
}

}  // namespace frontdesk::gui
