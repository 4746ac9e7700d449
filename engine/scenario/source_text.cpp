// Reading scenario files safely: everything a YAML parser should never be handed is caught here first.
#include "frontdesk/source_text.h"

#include "frontdesk/utf8.h"
#include "frontdesk/whole_file.h"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>

namespace frontdesk {

namespace {

bool is_continuation(char byte) { return (static_cast<unsigned char>(byte) & 0xC0) == 0x80; }

}  // namespace

SourceText::SourceText(std::string path, std::string text)
    : path_(std::move(path)), text_(std::make_shared<const std::string>(std::move(text))) {
    line_starts_.push_back(0);
    const char* begin = text_->data();
    const char* end = begin + text_->size();
    for (const char* p = begin; (p = static_cast<const char*>(std::memchr(p, '\n', static_cast<std::size_t>(end - p)))) != nullptr;) {
        ++p;
        line_starts_.push_back(static_cast<std::uint32_t>(p - begin));
    }
    // Checkpoints on long lines, so a column costs at most checkpoint_bytes of counting: a hostile file with
    // one huge line and many diagnostics on it must not cost a walk from the line start for each.
    for (std::size_t line = 0; line < line_starts_.size(); ++line) {
        std::size_t first = line_starts_[line], last = line_end(line);
        if (last - first <= checkpoint_bytes) continue;
        if (checkpoints_.empty()) checkpoints_.assign(text_->size() / checkpoint_bytes + 1, 0);
        std::uint32_t characters = 0;
        std::size_t next = (first + checkpoint_bytes - 1) / checkpoint_bytes;
        for (std::size_t i = first; i < last; ++i) {
            if (i == next * checkpoint_bytes) checkpoints_[next++] = characters;
            if (!is_continuation(begin[i])) ++characters;
        }
        // The end of the file belongs to the last line.
        if (line + 1 == line_starts_.size() && next * checkpoint_bytes == last) checkpoints_[next] = characters;
    }
}

std::size_t SourceText::line_end(std::size_t line_index) const {
    return line_index + 1 < line_starts_.size() ? line_starts_[line_index + 1] : text_->size();
}

SourceLocation SourceText::location_of(std::size_t offset) const {
    const std::string& text = *text_;
    offset = std::min(offset, text.size());
    auto next = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
    std::size_t line_index = static_cast<std::size_t>(next - line_starts_.begin()) - 1;
    std::size_t from = line_starts_[line_index];
    std::uint32_t column = 1;
    if (offset - from > checkpoint_bytes && !checkpoints_.empty()) {
        std::size_t checkpoint = offset / checkpoint_bytes;
        from = checkpoint * checkpoint_bytes;
        column += checkpoints_[checkpoint];
    }
    for (std::size_t i = from; i < offset; ++i)
        if (!is_continuation(text[i])) ++column;
    return {static_cast<std::uint32_t>(line_index + 1), column};
}

std::size_t SourceText::offset_of(SourceLocation location) const {
    if (location.line == 0 || location.line > line_starts_.size()) return text_->size();
    const std::string& text = *text_;
    std::size_t line_index = location.line - 1;
    std::size_t i = line_starts_[line_index];
    std::size_t line_stop = line_end(line_index);
    std::size_t end = line_stop > i && text[line_stop - 1] == '\n' ? line_stop - 1 : line_stop;
    std::uint32_t target = location.column > 0 ? location.column - 1 : 0;
    std::uint32_t characters = 0;
    if (line_stop - i > checkpoint_bytes && !checkpoints_.empty()) {
        // The last checkpoint of the line with no more characters before it than the target.
        auto first = checkpoints_.begin() + static_cast<std::ptrdiff_t>(i / checkpoint_bytes + 1);
        auto last = checkpoints_.begin() + static_cast<std::ptrdiff_t>((line_stop - 1) / checkpoint_bytes + 1);
        auto after = std::upper_bound(first, last, target);
        if (after != first) {
            std::size_t checkpoint = static_cast<std::size_t>(after - checkpoints_.begin()) - 1;
            i = checkpoint * checkpoint_bytes;
            characters = checkpoints_[checkpoint];
        }
    }
    for (; i < end; ++i) {
        if (is_continuation(text[i])) continue;
        if (characters == target) break;
        ++characters;
    }
    return i;
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

std::string control_character_message(char32_t code_point) {
    if (code_point == '\r')
        return "carriage return (U+000D) without a line feed after it; save the file with LF or CRLF line endings";
    return "control character " + describe_code_point(code_point) +
           " in the file; delete it (control characters can hide or rewrite what a terminal or the window shows)";
}

std::string too_large(std::size_t size, std::size_t max_bytes) {
    return "file is " + std::to_string(size) + " bytes, over the limit of " + std::to_string(max_bytes) +
           " bytes for a scenario; split it into smaller scenarios";
}

}  // namespace

std::optional<SourceText> check_source_text(std::string path, std::string text, DiagnosticList& diagnostics,
                                            std::size_t max_bytes, std::string_view empty) {
    if (text.size() > max_bytes) {
        diagnostics.error({}, too_large(text.size(), max_bytes));
        return std::nullopt;
    }
    if (text.size() >= 3 && text.compare(0, 3, "\xEF\xBB\xBF") == 0) text.erase(0, 3);

    bool blank = std::all_of(text.begin(), text.end(), [](char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t'; });
    SourceText source(std::move(path), std::move(text));
    if (blank) {
        diagnostics.error({}, std::string(empty.empty() ? scenario_empty_message : empty));
        return std::nullopt;
    }
    const std::string& bytes = source.text();
    // Stop at the first NUL or invalid byte: one clear message beats thousands for a binary file. Control
    // characters are reported one by one, since the rest of the file is still worth checking.
    for (std::size_t i = 0; i < bytes.size();) {
        // Fast path: eight printable ASCII bytes at a time (most of a scenario file).
        if (i + 8 <= bytes.size()) {
            std::uint64_t word;
            std::memcpy(&word, bytes.data() + i, 8);
            constexpr std::uint64_t high = 0x8080808080808080ULL;
            bool ascii = (word & high) == 0;
            bool has_control = ((word - 0x2020202020202020ULL) & ~word & high) != 0;  // a byte below 0x20
            std::uint64_t deletes = word ^ 0x7F7F7F7F7F7F7F7FULL;
            bool has_delete = ((deletes - 0x0101010101010101ULL) & ~deletes & high) != 0;
            if (ascii && !has_control && !has_delete) {
                i += 8;
                continue;
            }
        }
        unsigned char byte = static_cast<unsigned char>(bytes[i]);
        if (byte == 0) {
            diagnostics.error(source.location_of(i), "NUL byte in the file; scenario files are UTF-8 text");
            return std::nullopt;
        }
        if (byte < 0x80) {
            bool line_end = byte == '\n' || (byte == '\r' && i + 1 < bytes.size() && bytes[i + 1] == '\n');
            if ((byte < 0x20 && byte != '\t' && !line_end) || byte == 0x7F)
                diagnostics.error(source.location_of(i), control_character_message(byte));
            ++i;
            continue;
        }
        std::size_t length = utf8_sequence_length(bytes, i);
        if (length == 0) {
            char hex[8];
            std::snprintf(hex, sizeof hex, "0x%02X", static_cast<unsigned char>(bytes[i]));
            diagnostics.error(source.location_of(i), std::string("invalid UTF-8 (byte ") + hex +
                                                         "); save the file as UTF-8 in your editor");
            return std::nullopt;
        }
        char32_t code_point = utf8_code_point(bytes, i, length);
        if (is_control_character(code_point)) diagnostics.error(source.location_of(i), control_character_message(code_point));
        i += length;
    }
    return source;
}

std::optional<SourceText> read_source_file(const std::string& path, DiagnosticList& diagnostics,
                                           std::size_t max_bytes, std::string_view empty) {
    WholeFile file = read_whole_file(path, max_bytes);
    switch (file.problem) {
        case WholeFile::Problem::none: return check_source_text(path, std::move(file.bytes), diagnostics, max_bytes, empty);
        case WholeFile::Problem::cannot_open: diagnostics.error({}, std::string("cannot open: ") + std::strerror(file.error_number)); break;
        case WholeFile::Problem::folder: diagnostics.error({}, "is a directory, not a scenario file"); break;
        case WholeFile::Problem::not_regular: diagnostics.error({}, "is not a regular file"); break;
        case WholeFile::Problem::too_large: diagnostics.error({}, too_large(file.size, max_bytes)); break;
        case WholeFile::Problem::cannot_read: diagnostics.error({}, std::string("cannot read: ") + std::strerror(file.error_number)); break;
        case WholeFile::Problem::changed: diagnostics.error({}, "cannot read the whole file (it changed while being read?)"); break;
    }
    return std::nullopt;
}

}  // namespace frontdesk
