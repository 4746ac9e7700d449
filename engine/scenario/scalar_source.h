// Where a scalar's characters sit in the source text, following quotes, escapes, block headers and line
// folding: diagnostics point inside an escaped or multi-line text, and the YAML reader finds where a value
// it has already read ends.
#pragma once

#include <cstddef>
#include <string_view>

namespace frontdesk {

// Offset in `source` of the character at `value_offset` of the scalar that starts at `scalar_offset` and
// whose value (after unquoting, unescaping and folding) is `value`. With value_offset == value.size(), the
// offset just after the value's last character (before a closing quote).
std::size_t scalar_source_offset(std::string_view source, std::size_t scalar_offset, std::string_view value,
                                 std::size_t value_offset);

}  // namespace frontdesk
