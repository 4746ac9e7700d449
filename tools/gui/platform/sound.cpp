#include "platform/sound.h"

#include <SFML/Audio.hpp>
#include <SFML/System/Err.hpp>

#include <array>
#include <vector>
#include <sstream>

namespace frontdesk::gui {

struct SoundPlayer::Voices {
    std::array<sf::SoundBuffer, 3> buffers;
    // A few at once: a cue may still be fading as the next one starts. Made only once the buffers loaded on a
    // working device (a sound made without one complains on the error stream when it is destroyed).
    std::vector<sf::Sound> sounds;
};

SoundPlayer::SoundPlayer() = default;
SoundPlayer::~SoundPlayer() = default;

bool SoundPlayer::play(Cue cue, std::string& problem) {
    if (failed_) return false;
    if (!voices_) {
        // SFML reports a missing audio device only on its error stream: catch what it says there, so the trainee
        // gets one sentence in the window instead of OpenAL's lines in a terminal nobody reads.
        std::ostringstream said;
        std::streambuf* previous = sf::err().rdbuf(said.rdbuf());
        auto voices = std::make_unique<Voices>();
        bool loaded = true;
        for (Cue each : {Cue::ring, Cue::message, Cue::sent}) {
            std::vector<std::int16_t> samples = cue_samples(each);
            loaded = voices->buffers[static_cast<int>(each)].loadFromSamples(samples.data(), samples.size(), 1, cue_sample_rate) && loaded;
        }
        sf::err().rdbuf(previous);
        std::string message = said.str();
        if (!loaded || message.find("audio device") != std::string::npos) {
            failed_ = true;
            message = message.substr(0, message.find_first_of("\r\n"));  // SFML's first line says what failed
            problem = message.empty() ? "the sound cues could not be prepared" : message;
            return false;
        }
        voices->sounds.resize(4);
        voices_ = std::move(voices);
    }
    for (sf::Sound& sound : voices_->sounds) {
        if (sound.getStatus() == sf::Sound::Playing) continue;
        sound.setBuffer(voices_->buffers[static_cast<int>(cue)]);
        sound.play();
        return true;
    }
    return true;  // every voice busy: this cue is dropped rather than cutting one off
}

}  // namespace frontdesk::gui
