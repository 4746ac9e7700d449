// Typed reading of the YAML tree with diagnostics. Every piece of the file a message quotes goes through
// in_quotes() or message_text(), so a message stays one short, printable line.
#include "frontdesk/yaml_reader.h"

#include <algorithm>
#include <cctype>
#include <unordered_map>

#include "frontdesk/suggest.h"
#include "italian_words.h"

namespace frontdesk {

SourceLocation YamlReader::location(Index node) const { return source_.location_of(document_.node(node).offset); }

std::uint32_t YamlReader::width(Index node) const {
    const YamlDocument::Node& n = document_.node(node);
    if (n.kind != YamlDocument::Kind::scalar) return 1;
    std::size_t size = document_.text(node).size() + (n.plain ? 0 : 2);
    // Stay on the node's line: a multi-line scalar gets a caret only. Only the scalar's own width is
    // searched, since a line may hold thousands of values.
    std::string_view rest(source_.text().data() + n.offset, std::min(size, source_.text().size() - n.offset));
    if (rest.find('\n') != std::string_view::npos) return 1;
    return static_cast<std::uint32_t>(std::max<std::size_t>(1, std::min<std::size_t>(size, 200)));
}

ScalarWalk YamlReader::walk(Index node) const {
    return ScalarWalk(source_.text(), document_.node(node).offset, document_.text(node));
}

std::string YamlReader::kind_name(YamlDocument::Kind kind) {
    switch (kind) {
        case YamlDocument::Kind::null: return "nothing";
        case YamlDocument::Kind::scalar: return "a single value";
        case YamlDocument::Kind::map: return "a map (key: value lines)";
        case YamlDocument::Kind::sequence: return "a list";
    }
    return "a value";
}

std::optional<YamlReader::EntryList> YamlReader::read_open_map(Index node, const std::string& what) {
    if (document_.kind(node) != YamlDocument::Kind::map) {
        error(node, what + " must be a map (key: value lines), found " + kind_name(document_.kind(node)));
        return std::nullopt;
    }
    EntryList entries;
    // Small maps are scanned; large ones (the nodes of a long scenario) use a hash set of the keys.
    std::unordered_map<std::string_view, Index> first_seen;
    constexpr std::size_t scan_limit = 16;
    document_.for_each_entry(node, [&](Index key, Index value) {
        std::string_view name = document_.text(key);
        if (document_.kind(key) == YamlDocument::Kind::null) {
            error(key, "empty key in " + what);
            return;
        }
        Index earlier = 0;
        if (entries.size() < scan_limit) {
            for (const auto& [seen, entry] : entries)
                if (seen == name) earlier = entry.key;
        } else {
            if (first_seen.empty()) {
                std::size_t count = 0;
                document_.for_each_child(node, [&](Index) { ++count; });
                first_seen.reserve(count / 2);
                for (const auto& [seen, entry] : entries) first_seen.emplace(seen, entry.key);
            }
            auto [it, inserted] = first_seen.emplace(name, key);
            if (!inserted) earlier = it->second;
        }
        if (earlier != 0) {
            SourceLocation first = location(earlier);
            std::string key_name(name);
            // Two 'say' in one choice is almost always a second choice whose "- " was forgotten.
            bool new_choice = key_name == "say" && what.rfind("choice ", 0) == 0;
            std::uint32_t line = location(key).line;
            error(key, "duplicate key " + in_quotes(key_name) + " in " + what + " (first defined at line " +
                           std::to_string(first.line) + ", column " + std::to_string(first.column) + ")" +
                           (new_choice ? "; if line " + std::to_string(line) + " starts another choice, begin it with '- ' ('- say: ...')"
                                       : std::string()));
            note(earlier, in_quotes(key_name) + " first defined here");
            return;
        }
        entries.emplace_back(name, Entry{key, value});
    });
    return entries;
}

std::optional<YamlReader::Entries> YamlReader::read_map(Index node, const std::string& what,
                                                        const std::vector<std::string>& allowed) {
    auto open = read_open_map(node, what);
    if (!open) return std::nullopt;
    Entries entries;
    for (auto& [name, entry] : *open) {
        if (std::find(allowed.begin(), allowed.end(), name) == allowed.end()) {
            const char* english = english_for(name);
            bool translated = english && std::find(allowed.begin(), allowed.end(), english) != allowed.end();
            std::string nearest = translated ? std::string(english) : nearest_word(name, allowed);
            std::string hint = nearest.empty() ? std::string()
                               : translated ? "; keys are written in English: write '" + nearest + "'"
                                            : "; did you mean '" + nearest + "'?";
            if (!nearest.empty()) entries.add_suggested(nearest);
            if (hint.empty()) {
                std::string list;
                for (const std::string& key : allowed) list += (list.empty() ? "" : ", ") + key;
                hint = "; expected one of: " + list;
            }
            error(entry.key, "unknown key " + in_quotes(name) + " in " + what + hint);
            continue;
        }
        entries.add(name, entry);
    }
    return entries;
}

bool YamlReader::require(const Entries& entries, Index map, const std::string& what,
                         const std::vector<std::string>& keys) {
    bool all = true;
    for (const std::string& key : keys) {
        if (!entries.find(key) && !entries.was_suggested(key)) {
            diagnostics_.error(location(map), "missing required key '" + key + "' in " + what);
            all = false;
        }
    }
    return all;
}

std::optional<std::string> YamlReader::read_string(Index node, const std::string& key) {
    switch (document_.kind(node)) {
        case YamlDocument::Kind::scalar: return std::string(document_.text(node));
        case YamlDocument::Kind::null: error(node, in_quotes(key) + " is empty; write its text"); return std::nullopt;
        default:
            error(node, in_quotes(key) + " must be text, found " + kind_name(document_.kind(node)) +
                            " (quote text that contains ': ' or starts with '[', '{' or '-')");
            return std::nullopt;
    }
}

std::optional<std::int64_t> YamlReader::read_integer(Index node, const std::string& key, std::int64_t min,
                                                     std::int64_t max) {
    auto range = [&] { return " between " + std::to_string(min) + " and " + std::to_string(max); };
    if (document_.kind(node) != YamlDocument::Kind::scalar) {
        error(node, in_quotes(key) + " must be a whole number" + range() + ", found " + kind_name(document_.kind(node)));
        return std::nullopt;
    }
    std::string_view text = document_.text(node);
    if (!document_.node(node).plain) {
        error(node, in_quotes(key) + " must be a number, found the quoted text \"" + message_text(text) +
                        "\"; remove the quotes");
        return std::nullopt;
    }
    std::string_view digits = text;
    bool negative = false;
    if (!digits.empty() && (digits[0] == '+' || digits[0] == '-')) {
        negative = digits[0] == '-';
        digits.remove_prefix(1);
    }
    auto is_digit = [](char c) { return c >= '0' && c <= '9'; };
    bool all_digits = !digits.empty() && std::all_of(digits.begin(), digits.end(), is_digit);
    if (all_digits && digits.size() <= 12 && (digits[0] != '0' || digits.size() == 1)) {
        std::int64_t value = 0;
        for (char c : digits) value = value * 10 + (c - '0');
        if (negative) value = -value;
        if (value < min || value > max) {
            error(node, in_quotes(key) + " is out of range: must be" + range() + ", found " + std::string(text));
            return std::nullopt;
        }
        return value;
    }
    // Everything below explains why the text is not a plain decimal number.
    if (digits.size() > 1 && digits[0] == '0' &&
        (digits[1] == 'x' || digits[1] == 'X' || digits[1] == 'o' || digits[1] == 'O' || digits[1] == 'b' || digits[1] == 'B')) {
        error(node, in_quotes(key) + " is written as " + message_text(text) +
                        "; write numbers in plain decimal (hexadecimal, octal and binary are not accepted)");
        return std::nullopt;
    }
    if (all_digits && digits.size() > 1 && digits[0] == '0') {
        error(node, in_quotes(key) + " has a leading zero (" + message_text(text) +
                        "), which YAML may read as octal; write it without the leading zero");
        return std::nullopt;
    }
    if (all_digits) {
        error(node, in_quotes(key) + " is out of range: must be" + range());
        return std::nullopt;
    }
    std::string lowered;
    for (char c : text) lowered += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (lowered == ".nan" || lowered == ".inf" || lowered == "+.inf" || lowered == "-.inf") {
        error(node, in_quotes(key) + " must be a whole number" + range() + ", found " + std::string(text));
        return std::nullopt;
    }
    bool decimal = digits.find_first_of(".eE") != std::string_view::npos &&
                   std::all_of(digits.begin(), digits.end(), [&](char c) {
                       return is_digit(c) || c == '.' || c == 'e' || c == 'E' || c == '-' || c == '+';
                   });
    error(node, in_quotes(key) + " must be a whole number" + range() + ", found " + (decimal ? "the fraction " : "'") +
                    message_text(text) + (decimal ? "" : "'"));
    return std::nullopt;
}

std::optional<std::int64_t> YamlReader::read_flag_value(Index node, const std::string& key) {
    if (document_.kind(node) == YamlDocument::Kind::scalar && document_.node(node).plain) {
        std::string_view text = document_.text(node);
        if (text == "true" || text == "True" || text == "TRUE") return 1;
        if (text == "false" || text == "False" || text == "FALSE") return 0;
        if (const char* english = english_for(text); english && (std::string_view(english) == "true" || std::string_view(english) == "false")) {
            error(node, "flag " + in_quotes(key) + " is set to " + in_quotes(text) + "; values are written in English: write " + english);
            return std::nullopt;
        }
        if (text == "yes" || text == "no" || text == "on" || text == "off" || text == "Yes" || text == "No") {
            error(node, "flag " + in_quotes(key) + " is set to '" + std::string(text) + "'; write true or false");
            return std::nullopt;
        }
    }
    if (document_.kind(node) == YamlDocument::Kind::scalar && document_.node(node).plain) {
        std::string_view text = document_.text(node);
        bool looks_numeric = !text.empty() && (std::isdigit(static_cast<unsigned char>(text[0])) || text[0] == '-' || text[0] == '+' || text[0] == '.');
        if (!looks_numeric) {
            error(node, "flag " + in_quotes(key) + " must be true, false or a whole number, found " + in_quotes(text));
            return std::nullopt;
        }
    }
    return read_integer(node, key, -1'000'000'000, 1'000'000'000);
}

std::optional<int> YamlReader::read_choice_of(Index node, const std::string& key, const std::vector<std::string>& names) {
    std::string list;
    for (const std::string& name : names) list += (list.empty() ? "" : ", ") + name;
    if (document_.kind(node) != YamlDocument::Kind::scalar) {
        error(node, in_quotes(key) + " must be one of: " + list + "; found " + kind_name(document_.kind(node)));
        return std::nullopt;
    }
    std::string_view text = document_.text(node);
    for (std::size_t i = 0; i < names.size(); ++i)
        if (names[i] == text) return static_cast<int>(i);
    const char* english = english_for(text);
    if (english && std::find(names.begin(), names.end(), english) != names.end()) {
        error(node, in_quotes(key) + " is written in English: write '" + english + "' for " + in_quotes(text) + " (one of: " + list + ")");
        return std::nullopt;
    }
    error(node, in_quotes(key) + " must be one of: " + list + "; found " + in_quotes(text) + did_you_mean(text, names));
    return std::nullopt;
}

std::optional<bool> YamlReader::read_bool(Index node, const std::string& key) {
    if (document_.kind(node) == YamlDocument::Kind::scalar) {
        std::string_view text = document_.text(node);
        if (text == "true" || text == "True" || text == "TRUE") return true;
        if (text == "false" || text == "False" || text == "FALSE") return false;
        if (const char* english = english_for(text); english && (std::string_view(english) == "true" || std::string_view(english) == "false")) {
            error(node, in_quotes(key) + " is written in English: write " + english + " for " + in_quotes(text));
            return std::nullopt;
        }
        error(node, in_quotes(key) + " must be true or false, found " + in_quotes(text));
        return std::nullopt;
    }
    error(node, in_quotes(key) + " must be true or false, found " + kind_name(document_.kind(node)));
    return std::nullopt;
}

}  // namespace frontdesk
