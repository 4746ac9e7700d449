// Writing values as YAML text.
#include "frontdesk/yaml_text.h"

#include <cctype>
#include <cstdio>

namespace frontdesk {

std::string yaml_double_quoted(std::string_view value) {
    std::string out;
    out.reserve(value.size() + 2);
    out += '"';
    for (char ch : value) {
        auto c = static_cast<unsigned char>(ch);
        switch (ch) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\t': out += "\\t"; break;
        case '\r': out += "\\r"; break;
        default:
            if (c < 0x20 || c == 0x7f) {
                char escape[8];
                std::snprintf(escape, sizeof escape, "\\x%02X", c);
                out += escape;
            } else {
                out += ch;
            }
        }
    }
    out += '"';
    return out;
}

std::string yaml_single_quoted(std::string_view value) {
    std::string out = "'";
    for (char ch : value) {
        auto c = static_cast<unsigned char>(ch);
        if (c < 0x20 || c == 0x7f) return {};
        out += ch;
        if (ch == '\'') out += '\'';
    }
    out += '\'';
    return out;
}

bool yaml_looks_typed(std::string_view value) {
    std::string lower;
    for (char c : value) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    for (const char* word : {"true", "false", "yes", "no", "on", "off", "null", "~", "y", "n"})
        if (lower == word) return true;
    if (value.empty()) return true;
    // Numbers in any form YAML 1.1/1.2 readers accept: signs, decimals, exponents, 0x, 0o, .inf, .nan.
    std::size_t i = 0;
    if (value[i] == '+' || value[i] == '-') ++i;
    if (i < value.size() && value[i] == '.') {
        std::string_view rest = std::string_view(lower).substr(i);
        if (rest == ".inf" || rest == ".nan") return true;
    }
    bool digit = false;
    for (; i < value.size(); ++i) {
        char c = value[i];
        if (std::isdigit(static_cast<unsigned char>(c))) digit = true;
        else if (c != '.' && c != 'e' && c != 'E' && c != '_' && c != 'x' && c != 'o' && c != '+' && c != '-' &&
                 !std::isxdigit(static_cast<unsigned char>(c)) && c != ':')
            return false;
    }
    return digit;
}

bool yaml_plain_safe(std::string_view value, bool in_brackets) {
    if (value.empty() || yaml_looks_typed(value)) return false;
    if (value.front() == ' ' || value.back() == ' ' || value.back() == ':') return false;
    if (std::string_view("-?:,[]{}#&*!|>'\"%@`").find(value.front()) != std::string_view::npos) {
        // "-5" is a number (caught above); "- x" and "-x" would start a list item or be ambiguous.
        return false;
    }
    for (std::size_t i = 0; i < value.size(); ++i) {
        auto c = static_cast<unsigned char>(value[i]);
        if (c < 0x20 || c == 0x7f) return false;
        if (value[i] == ':' && (i + 1 == value.size() || value[i + 1] == ' ')) return false;
        if (value[i] == '#' && i > 0 && value[i - 1] == ' ') return false;
        if (in_brackets && std::string_view(",[]{}").find(value[i]) != std::string_view::npos) return false;
    }
    return true;
}

}  // namespace frontdesk
