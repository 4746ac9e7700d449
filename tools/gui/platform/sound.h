// Plays the sound cues through SFML's audio module (OpenAL). Nothing is opened until the first cue is played
// with sound turned on, so a PC without a sound card, or a trainee who never turns sound on, pays nothing.
#pragma once

#include <memory>
#include <string>

#include "sound_cues.h"

namespace frontdesk::gui {

class SoundPlayer {
public:
    SoundPlayer();
    ~SoundPlayer();
    SoundPlayer(const SoundPlayer&) = delete;
    SoundPlayer& operator=(const SoundPlayer&) = delete;

    // Plays the cue (a new cue does not cut one still playing). Returns false, with `problem` set once, when this
    // computer cannot play sound; the window then says so and goes on silently.
    bool play(Cue cue, std::string& problem);

private:
    struct Voices;
    std::unique_ptr<Voices> voices_;
    bool failed_ = false;
};

}  // namespace frontdesk::gui
