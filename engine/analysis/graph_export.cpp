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
        std::string label = node.id + "\\n" + dot_escape(shorten(node.say));
        out += "  \"" + dot_escape(node.id) + "\" [label=\"" + label + "\"";
        if (node.is_ending()) out += std::string(", fillcolor=") + ending_colour(node.ending) + ", shape=box";
        if (scenario.start != no_node && &node == &scenario.nodes[static_cast<std::size_t>(scenario.start)]) out += ", penwidth=2";
        out += "];\n";
    }
    for (const Node& node : scenario.nodes) {
        for (std::size_t c = 0; c < node.choices.size(); ++c) {
            const Choice& choice = node.choices[c];
            if (choice.target == no_node) continue;
            std::string label = std::to_string(c + 1) + ". " + shorten(choice.say, 32);
            std::string score = score_label(scenario, choice);
            if (!score.empty()) label += "\n" + score;
            if (choice.condition) label += "\nif " + choice.condition->text();
            out += "  \"" + dot_escape(node.id) + "\" -> \"" + dot_escape(scenario.nodes[static_cast<std::size_t>(choice.target)].id) +
                   "\" [label=\"" + dot_escape(label) + "\"];\n";
        }
        if (node.on_timeout && node.on_timeout->target != no_node && scenario.has_timeouts())
            out += "  \"" + dot_escape(node.id) + "\" -> \"" + dot_escape(scenario.nodes[static_cast<std::size_t>(node.on_timeout->target)].id) +
                   "\" [label=\"timeout\", style=dashed];\n";
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
        std::string label = mermaid_escape(node.id + ": " + shorten(node.say, 40));
        if (node.is_ending()) out += "  " + mermaid_id(node.id) + "([\"" + label + "\"])\n";
        else out += "  " + mermaid_id(node.id) + "[\"" + label + "\"]\n";
    }
    for (const Node& node : scenario.nodes) {
        for (std::size_t c = 0; c < node.choices.size(); ++c) {
            const Choice& choice = node.choices[c];
            if (choice.target == no_node) continue;
            std::string label = std::to_string(c + 1) + ". " + shorten(choice.say, 28);
            std::string score = score_label(scenario, choice);
            if (!score.empty()) label += " (" + score + ")";
            out += "  " + mermaid_id(node.id) + " -->|\"" + mermaid_escape(label) + "\"| " +
                   mermaid_id(scenario.nodes[static_cast<std::size_t>(choice.target)].id) + "\n";
        }
        if (node.on_timeout && node.on_timeout->target != no_node && scenario.has_timeouts())
            out += "  " + mermaid_id(node.id) + " -.->|timeout| " +
                   mermaid_id(scenario.nodes[static_cast<std::size_t>(node.on_timeout->target)].id) + "\n";
    }
    out += "  classDef success fill:#b8f0b8\n  classDef partial fill:#f0e68c\n  classDef failure fill:#ffc0cb\n";
    for (const Node& node : scenario.nodes)
        if (node.is_ending()) out += "  class " + mermaid_id(node.id) + " " + ending_name(node.ending) + "\n";
    return out;
}

}  // namespace frontdesk
