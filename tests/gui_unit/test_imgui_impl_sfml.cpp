// Unit tests of the SFML platform backend for Dear ImGui 1.86 (tools/gui/imgui_impl_sfml.cpp).
// No window and no display: each test creates its own ImGui context, feeds hand-built sf::Event values to
// ImGui_ImplSFML_ProcessEvent() and checks the io fields ImGui::NewFrame() would read.

#include <doctest/doctest.h>

#include "platform/imgui_impl_sfml.h"

#include <imgui.h>

#include <cfloat>
#include <vector>

namespace {

// One ImGui context per test, destroyed even when a CHECK fails. With headless = true the backend is
// initialised without a window (same-frame press/release handling on); otherwise only the key map is set,
// the minimal setup a caller can use with ImGui_ImplSFML_ProcessEvent().
struct ImGuiContextGuard
{
    explicit ImGuiContextGuard(bool headless = false) : headless_(headless)
    {
        ImGui::CreateContext();
        ImGui::GetIO().IniFilename = nullptr;  // a test must leave no imgui.ini in whatever folder it runs from
        if (headless_)
            ImGui_ImplSFML_Init(nullptr);
        else
            ImGui_ImplSFML_SetKeyMap(ImGui::GetIO());
    }
    ~ImGuiContextGuard()
    {
        if (headless_)
            ImGui_ImplSFML_Shutdown();
        ImGui::DestroyContext();
    }
    ImGuiContextGuard(const ImGuiContextGuard&) = delete;
    ImGuiContextGuard& operator=(const ImGuiContextGuard&) = delete;

  private:
    bool headless_;
};

struct Modifiers
{
    bool control = false;
    bool shift = false;
    bool alt = false;
    bool system = false;
};

sf::Event KeyEvent(sf::Event::EventType type, sf::Keyboard::Key code, Modifiers mods = {})
{
    sf::Event event{};
    event.type = type;
    event.key.code = code;
    event.key.control = mods.control;
    event.key.shift = mods.shift;
    event.key.alt = mods.alt;
    event.key.system = mods.system;
    return event;
}

sf::Event KeyPressed(sf::Keyboard::Key code, Modifiers mods = {}) { return KeyEvent(sf::Event::KeyPressed, code, mods); }
sf::Event KeyReleased(sf::Keyboard::Key code, Modifiers mods = {}) { return KeyEvent(sf::Event::KeyReleased, code, mods); }

sf::Event TextEntered(sf::Uint32 unicode)
{
    sf::Event event{};
    event.type = sf::Event::TextEntered;
    event.text.unicode = unicode;
    return event;
}

sf::Event MouseMoved(int x, int y)
{
    sf::Event event{};
    event.type = sf::Event::MouseMoved;
    event.mouseMove.x = x;
    event.mouseMove.y = y;
    return event;
}

sf::Event MouseButton(sf::Event::EventType type, sf::Mouse::Button button, int x = 10, int y = 20)
{
    sf::Event event{};
    event.type = type;
    event.mouseButton.button = button;
    event.mouseButton.x = x;
    event.mouseButton.y = y;
    return event;
}

sf::Event MouseWheel(sf::Mouse::Wheel wheel, float delta)
{
    sf::Event event{};
    event.type = sf::Event::MouseWheelScrolled;
    event.mouseWheelScroll.wheel = wheel;
    event.mouseWheelScroll.delta = delta;
    event.mouseWheelScroll.x = 5;
    event.mouseWheelScroll.y = 6;
    return event;
}

sf::Event Simple(sf::Event::EventType type)
{
    sf::Event event{};
    event.type = type;
    return event;
}

int KeyIdx(sf::Keyboard::Key key) { return ImGui_ImplSFML_KeyIndex(key); }

std::vector<unsigned> QueuedCharacters()
{
    const ImGuiIO& io = ImGui::GetIO();
    return std::vector<unsigned>(io.InputQueueCharacters.begin(), io.InputQueueCharacters.end());
}

bool AnyKeyDown()
{
    for (bool down : ImGui::GetIO().KeysDown)
        if (down)
            return true;
    return false;
}

}  // namespace

