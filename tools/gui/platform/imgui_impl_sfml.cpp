// dear imgui: Platform Backend for SFML 2.5 (window module) and Dear ImGui 1.86, written for frontdesk.
// Debian packages no SFML binding for ImGui, so this is the project's own, in the style of imgui's backends:
// all state lives in one struct hung off io.BackendPlatformUserData, and the public functions share the
// ImGui_ImplSFML_ prefix. See imgui_impl_sfml.h for the feature list and the per-frame call order.

#include "imgui_impl_sfml.h"

#include <SFML/System/String.hpp>
#include <SFML/Window/Clipboard.hpp>
#include <SFML/Window/Window.hpp>

#include <cfloat>
#include <cstring>
#include <deque>
#include <memory>
#include <string>

namespace {

// Size of io.KeysDown[] (512 in 1.86); every sf::Keyboard::Key value (0..KeyCount-1) fits.
constexpr int kKeysDownCount = static_cast<int>(sizeof(ImGuiIO::KeysDown) / sizeof(ImGuiIO::KeysDown[0]));
constexpr int kMouseButtonCount = static_cast<int>(sizeof(ImGuiIO::MouseDown) / sizeof(ImGuiIO::MouseDown[0]));
static_assert(sf::Keyboard::KeyCount <= kKeysDownCount, "sf::Keyboard::Key values must fit io.KeysDown[]");

// Held-back events beyond this are applied at once: protects memory if the application polls events
// but stops calling ImGui_ImplSFML_NewFrame() (e.g. while minimised), at the cost of same-frame accuracy.
constexpr std::size_t kMaxHeldBackEvents = 256;

// ImGui requires io.DeltaTime > 0; used when the caller's clock gives 0 (two frames within its resolution),
// a negative value or NaN.
constexpr float kMinDeltaTime = 1.0f / 10000.0f;

struct ImGui_ImplSFML_Data
{
    // Optional: nullptr for a headless backend (unit tests). Clipboard and cursor code is guarded by it.
    sf::Window* Window = nullptr;

    // ImGui 1.86 samples io.KeysDown/io.MouseDown/io.KeyCtrl... once per frame, so a press and its release
    // inside one frame would cancel out and ImGui would never see the click or key (touchpad taps, low frame
    // rate, xdotool), and Ctrl let go just after the A of Ctrl+A would turn it into a plain A. We remember
    // what was pressed since the last NewFrame(); an event that would change the state that goes with such a
    // press (see MustWaitForNextFrame()), and every input event after it (to keep their order), waits in
    // HeldBack until the NewFrame() after the one whose ImGui frame sees the press.
    bool KeyPressedThisFrame[kKeysDownCount] = {};
    bool MousePressedThisFrame[kMouseButtonCount] = {};
    bool AnyPressedThisFrame = false;
    std::deque<sf::Event> HeldBack;

    // Shapes the system could provide (null: fall back to the arrow). Owned by SystemCursor(), see there.
    const sf::Cursor* MouseCursors[ImGuiMouseCursor_COUNT] = {};
    // Last shape handed to the window; ImGuiMouseCursor_COUNT = "none yet", so the first frame always applies.
    ImGuiMouseCursor LastMouseCursor = ImGuiMouseCursor_COUNT;

