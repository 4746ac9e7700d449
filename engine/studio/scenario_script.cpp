// The review script: what each node says and does is gathered once (ScriptNode) and written twice, as HTML
// and as Markdown, so the two never tell a reviewer different things.
#include "frontdesk/scenario_script.h"

#include <deque>
#include <string_view>

#include "frontdesk/graph_drawing.h"
#include "frontdesk/interface_text.h"
#include "frontdesk/scenario_labels.h"
#include "frontdesk/utf8.h"

namespace frontdesk {

namespace {

std::string signed_number(int value) { return (value > 0 ? "+" : value < 0 ? "\u2212" : "") + std::to_string(value < 0 ? -value : value); }

class Gathering {
public:
    Gathering(const Scenario& scenario, const Analysis& analysis) : scenario_(scenario), analysis_(analysis), language_(scenario.language) {}

    ScriptNode node(NodeIndex index) const {
        const Node& node = scenario_.nodes[static_cast<std::size_t>(index)];
        ScriptNode out;
        out.index = index;
        out.node = &node;
        out.start = index == scenario_.start;
        auto u = static_cast<std::size_t>(index);
        out.unreachable = !(u < analysis_.reachable.size() && analysis_.reachable[u]);
        out.dead_end = !out.unreachable && !node.is_ending() && u < analysis_.can_end.size() && !analysis_.can_end[u];
        if (node.on_enter) {
            std::string mood = node.on_enter->mood != 0 ? ui_text(language_, Ui::mood_label) + " " + signed_number(node.on_enter->mood) : "";
            std::string sets = assignments(node.on_enter->set);
            out.on_enter = mood + (!mood.empty() && !sets.empty() ? "; " : "") + (sets.empty() ? "" : ui_text(language_, Ui::script_sets) + " " + sets);
        }
        if (node.is_ending()) return out;
        for (std::size_t c = 0; c < node.choices.size(); ++c) {
            const Choice& choice = node.choices[c];
            ScriptEffect effect = describe(choice, ui_text(language_, Ui::script_answer, {std::to_string(c + 1)}));
            effect.say = std::string(choice.say);
            effect.ideal = choice.ideal;
            if (choice.condition) effect.condition = choice.condition->text();
            out.effects.push_back(std::move(effect));
        }
        if (node.on_timeout && scenario_.has_timeouts())
            out.effects.push_back(describe(*node.on_timeout, ui_text(language_, Ui::script_on_timeout, {std::to_string(*scenario_.time_limit)})));
        return out;
    }

private:
    const Scenario& scenario_;
    const Analysis& analysis_;
    Language language_;

    std::string assignments(const std::vector<FlagAssignment>& set) const {
        std::string out;
        for (const FlagAssignment& assignment : set) {
            const std::string& name = static_cast<std::size_t>(assignment.flag) < scenario_.flags.size()
                                          ? scenario_.flags[static_cast<std::size_t>(assignment.flag)]
                                          : std::string("?");
            out += (out.empty() ? "" : ", ") + name + " = " + std::to_string(assignment.value);
        }
        return out;
    }

