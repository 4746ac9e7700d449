// Typed reading of a YamlDocument with diagnostics: integers without octal/hex/NaN surprises, strings,
// enums, and maps whose keys are checked against a known set (duplicates and typos reported).
#pragma once

#include <algorithm>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "frontdesk/diagnostic.h"
#include "frontdesk/source_text.h"
#include "frontdesk/yaml_document.h"
#include "frontdesk/scalar_source.h"

namespace frontdesk {

class YamlReader {
public:
    using Index = YamlDocument::Index;

    YamlReader(const YamlDocument& document, const SourceText& source, DiagnosticList& diagnostics)
        : document_(document), source_(source), diagnostics_(diagnostics) {}

    const YamlDocument& document() const { return document_; }
    DiagnosticList& diagnostics() { return diagnostics_; }

    SourceLocation location(Index node) const;
    // Width of a scalar as written, for the caret underline.
    std::uint32_t width(Index node) const;
    // A walk from a scalar's value to its source, following quotes, escapes, block headers and line folding,
    // so a caret lands inside multi-line or escaped text too.
    ScalarWalk walk(Index node) const;

    // The entries of a map, after reporting duplicate and unknown keys. `what` names the map in messages
    // ("choice", "node 'opening'"). Keys are views into the document.
    struct Entry {
        Index key = 0;
        Index value = 0;
    };
    using EntryList = std::vector<std::pair<std::string_view, Entry>>;
    // A map's known keys: a handful each, so a flat list beats a tree of allocated strings.
    class Entries {
    public:
        const Entry* find(std::string_view key) const {
            for (const auto& [name, entry] : list_)
                if (name == key) return &entry;
            return nullptr;
        }
        Index value_of(std::string_view key) const {
            const Entry* entry = find(key);
            return entry ? entry->value : 0;
        }
        void add(std::string_view key, Entry entry) { list_.emplace_back(key, entry); }
        // A known key an unknown one was probably meant to be ('sya' -> 'say'): not reported missing too.
        void add_suggested(std::string key) { suggested_.push_back(std::move(key)); }
        bool was_suggested(std::string_view key) const {
            return std::find(suggested_.begin(), suggested_.end(), key) != suggested_.end();
        }

    private:
        EntryList list_;
        std::vector<std::string> suggested_;
    };
    std::optional<Entries> read_map(Index node, const std::string& what, const std::vector<std::string>& allowed);
    // The same, for maps whose keys are free names (nodes, flags, scores): only duplicates are reported.
    std::optional<EntryList> read_open_map(Index node, const std::string& what);

    // Reports each required key missing from `entries`, at the map's position.
    bool require(const Entries& entries, Index map, const std::string& what, const std::vector<std::string>& keys);

    std::optional<std::string> read_string(Index node, const std::string& key);
    std::optional<std::int64_t> read_integer(Index node, const std::string& key, std::int64_t min, std::int64_t max);
    // A flag value: true/false (1/0) or an integer.
    std::optional<std::int64_t> read_flag_value(Index node, const std::string& key);
    // true or false (a yes/no value, not a flag's number).
    std::optional<bool> read_bool(Index node, const std::string& key);
    // One of `names` (returns its position in the list).
    std::optional<int> read_choice_of(Index node, const std::string& key, const std::vector<std::string>& names);

    void error(Index node, std::string message) { diagnostics_.error(location(node), std::move(message), width(node)); }
    void warning(Index node, std::string message) { diagnostics_.warning(location(node), std::move(message), width(node)); }
    void note(Index node, std::string message) { diagnostics_.note(location(node), std::move(message), width(node)); }

    static std::string kind_name(YamlDocument::Kind kind);

private:
    const YamlDocument& document_;
    const SourceText& source_;
    DiagnosticList& diagnostics_;
};

}  // namespace frontdesk
