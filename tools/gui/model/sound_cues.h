// The sound cues, made by the program itself (no recordings, so nothing to license): a phone ringing, a message
// arriving, a message sent. Off by default (a training room is full of other people's PCs); the trainee turns
// them on in the settings row. Headless: only the samples, played by platform/sound.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace frontdesk::gui {

enum class Cue { ring, message, sent };

std::string_view cue_name(Cue cue);

constexpr unsigned cue_sample_rate = 44100;

// Mono 16-bit samples at cue_sample_rate. Soft (peak about a third of full scale, so a cue never startles) and
// faded in and out (no click at either end).
std::vector<std::int16_t> cue_samples(Cue cue);

}  // namespace frontdesk::gui
