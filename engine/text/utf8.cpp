#include "frontdesk/utf8.h"

#include <cstdio>

#include "frontdesk/interface_text.h"

namespace frontdesk {

std::size_t utf8_sequence_length(std::string_view text, std::size_t i) {
    auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
    unsigned char lead = byte(i);
    if (lead < 0x80) return 1;
    std::size_t length = 0;
    unsigned char min_second = 0x80, max_second = 0xBF;
    if (lead >= 0xC2 && lead <= 0xDF) length = 2;
    else if (lead == 0xE0) { length = 3; min_second = 0xA0; }
    else if (lead >= 0xE1 && lead <= 0xEC) length = 3;
    else if (lead == 0xED) { length = 3; max_second = 0x9F; }
    else if (lead >= 0xEE && lead <= 0xEF) length = 3;
    else if (lead == 0xF0) { length = 4; min_second = 0x90; }
    else if (lead >= 0xF1 && lead <= 0xF3) length = 4;
    else if (lead == 0xF4) { length = 4; max_second = 0x8F; }
    else return 0;
    if (i + length > text.size()) return 0;
    if (byte(i + 1) < min_second || byte(i + 1) > max_second) return 0;
    for (std::size_t k = 2; k < length; ++k)
        if ((byte(i + k) & 0xC0) != 0x80) return 0;
    return length;
}

std::size_t first_invalid_utf8(std::string_view text) {
    for (std::size_t i = 0; i < text.size();) {
        std::size_t length = utf8_sequence_length(text, i);
        if (length == 0) return i;
        i += length;
    }
    return std::string_view::npos;
}

bool is_valid_utf8(std::string_view text) { return first_invalid_utf8(text) == std::string_view::npos; }

char32_t utf8_code_point(std::string_view text, std::size_t i, std::size_t length) {
    auto byte = [&](std::size_t k) { return static_cast<char32_t>(static_cast<unsigned char>(text[i + k])); };
    switch (length) {
        case 1: return byte(0);
        case 2: return ((byte(0) & 0x1F) << 6) | (byte(1) & 0x3F);
        case 3: return ((byte(0) & 0x0F) << 12) | ((byte(1) & 0x3F) << 6) | (byte(2) & 0x3F);
        default: return ((byte(0) & 0x07) << 18) | ((byte(1) & 0x3F) << 12) | ((byte(2) & 0x3F) << 6) | (byte(3) & 0x3F);
    }
}

std::string valid_utf8(std::string_view text) {
    std::size_t bad = first_invalid_utf8(text);
    if (bad == std::string_view::npos) return std::string(text);
    std::string out(text.substr(0, bad));
    for (std::size_t i = bad; i < text.size();) {
        std::size_t length = utf8_sequence_length(text, i);
        if (length == 0) {
            out += "\xEF\xBF\xBD";
            ++i;
        } else {
            out.append(text, i, length);
            i += length;
        }
    }
    return out;
}

std::size_t utf8_length(std::string_view text) {
    std::size_t count = 0;
    for (char c : text)
        if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++count;
    return count;
}

bool is_control_character(char32_t c) {
    return c < 0x20 || c == 0x7F || (c >= 0x80 && c <= 0x9F) || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) ||
           c == 0x200E || c == 0x200F || c == 0x061C;
}

std::optional<ControlCharacter> find_control_character(std::string_view text, std::string_view allowed) {
    for (std::size_t i = 0; i < text.size();) {
        std::size_t length = utf8_sequence_length(text, i);
        if (length == 0) {
            ++i;  // not this function's business: invalid bytes are reported by the UTF-8 checks
            continue;
        }
        char32_t c = utf8_code_point(text, i, length);
        bool is_allowed = c < 0x80 && allowed.find(static_cast<char>(c)) != std::string_view::npos;
        if (is_control_character(c) && !is_allowed) return ControlCharacter{i, c};
        i += length;
    }
    return std::nullopt;
}

std::string describe_code_point(char32_t c, Language language) {
    char code[16];
    std::snprintf(code, sizeof code, "U+%04X", static_cast<unsigned>(c));
    struct Name {
        char32_t code_point;
        const char* en;
        const char* it;
    };
    static const Name names[] = {
        {0x00, "NUL", "NUL"},
        {0x07, "bell", "campanello"},
        {0x08, "backspace", "backspace"},
        {0x09, "tab", "tabulazione"},
        {0x0A, "line feed", "a capo"},
        {0x0B, "vertical tab", "tabulazione verticale"},
        {0x0C, "form feed", "avanzamento pagina"},
        {0x0D, "carriage return", "ritorno carrello"},
        {0x1B, "escape", "escape"},
        {0x7F, "delete", "cancella"},
        {0x200E, "left-to-right mark", "marcatore sinistra-destra"},
        {0x200F, "right-to-left mark", "marcatore destra-sinistra"},
        {0x202A, "left-to-right embedding", "incorporamento sinistra-destra"},
        {0x202B, "right-to-left embedding", "incorporamento destra-sinistra"},
        {0x202C, "pop directional formatting", "fine formattazione direzionale"},
        {0x202D, "left-to-right override", "forzatura sinistra-destra"},
        {0x202E, "right-to-left override", "forzatura destra-sinistra"},
        {0x2066, "left-to-right isolate", "isolamento sinistra-destra"},
        {0x2067, "right-to-left isolate", "isolamento destra-sinistra"},
        {0x2068, "first strong isolate", "isolamento al primo forte"},
        {0x2069, "pop directional isolate", "fine isolamento direzionale"},
        {0x061C, "arabic letter mark", "marcatore di lettera araba"},
    };
    bool italian = language == Language::it;
    const char* name = nullptr;
    for (const Name& entry : names)
        if (entry.code_point == c) name = italian ? entry.it : entry.en;
    if (!name) {
        bool control = c < 0x20 || (c >= 0x80 && c <= 0x9F);
        name = control ? (italian ? "carattere di controllo" : "control character") : (italian ? "carattere di formattazione" : "formatting character");
    }
    return std::string(code) + " (" + name + ")";
}

std::string name_problem(std::string_view text, std::size_t max_characters, Language language) {
    if (!is_valid_utf8(text)) return ui_text(language, Ui::name_not_utf8);
    if (auto control = find_control_character(text))
        return ui_text(language, Ui::name_control_character, {describe_code_point(control->code_point, language)});
    if (utf8_length(text) > max_characters) return ui_text(language, Ui::name_too_long, {std::to_string(max_characters)});
    return {};
}

}  // namespace frontdesk
