// Matching a diagnostic's English against the pattern tables and filling in the Italian. The matcher is a
// small backtracking one: each slot tries the places where the literal text after it occurs, shortest first,
// and a slot that names a table matches only what that table translates, so "node 'x' 'on_timeout'" is read
// as one subject and "; did you mean 'say'?" as one tail. Messages are one line of a few hundred characters
// and only the kept ones (at most a hundred a file) are translated, so the cost is nothing next to loading.
#include "frontdesk/diagnostic_translation.h"

#include <array>
#include <cstdlib>
#include <cstring>
#include <map>
#include <optional>

#include "diagnostic_patterns.h"
#include "frontdesk/interface_text.h"
#include "frontdesk/terminal_text.h"
#include "frontdesk/utf8.h"

namespace frontdesk {

namespace {

using diagnostic_patterns::Pattern;
using diagnostic_patterns::Table;

enum class Slot {
    quoted, text, number, decimal, plural_s, subject, hint, condition, yaml, ideal, advice, value_kind, ending,
    ending_list, quoted_list, path, code_point, system_error, form, spaces, shortfalls
};

const std::map<std::string, Slot, std::less<>>& slot_names() {
    static const std::map<std::string, Slot, std::less<>> names = {
        {"q", Slot::quoted},       {"t", Slot::text},          {"n", Slot::number},        {"d", Slot::decimal},
        {"s", Slot::plural_s},     {"w", Slot::subject},       {"h", Slot::hint},          {"cond", Slot::condition},
        {"yaml", Slot::yaml},      {"ideal", Slot::ideal},     {"adv", Slot::advice},      {"k", Slot::value_kind},
        {"e", Slot::ending},       {"kl", Slot::ending_list},  {"ql", Slot::quoted_list},  {"path", Slot::path},
        {"cp", Slot::code_point},  {"err", Slot::system_error}, {"form", Slot::form},      {"sp", Slot::spaces},
        {"sf", Slot::shortfalls}};
    return names;
}

struct Segment {
    bool literal = true;
    std::string text;  // a literal's text
    Slot slot = Slot::text;
};

struct Compiled {
    const Pattern* pattern;
    std::vector<Segment> segments;
};

// A braced word that names a slot is a slot; every other brace is the message's own text.
std::vector<Segment> compile(std::string_view english) {
    std::vector<Segment> segments;
    auto literal = [&](std::string_view text) {
        if (text.empty()) return;
        if (segments.empty() || !segments.back().literal) segments.push_back({true, {}, Slot::text});
        segments.back().text += text;
    };
    std::size_t i = 0;
    while (i < english.size()) {
        if (english[i] == '{') {
            std::size_t close = english.find('}', i + 1);
            if (close != std::string_view::npos) {
                auto found = slot_names().find(english.substr(i + 1, close - i - 1));
                if (found != slot_names().end()) {
                    segments.push_back({false, {}, found->second});
                    i = close + 1;
                    continue;
                }
            }
        }
        literal(english.substr(i, 1));
        ++i;
    }
    return segments;
}

const std::vector<Compiled>& compiled(Table table) {
    static const std::map<Table, std::vector<Compiled>> tables = [] {
        std::map<Table, std::vector<Compiled>> out;
        for (std::size_t i = 0; i < diagnostic_patterns::pattern_count; ++i) {
            const Pattern& pattern = diagnostic_patterns::patterns[i];
            out[pattern.table].push_back({&pattern, compile(pattern.english)});
        }
        return out;
    }();
    static const std::vector<Compiled> none;
    auto found = tables.find(table);
    return found == tables.end() ? none : found->second;
}

const char* table_name(Table table) {
    switch (table) {
        case Table::message: return "message";
        case Table::subject: return "subject";
        case Table::hint: return "hint";
        case Table::condition: return "condition";
        case Table::yaml: return "yaml";
        case Table::ideal: return "ideal";
        case Table::advice: return "advice";
    }
    return "message";
}

// A translated part of a message: its Italian, the article a subject takes, and the patterns that made it.
struct Part {
    std::string text;
    std::string article;
    bool subject = false;
    std::vector<std::string> used;
};

// ---- The closed word lists ----

std::optional<std::string> value_kind(std::string_view english) {
    static const std::map<std::string, std::string, std::less<>> kinds = {
        {"nothing", "vuoto"}, {"a single value", "un valore singolo"}, {"a map (key: value lines)", "una mappa (righe chiave: valore)"},
        {"a list", "un elenco"}, {"a value", "un valore"}};
    auto found = kinds.find(english);
    if (found == kinds.end()) return std::nullopt;
    return found->second;
}

std::optional<std::string> ending_kind(std::string_view english) {
    if (english == "success") return ui_text(Language::it, Ui::ending_success);
    if (english == "partial") return ui_text(Language::it, Ui::ending_partial);
    if (english == "failure") return ui_text(Language::it, Ui::ending_failure);
    if (english == "none") return std::string("nessuno");
    return std::nullopt;
}

std::optional<std::string> gendered_form(std::string_view english) {
    if (english == "'f:' (feminine)") return std::string("'f:' (femminile)");
    if (english == "'m:' (masculine)") return std::string("'m:' (maschile)");
    if (english == "'n:' (neutral)") return std::string("'n:' (neutra)");
    return std::nullopt;
}

// strerror() and std::error_code::message() in glibc's English; anything else is shown as the system wrote it.
std::string system_error(std::string_view english) {
    static const std::map<std::string, std::string, std::less<>> errors = {
        {"No such file or directory", "file o cartella inesistente"},
        {"Permission denied", "permesso negato"},
        {"Is a directory", "è una cartella"},
        {"Not a directory", "non è una cartella"},
        {"Too many levels of symbolic links", "troppi livelli di collegamenti simbolici"},
        {"File name too long", "nome del file troppo lungo"},
        {"Input/output error", "errore di lettura o scrittura sul dispositivo"},
        {"Too many open files", "troppi file aperti"},
        {"No such device", "dispositivo inesistente"},
        {"No such device or address", "dispositivo o indirizzo inesistente"},
        {"Operation not permitted", "operazione non permessa"},
        {"Resource temporarily unavailable", "risorsa momentaneamente non disponibile"},
        {"Cannot allocate memory", "memoria insufficiente"},
        {"Stale file handle", "riferimento al file non più valido"},
        {"Transport endpoint is not connected", "il punto di connessione non è collegato"},
    };
    auto found = errors.find(english);
    return found == errors.end() ? std::string(english) : found->second;
}

// yaml-cpp's own messages (yaml-cpp/exceptions.h), for the syntax errors no hint explains.
std::optional<std::string> yaml_cpp_message(std::string_view english) {
    static const std::map<std::string, std::string, std::less<>> messages = {
        {"YAML directives must have exactly one argument", "le direttive YAML vogliono esattamente un argomento"},
        {"YAML major version too large", "versione principale di YAML troppo alta"},
        {"repeated YAML directive", "direttiva YAML ripetuta"},
        {"TAG directives must have exactly two arguments", "le direttive TAG vogliono esattamente due argomenti"},
        {"repeated TAG directive", "direttiva TAG ripetuta"},
        {"illegal character found while scanning tag handle", "carattere non ammesso nel nome di un tag"},
        {"tag handle with no suffix", "nome di tag senza suffisso"},
        {"end of verbatim tag not found", "manca la fine di un tag letterale"},
        {"end of map not found", "manca la fine di una mappa"},
        {"end of map flow not found", "manca la '}' che chiude una {mappa}"},
        {"end of sequence not found", "manca la fine di un elenco"},
        {"end of sequence flow not found", "manca la ']' che chiude un [elenco]"},
        {"cannot assign multiple tags to the same node", "non si possono dare più tag allo stesso valore"},
        {"cannot assign multiple anchors to the same node", "non si possono dare più ancore allo stesso valore"},
        {"cannot assign multiple aliases to the same node", "non si possono dare più alias allo stesso valore"},
        {"aliases can't have any content, *including* tags", "gli alias non possono avere alcun contenuto, nemmeno un tag"},
        {"bad character found while scanning hex number", "carattere non valido in un numero esadecimale"},
        {"unknown token", "simbolo sconosciuto"},
        {"illegal document indicator in scalar", "indicatore di documento non ammesso dentro un valore"},
        {"illegal EOF in scalar", "il file finisce dentro un valore (manca la virgoletta di chiusura?)"},
        {"illegal character in scalar", "carattere non ammesso in un valore"},
        {"illegal tab when looking for indentation", "tabulazione non ammessa nel rientro"},
        {"illegal flow end", "chiusura di parentesi fuori posto"},
        {"illegal block entry", "voce di elenco ('- ') fuori posto"},
        {"illegal map key", "chiave di mappa fuori posto"},
        {"illegal map value", "valore di mappa fuori posto (controlli i due punti e il rientro)"},
        {"alias not found after *", "manca il nome dell'alias dopo *"},
        {"anchor not found after &", "manca il nome dell'ancora dopo &"},
        {"illegal character found while scanning alias", "carattere non ammesso nel nome di un alias"},
        {"illegal character found while scanning anchor", "carattere non ammesso nel nome di un'ancora"},
        {"cannot set zero indentation for a block scalar", "un blocco di testo non può avere rientro zero"},
        {"unexpected character in block scalar", "carattere inatteso in un blocco di testo"},
        {"cannot assign the same alias to multiple nodes", "non si può dare lo stesso alias a più valori"},
        {"the referenced anchor is not defined", "l'ancora indicata non è definita"},
        {"unmatched group tag", "tag di gruppo senza corrispondenza"},
        {"unexpected end sequence token", "fine di elenco inattesa"},
        {"unexpected end map token", "fine di mappa inattesa"},
        {"invalid character in single-quoted string", "carattere non valido in un testo tra virgolette semplici"},
        {"invalid anchor", "ancora non valida"},
        {"invalid alias", "alias non valido"},
        {"invalid tag", "tag non valido"},
    };
    auto found = messages.find(english);
    if (found != messages.end()) return found->second;
    static const std::pair<const char*, const char*> with_detail[] = {
        {"bad YAML version: ", "versione di YAML non valida: "},
        {"invalid unicode: ", "carattere Unicode non valido: "},
        {"unknown escape character: ", "sequenza di escape sconosciuta: "},
    };
    for (const auto& [prefix, italian] : with_detail) {
        std::size_t length = std::strlen(prefix);
        if (english.size() > length && english.substr(0, length) == prefix) return italian + std::string(english.substr(length));
    }
    return std::nullopt;
}

// ---- Numbers and the small lists messages are made of ----

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// "2,596,102" or "-40": written the Italian way ("2.596.102").
std::optional<std::string> whole_number(std::string_view text) {
    std::string_view digits = text;
    if (!digits.empty() && (digits[0] == '-' || digits[0] == '+')) digits.remove_prefix(1);
    if (digits.empty() || !is_digit(digits[0]) || !is_digit(digits.back())) return std::nullopt;
    bool grouped = digits.find(',') != std::string_view::npos;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        char c = digits[i];
        if (is_digit(c)) continue;
        // A group separator has exactly three digits after it.
        if (c != ',' || digits.size() - i < 4 || (digits.size() - i - 1) % 4 != 3) return std::nullopt;
    }
    std::string out(text);
    if (grouped)
        for (char& c : out)
            if (c == ',') c = '.';
    return out;
}

std::optional<std::string> decimal_number(std::string_view text) {
    std::size_t point = text.find('.');
    std::string_view whole = point == std::string_view::npos ? text : text.substr(0, point);
    if (!whole_number(whole) || whole.find(',') != std::string_view::npos) return std::nullopt;
    std::string out(text);
    if (point != std::string_view::npos) {
        std::string_view fraction = text.substr(point + 1);
        if (fraction.empty()) return std::nullopt;
        for (char c : fraction)
            if (!is_digit(c)) return std::nullopt;
        out[point] = ',';
    }
    return out;
}

bool is_quoted(std::string_view text) { return text.size() >= 2 && text.front() == '\'' && text.back() == '\''; }

// "success, partial or failure" -> "success, partial o failure".
std::optional<std::string> ending_list(std::string_view text) {
    std::string out;
    std::size_t i = 0;
    while (true) {
        std::size_t end = text.find_first_of(", ", i);
        std::string_view word = text.substr(i, end == std::string_view::npos ? std::string_view::npos : end - i);
        if (word != "success" && word != "partial" && word != "failure") return std::nullopt;
        out += word;
        if (end == std::string_view::npos) return out;
        if (text.compare(end, 2, ", ") == 0) {
            out += ", ";
            i = end + 2;
        } else if (text.compare(end, 4, " or ") == 0) {
            out += " o ";
            i = end + 4;
        } else {
            return std::nullopt;
        }
    }
}

// "'a', 'b' and 'c'" -> "'a', 'b' e 'c'".
std::optional<std::string> quoted_list(std::string_view text) {
    if (!is_quoted(text)) return std::nullopt;
    std::size_t last_and = text.rfind("' and '");
    if (last_and == std::string_view::npos) return std::string(text);
    return std::string(text.substr(0, last_and)) + "' e '" + std::string(text.substr(last_and + 7));
}

// describe_path(): "opening 1 -> middle (no answer in time) -> ... (7 more answers) -> end 2", or "no answer".
std::string path(std::string_view text) {
    if (text == "no answer") return "(nessuna risposta)";
    std::string out;
    std::size_t i = 0;
    while (i < text.size()) {
        if (text.substr(i, 19) == "(no answer in time)") {
            out += "(nessuna risposta in tempo)";
            i += 19;
            continue;
        }
        if (text.substr(i, 5) == "... (") {
            std::size_t close = text.find(" more answers)", i + 5);
            if (close != std::string_view::npos)
                if (auto count = whole_number(text.substr(i + 5, close - i - 5))) {
                    out += "... (altre " + *count + " risposte)";
                    i = close + 14;
                    continue;
                }
        }
        out += text[i];
        ++i;
    }
    return out;
}

// describe_code_point() in Italian, for exactly what it writes in English.
std::optional<std::string> code_point(std::string_view text) {
    if (text.size() < 8 || text.substr(0, 2) != "U+") return std::nullopt;
    std::size_t end = text.find(' ');
    if (end == std::string_view::npos) return std::nullopt;
    char32_t value = 0;
    for (char c : text.substr(2, end - 2)) {
        int digit = is_digit(c) ? c - '0' : (c >= 'A' && c <= 'F') ? c - 'A' + 10 : -1;
        if (digit < 0) return std::nullopt;
        value = value * 16 + static_cast<char32_t>(digit);
    }
    if (describe_code_point(value, Language::en) != text) return std::nullopt;
    return describe_code_point(value, Language::it);
}

// "8 spaces" -> "8 spazi", "1 space" -> "1 spazio".
std::optional<std::string> spaces(std::string_view text) {
    if (text == "1 space") return std::string("1 spazio");
    constexpr std::string_view tail = " spaces";
    if (text.size() <= tail.size() || text.substr(text.size() - tail.size()) != tail) return std::nullopt;
    auto count = whole_number(text.substr(0, text.size() - tail.size()));
    if (!count) return std::nullopt;
    return *count + " spazi";
}

// "3 of 6 listening and 2 of 4 respect" -> "3 su 6 listening e 2 su 4 respect".
std::optional<std::string> shortfalls(std::string_view text) {
    std::string out;
    std::size_t i = 0;
    while (true) {
        std::size_t of = text.find(" of ", i);
        if (of == std::string_view::npos) return std::nullopt;
        auto raw = whole_number(text.substr(i, of - i));
        std::size_t space = text.find(' ', of + 4);
        if (!raw || space == std::string_view::npos) return std::nullopt;
        auto best = whole_number(text.substr(of + 4, space - of - 4));
        if (!best) return std::nullopt;
        std::size_t next = text.find_first_of(", ", space + 1);
        while (next != std::string_view::npos && text.compare(next, 2, ", ") != 0 && text.compare(next, 5, " and ") != 0)
            next = text.find_first_of(", ", next + 1);
        std::string_view skill = text.substr(space + 1, next == std::string_view::npos ? std::string_view::npos : next - space - 1);
        if (skill.empty()) return std::nullopt;
        out += *raw + " su " + *best + " " + std::string(skill);
        if (next == std::string_view::npos) return out;
        bool comma = text.compare(next, 2, ", ") == 0;
        out += comma ? ", " : " e ";
        i = next + (comma ? 2 : 5);
    }
}

// ---- Filling in the Italian ----

std::string with_article(const Part& part) {
    if (part.article.empty()) return part.text;
    if (part.article == "l'") return "l'" + part.text;
    return part.article + " " + part.text;
}

// "nel nodo 'x'", "del nodo 'x'", "dal nodo 'x'"; "in 'character'" for a subject without an article.
std::string with_preposition(const Part& part, std::string_view preposition) {
    static const std::map<std::string, std::array<const char*, 3>, std::less<>> joined = {
        {"il", {"nel ", "del ", "dal "}},   {"lo", {"nello ", "dello ", "dallo "}}, {"la", {"nella ", "della ", "dalla "}},
        {"l'", {"nell'", "dell'", "dall'"}}, {"i", {"nei ", "dei ", "dai "}},        {"gli", {"negli ", "degli ", "dagli "}},
        {"le", {"nelle ", "delle ", "dalle "}}};
    std::size_t which = preposition == "in" ? 0 : preposition == "di" ? 1 : 2;
    auto found = joined.find(part.article);
    if (!part.subject || found == joined.end()) return std::string(preposition) + " " + with_article(part);
    return found->second[which] + part.text;
}

// The definite article before a number in Italian: "l'" when it is read starting with a vowel (uno, undici,
// and otto, ottanta, ottocento...), else "il ".
std::string article_for_number(std::string_view number) {
    std::string digits;
    for (char c : number) {
        if (is_digit(c)) digits += c;
        else if (c != '.' && c != ',') break;
    }
    if (digits.empty()) return "il ";
    bool vowel = digits[0] == '8' || digits == "1" || digits == "11";
    return vowel ? "l'" : "il ";
}

std::string fill(std::string_view italian, const std::vector<Part>& parts) {
    auto part = [&](char digit) -> const Part* {
        auto index = static_cast<std::size_t>(digit - '0');
        return index < parts.size() ? &parts[index] : nullptr;
    };
    std::string out;
    for (std::size_t i = 0; i < italian.size(); ++i) {
        if (italian[i] == '{') {
            std::string_view rest = italian.substr(i);
            // {0}
            if (rest.size() >= 3 && is_digit(rest[1]) && rest[2] == '}') {
                if (const Part* p = part(rest[1])) out += with_article(*p);
                i += 2;
                continue;
            }
            // {in:0}, {di:0}, {da:0}
            if (rest.size() >= 6 && (rest.substr(1, 3) == "in:" || rest.substr(1, 3) == "di:" || rest.substr(1, 3) == "da:") &&
                is_digit(rest[4]) && rest[5] == '}') {
                if (const Part* p = part(rest[4])) out += with_preposition(*p, rest.substr(1, 2));
                i += 5;
                continue;
            }
            // {il:0}: "il 60%", "l'88%" (the article as the number is read aloud: uno, otto, undici, ottanta...)
            if (rest.size() >= 6 && rest.substr(1, 3) == "il:" && is_digit(rest[4]) && rest[5] == '}') {
                if (const Part* p = part(rest[4])) out += article_for_number(p->text) + p->text;
                i += 5;
                continue;
            }
            // {0?one|other}
            if (rest.size() >= 3 && is_digit(rest[1]) && rest[2] == '?') {
                std::size_t bar = rest.find('|'), close = rest.find('}');
                if (bar != std::string_view::npos && close != std::string_view::npos && bar < close) {
                    const Part* p = part(rest[1]);
                    bool one = p && p->text == "1";
                    out += one ? rest.substr(3, bar - 3) : rest.substr(bar + 1, close - bar - 1);
                    i += close;
                    continue;
                }
            }
        }
        out += italian[i];
    }
    return out;
}

std::optional<Part> match_table(Table table, std::string_view text);

// What a slot makes of `text`, or nothing when the text is not what the slot stands for.
std::optional<Part> read_slot(Slot slot, std::string_view text) {
    auto plain = [](std::optional<std::string> value) -> std::optional<Part> {
        if (!value) return std::nullopt;
        Part part;
        part.text = std::move(*value);
        return part;
    };
    switch (slot) {
        case Slot::quoted: return is_quoted(text) ? plain(std::string(text)) : std::nullopt;
        case Slot::text: return text.empty() ? std::nullopt : plain(std::string(text));
        case Slot::number: return plain(whole_number(text));
        case Slot::decimal: return plain(decimal_number(text));
        case Slot::plural_s: return text.empty() || text == "s" ? plain(std::string()) : std::nullopt;
        case Slot::subject: return match_table(Table::subject, text);
        case Slot::hint: return match_table(Table::hint, text);
        case Slot::condition: return match_table(Table::condition, text);
        case Slot::ideal: return match_table(Table::ideal, text);
        case Slot::advice: return match_table(Table::advice, text);
        case Slot::yaml: {
            if (auto part = match_table(Table::yaml, text)) return part;
            return plain(yaml_cpp_message(text));
        }
        case Slot::value_kind: return plain(value_kind(text));
        case Slot::ending: return plain(ending_kind(text));
        case Slot::ending_list: return plain(ending_list(text));
        case Slot::quoted_list: return plain(quoted_list(text));
        case Slot::path: return text.empty() ? std::nullopt : plain(path(text));
        case Slot::code_point: return plain(code_point(text));
        case Slot::system_error: return text.empty() ? std::nullopt : plain(system_error(text));
        case Slot::form: return plain(gendered_form(text));
        case Slot::spaces: return plain(spaces(text));
        case Slot::shortfalls: return plain(shortfalls(text));
    }
    return std::nullopt;
}

bool can_be_empty(Slot slot) { return slot == Slot::hint || slot == Slot::plural_s; }

// Matches segments[index...] against text[position...], appending the parts of the slots.
bool match_segments(const std::vector<Segment>& segments, std::size_t index, std::string_view text, std::size_t position,
                    std::vector<Part>& parts) {
    if (index == segments.size()) return position == text.size();
    const Segment& segment = segments[index];
    if (segment.literal) {
        if (text.compare(position, segment.text.size(), segment.text) != 0) return false;
        return match_segments(segments, index + 1, text, position + segment.text.size(), parts);
    }
    std::size_t first_end = position + (can_be_empty(segment.slot) ? 0 : 1);
    std::vector<std::size_t> ends;
    if (index + 1 == segments.size()) {
        ends.push_back(text.size());
    } else if (segments[index + 1].literal) {
        const std::string& next = segments[index + 1].text;
        for (std::size_t at = text.find(next, first_end); at != std::string_view::npos; at = text.find(next, at + 1)) ends.push_back(at);
    } else {
        for (std::size_t at = first_end; at <= text.size(); ++at) ends.push_back(at);
    }
    for (std::size_t end : ends) {
        if (end < first_end || end > text.size()) continue;
        std::optional<Part> part = read_slot(segment.slot, text.substr(position, end - position));
        if (!part) continue;
        bool captured = segment.slot != Slot::plural_s;
        if (captured) parts.push_back(std::move(*part));
        if (match_segments(segments, index + 1, text, end, parts)) return true;
        if (captured) parts.pop_back();
    }
    return false;
}

std::optional<Part> match_table(Table table, std::string_view text) {
    for (const Compiled& entry : compiled(table)) {
        std::vector<Part> parts;
        if (!match_segments(entry.segments, 0, text, 0, parts)) continue;
        Part out;
        std::string_view italian = entry.pattern->italian;
        if (table == Table::subject) {
            std::size_t bar = italian.find('|');
            out.article = std::string(italian.substr(0, bar));
            italian = italian.substr(bar + 1);
            out.subject = true;
        }
        out.text = fill(italian, parts);
        out.used.push_back(std::string(table_name(table)) + "/" + entry.pattern->name);
        for (Part& part : parts) out.used.insert(out.used.end(), part.used.begin(), part.used.end());
        return out;
    }
    return std::nullopt;
}

std::string italian_grouped(std::size_t number) {
    std::string out = grouped(number);
    for (char& c : out)
        if (c == ',') c = '.';
    return out;
}

}  // namespace

