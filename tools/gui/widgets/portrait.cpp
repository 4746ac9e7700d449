// The portrait is laid out on a grid of 100 x 100 units (the head about 36 wide), scaled to the size asked
// for, so every size is drawn from the same shapes. Shapes are filled as triangles (ImGui 1.86 fills only
// convex polygons; hair and beards are not) and edged with a one-pixel anti-aliased line, so curves stay
// smooth at any size.
#include "widgets/portrait.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <vector>

namespace frontdesk::gui {

namespace {

using L = frontdesk::Look;
using Points = std::vector<ImVec2>;

ImU32 rgb(int r, int g, int b, int a = 255) { return IM_COL32(r, g, b, a); }
ImU32 with_alpha(ImU32 colour, float alpha) {
    int a = static_cast<int>(std::clamp(alpha, 0.0f, 1.0f) * static_cast<float>((colour >> IM_COL32_A_SHIFT) & 0xFF));
    return (colour & ~IM_COL32_A_MASK) | (static_cast<ImU32>(a) << IM_COL32_A_SHIFT);
}
// `colour` darkened (amount > 0) or lightened (amount < 0).
ImU32 shade(ImU32 colour, float amount) {
    auto channel = [&](int shift) {
        float c = static_cast<float>((colour >> shift) & 0xFF);
        c = amount > 0 ? c * (1 - amount) : c + (255 - c) * -amount;
        return static_cast<ImU32>(std::clamp(c, 0.0f, 255.0f)) << shift;
    };
    return channel(IM_COL32_R_SHIFT) | channel(IM_COL32_G_SHIFT) | channel(IM_COL32_B_SHIFT) | (colour & IM_COL32_A_MASK);
}
ImU32 blend(ImU32 a, ImU32 b, float t) {
    auto channel = [&](int shift) {
        float x = static_cast<float>((a >> shift) & 0xFF), y = static_cast<float>((b >> shift) & 0xFF);
        return static_cast<ImU32>(x + (y - x) * t) << shift;
    };
    return channel(IM_COL32_R_SHIFT) | channel(IM_COL32_G_SHIFT) | channel(IM_COL32_B_SHIFT) | channel(IM_COL32_A_SHIFT);
}

// The colours of one portrait, worked out once per draw from the look (and the theme).
struct Colours {
    ImU32 skin, skin_shadow, skin_deep, hair, hair_shadow, brow, iris, eye_white, ink, lips, mouth, teeth, tongue;
    ImU32 blush, flush, clothing, clothing_shadow, clothing_light, inner, frame, background, outline;
};

ImU32 skin_colour(L::Skin skin) {
    switch (skin) {
        case L::Skin::light: return rgb(249, 222, 201);
        case L::Skin::fair: return rgb(241, 199, 165);
        case L::Skin::medium: return rgb(224, 173, 132);
        case L::Skin::olive: return rgb(200, 153, 108);
        case L::Skin::brown: return rgb(158, 105, 70);
        case L::Skin::dark: return rgb(104, 66, 46);
    }
    return rgb(224, 173, 132);
}

ImU32 hair_colour(L::HairColour colour) {
    switch (colour) {
        case L::HairColour::black: return rgb(43, 36, 34);
        case L::HairColour::brown: return rgb(107, 68, 42);
        case L::HairColour::blonde: return rgb(222, 184, 108);
        case L::HairColour::red: return rgb(178, 86, 46);
        case L::HairColour::grey: return rgb(160, 159, 156);
        case L::HairColour::white: return rgb(232, 229, 224);
    }
    return rgb(107, 68, 42);
}

// Clothing colours that sit well together and on the pale backgrounds; picked by the look's variant.
ImU32 clothing_colour(L::Clothing clothing, std::uint32_t variant) {
    static const ImU32 bright[] = {rgb(47, 84, 128), rgb(46, 125, 122), rgb(140, 59, 74), rgb(201, 150, 46),
                                   rgb(86, 96, 112), rgb(78, 122, 74), rgb(120, 86, 150), rgb(196, 98, 68)};
    static const ImU32 suits[] = {rgb(52, 58, 70), rgb(38, 54, 86), rgb(96, 100, 108), rgb(74, 60, 52)};
    static const ImU32 shirts[] = {rgb(246, 247, 250), rgb(200, 220, 240), rgb(236, 226, 210), rgb(214, 232, 220)};
    switch (clothing) {
        case L::Clothing::suit: return suits[variant % 4];
        case L::Clothing::shirt: return shirts[variant % 4];
        case L::Clothing::uniform: return (variant & 1) ? rgb(36, 52, 84) : rgb(58, 72, 60);
        default: return bright[variant % 8];
    }
}

Colours colours_for(const L& look, bool high_contrast) {
    Colours c;
    c.skin = skin_colour(look.skin);
    bool deep = look.skin == L::Skin::brown || look.skin == L::Skin::dark;
    c.skin_shadow = shade(c.skin, 0.13f);
    c.skin_deep = shade(c.skin, deep ? 0.32f : 0.26f);
    c.hair = hair_colour(look.hair_colour);
    c.hair_shadow = shade(c.hair, 0.22f);
    bool pale_hair = look.hair_colour == L::HairColour::grey || look.hair_colour == L::HairColour::white;
    c.brow = pale_hair ? rgb(120, 116, 110) : look.hair_colour == L::HairColour::blonde ? rgb(150, 112, 60) : shade(c.hair, 0.25f);
    static const ImU32 irises[] = {rgb(92, 58, 34), rgb(61, 111, 163), rgb(80, 122, 80), rgb(122, 90, 42), rgb(70, 44, 28)};
    c.iris = deep ? rgb(58, 36, 24) : irises[(look.variant >> 8) % 5];
    c.eye_white = rgb(252, 251, 248);
    c.ink = rgb(48, 34, 30);
    c.lips = blend(c.skin_deep, rgb(170, 72, 70), deep ? 0.25f : 0.45f);
    c.mouth = rgb(110, 40, 44);
    c.teeth = rgb(252, 250, 244);
    c.tongue = rgb(214, 108, 110);
    c.blush = deep ? rgb(190, 80, 70, 70) : rgb(236, 120, 110, 95);
    c.flush = deep ? rgb(170, 40, 30, 110) : rgb(222, 64, 50, 120);
    c.clothing = clothing_colour(look.clothing, look.variant);
    c.clothing_shadow = shade(c.clothing, 0.18f);
    c.clothing_light = shade(c.clothing, -0.14f);
    static const ImU32 inners[] = {rgb(246, 247, 250), rgb(236, 226, 210), rgb(210, 222, 236)};
    c.inner = inners[(look.variant >> 4) % 3];
    c.frame = (look.variant >> 12) % 3 == 0 ? rgb(110, 64, 40) : rgb(40, 40, 46);
    if (look.hair == L::Hair::covered) {
        // A headscarf is cloth: its colour is the scarf's, not the hair's.
        static const ImU32 scarves[] = {rgb(58, 110, 118), rgb(128, 58, 72), rgb(196, 168, 120), rgb(72, 84, 128), rgb(110, 124, 82)};
        c.hair = scarves[(look.variant >> 20) % 5];
        c.hair_shadow = shade(c.hair, 0.2f);
    }
    static const ImU32 backgrounds[] = {rgb(220, 232, 242), rgb(228, 238, 221), rgb(243, 228, 216), rgb(231, 225, 241), rgb(240, 233, 214)};
    c.background = backgrounds[(look.variant >> 16) % 5];
    c.outline = 0;
    if (high_contrast) {
        // Plain fills, black ink and strong outlines: shapes read by their edges, not by shades of colour.
        c.skin = c.skin_shadow = rgb(255, 255, 255);
        c.skin_deep = rgb(0, 0, 0);
        c.hair = pale_hair || look.hair_colour == L::HairColour::blonde ? rgb(205, 205, 205) : rgb(90, 90, 90);
        c.hair_shadow = c.hair;
        c.brow = c.ink = rgb(0, 0, 0);
        c.iris = rgb(0, 0, 0);
        c.lips = rgb(0, 0, 0);
        c.mouth = rgb(0, 0, 0);
        c.tongue = rgb(0, 0, 0);
        c.blush = c.flush = 0;
        c.clothing = look.clothing == L::Clothing::suit || look.clothing == L::Clothing::uniform ? rgb(60, 60, 60) : rgb(150, 150, 150);
        c.clothing_shadow = rgb(0, 0, 0);
        c.clothing_light = c.clothing;
        c.inner = rgb(255, 255, 255);
        c.frame = rgb(0, 0, 0);
        c.background = rgb(255, 255, 255);
        c.outline = rgb(0, 0, 0);
    }
    return c;
}

// Paths in units: cubic and quadratic curves sampled into points.
class Path {
public:
    explicit Path(ImVec2 start) { points_.push_back(start); }
    Path& line(ImVec2 p) {
        points_.push_back(p);
        return *this;
    }
    Path& cubic(ImVec2 c1, ImVec2 c2, ImVec2 p, int segments = 10) {
        ImVec2 a = points_.back();
        for (int i = 1; i <= segments; ++i) {
            float t = static_cast<float>(i) / static_cast<float>(segments), u = 1 - t;
            float w0 = u * u * u, w1 = 3 * u * u * t, w2 = 3 * u * t * t, w3 = t * t * t;
            points_.push_back(ImVec2(w0 * a.x + w1 * c1.x + w2 * c2.x + w3 * p.x, w0 * a.y + w1 * c1.y + w2 * c2.y + w3 * p.y));
        }
        return *this;
    }
    Path& quad(ImVec2 c, ImVec2 p, int segments = 8) {
        ImVec2 a = points_.back();
        for (int i = 1; i <= segments; ++i) {
            float t = static_cast<float>(i) / static_cast<float>(segments), u = 1 - t;
            points_.push_back(ImVec2(u * u * a.x + 2 * u * t * c.x + t * t * p.x, u * u * a.y + 2 * u * t * c.y + t * t * p.y));
        }
        return *this;
    }
    // The points so far, mirrored about the portrait's centre line and walked back: a symmetric shape's other half.
    Path& mirror_back() {
        for (std::size_t i = points_.size(); i-- > 0;) points_.push_back(ImVec2(100 - points_[i].x, points_[i].y));
        return *this;
    }
    const Points& points() const { return points_; }

private:
    Points points_;
};

Points ellipse(ImVec2 centre, float rx, float ry, int segments = 28) {
    Points out;
    for (int i = 0; i < segments; ++i) {
        float a = static_cast<float>(i) / static_cast<float>(segments) * 6.2831853f;
        out.push_back(ImVec2(centre.x + std::cos(a) * rx, centre.y + std::sin(a) * ry));
    }
    return out;
}

float cross(ImVec2 o, ImVec2 a, ImVec2 b) { return (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x); }

// Draws in pixels: `origin` and `unit` map the portrait's units to the screen.
class Canvas {
public:
    Canvas(ImDrawList* draw, ImVec2 origin, float unit, ImU32 outline)
        : draw_(draw), origin_(origin), unit_(unit), outline_(outline), outline_width_(std::max(1.5f, unit * 0.75f)) {}

