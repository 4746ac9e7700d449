// A Twine story written out as a scenario file, placeholders and defaults named in warnings, and loaded with
// every check before it is returned, so an import either lints without errors or gives nothing.
#include <algorithm>
#include <cctype>
#include <filesystem>
#include <map>
#include <set>

#include "frontdesk/scenario_loader.h"
#include "frontdesk/scenario_yaml_text.h"
#include "frontdesk/suggest.h"
#include "frontdesk/twine_import.h"
#include "frontdesk/twine_links.h"
#include "frontdesk/utf8.h"
#include "frontdesk/yaml_document.h"

namespace frontdesk {

namespace {

// The words the placeholders are written in, in the scenario's language: the trainer replaces each.
struct PlaceholderWords {
    const char* summary;
    const char* character_name;
    const char* say;
};

const PlaceholderWords& placeholder_words(Language language) {
    static const PlaceholderWords english{"To write: the briefing the trainee reads before starting.",
                                          "To write: the character's name", "To write: what the character says here."};
    static const PlaceholderWords italian{"Da scrivere: le istruzioni che il tirocinante legge prima di iniziare.",
                                          "Da scrivere: il nome del personaggio", "Da scrivere: che cosa dice qui il personaggio."};
    return language == Language::it ? italian : english;
}

// Passages the story formats run as code rather than show: SugarCube's special names, Harlowe's special tags.
bool is_story_format_passage(const TwinePassage& passage) {
    static const std::set<std::string> sugarcube_names{"StoryInit",     "StoryCaption",  "StoryMenu",     "StoryBanner",
                                                       "StorySubtitle", "StoryAuthor",   "StoryShare",    "StoryInterface",
                                                       "PassageReady",  "PassageDone",   "PassageHeader", "PassageFooter",
                                                       "StorySettings", "StoryIncludes"};
    static const char* const harlowe_tags[] = {"startup", "debug-startup", "header", "debug-header", "footer", "debug-footer"};
    if (passage.is_code() || sugarcube_names.count(passage.name)) return true;
    for (const char* tag : harlowe_tags)
        if (passage.has_tag(tag)) return true;
    return false;
}

// An ASCII letter for an accented Latin letter (U+00C0 to U+00FF), or 0.
char plain_letter(char32_t code_point) {
    static constexpr char latin1[] = "AAAAAAACEEEEIIIIDNOOOOO_OUUUUY_saaaaaaaceeeeiiiidnooooo_ouuuuy_y";
    if (code_point < 0xC0 || code_point > 0xFF) return 0;
    char c = latin1[code_point - 0xC0];
    return c == '_' ? 0 : c;
}

// `text` as lowercase ASCII letters and digits, every other run of characters one `separator`, trimmed.
std::string slug(std::string_view text, char separator, std::size_t most) {
    std::string out;
    for (std::size_t i = 0; i < text.size() && out.size() < most;) {
        unsigned char byte = static_cast<unsigned char>(text[i]);
        std::size_t length = byte < 0x80 ? 1 : utf8_sequence_length(text, i);
        if (length == 0) length = 1;
        char c = byte < 0x80 ? static_cast<char>(byte) : plain_letter(utf8_code_point(text, i, length));
        i += length;
        if (std::isalnum(static_cast<unsigned char>(c))) {
            out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        } else if (!out.empty() && out.back() != separator) {
            out += separator;
        }
    }
    while (!out.empty() && out.back() == separator) out.pop_back();
    return out;
}

std::string with_suffix(const std::string& base, std::size_t number) { return base + "_" + std::to_string(number); }

struct Node {
    const TwinePassage* passage;
    std::string id;
    TwinePassageText text;
};

std::string macro_message(const TwineMacro& macro) {
    switch (macro.kind) {
        case TwineMacro::Kind::harlowe_macro:
            return "the Harlowe macro (" + message_text(macro.name) + ":) is kept as plain text: frontdesk does not run story-format code; "
                   "remove it, or write what it does as the answer's 'set' and 'if'";
        case TwineMacro::Kind::sugarcube_macro:
            return "the SugarCube macro <<" + message_text(macro.name) + ">> is kept as plain text: frontdesk does not run story-format code; "
                   "remove it, or write what it does as the answer's 'set' and 'if'";
        case TwineMacro::Kind::variable:
            break;
    }
    return "the story variable " + message_text(macro.name) + " is kept as plain text: frontdesk does not run story-format code; "
           "use a flag (the answer's 'set' and 'if') instead";
}

// Adds a comment after a line, lined up so the values read as a column.
std::string commented(std::string line, std::string_view comment) {
    constexpr std::size_t column = 40;
    if (line.size() < column) line.append(column - line.size(), ' ');
    else line += ' ';
    return line + "# " + std::string(comment) + "\n";
}

class Converter {
public:
    Converter(const TwineStory& story, const TwineImportOptions& options, DiagnosticList& diagnostics)
        : story_(story), options_(options), diagnostics_(diagnostics), words_(placeholder_words(options.language)) {}