    // GetClipboardTextFn must return a pointer that stays valid until the next call.
    std::string ClipboardText;
    // Restored on Shutdown, so a context that outlives the backend keeps ImGui's own in-process clipboard.
    const char* (*PrevGetClipboardTextFn)(void*) = nullptr;
    void (*PrevSetClipboardTextFn)(void*, const char*) = nullptr;
};

ImGui_ImplSFML_Data* GetBackendData()
{
    return ImGui::GetCurrentContext() ? static_cast<ImGui_ImplSFML_Data*>(ImGui::GetIO().BackendPlatformUserData)
                                      : nullptr;
}

// The sf::Cursor for an ImGui cursor shape, or null if the system has none. Created on first use and never
// destroyed, on purpose: sf::Window keeps using the last cursor it was given, and SFML's X11 window re-applies
// it when the window is closed or destroyed (WindowImplX11::cleanup() -> XDefineCursor). A cursor freed before
// that - e.g. by ImGui_ImplSFML_Shutdown() while the window, a local in main(), still exists - makes that call
// fail with BadCursor, and Xlib's default error handler then exit()s the program with status 1. Nine cursors
// live for the whole process instead; the X server frees them with the connection.
const sf::Cursor* SystemCursor(ImGuiMouseCursor imgui_cursor)
{
    static sf::Cursor* cursors[ImGuiMouseCursor_COUNT] = {};
    static bool tried[ImGuiMouseCursor_COUNT] = {};
    if (imgui_cursor < 0 || imgui_cursor >= ImGuiMouseCursor_COUNT)
        return nullptr;
    if (!tried[imgui_cursor])
    {
        tried[imgui_cursor] = true;
        sf::Cursor::Type type;
        if (ImGui_ImplSFML_CursorType(imgui_cursor, &type))
        {
            auto cursor = std::make_unique<sf::Cursor>();
            if (cursor->loadFromSystem(type))
                cursors[imgui_cursor] = cursor.release();  // intentionally leaked, see above
        }
    }
    return cursors[imgui_cursor];
}

const char* GetClipboardText(void*)
{
    ImGui_ImplSFML_Data* bd = GetBackendData();
    const std::basic_string<sf::Uint8> utf8 = sf::Clipboard::getString().toUtf8();
    bd->ClipboardText.assign(utf8.begin(), utf8.end());
    return bd->ClipboardText.c_str();
}

void SetClipboardText(void*, const char* text)
{
    // ImGui hands us UTF-8; sf::String stores UTF-32, so decode explicitly (its const char* constructor would
    // use the current locale instead).
    sf::Clipboard::setString(sf::String::fromUtf8(text, text + std::strlen(text)));
}

enum class EventKind { Keyboard, Mouse, Focus, Other };

EventKind Classify(const sf::Event& event)
{
    switch (event.type)
    {
        case sf::Event::KeyPressed:
        case sf::Event::KeyReleased:
        case sf::Event::TextEntered:
            return EventKind::Keyboard;
        case sf::Event::MouseMoved:
        case sf::Event::MouseButtonPressed:
        case sf::Event::MouseButtonReleased:
        case sf::Event::MouseWheelScrolled:
        case sf::Event::MouseWheelMoved:
        case sf::Event::MouseEntered:
        case sf::Event::MouseLeft:
            return EventKind::Mouse;
        case sf::Event::LostFocus:
        case sf::Event::GainedFocus:
            return EventKind::Focus;
        default:
            return EventKind::Other;
    }
}

// Text characters ImGui should receive. Control characters are dropped: Enter, Tab, Backspace, Escape and
// Ctrl+letter also arrive as TextEntered on X11/Windows, but ImGui handles those through io.KeyMap, and
// passing them on would e.g. insert a raw '\r' or '\b' into text fields. Surrogates and values beyond
// Unicode are invalid code points that a broken input method could send.
bool IsTextCharacter(sf::Uint32 c)
{
    if (c < 0x20 || c == 0x7F)
        return false;
    if (c >= 0xD800 && c <= 0xDFFF)
        return false;
    return c <= 0x10FFFF;
}

struct Modifiers
{
    bool Ctrl, Shift, Alt, Super;
    bool operator==(const Modifiers& o) const
    {
        return Ctrl == o.Ctrl && Shift == o.Shift && Alt == o.Alt && Super == o.Super;
    }
};

Modifiers CurrentModifiers(const ImGuiIO& io)
{
    return {io.KeyCtrl, io.KeyShift, io.KeyAlt, io.KeySuper};
}

// Whether `key` is down once the key event `event` has been applied.
bool IsDownAfter(const ImGuiIO& io, const sf::Event& event, sf::Keyboard::Key key)
{
    if (key == event.key.code)
        return event.type == sf::Event::KeyPressed;
    const int index = ImGui_ImplSFML_KeyIndex(key);
    return index >= 0 && io.KeysDown[index];
}

// The modifier state once the key event `event` has been applied: the event's flags, except that a modifier
// key's own event is judged by the keys themselves. On X11 the flags describe the state from *before* the
// event: pressing Ctrl says control=false and releasing it says control=true, which would leave Ctrl stuck
// (e.g. for Ctrl+click) until the next key event.
Modifiers ModifiersAfter(const ImGuiIO& io, const sf::Event& event)
{
    Modifiers m{event.key.control, event.key.shift, event.key.alt, event.key.system};
    switch (event.key.code)
    {
        case sf::Keyboard::LControl:
        case sf::Keyboard::RControl:
            m.Ctrl = IsDownAfter(io, event, sf::Keyboard::LControl) || IsDownAfter(io, event, sf::Keyboard::RControl);
            break;
        case sf::Keyboard::LShift:
        case sf::Keyboard::RShift:
            m.Shift = IsDownAfter(io, event, sf::Keyboard::LShift) || IsDownAfter(io, event, sf::Keyboard::RShift);
            break;
        case sf::Keyboard::LAlt:
        case sf::Keyboard::RAlt:
            m.Alt = IsDownAfter(io, event, sf::Keyboard::LAlt) || IsDownAfter(io, event, sf::Keyboard::RAlt);
            break;
        case sf::Keyboard::LSystem:
        case sf::Keyboard::RSystem:
            m.Super = IsDownAfter(io, event, sf::Keyboard::LSystem) || IsDownAfter(io, event, sf::Keyboard::RSystem);
            break;
        default:
            break;
    }
    return m;
}

// True when applying the event now would change, before ImGui::NewFrame() sampled it, the state that goes with
// a press made since the last ImGui_ImplSFML_NewFrame(): the release of that very key/button; any modifier
// change, since ImGui must see the press with the modifiers it was made with (xdotool and fast fingers let
// go of Ctrl before the letter of Ctrl+A, within one frame); focus loss, which releases everything.
bool MustWaitForNextFrame(const ImGuiIO& io, const ImGui_ImplSFML_Data& bd, const sf::Event& event)
{
    if (!bd.AnyPressedThisFrame)
        return false;
    switch (event.type)
    {
        case sf::Event::KeyPressed:
        case sf::Event::KeyReleased:
        {
            const int index = ImGui_ImplSFML_KeyIndex(event.key.code);
            if (event.type == sf::Event::KeyReleased && index >= 0 && bd.KeyPressedThisFrame[index])
                return true;
            return !(ModifiersAfter(io, event) == CurrentModifiers(io));
        }
        case sf::Event::MouseButtonReleased:
        {
            const int button = ImGui_ImplSFML_MouseButtonIndex(event.mouseButton.button);
            return button >= 0 && bd.MousePressedThisFrame[button];
        }
        case sf::Event::LostFocus:
            return true;
        default:
            return false;
    }
}

void ReleaseAllInputs(ImGuiIO& io)
{
    for (bool& down : io.KeysDown)
        down = false;
    for (bool& down : io.MouseDown)
        down = false;
    io.KeyCtrl = io.KeyShift = io.KeyAlt = io.KeySuper = false;
}

// Writes one event into io. bd may be null (no Init()): then nothing is remembered for same-frame handling.
void ApplyEvent(ImGuiIO& io, ImGui_ImplSFML_Data* bd, const sf::Event& event)
{
    switch (event.type)
    {
        case sf::Event::KeyPressed:
        case sf::Event::KeyReleased:
        {
            const bool down = event.type == sf::Event::KeyPressed;
            const Modifiers m = ModifiersAfter(io, event);
            io.KeyCtrl = m.Ctrl;
            io.KeyShift = m.Shift;
            io.KeyAlt = m.Alt;
            io.KeySuper = m.Super;
            // Unknown keys (-1) still carry valid modifier flags, so only the array write is skipped.
            const int index = ImGui_ImplSFML_KeyIndex(event.key.code);
            if (index >= 0)
            {
                io.KeysDown[index] = down;
                if (down && bd)
                    bd->KeyPressedThisFrame[index] = bd->AnyPressedThisFrame = true;
            }
            break;
        }
        case sf::Event::TextEntered:
            if (IsTextCharacter(event.text.unicode))
                io.AddInputCharacter(event.text.unicode);
            break;
        case sf::Event::MouseMoved:
            io.MousePos = ImVec2(static_cast<float>(event.mouseMove.x), static_cast<float>(event.mouseMove.y));
            break;
        case sf::Event::MouseButtonPressed:
        case sf::Event::MouseButtonReleased:
        {
            // The button event carries the position: a click without a preceding move (first click after
            // the window appears, synthetic input) still lands where it happened.
            io.MousePos = ImVec2(static_cast<float>(event.mouseButton.x), static_cast<float>(event.mouseButton.y));
            const ImGuiMouseButton button = ImGui_ImplSFML_MouseButtonIndex(event.mouseButton.button);
            if (button >= 0)
            {
                const bool down = event.type == sf::Event::MouseButtonPressed;
                io.MouseDown[button] = down;
                if (down && bd)
                    bd->MousePressedThisFrame[button] = bd->AnyPressedThisFrame = true;
            }
            break;
        }
        case sf::Event::MouseWheelScrolled:
            // SFML and ImGui agree on signs: vertical > 0 scrolls up, horizontal > 0 scrolls left
            // (SFML maps X11 button 6 and a negative WM_MOUSEHWHEEL to +1), so the delta passes unchanged.
            // Deltas add up because several wheel events can arrive within one frame.
            if (event.mouseWheelScroll.wheel == sf::Mouse::HorizontalWheel)
                io.MouseWheelH += event.mouseWheelScroll.delta;
            else
                io.MouseWheel += event.mouseWheelScroll.delta;
            break;
        case sf::Event::MouseLeft:
            // ImGui's "no mouse" position: nothing stays hovered while the pointer is elsewhere.
            io.MousePos = ImVec2(-FLT_MAX, -FLT_MAX);
            break;
        case sf::Event::LostFocus:
            io.AddFocusEvent(false);
            // We will not see the releases of keys/buttons let go in another window (e.g. Alt of Alt+Tab):
            // drop everything now instead of leaving it stuck down.
            ReleaseAllInputs(io);
            break;
        case sf::Event::GainedFocus:
            io.AddFocusEvent(true);
            break;
        default:
            break;
    }
}

void UpdateMouseCursor(ImGui_ImplSFML_Data& bd, sf::Window& window)
{
    ImGuiIO& io = ImGui::GetIO();
    if (io.ConfigFlags & ImGuiConfigFlags_NoMouseCursorChange)
    {
        // The application owns the cursor now; re-apply ours once it hands it back.
        bd.LastMouseCursor = ImGuiMouseCursor_COUNT;
        return;
    }
    // GetMouseCursor() is reset by ImGui::NewFrame(), so here it still holds the previous frame's request,
    // which is what the pointer is over right now.
    ImGuiMouseCursor cursor = ImGui::GetMouseCursor();
    if (io.MouseDrawCursor)
        cursor = ImGuiMouseCursor_None;  // ImGui draws a software cursor: hide the OS one
    if (cursor == bd.LastMouseCursor)
        return;  // setMouseCursor() talks to the X server: only call it on change
    bd.LastMouseCursor = cursor;

    if (cursor < 0 || cursor >= ImGuiMouseCursor_COUNT)
    {
        window.setMouseCursorVisible(false);
        return;
    }
    // A shape the system could not provide falls back to the arrow.
    const sf::Cursor* shape = bd.MouseCursors[cursor];
    if (!shape)
        shape = bd.MouseCursors[ImGuiMouseCursor_Arrow];
    if (shape)
        window.setMouseCursor(*shape);
    window.setMouseCursorVisible(true);
}

}  // namespace

