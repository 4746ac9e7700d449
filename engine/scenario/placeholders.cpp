// Placeholders in a scenario's texts: one scanner serves the loader's checks and the expansion, so what lint
// accepts is exactly what the player shows.
#include "frontdesk/placeholders.h"

#include <array>
#include <optional>

#include "frontdesk/suggest.h"

namespace frontdesk {

namespace {

constexpr std::string_view how_to_write =
    "write {trainee} for the trainee's name, or {f:...|m:...|n:...} for words that change with the trainee's phrasing "
    "(feminine, masculine, neutral); write '{{' to show a brace";

// One placeholder between '{' and '}': the name, or the three phrasings' texts.
struct Placeholder {
    bool trainee = false;
    std::array<std::optional<std::string_view>, 3> forms;  // in Phrasing order
};

int form_slot(char key) {
    switch (key) {
        case 'f': return static_cast<int>(Phrasing::feminine);
        case 'm': return static_cast<int>(Phrasing::masculine);
        case 'n': return static_cast<int>(Phrasing::neutral);
        default: return -1;
    }
}

const char* form_word(int slot) {
    static const char* const words[] = {"'f:' (feminine)", "'m:' (masculine)", "'n:' (neutral)"};
    return words[slot];
}

std::string shown(std::string_view text) {
    constexpr std::size_t most = 40;
    return "'" + std::string(text.substr(0, most)) + (text.size() > most ? "...'" : "'");
}

// Reads the inside of one placeholder; a problem's message when it is not one.
std::optional<Placeholder> read_placeholder(std::string_view inside, std::string& problem) {
    Placeholder placeholder;
    if (inside == "trainee") {
        placeholder.trainee = true;
        return placeholder;
    }
    bool gendered = inside.size() >= 2 && inside[1] == ':' && form_slot(inside[0]) >= 0;
    if (!gendered) {
        bool close = !did_you_mean(inside, {"trainee"}).empty() || inside == "name" || inside == "nome" || inside == "tirocinante" ||
                     inside == "operatore" || inside == "operatrice";
        problem = "unknown placeholder {" + std::string(inside.substr(0, 40)) + (inside.size() > 40 ? "..." : "") + "}" +
                  (close ? " (did you mean {trainee}?)" : "") + "; " + std::string(how_to_write);
        return std::nullopt;
    }
    std::size_t start = 0;
    while (start <= inside.size()) {
        std::size_t bar = inside.find('|', start);
        std::string_view part = inside.substr(start, bar == std::string_view::npos ? std::string_view::npos : bar - start);
        int slot = part.size() >= 2 && part[1] == ':' ? form_slot(part[0]) : -1;
        if (slot < 0) {
            problem = "in this gendered form, " + shown(part) + " does not start with f:, m: or n:; write {f:...|m:...|n:...}";
            return std::nullopt;
        }
        if (placeholder.forms[static_cast<std::size_t>(slot)]) {
            problem = std::string("this gendered form gives ") + form_word(slot) + " twice; give each of f:, m: and n: once";
            return std::nullopt;
        }
        placeholder.forms[static_cast<std::size_t>(slot)] = part.substr(2);
        if (bar == std::string_view::npos) break;
        start = bar + 1;
    }
    for (int slot = 0; slot < 3; ++slot) {
        if (!placeholder.forms[static_cast<std::size_t>(slot)]) {
            problem = std::string("this gendered form has no ") + form_word(slot) +
                      " text; every trainee chooses a phrasing, so give all three: {f:...|m:...|n:...}";
            return std::nullopt;
        }
    }
    return placeholder;
}

// Walks `text`, calling literal(piece) for text shown as it is, placeholder(begin, end, value) for each
// placeholder and problem(begin, end, message) for each mistake; stops when a callback returns false.
template <typename Literal, typename Found, typename Problem>
void scan(std::string_view text, Literal&& literal, Found&& found, Problem&& problem) {
    std::size_t plain = 0, i = 0;
    while (i < text.size()) {
        if (text[i] != '{') {
            ++i;
            continue;
        }
        literal(text.substr(plain, i - plain));
        if (i + 1 < text.size() && text[i + 1] == '{') {
            literal(text.substr(i, 1));
            i += 2;
            plain = i;
            continue;
        }
        std::size_t close = text.find_first_of("{}", i + 1);
        if (close == std::string_view::npos || text[close] == '{') {
            std::size_t end = close == std::string_view::npos ? text.size() : close;
            if (!problem(i, std::min(end, i + 1), "this '{' opens a placeholder that is never closed with '}'; " + std::string(how_to_write)))
                return;
            literal(text.substr(i, 1));
            i += 1;
            plain = i;
            continue;
        }
        std::string message;
        auto value = read_placeholder(text.substr(i + 1, close - i - 1), message);
        if (value) {
            if (!found(*value)) return;
        } else {
            if (!problem(i, close + 1, message)) return;
            literal(text.substr(i, close + 1 - i));
        }
        i = close + 1;
        plain = i;
    }
    literal(text.substr(plain));
}

}  // namespace

const char* phrasing_name(Phrasing phrasing) {
    switch (phrasing) {
        case Phrasing::feminine: return "feminine";
        case Phrasing::masculine: return "masculine";
        case Phrasing::neutral: return "neutral";
    }
    return "neutral";
}

bool parse_phrasing(std::string_view text, Phrasing& phrasing) {
    if (text == "feminine" || text == "f") phrasing = Phrasing::feminine;
    else if (text == "masculine" || text == "m") phrasing = Phrasing::masculine;
    else if (text == "neutral" || text == "n") phrasing = Phrasing::neutral;
    else return false;
    return true;
}

std::vector<PlaceholderProblem> check_placeholders(std::string_view text, std::size_t limit) {
    std::vector<PlaceholderProblem> problems;
    if (text.find('{') == std::string_view::npos || limit == 0) return problems;
    scan(
        text, [](std::string_view) {}, [](const Placeholder&) { return true; },
        [&](std::size_t begin, std::size_t end, std::string message) {
            problems.push_back({begin, end, std::move(message)});
            return problems.size() < limit;
        });
    return problems;
}

std::string expand_text(std::string_view text, const TraineeVoice& voice) {
    if (text.find('{') == std::string_view::npos) return std::string(text);
    std::string out;
    out.reserve(text.size());
    scan(
        text, [&](std::string_view piece) { out += piece; },
        [&](const Placeholder& placeholder) {
            if (placeholder.trainee) out += voice.name;
            else out += *placeholder.forms[static_cast<std::size_t>(voice.phrasing)];
            return true;
        },
        [](std::size_t, std::size_t, const std::string&) { return true; });
    return out;
}

bool has_placeholders(std::string_view text) { return text.find('{') != std::string_view::npos; }

std::string spoken_text(std::string_view text) { return expand_text(text, TraineeVoice{}); }

}  // namespace frontdesk
