// Links and story-format code in a passage's text, by Twine 2's link rules and the openings Harlowe and
// SugarCube give their code: one pass, left to right, linear even on hostile nesting.
#include "frontdesk/twine_links.h"

#include <algorithm>
#include <cctype>

namespace frontdesk {

namespace {

bool is_letter(char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; }
bool is_name_char(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '_' || c == '-'; }

std::string trimmed(std::string_view text) {
    std::size_t begin = text.find_first_not_of(" \t\r\n");
    if (begin == std::string_view::npos) return {};
    std::size_t end = text.find_last_not_of(" \t\r\n");
    return std::string(text.substr(begin, end - begin + 1));
}

// Where the Harlowe macro opened at `open` ends: after its matching ')' (strings skipped), or the text's end.
std::size_t harlowe_macro_end(std::string_view text, std::size_t open) {
    int depth = 0;
    char quote = 0;
    for (std::size_t i = open; i < text.size(); ++i) {
        char c = text[i];
        if (quote) {
            if (c == '\\') ++i;
            else if (c == quote) quote = 0;
        } else if (c == '"' || c == '\'') {
            quote = c;
        } else if (c == '(') {
            ++depth;
        } else if (c == ')' && --depth == 0) {
            return i + 1;
        }
    }
    return text.size();
}

// Spaces the removed links leave behind: runs of spaces become one and lines lose their leading and trailing
// spaces (the page shows them so), runs of blank lines become one, and the text loses its leading and
// trailing blank lines.
std::string tidy(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    std::size_t blank_lines = 0;
    std::size_t i = 0;
    while (i <= text.size()) {
        std::size_t end = text.find('\n', i);
        if (end == std::string_view::npos) end = text.size();
        std::string line;
        for (std::size_t j = i; j < end; ++j) {
            char c = text[j];
            if (c == '\r') continue;
            if ((c == ' ' || c == '\t') && (line.empty() || line.back() == ' ' || line.back() == '\t')) continue;
            line += c;
        }
        while (!line.empty() && (line.back() == ' ' || line.back() == '\t')) line.pop_back();
        if (line.empty()) {
            ++blank_lines;
        } else {
            if (!out.empty()) out += blank_lines > 0 ? "\n\n" : "\n";
            out += line;
            blank_lines = 0;
        }
        i = end + 1;
    }
    return out;
}

}  // namespace

void split_link(std::string_view inside, std::string& text, std::string& target) {
    std::size_t arrow = inside.rfind("->");
    if (arrow != std::string_view::npos) {
        text = trimmed(inside.substr(0, arrow));
        target = trimmed(inside.substr(arrow + 2));
        return;
    }
    std::size_t back = inside.find("<-");
    if (back != std::string_view::npos) {
        target = trimmed(inside.substr(0, back));
        text = trimmed(inside.substr(back + 2));
        return;
    }
    std::size_t bar = inside.find('|');
    if (bar != std::string_view::npos) {
        text = trimmed(inside.substr(0, bar));
        target = trimmed(inside.substr(bar + 1));
        return;
    }
    text = target = trimmed(inside);
}

TwinePassageText read_passage_text(std::string_view text) {
    TwinePassageText out;
    std::string words;
    words.reserve(text.size());
    std::size_t code_until = 0;  // variables inside a macro already warned about are not warned again
    bool no_more_closes = false;
    for (std::size_t i = 0; i < text.size();) {
        char c = text[i];
        if (c == '[' && text.compare(i, 2, "[[") == 0) {
            // Once no "]]" follows, none follows any later "[[" either: a file of "[[[[..." stays linear.
            std::size_t close = no_more_closes ? std::string_view::npos : text.find("]]", i + 2);
            if (close == std::string_view::npos) {
                no_more_closes = true;
                out.unclosed_links.push_back(i);
                words += "[[";
                i += 2;
                continue;
            }
            // "[[Desk [B]]]": a target that ends in ']' keeps it, the last two close the link.
            while (close + 2 < text.size() && text[close + 2] == ']') ++close;
            std::string_view inside = text.substr(i + 2, close - i - 2);
            TwineLink link;
            std::size_t setter = inside.find("][");
            if (setter != std::string_view::npos) {
                link.setter = std::string(inside.substr(setter + 2));
                inside = inside.substr(0, setter);
            }
            split_link(inside, link.text, link.target);
            // The target is the part after the divider, except in [[target<-text]].
            bool target_first = inside.rfind("->") == std::string_view::npos && inside.find("<-") != std::string_view::npos;
            std::size_t target_at = target_first ? inside.find(link.target) : inside.rfind(link.target);
            link.target_offset = i + 2 + (target_at == std::string_view::npos ? 0 : target_at);
            link.offset = i;
            link.length = close + 2 - i;
            out.links.push_back(std::move(link));
            i = close + 2;
            continue;
        }
        if (c == '(' && i + 1 < text.size() && is_letter(text[i + 1])) {
            std::size_t j = i + 1;
            while (j < text.size() && is_name_char(text[j])) ++j;
            if (j < text.size() && text[j] == ':') {
                out.macros.push_back({TwineMacro::Kind::harlowe_macro, std::string(text.substr(i + 1, j - i - 1)), i, j + 1 - i});
                // A macro nested in one already measured ends inside it: measuring again would make deep
                // nesting quadratic.
                if (i >= code_until) code_until = harlowe_macro_end(text, i);
            }
        } else if (c == '<' && text.compare(i, 2, "<<") == 0) {
            std::size_t j = i + 2;
            if (j < text.size() && text[j] == '/') ++j;
            std::size_t name_start = j;
            while (j < text.size() && (is_name_char(text[j]) || text[j] == '=')) ++j;
            if (j > name_start) {
                out.macros.push_back({TwineMacro::Kind::sugarcube_macro, std::string(text.substr(i + 2, j - i - 2)), i, j - i});
                if (i >= code_until) {
                    std::size_t close = text.find(">>", j);
                    code_until = close == std::string_view::npos ? text.size() : close + 2;
                }
            }
        } else if (c == '$' && i + 1 < text.size() && (is_letter(text[i + 1]) || text[i + 1] == '_') && i >= code_until) {
            std::size_t j = i + 1;
            while (j < text.size() && (std::isalnum(static_cast<unsigned char>(text[j])) || text[j] == '_')) ++j;
            out.macros.push_back({TwineMacro::Kind::variable, std::string(text.substr(i, j - i)), i, j - i});
            words.append(text.substr(i, j - i));
            i = j;
            continue;
        }
        words += c;
        ++i;
    }
    out.words = tidy(words);
    return out;
}

}  // namespace frontdesk