    std::string run(std::size_t* nodes, std::size_t* endings) {
        choose_nodes();
        if (nodes_.empty()) {
            diagnostics_.error({}, "the story has no passages to import (only its title, data, scripts and stylesheets)");
            return {};
        }
        std::string start = start_node();
        for (Node& node : nodes_) read_node(node);
        if (diagnostics_.has_errors()) return {};
        std::string yaml = write(start);
        if (nodes) *nodes = nodes_.size();
        if (endings) *endings = endings_;
        return yaml;
    }

private:
    const TwineStory& story_;
    const TwineImportOptions& options_;
    DiagnosticList& diagnostics_;
    const PlaceholderWords& words_;
    std::vector<Node> nodes_;
    std::map<std::string, std::size_t> by_name_;  // the first node of each passage name
    std::vector<std::string> names_;              // for "did you mean"
    std::size_t endings_ = 0;

    SourceLocation at(std::size_t offset) const { return story_.source.location_of(offset); }

    // Where bytes [offset, offset + length) of a passage's text were typed, and how many characters of the
    // file they cover on that line (an entity is one byte of text and several of the file).
    void warn_at(const TwinePassage& passage, std::size_t offset, std::size_t length, Severity severity, std::string message) {
        SourceLocation start = at(passage.source_offset(offset));
        SourceLocation end = at(passage.source_offset(offset + length));
        std::uint32_t width = end.line == start.line && end.column > start.column ? end.column - start.column : 1;
        diagnostics_.add({severity, {}, start, std::move(message), std::min<std::uint32_t>(width, 200)});
    }

    void choose_nodes() {
        std::set<std::string> ids;
        // The next number to try for each id, so a thousand passages of one name are numbered in linear time.
        std::map<std::string, std::size_t> next_number;
        for (const TwinePassage& passage : story_.passages) {
            if (is_story_format_passage(passage)) {
                diagnostics_.warning(passage.location, "passage " + in_quotes(passage.name) +
                                                           " is story-format code (a script, a stylesheet or a special passage), not conversation; it is not imported");
                continue;
            }
            std::string base = node_id_from_passage_name(passage.name);
            std::string id = base;
            if (ids.count(id)) {
                std::size_t& n = next_number.emplace(base, 2).first->second;
                while (ids.count(id = with_suffix(base, n))) ++n;
            }
            ids.insert(id);
            auto [first, inserted] = by_name_.emplace(passage.name, nodes_.size());
            if (inserted) {
                names_.push_back(passage.name);
            } else {
                const TwinePassage& original = *nodes_[first->second].passage;
                diagnostics_.warning(passage.location, "passage name " + in_quotes(passage.name) + " is used twice (first at line " +
                                                           std::to_string(original.location.line) + "); links lead to the first, and this one becomes node " +
                                                           in_quotes(id) + ", which nothing reaches: rename it in Twine or merge the two");
            }
            nodes_.push_back({&passage, id, {}});
        }
    }

    std::string start_node() {
        std::string start = story_.start.empty() ? std::string("Start") : story_.start;
        auto found = by_name_.find(start);
        if (found != by_name_.end()) return nodes_[found->second].id;
        if (story_.start.empty())
            diagnostics_.error({}, "the story names no start passage (StoryData's \"start\", or a passage called 'Start'); "
                                   "set the start passage in Twine, or add \"start\" to StoryData" + did_you_mean("Start", names_));
        else
            diagnostics_.error(story_.start_location, "the start passage " + in_quotes(story_.start) + " does not exist" +
                                                          did_you_mean(story_.start, names_));
        return {};
    }