TEST_CASE("KeyIndex uses the sf::Keyboard::Key value and rejects Unknown")
{
    CHECK(KeyIdx(sf::Keyboard::A) == static_cast<int>(sf::Keyboard::A));
    CHECK(KeyIdx(sf::Keyboard::Enter) == static_cast<int>(sf::Keyboard::Enter));
    CHECK(KeyIdx(sf::Keyboard::Pause) == static_cast<int>(sf::Keyboard::Pause));
    CHECK(KeyIdx(sf::Keyboard::Unknown) == -1);
    // Any other negative value is no key either. (Values beyond the enum's range cannot be tested: merely
    // forming them is undefined behaviour, which UBSan reports.)
    CHECK(KeyIdx(static_cast<sf::Keyboard::Key>(-7)) == -1);
}

TEST_CASE("KeyMap entries point at the SFML key indices")
{
    ImGuiContextGuard ctx;
    const ImGuiIO& io = ImGui::GetIO();
    CHECK(io.KeyMap[ImGuiKey_Tab] == KeyIdx(sf::Keyboard::Tab));
    CHECK(io.KeyMap[ImGuiKey_LeftArrow] == KeyIdx(sf::Keyboard::Left));
    CHECK(io.KeyMap[ImGuiKey_RightArrow] == KeyIdx(sf::Keyboard::Right));
    CHECK(io.KeyMap[ImGuiKey_UpArrow] == KeyIdx(sf::Keyboard::Up));
    CHECK(io.KeyMap[ImGuiKey_DownArrow] == KeyIdx(sf::Keyboard::Down));
    CHECK(io.KeyMap[ImGuiKey_PageUp] == KeyIdx(sf::Keyboard::PageUp));
    CHECK(io.KeyMap[ImGuiKey_PageDown] == KeyIdx(sf::Keyboard::PageDown));
    CHECK(io.KeyMap[ImGuiKey_Home] == KeyIdx(sf::Keyboard::Home));
    CHECK(io.KeyMap[ImGuiKey_End] == KeyIdx(sf::Keyboard::End));
    CHECK(io.KeyMap[ImGuiKey_Insert] == KeyIdx(sf::Keyboard::Insert));
    CHECK(io.KeyMap[ImGuiKey_Delete] == KeyIdx(sf::Keyboard::Delete));
    CHECK(io.KeyMap[ImGuiKey_Backspace] == KeyIdx(sf::Keyboard::Backspace));
    CHECK(io.KeyMap[ImGuiKey_Space] == KeyIdx(sf::Keyboard::Space));
    CHECK(io.KeyMap[ImGuiKey_Enter] == KeyIdx(sf::Keyboard::Enter));
    CHECK(io.KeyMap[ImGuiKey_Escape] == KeyIdx(sf::Keyboard::Escape));
    CHECK(io.KeyMap[ImGuiKey_KeyPadEnter] == KeyIdx(sf::Keyboard::Enter));  // no keypad Enter in SFML 2.5
    CHECK(io.KeyMap[ImGuiKey_A] == KeyIdx(sf::Keyboard::A));
    CHECK(io.KeyMap[ImGuiKey_C] == KeyIdx(sf::Keyboard::C));
    CHECK(io.KeyMap[ImGuiKey_V] == KeyIdx(sf::Keyboard::V));
    CHECK(io.KeyMap[ImGuiKey_X] == KeyIdx(sf::Keyboard::X));
    CHECK(io.KeyMap[ImGuiKey_Y] == KeyIdx(sf::Keyboard::Y));
    CHECK(io.KeyMap[ImGuiKey_Z] == KeyIdx(sf::Keyboard::Z));
    for (int k = 0; k < ImGuiKey_COUNT; ++k)
    {
        CAPTURE(k);
        CHECK(io.KeyMap[k] >= 0);
        CHECK(io.KeyMap[k] < static_cast<int>(IM_ARRAYSIZE(io.KeysDown)));
    }
}

