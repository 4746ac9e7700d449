// dear imgui: Platform Backend for SFML 2.5 (window module), written for frontdesk.
// This needs to be used along with a Renderer (here: imgui's own OpenGL3 backend, imgui_impl_opengl3).
// Targets Dear ImGui 1.86 and its OLD key API (io.KeyMap[] + io.KeysDown[512]); there is no io.AddKeyEvent() in 1.86.

// Implemented features:
//  [X] Platform: Keyboard via io.KeyMap[]/io.KeysDown[], indexed by sf::Keyboard::Key values
//      (e.g. ImGui::IsKeyDown(sf::Keyboard::F1)). Modifiers io.KeyCtrl/KeyShift/KeyAlt/KeySuper from the key events.
//  [X] Platform: Text input incl. accented letters: UTF-32 sf::Event::TextEntered -> io.AddInputCharacter(),
//      control characters (< 0x20 and 0x7F) are ignored (ImGui handles Enter/Tab/Backspace through the key map).
//  [X] Platform: Mouse buttons (left, right, middle, XButton1, XButton2), position, wheel (vertical + horizontal).
//  [X] Platform: Clipboard through sf::Clipboard (UTF-8 <-> sf::String). Only when a window was given to Init().
//  [X] Platform: Mouse cursor shape and visibility through sf::Cursor (arrow, text, hand, resize NS/EW/NESW/NWSE,
//      ResizeAll as SizeAll, NotAllowed; ImGuiMouseCursor_None hides the cursor). SFML 2.5 on X11 cannot load
//      the diagonal resize cursors: NESW/NWSE then show SizeAll; any other missing shape shows the arrow.
//      Disable with 'io.ConfigFlags |= ImGuiConfigFlags_NoMouseCursorChange'.
//  [X] Platform: Focus: LostFocus/GainedFocus -> io.AddFocusEvent(); all keys and mouse buttons are released on focus loss.
//  [X] Platform: Resize: io.DisplaySize from sf::Window::getSize() every frame; framebuffer scale is 1 (SFML 2.5
//      reports sizes in pixels and has no separate framebuffer size).
//  [X] Platform: Input within one frame is not lost to the 1.86 "current state" input model: the release of a
//      key/button pressed in the same frame, a modifier change after such a press (Ctrl let go right after
//      the A of Ctrl+A) and every input event after those (to keep the order) are applied one frame later.
//      Fast clicks, touchpad taps and synthetic input (xdotool) thus reach ImGui as they happened.
// Missing features:
//  [ ] Platform: Gamepad navigation.
//  [ ] Platform: Keypad Enter: SFML 2.5 has no separate key code for it, it arrives as sf::Keyboard::Enter.
//  [ ] Platform: IME composition window placement (io.ImeSetInputScreenPosFn).
//  [ ] Platform: Characters outside the Basic Multilingual Plane: Debian's imgui uses 16-bit ImWchar,
//      ImGui replaces them with U+FFFD.

// Usage (one window, one ImGui context; see imgui_impl_sfml.cpp for the why of each step):
//   sf::Window window(sf::VideoMode(1280, 800), "frontdesk", sf::Style::Default,
//                     sf::ContextSettings(24, 8, 0, 3, 3, sf::ContextSettings::Core));
//   ImGui::CreateContext();
//   ImGui_ImplSFML_Init(window);
//   ImGui_ImplOpenGL3_Init("#version 330 core");        // needs the window's GL context to be active
//   sf::Clock clock;
//   while (window.isOpen()) {
//       sf::Event event;
//       while (window.pollEvent(event)) {
//           ImGui_ImplSFML_ProcessEvent(event);          // always pass every event; the result says "ImGui took it"
//           if (event.type == sf::Event::Closed) window.close();
//           if (event.type == sf::Event::Resized) glViewport(0, 0, event.size.width, event.size.height);
//       }
//       ImGui_ImplOpenGL3_NewFrame();
//       ImGui_ImplSFML_NewFrame(window, clock.restart().asSeconds());
//       ImGui::NewFrame();  ...build UI...  ImGui::Render();
//       glClear(GL_COLOR_BUFFER_BIT);
//       ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
//       window.display();
//   }
//   ImGui_ImplOpenGL3_Shutdown(); ImGui_ImplSFML_Shutdown(); ImGui::DestroyContext();

