// Saving what the window shows as a PNG: read back the frame just rendered, flip it, encode it and write it
// with every step checked (a full disk is a clear error, never a truncated file).
#pragma once

#include <string>

namespace frontdesk::gui {

// Reads the current framebuffer (width x height) and writes it to `path`. Returns false with `error` set.
bool save_screenshot(const std::string& path, int width, int height, std::string& error);

// "frontdesk-YYYYMMDD-HHMMSS.png" in the current folder, for F12.
std::string timestamped_screenshot_name();

}  // namespace frontdesk::gui