TEST_CASE("KeyPressed and KeyReleased set and clear KeysDown and the modifier flags")
{
    ImGuiContextGuard ctx;
    ImGuiIO& io = ImGui::GetIO();

    Modifiers ctrl_shift;
    ctrl_shift.control = true;
    ctrl_shift.shift = true;
    ImGui_ImplSFML_ProcessEvent(KeyPressed(sf::Keyboard::C, ctrl_shift));
    CHECK(io.KeysDown[KeyIdx(sf::Keyboard::C)]);
    CHECK(ImGui::IsKeyDown(io.KeyMap[ImGuiKey_C]));
    CHECK(io.KeyCtrl);
    CHECK(io.KeyShift);
    CHECK_FALSE(io.KeyAlt);
    CHECK_FALSE(io.KeySuper);

    Modifiers alt_super;
    alt_super.alt = true;
    alt_super.system = true;
    ImGui_ImplSFML_ProcessEvent(KeyPressed(sf::Keyboard::Tab, alt_super));
    CHECK(io.KeysDown[KeyIdx(sf::Keyboard::Tab)]);
    CHECK_FALSE(io.KeyCtrl);
    CHECK_FALSE(io.KeyShift);
    CHECK(io.KeyAlt);
    CHECK(io.KeySuper);

    ImGui_ImplSFML_ProcessEvent(KeyReleased(sf::Keyboard::C));
    ImGui_ImplSFML_ProcessEvent(KeyReleased(sf::Keyboard::Tab));
    CHECK_FALSE(io.KeysDown[KeyIdx(sf::Keyboard::C)]);
    CHECK_FALSE(io.KeysDown[KeyIdx(sf::Keyboard::Tab)]);
    CHECK_FALSE(io.KeyCtrl);
    CHECK_FALSE(io.KeyShift);
    CHECK_FALSE(io.KeyAlt);
    CHECK_FALSE(io.KeySuper);
}

TEST_CASE("A modifier key's own event sets its flag even though X11 reports the state before the event")
{
    ImGuiContextGuard ctx;
    ImGuiIO& io = ImGui::GetIO();

    // X11: pressing Ctrl arrives with control=false, releasing it with control=true.
    ImGui_ImplSFML_ProcessEvent(KeyPressed(sf::Keyboard::LControl));
    CHECK(io.KeyCtrl);
    Modifiers ctrl;
    ctrl.control = true;
    ImGui_ImplSFML_ProcessEvent(KeyReleased(sf::Keyboard::LControl, ctrl));
    CHECK_FALSE(io.KeyCtrl);

    // Holding the other Ctrl keeps the flag when one side is released.
    ImGui_ImplSFML_ProcessEvent(KeyPressed(sf::Keyboard::LControl));
    ImGui_ImplSFML_ProcessEvent(KeyPressed(sf::Keyboard::RControl, ctrl));
    ImGui_ImplSFML_ProcessEvent(KeyReleased(sf::Keyboard::LControl, ctrl));
    CHECK(io.KeyCtrl);

    ImGui_ImplSFML_ProcessEvent(KeyPressed(sf::Keyboard::RShift));
    CHECK(io.KeyShift);
    ImGui_ImplSFML_ProcessEvent(KeyPressed(sf::Keyboard::LAlt));
    CHECK(io.KeyAlt);
    ImGui_ImplSFML_ProcessEvent(KeyPressed(sf::Keyboard::LSystem));
    CHECK(io.KeySuper);
}

TEST_CASE("TextEntered queues printable and accented characters and ignores control characters")
{
    ImGuiContextGuard ctx;

    ImGui_ImplSFML_ProcessEvent(TextEntered(U'a'));
    ImGui_ImplSFML_ProcessEvent(TextEntered(8));    // Backspace
    ImGui_ImplSFML_ProcessEvent(TextEntered(0xE8)); // è
    ImGui_ImplSFML_ProcessEvent(TextEntered(13));   // Enter
    ImGui_ImplSFML_ProcessEvent(TextEntered(0xE0)); // à
    ImGui_ImplSFML_ProcessEvent(TextEntered(127));  // Delete
    ImGui_ImplSFML_ProcessEvent(TextEntered(0x20AC)); // €
    ImGui_ImplSFML_ProcessEvent(TextEntered(9));    // Tab: ImGui inserts it itself from the key map
    ImGui_ImplSFML_ProcessEvent(TextEntered(27));   // Escape
    ImGui_ImplSFML_ProcessEvent(TextEntered(0xD800)); // lone surrogate: not a character
    ImGui_ImplSFML_ProcessEvent(TextEntered(U' '));

    const std::vector<unsigned> expected = {U'a', 0xE8, 0xE0, 0x20AC, U' '};
    CHECK(QueuedCharacters() == expected);
}

