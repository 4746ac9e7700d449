// Where a scalar's characters sit in the source text, following quotes, escapes, block headers and line
// folding: diagnostics point inside an escaped or multi-line text, and the YAML reader finds where a value
// it has already read ends.
#pragma once

#include <cstddef>
#include <string_view>

namespace frontdesk {

// Walks one scalar's source and value side by side. Asking for increasing value offsets continues the walk,
// so locating every character of a long text costs one pass, not one pass per character.
class ScalarWalk {
public:
    // The scalar starts at `scalar_offset` in `source`; `value` is what it means (unquoted, unescaped, folded).
    ScalarWalk(std::string_view source, std::size_t scalar_offset, std::string_view value);

    // Offset in the source of the character at `value_offset` (at least the previous call's); with
    // value_offset == value.size(), the offset just after the value's last character (before a closing quote).
    std::size_t source_offset(std::size_t value_offset);

private:
    std::string_view text_;
    std::string_view value_;
    std::size_t i_;       // in the source
    std::size_t j_ = 0;   // in the value
    char quote_ = 0;
};

// One lookup: ScalarWalk(...).source_offset(value_offset).
std::size_t scalar_source_offset(std::string_view source, std::size_t scalar_offset, std::string_view value,
                                 std::size_t value_offset);

}  // namespace frontdesk
