// A Twine story as the trainer wrote it, read from Twee 3 or Twine 2 HTML: its data and its passages in file
// order, each located in the story file so every later message can point there.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "frontdesk/diagnostic.h"
#include "frontdesk/source_text.h"

namespace frontdesk {

struct TwinePassage {
    std::string name;
    std::vector<std::string> tags;
    // Where the story map shows the passage, as Twine wrote it ("600,400", "100,100"); empty when not given.
    std::string position;
    std::string size;
    // The passage text, decoded (Twee escapes, HTML entities), trailing blank lines removed.
    std::string text;
    // Where the passage begins in the story file (its "::" header, its <tw-passagedata> tag).
    SourceLocation location;
    // Twine 2 HTML only: the passage's pid, which tw-storydata's startnode names.
    std::string pid;

    // Byte offset in the story file of byte `i` of `text` (`text.size()`: where the text ends), so links and
    // macros are located where they were typed. Twee text is a slice of the file; decoded HTML text carries one
    // offset per byte.
    std::size_t source_offset(std::size_t i) const;

    bool has_tag(const std::string& tag) const;
    // Script and stylesheet passages hold story-format code, not conversation.
    bool is_code() const { return has_tag("script") || has_tag("stylesheet"); }

    std::size_t text_offset = 0;                // Twee: where `text` starts in the file
    std::vector<std::uint32_t> text_offsets;    // HTML: the file offset of each byte of `text`, then of its end
};

enum class TwineSourceFormat { twee, html };

struct TwineStory {
    TwineSourceFormat source_format = TwineSourceFormat::twee;
    std::string title;           // StoryTitle, or tw-storydata's name
    std::string start;           // the start passage's name ("" when the story names none)
    SourceLocation start_location;  // where the start was named (StoryData, startnode), for messages
    std::string ifid;
    std::string story_format;    // "Harlowe", "SugarCube", ...
    std::string story_format_version;
    // Passages in file order, the story's special passages (StoryTitle, StoryData) left out.
    std::vector<TwinePassage> passages;
    SourceText source;           // the story file, for locations and the lines diagnostics quote

    // The first passage called `name`, or null.
    const TwinePassage* find(const std::string& name) const;
};

// Twee 3 (the IFTF specification): "::" passage headers with tags and JSON metadata, StoryTitle and StoryData.
std::optional<TwineStory> read_twee(const SourceText& source, DiagnosticList& diagnostics);
// Twine 2 HTML: the first <tw-storydata> and its <tw-passagedata>, entities decoded; a tolerant reader that
// reads what it can of a damaged file and stops at its end.
std::optional<TwineStory> read_twine_html(const SourceText& source, DiagnosticList& diagnostics);

// Reads a story file of either form, telling them apart by content (a <tw-storydata> tag), after the checks
// every input gets: a file (not a folder), at most 32 MiB, not empty, text rather than binary, UTF-8.
std::optional<TwineStory> read_twine_file(const std::string& path, DiagnosticList& diagnostics);
// The same for text in memory; `path` names it in messages and decides nothing.
std::optional<TwineStory> read_twine_text(const std::string& path, std::string text, DiagnosticList& diagnostics);

}  // namespace frontdesk