TEST_CASE("MouseMoved sets MousePos and MouseLeft makes it unavailable")
{
    ImGuiContextGuard ctx;
    ImGuiIO& io = ImGui::GetIO();

    ImGui_ImplSFML_ProcessEvent(MouseMoved(123, 45));
    CHECK(io.MousePos.x == doctest::Approx(123.0));
    CHECK(io.MousePos.y == doctest::Approx(45.0));

    ImGui_ImplSFML_ProcessEvent(Simple(sf::Event::MouseLeft));
    CHECK(io.MousePos.x == -FLT_MAX);
    CHECK(io.MousePos.y == -FLT_MAX);
    CHECK_FALSE(ImGui::IsMousePosValid());
}

TEST_CASE("MouseButtonPressed and MouseButtonReleased set and clear MouseDown")
{
    ImGuiContextGuard ctx;
    ImGuiIO& io = ImGui::GetIO();

    CHECK(ImGui_ImplSFML_MouseButtonIndex(sf::Mouse::Left) == ImGuiMouseButton_Left);
    CHECK(ImGui_ImplSFML_MouseButtonIndex(sf::Mouse::Right) == ImGuiMouseButton_Right);
    CHECK(ImGui_ImplSFML_MouseButtonIndex(sf::Mouse::Middle) == ImGuiMouseButton_Middle);
    CHECK(ImGui_ImplSFML_MouseButtonIndex(sf::Mouse::XButton1) == 3);
    CHECK(ImGui_ImplSFML_MouseButtonIndex(sf::Mouse::XButton2) == 4);
    CHECK(ImGui_ImplSFML_MouseButtonIndex(sf::Mouse::ButtonCount) == -1);

    const sf::Mouse::Button buttons[] = {sf::Mouse::Left, sf::Mouse::Right, sf::Mouse::Middle, sf::Mouse::XButton1,
                                         sf::Mouse::XButton2};
    for (sf::Mouse::Button button : buttons)
    {
        const int index = ImGui_ImplSFML_MouseButtonIndex(button);
        CAPTURE(index);
        ImGui_ImplSFML_ProcessEvent(MouseButton(sf::Event::MouseButtonPressed, button, 30 + index, 40));
        CHECK(io.MouseDown[index]);
        CHECK(io.MousePos.x == doctest::Approx(30.0 + index));  // the click position is used too
        CHECK(io.MousePos.y == doctest::Approx(40.0));
        ImGui_ImplSFML_ProcessEvent(MouseButton(sf::Event::MouseButtonReleased, button));
        CHECK_FALSE(io.MouseDown[index]);
    }
}

TEST_CASE("MouseWheelScrolled adds vertical and horizontal deltas; the deprecated MouseWheelMoved is ignored")
{
    ImGuiContextGuard ctx;
    ImGuiIO& io = ImGui::GetIO();

    ImGui_ImplSFML_ProcessEvent(MouseWheel(sf::Mouse::VerticalWheel, 1.0f));
    ImGui_ImplSFML_ProcessEvent(MouseWheel(sf::Mouse::VerticalWheel, 0.5f));
    ImGui_ImplSFML_ProcessEvent(MouseWheel(sf::Mouse::HorizontalWheel, -1.0f));
    CHECK(io.MouseWheel == doctest::Approx(1.5));
    CHECK(io.MouseWheelH == doctest::Approx(-1.0));

    // SFML 2.5 sends MouseWheelMoved next to every vertical MouseWheelScrolled: counting it would double.
    sf::Event legacy = Simple(sf::Event::MouseWheelMoved);
    legacy.mouseWheel.delta = 1;
    ImGui_ImplSFML_ProcessEvent(legacy);
    CHECK(io.MouseWheel == doctest::Approx(1.5));
}

