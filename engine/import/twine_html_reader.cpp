// Twine 2 HTML, published or archived, read by scanning for <tw-storydata> and <tw-passagedata> rather than
// parsing the page around them: every step moves forward, so a damaged file ends the scan instead of hanging it.
#include <algorithm>
#include <cctype>
#include <map>

#include "frontdesk/html_entities.h"
#include "frontdesk/twine_story.h"

namespace frontdesk {

namespace {

bool same_letter(char a, char b) { return std::tolower(static_cast<unsigned char>(a)) == std::tolower(static_cast<unsigned char>(b)); }

// Where `needle` (lowercase) starts at or after `from`, in any case; npos when not there.
std::size_t find_text(std::string_view text, std::string_view needle, std::size_t from) {
    if (from >= text.size()) return std::string_view::npos;
    auto found = std::search(text.begin() + static_cast<std::ptrdiff_t>(from), text.end(), needle.begin(), needle.end(), same_letter);
    return found == text.end() ? std::string_view::npos : static_cast<std::size_t>(found - text.begin());
}

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

// "<name" followed by a space, '>' or '/': not "<tw-passagedatafoo".
std::size_t find_start_tag(std::string_view text, std::string_view name, std::size_t from) {
    std::string needle = "<" + std::string(name);
    for (std::size_t at = find_text(text, needle, from); at != std::string_view::npos; at = find_text(text, needle, at + 1)) {
        std::size_t after = at + needle.size();
        if (after >= text.size() || is_space(text[after]) || text[after] == '>' || text[after] == '/') return at;
    }
    return std::string_view::npos;
}

struct Attribute {
    std::string value;   // entities decoded
    std::size_t offset;  // where the value starts in the file
};

struct Tag {
    std::map<std::string, Attribute> attributes;
    std::size_t end = 0;  // just after '>', or the end of the text when the tag is never closed
    bool closed = false;
};

// The attributes of the start tag whose name ends at `i`.
Tag read_tag(std::string_view text, std::size_t i) {
    Tag tag;
    while (i < text.size()) {
        while (i < text.size() && is_space(text[i])) ++i;
        if (i >= text.size()) break;
        if (text[i] == '>') {
            tag.closed = true;
            ++i;
            break;
        }
        if (text[i] == '/' || text[i] == '"' || text[i] == '\'' || text[i] == '=') {
            ++i;  // stray characters between attributes: skipped, as browsers do
            continue;
        }
        std::size_t name_start = i;
        while (i < text.size() && !is_space(text[i]) && text[i] != '=' && text[i] != '>' && text[i] != '/') ++i;
        std::string name(text.substr(name_start, i - name_start));
        std::transform(name.begin(), name.end(), name.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
        while (i < text.size() && is_space(text[i])) ++i;
        Attribute attribute{std::string(), i};
        if (i < text.size() && text[i] == '=') {
            ++i;
            while (i < text.size() && is_space(text[i])) ++i;
            std::size_t value_start = i, value_end = i;
            if (i < text.size() && (text[i] == '"' || text[i] == '\'')) {
                char quote = text[i];
                value_start = ++i;
                std::size_t close = text.find(quote, i);
                value_end = close == std::string_view::npos ? text.size() : close;
                i = close == std::string_view::npos ? text.size() : close + 1;
            } else {
                while (i < text.size() && !is_space(text[i]) && text[i] != '>') ++i;
                value_end = i;
            }
            attribute = {decode_html_entities(text.substr(value_start, value_end - value_start)), value_start};
        }
        tag.attributes.emplace(std::move(name), std::move(attribute));
    }
    tag.end = i;
    return tag;
}

std::string attribute(const Tag& tag, const char* name) {
    auto found = tag.attributes.find(name);
    return found == tag.attributes.end() ? std::string() : found->second.value;
}

std::vector<std::string> words(const std::string& text) {
    std::vector<std::string> out;
    std::size_t i = 0;
    while (i < text.size()) {
        while (i < text.size() && is_space(text[i])) ++i;
        std::size_t start = i;
        while (i < text.size() && !is_space(text[i])) ++i;
        if (i > start) out.emplace_back(text.substr(start, i - start));
    }
    return out;
}

}  // namespace

std::optional<TwineStory> read_twine_html(const SourceText& source, DiagnosticList& diagnostics) {
    std::string_view text = source.text();
    std::size_t story_at = find_start_tag(text, "tw-storydata", 0);
    if (story_at == std::string_view::npos) {
        diagnostics.error({}, "this HTML file holds no <tw-storydata>, so it is not a Twine 2 story");
        return std::nullopt;
    }
    TwineStory story;
    story.source_format = TwineSourceFormat::html;
    story.source = source;
    Tag story_tag = read_tag(text, story_at + std::string_view("<tw-storydata").size());
    story.title = attribute(story_tag, "name");
    story.ifid = attribute(story_tag, "ifid");
    story.story_format = attribute(story_tag, "format");
    story.story_format_version = attribute(story_tag, "format-version");
    story.start_location = source.location_of(story_at);
    std::string start_pid = attribute(story_tag, "startnode");

    std::size_t story_end = find_text(text, "</tw-storydata", story_tag.end);
    if (story_end == std::string_view::npos) {
        story_end = text.size();
        diagnostics.warning(source.location_of(story_at), "this <tw-storydata> is never closed with </tw-storydata>; the file may be cut short, "
                                                          "so check that every passage was imported");
    }
    for (std::size_t at = find_start_tag(text, "tw-passagedata", story_tag.end); at < story_end;
         at = find_start_tag(text, "tw-passagedata", at + 1)) {
        Tag tag = read_tag(text, at + std::string_view("<tw-passagedata").size());
        TwinePassage passage;
        passage.location = source.location_of(at);
        passage.name = attribute(tag, "name");
        passage.pid = attribute(tag, "pid");
        passage.tags = words(attribute(tag, "tags"));
        passage.position = attribute(tag, "position");
        passage.size = attribute(tag, "size");
        std::size_t text_begin = std::min(tag.end, story_end);
        std::size_t text_end = find_text(text, "</tw-passagedata", text_begin);
        std::size_t next = find_start_tag(text, "tw-passagedata", text_begin);
        if (text_end == std::string_view::npos || text_end > std::min(next, story_end)) {
            text_end = std::min(next, story_end);
            diagnostics.warning(passage.location, "passage " + in_quotes(passage.name) +
                                                      " is never closed with </tw-passagedata>; its text is taken up to the next passage");
        }
        if (!tag.closed) text_end = text_begin;
        passage.text = decode_html_entities(text.substr(text_begin, text_end - text_begin), &passage.text_offsets, text_begin);
        passage.text_offsets.push_back(static_cast<std::uint32_t>(text_end));  // where the text ends, for spans up to it
        // Trailing blank lines, as the Twee reader drops them, so both forms of a story give the same text.
        while (!passage.text.empty() && is_space(passage.text.back())) {
            passage.text.pop_back();
            passage.text_offsets.erase(passage.text_offsets.end() - 2);
        }
        if (!start_pid.empty() && passage.pid == start_pid) story.start = passage.name;
        story.passages.push_back(std::move(passage));
    }
    if (!start_pid.empty() && story.start.empty())
        diagnostics.error(story.start_location, "the story's startnode is " + in_quotes(start_pid) +
                                                    ", but no passage has that pid; open the story in Twine and set its start passage");

    std::size_t others = 0;
    std::size_t second = std::string_view::npos;
    for (std::size_t at = find_start_tag(text, "tw-storydata", story_end); at != std::string_view::npos;
         at = find_start_tag(text, "tw-storydata", at + 1)) {
        if (others++ == 0) second = at;
    }
    if (others > 0)
        diagnostics.warning(source.location_of(second),
                            "this archive holds " + std::to_string(others + 1) + " stories; only the first, " + in_quotes(story.title) +
                                ", is imported (publish each story to its own file to import the others)");
    return story;
}

}  // namespace frontdesk
