// The keys by meaning, read from the io.KeysDown[] slots the SFML backend fills (indexed by sf::Keyboard::Key).
#include "platform/keys.h"

#include <SFML/Window/Event.hpp>
#include <SFML/Window/Keyboard.hpp>

namespace frontdesk::gui::keys {

namespace {

bool pressed(sf::Keyboard::Key key, bool repeat = false) { return ImGui::IsKeyPressed(static_cast<int>(key), repeat); }

}  // namespace

bool enter_pressed() { return pressed(sf::Keyboard::Enter); }
bool escape_pressed() { return pressed(sf::Keyboard::Escape); }
bool page_down_pressed(bool repeat) { return pressed(sf::Keyboard::PageDown, repeat); }
bool page_up_pressed(bool repeat) { return pressed(sf::Keyboard::PageUp, repeat); }

bool save_pressed() { return ImGui::GetIO().KeyCtrl && pressed(sf::Keyboard::S); }
bool undo_pressed() { return ImGui::GetIO().KeyCtrl && !ImGui::GetIO().KeyShift && pressed(sf::Keyboard::Z); }
bool redo_pressed() {
    const ImGuiIO& io = ImGui::GetIO();
    return io.KeyCtrl && (pressed(sf::Keyboard::Y) || (io.KeyShift && pressed(sf::Keyboard::Z)));
}

int digit_pressed() {
    for (int i = 0; i < 9; ++i) {
        auto row = static_cast<sf::Keyboard::Key>(sf::Keyboard::Num1 + i);
        auto pad = static_cast<sf::Keyboard::Key>(sf::Keyboard::Numpad1 + i);
        if (pressed(row) || pressed(pad)) return i + 1;
    }
    return 0;
}

std::optional<int> text_size_step(const sf::Event& event) {
    if (event.type != sf::Event::KeyPressed || !event.key.control || event.key.alt) return std::nullopt;
    switch (event.key.code) {
        case sf::Keyboard::Equal:
        case sf::Keyboard::Add: return 1;
        case sf::Keyboard::Hyphen:
        case sf::Keyboard::Subtract: return -1;
        case sf::Keyboard::Num0:
        case sf::Keyboard::Numpad0: return 0;
        default: return std::nullopt;
    }
}

bool ctrl_down() { return ImGui::GetIO().KeyCtrl; }

int zoom_step_pressed() {
    if (ImGui::GetIO().KeyCtrl) return 0;
    if (pressed(sf::Keyboard::Equal, true) || pressed(sf::Keyboard::Add, true)) return 1;
    if (pressed(sf::Keyboard::Hyphen, true) || pressed(sf::Keyboard::Subtract, true)) return -1;
    return 0;
}

bool zero_pressed() { return !ImGui::GetIO().KeyCtrl && (pressed(sf::Keyboard::Num0) || pressed(sf::Keyboard::Numpad0)); }

bool reload_pressed() { return pressed(sf::Keyboard::F5); }

int arrow_pressed() {
    const sf::Keyboard::Key arrows[] = {sf::Keyboard::Left, sf::Keyboard::Right, sf::Keyboard::Up, sf::Keyboard::Down};
    for (int i = 0; i < 4; ++i)
        if (pressed(arrows[i], true)) return i;
    return -1;
}

void let_enter_activate(ImGuiIO& io) {
    if (io.KeysDown[sf::Keyboard::Enter] && !io.WantTextInput) io.NavInputs[ImGuiNavInput_Activate] = 1.0f;
}

}  // namespace frontdesk::gui::keys
