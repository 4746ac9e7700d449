// A compact, read-only YAML document built straight from yaml-cpp's parser events: every node keeps its
// byte offset for diagnostics, scalars remember whether they were written plain, and the whole tree lives in
// two flat arrays. It refuses what scenarios never need and yaml-cpp handles badly (anchors, aliases, tags,
// several documents), and it is several times smaller than YAML::Node for the same file.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "frontdesk/diagnostic.h"
#include "frontdesk/source_text.h"

namespace frontdesk {

class YamlDocument {
public:
    enum class Kind : std::uint8_t { null, scalar, map, sequence };
    using Index = std::uint32_t;  // 0 means "no node"

    struct Node {
        Kind kind = Kind::null;
        bool plain = true;           // scalar written without quotes (so `25` is a number and `"25"` text)
        std::uint32_t offset = 0;    // byte offset in the source
        Index first_child = 0;       // maps: key, value, key, value...; sequences: items
        Index next_sibling = 0;
        std::uint32_t child_count = 0;
        std::uint32_t text_begin = 0;  // scalars: text in the arena
        std::uint32_t text_size = 0;
    };

    Index root() const { return nodes_.size() > 1 ? 1 : 0; }
    const Node& node(Index index) const { return nodes_[index]; }
    Kind kind(Index index) const { return nodes_[index].kind; }
    std::string_view text(Index index) const {
        const Node& n = nodes_[index];
        return std::string_view(arena_.data() + n.text_begin, n.text_size);
    }
    std::size_t node_count() const { return nodes_.size() - 1; }

    // Children in order (for maps: key, value, key, value...).
    template <typename Visit>
    void for_each_child(Index parent, Visit&& visit) const {
        for (Index child = nodes_[parent].first_child; child != 0; child = nodes_[child].next_sibling) visit(child);
    }
    // Map entries as (key, value) pairs.
    template <typename Visit>
    void for_each_entry(Index map, Visit&& visit) const {
        for (Index key = nodes_[map].first_child; key != 0;) {
            Index value = nodes_[key].next_sibling;
            visit(key, value);
            key = value ? nodes_[value].next_sibling : 0;
        }
    }

private:
    std::vector<Node> nodes_{Node{}};  // slot 0 is the "no node" sentinel
    std::string arena_;

    friend class YamlDocumentBuilder;
};

// Parses exactly one YAML document from `source`. Syntax errors and refused constructs are reported into
// `diagnostics` (with positions); the result is empty when there is no usable document.
std::optional<YamlDocument> parse_yaml_document(const SourceText& source, DiagnosticList& diagnostics);

}  // namespace frontdesk