#pragma once

#include "imgui.h"  // IMGUI_IMPL_API, ImGuiIO, ImGuiMouseButton, ImGuiMouseCursor

#include <SFML/System/Vector2.hpp>
#include <SFML/Window/Cursor.hpp>
#include <SFML/Window/Event.hpp>
#include <SFML/Window/Keyboard.hpp>
#include <SFML/Window/Mouse.hpp>

namespace sf {
class Window;
}

// Backend API -------------------------------------------------------------------------------------------------

// Sets up the current ImGui context for this backend: key map, backend flags, clipboard and mouse cursors.
// The window must outlive the backend (until ImGui_ImplSFML_Shutdown()).
IMGUI_IMPL_API bool ImGui_ImplSFML_Init(sf::Window& window);
// Same, with an optional window: nullptr gives a headless backend (no clipboard, no cursor changes) for tests
// and off-screen use. Event processing and ImGui_ImplSFML_NewFrame(display_size, dt) work the same.
IMGUI_IMPL_API bool ImGui_ImplSFML_Init(sf::Window* window);
IMGUI_IMPL_API void ImGui_ImplSFML_Shutdown();

// Feed every event from sf::Window::pollEvent(). Returns true when ImGui wants that input, i.e. the application
// should not act on it: io.WantCaptureKeyboard for key/text events, io.WantCaptureMouse for mouse events,
// false for everything else (window events, joystick, ...). Needs a current ImGui context; works without Init()
// too (then events are applied at once, with no same-frame press/release protection).
IMGUI_IMPL_API bool ImGui_ImplSFML_ProcessEvent(const sf::Event& event);

// Call once per frame before ImGui::NewFrame(): sets io.DisplaySize, io.DeltaTime (kept > 0 as ImGui requires),
// applies input held back from the previous frame, and updates the OS mouse cursor shape/visibility
// (unless io.ConfigFlags has ImGuiConfigFlags_NoMouseCursorChange).
IMGUI_IMPL_API void ImGui_ImplSFML_NewFrame(sf::Window& window, float delta_seconds);
// The window-independent part of the above (no cursor change): for tests and headless rendering.
IMGUI_IMPL_API void ImGui_ImplSFML_NewFrame(sf::Vector2u display_size, float delta_seconds);

// True while input events are held back for a later frame (see the feature list). An application that only
// draws when something happened must keep drawing frames while this is true, or the held-back input (e.g.
// the rest of a fast burst of typing) waits until the next event arrives:
//   if (had_event || ImGui_ImplSFML_HasPendingInput()) draw_a_frame();
IMGUI_IMPL_API bool ImGui_ImplSFML_HasPendingInput();

// Pure translation helpers (no state, no window; exposed for unit tests) ------------------------------------------

// Index into io.KeysDown[] for an SFML key: the sf::Keyboard::Key value itself; -1 for sf::Keyboard::Unknown
// or any value outside io.KeysDown[].
IMGUI_IMPL_API int ImGui_ImplSFML_KeyIndex(sf::Keyboard::Key key);
// Fills io.KeyMap[] (Tab, arrows, PageUp/Down, Home, End, Insert, Delete, Backspace, Space, Enter, Escape,
// KeyPadEnter (= Enter: SFML 2.5 has no keypad Enter), A C V X Y Z). Init() calls it.
IMGUI_IMPL_API void ImGui_ImplSFML_SetKeyMap(ImGuiIO& io);
// io.MouseDown[] index for an SFML mouse button: Left 0, Right 1, Middle 2, XButton1 3, XButton2 4; -1 otherwise.
IMGUI_IMPL_API ImGuiMouseButton ImGui_ImplSFML_MouseButtonIndex(sf::Mouse::Button button);
// SFML system cursor for an ImGui cursor. Returns false for ImGuiMouseCursor_None (hide the cursor) and
// unknown values.
IMGUI_IMPL_API bool ImGui_ImplSFML_CursorType(ImGuiMouseCursor imgui_cursor, sf::Cursor::Type* out_type);
