// Walking a scalar's source and its value side by side.
#include "frontdesk/scalar_source.h"

namespace frontdesk {

ScalarWalk::ScalarWalk(std::string_view source, std::size_t scalar_offset, std::string_view value)
    : text_(source), value_(value), i_(scalar_offset) {
    if (i_ < text_.size() && (text_[i_] == '"' || text_[i_] == '\'')) {
        quote_ = text_[i_++];
    } else if (i_ < text_.size() && (text_[i_] == '|' || text_[i_] == '>')) {
        while (i_ < text_.size() && text_[i_] != '\n') ++i_;  // skip the block header line
    }
}

std::size_t ScalarWalk::source_offset(std::size_t value_offset) {
    const std::string_view text = text_, value = value_;
    std::size_t& i = i_;
    std::size_t& j = j_;
    while (j < value_offset && j < value.size() && i < text.size()) {
        char c = text[i];
        if (quote_ == '"' && c == '\\' && i + 1 < text.size()) {
            char kind = text[i + 1];
            i += kind == 'x' ? 4 : kind == 'u' ? 6 : kind == 'U' ? 10 : 2;
            // A multi-byte character from \u escapes occupies several value bytes.
            while (++j < value.size() && (static_cast<unsigned char>(value[j]) & 0xC0) == 0x80) {}
            continue;
        }
        if (quote_ == '\'' && c == '\'' && i + 1 < text.size() && text[i + 1] == '\'') {
            i += 2;
            ++j;
            continue;
        }
        if (c == value[j]) {
            ++i;
            ++j;
            continue;
        }
        // Line breaks and indentation folded away (or into one space) by YAML.
        if (c == '\n' || c == '\r' || c == ' ' || c == '\t') {
            ++i;
            continue;
        }
        break;  // something this walk does not model: stop at the best place found
    }
    // Land on the character itself, not on indentation before it.
    while (i < text.size() && j < value.size() && text[i] != value[j] && (text[i] == ' ' || text[i] == '\n' || text[i] == '\r'))
        ++i;
    return i;
}

std::size_t scalar_source_offset(std::string_view source, std::size_t scalar_offset, std::string_view value,
                                 std::size_t value_offset) {
    return ScalarWalk(source, scalar_offset, value).source_offset(value_offset);
}

}  // namespace frontdesk
