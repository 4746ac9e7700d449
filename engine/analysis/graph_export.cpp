#include "frontdesk/graph_export.h"

namespace frontdesk {

namespace {

// Long lines make unreadable graphs; a label shows the start of the text.
std::string shorten(std::string_view text, std::size_t limit = 48) {
    if (text.size() <= limit) return std::string(text);
    std::size_t cut = limit;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;  // keep UTF-8 whole
    return std::string(text.substr(0, cut)) + "...";
}

std::string dot_escape(const std::string& text) {
    std::string out;
    for (char c : text) {
        if (c == '"' || c == '\\') out += '\\';
        if (c == '\n') {
            out += "\\n";
            continue;
        }
        out += c;
    }
    return out;
}

std::string mermaid_escape(const std::string& text) {
    std::string out;
    for (char c : text) {
        switch (c) {
            case '"': out += "#quot;"; break;
            case '\n': out += ' '; break;
            case '<': out += "#lt;"; break;
            case '>': out += "#gt;"; break;
            default: out += c;
        }
    }
    return out;
}

std::string score_label(const Scenario& scenario, const Effect& effect) {
    std::string label;
    for (std::size_t s = 0; s < scenario.skills.size(); ++s)
        if (effect.score[s] != 0)
            label += (label.empty() ? "" : " ") + scenario.skills[s].substr(0, 1) + (effect.score[s] > 0 ? "+" : "") +
                     std::to_string(effect.score[s]);
    if (effect.mood != 0) label += std::string(label.empty() ? "" : " ") + "mood" + (effect.mood > 0 ? "+" : "") + std::to_string(effect.mood);
    return label;
}

// Where an effect can lead, one call per goto entry: its condition ("when ..."), "otherwise" for the last
// entry of a conditional goto, and no label for a plain goto.
template <typename Visit>
void for_each_destination(const Effect& effect, Visit&& visit) {
    for (const ConditionalGoto& entry : effect.conditional_gotos)
        if (entry.target != no_node) visit(entry.target, "when " + (entry.condition ? entry.condition->text() : std::string("?")));
    if (effect.target != no_node) visit(effect.target, effect.conditional_gotos.empty() ? std::string() : std::string("otherwise"));
}

// A node's label text: the character's line, or its narration in brackets when it has no line.
std::string node_text(const Node& node) {
    if (!node.say.empty() || node.narration.empty()) return std::string(node.say);
    return "(" + std::string(node.narration) + ")";
}

const char* ending_colour(EndingKind kind) {
    switch (kind) {
        case EndingKind::success: return "palegreen";
        case EndingKind::partial: return "khaki";
        case EndingKind::failure: return "lightpink";
        case EndingKind::none: break;
    }
    return "white";
}

// Mermaid ids cannot hold '-'; '_' is doubled first so 'a-b' and 'a_b' stay different ids.
std::string mermaid_id(const std::string& id) {
    std::string out = "n_";
    for (char c : id) {
        if (c == '_') out += "__";
        else if (c == '-') out += "_h";
        else out += c;
    }
    return out;
}

}  // namespace

std::string graph_dot(const Scenario& scenario) {
    std::string out = "digraph \"" + dot_escape(scenario.id) + "\" {\n";
    out += "  rankdir=LR;\n  node [shape=box, style=\"rounded,filled\", fillcolor=white, fontname=\"DejaVu Sans\"];\n";
    for (const Node& node : scenario.nodes) {
        std::string label = node.id + "\\n" + dot_escape(shorten(node_text(node)));
        out += "  \"" + dot_escape(node.id) + "\" [label=\"" + label + "\"";
        if (node.is_ending()) out += std::string(", fillcolor=") + ending_colour(node.ending) + ", shape=box";
        if (scenario.start != no_node && &node == &scenario.nodes[static_cast<std::size_t>(scenario.start)]) out += ", penwidth=2";
        out += "];\n";
    }
    for (const Node& node : scenario.nodes) {
        for (std::size_t c = 0; c < node.choices.size(); ++c) {
            const Choice& choice = node.choices[c];
            std::string label = std::to_string(c + 1) + ". " + shorten(choice.say, 32);
            std::string score = score_label(scenario, choice);
            if (!score.empty()) label += "\n" + score;
            if (choice.condition) label += "\nif " + choice.condition->text();
            for_each_destination(choice, [&](NodeIndex target, const std::string& when) {
                out += "  \"" + dot_escape(node.id) + "\" -> \"" + dot_escape(scenario.nodes[static_cast<std::size_t>(target)].id) +
                       "\" [label=\"" + dot_escape(when.empty() ? label : label + "\n" + when) + "\"];\n";
            });
        }
        if (node.on_timeout && scenario.has_timeouts())
            for_each_destination(*node.on_timeout, [&](NodeIndex target, const std::string& when) {
                out += "  \"" + dot_escape(node.id) + "\" -> \"" + dot_escape(scenario.nodes[static_cast<std::size_t>(target)].id) +
                       "\" [label=\"" + dot_escape(when.empty() ? "timeout" : "timeout\n" + when) + "\", style=dashed];\n";
            });
    }
    if (scenario.on_mood_zero != no_node)
        out += "  mood_zero [label=\"mood 0\", shape=plaintext];\n  mood_zero -> \"" +
               dot_escape(scenario.nodes[static_cast<std::size_t>(scenario.on_mood_zero)].id) + "\" [style=dotted];\n";
    out += "}\n";
    return out;
}

std::string graph_mermaid(const Scenario& scenario) {
    std::string out = "flowchart LR\n";
    for (const Node& node : scenario.nodes) {
        std::string label = mermaid_escape(node.id + ": " + shorten(node_text(node), 40));
        if (node.is_ending()) out += "  " + mermaid_id(node.id) + "([\"" + label + "\"])\n";
        else out += "  " + mermaid_id(node.id) + "[\"" + label + "\"]\n";
    }
    for (const Node& node : scenario.nodes) {
        for (std::size_t c = 0; c < node.choices.size(); ++c) {
            const Choice& choice = node.choices[c];
            std::string label = std::to_string(c + 1) + ". " + shorten(choice.say, 28);
            std::string score = score_label(scenario, choice);
            if (!score.empty()) label += " (" + score + ")";
            for_each_destination(choice, [&](NodeIndex target, const std::string& when) {
                out += "  " + mermaid_id(node.id) + " -->|\"" + mermaid_escape(when.empty() ? label : label + " " + when) + "\"| " +
                       mermaid_id(scenario.nodes[static_cast<std::size_t>(target)].id) + "\n";
            });
        }
        if (node.on_timeout && scenario.has_timeouts())
            for_each_destination(*node.on_timeout, [&](NodeIndex target, const std::string& when) {
                if (when.empty()) out += "  " + mermaid_id(node.id) + " -.->|timeout| ";
                else out += "  " + mermaid_id(node.id) + " -.->|\"" + mermaid_escape("timeout " + when) + "\"| ";
                out += mermaid_id(scenario.nodes[static_cast<std::size_t>(target)].id) + "\n";
            });
    }
    out += "  classDef success fill:#b8f0b8\n  classDef partial fill:#f0e68c\n  classDef failure fill:#ffc0cb\n";
    for (const Node& node : scenario.nodes)
        if (node.is_ending()) out += "  class " + mermaid_id(node.id) + " " + ending_name(node.ending) + "\n";
    return out;
}

}  // namespace frontdesk
