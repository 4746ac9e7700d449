#include "app/png_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include <stb_image_write.h>

namespace frontdesk::gui {

namespace {

std::string reason(int error) {
    if (error == ENOSPC) return "the disk is full (no space left on device)";
    if (error == EDQUOT) return "the disk quota is used up (disk quota exceeded)";
    return std::strerror(error);
}

}  // namespace

std::vector<unsigned char> encode_png(const std::vector<unsigned char>& rgba, int width, int height) {
    std::vector<unsigned char> png;
    if (width <= 0 || height <= 0 || rgba.size() < static_cast<std::size_t>(width) * static_cast<std::size_t>(height) * 4) return png;
    auto append = [](void* context, void* data, int size) {
        auto* out = static_cast<std::vector<unsigned char>*>(context);
        auto* bytes = static_cast<const unsigned char*>(data);
        out->insert(out->end(), bytes, bytes + size);
    };
    if (!stbi_write_png_to_func(append, &png, width, height, 4, rgba.data(), width * 4)) png.clear();
    return png;
}

std::string write_file_checked(const std::string& path, const std::vector<unsigned char>& bytes) {
    int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666);
    if (fd < 0) return "cannot write " + path + ": " + reason(errno);
    struct stat info {};
    bool regular = ::fstat(fd, &info) == 0 && S_ISREG(info.st_mode);
    int error = 0;
    const unsigned char* data = bytes.data();
    std::size_t left = bytes.size();
    while (left > 0) {
        ssize_t written = ::write(fd, data, left);
        if (written < 0 && errno == EINTR) continue;
        if (written < 0) {
            error = errno;
            break;
        }
        data += written;
        left -= static_cast<std::size_t>(written);
    }
    // A file system may only say it is full when the data reaches the disk. (Devices and pipes have nothing
    // to sync.)
    if (error == 0 && regular && ::fsync(fd) != 0) error = errno;
    if (::close(fd) != 0 && error == 0 && errno != EINTR) error = errno;
    if (error == 0) return {};
    if (regular) ::unlink(path.c_str());
    return "cannot write " + path + ": " + reason(error);
}

}  // namespace frontdesk::gui