TEST_CASE("LostFocus releases held keys, modifiers and mouse buttons")
{
    ImGuiContextGuard ctx;
    ImGuiIO& io = ImGui::GetIO();

    Modifiers alt;
    alt.alt = true;
    ImGui_ImplSFML_ProcessEvent(KeyPressed(sf::Keyboard::LAlt));
    ImGui_ImplSFML_ProcessEvent(KeyPressed(sf::Keyboard::Tab, alt));
    ImGui_ImplSFML_ProcessEvent(MouseButton(sf::Event::MouseButtonPressed, sf::Mouse::Left));
    ImGui_ImplSFML_ProcessEvent(MouseButton(sf::Event::MouseButtonPressed, sf::Mouse::Right));
    REQUIRE(io.KeysDown[KeyIdx(sf::Keyboard::Tab)]);
    REQUIRE(io.KeyAlt);
    REQUIRE(io.MouseDown[ImGuiMouseButton_Left]);

    CHECK_FALSE(ImGui_ImplSFML_ProcessEvent(Simple(sf::Event::LostFocus)));
    CHECK_FALSE(AnyKeyDown());
    CHECK_FALSE(io.KeyAlt);
    CHECK_FALSE(io.KeyCtrl);
    for (bool down : io.MouseDown)
        CHECK_FALSE(down);
    CHECK(io.AppFocusLost);  // what io.AddFocusEvent(false) records in 1.86

    CHECK_FALSE(ImGui_ImplSFML_ProcessEvent(Simple(sf::Event::GainedFocus)));
    CHECK_FALSE(io.AppFocusLost);
}

TEST_CASE("The return value follows WantCaptureKeyboard for key/text events and WantCaptureMouse for mouse events")
{
    ImGuiContextGuard ctx;
    ImGuiIO& io = ImGui::GetIO();

    const sf::Event keyboard_events[] = {KeyPressed(sf::Keyboard::A), KeyReleased(sf::Keyboard::A), TextEntered(U'a')};
    const sf::Event mouse_events[] = {MouseMoved(1, 2),
                                      MouseButton(sf::Event::MouseButtonPressed, sf::Mouse::Left),
                                      MouseButton(sf::Event::MouseButtonReleased, sf::Mouse::Left),
                                      MouseWheel(sf::Mouse::VerticalWheel, 1.0f),
                                      Simple(sf::Event::MouseEntered),
                                      Simple(sf::Event::MouseLeft)};

    io.WantCaptureKeyboard = true;
    io.WantCaptureMouse = false;
    for (const sf::Event& event : keyboard_events)
        CHECK(ImGui_ImplSFML_ProcessEvent(event));
    for (const sf::Event& event : mouse_events)
        CHECK_FALSE(ImGui_ImplSFML_ProcessEvent(event));

    io.WantCaptureKeyboard = false;
    io.WantCaptureMouse = true;
    for (const sf::Event& event : keyboard_events)
        CHECK_FALSE(ImGui_ImplSFML_ProcessEvent(event));
    for (const sf::Event& event : mouse_events)
        CHECK(ImGui_ImplSFML_ProcessEvent(event));

    // Window events are never ImGui's, whatever the flags say.
    io.WantCaptureKeyboard = true;
    io.WantCaptureMouse = true;
    sf::Event resized = Simple(sf::Event::Resized);
    resized.size.width = 800;
    resized.size.height = 600;
    CHECK_FALSE(ImGui_ImplSFML_ProcessEvent(resized));
    CHECK_FALSE(ImGui_ImplSFML_ProcessEvent(Simple(sf::Event::Closed)));
}

