// frontdesk playtest FILE [--strategy S] [--runs N] [--seed S] [--lang en|it] : random play-throughs honouring conditions and
// mood, or one run of a rule (always the longest answer, the first, the most points...); every report ends
// with how each rule fares, so a scenario that can be passed without judgement shows at a glance.
// Names from the file (scenario, nodes, skills, answers) are printed terminal-safe, in the text and the JSON.
#include <algorithm>
#include <cstdio>
#include <iostream>
#include <memory>

#include <nlohmann/json.hpp>

#include "cli_common.h"
#include "frontdesk/number_format.h"
#include "frontdesk/playtest.h"
#include "frontdesk/scenario_labels.h"
#include "frontdesk/strategies.h"
#include "frontdesk/terminal_text.h"
#include "frontdesk/utf8.h"

namespace frontdesk::cli {

namespace {

struct PlaytestCommandOptions {
    std::string file;
    std::string strategy = "random";
    int runs = 1000;
    std::uint64_t seed = 1;
    double timeout_probability = 0.1;
    bool json = false;
    std::string language;  // empty: the locale's
};

const char* pick(Language language, const char* english, const char* italian) { return language == Language::it ? italian : english; }

std::string one_decimal(Language language, double value) {
    return language == Language::it ? format_decimal(Language::it, value, 1) : format_one_decimal(value);
}

void print_random(const Scenario& scenario, const Analysis& analysis, const PlaytestReport& report,
                  const PlaytestCommandOptions& options, Language language) {
    if (language == Language::it) {
        std::cout << "Playtest di " << terminal_safe(scenario.id) << ": " << report.runs
                  << (report.runs == 1 ? " partita casuale" : " partite casuali") << " (seme " << options.seed << ")\n";
        std::cout << "  concluse: " << report.finished << ", superate: " << report.passed << ", lunghezza media "
                  << one_decimal(language, report.mean_steps) << " risposte, complessivo medio " << format_percent(report.mean_overall) << '\n';
        std::cout << "  finali:";
    } else {
        std::cout << "Playtest of " << terminal_safe(scenario.id) << ": " << report.runs << " random runs (seed " << options.seed << ")\n";
        std::cout << "  finished: " << report.finished << ", passed: " << report.passed << ", mean length "
                  << format_one_decimal(report.mean_steps) << " answers, mean overall " << format_percent(report.mean_overall) << '\n';
        std::cout << "  endings:";
    }
    for (EndingKind kind : {EndingKind::success, EndingKind::partial, EndingKind::failure}) {
        auto it = report.endings_by_kind.find(kind);
        int count = it == report.endings_by_kind.end() ? 0 : it->second;
        std::cout << ' ' << (language == Language::it ? ending_label(language, kind) : std::string(ending_name(kind))) << ' ' << count << " ("
                  << format_percent(report.runs ? 100.0 * count / report.runs : 0) << ")";
    }
    std::cout << '\n';
    for (const auto& [node, count] : report.endings_by_node) std::cout << "    " << terminal_safe(node) << ": " << count << '\n';
    std::cout << pick(language, "  runs where mood fell to 0: ", "  partite in cui l'umore è sceso a 0: ") << report.mood_zero_runs << '\n';
    std::cout << pick(language, "  skills (raw points over finished runs):\n", "  competenze (punti grezzi sulle partite concluse):\n");
    for (std::size_t s = 0; s < report.skills.size(); ++s) {
        const SkillSpread& skill = report.skills[s];
        std::cout << "    " << terminal_safe(skill.skill) << pick(language, ": mean ", ": media ") << one_decimal(language, skill.mean)
                  << pick(language, ", range ", ", da ") << skill.min << pick(language, " to ", " a ") << skill.max;
        // The static best treats every condition as possibly true; say when no run came near it.
        const SkillRange& range = analysis.skills[s];
        if (!range.best_unbounded) std::cout << pick(language, " (best possible ", " (massimo possibile ") << range.best << ")";
        std::cout << '\n';
    }
    std::cout << pick(language, "  nodes never reached: ", "  nodi mai raggiunti: ") << report.unvisited_nodes.size();
    for (const std::string& node : report.unvisited_nodes) std::cout << ' ' << terminal_safe(node);
    std::cout << pick(language, "\n  choices never taken: ", "\n  risposte mai scelte: ") << report.untaken_choices.size();
    for (const auto& [node, choice] : report.untaken_choices) std::cout << ' ' << terminal_safe(node) << '#' << choice + 1;
    std::cout << pick(language, "\n  stuck runs (no answer available): ", "\n  partite bloccate (nessuna risposta disponibile): ") << report.stuck_runs;
    if (report.stuck_runs)
        std::cout << pick(language, " (first at node '", " (la prima al nodo '") << terminal_safe(report.first_stuck_node) << "')";
    std::cout << pick(language, "\n  runs past ", "\n  partite oltre ") << report.step_limit
              << pick(language, " answers (looping): ", " risposte (in ciclo): ") << report.looping_runs << '\n';
}

nlohmann::json random_json(const Scenario& scenario, const PlaytestReport& report, const PlaytestCommandOptions& options) {
    nlohmann::json skills = nlohmann::json::object();
    for (const SkillSpread& skill : report.skills) skills[skill.skill] = {{"min", skill.min}, {"max", skill.max}, {"mean", skill.mean}};
    nlohmann::json endings = nlohmann::json::object();
    for (EndingKind kind : {EndingKind::success, EndingKind::partial, EndingKind::failure}) {
        auto it = report.endings_by_kind.find(kind);
        endings[ending_name(kind)] = it == report.endings_by_kind.end() ? 0 : it->second;
    }
    nlohmann::json untaken = nlohmann::json::array();
    for (const auto& [node, choice] : report.untaken_choices) untaken.push_back({{"node", node}, {"choice", choice + 1}});
    return {{"scenario", scenario.id},       {"runs", report.runs},
            {"seed", options.seed},          {"finished", report.finished},
            {"passed", report.passed},       {"endings", endings},
            {"ending_nodes", report.endings_by_node}, {"mood_zero_runs", report.mood_zero_runs},
            {"skills", skills},              {"mean_overall", report.mean_overall},
            {"mean_answers", report.mean_steps}, {"unvisited_nodes", report.unvisited_nodes},
            {"untaken_choices", untaken},    {"stuck_runs", report.stuck_runs},
            {"looping_runs", report.looping_runs}, {"step_limit", report.step_limit}};
}

// Where a run stopped, as the table and the full report name it: "thanks (success)", "stuck at 'x'".
std::string run_outcome(const Scenario& scenario, const StrategyRun& run, Language language) {
    const std::string node = terminal_safe(scenario.nodes[static_cast<std::size_t>(run.stopped_at)].id);
    if (language == Language::it) {
        if (run.stuck) return "bloccata al nodo '" + node + "'";
        if (run.looping) return "in ciclo (fermata dopo " + std::to_string(run.path.size()) + " risposte)";
        return node + " (" + ending_label(language, run.result.ending) + ")";
    }
    if (run.stuck) return "stuck at '" + node + "'";
    if (run.looping) return "loops (stopped after " + std::to_string(run.path.size()) + " answers)";
    return node + " (" + ending_name(run.result.ending) + ")";
}

std::string padded(std::string text, std::size_t width) {
    std::size_t length = utf8_length(text);
    return length < width ? text + std::string(width - length, ' ') : text;
}

void print_strategy_table(const Scenario& scenario, const std::vector<StrategyRun>& runs, Language language) {
    std::vector<std::string> outcomes;
    std::size_t width = 0;
    for (const StrategyRun& run : runs) {
        outcomes.push_back(run_outcome(scenario, run, language));
        width = std::max(width, utf8_length(outcomes.back()));
    }
    std::cout << pick(language, "  the same rule at every step (ending, overall, pass):\n",
                      "  la stessa regola a ogni passo (finale, complessivo, esito):\n");
    for (std::size_t i = 0; i < runs.size(); ++i) {
        std::string overall = format_percent(runs[i].result.overall);
        std::cout << "    " << padded(strategy_name(runs[i].strategy), 9) << padded(outcomes[i], width + 2)
                  << std::string(overall.size() < 4 ? 4 - overall.size() : 0, ' ') << overall << "  "
                  << (runs[i].result.passed ? pick(language, "PASS", "SUPERATO") : pick(language, "FAIL", "NON SUPERATO")) << '\n';
    }
}

const char* strategy_rule(Strategy strategy, Language language) {
    switch (strategy) {
        case Strategy::longest: return pick(language, "the longest answer at every step", "la risposta più lunga a ogni passo");
        case Strategy::shortest: return pick(language, "the shortest answer at every step", "la risposta più breve a ogni passo");
        case Strategy::first: return pick(language, "the first answer listed at every step", "la prima risposta dell'elenco a ogni passo");
        case Strategy::last: return pick(language, "the last answer listed at every step", "l'ultima risposta dell'elenco a ogni passo");
        case Strategy::best: return pick(language, "the answer with the most points at every step", "la risposta con più punti a ogni passo");
        case Strategy::worst: return pick(language, "the answer with the fewest points at every step", "la risposta con meno punti a ogni passo");
        case Strategy::random: break;
    }
    return pick(language, "a random answer at every step", "una risposta a caso a ogni passo");
}

void print_strategy_run(const Scenario& scenario, const StrategyRun& run, Language language) {
    std::cout << pick(language, "Playtest of ", "Playtest di ") << terminal_safe(scenario.id) << pick(language, ": strategy ", ": strategia ")
              << strategy_name(run.strategy) << " (" << strategy_rule(run.strategy, language) << ")\n";
    int number = 0;
    for (const Decision& decision : run.path) {
        const Node& node = scenario.nodes[static_cast<std::size_t>(decision.node)];
        std::cout << "  " << ++number << ". " << terminal_safe(node.id) << ": ";
        if (decision.timed_out()) std::cout << pick(language, "no answer in time", "nessuna risposta in tempo");
        else
            std::cout << pick(language, "choice ", "risposta ") << decision.choice + 1 << " \""
                      << terminal_safe(node.choices[static_cast<std::size_t>(decision.choice)].say) << '"';
        std::cout << " (" << describe_score(scenario, decision.score, language) << pick(language, "; mood ", "; umore ") << decision.mood_before
                  << " -> " << decision.mood_after << ")\n";
    }
    std::cout << (run.finished() ? pick(language, "  ending: ", "  finale: ") : pick(language, "  stopped: ", "  fermata: "))
              << run_outcome(scenario, run, language) << pick(language, " after ", " dopo ") << run.path.size()
              << (run.path.size() == 1 ? pick(language, " answer\n", " risposta\n") : pick(language, " answers\n", " risposte\n"));
    std::cout << pick(language, "  skills:", "  competenze:");
    for (std::size_t s = 0; s < run.result.skills.size(); ++s) {
        const SkillResult& skill = run.result.skills[s];
        std::cout << (s ? ", " : " ") << terminal_safe(skill.skill) << ' ' << skill.raw << pick(language, " of ", " su ") << skill.best;
        if (skill.percent) std::cout << " (" << format_percent(*skill.percent) << ')';
    }
    std::cout << pick(language, "\n  overall ", "\n  complessivo ") << format_percent(run.result.overall) << pick(language, " (pass ", " (soglia ")
              << scenario.pass << "): "
              << (run.result.passed ? pick(language, "PASS", "SUPERATO") : pick(language, "FAIL", "NON SUPERATO")) << '\n';
}

nlohmann::json run_json(const Scenario& scenario, const StrategyRun& run) {
    nlohmann::json out = {{"strategy", strategy_name(run.strategy)},
                          {"stopped_at", scenario.nodes[static_cast<std::size_t>(run.stopped_at)].id},
                          {"ending", run.finished() ? nlohmann::json(ending_name(run.result.ending)) : nlohmann::json(nullptr)},
                          {"stuck", run.stuck},
                          {"looping", run.looping},
                          {"answers", run.path.size()},
                          {"overall", run.result.overall},
                          {"passed", run.result.passed}};
    return out;
}

nlohmann::json path_json(const Scenario& scenario, const StrategyRun& run) {
    nlohmann::json path = nlohmann::json::array();
    for (const Decision& decision : run.path) {
        nlohmann::json score = nlohmann::json::object();
        for (std::size_t s = 0; s < scenario.skills.size() && s < decision.score.size(); ++s)
            if (decision.score[s] != 0) score[scenario.skills[s]] = decision.score[s];
        path.push_back({{"node", scenario.nodes[static_cast<std::size_t>(decision.node)].id},
                        {"choice", decision.timed_out() ? nlohmann::json(nullptr) : nlohmann::json(decision.choice + 1)},
                        {"score", score},
                        {"mood_before", decision.mood_before},
                        {"mood_after", decision.mood_after}});
    }
    return path;
}

int run_playtest(const PlaytestCommandOptions& options) {
    Language language = trainer_language(options.language);
    LoadedScenario loaded = load_and_report(options.file, std::cerr, Shown::all, language);
    if (!loaded.playable()) {
        std::cerr << "frontdesk playtest: " << options.file << pick(language, " has errors; fix them first\n", " contiene errori; li corregga prima\n");
        return exit_problems;
    }
    const Scenario& scenario = *loaded.scenario;
    Strategy strategy = strategy_from_name(options.strategy).value_or(Strategy::random);
    std::vector<StrategyRun> runs = run_deterministic_strategies(loaded.scenario, *loaded.analysis);
    nlohmann::json table = nlohmann::json::array();
    for (const StrategyRun& run : runs) table.push_back(run_json(scenario, run));

    if (strategy != Strategy::random) {
        const StrategyRun& run = *std::find_if(runs.begin(), runs.end(), [&](const StrategyRun& r) { return r.strategy == strategy; });
        if (options.json) {
            nlohmann::json out = run_json(scenario, run);
            out["scenario"] = scenario.id;
            out["path"] = path_json(scenario, run);
            nlohmann::json skills = nlohmann::json::object();
            for (const SkillResult& skill : run.result.skills)
                skills[skill.skill] = {{"raw", skill.raw}, {"best", skill.best},
                                       {"percent", skill.percent ? nlohmann::json(*skill.percent) : nlohmann::json(nullptr)}};
            out["skills"] = skills;
            out["strategies"] = table;
            std::cout << terminal_safe(out.dump(2), LineBreaks::keep) << '\n';
        } else {
            print_strategy_run(scenario, run, language);
            print_strategy_table(scenario, runs, language);
        }
        return run.finished() ? exit_ok : exit_problems;
    }

    PlaytestOptions playtest_options;
    playtest_options.runs = options.runs;
    playtest_options.seed = options.seed;
    playtest_options.timeout_probability = options.timeout_probability;
    PlaytestReport report = playtest(loaded.scenario, *loaded.analysis, playtest_options);
    if (options.json) {
        nlohmann::json out = random_json(scenario, report, options);
        out["strategies"] = table;
        std::cout << terminal_safe(out.dump(2), LineBreaks::keep) << '\n';
    } else {
        print_random(scenario, *loaded.analysis, report, options, language);
        print_strategy_table(scenario, runs, language);
    }
    return (report.stuck_runs > 0 || report.looping_runs > 0) ? exit_problems : exit_ok;
}

}  // namespace

void add_playtest_command(CLI::App& app, int& exit_code) {
    auto options = std::make_shared<PlaytestCommandOptions>();
    CLI::App* command = app.add_subcommand("playtest", "Play many random sessions and report endings, skills and dead spots");
    command->add_option("file", options->file, "Scenario file")->required();
    command->add_option("--strategy", options->strategy,
                        "How the simulated trainee answers: at random, or always the longest, shortest, first, last, best or worst answer")
        ->check(CLI::IsMember({"random", "longest", "shortest", "first", "last", "best", "worst"}))
        ->capture_default_str();
    command->add_option("--runs", options->runs, "Number of random sessions")->check(CLI::Range(1, 10'000'000))->capture_default_str();
    command->add_option("--seed", options->seed, "Random seed (same seed, same runs)")->capture_default_str();
    command->add_option("--timeouts", options->timeout_probability, "Chance of letting the time run out, when there is a time limit")
        ->check(CLI::Range(0.0, 1.0))->capture_default_str();
    command->add_flag("--json", options->json, "Print JSON instead of text (the same in every language)");
    add_language_option(*command, options->language);
    command->callback([options, &exit_code] { exit_code = run_playtest(*options); });
}

}  // namespace frontdesk::cli
