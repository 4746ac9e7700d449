// A character's look when the scenario leaves some or all of it out: drawn from the name, so it never changes
// between runs, computers or versions of the program.
#include <cstdint>

#include "frontdesk/scenario.h"

namespace frontdesk {

namespace {

// FNV-1a: fixed by its definition, unlike std::hash, whose values may change with the standard library.
std::uint64_t name_hash(std::string_view name) {
    std::uint64_t hash = 1469598103934665603ULL;
    for (unsigned char c : name) {
        hash ^= c;
        hash *= 1099511628211ULL;
    }
    return hash;
}

// Independent draws from one hash (splitmix64's finaliser), so neighbouring names still differ in every part.
class Draws {
public:
    explicit Draws(std::uint64_t seed) : state_(seed) {}
    std::uint32_t next() {
        std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return static_cast<std::uint32_t>((z ^ (z >> 31)) >> 16);
    }
    // One of `weights.size()` outcomes, each as likely as its weight.
    template <std::size_t N>
    int pick(const int (&weights)[N]) {
        int total = 0;
        for (int w : weights) total += w;
        int roll = static_cast<int>(next() % static_cast<std::uint32_t>(total));
        for (std::size_t i = 0; i < N; ++i) {
            if (roll < weights[i]) return static_cast<int>(i);
            roll -= weights[i];
        }
        return 0;
    }
    bool chance(int percent) { return static_cast<int>(next() % 100) < percent; }

private:
    std::uint64_t state_;
};

}  // namespace

Look derive_look(std::string_view name, const LookGiven& given) {
    using L = Look;
    Draws draw(name_hash(name));
    Look look;
    // Every draw is made whether or not the file gives that key, so giving one key leaves the others as they were.
    static const int ages[] = {20, 35, 30, 15};
    auto age = static_cast<L::Age>(draw.pick(ages));
    static const int skins[] = {1, 1, 1, 1, 1, 1};
    auto skin = static_cast<L::Skin>(draw.pick(skins));
    static const int hairs[] = {6, 4, 3, 2, 2, 3, 0, 0};
    auto hair = static_cast<L::Hair>(draw.pick(hairs));
    static const int colours[] = {5, 6, 3, 1};
    auto colour = static_cast<L::HairColour>(draw.pick(colours));
    bool grey = draw.chance(60), white = draw.chance(40);
    bool glasses_drawn = draw.chance(25);
    static const int beards[] = {0, 1, 1, 1};
    auto beard = draw.chance(30) ? static_cast<L::FacialHair>(draw.pick(beards)) : L::FacialHair::none;
    static const int clothes[] = {3, 3, 2, 3, 2, 3, 0, 1, 1};
    auto clothing = static_cast<L::Clothing>(draw.pick(clothes));
    look.variant = draw.next();

    look.age = given.age.value_or(age);
    look.skin = given.skin.value_or(skin);
    look.hair = given.hair.value_or(hair);
    if (!given.hair && look.age == L::Age::senior && hair == L::Hair::short_hair && grey) look.hair = L::Hair::bald;
    if (given.hair_colour) {
        look.hair_colour = *given.hair_colour;
    } else {
        bool deep_skin = look.skin == L::Skin::brown || look.skin == L::Skin::dark;
        look.hair_colour = deep_skin && (colour == L::HairColour::blonde || colour == L::HairColour::red) ? L::HairColour::black : colour;
        if (look.age == L::Age::senior) look.hair_colour = white ? L::HairColour::white : L::HairColour::grey;
        else if (look.age == L::Age::middle_aged && grey && white) look.hair_colour = L::HairColour::grey;
    }
    look.glasses = given.glasses.value_or(glasses_drawn || (look.age == L::Age::senior && grey));
    // Drawn beards only on short-haired characters: a default should not surprise the trainer.
    bool short_haired = look.hair == L::Hair::short_hair || look.hair == L::Hair::curly || look.hair == L::Hair::bald;
    look.facial_hair = given.facial_hair.value_or(short_haired && look.age != L::Age::young ? beard : L::FacialHair::none);
    look.clothing = given.clothing.value_or(clothing);
    return look;
}

}  // namespace frontdesk
