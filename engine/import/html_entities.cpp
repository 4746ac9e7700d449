// HTML character references: numeric ones by their number, named ones from the short table of what Twine and
// the editors trainers use actually write (the full HTML list has over 2,000 names and no story needs them).
#include "frontdesk/html_entities.h"

#include <algorithm>
#include <cstring>
#include <utility>

namespace frontdesk {

namespace {

struct NamedEntity {
    const char* name;
    char32_t code_point;
};

// Sorted by name, for a binary search.
constexpr NamedEntity named_entities[] = {
    {"AElig", 0xC6},   {"Aacute", 0xC1}, {"Acirc", 0xC2},  {"Agrave", 0xC0},  {"Auml", 0xC4},   {"Ccedil", 0xC7},
    {"Eacute", 0xC9},  {"Ecirc", 0xCA},  {"Egrave", 0xC8}, {"Euml", 0xCB},    {"Iacute", 0xCD}, {"Icirc", 0xCE},
    {"Igrave", 0xCC},  {"Iuml", 0xCF},   {"Ntilde", 0xD1}, {"Oacute", 0xD3},  {"Ocirc", 0xD4},  {"Ograve", 0xD2},
    {"Ouml", 0xD6},    {"Uacute", 0xDA}, {"Ucirc", 0xDB},  {"Ugrave", 0xD9},  {"Uuml", 0xDC},   {"aacute", 0xE1},
    {"acirc", 0xE2},   {"aelig", 0xE6},  {"agrave", 0xE0}, {"amp", '&'},      {"apos", '\''},   {"auml", 0xE4},
    {"bull", 0x2022},  {"ccedil", 0xE7}, {"copy", 0xA9},   {"deg", 0xB0},     {"eacute", 0xE9}, {"ecirc", 0xEA},
    {"egrave", 0xE8},  {"euml", 0xEB},   {"euro", 0x20AC}, {"gt", '>'},       {"hellip", 0x2026}, {"iacute", 0xED},
    {"icirc", 0xEE},   {"iexcl", 0xA1},  {"igrave", 0xEC}, {"iquest", 0xBF},  {"iuml", 0xEF},   {"laquo", 0xAB},
    {"ldquo", 0x201C}, {"lsquo", 0x2018}, {"lt", '<'},     {"mdash", 0x2014}, {"middot", 0xB7}, {"nbsp", 0xA0},
    {"ndash", 0x2013}, {"ntilde", 0xF1}, {"oacute", 0xF3}, {"ocirc", 0xF4},   {"ograve", 0xF2}, {"ouml", 0xF6},
    {"quot", '"'},     {"raquo", 0xBB},  {"rdquo", 0x201D}, {"reg", 0xAE},    {"rsquo", 0x2019}, {"szlig", 0xDF},
    {"trade", 0x2122}, {"uacute", 0xFA}, {"ucirc", 0xFB},  {"ugrave", 0xF9},  {"uuml", 0xFC},
};

bool is_hex_digit(char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }

int digit_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    return c - 'A' + 10;
}

// The reference starting at text[i] == '&': its code point and length, or length 0 when it is not one.
std::pair<char32_t, std::size_t> read_reference(std::string_view text, std::size_t i) {
    constexpr std::size_t longest = 10;  // "&#x10FFFF;" and every name in the table fit
    std::size_t end = text.find(';', i + 1);
    if (end == std::string_view::npos || end - i > longest || end == i + 1) return {0, 0};
    std::string_view body = text.substr(i + 1, end - i - 1);
    if (body[0] == '#') {
        bool hex = body.size() > 1 && (body[1] == 'x' || body[1] == 'X');
        std::string_view digits = body.substr(hex ? 2 : 1);
        if (digits.empty()) return {0, 0};
        char32_t value = 0;
        for (char c : digits) {
            if (hex ? !is_hex_digit(c) : !(c >= '0' && c <= '9')) return {0, 0};
            value = value * (hex ? 16 : 10) + static_cast<char32_t>(digit_value(c));
            if (value > 0x10FFFF) return {0, 0};
        }
        // NUL and surrogates are no characters: kept as written, and the checks downstream see plain text.
        if (value == 0 || (value >= 0xD800 && value <= 0xDFFF)) return {0, 0};
        return {value, end - i + 1};
    }
    auto found = std::lower_bound(std::begin(named_entities), std::end(named_entities), body,
                                  [](const NamedEntity& entity, std::string_view name) { return std::string_view(entity.name) < name; });
    if (found == std::end(named_entities) || std::string_view(found->name) != body) return {0, 0};
    return {found->code_point, end - i + 1};
}

}  // namespace

void append_utf8(std::string& out, char32_t c) {
    if (c < 0x80) {
        out += static_cast<char>(c);
    } else if (c < 0x800) {
        out += static_cast<char>(0xC0 | (c >> 6));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        out += static_cast<char>(0xE0 | (c >> 12));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (c >> 18));
        out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    }
}

std::string decode_html_entities(std::string_view text, std::vector<std::uint32_t>* offsets, std::size_t base) {
    std::string out;
    out.reserve(text.size());
    if (offsets) offsets->reserve(offsets->size() + text.size());
    for (std::size_t i = 0; i < text.size();) {
        auto [code_point, length] = text[i] == '&' ? read_reference(text, i) : std::pair<char32_t, std::size_t>{0, 0};
        std::size_t before = out.size();
        if (length == 0) {
            out += text[i];
            length = 1;
        } else {
            append_utf8(out, code_point);
        }
        if (offsets) offsets->resize(offsets->size() + (out.size() - before), static_cast<std::uint32_t>(base + i));
        i += length;
    }
    return out;
}

}  // namespace frontdesk
