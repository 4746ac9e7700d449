// The whole-scenario checks: graph shape, scoring loops, endings, feedback and timeouts. Node ids are
// quoted with in_quotes(), since an id with errors of its own is still checked here.
#include "frontdesk/scenario_checks.h"

#include <set>
#include <string>
#include <unordered_set>
#include <vector>

namespace frontdesk {

namespace {

std::string points(int value) { return (value > 0 ? "+" : "") + std::to_string(value); }

// Whether one of the node's conditions is the negation of another ('x' and 'not x', in any spelling), which
// always leaves one choice offered. Linear in the choices: a node may have thousands.
bool has_complementary_conditions(const Node& node) {
    std::unordered_set<std::string> conditions;
    for (const Choice& choice : node.choices)
        if (choice.condition) conditions.insert(choice.condition->canonical());
    for (const Choice& choice : node.choices) {
        if (!choice.condition) continue;
        std::string operand = choice.condition->canonical_negated_operand();
        if (!operand.empty() && conditions.count(operand)) return true;
    }
    return false;
}

// An entry of a conditional goto whose condition repeats an earlier entry's can never be taken: the earlier
// one is tried first and holds whenever it does.
void check_repeated_goto_conditions(const Effect& effect, DiagnosticList& diagnostics) {
    const std::vector<ConditionalGoto>& entries = effect.conditional_gotos;
    for (std::size_t i = 1; i < entries.size(); ++i) {
        if (!entries[i].condition) continue;
        for (std::size_t j = 0; j < i; ++j) {
            if (!entries[j].condition || entries[j].condition->canonical() != entries[i].condition->canonical()) continue;
            diagnostics.warning(entries[i].location, "entry " + std::to_string(i + 1) + " of this 'goto' has the same condition as entry " +
                                                         std::to_string(j + 1) + " (" + in_quotes(entries[i].condition->text()) +
                                                         "), so it can never be taken; change its condition or remove it");
            break;
        }
    }
}

}  // namespace

void check_scenario(const Scenario& scenario, const Analysis& analysis, DiagnosticList& diagnostics) {
    if (scenario.start == no_node || scenario.nodes.empty()) return;  // already reported by the loader
    // After an error in the file's structure (a goto that did not read, a misspelt node), what is reachable is
    // not known: "cannot be reached" warnings would bury the one error that matters under twenty false ones.
    const bool paths_known = !diagnostics.has_errors();

    // A loop must not award points: a trainee could go round it and collect them again and again.
    std::set<std::pair<NodeIndex, int>> reported;
    for (const ScoringLoop& loop : analysis.scoring_loops) {
        if (!reported.insert({loop.node, loop.choice}).second) continue;
        const Node& node = scenario.nodes[static_cast<std::size_t>(loop.node)];
        const Effect& effect = loop.choice >= 0 ? static_cast<const Effect&>(node.choices[static_cast<std::size_t>(loop.choice)])
                                                : *node.on_timeout;
        std::string what = loop.choice >= 0 ? "choice " + std::to_string(loop.choice + 1) : std::string("on_timeout");
        std::string awards;
        for (std::size_t s = 0; s < scenario.skills.size(); ++s)
            if (effect.score[s] > 0) awards += (awards.empty() ? "" : ", ") + points(effect.score[s]) + " " + scenario.skills[s];
        const std::string& target = scenario.nodes[static_cast<std::size_t>(loop.target)].id;
        diagnostics.error(effect.location,
                          "scores can grow without limit: " + what + " of node " + in_quotes(node.id) + " awards " + awards +
                              " inside a loop (" + in_quotes(target) + " leads back to " + in_quotes(node.id) +
                              "), so a trainee could collect it again and again; award the points on a choice that leaves the loop");
    }

    for (std::size_t u = 0; u < scenario.nodes.size(); ++u) {
        const Node& node = scenario.nodes[u];
        if (paths_known && !analysis.reachable[u]) {
            diagnostics.warning(node.location, "node " + in_quotes(node.id) + " cannot be reached from the start node " +
                                                   in_quotes(scenario.nodes[static_cast<std::size_t>(scenario.start)].id),
                                static_cast<std::uint32_t>(node.id.size()));
        } else if (paths_known && !analysis.can_end[u]) {
            diagnostics.warning(node.location, "no ending can be reached from node " + in_quotes(node.id) +
                                                   ": a trainee who gets here can never finish",
                                static_cast<std::uint32_t>(node.id.size()));
        }
        if (node.is_ending()) {
            if (node.debrief.empty())
                diagnostics.warning(node.location, "ending " + in_quotes(node.id) + " has no 'debrief'; say what went well or wrong and what to try next time",
                                    static_cast<std::uint32_t>(node.id.size()));
            continue;
        }
        // Every choice conditional and no timeout: if no condition holds, the trainee has nothing to say.
        // A pair of conditions 'x' and 'not x' always leaves one choice, so it silences the warning.
        bool all_conditional = !node.choices.empty();
        for (const Choice& choice : node.choices) all_conditional = all_conditional && choice.condition != nullptr;
        if (all_conditional && !has_complementary_conditions(node) && !(node.on_timeout && scenario.has_timeouts()) &&
            analysis.reachable[u])
            diagnostics.warning(node.location, "every choice of node " + in_quotes(node.id) +
                                                   " has a condition: when none holds the trainee is stuck; add a choice without 'if'",
                                static_cast<std::uint32_t>(node.id.size()));
        for (const Choice& choice : node.choices) check_repeated_goto_conditions(choice, diagnostics);
        if (node.on_timeout) check_repeated_goto_conditions(*node.on_timeout, diagnostics);
        for (std::size_t c = 0; c < node.choices.size(); ++c) {
            if (node.choices[c].feedback.empty())
                diagnostics.warning(node.choices[c].location, "choice " + std::to_string(c + 1) + " of node " + in_quotes(node.id) +
                                                                  " has no feedback; say what this answer teaches");
        }
        if (node.on_timeout && node.on_timeout->feedback.empty() && scenario.has_timeouts())
            diagnostics.warning(node.on_timeout->location, "on_timeout of node " + in_quotes(node.id) + " has no feedback");
        if (scenario.has_timeouts() && !node.on_timeout && !node.choices.empty())
            diagnostics.warning(node.location, "the scenario has a time_limit but node " + in_quotes(node.id) +
                                                   " has no on_timeout; say what happens when the trainee does not answer in time",
                                static_cast<std::uint32_t>(node.id.size()));
        if (!scenario.has_timeouts() && node.on_timeout)
            diagnostics.warning(node.on_timeout->location, "on_timeout of node " + in_quotes(node.id) +
                                                               " never fires: the scenario has no time_limit");
    }

    if (paths_known && analysis.success_endings == 0) {
        const Node& start = scenario.nodes[static_cast<std::size_t>(scenario.start)];
        diagnostics.warning(start.location, "no 'success' ending can be reached from the start node " + in_quotes(start.id) +
                                                "; give trainees a way to succeed",
                            static_cast<std::uint32_t>(start.id.size()));
    }
}

}  // namespace frontdesk