// Backend API -------------------------------------------------------------------------------------------------

bool ImGui_ImplSFML_Init(sf::Window& window)
{
    return ImGui_ImplSFML_Init(&window);
}

bool ImGui_ImplSFML_Init(sf::Window* window)
{
    IM_ASSERT(ImGui::GetCurrentContext() != nullptr && "Create the ImGui context before ImGui_ImplSFML_Init()");
    ImGuiIO& io = ImGui::GetIO();
    IM_ASSERT(io.BackendPlatformUserData == nullptr && "Already initialized a platform backend!");

    auto* bd = new ImGui_ImplSFML_Data();
    bd->Window = window;
    io.BackendPlatformUserData = bd;
    io.BackendPlatformName = "imgui_impl_sfml (frontdesk)";
    ImGui_ImplSFML_SetKeyMap(io);

    if (window)
    {
        // sf::Cursor and sf::Clipboard need the X display, so a headless backend leaves both alone and keeps
        // ImGui's in-process clipboard.
        for (ImGuiMouseCursor c = 0; c < ImGuiMouseCursor_COUNT; ++c)
            bd->MouseCursors[c] = SystemCursor(c);
        // SFML 2.5 on X11 has no diagonal resize cursors (loadFromSystem() fails for them); the four-way
        // arrow still says "resize" at a window corner, which the plain arrow would not.
        for (ImGuiMouseCursor c : {ImGuiMouseCursor_ResizeNESW, ImGuiMouseCursor_ResizeNWSE})
            if (!bd->MouseCursors[c])
                bd->MouseCursors[c] = bd->MouseCursors[ImGuiMouseCursor_ResizeAll];
        io.BackendFlags |= ImGuiBackendFlags_HasMouseCursors;

        bd->PrevGetClipboardTextFn = io.GetClipboardTextFn;
        bd->PrevSetClipboardTextFn = io.SetClipboardTextFn;
        io.GetClipboardTextFn = GetClipboardText;
        io.SetClipboardTextFn = SetClipboardText;
    }
    return true;
}

