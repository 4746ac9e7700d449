// Where things sit in a scenario file's bytes: the span of a written value (quotes and block headers
// included), the end of a map or list however deeply it nests, the lines around an offset, and a value found
// by its key path. The editor rewrites exactly these bytes and nothing around them.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "frontdesk/yaml_document.h"

namespace frontdesk::edit_detail {

using Index = YamlDocument::Index;

struct Span {
    std::size_t begin = 0;
    std::size_t end = 0;
};

// The bytes of a scalar as written: `"a \"b\""` with its quotes, `'it''s'`, a plain word, a `|` block.
Span scalar_span(const YamlDocument& doc, std::string_view text, Index scalar);
// Just past the last byte of a value: a scalar's closing quote, a [list] or {map}'s bracket, or the last
// value of a block map or list.
std::size_t value_end(const YamlDocument& doc, std::string_view text, Index value);
// Whether a map or list is written with brackets.
bool is_flow(const YamlDocument& doc, std::string_view text, Index container);

std::size_t line_start(std::string_view text, std::size_t offset);
// The offset of the line break ending offset's line (text.size() on the last line without one).
std::size_t line_end(std::string_view text, std::size_t offset);
// Whether only spaces come before offset on its line.
bool starts_its_line(std::string_view text, std::size_t offset);
// Spaces as wide as the bytes before offset on its line ("  - " gives four spaces).
std::string indent_at(std::string_view text, std::size_t offset);

// A map's entry by key.
struct Entry {
    Index key = 0;
    Index value = 0;
};
std::optional<Entry> find_entry(const YamlDocument& doc, Index map, std::string_view key);
std::vector<Entry> entries_of(const YamlDocument& doc, Index map);
std::vector<Index> items_of(const YamlDocument& doc, Index sequence);
std::vector<std::string> keys_of(const YamlDocument& doc, Index map);

}  // namespace frontdesk::edit_detail
