// Spans of values in a scenario file's bytes.
#include "yaml_spans.h"

#include "frontdesk/scalar_source.h"

namespace frontdesk::edit_detail {

Span scalar_span(const YamlDocument& doc, std::string_view text, Index scalar) {
    const YamlDocument::Node& node = doc.node(scalar);
    std::size_t begin = node.offset;
    if (node.kind != YamlDocument::Kind::scalar) return {begin, begin};
    char first = begin < text.size() ? text[begin] : 0;
    std::size_t end;
    if (node.in_source) {
        end = node.text_begin + node.text_size;
    } else {
        end = scalar_source_offset(text, begin, doc.text(scalar), node.text_size);
    }
    if ((first == '"' || first == '\'') && end < text.size() && text[end] == first) ++end;
    if (first == '|' || first == '>') {
        // A block ends with its last line of text; the line break after it belongs to what follows.
        while (end > begin && (text[end - 1] == '\n' || text[end - 1] == '\r')) --end;
    }
    return {begin, end};
}

bool is_flow(const YamlDocument& doc, std::string_view text, Index container) {
    std::size_t at = doc.node(container).offset;
    return at < text.size() && (text[at] == '{' || text[at] == '[');
}

// After the last value of a [list] or {map}, past spaces, commas, line breaks and comments, to its bracket.
static std::size_t closing_bracket(std::string_view text, std::size_t from, char bracket) {
    for (std::size_t i = from; i < text.size(); ++i) {
        char c = text[i];
        if (c == bracket) return i + 1;
        if (c == '#') {
            while (i < text.size() && text[i] != '\n') ++i;
            continue;
        }
        if (c != ' ' && c != '\t' && c != ',' && c != '\n' && c != '\r') break;
    }
    return from;
}

std::size_t value_end(const YamlDocument& doc, std::string_view text, Index value) {
    const YamlDocument::Node& node = doc.node(value);
    switch (node.kind) {
    case YamlDocument::Kind::null: return node.offset;
    case YamlDocument::Kind::scalar: return scalar_span(doc, text, value).end;
    case YamlDocument::Kind::map:
    case YamlDocument::Kind::sequence: break;
    }
    bool flow = is_flow(doc, text, value);
    Index last = 0;
    doc.for_each_child(value, [&](Index child) { last = child; });
    std::size_t end = last ? value_end(doc, text, last) : node.offset + (flow ? 1 : 0);
    // A null value's offset is just after its key's ':'; the key's end is as far as it reaches.
    if (last && doc.kind(last) == YamlDocument::Kind::null) end = std::max<std::size_t>(end, doc.node(last).offset);
    if (flow) end = closing_bracket(text, end, text[node.offset] == '{' ? '}' : ']');
    return end;
}

std::size_t line_start(std::string_view text, std::size_t offset) {
    offset = std::min(offset, text.size());
    while (offset > 0 && text[offset - 1] != '\n') --offset;
    return offset;
}

std::size_t line_end(std::string_view text, std::size_t offset) {
    std::size_t at = text.find('\n', std::min(offset, text.size()));
    if (at == std::string_view::npos) return text.size();
    if (at > 0 && text[at - 1] == '\r') --at;
    return at;
}

bool starts_its_line(std::string_view text, std::size_t offset) {
    for (std::size_t i = line_start(text, offset); i < offset; ++i)
        if (text[i] != ' ' && text[i] != '\t') return false;
    return true;
}

std::string indent_at(std::string_view text, std::size_t offset) {
    return std::string(offset - line_start(text, offset), ' ');
}

std::optional<Entry> find_entry(const YamlDocument& doc, Index map, std::string_view key) {
    if (map == 0 || doc.kind(map) != YamlDocument::Kind::map) return std::nullopt;
    std::optional<Entry> found;
    doc.for_each_entry(map, [&](Index k, Index v) {
        if (!found && doc.kind(k) == YamlDocument::Kind::scalar && doc.text(k) == key) found = Entry{k, v};
    });
    return found;
}

std::vector<Entry> entries_of(const YamlDocument& doc, Index map) {
    std::vector<Entry> entries;
    if (map != 0 && doc.kind(map) == YamlDocument::Kind::map)
        doc.for_each_entry(map, [&](Index k, Index v) { entries.push_back({k, v}); });
    return entries;
}

std::vector<Index> items_of(const YamlDocument& doc, Index sequence) {
    std::vector<Index> items;
    if (sequence != 0 && doc.kind(sequence) == YamlDocument::Kind::sequence)
        doc.for_each_child(sequence, [&](Index item) { items.push_back(item); });
    return items;
}

std::vector<std::string> keys_of(const YamlDocument& doc, Index map) {
    std::vector<std::string> keys;
    for (const Entry& entry : entries_of(doc, map)) keys.emplace_back(doc.text(entry.key));
    return keys;
}

}  // namespace frontdesk::edit_detail