Language language_from_environment() {
    for (const char* name : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
        const char* value = std::getenv(name);
        if (!value || !*value) continue;
        return std::strncmp(value, "it", 2) == 0 ? Language::it : Language::en;
    }
    return Language::en;
}

Language trainer_language(std::string_view option) {
    if (auto language = parse_language(option)) return *language;
    return language_from_environment();
}

DiagnosticTranslation translate_diagnostic(std::string_view english, Language language) {
    DiagnosticTranslation out;
    if (language == Language::en) {
        out.text = std::string(english);
        out.translated = true;
        return out;
    }
    if (std::optional<Part> part = match_table(Table::message, english)) {
        out.text = std::move(part->text);
        out.translated = true;
        out.patterns = std::move(part->used);
        return out;
    }
    out.text = std::string(english);
    return out;
}

std::string translate_diagnostic_message(std::string_view english, Language language) {
    return translate_diagnostic(english, language).text;
}

std::string translate_phrase(Phrase phrase, std::string_view english, Language language) {
    if (language == Language::en) return std::string(english);
    switch (phrase) {
        case Phrase::ideal_path_problem:
            if (auto part = match_table(Table::ideal, english)) return part->text;
            break;
        case Phrase::path:
            if (!english.empty()) return path(english);
            break;
    }
    return std::string(english);
}

