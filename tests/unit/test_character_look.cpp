// `character.look` and `character.upset`: the values a trainer writes, the mistakes lint names with a place
// and a suggestion, the defaults drawn from the name, and the Italian words answered with the English ones.
#include <doctest/doctest.h>

#include <algorithm>
#include <set>
#include <string>
#include <tuple>

#include "test_support.h"

using namespace frontdesk;
using frontdesk::test::find_diagnostic;
using frontdesk::test::load_text;
using frontdesk::test::valid_scenario;

namespace {

// The test scenario with these lines (indented as `character`'s keys) after the character's mood.
std::string with_character(const std::string& lines) {
    std::string text = valid_scenario();
    const std::string mood = "  mood: 40\n";
    text.insert(text.find(mood) + mood.size(), lines);
    return text;
}

// The line of `fragment` in `text`, 1-based.
std::uint32_t line_of(const std::string& text, const std::string& fragment) {
    std::size_t at = text.find(fragment);
    REQUIRE(at != std::string::npos);
    return static_cast<std::uint32_t>(std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(at), '\n') + 1);
}

auto as_tuple(const Look& l) {
    return std::make_tuple(l.age, l.skin, l.hair, l.hair_colour, l.glasses, l.facial_hair, l.clothing);
}

}  // namespace

TEST_CASE("look: every key given is read as written") {
    auto loaded = load_text(with_character(
        "  upset: worried\n"
        "  look: {age: senior, skin: olive, hair: bun, hair_colour: white, glasses: true, facial_hair: none, clothing: cardigan}\n"));
    std::string first = loaded.diagnostics.items().empty() ? std::string() : loaded.diagnostics.items()[0].message;
    REQUIRE_MESSAGE(loaded.playable(), first);
    const Character& c = loaded.scenario->character;
    CHECK(c.upset == Upset::worried);
    CHECK(c.look.age == Look::Age::senior);
    CHECK(c.look.skin == Look::Skin::olive);
    CHECK(c.look.hair == Look::Hair::bun);
    CHECK(c.look.hair_colour == Look::HairColour::white);
    CHECK(c.look.glasses);
    CHECK(c.look.facial_hair == Look::FacialHair::none);
    CHECK(c.look.clothing == Look::Clothing::cardigan);

    auto other = load_text(with_character(
        "  look:\n    age: young\n    skin: dark\n    hair: short\n    hair_colour: black\n    glasses: false\n"
        "    facial_hair: stubble\n    clothing: hoodie\n"));
    REQUIRE(other.playable());
    const Look& l = other.scenario->character.look;
    CHECK(l.hair == Look::Hair::short_hair);
    CHECK(l.skin == Look::Skin::dark);
    CHECK_FALSE(l.glasses);
    CHECK(l.facial_hair == Look::FacialHair::stubble);
    CHECK(l.clothing == Look::Clothing::hoodie);
    CHECK(other.scenario->character.upset == Upset::angry);  // the default
}

TEST_CASE("look: an unknown value is an error at its line and column, with the nearest word") {
    std::string text = with_character("  look:\n    hair: curyl\n    clothing: suit\n");
    auto loaded = load_text(text);
    CHECK_FALSE(loaded.playable());
    const Diagnostic* d = find_diagnostic(loaded, "'hair' must be one of: short, long, curly");
    REQUIRE(d);
    CHECK(d->message.find("found 'curyl'") != std::string::npos);
    CHECK(d->message.find("did you mean 'curly'?") != std::string::npos);
    CHECK(d->location.line == line_of(text, "hair: curyl"));
    CHECK(d->location.column == 11);

    std::string upset = with_character("  upset: woried\n");
    auto bad_upset = load_text(upset);
    const Diagnostic* u = find_diagnostic(bad_upset, "'upset' must be one of: angry, worried; found 'woried'");
    REQUIRE(u);
    CHECK(u->message.find("did you mean 'worried'?") != std::string::npos);
    CHECK(u->location.line == line_of(upset, "upset: woried"));
    CHECK(u->location.column == 10);
}

TEST_CASE("look: an unknown key is named with the nearest key; glasses must be true or false") {
    std::string text = with_character("  look: {hair_color: red, glasses: maybe}\n");
    auto loaded = load_text(text);
    const Diagnostic* key = find_diagnostic(loaded, "unknown key 'hair_color' in 'character.look'; did you mean 'hair_colour'?");
    REQUIRE(key);
    CHECK(key->location.line == line_of(text, "hair_color"));
    CHECK(find_diagnostic(loaded, "'glasses' must be true or false, found 'maybe'"));
    CHECK(find_diagnostic(load_text(with_character("  look: [senior]\n")), "'character.look'"));
}