void ImGui_ImplSFML_Shutdown()
{
    ImGui_ImplSFML_Data* bd = GetBackendData();
    IM_ASSERT(bd != nullptr && "No platform backend to shutdown, or already shutdown?");
    ImGuiIO& io = ImGui::GetIO();

    if (bd->Window)
    {
        io.GetClipboardTextFn = bd->PrevGetClipboardTextFn;
        io.SetClipboardTextFn = bd->PrevSetClipboardTextFn;
    }
    io.BackendFlags &= ~ImGuiBackendFlags_HasMouseCursors;
    io.BackendPlatformName = nullptr;
    io.BackendPlatformUserData = nullptr;
    // The window may live on (and keep showing our last cursor): the cursors themselves stay alive, see
    // SystemCursor().
    delete bd;
}

bool ImGui_ImplSFML_ProcessEvent(const sf::Event& event)
{
    IM_ASSERT(ImGui::GetCurrentContext() != nullptr && "ImGui_ImplSFML_ProcessEvent() needs a current ImGui context");
    ImGuiIO& io = ImGui::GetIO();
    ImGui_ImplSFML_Data* bd = GetBackendData();

    const EventKind kind = Classify(event);
    if (kind == EventKind::Other)
        return false;  // Resized, Closed, joystick...: the size is read from the window in NewFrame()

    // SFML 2.5 still sends the deprecated MouseWheelMoved next to every vertical MouseWheelScrolled; using
    // both would scroll twice as far. It is a mouse event though, so the capture answer still applies.
    if (event.type != sf::Event::MouseWheelMoved)
    {
        if (bd && (!bd->HeldBack.empty() || MustWaitForNextFrame(io, *bd, event)))
        {
            bd->HeldBack.push_back(event);
            if (bd->HeldBack.size() > kMaxHeldBackEvents)
            {
                for (const sf::Event& held : bd->HeldBack)
                    ApplyEvent(io, bd, held);
                bd->HeldBack.clear();
            }
        }
        else
        {
            ApplyEvent(io, bd, event);
        }
    }

    // The flags come from the last ImGui::NewFrame(); that is the documented contract in 1.86.
    switch (kind)
    {
        case EventKind::Keyboard: return io.WantCaptureKeyboard;
        case EventKind::Mouse:    return io.WantCaptureMouse;
        default:                  return false;
    }
}

