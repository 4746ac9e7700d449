// A compact, read-only YAML document built straight from yaml-cpp's parser events: every node keeps its
// byte offset for diagnostics, scalars remember whether they were written plain, and the whole tree lives in
// two flat arrays. It refuses what scenarios never need and yaml-cpp handles badly (anchors, aliases, tags,
// several documents, nesting past a few levels), and it is several times smaller than YAML::Node for the
// same file. Memory stays bounded for any input: the values in a file are capped, and so is how far yaml-cpp
// may read ahead of its events (it holds every token of a [list] or {map} until the closing bracket, about
// 120 bytes per byte of input, and a single text whole).
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "frontdesk/diagnostic.h"
#include "frontdesk/source_text.h"

namespace frontdesk {

// How deeply maps and lists may nest; scenarios need about 6 levels.
constexpr std::size_t max_yaml_nesting = 64;
// How many values (keys, texts, numbers, maps and lists) one file may hold: the 10,000-node benchmark
// scenario has about 580,000.
constexpr std::size_t max_yaml_values = 2'000'000;
// How long one value may run in the source before the parser has seen all of it: a text, or a [list] or
// {map} written with brackets.
constexpr std::size_t max_yaml_value_bytes = 256 * 1024;

class YamlDocument {
public:
    enum class Kind : std::uint8_t { null, scalar, map, sequence };
    using Index = std::uint32_t;  // 0 means "no node"

    // Trivial on purpose: blocks of nodes are allocated uninitialised and each node written whole.
    struct Node {
        Kind kind;
        bool plain;          // scalar written without quotes (so `25` is a number and `"25"` text)
        bool in_source;      // scalar text is the source's own bytes (no escapes or folding to undo)
        std::uint32_t offset;        // byte offset in the source
        Index next_sibling;
        // Maps and sequences use first_child (maps: key, value, key, value...); scalars use text_begin.
        union {
            Index first_child;
            std::uint32_t text_begin;
        };
        std::uint32_t text_size;     // scalars: text length
    };

    bool has_children(Index index) const { return is_container(index) && nodes_[index].first_child != 0; }
    bool is_container(Index index) const {
        return nodes_[index].kind == Kind::map || nodes_[index].kind == Kind::sequence;
    }

    Index root() const { return nodes_.size() > 1 ? 1 : 0; }
    const Node& node(Index index) const { return nodes_[index]; }
    Kind kind(Index index) const { return nodes_[index].kind; }
    std::string_view text(Index index) const {
        const Node& n = nodes_[index];
        const char* base = n.in_source ? source_->data() : arena_.data();
        return std::string_view(base + n.text_begin, n.text_size);
    }
    std::size_t node_count() const { return nodes_.size() - 1; }

    // Children in order (for maps: key, value, key, value...).
    template <typename Visit>
    void for_each_child(Index parent, Visit&& visit) const {
        if (!is_container(parent)) return;
        for (Index child = nodes_[parent].first_child; child != 0; child = nodes_[child].next_sibling) visit(child);
    }
    // Map entries as (key, value) pairs.
    template <typename Visit>
    void for_each_entry(Index map, Visit&& visit) const {
        if (!is_container(map)) return;
        for (Index key = nodes_[map].first_child; key != 0;) {
            Index value = nodes_[key].next_sibling;
            visit(key, value);
            key = value ? nodes_[value].next_sibling : 0;
        }
    }

private:
    // Nodes in fixed blocks: growing never copies or re-touches memory, which matters on a 10 MB file
    // (page faults, not instructions, dominate the cost of building a large tree).
    class NodeStore {
    public:
        NodeStore() { push_back(Node{Kind::null, true, false, 0, 0, {0}, 0}); }  // slot 0: the "no node" sentinel
        std::size_t size() const { return size_; }
        Node& operator[](std::size_t i) { return blocks_[i >> block_bits][i & block_mask]; }
        const Node& operator[](std::size_t i) const { return blocks_[i >> block_bits][i & block_mask]; }
        void push_back(const Node& node) {
            if ((size_ >> block_bits) == blocks_.size()) blocks_.emplace_back(new Node[block_size]);
            (*this)[size_++] = node;
        }

    private:
        static constexpr std::size_t block_bits = 13;
        static constexpr std::size_t block_size = std::size_t{1} << block_bits;
        static constexpr std::size_t block_mask = block_size - 1;
        std::vector<std::unique_ptr<Node[]>> blocks_;
        std::size_t size_ = 0;
    };

    NodeStore nodes_;
    const std::string* source_ = nullptr;  // the text scalars with in_source point into
    std::string arena_;                    // scalars whose value differs from their bytes in the source

    friend class YamlDocumentBuilder;
};

// Parses exactly one YAML document from `source`. Syntax errors and refused constructs are reported into
// `diagnostics` (with positions); the result is empty when there is no usable document. Control characters
// that escapes put into a text ("\e", "\0", "\u202E") are reported at the escape; the document is still
// returned.
std::optional<YamlDocument> parse_yaml_document(const SourceText& source, DiagnosticList& diagnostics);

}  // namespace frontdesk