    ImVec2 at(ImVec2 p) const {
        p = ImVec2(zoom_centre_.x + (p.x - zoom_centre_.x) * zoom_, zoom_centre_.y + (p.y - zoom_centre_.y) * zoom_);
        return ImVec2(origin_.x + p.x * unit_, origin_.y + p.y * unit_);
    }
    // The head is drawn larger than the body's grid, as illustrations do, so a face reads at small sizes.
    void zoom(float factor, ImVec2 centre) {
        zoom_ = factor;
        zoom_centre_ = centre;
    }
    float px(float units) const { return units * unit_ * zoom_; }

    // Any simple polygon, concave too (ear clipping), then its edge anti-aliased; outlined in high contrast
    // when `outlined`.
    void fill(const Points& shape, ImU32 colour, bool outlined = false) {
        if (shape.size() < 3 || (colour & IM_COL32_A_MASK) == 0) return;
        Points screen = to_screen(shape);
        triangulate(screen, colour);
        draw_->AddPolyline(screen.data(), static_cast<int>(screen.size()), colour, ImDrawFlags_Closed, 1.0f);
        if (outlined && outline_) draw_->AddPolyline(screen.data(), static_cast<int>(screen.size()), outline_, ImDrawFlags_Closed, outline_width_);
    }
    // The region between two curves sampled at the same x positions (`top` left to right, `bottom` the same):
    // eyes and mouths, which may be crescents.
    void fill_between(const Points& top, const Points& bottom, ImU32 colour) {
        if (top.size() < 2 || top.size() != bottom.size()) return;
        ImVec2 uv = ImGui::GetFontTexUvWhitePixel();
        std::size_t quads = top.size() - 1;
        draw_->PrimReserve(static_cast<int>(quads * 6), static_cast<int>(quads * 6));
        for (std::size_t i = 0; i < quads; ++i) {
            ImVec2 a = at(top[i]), b = at(top[i + 1]), c = at(bottom[i + 1]), d = at(bottom[i]);
            for (ImVec2 p : {a, b, c, a, c, d}) draw_->PrimVtx(p, uv, colour);
        }
        Points edge = top;
        for (std::size_t i = bottom.size(); i-- > 0;) edge.push_back(bottom[i]);
        Points screen = to_screen(edge);
        draw_->AddPolyline(screen.data(), static_cast<int>(screen.size()), colour, ImDrawFlags_Closed, 1.0f);
    }
    // A line through the points, `width` units wide (at least a pixel, so it never vanishes when small).
    void stroke(const Points& line, ImU32 colour, float width, bool closed = false) {
        if (line.size() < 2 || (colour & IM_COL32_A_MASK) == 0) return;
        Points screen = to_screen(line);
        draw_->AddPolyline(screen.data(), static_cast<int>(screen.size()), colour, closed ? ImDrawFlags_Closed : 0,
                           std::max(1.0f, px(width)));
    }
    // A stroke that tapers from `from` units wide to `to`, as a filled shape: brows, lashes, lines of age.
    void taper(const Points& line, ImU32 colour, float from, float to) {
        if (line.size() < 2) return;
        Points upper, lower;
        for (std::size_t i = 0; i < line.size(); ++i) {
            ImVec2 a = line[i > 0 ? i - 1 : 0], b = line[std::min(i + 1, line.size() - 1)];
            float dx = b.x - a.x, dy = b.y - a.y, length = std::sqrt(dx * dx + dy * dy);
            if (length <= 0) length = 1;
            float t = static_cast<float>(i) / static_cast<float>(line.size() - 1);
            float half = std::max((from + (to - from) * t) * 0.5f, 0.5f / unit_);
            ImVec2 normal(-dy / length * half, dx / length * half);
            upper.push_back(ImVec2(line[i].x + normal.x, line[i].y + normal.y));
            lower.push_back(ImVec2(line[i].x - normal.x, line[i].y - normal.y));
        }
        for (std::size_t i = lower.size(); i-- > 0;) upper.push_back(lower[i]);
        fill(upper, colour);
    }
    // A spot of colour fading to nothing at its edge (a blush, a flush): a fan whose rim is transparent.
    void spot(ImVec2 centre, float rx, float ry, ImU32 colour) {
        const int segments = 32;
        ImVec2 uv = ImGui::GetFontTexUvWhitePixel();
        ImU32 rim = colour & ~IM_COL32_A_MASK;
        draw_->PrimReserve(segments * 3, segments * 3);
        for (int i = 0; i < segments; ++i) {
            float a = static_cast<float>(i) / segments * 6.2831853f, b = static_cast<float>(i + 1) / segments * 6.2831853f;
            draw_->PrimVtx(at(centre), uv, colour);
            draw_->PrimVtx(at(ImVec2(centre.x + std::cos(a) * rx, centre.y + std::sin(a) * ry)), uv, rim);
            draw_->PrimVtx(at(ImVec2(centre.x + std::cos(b) * rx, centre.y + std::sin(b) * ry)), uv, rim);
        }
    }
    void outline(const Points& shape) {
        if (!outline_) return;
        Points screen = to_screen(shape);
        draw_->AddPolyline(screen.data(), static_cast<int>(screen.size()), outline_, ImDrawFlags_Closed, outline_width_);
    }
    bool high_contrast() const { return outline_ != 0; }

private:
    Points to_screen(const Points& shape) const {
        Points out;
        out.reserve(shape.size());
        for (ImVec2 p : shape) out.push_back(at(p));
        return out;
    }
    void triangulate(Points polygon, ImU32 colour) {
        // Drop repeated points: they make zero-area ears that stall the clipping.
        Points clean;
        for (ImVec2 p : polygon)
            if (clean.empty() || std::fabs(p.x - clean.back().x) + std::fabs(p.y - clean.back().y) > 0.01f) clean.push_back(p);
        while (clean.size() > 3 && std::fabs(clean.front().x - clean.back().x) + std::fabs(clean.front().y - clean.back().y) <= 0.01f)
            clean.pop_back();
        if (clean.size() < 3) return;
        float area = 0;
        for (std::size_t i = 0; i < clean.size(); ++i) area += cross(ImVec2(0, 0), clean[i], clean[(i + 1) % clean.size()]);
        if (area < 0) std::reverse(clean.begin(), clean.end());
        std::vector<int> index(clean.size());
        for (std::size_t i = 0; i < index.size(); ++i) index[i] = static_cast<int>(i);
        std::vector<ImVec2> triangles;
        triangles.reserve(clean.size() * 3);
        std::size_t guard = 0;
        while (index.size() > 3 && guard++ < clean.size() * clean.size()) {
            bool clipped = false;
            std::size_t n = index.size();
            for (std::size_t i = 0; i < n; ++i) {
                ImVec2 a = clean[index[(i + n - 1) % n]], b = clean[index[i]], c = clean[index[(i + 1) % n]];
                if (cross(a, b, c) <= 0) continue;  // a reflex corner is no ear
                bool inside = false;
                for (std::size_t j = 0; j < n && !inside; ++j) {
                    if (j == i || j == (i + n - 1) % n || j == (i + 1) % n) continue;
                    ImVec2 p = clean[index[j]];
                    inside = cross(a, b, p) > 0 && cross(b, c, p) > 0 && cross(c, a, p) > 0;
                }
                if (inside) continue;
                triangles.insert(triangles.end(), {a, b, c});
                index.erase(index.begin() + static_cast<std::ptrdiff_t>(i));
                clipped = true;
                break;
            }
            if (!clipped) break;  // a self-touching outline: what is left is drawn as a fan below
        }
        for (std::size_t i = 1; i + 1 < index.size(); ++i)
            triangles.insert(triangles.end(), {clean[index[0]], clean[index[i]], clean[index[i + 1]]});
        ImVec2 uv = ImGui::GetFontTexUvWhitePixel();
        draw_->PrimReserve(static_cast<int>(triangles.size()), static_cast<int>(triangles.size()));
        for (ImVec2 p : triangles) draw_->PrimVtx(p, uv, colour);
    }

