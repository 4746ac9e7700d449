#include "sound_cues.h"

#include <algorithm>
#include <cmath>

namespace frontdesk::gui {

namespace {

constexpr double pi = 3.14159265358979323846;
constexpr double peak = 0.33 * 32767;

struct Tone {
    double start, length;  // seconds
    double frequency, second_frequency;  // a second frequency sounds with the first (0: none)
    double decay;          // per second; 0 holds the note
};

std::vector<std::int16_t> render(const std::vector<Tone>& tones, double total) {
    std::vector<double> mix(static_cast<std::size_t>(total * cue_sample_rate), 0.0);
    for (const Tone& tone : tones) {
        auto first = static_cast<std::size_t>(tone.start * cue_sample_rate);
        auto count = static_cast<std::size_t>(tone.length * cue_sample_rate);
        double fade = 0.008 * cue_sample_rate;  // 8 ms in and out of every note
        for (std::size_t i = 0; i < count && first + i < mix.size(); ++i) {
            double t = static_cast<double>(i) / cue_sample_rate;
            double envelope = std::min({1.0, i / fade, (count - i) / fade}) * std::exp(-tone.decay * t);
            double value = std::sin(2 * pi * tone.frequency * t);
            if (tone.second_frequency > 0) value = (value + std::sin(2 * pi * tone.second_frequency * t)) / 2;
            mix[first + i] += value * envelope;
        }
    }
    double loudest = 0;
    for (double v : mix) loudest = std::max(loudest, std::abs(v));
    std::vector<std::int16_t> samples(mix.size());
    for (std::size_t i = 0; i < mix.size(); ++i)
        samples[i] = static_cast<std::int16_t>(std::lround(loudest > 0 ? mix[i] / loudest * peak : 0));
    return samples;
}

}  // namespace

std::string_view cue_name(Cue cue) {
    switch (cue) {
        case Cue::ring: return "ring";
        case Cue::message: return "message";
        case Cue::sent: return "sent";
    }
    return "?";
}

std::vector<std::int16_t> cue_samples(Cue cue) {
    switch (cue) {
        // The European ring: 425 Hz with 450 Hz beating against it, two bursts as a desk phone does.
        case Cue::ring: return render({{0.0, 0.4, 425, 450, 0}, {0.6, 0.4, 425, 450, 0}}, 1.1);
        // Two rising notes that fade, like a messaging app's chime (E6 then A6).
        case Cue::message: return render({{0.0, 0.18, 1318.5, 0, 9}, {0.09, 0.3, 1760, 0, 8}}, 0.42);
        // One short falling note: sent.
        case Cue::sent: return render({{0.0, 0.12, 987.8, 0, 14}, {0.05, 0.12, 784, 0, 16}}, 0.2);
    }
    return {};
}

}  // namespace frontdesk::gui
