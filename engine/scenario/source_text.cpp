// Reading scenario files safely: everything a YAML parser should never be handed is caught here first.
#include "frontdesk/source_text.h"

#include "frontdesk/utf8.h"

#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>

namespace frontdesk {

SourceText::SourceText(std::string path, std::string text)
    : path_(std::move(path)), text_(std::make_shared<const std::string>(std::move(text))) {
    line_starts_.push_back(0);
    const char* begin = text_->data();
    const char* end = begin + text_->size();
    for (const char* p = begin; (p = static_cast<const char*>(std::memchr(p, '\n', static_cast<std::size_t>(end - p)))) != nullptr;) {
        ++p;
        line_starts_.push_back(static_cast<std::uint32_t>(p - begin));
    }
}

SourceLocation SourceText::location_of(std::size_t offset) const {
    const std::string& text = *text_;
    offset = std::min(offset, text.size());
    auto next = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
    std::size_t line_index = static_cast<std::size_t>(next - line_starts_.begin()) - 1;
    std::uint32_t column = 1;
    for (std::size_t i = line_starts_[line_index]; i < offset; ++i) {
        if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++column;
    }
    return {static_cast<std::uint32_t>(line_index + 1), column};
}

std::size_t SourceText::line_start(std::uint32_t line) const {
    if (line == 0 || line > line_starts_.size()) return text_->size();
    return line_starts_[line - 1];
}

std::string_view SourceText::line_text(std::uint32_t line) const {
    if (line == 0 || line > line_starts_.size()) return {};
    std::size_t begin = line_starts_[line - 1];
    std::size_t end = line < line_starts_.size() ? line_starts_[line] : text_->size();
    std::string_view view(text_->data() + begin, end - begin);
    while (!view.empty() && (view.back() == '\n' || view.back() == '\r')) view.remove_suffix(1);
    return view;
}

namespace {

std::string too_large(std::size_t size, std::size_t max_bytes) {
    return "file is " + std::to_string(size) + " bytes, over the limit of " + std::to_string(max_bytes) +
           " bytes for a scenario; split it into smaller scenarios";
}

}  // namespace

std::optional<SourceText> check_source_text(std::string path, std::string text, DiagnosticList& diagnostics,
                                            std::size_t max_bytes) {
    if (text.size() > max_bytes) {
        diagnostics.error({}, too_large(text.size(), max_bytes));
        return std::nullopt;
    }
    if (text.size() >= 3 && text.compare(0, 3, "\xEF\xBB\xBF") == 0) text.erase(0, 3);

    bool blank = std::all_of(text.begin(), text.end(), [](char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t'; });
    SourceText source(std::move(path), std::move(text));
    if (blank) {
        diagnostics.error({}, "file is empty; a scenario starts with 'format: 1' (see scenarios/README.md)");
        return std::nullopt;
    }
    const std::string& bytes = source.text();
    // Stop at the first bad byte: one clear message beats thousands for a binary file.
    for (std::size_t i = 0; i < bytes.size();) {
        // Fast path: eight ASCII bytes without a NUL at a time (almost all of a scenario file).
        if (i + 8 <= bytes.size()) {
            std::uint64_t word;
            std::memcpy(&word, bytes.data() + i, 8);
            bool ascii = (word & 0x8080808080808080ULL) == 0;
            bool has_nul = ((word - 0x0101010101010101ULL) & ~word & 0x8080808080808080ULL) != 0;
            if (ascii && !has_nul) {
                i += 8;
                continue;
            }
        }
        if (bytes[i] == '\0') {
            diagnostics.error(source.location_of(i), "NUL byte in the file; scenario files are UTF-8 text");
            return std::nullopt;
        }
        std::size_t length = utf8_sequence_length(bytes, i);
        if (length == 0) {
            char hex[8];
            std::snprintf(hex, sizeof hex, "0x%02X", static_cast<unsigned char>(bytes[i]));
            diagnostics.error(source.location_of(i), std::string("invalid UTF-8 (byte ") + hex +
                                                         "); save the file as UTF-8 in your editor");
            return std::nullopt;
        }
        i += length;
    }
    return source;
}

std::optional<SourceText> read_source_file(const std::string& path, DiagnosticList& diagnostics,
                                           std::size_t max_bytes) {
    struct stat info {};
    if (::stat(path.c_str(), &info) != 0) {
        diagnostics.error({}, std::string("cannot open: ") + std::strerror(errno));
        return std::nullopt;
    }
    if (S_ISDIR(info.st_mode)) {
        diagnostics.error({}, "is a directory, not a scenario file");
        return std::nullopt;
    }
    if (!S_ISREG(info.st_mode)) {
        diagnostics.error({}, "is not a regular file");
        return std::nullopt;
    }
    if (static_cast<std::size_t>(info.st_size) > max_bytes) {
        diagnostics.error({}, too_large(static_cast<std::size_t>(info.st_size), max_bytes));
        return std::nullopt;
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        diagnostics.error({}, std::string("cannot read: ") + std::strerror(errno));
        return std::nullopt;
    }
    std::string text;
    text.resize(static_cast<std::size_t>(info.st_size));
    in.read(text.data(), static_cast<std::streamsize>(text.size()));
    if (in.gcount() != static_cast<std::streamsize>(text.size())) {
        diagnostics.error({}, "cannot read the whole file (it changed while being read?)");
        return std::nullopt;
    }
    return check_source_text(path, std::move(text), diagnostics, max_bytes);
}

}  // namespace frontdesk