void ImGui_ImplSFML_NewFrame(sf::Vector2u display_size, float delta_seconds)
{
    IM_ASSERT(ImGui::GetCurrentContext() != nullptr && "ImGui_ImplSFML_NewFrame() needs a current ImGui context");
    ImGuiIO& io = ImGui::GetIO();

    // Read every frame rather than on Resized: cheap, and correct even if the application drops events.
    io.DisplaySize = ImVec2(static_cast<float>(display_size.x), static_cast<float>(display_size.y));
    io.DisplayFramebufferScale = ImVec2(1.0f, 1.0f);  // SFML 2.5 sizes are framebuffer pixels
    io.DeltaTime = delta_seconds > 0.0f ? delta_seconds : kMinDeltaTime;  // also catches NaN

    ImGui_ImplSFML_Data* bd = GetBackendData();
    if (!bd)
        return;

    // Replay held-back events in order. Those about presses ImGui sampled in an earlier frame go through; replay
    // stops at the first event that would spoil a press made since the last NewFrame() (including one replayed
    // just now), because ImGui::NewFrame(), called right after us, has not seen that press yet.
    while (!bd->HeldBack.empty() && !MustWaitForNextFrame(io, *bd, bd->HeldBack.front()))
    {
        ApplyEvent(io, bd, bd->HeldBack.front());
        bd->HeldBack.pop_front();
    }
    // ImGui::NewFrame() is about to sample the current state, so from here on every press counts as seen.
    for (bool& pressed : bd->KeyPressedThisFrame)
        pressed = false;
    for (bool& pressed : bd->MousePressedThisFrame)
        pressed = false;
    bd->AnyPressedThisFrame = false;
}

