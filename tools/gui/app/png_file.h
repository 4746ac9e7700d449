// A PNG file written so that failure is never silent: the image is encoded in memory first (stb), then every
// write, the sync and the close are checked, so a full disk gives a clear message instead of a truncated file.
#pragma once

#include <string>
#include <vector>

namespace frontdesk::gui {

// RGBA pixels, top row first, as a PNG; empty when it cannot be encoded.
std::vector<unsigned char> encode_png(const std::vector<unsigned char>& rgba, int width, int height);

// Writes `bytes` to `path` (created or replaced). Returns what went wrong, naming the path ("cannot write
// /media/usb/shot.png: the disk is full (no space left on device)"), or empty. A regular file left half
// written is removed.
std::string write_file_checked(const std::string& path, const std::vector<unsigned char>& bytes);

}  // namespace frontdesk::gui
