#include "platform/display.h"

#include <X11/Xlib.h>

#include <cstdlib>

namespace frontdesk::gui {

std::string display_problem() {
    const char* name = std::getenv("DISPLAY");
    const char* wayland = std::getenv("WAYLAND_DISPLAY");
    if (Display* display = XOpenDisplay(nullptr)) {
        XCloseDisplay(display);
        return {};
    }
    std::string what = (name == nullptr || *name == '\0')
                           ? std::string("no graphical display to open the window on (DISPLAY is not set)")
                           : "cannot open the window on the display '" + std::string(name) + "' (it does not answer)";
    std::string advice = (wayland != nullptr && *wayland != '\0')
                             ? "Start it from the desktop with XWayland enabled"
                             : "Start it from a desktop session";
    return what + ". " + advice +
           ", or practise in the terminal with 'frontdesk play SCENARIO' (the same scenarios and results).";
}

}  // namespace frontdesk::gui