TEST_CASE("An Unknown key leaves KeysDown untouched but still updates the modifiers")
{
    ImGuiContextGuard ctx;
    ImGuiIO& io = ImGui::GetIO();

    Modifiers shift;
    shift.shift = true;
    ImGui_ImplSFML_ProcessEvent(KeyPressed(sf::Keyboard::Unknown, shift));
    CHECK_FALSE(AnyKeyDown());
    CHECK(io.KeyShift);
    ImGui_ImplSFML_ProcessEvent(KeyReleased(sf::Keyboard::Unknown));
    CHECK_FALSE(AnyKeyDown());
    CHECK_FALSE(io.KeyShift);

    // Neither must any other negative code (e.g. from a newer SFML with more "unknown" values).
    ImGui_ImplSFML_ProcessEvent(KeyPressed(static_cast<sf::Keyboard::Key>(-2)));
    CHECK_FALSE(AnyKeyDown());
}

TEST_CASE("Headless Init: a press and release within one frame are both seen by ImGui")
{
    ImGuiContextGuard ctx(/*headless=*/true);
    ImGuiIO& io = ImGui::GetIO();
    CHECK(io.BackendPlatformName != nullptr);
    CHECK(io.KeyMap[ImGuiKey_Enter] == KeyIdx(sf::Keyboard::Enter));
    CHECK((io.BackendFlags & ImGuiBackendFlags_HasMouseCursors) == 0);  // no window, no cursor shapes

    const sf::Vector2u size(640, 480);
    const int enter = KeyIdx(sf::Keyboard::Enter);

    // Before frame 1: a click, then an Enter tap and a character, all between two frames (touchpad tap,
    // xdotool, a stalled frame).
    ImGui_ImplSFML_ProcessEvent(MouseButton(sf::Event::MouseButtonPressed, sf::Mouse::Left));
    ImGui_ImplSFML_ProcessEvent(MouseButton(sf::Event::MouseButtonReleased, sf::Mouse::Left));
    ImGui_ImplSFML_ProcessEvent(KeyPressed(sf::Keyboard::Enter));
    ImGui_ImplSFML_ProcessEvent(KeyReleased(sf::Keyboard::Enter));
    ImGui_ImplSFML_ProcessEvent(TextEntered(U'x'));
    CHECK(io.MouseDown[ImGuiMouseButton_Left]);  // the release is held back at once

    // Frame 1 (what ImGui::NewFrame() would sample right after the backend's NewFrame): the click is down;
    // everything after its release waits, to keep the order of events.
    ImGui_ImplSFML_NewFrame(size, 1.0f / 60.0f);
    CHECK(io.MouseDown[ImGuiMouseButton_Left]);
    CHECK_FALSE(io.KeysDown[enter]);
    CHECK(QueuedCharacters().empty());

    // Frame 2: the click is released, Enter is down; its release waits again.
    ImGui_ImplSFML_NewFrame(size, 1.0f / 60.0f);
    CHECK_FALSE(io.MouseDown[ImGuiMouseButton_Left]);
    CHECK(io.KeysDown[enter]);
    CHECK(QueuedCharacters().empty());

    // Frame 3: Enter is released and the character arrives.
    ImGui_ImplSFML_NewFrame(size, 1.0f / 60.0f);
    CHECK_FALSE(io.KeysDown[enter]);
    CHECK(QueuedCharacters() == std::vector<unsigned>{U'x'});

    // Nothing is held back any more: new events apply at once.
    ImGui_ImplSFML_ProcessEvent(MouseMoved(7, 8));
    CHECK(io.MousePos.x == doctest::Approx(7.0));

    // A release in a later frame than its press applies at once.
    ImGui_ImplSFML_ProcessEvent(KeyPressed(sf::Keyboard::Space));
    ImGui_ImplSFML_NewFrame(sf::Vector2u(640, 480), 1.0f / 60.0f);
    ImGui_ImplSFML_ProcessEvent(KeyReleased(sf::Keyboard::Space));
    CHECK_FALSE(io.KeysDown[KeyIdx(sf::Keyboard::Space)]);
}