bool ImGui_ImplSFML_HasPendingInput()
{
    const ImGui_ImplSFML_Data* bd = GetBackendData();
    return bd && !bd->HeldBack.empty();
}

void ImGui_ImplSFML_NewFrame(sf::Window& window, float delta_seconds)
{
    ImGui_ImplSFML_NewFrame(window.getSize(), delta_seconds);
    ImGui_ImplSFML_Data* bd = GetBackendData();
    IM_ASSERT(bd != nullptr && "Did you call ImGui_ImplSFML_Init()?");
    if (bd && bd->Window)
        UpdateMouseCursor(*bd, window);
}

// Pure translation helpers ------------------------------------------------------------------------------------

int ImGui_ImplSFML_KeyIndex(sf::Keyboard::Key key)
{
    // io.KeysDown[] is ours to index as we like (1.86): the SFML key value itself keeps the mapping trivial and
    // lets the application call ImGui::IsKeyDown(sf::Keyboard::F1).
    const int index = static_cast<int>(key);
    return (index >= 0 && index < kKeysDownCount) ? index : -1;
}

void ImGui_ImplSFML_SetKeyMap(ImGuiIO& io)
{
    io.KeyMap[ImGuiKey_Tab] = ImGui_ImplSFML_KeyIndex(sf::Keyboard::Tab);
    io.KeyMap[ImGuiKey_LeftArrow] = ImGui_ImplSFML_KeyIndex(sf::Keyboard::Left);
    io.KeyMap[ImGuiKey_RightArrow] = ImGui_ImplSFML_KeyIndex(sf::Keyboard::Right);
    io.KeyMap[ImGuiKey_UpArrow] = ImGui_ImplSFML_KeyIndex(sf::Keyboard::Up);
    io.KeyMap[ImGuiKey_DownArrow] = ImGui_ImplSFML_KeyIndex(sf::Keyboard::Down);
    io.KeyMap[ImGuiKey_PageUp] = ImGui_ImplSFML_KeyIndex(sf::Keyboard::PageUp);
    io.KeyMap[ImGuiKey_PageDown] = ImGui_ImplSFML_KeyIndex(sf::Keyboard::PageDown);
    io.KeyMap[ImGuiKey_Home] = ImGui_ImplSFML_KeyIndex(sf::Keyboard::Home);
    io.KeyMap[ImGuiKey_End] = ImGui_ImplSFML_KeyIndex(sf::Keyboard::End);
    io.KeyMap[ImGuiKey_Insert] = ImGui_ImplSFML_KeyIndex(sf::Keyboard::Insert);
    io.KeyMap[ImGuiKey_Delete] = ImGui_ImplSFML_KeyIndex(sf::Keyboard::Delete);
    io.KeyMap[ImGuiKey_Backspace] = ImGui_ImplSFML_KeyIndex(sf::Keyboard::Backspace);
    io.KeyMap[ImGuiKey_Space] = ImGui_ImplSFML_KeyIndex(sf::Keyboard::Space);
    io.KeyMap[ImGuiKey_Enter] = ImGui_ImplSFML_KeyIndex(sf::Keyboard::Enter);
    io.KeyMap[ImGuiKey_Escape] = ImGui_ImplSFML_KeyIndex(sf::Keyboard::Escape);
    // SFML 2.5 reports the keypad Enter as sf::Keyboard::Enter; there is no separate code to map.
    io.KeyMap[ImGuiKey_KeyPadEnter] = ImGui_ImplSFML_KeyIndex(sf::Keyboard::Enter);
    io.KeyMap[ImGuiKey_A] = ImGui_ImplSFML_KeyIndex(sf::Keyboard::A);
    io.KeyMap[ImGuiKey_C] = ImGui_ImplSFML_KeyIndex(sf::Keyboard::C);
    io.KeyMap[ImGuiKey_V] = ImGui_ImplSFML_KeyIndex(sf::Keyboard::V);
    io.KeyMap[ImGuiKey_X] = ImGui_ImplSFML_KeyIndex(sf::Keyboard::X);
    io.KeyMap[ImGuiKey_Y] = ImGui_ImplSFML_KeyIndex(sf::Keyboard::Y);
    io.KeyMap[ImGuiKey_Z] = ImGui_ImplSFML_KeyIndex(sf::Keyboard::Z);
}