    ScriptEffect describe(const Effect& effect, std::string heading) const {
        ScriptEffect out;
        out.heading = std::move(heading);
        out.points = describe_score(scenario_, effect.score, language_);
        if (effect.mood != 0) out.mood = signed_number(effect.mood);
        out.sets = assignments(effect.set);
        for (const ConditionalGoto& entry : effect.conditional_gotos)
            out.destinations.push_back(ScriptDestination{entry.target, ui_text(language_, Ui::graph_when, {entry.condition ? entry.condition->text() : "?"})});
        if (effect.target != no_node || effect.conditional_gotos.empty())
            out.destinations.push_back(ScriptDestination{effect.target, effect.conditional_gotos.empty() ? "" : ui_text(language_, Ui::graph_otherwise)});
        out.feedback = std::string(effect.feedback);
        return out;
    }
};

}  // namespace

ScriptNode describe_script_node(const Scenario& scenario, const Analysis& analysis, NodeIndex node) {
    return Gathering(scenario, analysis).node(node);
}

namespace {

// The words both formats share, in the scenario's language.
struct Words {
    Language language;
    std::string operator()(Ui key, std::initializer_list<std::string_view> arguments = {}) const { return ui_text(language, key, arguments); }
};

// What the node is beside its id, in the order a reviewer cares: start, ending, marks.
std::vector<std::string> node_badges(const Words& words, const ScriptNode& node) {
    std::vector<std::string> badges;
    if (node.start) badges.push_back(words(Ui::graph_start));
    if (node.node->is_ending()) badges.push_back(words(Ui::script_ending_kind, {ending_label(words.language, node.node->ending)}));
    if (node.unreachable) badges.push_back(words(Ui::script_node_unreachable));
    if (node.dead_end) badges.push_back(words(Ui::script_node_dead_end));
    return badges;
}

std::string anchor(const std::string& id) {
    std::string out = "node-";
    for (unsigned char ch : id) {
        if ((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') || ch == '-' || ch == '_') out += static_cast<char>(ch);
        else {
            static const char hex[] = "0123456789abcdef";
            out += '.';
            out += hex[ch >> 4];
            out += hex[ch & 15];
        }
    }
    return out;
}

const char* script_style = R"CSS(
* { box-sizing: border-box; }
body { margin: 0; background: #eef1f5; color: #1c2b3a; font: 15px/1.5 'DejaVu Serif', Georgia, 'Times New Roman', serif; }
.page { max-width: 900px; margin: 0 auto; padding: 28px 24px 40px; }
header, section.node, section.briefing { background: #fff; border-radius: 6px; box-shadow: 0 1px 3px rgba(20,40,70,.08); }
header { border-top: 6px solid #1d4e89; padding: 20px 28px; }
.kicker, h2, h3, .badge, .label, nav, footer, .meta, .answer-head { font-family: 'DejaVu Sans', 'Segoe UI', Arial, sans-serif; }
.kicker { margin: 0; color: #1d4e89; font-size: 12px; font-weight: bold; letter-spacing: .08em; text-transform: uppercase; }
h1 { margin: 4px 0 6px; font-size: 28px; line-height: 1.2; }
.meta { margin: 0; color: #5b6b7c; font-size: 13px; }
section.briefing { padding: 16px 28px 18px; margin-top: 16px; }
h2 { color: #1d4e89; font-size: 20px; margin: 28px 0 10px; }
section.briefing h2 { margin-top: 0; }
section.node { padding: 14px 24px 16px; margin-top: 14px; border-left: 5px solid #5b6b7c; break-inside: avoid-page; page-break-inside: avoid; }
section.node.success { border-left-color: #1f8a57; } section.node.partial { border-left-color: #b5830f; } section.node.failure { border-left-color: #c0392b; }
section.node.unreachable { background: #f4f5f7; border-left-style: dashed; }
h3 { margin: 0 0 8px; font-size: 16px; }
h3 code { font-family: 'DejaVu Sans Mono', Consolas, monospace; font-size: 15px; }
.badge { display: inline-block; margin-left: 8px; padding: 1px 8px; border-radius: 10px; background: #e6ecf3; color: #33475b; font-size: 11px; font-weight: normal; vertical-align: 2px; }
.badge.warn { background: #fbecea; color: #b3372f; font-weight: bold; }
.badge.success { background: #d5f0df; color: #14663f; } .badge.partial { background: #fbefc9; color: #7a5800; } .badge.failure { background: #f8dcd8; color: #9c2b20; }
.narration { font-style: italic; color: #4a5d70; margin: 4px 0; }
blockquote.line { margin: 6px 0 10px; padding: 6px 14px; border-left: 3px solid #c5ced9; background: #f7f9fb; }
.label { font-size: 12px; color: #5b6b7c; font-weight: bold; }
ol.answers { margin: 6px 0 0; padding-left: 0; list-style: none; }
ol.answers > li { border-top: 1px solid #e3e8ee; padding: 8px 0 6px; break-inside: avoid; }
.answer-head { font-size: 13px; font-weight: bold; color: #33475b; }
.answer-head .ideal { color: #1f8a57; font-weight: normal; font-style: italic; margin-left: 6px; }
.say { margin: 2px 0 4px; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 1px 12px; margin: 2px 0 0; font-size: 13px; }
dl.facts dt { font-family: 'DejaVu Sans', Arial, sans-serif; color: #5b6b7c; font-size: 12px; }
dl.facts dd { margin: 0; }
code { font-family: 'DejaVu Sans Mono', Consolas, monospace; font-size: 12.5px; background: #f0f2f5; padding: 0 3px; border-radius: 3px; }
a { color: #1d4e89; }
.note { color: #5b6b7c; font-size: 13px; }
nav { font-size: 13px; margin-top: 10px; }
nav a { margin-right: 10px; }
footer { color: #5b6b7c; font-size: 12px; margin-top: 20px; }
@page { size: A4; margin: 15mm 14mm; }
@media print {
  body { background: #fff; font-size: 11pt; }
  .page { max-width: none; padding: 0; }
  header, section.node, section.briefing { box-shadow: none; border-radius: 0; }
  header { padding: 0 0 8px; border-top: none; border-bottom: 2px solid #1d4e89; }
  section.briefing { padding: 8px 0; }
  section.node { padding: 6px 0 8px 12px; margin-top: 8px; }
  a { color: inherit; text-decoration: none; }
  nav { display: none; }
}
)CSS";

class ScriptWriter {
public:
    ScriptWriter(const Scenario& scenario, const Analysis& analysis)
        : scenario_(scenario), analysis_(analysis), words_{scenario.language}, gathering_(scenario, analysis) {}

    std::string html() {
        const Scenario& s = scenario_;
        std::string out = "<!DOCTYPE html>\n<html lang=\"" + std::string(language_name(s.language)) + "\">\n<head>\n<meta charset=\"utf-8\">\n";
        out += "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n";
        out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
        out += "<title>" + h(s.title) + " \u2014 " + h(words_(Ui::script_title)) + "</title>\n<style>" + script_style + "</style>\n</head>\n<body>\n<div class=\"page\">\n";
        out += "<header>\n<p class=\"kicker\">" + h(words_(Ui::script_title)) + "</p>\n<h1>" + h(s.title) + "</h1>\n<p class=\"meta\">" + h(meta()) + "</p>\n";
        out += "<nav><a href=\"#briefing\">" + h(words_(Ui::briefing_heading)) + "</a><a href=\"#conversation\">" + h(words_(Ui::script_nodes)) + "</a>";
        if (has_unreachable()) out += "<a href=\"#unreachable\">" + h(words_(Ui::script_unreachable_nodes)) + "</a>";
        out += "</nav>\n</header>\n";

        out += "<section class=\"briefing\" id=\"briefing\">\n<h2>" + h(words_(Ui::briefing_heading)) + "</h2>\n";
        if (!s.summary.empty()) out += "<p>" + h(s.summary) + "</p>\n";
        out += "<dl class=\"facts\">\n<dt>" + h(words_(Ui::who_you_face)) + "</dt><dd>" + h(character()) + "</dd>\n";
        if (!s.organisation.empty()) out += "<dt>" + h(words_(Ui::you_work_for)) + "</dt><dd>" + h(s.organisation) + "</dd>\n";
        auto items = [&](Ui key, const std::vector<std::string>& list) {
            if (list.empty()) return;
            out += "<dt>" + h(words_(key)) + "</dt><dd><ul>";
            for (const std::string& item : list) out += "<li>" + h(item) + "</li>";
            out += "</ul></dd>\n";
        };
        items(Ui::briefing_you_can, s.you_can);
        items(Ui::briefing_you_cannot, s.you_cannot);
        out += "<dt>" + h(words_(Ui::scored_skills)) + "</dt><dd>" + h(skills()) + "</dd>\n";
        out += "<dt>" + h(words_(Ui::script_pass_mark)) + "</dt><dd>" + h(pass_and_time()) + "</dd>\n</dl>\n</section>\n";

        out += "<h2 id=\"conversation\">" + h(words_(Ui::script_nodes)) + "</h2>\n";
        each_node(
            [&] {
                out += "<h2 id=\"unreachable\">" + h(words_(Ui::script_unreachable_nodes)) + "</h2>\n<p class=\"note\">" + h(words_(Ui::script_unreachable_note)) + "</p>\n";
            },
            [&](const ScriptNode& node) { out += html_node(node); });
        out += "<footer><p>" + h(words_(Ui::script_footer, {s.path})) + "</p></footer>\n</div>\n</body>\n</html>\n";
        return out;
    }

    std::string markdown() {
        const Scenario& s = scenario_;
        std::string out = "# " + md(s.title) + "\n\n*" + md(words_(Ui::script_title)) + "* \u00b7 " + md(meta()) + "\n\n";
        out += "## " + md(words_(Ui::briefing_heading)) + "\n\n";
        if (!s.summary.empty()) out += md(s.summary, true) + "\n\n";
        out += "- **" + md(words_(Ui::who_you_face)) + ":** " + md(character()) + "\n";
        if (!s.organisation.empty()) out += "- **" + md(words_(Ui::you_work_for)) + ":** " + md(s.organisation) + "\n";
        auto items = [&](Ui key, const std::vector<std::string>& list) {
            if (list.empty()) return;
            out += "- **" + md(words_(key)) + ":**\n";
            for (const std::string& item : list) out += "  - " + md(item, true) + "\n";
        };
        items(Ui::briefing_you_can, s.you_can);
        items(Ui::briefing_you_cannot, s.you_cannot);
        out += "- **" + md(words_(Ui::scored_skills)) + ":** " + md(skills()) + "\n";
        out += "- **" + md(words_(Ui::script_pass_mark)) + ":** " + md(pass_and_time()) + "\n\n";

        out += "## " + md(words_(Ui::script_nodes)) + "\n\n";
        each_node([&] { out += "## " + md(words_(Ui::script_unreachable_nodes)) + "\n\n" + md(words_(Ui::script_unreachable_note)) + "\n\n"; },
                  [&](const ScriptNode& node) { out += markdown_node(node); });
        out += "---\n\n*" + md(words_(Ui::script_footer, {s.path})) + "*\n";
        return out;
    }

private:
    const Scenario& scenario_;
    const Analysis& analysis_;
    Words words_;
    Gathering gathering_;

    static std::string h(std::string_view text) { return markup_text(text); }

    // Every node in reading order, with the heading of the unreachable ones before the first of them.
    template <typename Heading, typename Write>
    void each_node(Heading&& unreachable_heading, Write&& write) const {
        bool in_unreachable = false;
        for (NodeIndex index : script_reading_order(scenario_, analysis_)) {
            ScriptNode node = gathering_.node(index);
            if (node.unreachable && !in_unreachable) {
                in_unreachable = true;
                unreachable_heading();
            }
            write(node);
        }
    }

    // Markdown that shows the text as written: every mark that could start inline markup or raw HTML is
    // escaped (CommonMark allows a backslash before any punctuation), and so is what would start a block at the
    // beginning of a line (`line_start`: "- ", "+ ", "1. "); line breaks become spaces, controls U+FFFD.
    static std::string md(std::string_view text, bool line_start = false) {
        std::string valid = valid_utf8(text), out;
        std::size_t leading_digits = 0;
        while (leading_digits < valid.size() && valid[leading_digits] >= '0' && valid[leading_digits] <= '9') ++leading_digits;
        for (std::size_t i = 0; i < valid.size();) {
            std::size_t length = utf8_sequence_length(valid, i);
            char32_t c = utf8_code_point(valid, i, length);
            bool block_start = line_start && ((i == 0 && (c == U'-' || c == U'+' || c == U'=')) ||
                                              (i == leading_digits && i > 0 && (c == U'.' || c == U')')));
            if (c == U'\n' || c == U'\r' || c == U'\t') out += ' ';
            else if (is_control_character(c)) out += "\uFFFD";
            else if (block_start || (length == 1 && std::string_view("\\`*_[]<>#|!~&").find(static_cast<char>(c)) != std::string_view::npos)) {
                out += '\\';
                out += static_cast<char>(c);
            } else out.append(valid, i, length);
            i += length;
        }
        return out;
    }

    bool has_unreachable() const {
        for (std::size_t u = 0; u < scenario_.nodes.size(); ++u)
            if (!(u < analysis_.reachable.size() && analysis_.reachable[u])) return true;
        return false;
    }

    std::string meta() const {
        const Scenario& s = scenario_;
        return role_label(s.language, s.role) + " \u00b7 " + words_(Ui::channel_label) + " " + channel_label(s.language, s.channel) + " \u00b7 " +
               words_(Ui::difficulty_label) + " " + std::to_string(s.difficulty) + " \u00b7 " + s.id;
    }
    std::string character() const {
        const Character& c = scenario_.character;
        std::string out = c.name;
        if (!c.description.empty()) out += " \u2014 " + c.description;
        return out + " (" + words_(Ui::script_character_mood, {std::to_string(c.mood)}) + ")";
    }
    std::string skills() const {
        std::string out;
        for (const std::string& skill : scenario_.skills) out += (out.empty() ? "" : ", ") + skill_label(scenario_.language, skill);
        return out;
    }
    // "60% overall · Time limit: 45 seconds per answer"
    std::string pass_and_time() const {
        std::string time = scenario_.time_limit ? words_(Ui::time_limit_seconds, {std::to_string(*scenario_.time_limit)}) : words_(Ui::time_limit_off);
        return std::to_string(scenario_.pass) + "% \u00b7 " + time;
    }
    std::string node_id(NodeIndex index) const {
        return index == no_node ? std::string("?") : scenario_.nodes[static_cast<std::size_t>(index)].id;
    }
    std::string speaker() const { return scenario_.character.name.empty() ? words_(Ui::you_face) : scenario_.character.name; }

    std::string html_node(const ScriptNode& node) const {
        const Node& n = *node.node;
        std::string cls = "node";
        if (n.is_ending()) cls += std::string(" ") + ending_name(n.ending);
        if (node.unreachable) cls += " unreachable";
        std::string out = "<section class=\"" + cls + "\" id=\"" + anchor(n.id) + "\">\n<h3>" + h(words_(Ui::script_node_heading, {""})) + "<code>" + h(n.id) + "</code>";
        for (const std::string& badge : node_badges(words_, node)) {
            std::string kind = badge == words_(Ui::script_node_unreachable) || badge == words_(Ui::script_node_dead_end) ? " warn"
                               : n.is_ending() && badge != words_(Ui::graph_start)                               ? std::string(" ") + ending_name(n.ending)
                                                                                                                  : "";
            out += "<span class=\"badge" + kind + "\">" + h(badge) + "</span>";
        }
        out += "</h3>\n";
        if (!node.on_enter.empty()) out += "<p class=\"note\"><span class=\"label\">" + h(words_(Ui::script_on_enter)) + ":</span> " + h(node.on_enter) + "</p>\n";
        if (!n.narration.empty()) out += "<p class=\"narration\">" + h(n.narration) + "</p>\n";
        if (!n.say.empty())
            out += "<blockquote class=\"line\"><span class=\"label\">" + h(words_(Ui::script_line, {speaker()})) + "</span><br>" + h(n.say) + "</blockquote>\n";
        if (n.is_ending()) {
            if (!n.debrief.empty()) out += "<p><span class=\"label\">" + h(words_(Ui::debrief_heading)) + ":</span> " + h(n.debrief) + "</p>\n";
            return out + "</section>\n";
        }
        if (node.effects.empty()) out += "<p class=\"note\">" + h(words_(Ui::script_no_answers)) + "</p>\n";
        else out += "<ol class=\"answers\">\n";
        for (const ScriptEffect& effect : node.effects) {
            out += "<li><div class=\"answer-head\">" + h(effect.heading);
            if (effect.ideal) out += "<span class=\"ideal\">" + h(words_(Ui::script_ideal)) + "</span>";
            out += "</div>\n";
            if (!effect.say.empty()) out += "<p class=\"say\">\u201c" + h(effect.say) + "\u201d</p>\n";
            out += "<dl class=\"facts\">";
            if (!effect.condition.empty()) out += "<dt>" + h(words_(Ui::script_offered_if)) + "</dt><dd><code>" + h(effect.condition) + "</code></dd>";
            out += "<dt>" + h(words_(Ui::script_points)) + "</dt><dd>" + h(effect.points) + "</dd>";
            if (!effect.mood.empty()) out += "<dt>" + h(words_(Ui::script_mood)) + "</dt><dd>" + h(effect.mood) + "</dd>";
            if (!effect.sets.empty()) out += "<dt>" + h(words_(Ui::script_sets)) + "</dt><dd><code>" + h(effect.sets) + "</code></dd>";
            out += "<dt>" + h(words_(Ui::script_goes_to)) + "</dt><dd>";
            for (std::size_t d = 0; d < effect.destinations.size(); ++d) {
                const ScriptDestination& to = effect.destinations[d];
                if (d > 0) out += "<br>";
                if (!to.when.empty()) out += "<em>" + h(to.when) + "</em>: ";
                out += "<a href=\"#" + anchor(node_id(to.node)) + "\"><code>" + h(node_id(to.node)) + "</code></a>";
            }
            out += "</dd><dt>" + h(words_(Ui::feedback_label)) + "</dt><dd>" +
                   (effect.feedback.empty() ? "<span class=\"note\">" + h(words_(Ui::script_no_feedback)) + "</span>" : h(effect.feedback)) +
                   "</dd></dl></li>\n";
        }
        if (!node.effects.empty()) out += "</ol>\n";
        return out + "</section>\n";
    }

    std::string markdown_node(const ScriptNode& node) const {
        const Node& n = *node.node;
        std::string out = "<a id=\"" + anchor(n.id) + "\"></a>\n\n### " + md(words_(Ui::script_node_heading, {""})) + "`" + code(n.id) + "`";
        for (const std::string& badge : node_badges(words_, node)) out += " \u00b7 *" + md(badge) + "*";
        out += "\n\n";
        if (!node.on_enter.empty()) out += "**" + md(words_(Ui::script_on_enter)) + ":** " + md(node.on_enter) + "\n\n";
        if (!n.narration.empty()) out += "*" + md(n.narration) + "*\n\n";
        if (!n.say.empty()) out += "> **" + md(words_(Ui::script_line, {speaker()})) + ":** " + md(n.say) + "\n\n";
        if (n.is_ending()) {
            if (!n.debrief.empty()) out += "**" + md(words_(Ui::debrief_heading)) + ":** " + md(n.debrief) + "\n\n";
            return out;
        }
        if (node.effects.empty()) out += md(words_(Ui::script_no_answers)) + "\n\n";
        for (const ScriptEffect& effect : node.effects) {
            out += "**" + md(effect.heading) + "**" + (effect.ideal ? " \u00b7 *" + md(words_(Ui::script_ideal)) + "*" : "");
            out += effect.say.empty() ? "\n\n" : ": \u201c" + md(effect.say) + "\u201d\n\n";
            if (!effect.condition.empty()) out += "- " + md(words_(Ui::script_offered_if)) + ": `" + code(effect.condition) + "`\n";
            out += "- " + md(words_(Ui::script_points)) + ": " + md(effect.points) + (effect.mood.empty() ? "" : " \u00b7 " + md(words_(Ui::script_mood)) + " " + md(effect.mood)) + "\n";
            if (!effect.sets.empty()) out += "- " + md(words_(Ui::script_sets)) + ": `" + code(effect.sets) + "`\n";
            out += "- " + md(words_(Ui::script_goes_to)) + ":";
            for (std::size_t d = 0; d < effect.destinations.size(); ++d) {
                const ScriptDestination& to = effect.destinations[d];
                out += d > 0 ? "; " : " ";
                if (!to.when.empty()) out += "*" + md(to.when) + "* \u2192 ";
                out += "[`" + code(node_id(to.node)) + "`](#" + anchor(node_id(to.node)) + ")";
            }
            out += "\n- " + md(words_(Ui::feedback_label)) + ": " + (effect.feedback.empty() ? "*" + md(words_(Ui::script_no_feedback)) + "*" : md(effect.feedback)) + "\n\n";
        }
        return out;
    }

    // Inside a code span nothing is markup; only a backtick would end it early, and a line break split it.
    static std::string code(std::string_view text) {
        std::string out;
        for (char ch : valid_utf8(text)) out += ch == '`' ? '\'' : ch == '\n' || ch == '\r' ? ' ' : ch;
        return out;
    }
};

}  // namespace

std::vector<NodeIndex> script_reading_order(const Scenario& scenario, const Analysis& analysis) {
    std::size_t count = scenario.nodes.size();
    std::vector<bool> seen(count, false);
    std::vector<NodeIndex> order;
    order.reserve(count);
    std::deque<NodeIndex> queue;
    auto visit = [&](NodeIndex node) {
        if (node == no_node || static_cast<std::size_t>(node) >= count || seen[static_cast<std::size_t>(node)]) return;
        seen[static_cast<std::size_t>(node)] = true;
        queue.push_back(node);
    };
    auto visit_effect = [&](const Effect& effect) {
        for (const ConditionalGoto& entry : effect.conditional_gotos) visit(entry.target);
        visit(effect.target);
    };
    visit(scenario.start);
    auto drain = [&] {
        while (!queue.empty()) {
            NodeIndex u = queue.front();
            queue.pop_front();
            order.push_back(u);
            const Node& node = scenario.nodes[static_cast<std::size_t>(u)];
            if (node.is_ending()) continue;
            for (const Choice& choice : node.choices) visit_effect(choice);
            if (node.on_timeout && scenario.has_timeouts()) visit_effect(*node.on_timeout);
        }
    };
    drain();
    // What only the mood-zero detour (or an on_enter) reaches: reachable, so before the unreachable ones.
    for (std::size_t u = 0; u < count; ++u)
        if (!seen[u] && u < analysis.reachable.size() && analysis.reachable[u]) {
            visit(static_cast<NodeIndex>(u));
            drain();
        }
    for (std::size_t u = 0; u < count; ++u)
        if (!seen[u]) {
            seen[u] = true;
            order.push_back(static_cast<NodeIndex>(u));
        }
    return order;
}

std::string scenario_script_html(const Scenario& scenario, const Analysis& analysis) { return ScriptWriter(scenario, analysis).html(); }
std::string scenario_script_markdown(const Scenario& scenario, const Analysis& analysis) { return ScriptWriter(scenario, analysis).markdown(); }

}  // namespace frontdesk