TEST_CASE("Headless Init: two taps of one key within a frame become two presses one frame apart")
{
    ImGuiContextGuard ctx(/*headless=*/true);
    ImGuiIO& io = ImGui::GetIO();
    const int bs = KeyIdx(sf::Keyboard::Backspace);

    for (int i = 0; i < 2; ++i)
    {
        ImGui_ImplSFML_ProcessEvent(KeyPressed(sf::Keyboard::Backspace));
        ImGui_ImplSFML_ProcessEvent(KeyReleased(sf::Keyboard::Backspace));
    }
    ImGui_ImplSFML_NewFrame(sf::Vector2u(640, 480), 0.016f);
    CHECK(io.KeysDown[bs]);  // first tap
    ImGui_ImplSFML_NewFrame(sf::Vector2u(640, 480), 0.016f);
    CHECK(io.KeysDown[bs]);  // first release, then the second press in order
    ImGui_ImplSFML_NewFrame(sf::Vector2u(640, 480), 0.016f);
    CHECK_FALSE(io.KeysDown[bs]);
}

TEST_CASE("Headless Init: Ctrl let go right after the A of Ctrl+A within one frame still gives Ctrl+A")
{
    ImGuiContextGuard ctx(/*headless=*/true);
    ImGuiIO& io = ImGui::GetIO();
    const sf::Vector2u size(640, 480);
    const int a = KeyIdx(sf::Keyboard::A);

    // xdotool's "key ctrl+a" as SFML reports it on X11 (flags describe the state before each event).
    Modifiers ctrl;
    ctrl.control = true;
    ImGui_ImplSFML_ProcessEvent(KeyPressed(sf::Keyboard::LControl));
    ImGui_ImplSFML_NewFrame(size, 0.016f);  // Ctrl alone is seen in one frame...
    CHECK(io.KeyCtrl);
    CHECK_FALSE(ImGui_ImplSFML_HasPendingInput());

    ImGui_ImplSFML_ProcessEvent(KeyPressed(sf::Keyboard::A, ctrl));  // ...then A, Ctrl up, A up in the next one
    ImGui_ImplSFML_ProcessEvent(TextEntered(0x01));
    ImGui_ImplSFML_ProcessEvent(KeyReleased(sf::Keyboard::LControl, ctrl));
    ImGui_ImplSFML_ProcessEvent(KeyReleased(sf::Keyboard::A));
    CHECK(ImGui_ImplSFML_HasPendingInput());
    ImGui_ImplSFML_NewFrame(size, 0.016f);
    CHECK(io.KeysDown[a]);
    CHECK(io.KeyCtrl);  // ImGui sees Ctrl+A, not a plain A
    CHECK(QueuedCharacters().empty());

    ImGui_ImplSFML_NewFrame(size, 0.016f);
    CHECK_FALSE(io.KeysDown[a]);
    CHECK_FALSE(io.KeyCtrl);
    CHECK_FALSE(ImGui_ImplSFML_HasPendingInput());
}

TEST_CASE("Headless Init: a modifier change with no press in the same frame applies at once")
{
    ImGuiContextGuard ctx(/*headless=*/true);
    ImGuiIO& io = ImGui::GetIO();

    ImGui_ImplSFML_ProcessEvent(KeyPressed(sf::Keyboard::LShift));
    ImGui_ImplSFML_NewFrame(sf::Vector2u(640, 480), 0.016f);
    Modifiers shift;
    shift.shift = true;
    ImGui_ImplSFML_ProcessEvent(KeyReleased(sf::Keyboard::LShift, shift));
    CHECK_FALSE(io.KeyShift);
    CHECK_FALSE(ImGui_ImplSFML_HasPendingInput());
}

TEST_CASE("Headless Init: focus lost in the frame of a click releases the button only after ImGui saw it")
{
    ImGuiContextGuard ctx(/*headless=*/true);
    ImGuiIO& io = ImGui::GetIO();

    ImGui_ImplSFML_ProcessEvent(MouseButton(sf::Event::MouseButtonPressed, sf::Mouse::Left));
    ImGui_ImplSFML_ProcessEvent(Simple(sf::Event::LostFocus));
    ImGui_ImplSFML_NewFrame(sf::Vector2u(640, 480), 0.016f);
    CHECK(io.MouseDown[ImGuiMouseButton_Left]);
    ImGui_ImplSFML_NewFrame(sf::Vector2u(640, 480), 0.016f);
    CHECK_FALSE(io.MouseDown[ImGuiMouseButton_Left]);
    CHECK(io.AppFocusLost);
}

