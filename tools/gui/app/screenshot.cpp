#include "app/screenshot.h"

#include <GL/gl.h>

#include <algorithm>
#include <ctime>
#include <vector>

#include "app/png_file.h"

namespace frontdesk::gui {

bool save_screenshot(const std::string& path, int width, int height, std::string& error) {
    if (width <= 0 || height <= 0) {
        error = "the window has no size";
        return false;
    }
    std::vector<unsigned char> pixels(static_cast<std::size_t>(width) * static_cast<std::size_t>(height) * 4);
    glPixelStorei(GL_PACK_ALIGNMENT, 1);
    glReadPixels(0, 0, width, height, GL_RGBA, GL_UNSIGNED_BYTE, pixels.data());
    if (glGetError() != GL_NO_ERROR) {
        error = "reading the frame failed";
        return false;
    }
    // OpenGL's rows start at the bottom; PNG's at the top.
    std::size_t row = static_cast<std::size_t>(width) * 4;
    std::vector<unsigned char> flipped(pixels.size());
    for (int y = 0; y < height; ++y)
        std::copy_n(pixels.data() + static_cast<std::size_t>(height - 1 - y) * row, row, flipped.data() + static_cast<std::size_t>(y) * row);
    std::vector<unsigned char> png = encode_png(flipped, width, height);
    if (png.empty()) {
        error = "the picture could not be encoded as PNG";
        return false;
    }
    error = write_file_checked(path, png);
    return error.empty();
}

std::string timestamped_screenshot_name() {
    std::time_t now = std::time(nullptr);
    char name[64];
    std::strftime(name, sizeof name, "frontdesk-%Y%m%d-%H%M%S.png", std::localtime(&now));
    return name;
}

}  // namespace frontdesk::gui
