// Building the studio's graph from a scenario and its analysis: what each box and arrow says. Sizes come
// from estimated text widths, so Graphviz places boxes that fit what is drawn in them.
#include "frontdesk/studio_graph.h"

#include <algorithm>

#include "frontdesk/interface_text.h"
#include "frontdesk/scenario_labels.h"
#include "frontdesk/utf8.h"

namespace frontdesk {

namespace {

constexpr std::size_t line_characters = 30;  // a box's line: short enough to read at a glance
constexpr std::size_t box_lines = 4;
constexpr std::size_t condition_characters = 44;
constexpr double box_padding = 10;
constexpr double box_min_width = 120;
constexpr double bold = 1.13;

// Width of one character in ems, from DejaVu Sans's advance widths (lowercase letters one by one; capitals,
// digits and the rest by class): close enough that a box never clips its text.
double character_width(char32_t c) {
    static constexpr double lowercase[26] = {0.613, 0.635, 0.550, 0.635, 0.615, 0.352, 0.635, 0.634, 0.278, 0.278, 0.579, 0.278, 0.974,
                                             0.634, 0.612, 0.635, 0.635, 0.411, 0.521, 0.392, 0.634, 0.592, 0.818, 0.592, 0.592, 0.525};
    if (c >= U'a' && c <= U'z') return lowercase[c - U'a'];
    if (c == U' ' || c == U'.' || c == U',' || c == U':' || c == U';' || c == U'\'' || c == U'!' || c == U'|') return 0.318;
    if (c == U'(' || c == U')' || c == U'[' || c == U']' || c == U'-') return 0.39;
    if (c == U'M' || c == U'W') return 0.92;
    if (c == U'I' || c == U'J') return 0.35;
    if (c >= U'A' && c <= U'Z') return 0.72;
    if (c >= U'0' && c <= U'9') return 0.636;
    if (c == U'\u2026' || c == U'\u2212' || c == U'\u00b7') return c == U'\u00b7' ? 0.318 : 0.84;
    return 0.64;  // accented letters, quotes, other symbols: about a wide lowercase letter
}

template <typename Visit>
void for_each_character(const std::string& text, Visit&& visit) {
    for (std::size_t i = 0; i < text.size();) {
        std::size_t length = utf8_sequence_length(text, i);
        if (length == 0) {  // not UTF-8: the drawing shows U+FFFD, one character
            visit(i, std::size_t{1}, U'\uFFFD');
            ++i;
            continue;
        }
        visit(i, length, utf8_code_point(text, i, length));
        i += length;
    }
}

// "L", "R", "P": the first letter of each skill's name, more letters where two names start alike.
std::vector<std::string> skill_abbreviations(const std::vector<std::string>& labels) {
    std::vector<std::string> result;
    for (const std::string& label : labels) {
        std::string valid = valid_utf8(label);
        std::string abbreviation;
        std::size_t characters = 0;
        bool unique = false;
        for_each_character(valid, [&](std::size_t at, std::size_t length, char32_t c) {
            if (unique || c == U' ' || c == U'_') return;
            std::string piece = valid.substr(at, length);
            if (characters == 0 && c >= U'a' && c <= U'z') piece[0] = static_cast<char>(piece[0] - 'a' + 'A');
            abbreviation += piece;
            ++characters;
            unique = std::find(result.begin(), result.end(), abbreviation) == result.end();
        });
        if (!unique) abbreviation += std::to_string(result.size() + 1);
        result.push_back(abbreviation);
    }
    return result;
}

std::string signed_number(int value) {
    // A typographic minus: a hyphen reads as a dash in print.
    return (value > 0 ? "+" : value < 0 ? "\u2212" : "") + std::to_string(value < 0 ? -value : value);
}

std::string one_line(std::string_view text) {
    std::string out = valid_utf8(text);
    for (char& c : out)
        if (c == '\n' || c == '\r' || c == '\t') c = ' ';
    return out;
}

std::string shortened(std::string_view text, std::size_t characters) {
    std::vector<std::string> lines = wrap_text(one_line(text), characters, 1);
    return lines.empty() ? std::string() : lines.front();
}

struct Words {
    Language language;
    std::vector<std::string> abbreviations;

