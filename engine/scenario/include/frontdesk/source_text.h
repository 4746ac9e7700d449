// A scenario file read into memory with the guards every loader needs (size cap, directories, encoding,
// control characters), and the line index that turns byte offsets into 1-based line and column for
// diagnostics in constant time per lookup, however long a line is.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "frontdesk/diagnostic.h"

namespace frontdesk {

// Scenario files larger than this are refused before parsing: the largest real scenario is a few hundred
// kilobytes and the 10,000-node benchmark file is about 10 MB.
constexpr std::size_t max_scenario_file_bytes = 32u * 1024u * 1024u;

class SourceText {
public:
    SourceText() = default;
    SourceText(std::string path, std::string text);

    const std::string& path() const { return path_; }
    const std::string& text() const { return *text_; }
    // The same text, shared with whatever keeps views into it (a Scenario's lines).
    const std::shared_ptr<const std::string>& shared_text() const { return text_; }

    // Byte offset to 1-based line and column; the column counts characters (UTF-8 code points).
    SourceLocation location_of(std::size_t offset) const;
    // The byte offset of a 1-based line and column (the end of the line for a column past it).
    std::size_t offset_of(SourceLocation location) const;
    // Byte offset where 1-based `line` starts.
    std::size_t line_start(std::uint32_t line) const;
    // The text of a 1-based line without its line break.
    std::string_view line_text(std::uint32_t line) const;
    std::uint32_t line_count() const { return static_cast<std::uint32_t>(line_starts_.size()); }

private:
    std::string path_;
    std::shared_ptr<const std::string> text_;
    std::vector<std::uint32_t> line_starts_;
    // Columns on long lines: entry k holds the characters between the start of the line that contains byte
    // k * checkpoint_bytes and that byte. Filled only for lines longer than checkpoint_bytes (a short line is
    // simply counted), empty when the file has none.
    static constexpr std::size_t checkpoint_bytes = 256;
    std::vector<std::uint32_t> checkpoints_;

    std::size_t line_end(std::size_t line_index) const;
};

// Reads `path` and checks what a YAML parser must never see: a directory, an unreadable or oversized file,
// an empty file, NUL bytes, invalid UTF-8. Problems are reported into `diagnostics`; the result is empty
// when the text cannot be parsed at all. A UTF-8 byte-order mark is dropped. Control characters anywhere in
// the file (comments included; tab, line feed and CRLF line ends excepted) are reported at each one, and the
// text is still parsed.
// `empty` is what an empty file is told: how a file of this kind starts (scenario_empty_message by default).
std::optional<SourceText> read_source_file(const std::string& path, DiagnosticList& diagnostics,
                                           std::size_t max_bytes = max_scenario_file_bytes, std::string_view empty = {});

// The same checks for text already in memory (tests, the editor, stdin).
std::optional<SourceText> check_source_text(std::string path, std::string text, DiagnosticList& diagnostics,
                                            std::size_t max_bytes = max_scenario_file_bytes, std::string_view empty = {});

// What an empty scenario file is told.
constexpr std::string_view scenario_empty_message = "file is empty; a scenario starts with 'format: 1' (see scenarios/README.md)";

}  // namespace frontdesk
