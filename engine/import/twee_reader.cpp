// Twee 3 (the IFTF specification): "::Name [tags] {metadata}" headers with backslash escapes, the StoryTitle
// and StoryData (JSON) special passages, and each passage's text up to the next header.
#include <nlohmann/json.hpp>

#include "frontdesk/twine_story.h"

namespace frontdesk {

namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r'; }

std::string_view trimmed(std::string_view text) {
    while (!text.empty() && (is_space(text.front()) || text.front() == '\n')) text.remove_prefix(1);
    while (!text.empty() && (is_space(text.back()) || text.back() == '\n')) text.remove_suffix(1);
    return text;
}

// Reads up to (not including) an unescaped character of `stops`, decoding "\x" to "x". Returns the decoded
// text; `i` is left on the stop character or at the end.
std::string read_escaped(std::string_view line, std::size_t& i, std::string_view stops) {
    std::string out;
    while (i < line.size() && stops.find(line[i]) == std::string_view::npos) {
        if (line[i] == '\\' && i + 1 < line.size()) ++i;
        out += line[i++];
    }
    return out;
}

std::string json_string(const nlohmann::json& object, const char* key) {
    auto found = object.find(key);
    return found != object.end() && found->is_string() ? found->get<std::string>() : std::string();
}

// The passage a header line "::Name [tags] {metadata}" opens, its text still to be read.
TwinePassage read_header(const SourceText& source, std::uint32_t line_number, DiagnosticList& diagnostics) {
    std::string_view line = source.line_text(line_number);
    std::size_t line_offset = source.line_start(line_number);
    TwinePassage passage;
    passage.location = {line_number, 1};
    std::size_t i = 2;
    while (i < line.size() && is_space(line[i])) ++i;
    std::string name = read_escaped(line, i, "[{");
    while (!name.empty() && is_space(name.back())) name.pop_back();
    passage.name = name;
    if (i < line.size() && line[i] == '[') {
        std::size_t open = i++;
        std::string tag;
        bool closed = false;
        while (i < line.size()) {
            char c = line[i];
            if (c == ']') {
                closed = true;
                ++i;
                break;
            }
            if (is_space(c)) {
                if (!tag.empty()) passage.tags.push_back(std::move(tag));
                tag.clear();
                ++i;
                continue;
            }
            if (c == '\\' && i + 1 < line.size()) c = line[++i];
            tag += c;
            ++i;
        }
        if (!tag.empty()) passage.tags.push_back(std::move(tag));
        if (!closed)
            diagnostics.warning(source.location_of(line_offset + open),
                                "the tags of passage " + in_quotes(passage.name) + " open with '[' and are never closed with ']'; write them as [tag1 tag2]");
        while (i < line.size() && is_space(line[i])) ++i;
    }
    if (i < line.size() && line[i] == '{') {
        std::string_view metadata = trimmed(line.substr(i));
        nlohmann::json json = nlohmann::json::parse(metadata.begin(), metadata.end(), nullptr, false);
        if (json.is_object()) {
            passage.position = json_string(json, "position");
            passage.size = json_string(json, "size");
        } else {
            diagnostics.warning(source.location_of(line_offset + i), "the metadata of passage " + in_quotes(passage.name) +
                                                                         " is not a JSON object like {\"position\":\"600,400\"}; it is ignored",
                                static_cast<std::uint32_t>(metadata.size()));
        }
    } else if (i < line.size()) {
        diagnostics.warning(source.location_of(line_offset + i),
                            "unexpected text after the name of passage " + in_quotes(passage.name) + "; a header is ':: Name [tags] {metadata}'");
    }
    return passage;
}

void read_story_data(const TwinePassage& passage, const SourceText& source, TwineStory& story, DiagnosticList& diagnostics) {
    nlohmann::json json = nlohmann::json::parse(passage.text, nullptr, false);
    if (!json.is_object()) {
        diagnostics.warning(source.location_of(passage.text_offset),
                            "StoryData is not a JSON object, so the story's start passage and format are not known; "
                            "a passage named 'Start' is taken as the start");
        return;
    }
    story.ifid = json_string(json, "ifid");
    story.story_format = json_string(json, "format");
    story.story_format_version = json_string(json, "format-version");
    story.start = json_string(json, "start");
    story.start_location = passage.location;
}

// A text line that begins with "::" is written "\::" so it is not read as a header (Twine 2 exports it so);
// the backslash is dropped, and the text then carries each byte's file offset, as HTML text does.
void unescape_line_starts(TwinePassage& passage) {
    const std::string& text = passage.text;
    bool escaped = text.compare(0, 3, "\\::") == 0 || text.find("\n\\::") != std::string::npos;
    if (!escaped) return;
    std::string out;
    std::vector<std::uint32_t> offsets;
    for (std::size_t i = 0; i < text.size(); ++i) {
        bool line_start = i == 0 || text[i - 1] == '\n';
        if (line_start && text.compare(i, 3, "\\::") == 0) continue;
        out += text[i];
        offsets.push_back(static_cast<std::uint32_t>(passage.text_offset + i));
    }
    offsets.push_back(static_cast<std::uint32_t>(passage.text_offset + text.size()));
    passage.text = std::move(out);
    passage.text_offsets = std::move(offsets);
}

}  // namespace

std::optional<TwineStory> read_twee(const SourceText& source, DiagnosticList& diagnostics) {
    TwineStory story;
    story.source_format = TwineSourceFormat::twee;
    story.source = source;
    std::optional<TwinePassage> current;
    std::uint32_t lines = source.line_count();
    const std::string& text = source.text();

    // A passage's text runs from the line after its header to the next header, trailing blank lines dropped.
    auto finish = [&](std::size_t end) {
        if (!current) return;
        std::size_t begin = std::min(current->text_offset, end);
        std::string_view body(text.data() + begin, end - begin);
        while (!body.empty() && (is_space(body.back()) || body.back() == '\n')) body.remove_suffix(1);
        current->text = std::string(body);
        unescape_line_starts(*current);
        if (current->name == "StoryTitle") {
            story.title = std::string(trimmed(current->text));
        } else if (current->name == "StoryData") {
            read_story_data(*current, source, story, diagnostics);
        } else {
            story.passages.push_back(std::move(*current));
        }
        current.reset();
    };

    bool any_header = false;
    for (std::uint32_t line = 1; line <= lines; ++line) {
        std::string_view line_text = source.line_text(line);
        if (line_text.size() < 2 || line_text[0] != ':' || line_text[1] != ':') continue;
        std::size_t start = source.line_start(line);
        finish(start);
        if (!any_header) {
            std::string_view before = trimmed(std::string_view(text.data(), start));
            if (!before.empty())
                diagnostics.warning({1, 1}, "text before the first passage header (a line starting with '::') is not part of any passage; it is ignored");
        }
        any_header = true;
        current = read_header(source, line, diagnostics);
        current->text_offset = line < lines ? source.line_start(line + 1) : text.size();
    }
    finish(text.size());

    if (!any_header) {
        diagnostics.error({}, "no passage header (a line starting with '::') in the file, so it is not a Twee 3 story; "
                              "in Twine 2 use Library > Archive or Publish to File, or Twee > Export As Twee");
        return std::nullopt;
    }
    return story;
}

}  // namespace frontdesk
