// The story model's lookups, and reading a story file: the checks every input gets, then the reader for
// its form.
#include "frontdesk/twine_story.h"
#include "frontdesk/whole_file.h"

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstring>

namespace frontdesk {

std::size_t TwinePassage::source_offset(std::size_t i) const {
    if (text_offsets.empty()) return text_offset + std::min(i, text.size());
    return text_offsets[std::min(i, text_offsets.size() - 1)];
}

bool TwinePassage::has_tag(const std::string& tag) const { return std::find(tags.begin(), tags.end(), tag) != tags.end(); }

const TwinePassage* TwineStory::find(const std::string& name) const {
    for (const TwinePassage& passage : passages)
        if (passage.name == name) return &passage;
    return nullptr;
}

namespace {

constexpr const char* what_is_read = "a Twine story is a Twee 3 file (.twee) or a Twine 2 HTML file (a published story or an archive)";

std::string too_large(std::size_t size) {
    return "file is " + grouped(size) + " bytes, over the limit of " + grouped(max_scenario_file_bytes) +
           " bytes for a story to import; split the story";
}

bool is_html(const std::string& text) {
    // Twine writes the tag in lowercase; editors that touched the file may not.
    constexpr std::string_view tag = "<tw-storydata";
    auto found = std::search(text.begin(), text.end(), tag.begin(), tag.end(),
                             [](char a, char b) { return std::tolower(static_cast<unsigned char>(a)) == b; });
    return found != text.end();
}

bool looks_like_html_file(const std::string& path, const std::string& text) {
    std::string lower = path;
    std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    auto ends_with = [&](std::string_view end) { return lower.size() >= end.size() && lower.compare(lower.size() - end.size(), end.size(), end) == 0; };
    std::size_t first = text.find_first_not_of(" \t\r\n");
    return ends_with(".html") || ends_with(".htm") || (first != std::string::npos && text[first] == '<');
}

}  // namespace

std::optional<TwineStory> read_twine_text(const std::string& path, std::string text, DiagnosticList& diagnostics) {
    if (text.size() > max_scenario_file_bytes) {
        diagnostics.error({}, too_large(text.size()));
        return std::nullopt;
    }
    if (text.find_first_not_of(" \t\r\n") == std::string::npos) {
        diagnostics.error({}, std::string("file is empty; ") + what_is_read);
        return std::nullopt;
    }
    // A NUL byte means a binary file (an image, a zip, a .docx): one message, not one per byte.
    if (text.find('\0') != std::string::npos) {
        diagnostics.error({}, std::string("this is a binary file, not a Twine story; ") + what_is_read);
        return std::nullopt;
    }
    // The same encoding and control-character checks as a scenario file, whose text the story's becomes.
    std::optional<SourceText> source = check_source_text(path, std::move(text), diagnostics);
    if (!source || diagnostics.has_errors()) return std::nullopt;
    if (is_html(source->text())) return read_twine_html(*source, diagnostics);
    if (looks_like_html_file(path, source->text())) {
        diagnostics.error({}, "this HTML file holds no <tw-storydata>, so it is not a Twine 2 story (Twine 1 files are not read); "
                              "in Twine 2 use Publish to File, or Library > Archive");
        return std::nullopt;
    }
    return read_twee(*source, diagnostics);
}

std::optional<TwineStory> read_twine_file(const std::string& path, DiagnosticList& diagnostics) {
    WholeFile file = read_whole_file(path, max_scenario_file_bytes);
    constexpr const char* give = "give the story's .twee or .html file";
    switch (file.problem) {
        case WholeFile::Problem::none: return read_twine_text(path, std::move(file.bytes), diagnostics);
        case WholeFile::Problem::cannot_open:
            diagnostics.error({}, file.error_number == ENOENT ? std::string("no such file") : std::string("cannot open: ") + std::strerror(file.error_number));
            break;
        case WholeFile::Problem::folder: diagnostics.error({}, std::string("is a folder; ") + give); break;
        case WholeFile::Problem::not_regular: diagnostics.error({}, std::string("is not a regular file; ") + give); break;
        case WholeFile::Problem::too_large: diagnostics.error({}, too_large(file.size)); break;
        case WholeFile::Problem::cannot_read: diagnostics.error({}, std::string("cannot read: ") + std::strerror(file.error_number)); break;
        case WholeFile::Problem::changed: diagnostics.error({}, "cannot read the whole file (it changed while being read?)"); break;
    }
    return std::nullopt;
}

}  // namespace frontdesk