ImGuiMouseButton ImGui_ImplSFML_MouseButtonIndex(sf::Mouse::Button button)
{
    switch (button)
    {
        case sf::Mouse::Left:     return ImGuiMouseButton_Left;
        case sf::Mouse::Right:    return ImGuiMouseButton_Right;
        case sf::Mouse::Middle:   return ImGuiMouseButton_Middle;
        case sf::Mouse::XButton1: return 3;
        case sf::Mouse::XButton2: return 4;
        default:                  return -1;
    }
}

bool ImGui_ImplSFML_CursorType(ImGuiMouseCursor imgui_cursor, sf::Cursor::Type* out_type)
{
    sf::Cursor::Type type;
    switch (imgui_cursor)
    {
        case ImGuiMouseCursor_Arrow:      type = sf::Cursor::Arrow; break;
        case ImGuiMouseCursor_TextInput:  type = sf::Cursor::Text; break;
        case ImGuiMouseCursor_ResizeAll:  type = sf::Cursor::SizeAll; break;
        case ImGuiMouseCursor_ResizeNS:   type = sf::Cursor::SizeVertical; break;
        case ImGuiMouseCursor_ResizeEW:   type = sf::Cursor::SizeHorizontal; break;
        case ImGuiMouseCursor_ResizeNESW: type = sf::Cursor::SizeBottomLeftTopRight; break;
        case ImGuiMouseCursor_ResizeNWSE: type = sf::Cursor::SizeTopLeftBottomRight; break;
        case ImGuiMouseCursor_Hand:       type = sf::Cursor::Hand; break;
        case ImGuiMouseCursor_NotAllowed: type = sf::Cursor::NotAllowed; break;
        default:                          return false;  // ImGuiMouseCursor_None: hide instead
    }
    if (out_type)
        *out_type = type;
    return true;
}