    void read_node(Node& node) {
        const TwinePassage& passage = *node.passage;
        node.text = read_passage_text(passage.text);
        for (const TwineMacro& macro : node.text.macros) warn_at(passage, macro.offset, macro.length, Severity::warning, macro_message(macro));
        for (std::size_t offset : node.text.unclosed_links)
            warn_at(passage, offset, 2, Severity::warning, "this '[[' opens a link that is never closed with ']]'; it is kept as text");
        for (const TwineLink& link : node.text.links) {
            auto link_problem = [&](Severity severity, std::string message) { warn_at(passage, link.offset, link.length, severity, std::move(message)); };
            // A wrong target is pointed at itself: the name to correct.
            auto target_problem = [&](std::string message) {
                warn_at(passage, link.target_offset, link.target.size(), Severity::error, std::move(message));
            };
            if (link.target.empty()) {
                link_problem(Severity::error, "this link names no passage to go to; write [[text->passage]]");
            } else if (!by_name_.count(link.target)) {
                if (story_.find(link.target))
                    target_problem("this link leads to " + in_quotes(link.target) +
                                   ", which is story-format code, not conversation; link to a passage of the conversation");
                else  // the suggestion only for a message that is kept: thousands of broken links must not each search every name
                    target_problem("this link leads to passage " + in_quotes(link.target) + ", which does not exist" +
                                   (diagnostics_.keeps_more() ? did_you_mean(link.target, names_) : std::string()));
            }
            if (!link.setter.empty())
                link_problem(Severity::warning, "the setter [" + message_text(link.setter) +
                                                    "] of this link is dropped; write what it sets as the answer's 'set' after the import");
        }
        check_length(passage, node.text.words);
        for (const TwineLink& link : node.text.links) check_length(passage, link.text);
        if (node.text.links.empty()) {
            ++endings_;
            diagnostics_.warning(passage.location, "passage " + in_quotes(passage.name) +
                                                       " has no links, so it becomes an ending of kind 'partial'; "
                                                       "set its 'end' to success, partial or failure, and write its 'debrief'");
        } else if (node.text.words.empty()) {
            diagnostics_.warning(passage.location, "passage " + in_quotes(passage.name) +
                                                       " has only links, so what the character says there is a placeholder; write its 'say'");
        }
    }

    void check_length(const TwinePassage& passage, const std::string& text) {
        std::size_t written = yaml_double_quoted(literal_braces(text)).size();
        if (written > max_yaml_value_bytes)
            diagnostics_.error(passage.location, "passage " + in_quotes(passage.name) + " holds a text of " + grouped(written) +
                                                     " bytes once written, over the " + grouped(max_yaml_value_bytes) +
                                                     " bytes a scenario text may hold; split the passage");
    }

    std::string write(const std::string& start) const {
        const char* format_name = story_.source_format == TwineSourceFormat::twee ? "Twee 3" : "Twine 2 HTML";
        std::string story_format = story_.story_format.empty() ? std::string("not named")
                                                               : story_.story_format + (story_.story_format_version.empty() ? "" : " " + story_.story_format_version);
        std::string file = std::filesystem::path(story_.source.path()).filename().string();
        std::string out;
        out += "# Imported from the Twine story " + message_text(file, 200) + " (" + format_name + ", story format " + message_text(story_format) + ")\n";
        out += "# by frontdesk import-twine. Before trainees see it: replace every \"" +
               std::string(options_.language == Language::it ? "Da scrivere" : "To write") + "\" text, set the values marked\n";
        out += "# \"imported default\", give each answer its score, mood and feedback, and each ending its kind and debrief.\n";
        out += "format: 1\n";
        out += "id: " + scenario_id() + "\n";
        std::string title = story_.title.empty() ? std::filesystem::path(file).stem().string() : story_.title;
        out += "title: " + yaml_double_quoted(title) + "\n";
        out += std::string("language: ") + language_name(options_.language) + "\n";
        out += commented("role: client", "imported default: who the trainee faces");
        out += commented("channel: desk", "imported default: desk, phone, chat, email or social");
        out += commented("difficulty: 1", "imported default: 1 to 3");
        out += "summary: " + yaml_double_quoted(words_.summary) + "\n";
        out += "character:\n";
        out += "  name: " + yaml_double_quoted(words_.character_name) + "\n";
        out += commented("  mood: 50", "imported default: 0 (furious) to 100 (delighted)");
        out += "start: " + start + "\n";
        out += "nodes:\n";
        for (const Node& node : nodes_) {
            out += commented("  " + node.id + ":", "Twine passage " + in_quotes(node.passage->name, 80) + ", line " +
                                                       std::to_string(node.passage->location.line));
            const TwinePassageText& text = node.text;
            if (text.links.empty()) {
                if (!text.words.empty()) out += "    say: " + yaml_double_quoted(literal_braces(text.words)) + "\n";
                out += commented("    end: partial", "imported default: success, partial or failure");
                continue;
            }
            out += "    say: " + yaml_double_quoted(text.words.empty() ? std::string(words_.say) : literal_braces(text.words)) + "\n";
            out += "    choices:\n";
            for (const TwineLink& link : text.links) {
                out += "      - say: " + yaml_double_quoted(literal_braces(link.text.empty() ? link.target : link.text)) + "\n";
                out += "        goto: " + nodes_[by_name_.at(link.target)].id + "\n";
            }
        }
        return out;
    }