TEST_CASE("look: left out, it comes from the name: the same name the same look, two names two looks") {
    auto named = [](const std::string& name) {
        std::string text = valid_scenario();
        text.replace(text.find("Ms. Test"), 8, name);
        auto loaded = load_text(text);
        REQUIRE(loaded.playable());
        return loaded.scenario->character.look;
    };
    CHECK(as_tuple(named("Mr Daniel Hart")) == as_tuple(named("Mr Daniel Hart")));
    CHECK(as_tuple(named("Mr Daniel Hart")) != as_tuple(named("Ms Priya Nair")));
    // Not one look shared out: a dozen names give many different looks.
    std::set<decltype(as_tuple(Look{}))> looks;
    for (const char* name : {"Anna", "Bruno", "Carla", "Dario", "Elena", "Franco", "Giulia", "Helen", "Ivan", "Joanna", "Karim", "Linda"})
        looks.insert(as_tuple(derive_look(name)));
    CHECK(looks.size() >= 11);
    // Fixed by the hash's definition (FNV-1a), not by the standard library: this name's look never changes.
    CHECK(as_tuple(derive_look("Mr Daniel Hart")) == as_tuple(derive_look(std::string("Mr Daniel ") + "Hart")));
}

TEST_CASE("look: keys given keep the rest derived, and what is derived fits them") {
    Look plain = derive_look("Signora Marta Colombo");
    LookGiven given;
    given.clothing = Look::Clothing::uniform;
    Look dressed = derive_look("Signora Marta Colombo", given);
    CHECK(dressed.clothing == Look::Clothing::uniform);
    CHECK(dressed.skin == plain.skin);
    CHECK(dressed.age == plain.age);
    // A senior's hair, unless the file says otherwise, is grey or white; long hair goes without a beard.
    LookGiven senior;
    senior.age = Look::Age::senior;
    LookGiven long_hair;
    long_hair.hair = Look::Hair::long_hair;
    for (const char* name : {"Anna", "Bruno", "Carla", "Dario", "Elena", "Franco", "Giulia", "Helen"}) {
        Look s = derive_look(name, senior);
        CHECK((s.hair_colour == Look::HairColour::grey || s.hair_colour == Look::HairColour::white));
        CHECK(derive_look(name, long_hair).facial_hair == Look::FacialHair::none);
    }
}

TEST_CASE("look: Italian keys and values are answered with the English word to write") {
    std::string text = with_character("  aspetto: {età: anziano}\n  turbato: preoccupato\n");
    auto loaded = load_text(text);
    CHECK_FALSE(loaded.playable());
    CHECK(find_diagnostic(loaded, "unknown key 'aspetto' in 'character'; keys are written in English: write 'look'"));
    CHECK(find_diagnostic(loaded, "unknown key 'turbato' in 'character'; keys are written in English: write 'upset'"));

    auto keys = load_text(with_character("  look: {capelli: ricci, colore_capelli: grigi, occhiali: sì, barba: baffi, abiti: divisa, pelle: scura, eta: giovane}\n"));
    for (const char* pair : {"'capelli' in 'character.look'; keys are written in English: write 'hair'", "'colore_capelli' in 'character.look'; keys are written in English: write 'hair_colour'",
                             "'occhiali' in 'character.look'; keys are written in English: write 'glasses'", "'barba' in 'character.look'; keys are written in English: write 'facial_hair'",
                             "'abiti' in 'character.look'; keys are written in English: write 'clothing'", "'pelle' in 'character.look'; keys are written in English: write 'skin'",
                             "'eta' in 'character.look'; keys are written in English: write 'age'"})
        CHECK_MESSAGE(find_diagnostic(keys, pair), pair);

    auto values = load_text(with_character(
        "  upset: preoccupato\n  look: {age: anziano, hair: ricci, hair_colour: castani, glasses: vero, facial_hair: baffi, clothing: maglione}\n"));
    for (const char* message : {"'upset' is written in English: write 'worried' for 'preoccupato'", "'age' is written in English: write 'senior' for 'anziano'",
                                "'hair' is written in English: write 'curly' for 'ricci'", "'hair_colour' is written in English: write 'brown' for 'castani'",
                                "'glasses' is written in English: write true for 'vero'", "'facial_hair' is written in English: write 'moustache' for 'baffi'",
                                "'clothing' is written in English: write 'jumper' for 'maglione'"})
        CHECK_MESSAGE(find_diagnostic(values, message), message);
}
