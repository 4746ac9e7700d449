// The sound cues are made by the program: check they are what a trainee should hear: audible but soft, no click
// at either end, short, and the ring in two bursts with silence between them.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>

#include "sound_cues.h"

using namespace frontdesk::gui;

namespace {

int peak(const std::vector<std::int16_t>& samples, std::size_t from, std::size_t to) {
    int loudest = 0;
    for (std::size_t i = from; i < std::min(to, samples.size()); ++i) loudest = std::max(loudest, std::abs(static_cast<int>(samples[i])));
    return loudest;
}

double seconds(std::size_t samples) { return static_cast<double>(samples) / cue_sample_rate; }

}  // namespace

TEST_CASE("sound cues: soft, short, no click at the ends") {
    for (Cue cue : {Cue::ring, Cue::message, Cue::sent}) {
        CAPTURE(cue_name(cue));
        std::vector<std::int16_t> samples = cue_samples(cue);
        REQUIRE(samples.size() > cue_sample_rate / 10);
        CHECK(seconds(samples.size()) <= 1.2);
        int loudest = peak(samples, 0, samples.size());
        CHECK(loudest > 32767 / 5);      // audible
        CHECK(loudest < 32767 * 2 / 5);  // never startling
        // The first and last 2 ms are near silence: faded in and out, so no click.
        std::size_t edge = cue_sample_rate / 500;
        CHECK(peak(samples, 0, 8) < loudest / 10);
        CHECK(peak(samples, samples.size() - edge, samples.size()) < loudest / 10);
    }
    CHECK(cue_name(Cue::message) == "message");
}

TEST_CASE("sound cues: the phone rings twice") {
    std::vector<std::int16_t> ring = cue_samples(Cue::ring);
    auto at = [](double s) { return static_cast<std::size_t>(s * cue_sample_rate); };
    int first = peak(ring, at(0.1), at(0.3)), gap = peak(ring, at(0.45), at(0.55)), second = peak(ring, at(0.7), at(0.9));
    CHECK(first > 32767 / 5);
    CHECK(second > 32767 / 5);
    CHECK(gap < first / 20);
}