    std::string effect_label(const Scenario& scenario, const Effect& effect, const std::string& first) const {
        std::string label = first, points;
        for (std::size_t s = 0; s < scenario.skills.size() && s < effect.score.size(); ++s)
            if (effect.score[s] != 0) points += (points.empty() ? "" : " ") + abbreviations[s] + signed_number(effect.score[s]);
        if (!points.empty()) label += " \u00b7 " + points;
        if (effect.mood != 0) label += " \u00b7 " + ui_text(language, Ui::mood_label) + " " + signed_number(effect.mood);
        return label;
    }
    std::string condition(Ui key, const std::shared_ptr<const Expression>& expression) const {
        return ui_text(language, key, {shortened(expression ? expression->text() : std::string("?"), condition_characters)});
    }
};

void size_box(GraphBox& box, const GraphTextSize& size) {
    // The id is bold (about an eighth wider), and so is a warning tag; a tag keeps a gap from the id.
    double width = estimated_text_width(box.id, size.small) * bold;
    if (!box.tag.empty()) width += 16 + estimated_text_width(box.tag, size.small) * bold;
    for (const std::string& line : box.lines) width = std::max(width, estimated_text_width(line, size.line));
    box.width = std::max(box_min_width, width + 2 * box_padding);
    double id_line = box.id.empty() ? 0 : size.small * 1.5;
    box.height = 2 * 7 + id_line + static_cast<double>(box.lines.size()) * size.line * 1.3;
}

}  // namespace

double estimated_text_width(const std::string& text, double font_size) {
    double ems = 0;
    for_each_character(text, [&](std::size_t, std::size_t, char32_t c) { ems += character_width(c); });
    return ems * font_size;
}

std::vector<std::string> wrap_text(const std::string& text, std::size_t width, std::size_t max_lines) {
    std::vector<std::string> lines;
    if (width == 0 || max_lines == 0) return lines;
    // Words, each kept whole when it fits a line.
    std::vector<std::string> words(1);
    std::string valid = valid_utf8(text);
    for_each_character(valid, [&](std::size_t at, std::size_t length, char32_t c) {
        if (c == U' ' || c == U'\n' || c == U'\t' || c == U'\r') {
            if (!words.back().empty()) words.emplace_back();
        } else {
            words.back() += valid.substr(at, length);
        }
    });
    if (words.back().empty()) words.pop_back();
    std::string line;
    std::size_t line_length = 0;
    bool cut = false;
    for (std::size_t w = 0; w < words.size() && !cut; ++w) {
        std::string word = words[w];
        std::size_t length = utf8_length(word);
        while (!cut) {
            if (line_length + (line_length > 0 ? 1 : 0) + length <= width) {
                line += (line_length > 0 ? " " : "") + word;
                line_length += (line_length > 0 ? 1 : 0) + length;
                break;
            }
            if (line_length == 0) {  // longer than a line: cut it at the line's width, keeping characters whole
                std::size_t bytes = 0, taken = 0;
                for_each_character(word, [&](std::size_t at, std::size_t n, char32_t) {
                    if (taken < width) bytes = at + n, ++taken;
                });
                line = word.substr(0, bytes);
                word = word.substr(bytes);
                length -= taken;
                line_length = taken;
            }
            lines.push_back(line);
            line.clear();
            line_length = 0;
            if (lines.size() == max_lines) cut = true;
        }
    }
    if (!cut && line_length > 0) lines.push_back(line);
    else if (cut) {
        // Room for the ellipsis on the last line: drop its last characters until it fits.
        std::string& last = lines.back();
        while (utf8_length(last) + 1 > width && !last.empty()) {
            std::size_t end = last.size() - 1;
            while (end > 0 && (static_cast<unsigned char>(last[end]) & 0xC0) == 0x80) --end;
            last.erase(end);
        }
        while (!last.empty() && last.back() == ' ') last.pop_back();
        last += "\u2026";
    }
    return lines;
}

GraphModel build_graph_model(const Scenario& scenario, const Analysis& analysis, GraphTextSize size) {
    GraphModel model;
    model.title = scenario.title;
    model.language = scenario.language;
    Words words{scenario.language, {}};
    std::vector<std::string> labels;
    for (const std::string& skill : scenario.skills) labels.push_back(skill_label(scenario.language, skill));
    words.abbreviations = skill_abbreviations(labels);
    for (std::size_t s = 0; s < labels.size(); ++s) model.skill_keys.push_back(words.abbreviations[s] + " " + labels[s]);

    model.boxes.reserve(scenario.nodes.size() + 1);
    for (std::size_t u = 0; u < scenario.nodes.size(); ++u) {
        const Node& node = scenario.nodes[u];
        GraphBox box;
        box.node = static_cast<NodeIndex>(u);
        box.id = valid_utf8(node.id);
        // The character's words; a node that only narrates shows its narration in brackets.
        std::string text = !node.say.empty() || node.narration.empty() ? one_line(node.say) : "(" + one_line(node.narration) + ")";
        box.lines = wrap_text(text, line_characters, box_lines);
        box.ending = node.ending;
        box.start = box.node == scenario.start;
        bool reachable = u < analysis.reachable.size() && analysis.reachable[u];
        box.unreachable = !reachable;
        box.dead_end = reachable && !node.is_ending() && u < analysis.can_end.size() && !analysis.can_end[u];
        // One tag, the most urgent: a mark a trainer must act on before what the node is.
        box.tag = box.unreachable ? ui_text(words.language, Ui::script_node_unreachable)
                  : box.dead_end  ? ui_text(words.language, Ui::script_node_dead_end)
                  : node.is_ending() ? ending_label(words.language, node.ending)
                  : box.start     ? ui_text(words.language, Ui::graph_start)
                                  : std::string();
        size_box(box, size);
        model.boxes.push_back(std::move(box));
        if (reachable) ++model.reachable;
        if (node.is_ending()) ++model.endings;
    }

    auto add_arrows = [&](std::size_t from, const Effect& effect, ArrowKind kind, int choice, const std::string& label,
                          const std::vector<std::string>& conditions) {
        auto add = [&](NodeIndex target, std::string when) {
            if (target == no_node || static_cast<std::size_t>(target) >= scenario.nodes.size()) return;
            GraphArrow arrow{from, static_cast<std::size_t>(target), kind, choice, label, conditions};
            if (!when.empty()) arrow.conditions.push_back(std::move(when));
            model.arrows.push_back(std::move(arrow));
        };
        for (const ConditionalGoto& entry : effect.conditional_gotos) add(entry.target, words.condition(Ui::graph_when, entry.condition));
        add(effect.target, effect.conditional_gotos.empty() ? std::string() : ui_text(words.language, Ui::graph_otherwise));
    };
    for (std::size_t u = 0; u < scenario.nodes.size(); ++u) {
        const Node& node = scenario.nodes[u];
        if (node.is_ending()) continue;  // final, as the analysis treats it, even if a broken file gave it choices
        for (std::size_t c = 0; c < node.choices.size(); ++c) {
            const Choice& choice = node.choices[c];
            std::vector<std::string> conditions;
            if (choice.condition) conditions.push_back(words.condition(Ui::graph_only_if, choice.condition));
            add_arrows(u, choice, ArrowKind::choice, static_cast<int>(c), words.effect_label(scenario, choice, std::to_string(c + 1)), conditions);
        }
        if (node.on_timeout && scenario.has_timeouts())
            add_arrows(u, *node.on_timeout, ArrowKind::timeout, -1,
                       words.effect_label(scenario, *node.on_timeout, ui_text(words.language, Ui::graph_timeout)), {});
    }
    // One marker for the detour every mood-lowering answer may take, rather than an arrow from each of them.
    if (scenario.on_mood_zero != no_node && static_cast<std::size_t>(scenario.on_mood_zero) < scenario.nodes.size()) {
        GraphBox marker;
        marker.lines = wrap_text(ui_text(words.language, Ui::graph_mood_zero), 16, 2);
        size_box(marker, size);
        marker.width = std::max(80.0, marker.width - 40);
        marker.unreachable = false;
        model.boxes.push_back(std::move(marker));
        model.arrows.push_back({model.boxes.size() - 1, static_cast<std::size_t>(scenario.on_mood_zero), ArrowKind::mood_zero, -1, {}, {}});
    }
    return model;
}

}  // namespace frontdesk