    std::string scenario_id() const {
        return options_.id.empty() ? scenario_id_from_file_name(story_.source.path()) : options_.id;
    }
};

// The placeholders and defaults, each once, for the whole file: the trainer's list of what to finish.
void warn_placeholders(Language language, DiagnosticList& diagnostics) {
    diagnostics.warning({}, std::string("'summary' and the character's 'name' are placeholders (\"") +
                                (language == Language::it ? "Da scrivere" : "To write") + "...\"); write the briefing and the name");
    diagnostics.warning({}, "'role', 'channel', 'difficulty' and the character's 'mood' are imported defaults (client, desk, 1, 50); set them for this conversation");
    diagnostics.warning({}, "Twine links carry no points, mood or feedback: give each answer its 'score', 'mood' and 'feedback'");
}

}  // namespace

std::string scenario_id_from_file_name(const std::string& path) {
    std::string id = slug(std::filesystem::path(path).stem().string(), '-', 64);
    return id.empty() ? "imported-story" : id;
}

std::string node_id_from_passage_name(const std::string& name) {
    std::string id = slug(name, '_', 64);
    if (id.empty()) return "passage";
    return std::isalpha(static_cast<unsigned char>(id[0])) ? id : "p_" + id;
}

std::string twine_to_scenario(const TwineStory& story, const TwineImportOptions& options, DiagnosticList& diagnostics, std::size_t* nodes,
                              std::size_t* endings) {
    Converter converter(story, options, diagnostics);
    std::string yaml = converter.run(nodes, endings);
    if (yaml.empty()) return {};
    warn_placeholders(options.language, diagnostics);
    // The promise of the import: what it writes lints without errors. Checked under the name it will be saved
    // as, so the loader sees what lint will.
    std::string name = options.output_name.empty() ? scenario_id_from_file_name(story.source.path()) + ".yaml" : options.output_name;
    LoadedScenario loaded = load_scenario_text(name, yaml);
    if (loaded.diagnostics.has_errors()) {
        for (const Diagnostic& problem : loaded.diagnostics.items()) {
            if (problem.severity != Severity::error) continue;
            diagnostics.error({}, "the scenario made from this story does not load: " + problem.message +
                                      " (line " + std::to_string(problem.location.line) + " of the scenario)");
            break;
        }
        return {};
    }
    return yaml;
}

namespace {

// Converts what a reader made of the story, when it could read it.
TwineImport imported(std::optional<TwineStory> story, DiagnosticList diagnostics, const TwineImportOptions& options) {
    TwineImport result;
    result.diagnostics = std::move(diagnostics);
    result.story = std::move(story);
    if (result.story && !result.diagnostics.has_errors())
        result.yaml = twine_to_scenario(*result.story, options, result.diagnostics, &result.nodes, &result.endings);
    result.diagnostics.sort_by_location();
    return result;
}

}  // namespace

TwineImport import_twine_text(const std::string& path, std::string text, const TwineImportOptions& options) {
    DiagnosticList diagnostics(path);
    std::optional<TwineStory> story = read_twine_text(path, std::move(text), diagnostics);
    return imported(std::move(story), std::move(diagnostics), options);
}

TwineImport import_twine_file(const std::string& path, const TwineImportOptions& options) {
    DiagnosticList diagnostics(path);
    std::optional<TwineStory> story = read_twine_file(path, diagnostics);
    return imported(std::move(story), std::move(diagnostics), options);
}

}  // namespace frontdesk