std::vector<std::string> diagnostic_pattern_names() {
    std::vector<std::string> names;
    for (std::size_t i = 0; i < diagnostic_patterns::pattern_count; ++i) {
        const Pattern& pattern = diagnostic_patterns::patterns[i];
        names.push_back(std::string(table_name(pattern.table)) + "/" + pattern.name);
    }
    return names;
}

const char* severity_word(Severity severity, Language language) {
    if (language == Language::en) return severity_name(severity);
    switch (severity) {
        case Severity::error: return "errore";
        case Severity::warning: return "avviso";
        case Severity::note: return "nota";
    }
    return "errore";
}

std::string format_diagnostic(const Diagnostic& diagnostic, const SourceText* source, Language language) {
    if (language == Language::en) return format_diagnostic(diagnostic, source);
    Diagnostic shown = diagnostic;
    shown.message = translate_diagnostic_message(diagnostic.message, language);
    std::string out = format_diagnostic(shown, source);
    // The severity word follows "path:line:col: ", exactly as format_diagnostic writes it.
    std::string prefix = terminal_safe(diagnostic.path);
    if (diagnostic.location.line > 0) {
        prefix += ':' + std::to_string(diagnostic.location.line);
        if (diagnostic.location.column > 0) prefix += ':' + std::to_string(diagnostic.location.column);
    }
    prefix += ": ";
    std::string_view english = severity_name(diagnostic.severity);
    if (out.compare(0, prefix.size(), prefix) == 0 && out.compare(prefix.size(), english.size(), english) == 0)
        out.replace(prefix.size(), english.size(), severity_word(diagnostic.severity, language));
    return out;
}

std::string format_omitted(const DiagnosticList& diagnostics, Language language) {
    if (language == Language::en) return format_omitted(diagnostics);
    std::size_t errors = diagnostics.omitted_error_count(), warnings = diagnostics.omitted_warning_count();
    if (errors == 0 && warnings == 0) return {};
    std::size_t total = errors + warnings;
    std::string what = warnings == 0 ? (total == 1 ? "un altro errore" : "altri " + italian_grouped(total) + " errori")
                       : errors == 0 ? (total == 1 ? "un altro avviso" : "altri " + italian_grouped(total) + " avvisi")
                                     : "altri " + italian_grouped(total) + " tra errori e avvisi";
    return terminal_safe(diagnostics.path()) + ": ... e " + what + '\n';
}

std::string format_diagnostics(const LoadedScenario& loaded, Language language) {
    if (language == Language::en) return format_diagnostics(loaded);
    std::string out;
    for (const Diagnostic& diagnostic : loaded.diagnostics.items())
        out += format_diagnostic(diagnostic, loaded.source ? &*loaded.source : nullptr, language);
    return out + format_omitted(loaded.diagnostics, language);
}

}  // namespace frontdesk