TEST_CASE("NewFrame sets the display size and keeps DeltaTime positive")
{
    ImGuiContextGuard ctx;
    ImGuiIO& io = ImGui::GetIO();

    ImGui_ImplSFML_NewFrame(sf::Vector2u(1280, 800), 0.02f);
    CHECK(io.DisplaySize.x == doctest::Approx(1280.0));
    CHECK(io.DisplaySize.y == doctest::Approx(800.0));
    CHECK(io.DisplayFramebufferScale.x == doctest::Approx(1.0));
    CHECK(io.DeltaTime == doctest::Approx(0.02));

    ImGui_ImplSFML_NewFrame(sf::Vector2u(1024, 600), 0.0f);
    CHECK(io.DisplaySize.x == doctest::Approx(1024.0));
    CHECK(io.DeltaTime > 0.0f);
    ImGui_ImplSFML_NewFrame(sf::Vector2u(1024, 600), -1.0f);
    CHECK(io.DeltaTime > 0.0f);
}

TEST_CASE("A whole ImGui frame runs on the headless backend")
{
    ImGuiContextGuard ctx(/*headless=*/true);
    ImGuiIO& io = ImGui::GetIO();
    unsigned char* pixels = nullptr;
    int width = 0;
    int height = 0;
    io.Fonts->GetTexDataAsRGBA32(&pixels, &width, &height);  // NewFrame() asserts on an unbuilt atlas

    ImGui_ImplSFML_ProcessEvent(MouseMoved(50, 50));
    ImGui_ImplSFML_NewFrame(sf::Vector2u(800, 600), 1.0f / 60.0f);
    ImGui::NewFrame();
    ImGui::Begin("test");
    ImGui::Text("Caffè € àè");
    ImGui::End();
    ImGui::Render();
    CHECK(ImGui::GetDrawData() != nullptr);
    CHECK(ImGui::IsMousePosValid());
}

TEST_CASE("CursorType maps every ImGui cursor shape and hides for None")
{
    sf::Cursor::Type type = sf::Cursor::Wait;
    CHECK(ImGui_ImplSFML_CursorType(ImGuiMouseCursor_Arrow, &type));
    CHECK(type == sf::Cursor::Arrow);
    CHECK(ImGui_ImplSFML_CursorType(ImGuiMouseCursor_TextInput, &type));
    CHECK(type == sf::Cursor::Text);
    CHECK(ImGui_ImplSFML_CursorType(ImGuiMouseCursor_ResizeAll, &type));
    CHECK(type == sf::Cursor::SizeAll);
    CHECK(ImGui_ImplSFML_CursorType(ImGuiMouseCursor_ResizeNS, &type));
    CHECK(type == sf::Cursor::SizeVertical);
    CHECK(ImGui_ImplSFML_CursorType(ImGuiMouseCursor_ResizeEW, &type));
    CHECK(type == sf::Cursor::SizeHorizontal);
    CHECK(ImGui_ImplSFML_CursorType(ImGuiMouseCursor_ResizeNESW, &type));
    CHECK(type == sf::Cursor::SizeBottomLeftTopRight);
    CHECK(ImGui_ImplSFML_CursorType(ImGuiMouseCursor_ResizeNWSE, &type));
    CHECK(type == sf::Cursor::SizeTopLeftBottomRight);
    CHECK(ImGui_ImplSFML_CursorType(ImGuiMouseCursor_Hand, &type));
    CHECK(type == sf::Cursor::Hand);
    CHECK(ImGui_ImplSFML_CursorType(ImGuiMouseCursor_NotAllowed, &type));
    CHECK(type == sf::Cursor::NotAllowed);
    CHECK_FALSE(ImGui_ImplSFML_CursorType(ImGuiMouseCursor_None, &type));
    CHECK_FALSE(ImGui_ImplSFML_CursorType(ImGuiMouseCursor_COUNT, &type));
}