    ImDrawList* draw_;
    ImVec2 origin_;
    float unit_;
    ImU32 outline_;
    float outline_width_;
    float zoom_ = 1;
    ImVec2 zoom_centre_{50, 50};
};

// ---- The figure's parts, in the order they are drawn (back to front) ----

constexpr float head_zoom = 1.16f;
const ImVec2 head_zoom_centre{50, 54};
constexpr float head_cx = 50;
constexpr float eye_y = 44.5f;
constexpr float eye_dx = 7.8f;
constexpr float mouth_y = 58.6f;

Points head_shape() {
    return Path(ImVec2(50, 19))
        .cubic(ImVec2(60.5f, 19), ImVec2(67.8f, 25.5f), ImVec2(67.8f, 36))
        .cubic(ImVec2(67.8f, 42), ImVec2(67.6f, 47), ImVec2(66.6f, 51))
        .cubic(ImVec2(64.8f, 59.5f), ImVec2(57.5f, 66.4f), ImVec2(50, 66.4f), 12)
        .mirror_back()
        .points();
}

// The jaw outline from ear to ear, for beards: `drop` units below the head's own outline.
Points jaw_outer(float drop) {
    return Path(ImVec2(33.1f, 45))
        .cubic(ImVec2(33.4f, 55), ImVec2(40, 66.4f + drop), ImVec2(50, 66.4f + drop), 12)
        .cubic(ImVec2(60, 66.4f + drop), ImVec2(66.6f, 55), ImVec2(66.9f, 45), 12)
        .points();
}

void draw_background(Canvas& canvas, const Colours& c) {
    Points disc = ellipse(ImVec2(50, 52), 46, 46, 64);
    canvas.fill(disc, c.background);
    if (canvas.high_contrast()) canvas.outline(disc);
}

// Long hair and a bob fall behind the shoulders' top; a bun and a ponytail show behind the head; a headscarf
// covers the head and drapes over the shoulders.
void draw_hair_behind(Canvas& canvas, const L& look, const Colours& c) {
    switch (look.hair) {
        case L::Hair::long_hair: {
            Points back = Path(ImVec2(50, 14.5f))
                              .cubic(ImVec2(64, 14.5f), ImVec2(72.5f, 24), ImVec2(72, 40))
                              .cubic(ImVec2(71.5f, 55), ImVec2(75, 68), ImVec2(74, 80))
                              .quad(ImVec2(64, 84), ImVec2(56, 79))
                              .mirror_back()
                              .points();
            canvas.fill(back, c.hair_shadow, true);
            break;
        }
        case L::Hair::bob: {
            Points back = Path(ImVec2(50, 15))
                              .cubic(ImVec2(63.5f, 15), ImVec2(71.5f, 24), ImVec2(71.2f, 38))
                              .cubic(ImVec2(71, 50), ImVec2(72.5f, 60), ImVec2(71.5f, 65))
                              .quad(ImVec2(64, 67.5f), ImVec2(58, 64))
                              .mirror_back()
                              .points();
            canvas.fill(back, c.hair_shadow, true);
            break;
        }
        case L::Hair::bun: {
            Points bun = ellipse(ImVec2(50, 15.5f), 8, 7);
            canvas.fill(bun, c.hair_shadow, true);
            canvas.stroke(Path(ImVec2(44.5f, 14)).quad(ImVec2(50, 11.5f), ImVec2(55.5f, 14)).points(), shade(c.hair_shadow, 0.2f), 0.6f);
            break;
        }
        case L::Hair::ponytail: {
            Points tail = Path(ImVec2(62, 22))
                              .cubic(ImVec2(72, 22), ImVec2(76, 34), ImVec2(74.5f, 48))
                              .cubic(ImVec2(73.5f, 58), ImVec2(76, 66), ImVec2(72, 72))
                              .cubic(ImVec2(70, 62), ImVec2(68, 52), ImVec2(66, 40))
                              .points();
            canvas.fill(tail, c.hair_shadow, true);
            break;
        }
        case L::Hair::covered: {
            Points scarf = Path(ImVec2(50, 13))
                               .cubic(ImVec2(65, 13), ImVec2(73.5f, 24), ImVec2(73, 40))
                               .cubic(ImVec2(72.5f, 54), ImVec2(74, 66), ImVec2(84, 80))
                               .line(ImVec2(50, 84))
                               .mirror_back()
                               .points();
            canvas.fill(scarf, c.hair_shadow, true);
            break;
        }
        default: break;
    }
}

void draw_neck(Canvas& canvas, const Colours& c) {
    Points neck = Path(ImVec2(42.6f, 56)).line(ImVec2(42.2f, 78)).line(ImVec2(57.8f, 78)).line(ImVec2(57.4f, 56)).points();
    canvas.fill(neck, c.skin_shadow, true);
    // The chin's shadow on the neck.
    Points shadow = Path(ImVec2(42.6f, 60)).quad(ImVec2(50, 70.5f), ImVec2(57.4f, 60)).line(ImVec2(57.4f, 56)).line(ImVec2(42.6f, 56)).points();
    canvas.fill(shadow, shade(c.skin_shadow, 0.08f));
}

// The torso's outline: shoulders sloping from the neck and cut by the square's lower edge; `dip` is how far
// the neckline drops at the middle.
Points torso_shape(float dip) {
    return Path(ImVec2(50, 72 + dip))
        .quad(ImVec2(55.5f, 72 + dip), ImVec2(57.8f, 71.5f))
        .cubic(ImVec2(64, 75.5f), ImVec2(76, 76), ImVec2(83, 81.5f))
        .cubic(ImVec2(89, 86), ImVec2(91.5f, 93), ImVec2(92.5f, 104))
        .line(ImVec2(50, 104))
        .mirror_back()
        .points();
}

void draw_clothing(Canvas& canvas, const L& look, const Colours& c) {
    using C = L::Clothing;
    float dip = look.clothing == C::blouse ? 4.5f : look.clothing == C::jumper ? 1.2f : 2.5f;
    Points torso = torso_shape(dip);
    canvas.fill(torso, c.clothing, true);
    // The arms' line at the shoulders: a soft fold where a sleeve would be.
    for (float side : {-1.0f, 1.0f}) {
        Points fold = Path(ImVec2(50 + side * 30, 86)).quad(ImVec2(50 + side * 31.5f, 94), ImVec2(50 + side * 31, 104)).points();
        canvas.stroke(fold, c.clothing_shadow, 0.7f);
    }
    switch (look.clothing) {
        case C::tshirt: {
            canvas.stroke(Path(ImVec2(42.2f, 71.8f)).quad(ImVec2(50, 77.5f), ImVec2(57.8f, 71.8f)).points(), c.clothing_shadow, 1.3f);
            break;
        }
        case C::jumper: {
            Points band = Path(ImVec2(41.8f, 71)).quad(ImVec2(50, 76.2f), ImVec2(58.2f, 71))
                              .line(ImVec2(59.5f, 73.2f)).quad(ImVec2(50, 80), ImVec2(40.5f, 73.2f)).points();
            canvas.fill(band, c.clothing_shadow, true);
            for (float x = 43; x <= 57.5f; x += 1.6f) {
                float y = 72.6f + 3.8f * (1 - ((x - 50) / 8.5f) * ((x - 50) / 8.5f));
                canvas.stroke({ImVec2(x, y - 1.2f), ImVec2(x, y + 1.3f)}, shade(c.clothing_shadow, 0.15f), 0.35f);
            }
            break;
        }
        case C::hoodie: {
            Points hood = Path(ImVec2(36, 73)).cubic(ImVec2(37, 67.5f), ImVec2(41, 68), ImVec2(42.3f, 71.5f))
                              .quad(ImVec2(50, 78.5f), ImVec2(57.7f, 71.5f)).cubic(ImVec2(59, 68), ImVec2(63, 67.5f), ImVec2(64, 73))
                              .quad(ImVec2(50, 88), ImVec2(36, 73)).points();
            canvas.fill(hood, c.clothing_shadow, true);
            for (float side : {-1.0f, 1.0f}) {
                canvas.stroke({ImVec2(50 + side * 3.2f, 78.5f), ImVec2(50 + side * 3.6f, 92)}, c.inner, 0.8f);
                canvas.fill(ellipse(ImVec2(50 + side * 3.6f, 92.6f), 0.9f, 1.2f, 10), c.inner);
            }
            break;
        }
        case C::shirt:
        case C::uniform: {
            Points open = Path(ImVec2(44.5f, 71.5f)).line(ImVec2(50, 80)).line(ImVec2(55.5f, 71.5f)).points();
            canvas.fill(open, c.skin_shadow);
            for (float side : {-1.0f, 1.0f}) {
                Points collar = {ImVec2(50 + side * 7.6f, 69.5f), ImVec2(50 + side * 0.6f, 80), ImVec2(50 + side * 6.5f, 82.5f),
                                 ImVec2(50 + side * 10.5f, 73.8f)};
                canvas.fill(collar, look.clothing == C::uniform ? c.clothing_light : shade(c.clothing, 0.06f), true);
            }
            canvas.stroke({ImVec2(50, 80.5f), ImVec2(50, 104)}, c.clothing_shadow, 0.5f);
            for (float y = 86; y < 102; y += 6) canvas.fill(ellipse(ImVec2(51.3f, y), 0.65f, 0.65f, 10), c.clothing_shadow);
            if (look.clothing == C::uniform) {
                for (float side : {-1.0f, 1.0f}) {
                    Points epaulette = {ImVec2(50 + side * 20, 76.5f), ImVec2(50 + side * 29.5f, 80), ImVec2(50 + side * 29, 82.3f),
                                        ImVec2(50 + side * 19.5f, 78.8f)};
                    canvas.fill(epaulette, c.clothing_shadow, true);
                }
                // The badge on the chest, and a pocket under it.
                Points badge = Path(ImVec2(60, 85.5f)).line(ImVec2(65.5f, 85.5f)).line(ImVec2(65.5f, 89.5f))
                                   .quad(ImVec2(62.75f, 92.5f), ImVec2(60, 89.5f)).points();
                canvas.fill(badge, canvas.high_contrast() ? rgb(255, 255, 255) : rgb(222, 180, 80), true);
                canvas.stroke({ImVec2(57.5f, 95), ImVec2(68.5f, 95)}, c.clothing_shadow, 0.5f);
            }
            break;
        }
        case C::blouse: {
            canvas.stroke(Path(ImVec2(42.3f, 71.2f)).quad(ImVec2(50, 83.5f), ImVec2(57.7f, 71.2f)).points(), c.clothing_shadow, 0.9f);
            for (float y = 81; y < 100; y += 5.5f) canvas.fill(ellipse(ImVec2(50, y + 2), 0.6f, 0.6f, 10), c.clothing_light);
            break;
        }
        case C::suit:
        case C::cardigan:
        case C::jacket: {
            bool suit = look.clothing == C::suit, cardigan = look.clothing == C::cardigan;
            ImU32 under = suit ? rgb(248, 248, 250) : c.inner;
            if (canvas.high_contrast()) under = rgb(255, 255, 255);
            // What shows under the open front: a shirt's V for a suit or a cardigan, a top's strip for a jacket.
            Points inside = suit || cardigan
                                ? Points{ImVec2(41.8f, 71.2f), ImVec2(58.2f, 71.2f), ImVec2(50, suit ? 95.5f : 92)}
                                : Points{ImVec2(44, 72.2f), ImVec2(56, 72.2f), ImVec2(54.8f, 104), ImVec2(45.2f, 104)};
            canvas.fill(inside, under, true);
            if (suit) {
                for (float side : {-1.0f, 1.0f}) {
                    Points collar = {ImVec2(50 + side * 7.8f, 69.6f), ImVec2(50 + side * 0.8f, 77.5f), ImVec2(50 + side * 5.2f, 80.5f),
                                     ImVec2(50 + side * 9.6f, 73.5f)};
                    canvas.fill(collar, rgb(236, 236, 240), true);
                    Points lapel = {ImVec2(50 + side * 8.2f, 71.6f), ImVec2(50 + side * 12.5f, 76.5f), ImVec2(50 + side * 10.6f, 79.2f),
                                    ImVec2(50 + side * 13.5f, 81.2f), ImVec2(50 + side * 0.4f, 96.5f)};
                    canvas.fill(lapel, c.clothing_light, true);
                }
                canvas.fill(ellipse(ImVec2(50, 100), 0.8f, 0.8f, 10), c.clothing_shadow);
            } else if (cardigan) {
                for (float side : {-1.0f, 1.0f})
                    canvas.stroke({ImVec2(50 + side * 8.4f, 71.4f), ImVec2(50 + side * 0.6f, 92.5f), ImVec2(50 + side * 0.6f, 104)},
                                  c.clothing_shadow, 1.2f);
                for (float y = 93; y < 103; y += 4.5f) canvas.fill(ellipse(ImVec2(48.6f, y), 0.75f, 0.75f, 10), c.clothing_light);
            } else {
                canvas.stroke({ImVec2(45.2f, 74), ImVec2(45.6f, 104)}, c.clothing_shadow, 0.8f);
                canvas.stroke({ImVec2(54.8f, 74), ImVec2(54.4f, 104)}, c.clothing_shadow, 0.8f);
                for (float side : {-1.0f, 1.0f}) {
                    Points collar = {ImVec2(50 + side * 7.4f, 68.5f), ImVec2(50 + side * 4.6f, 73.5f), ImVec2(50 + side * 6.3f, 79.5f),
                                     ImVec2(50 + side * 13, 75.5f)};
                    canvas.fill(collar, c.clothing_light, true);
                }
            }
            break;
        }
    }
}

void draw_ears(Canvas& canvas, const Colours& c) {
    for (float side : {-1.0f, 1.0f}) {
        Points ear = ellipse(ImVec2(50 + side * 17.3f, 46.5f), 3.4f, 5.2f, 20);
        canvas.fill(ear, c.skin, true);
        canvas.stroke(Path(ImVec2(50 + side * 17.6f, 43)).quad(ImVec2(50 + side * 19.2f, 46.5f), ImVec2(50 + side * 17.4f, 49.5f)).points(),
                      c.skin_deep, 0.6f);
    }
}

// The eye's upper and lower edges at the same x positions, left to right; `inner` is +1 where the eye's inner
// corner is on its right (the character's right eye, on the picture's left).
void eye_edges(const FaceShape& face, float cx, float inner, float half_width, float half_height, Points& top, Points& bottom) {
    const int samples = 14;
    for (int i = 0; i <= samples; ++i) {
        float t = static_cast<float>(i) / samples * 2 - 1;  // -1 .. 1
        float x = cx + t * half_width;
        float round = std::pow(std::max(0.0f, 1 - t * t), 0.6f);
        // The slant closes the lid more at one corner: the inner one in a glare, the outer one in sorrow.
        float towards_inner = t * inner;  // +1 at the inner corner
        float lid = std::clamp(face.lid_upper + face.lid_slant * 0.45f * towards_inner, 0.0f, 1.0f);
        float y_top = eye_y - half_height * (1 - lid) * round - 0.25f * round;
        float lower = 1 - 2.2f * face.lid_lower;
        float y_bottom = eye_y + half_height * 0.85f * lower * round;
        y_bottom = std::max(y_bottom, y_top + 0.12f * round);
        top.push_back(ImVec2(x, y_top));
        bottom.push_back(ImVec2(x, y_bottom));
    }
}

// A disc clipped to the eye's opening, as the part of each column between both.
void fill_in_eye(Canvas& canvas, const Points& top, const Points& bottom, ImVec2 centre, float radius, ImU32 colour) {
    Points upper, lower;
    for (std::size_t i = 0; i < top.size(); ++i) {
        float dx = top[i].x - centre.x;
        if (std::fabs(dx) > radius) continue;
        float h = std::sqrt(radius * radius - dx * dx);
        float a = std::max(top[i].y, centre.y - h), b = std::min(bottom[i].y, centre.y + h);
        if (b < a) b = a;
        upper.push_back(ImVec2(top[i].x, a));
        lower.push_back(ImVec2(top[i].x, b));
    }
    // The columns are coarse for a small disc: add its exact left and right ends.
    if (upper.size() >= 1) canvas.fill_between(upper, lower, colour);
}

void draw_eyes(Canvas& canvas, const L& look, const FaceShape& face, const Colours& c) {
    float half_height = look.age == L::Age::young ? 2.9f : 2.65f;
    for (float side : {-1.0f, 1.0f}) {
        float cx = head_cx + side * eye_dx;
        Points top, bottom;
        eye_edges(face, cx, -side, 3.9f, half_height, top, bottom);
        // The crease of the upper lid, following the lid's height a little.
        Points crease;
        for (std::size_t i = 2; i + 2 < top.size(); ++i) crease.push_back(ImVec2(top[i].x, eye_y - half_height * 1.05f - 1.0f + (top[i].y - eye_y + half_height) * 0.35f));
        canvas.stroke(crease, with_alpha(c.skin_deep, 0.55f), 0.45f);
        canvas.fill_between(top, bottom, c.eye_white);
        // Samples on a finer grid for the iris and pupil, so small discs keep their shape.
        Points fine_top, fine_bottom;
        for (std::size_t i = 0; i + 1 < top.size(); ++i)
            for (int k = 0; k < 4; ++k) {
                float t = static_cast<float>(k) / 4;
                fine_top.push_back(ImVec2(top[i].x + (top[i + 1].x - top[i].x) * t, top[i].y + (top[i + 1].y - top[i].y) * t));
                fine_bottom.push_back(ImVec2(bottom[i].x + (bottom[i + 1].x - bottom[i].x) * t, bottom[i].y + (bottom[i + 1].y - bottom[i].y) * t));
            }
        fine_top.push_back(top.back());
        fine_bottom.push_back(bottom.back());
        ImVec2 iris(cx + side * 0.1f, eye_y + 0.1f);
        fill_in_eye(canvas, fine_top, fine_bottom, iris, 2.05f, c.iris);
        fill_in_eye(canvas, fine_top, fine_bottom, iris, 1.0f, canvas.high_contrast() ? c.iris : rgb(20, 14, 12));
        // The highlight, when that part of the eye is open.
        ImVec2 glint(iris.x + 0.65f, iris.y - 0.7f);
        std::size_t column = static_cast<std::size_t>(std::clamp((glint.x - fine_top.front().x) / (fine_top.back().x - fine_top.front().x), 0.0f, 1.0f) *
                                                       static_cast<float>(fine_top.size() - 1));
        if (fine_top[column].y < glint.y - 0.35f && fine_bottom[column].y > glint.y + 0.35f)
            canvas.fill(ellipse(glint, 0.5f, 0.5f, 10), rgb(255, 255, 255, 230));
        // The lash line along the upper lid, heavier at the outer corner; the lower lid's edge.
        Points lash = top;
        if (side < 0) std::reverse(lash.begin(), lash.end());  // inner corner first
        canvas.taper(lash, c.ink, 0.55f, 0.95f);
        if (face.lid_lower < 0.35f) {
            canvas.stroke(bottom, with_alpha(c.skin_deep, 0.4f + face.lid_lower), 0.4f);
        } else {
            // Smiling eyes: the cheek pushed up makes a fold under the eye.
            float y = eye_y + half_height * 0.9f;
            canvas.stroke(Path(ImVec2(cx - 3.2f, y + 0.2f)).quad(ImVec2(cx, y - 1.1f), ImVec2(cx + 3.2f, y + 0.2f)).points(),
                          with_alpha(c.skin_deep, std::min(1.0f, (face.lid_lower - 0.35f) * 4)), 0.45f);
        }
    }
}

void draw_brows(Canvas& canvas, const L& look, const FaceShape& face, const Colours& c) {
    float base = 38.6f - face.brow_raise * 0.95f;
    float arch = 1.1f + std::max(0.0f, face.brow_raise) * 0.15f - std::max(0.0f, -face.brow_tilt) * 0.25f;
    float thick = look.age == L::Age::senior ? 1.5f : 1.85f;
    for (float side : {-1.0f, 1.0f}) {
        ImVec2 inner(head_cx + side * 3.3f, base - face.brow_tilt * 0.8f + 0.4f);
        ImVec2 outer(head_cx + side * 11.8f, base + 0.9f + face.brow_tilt * 0.18f);
        ImVec2 control(head_cx + side * 7.6f, std::min(inner.y, outer.y) - arch);
        Points brow = Path(inner).quad(control, outer, 12).points();
        canvas.taper(brow, c.brow, thick, 0.75f);
    }
    // Knitted brows: two short creases between them; worry: short lines across the middle of the forehead.
    float knit = std::clamp((-face.brow_tilt - 1.0f) / 2.0f, 0.0f, 1.0f);
    if (knit > 0)
        for (float side : {-1.0f, 1.0f})
            canvas.stroke({ImVec2(head_cx + side * 1.2f, base - 1.2f), ImVec2(head_cx + side * 0.9f, base + 1.6f)}, with_alpha(c.skin_deep, knit), 0.45f);
    float worry = std::clamp((face.brow_tilt - 1.2f) / 1.6f, 0.0f, 1.0f);
    if (worry > 0)
        for (float y : {30.5f, 32.8f})
            canvas.stroke(Path(ImVec2(head_cx - 4.5f, y + 0.4f)).quad(ImVec2(head_cx, y - 0.9f), ImVec2(head_cx + 4.5f, y + 0.4f)).points(),
                          with_alpha(c.skin_deep, worry * 0.8f), 0.4f);
}

void draw_nose(Canvas& canvas, const Colours& c) {
    canvas.stroke(Path(ImVec2(51.3f, 45.5f)).cubic(ImVec2(52.2f, 48), ImVec2(53.3f, 50.5f), ImVec2(52.4f, 52.3f)).points(), with_alpha(c.skin_deep, 0.55f), 0.5f);
    canvas.stroke(Path(ImVec2(47.4f, 52.6f)).cubic(ImVec2(48.4f, 54.4f), ImVec2(51.6f, 54.4f), ImVec2(52.6f, 52.6f)).points(), c.skin_deep, 0.75f);
    for (float side : {-1.0f, 1.0f})
        canvas.stroke(Path(ImVec2(50 + side * 2.6f, 51.3f)).quad(ImVec2(50 + side * 3.7f, 52.4f), ImVec2(50 + side * 2.7f, 53.4f)).points(),
                      with_alpha(c.skin_deep, 0.6f), 0.45f);
}

void draw_cheeks(Canvas& canvas, const FaceShape& face, const Colours& c) {
    for (float side : {-1.0f, 1.0f}) {
        if (face.flush > 0.02f) canvas.spot(ImVec2(head_cx + side * 10.6f, 51.5f), 7.0f, 4.8f, with_alpha(c.flush, face.flush));
        float blush = 0.35f + 0.65f * face.cheek;
        canvas.spot(ImVec2(head_cx + side * 10.8f, 53.2f - face.cheek * 1.4f), 5.4f, 3.4f, with_alpha(c.blush, blush));
    }
}

void draw_age(Canvas& canvas, const L& look, const FaceShape& face, const Colours& c) {
    float lines = look.age == L::Age::senior ? 1.0f : look.age == L::Age::middle_aged ? 0.45f : 0.0f;
    // Smile folds from the nose to the mouth's corners, deeper with a smile, faint at rest.
    float fold = std::max(lines * 0.6f, face.cheek * 0.6f);
    float corner_x = 5.0f * face.mouth_width + 1.2f;
    if (fold > 0.05f)
        for (float side : {-1.0f, 1.0f})
            canvas.stroke(Path(ImVec2(head_cx + side * 3.8f, 52.8f)).quad(ImVec2(head_cx + side * (corner_x + 1.4f), 55),
                                                                          ImVec2(head_cx + side * corner_x, mouth_y + 1.4f)).points(),
                          with_alpha(c.skin_deep, fold), 0.5f);
    if (lines <= 0) return;
    ImU32 line = with_alpha(c.skin_deep, 0.55f * lines);
    for (float y : {29.0f, 31.6f})
        canvas.stroke(Path(ImVec2(42, y + 0.5f)).quad(ImVec2(50, y - 0.7f), ImVec2(58, y + 0.5f)).points(), line, 0.4f);
    if (look.age != L::Age::senior) return;
    for (float side : {-1.0f, 1.0f}) {
        float x = head_cx + side * (eye_dx + 4.6f);
        for (float dy : {-0.9f, 0.5f}) canvas.stroke({ImVec2(x, eye_y + dy * 0.6f), ImVec2(x + side * 1.7f, eye_y + dy * 1.6f)}, line, 0.35f);
        // Under the eye.
        canvas.stroke(Path(ImVec2(head_cx + side * (eye_dx - 2.6f), eye_y + 2.8f)).quad(ImVec2(head_cx + side * eye_dx, eye_y + 4.1f),
                                                                                      ImVec2(head_cx + side * (eye_dx + 2.6f), eye_y + 2.6f)).points(), line, 0.35f);
    }
}

void mouth_edges(const FaceShape& face, Points& top, Points& bottom) {
    float half = 5.0f * face.mouth_width;
    float corner = mouth_y - face.mouth_curve * 2.1f;
    float top_mid = mouth_y + face.mouth_curve * 0.45f - face.mouth_open * 0.6f;
    float depth = face.mouth_open * 5.8f + std::max(0.0f, face.mouth_curve) * face.mouth_open * 1.6f;
    const int samples = 16;
    for (int i = 0; i <= samples; ++i) {
        float t = static_cast<float>(i) / samples * 2 - 1;
        float bend = 1 - t * t;
        float y_top = corner + (top_mid - corner) * bend;
        // The lower edge is rounder than the upper one: a smile's open mouth is a D on its side.
        float y_bottom = y_top + depth * std::pow(std::max(bend, 0.0f), 0.75f);
        top.push_back(ImVec2(head_cx + t * half, y_top));
        bottom.push_back(ImVec2(head_cx + t * half, y_bottom));
    }
}

void draw_mouth(Canvas& canvas, const L& look, const FaceShape& face, const Colours& c) {
    Points top, bottom;
    mouth_edges(face, top, bottom);
    // The lower lip's shade under the mouth.
    float lip_y = bottom[bottom.size() / 2].y + 1.9f;
    if (look.facial_hair != L::FacialHair::beard)
        canvas.stroke(Path(ImVec2(head_cx - 2.3f, lip_y)).quad(ImVec2(head_cx, lip_y + 0.9f), ImVec2(head_cx + 2.3f, lip_y)).points(),
                      with_alpha(c.skin_deep, 0.45f), 0.5f);
    if (face.mouth_open > 0.04f) {
        canvas.fill_between(top, bottom, c.mouth);
        // The tongue at the bottom of a wide-open mouth, the upper teeth at the top.
        if (face.mouth_open > 0.3f && !canvas.high_contrast()) {
            Points tongue_top, tongue_bottom;
            for (std::size_t i = 4; i + 4 < top.size(); ++i) {
                float room = bottom[i].y - top[i].y;
                tongue_top.push_back(ImVec2(top[i].x, bottom[i].y - room * 0.38f));
                tongue_bottom.push_back(bottom[i]);
            }
            canvas.fill_between(tongue_top, tongue_bottom, c.tongue);
        }
        if (face.teeth > 0.05f) {
            Points teeth_bottom;
            for (std::size_t i = 0; i < top.size(); ++i)
                teeth_bottom.push_back(ImVec2(top[i].x, std::min(bottom[i].y, top[i].y + 1.9f * face.teeth)));
            canvas.fill_between(top, teeth_bottom, canvas.high_contrast() ? rgb(255, 255, 255) : c.teeth);
        }
        Points edge = top;
        for (std::size_t i = bottom.size(); i-- > 0;) edge.push_back(bottom[i]);
        canvas.stroke(edge, c.lips, 0.55f, true);
    } else {
        canvas.taper(top, c.lips, 0.85f, 0.85f);
    }
}

void draw_facial_hair(Canvas& canvas, const L& look, const FaceShape& face, const Colours& c, bool moustache_only) {
    using FH = L::FacialHair;
    if (look.facial_hair == FH::none) return;
    float alpha = look.facial_hair == FH::stubble ? 0.2f : 1.0f;
    ImU32 colour = with_alpha(look.facial_hair == FH::stubble ? c.hair_shadow : c.hair, alpha);
    float half = 5.0f * face.mouth_width;
    float corner = mouth_y - face.mouth_curve * 2.1f;
    Points moustache = Path(ImVec2(head_cx - half - 0.9f, corner + 0.9f))
                           .cubic(ImVec2(head_cx - half + 0.5f, 55.2f), ImVec2(head_cx - 2.5f, 54.6f), ImVec2(head_cx, 55.3f))
                           .cubic(ImVec2(head_cx + 2.5f, 54.6f), ImVec2(head_cx + half - 0.5f, 55.2f), ImVec2(head_cx + half + 0.9f, corner + 0.9f))
                           .quad(ImVec2(head_cx + half * 0.5f, mouth_y - 0.9f), ImVec2(head_cx, mouth_y - 0.6f - face.mouth_open * 0.6f))
                           .quad(ImVec2(head_cx - half * 0.5f, mouth_y - 0.9f), ImVec2(head_cx - half - 0.9f, corner + 0.9f))
                           .points();
    if (moustache_only) {
        canvas.fill(moustache, colour, look.facial_hair != FH::stubble);
        return;
    }
    if (look.facial_hair == FH::moustache) return;
    // The beard: the jaw from ear to ear, open around the mouth.
    Points beard = jaw_outer(look.facial_hair == FH::beard ? 2.2f : 0.0f);
    float open = face.mouth_open * 5.8f;
    Path inner(ImVec2(66.6f, 47));
    inner.cubic(ImVec2(64, 53), ImVec2(60.5f, 55), ImVec2(head_cx + half + 1.6f, corner + 0.4f))
        .cubic(ImVec2(head_cx + half + 1.4f, mouth_y + open + 2.8f), ImVec2(head_cx + 2, mouth_y + open + 3.6f), ImVec2(head_cx, mouth_y + open + 3.6f))
        .cubic(ImVec2(head_cx - 2, mouth_y + open + 3.6f), ImVec2(head_cx - half - 1.4f, mouth_y + open + 2.8f), ImVec2(head_cx - half - 1.6f, corner + 0.4f))
        .cubic(ImVec2(39.5f, 55), ImVec2(36, 53), ImVec2(33.4f, 47));
    for (ImVec2 p : inner.points()) beard.push_back(p);
    canvas.fill(beard, colour, look.facial_hair == FH::beard);
}

// Hair over the head: the hairline and fringe of each style; curly hair as a crown of curls.
void draw_hair_front(Canvas& canvas, const L& look, const Colours& c) {
    using H = L::Hair;
    ImU32 hair = c.hair;
    switch (look.hair) {
        case H::bald: {
            if (look.age == L::Age::senior || look.age == L::Age::middle_aged)
                for (float side : {-1.0f, 1.0f}) {
                    Points patch = Path(ImVec2(50 + side * 18.2f, 34)).quad(ImVec2(50 + side * 19.3f, 40), ImVec2(50 + side * 18.6f, 45.5f))
                                       .line(ImVec2(50 + side * 16.6f, 44)).quad(ImVec2(50 + side * 16.8f, 38), ImVec2(50 + side * 16.2f, 35)).points();
                    canvas.fill(patch, hair, true);
                }
            // The shine on the crown.
            if (!canvas.high_contrast())
                canvas.stroke(Path(ImVec2(40, 25)).quad(ImVec2(44, 21.5f), ImVec2(49, 21)).points(), with_alpha(rgb(255, 255, 255), 0.35f), 1.2f);
            return;
        }
        case H::covered: {
            // The scarf's edge framing the face, in two halves (a shape with a hole is two simple ones).
            for (float side : {-1.0f, 1.0f}) {
                Points half = Path(ImVec2(50, 17))
                                  .cubic(ImVec2(50 + side * 12, 17), ImVec2(50 + side * 20.5f, 24), ImVec2(50 + side * 20.5f, 38))
                                  .cubic(ImVec2(50 + side * 20.5f, 52), ImVec2(50 + side * 16, 68), ImVec2(50, 71))
                                  .line(ImVec2(50, 67.6f))
                                  .cubic(ImVec2(50 + side * 10, 67), ImVec2(50 + side * 16.5f, 56), ImVec2(50 + side * 16.5f, 44))
                                  .cubic(ImVec2(50 + side * 16.5f, 32), ImVec2(50 + side * 11, 25.5f), ImVec2(50, 25.5f))
                                  .points();
                canvas.fill(half, hair, true);
            }
            canvas.stroke(Path(ImVec2(36, 30)).quad(ImVec2(50, 22.5f), ImVec2(64, 30)).points(), c.hair_shadow, 0.6f);
            return;
        }
        case H::curly: {
            Points cap = Path(ImVec2(32.2f, 44)).cubic(ImVec2(30.5f, 24), ImVec2(40, 15.5f), ImVec2(50, 15.5f)).mirror_back().points();
            Points hairline = Path(ImVec2(66.8f, 44)).cubic(ImVec2(66.5f, 34), ImVec2(61, 28.5f), ImVec2(50, 28.5f))
                                  .cubic(ImVec2(39, 28.5f), ImVec2(33.5f, 34), ImVec2(33.2f, 44)).points();
            for (ImVec2 p : hairline) cap.push_back(p);
            canvas.fill(cap, hair, true);
            // Curls around the crown and along the hairline.
            for (int i = 0; i <= 12; ++i) {
                float a = 3.1415926f * (0.98f + static_cast<float>(i) / 12 * 1.04f);
                ImVec2 p(50 + std::cos(a) * 18.6f, 35 + std::sin(a) * 19.5f);
                canvas.fill(ellipse(p, 4.0f, 3.7f, 16), hair, true);
            }
            for (int i = 0; i <= 6; ++i) {
                float x = 38 + static_cast<float>(i) * 4;
                canvas.fill(ellipse(ImVec2(x, 29.2f + std::fabs(x - 50) * 0.12f), 2.6f, 2.4f, 14), hair);
            }
            for (int i = 0; i <= 10; ++i) {
                float a = 3.1415926f * (1.1f + static_cast<float>(i) / 10 * 0.8f);
                ImVec2 p(50 + std::cos(a) * 15, 34 + std::sin(a) * 14);
                canvas.stroke(Path(ImVec2(p.x - 1.2f, p.y + 0.3f)).quad(ImVec2(p.x, p.y - 1.2f), ImVec2(p.x + 1.2f, p.y + 0.3f)).points(),
                              c.hair_shadow, 0.45f);
            }
            return;
        }
        default: break;
    }
    // The other styles share the crown; they differ in the hairline and what falls beside the face.
    bool parted = look.hair == H::long_hair || look.hair == H::ponytail || look.hair == H::bun;
    Points cap = Path(ImVec2(31.8f, 46)).cubic(ImVec2(30.6f, 25), ImVec2(39.5f, 16.2f), ImVec2(50, 16.2f))
                     .cubic(ImVec2(60.5f, 16.2f), ImVec2(69.4f, 25), ImVec2(68.2f, 46))
                     .points();
    Points hairline;
    if (look.hair == H::short_hair) {
        // A short cut with a side parting and a lift at the front.
        hairline = Path(ImVec2(66.9f, 43)).line(ImVec2(66.6f, 35.5f)).cubic(ImVec2(65.5f, 30.5f), ImVec2(62.5f, 27.5f), ImVec2(59, 26.5f))
                       .cubic(ImVec2(56, 28.5f), ImVec2(50, 28.8f), ImVec2(44.5f, 27.2f))
                       .cubic(ImVec2(40, 26.5f), ImVec2(35.5f, 29.5f), ImVec2(33.6f, 34.5f)).line(ImVec2(33.1f, 43)).points();
        cap = Path(ImVec2(31.7f, 43)).cubic(ImVec2(29.8f, 24), ImVec2(38.5f, 13.8f), ImVec2(50.5f, 13.8f))
                  .cubic(ImVec2(62, 13.8f), ImVec2(70.2f, 22.5f), ImVec2(68.3f, 43)).points();
    } else if (look.hair == H::bob) {
        // A straight fringe, and the sides down to the jaw.
        hairline = Path(ImVec2(69.5f, 64.5f)).line(ImVec2(64.5f, 64.8f)).cubic(ImVec2(66.5f, 52), ImVec2(66.5f, 40), ImVec2(64, 32.5f))
                       .cubic(ImVec2(58, 33.4f), ImVec2(42, 33.4f), ImVec2(36, 32.5f))
                       .cubic(ImVec2(33.5f, 40), ImVec2(33.5f, 52), ImVec2(35.5f, 64.8f)).line(ImVec2(30.5f, 64.5f)).points();
        cap = Path(ImVec2(30.5f, 64.5f)).cubic(ImVec2(28, 42), ImVec2(31, 16.2f), ImVec2(50, 16.2f))
                  .cubic(ImVec2(69, 16.2f), ImVec2(72, 42), ImVec2(69.5f, 64.5f)).points();
    } else {
        // Long hair, a ponytail and a bun: a side parting with the hair swept to the sides.
        hairline = Path(ImVec2(67, 46)).cubic(ImVec2(67, 34), ImVec2(62, 27), ImVec2(55.5f, 25.8f))
                       .cubic(ImVec2(50, 28.5f), ImVec2(42, 28.5f), ImVec2(36.5f, 32.5f))
                       .cubic(ImVec2(34, 35.5f), ImVec2(33, 40), ImVec2(33, 46)).points();
    }
    for (ImVec2 p : hairline) cap.push_back(p);
    canvas.fill(cap, hair, true);
    if (parted) canvas.stroke(Path(ImVec2(55.5f, 26)).quad(ImVec2(54.5f, 21), ImVec2(52.5f, 17.5f)).points(), c.hair_shadow, 0.55f);
    // A few strands give the hair its direction.
    ImU32 strand = with_alpha(c.hair_shadow, 0.8f);
    if (look.hair == H::short_hair) {
        canvas.stroke(Path(ImVec2(59, 26.5f)).quad(ImVec2(57.5f, 20.5f), ImVec2(54.5f, 15.5f)).points(), c.hair_shadow, 0.55f);
        canvas.stroke(Path(ImVec2(56, 24)).quad(ImVec2(47, 19.5f), ImVec2(38, 24.5f)).points(), strand, 0.45f);
        canvas.stroke(Path(ImVec2(61.5f, 21.5f)).quad(ImVec2(65.5f, 25), ImVec2(66.5f, 31)).points(), strand, 0.45f);
    } else if (look.hair == H::bob) {
        for (float x : {43.0f, 55.0f}) canvas.stroke(Path(ImVec2(x + 1.5f, 21)).quad(ImVec2(x + 0.3f, 26), ImVec2(x, 31.5f)).points(), strand, 0.45f);
    } else {
        canvas.stroke(Path(ImVec2(53, 27)).quad(ImVec2(44, 27), ImVec2(36.5f, 36)).points(), strand, 0.5f);
        canvas.stroke(Path(ImVec2(58, 26.5f)).quad(ImVec2(64.5f, 30), ImVec2(66, 40)).points(), strand, 0.5f);
    }
    if (look.hair == H::long_hair) {
        // Locks falling in front of the shoulders on both sides of the neck.
        for (float side : {-1.0f, 1.0f}) {
            Points lock = Path(ImVec2(50 + side * 17, 38))
                              .cubic(ImVec2(50 + side * 19, 50), ImVec2(50 + side * 16.5f, 62), ImVec2(50 + side * 14.5f, 78))
                              .quad(ImVec2(50 + side * 18.5f, 80.5f), ImVec2(50 + side * 22.5f, 79))
                              .cubic(ImVec2(50 + side * 23.5f, 64), ImVec2(50 + side * 22.5f, 50), ImVec2(50 + side * 18.2f, 30))
                              .points();
            canvas.fill(lock, hair, true);
            canvas.stroke(Path(ImVec2(50 + side * 19, 44)).quad(ImVec2(50 + side * 20.2f, 60), ImVec2(50 + side * 18.5f, 76)).points(), strand, 0.45f);
        }
    } else if (look.hair == H::ponytail || look.hair == H::bun) {
        if (look.hair == H::ponytail)
            canvas.fill(ellipse(ImVec2(64.5f, 23.5f), 1.6f, 2.4f, 12), canvas.high_contrast() ? rgb(0, 0, 0) : shade(c.clothing, -0.1f), true);
    }
}

void draw_glasses(Canvas& canvas, const Colours& c) {
    float width = 0.75f;
    for (float side : {-1.0f, 1.0f}) {
        float cx = head_cx + side * eye_dx;
        Points lens = Path(ImVec2(cx - 5.4f, eye_y - 3.4f))
                          .cubic(ImVec2(cx - 2, eye_y - 4.4f), ImVec2(cx + 2, eye_y - 4.4f), ImVec2(cx + 5.4f, eye_y - 3.4f))
                          .cubic(ImVec2(cx + 6.2f, eye_y), ImVec2(cx + 5, eye_y + 4.3f), ImVec2(cx, eye_y + 4.3f))
                          .cubic(ImVec2(cx - 5, eye_y + 4.3f), ImVec2(cx - 6.2f, eye_y), ImVec2(cx - 5.4f, eye_y - 3.4f))
                          .points();
        if (!canvas.high_contrast()) {
            canvas.fill(lens, rgb(255, 255, 255, 40));
            canvas.stroke({ImVec2(cx - 3.2f, eye_y + 2.2f), ImVec2(cx - 1.2f, eye_y - 2.4f)}, rgb(255, 255, 255, 90), 0.6f);
        }
        canvas.stroke(lens, c.frame, width, true);
        // The arm, from the frame's outer edge back to the ear.
        canvas.stroke({ImVec2(head_cx + side * (eye_dx + 5.6f), eye_y - 2.4f), ImVec2(head_cx + side * 17.2f, eye_y - 1.8f)}, c.frame, width);
    }
    canvas.stroke(Path(ImVec2(head_cx - 2.5f, eye_y - 2.4f)).quad(ImVec2(head_cx, eye_y - 3.8f), ImVec2(head_cx + 2.5f, eye_y - 2.4f)).points(), c.frame, width);
}

}  // namespace

void draw_portrait(ImDrawList* draw, ImVec2 top_left, float size, const frontdesk::Look& look, const FaceShape& face,
                   bool high_contrast) {
    if (size < 4) return;
    Colours colours = colours_for(look, high_contrast);
    Canvas canvas(draw, top_left, size / 100.0f, colours.outline);
    draw->PushClipRect(top_left, ImVec2(top_left.x + size, top_left.y + size), true);
    draw_background(canvas, colours);
    canvas.zoom(head_zoom, head_zoom_centre);
    draw_hair_behind(canvas, look, colours);
    canvas.zoom(1, head_zoom_centre);
    draw_neck(canvas, colours);
    draw_clothing(canvas, look, colours);
    canvas.zoom(head_zoom, head_zoom_centre);
    draw_ears(canvas, colours);
    Points head = head_shape();
    canvas.fill(head, colours.skin, true);
    if (!high_contrast) draw_cheeks(canvas, face, colours);
    draw_age(canvas, look, face, colours);
    draw_facial_hair(canvas, look, face, colours, false);
    draw_nose(canvas, colours);
    draw_mouth(canvas, look, face, colours);
    draw_facial_hair(canvas, look, face, colours, true);
    draw_eyes(canvas, look, face, colours);
    draw_brows(canvas, look, face, colours);
    draw_hair_front(canvas, look, colours);
    if (look.glasses) draw_glasses(canvas, colours);
    draw->PopClipRect();
}

void portrait(const frontdesk::Look& look, const FaceShape& face, float size, bool high_contrast) {
    ImVec2 at = ImGui::GetCursorScreenPos();
    draw_portrait(ImGui::GetWindowDrawList(), at, size, look, face, high_contrast);
    ImGui::Dummy(ImVec2(size, size));
}

}  // namespace frontdesk::gui
