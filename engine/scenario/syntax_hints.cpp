#include "syntax_hints.h"

#include <algorithm>
#include <optional>
#include <string_view>
#include <vector>

namespace frontdesk {

namespace {

constexpr std::size_t npos = std::string_view::npos;

std::size_t indentation(std::string_view line) {
    std::size_t indent = line.find_first_not_of(' ');
    return indent == npos ? line.size() : indent;
}

bool blank_or_comment(std::string_view line) {
    std::size_t first = line.find_first_not_of(" \t\r");
    return first == npos || line[first] == '#';
}

// A line's text without a trailing comment (a '#' after a space, outside quotes) and trailing spaces.
std::string_view without_comment(std::string_view line) {
    char quote = 0;
    for (std::size_t i = 0; i < line.size(); ++i) {
        char c = line[i];
        if (quote) {
            if (c == quote) quote = 0;
        } else if (c == '"' || c == '\'') {
            if (i == 0 || line[i - 1] == ' ' || line[i - 1] == ':' || line[i - 1] == '-' || line[i - 1] == '[' || line[i - 1] == '{') quote = c;
        } else if (c == '#' && (i == 0 || line[i - 1] == ' ')) {
            line = line.substr(0, i);
            break;
        }
    }
    std::size_t end = line.find_last_not_of(" \r");
    return end == npos ? std::string_view() : line.substr(0, end + 1);
}

// Whether the line's value continues on the lines below: a key with nothing after ':' or a block scalar.
bool opens_block(std::string_view line) {
    std::string_view text = without_comment(line);
    if (text.empty()) return false;
    if (text.back() == ':') return true;
    for (std::string_view marker : {": |", ": >", ": |-", ": >-", ": |+", ": >+", "- |", "- >"})
        if (text.size() >= marker.size() && text.substr(text.size() - marker.size()) == marker) return true;
    return text == "-";
}

bool is_block_scalar_header(std::string_view line) {
    std::string_view text = without_comment(line);
    if (text.empty()) return false;
    char last = text.back() == '-' || text.back() == '+' ? (text.size() > 1 ? text[text.size() - 2] : 0) : text.back();
    return (last == '|' || last == '>') && text.size() >= 2 && (text[text.size() - 2] == ' ' || text[text.size() - 3] == ' ');
}

struct Level {
    std::size_t indent;
    std::uint32_t line;
    bool dash = false;  // where a "- " list item starts (the item's keys are a level further in)
};

// The indentation levels open before `line` (outermost first), skipping block scalars' text.
std::vector<Level> open_levels(const SourceText& source, std::uint32_t line, std::uint32_t& previous) {
    std::vector<Level> levels;
    std::optional<std::size_t> block_indent;  // of the key whose block scalar is being skipped
    previous = 0;
    for (std::uint32_t n = 1; n < line; ++n) {
        std::string_view text = source.line_text(n);
        if (blank_or_comment(text)) continue;
        std::size_t indent = indentation(text);
        if (block_indent) {
            if (indent > *block_indent) continue;
            block_indent.reset();
        }
        while (!levels.empty() && levels.back().indent > indent) levels.pop_back();
        if (levels.empty() || levels.back().indent < indent) levels.push_back({indent, n});
        // "- key: value": the item's keys line up with the key after the dash.
        std::string_view rest = text.substr(indent);
        if (rest.size() > 2 && rest[0] == '-' && rest[1] == ' ') {
            levels.back().dash = true;
            levels.back().line = n;
            levels.push_back({indent + rest.find_first_not_of(' ', 1), n});
        }
        if (is_block_scalar_header(text)) block_indent = indent;
        previous = n;
    }
    return levels;
}

std::string spaces(std::size_t n) { return std::to_string(n) + (n == 1 ? " space" : " spaces"); }

// A line indented out of line with the lines above it.
std::optional<std::string> indentation_hint(const SourceText& source, std::uint32_t line, SourceLocation& where) {
    std::string_view text = source.line_text(line);
    if (blank_or_comment(text)) return std::nullopt;
    std::uint32_t previous = 0;
    std::vector<Level> levels = open_levels(source, line, previous);
    if (levels.empty() || previous == 0) return std::nullopt;
    std::size_t indent = indentation(text);
    for (const Level& level : levels)
        if (level.indent == indent) return std::nullopt;
    std::string_view above = source.line_text(previous);
    if (indent > levels.back().indent && opens_block(above)) return std::nullopt;
    where = {line, static_cast<std::uint32_t>(indent + 1)};
    const Level& innermost = levels.back();
    if (indent > innermost.indent) {
        return "line " + std::to_string(line) + " is indented " + spaces(indent) + ", more than line " + std::to_string(previous) +
               " above it (" + spaces(indentation(above)) + "), which does not open a block; keys of the same map line up, so indent line " +
               std::to_string(line) + " with " + spaces(innermost.indent) + " like line " + std::to_string(innermost.line);
    }
    // Between two levels: the nearest sibling level is the one just below, unless that is where a list item's
    // dash stands (a key there would need its own "- "): then the item's keys, further in.
    const Level* sibling = nullptr;
    for (const Level& level : levels)
        if (level.indent < indent) sibling = &level;
    if (sibling && sibling->dash) sibling = nullptr;
    std::string options = sibling ? spaces(sibling->indent) + " (like line " + std::to_string(sibling->line) + ")" : std::string();
    std::string deeper;
    for (const Level& level : levels)
        if (level.indent > indent) {
            deeper = spaces(level.indent) + " (like line " + std::to_string(level.line) + ")";
            break;
        }
    bool both = !options.empty() && !deeper.empty();
    return "line " + std::to_string(line) + " is indented " + spaces(indent) + ", which lines up with no line above it; indent it " +
           (both ? options + " or " + deeper + ", whichever it belongs to" : options.empty() ? deeper : options);
}

// An apostrophe inside a 'single-quoted' text: "'L'ufficio'" ends after "L".
std::optional<std::string> apostrophe_hint(const SourceText& source, std::uint32_t line, SourceLocation& where) {
    std::string_view text = source.line_text(line);
    for (std::string_view opener : {": '", "- '"}) {
        std::size_t open = text.find(opener);
        if (open == npos) continue;
        std::size_t start = open + opener.size();
        std::size_t close = text.find('\'', start);
        if (close == npos || close + 1 >= text.size()) continue;
        char after = text[close + 1];
        bool letter = (after >= 'A' && after <= 'Z') || (after >= 'a' && after <= 'z') || static_cast<unsigned char>(after) >= 0x80;
        if (!letter) continue;
        std::string_view inside = without_comment(text.substr(start));
        if (!inside.empty() && inside.back() == '\'') inside.remove_suffix(1);
        std::string doubled;
        for (char c : inside) doubled += c == '\'' ? std::string("''") : std::string(1, c);
        where = {line, static_cast<std::uint32_t>(close + 1)};
        std::string shown(inside.substr(0, 60));
        std::string doubled_shown = doubled.substr(0, 62);
        return "an apostrophe inside 'single quotes' ends the text early; write the text in double quotes, \"" + shown +
               (inside.size() > 60 ? "..." : "") + "\", or double the apostrophe: '" + doubled_shown + (doubled.size() > 62 ? "..." : "") + "'";
    }
    return std::nullopt;
}

std::optional<std::string> typographic_quotes_hint(const SourceText& source, std::uint32_t line, SourceLocation& where) {
    std::string_view text = source.line_text(line);
    for (std::string_view quote : {"\u201C", "\u201D", "\u2018", "\u2019", "\u00AB", "\u00BB"}) {
        std::size_t at = text.find(quote);
        if (at == npos) continue;
        // Only where a text starts: typographic quotes inside a text are the text's own.
        std::size_t before = text.find_last_not_of(' ', at == 0 ? 0 : at - 1);
        if (at > 0 && before != npos && text[before] != ':' && text[before] != '-') continue;
        where = {line, static_cast<std::uint32_t>(at + 1)};
        return "this text starts with a typographic quote (" + std::string(quote) +
               "), which YAML does not read as a quote; put the text between straight double quotes \"...\" (typographic quotes inside it are fine)";
    }
    return std::nullopt;
}

// "mood: - 5": a dash and a space start a list item; the number wanted the minus against it.
std::optional<std::string> spaced_minus_hint(const SourceText& source, std::uint32_t line, SourceLocation& where) {
    std::string_view text = source.line_text(line);
    for (std::size_t at = text.find(": -"); at != npos; at = text.find(": -", at + 1)) {
        std::size_t dash = at + 2;
        std::size_t digit = text.find_first_not_of(' ', dash + 1);
        if (digit == dash + 1 || digit == npos || text[digit] < '0' || text[digit] > '9') continue;
        std::size_t end = text.find_first_not_of("0123456789", digit);
        std::string number(text.substr(digit, end == npos ? npos : end - digit));
        where = {line, static_cast<std::uint32_t>(dash + 1)};
        return "'- " + number + "' starts a list here, because of the space after the minus; write the number with the minus against it: -" + number;
    }
    return std::nullopt;
}

}  // namespace

std::string explain_syntax_error(const SourceText& source, SourceLocation location, const std::string& message, SourceLocation& where) {
    where = location;
    if (location.line == 0) return "YAML syntax: " + message;
    // yaml-cpp's message for a tab in indentation is "illegal map value" or similar; say what is really wrong.
    for (std::uint32_t line = location.line; line >= 1 && line + 2 > location.line; --line) {
        std::string_view text = source.line_text(line);
        std::size_t indent = text.find_first_not_of(" \t");
        std::size_t tab = text.find('\t');
        if (tab != npos && (indent == npos || tab < indent)) {
            where = {line, static_cast<std::uint32_t>(tab + 1)};
            return "YAML syntax: a tab is used for indentation here; YAML indents with spaces only";
        }
    }
    // The parser stops on the culprit's line or soon after it: look there first, then up to two lines above.
    for (std::uint32_t line = location.line; line >= 1 && line + 3 > location.line; --line) {
        for (auto hint : {spaced_minus_hint, apostrophe_hint, typographic_quotes_hint, indentation_hint})
            if (auto found = hint(source, line, where)) return "YAML syntax: " + *found;
    }
    where = location;
    return "YAML syntax: " + message;
}

}  // namespace frontdesk
