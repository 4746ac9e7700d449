// frontdesk analyze FILE [--json] [--lang en|it] : the shape of a scenario (reachability, endings, paths, score ranges), and
// whether the answers the trainer marked `ideal: true` make the best path.
// Text from the file is printed terminal-safe; the JSON escapes it too, as JSON \u escapes.
#include <iostream>
#include <memory>

#include <nlohmann/json.hpp>

#include "cli_common.h"
#include "frontdesk/number_format.h"
#include "frontdesk/strategies.h"
#include "frontdesk/tell_checks.h"
#include "frontdesk/terminal_text.h"
#include "frontdesk/utf8.h"

namespace frontdesk::cli {

namespace {

struct AnalyzeOptions {
    std::string file;
    bool json = false;
    std::string language;  // empty: the locale's
};

nlohmann::json ideal_path_json(const Scenario& scenario, const IdealPath& ideal) {
    if (!ideal.declared) return nullptr;
    nlohmann::json path = nlohmann::json::array();
    for (const Decision& decision : ideal.path)
        path.push_back({{"node", scenario.nodes[static_cast<std::size_t>(decision.node)].id},
                        {"choice", decision.timed_out() ? nlohmann::json(nullptr) : nlohmann::json(decision.choice + 1)}});
    nlohmann::json skills = nlohmann::json::object();
    for (const SkillResult& skill : ideal.result.skills) skills[skill.skill] = {{"raw", skill.raw}, {"best", skill.best}};
    std::string problem = ideal_path_problem(scenario, ideal);
    return {{"path", path},
            {"stopped_at", scenario.nodes[static_cast<std::size_t>(ideal.stopped_at)].id},
            {"ending", ideal.finished() ? nlohmann::json(ending_name(ideal.result.ending)) : nlohmann::json(nullptr)},
            {"skills", skills},
            {"best", ideal.is_best()},
            {"problem", problem.empty() ? nlohmann::json(nullptr) : nlohmann::json(problem)}};
}

std::string ideal_path_text(const Scenario& scenario, const IdealPath& ideal, Language language) {
    bool it = language == Language::it;
    if (!ideal.declared)
        return it ? "nessuno dichiarato (segni le risposte previste con 'ideal: true')"
                  : "none declared (mark the intended answers with 'ideal: true')";
    std::string path = translate_phrase(Phrase::path, describe_path(scenario, ideal.path), language);
    const std::string& stop = scenario.nodes[static_cast<std::size_t>(ideal.stopped_at)].id;
    if (ideal.is_best())
        return it ? path + ": raggiunge '" + stop + "' (successo) con il 100% del massimo di ogni competenza"
                  : path + ": reaches '" + stop + "' (success) with 100% of every skill's best";
    return path + ": " + translate_phrase(Phrase::ideal_path_problem, ideal_path_problem(scenario, ideal), language);
}

// How often the best answer is also the longest, which a trainer aims to keep at about a third of the decision
// points or less (lint warns above half): the figure lint's warning is about, shown whatever it is.
std::string length_text(const LengthTells& tells, Language language) {
    bool it = language == Language::it;
    if (tells.decision_points == 0) return it ? "nessun punto di decisione" : "no decision points";
    std::string share = format_percent(language, 100.0 * tells.best_is_longest / tells.decision_points);
    std::string ratio = tells.other_mean_length > 0 ? format_decimal(language, tells.best_mean_length / tells.other_mean_length, 2) : "-";
    if (it)
        return "la risposta migliore è la più lunga in " + std::to_string(tells.best_is_longest) + " punti di decisione su " +
               std::to_string(tells.decision_points) + " (" + share + "); le migliori sono lunghe " + ratio + " volte le altre, in media";
    return "the best answer is the longest at " + std::to_string(tells.best_is_longest) + " of " + std::to_string(tells.decision_points) +
           " decision points (" + share + "); best answers " + ratio + " times as long as the others on average";
}

nlohmann::json analysis_json(const Scenario& scenario, const Analysis& analysis, const IdealPath& ideal) {
    LengthTells tells = measure_length_tells(scenario, analysis);
    nlohmann::json skills = nlohmann::json::object();
    for (std::size_t s = 0; s < scenario.skills.size(); ++s) {
        const SkillRange& range = analysis.skills[s];
        skills[scenario.skills[s]] = {
            {"best", range.best_unbounded ? nlohmann::json(nullptr) : nlohmann::json(range.best)},
            {"worst", range.worst_unbounded ? nlohmann::json(nullptr) : nlohmann::json(range.worst)},
            {"best_unbounded", range.best_unbounded},
            {"worst_unbounded", range.worst_unbounded}};
    }
    return {{"scenario", scenario.id},
            {"nodes", scenario.nodes.size()},
            {"reachable", analysis.reachable_count},
            {"endings", {{"success", analysis.success_endings}, {"partial", analysis.partial_endings}, {"failure", analysis.failure_endings}}},
            {"paths", analysis.paths},
            {"paths_capped", analysis.paths_capped},
            {"shortest_success", analysis.shortest_success ? nlohmann::json(*analysis.shortest_success) : nlohmann::json(nullptr)},
            {"estimated_minutes", estimated_minutes(scenario, analysis)},
            {"skills", skills},
            {"ideal_path", ideal_path_json(scenario, ideal)},
            {"answer_lengths",
             {{"decision_points", tells.decision_points},
              {"best_is_longest", tells.best_is_longest},
              {"best_mean_characters", tells.best_mean_length},
              {"other_mean_characters", tells.other_mean_length}}}};
}

// A label of the Italian report, padded so the values line up.
std::string italian_label(const std::string& label) {
    constexpr std::size_t width = 21;
    std::size_t length = utf8_length(label);
    return "  " + label + std::string(length < width ? width - length : 1, ' ');
}

void print_text(const Scenario& scenario, const Analysis& analysis, const IdealPath& ideal, Language language) {
    std::cout << terminal_safe(scenario.title) << " (" << terminal_safe(scenario.id) << ")\n";
    if (language == Language::it) {
        std::cout << italian_label("nodi:") << scenario.nodes.size() << " (" << analysis.reachable_count
                  << (analysis.reachable_count == 1 ? " raggiungibile)\n" : " raggiungibili)\n");
        std::cout << italian_label("finali raggiunti:") << analysis.success_endings << " di successo, " << analysis.partial_endings
                  << (analysis.partial_endings == 1 ? " parziale, " : " parziali, ") << analysis.failure_endings << " di fallimento\n";
        std::cout << italian_label("percorsi completi:");
        if (analysis.paths_capped) std::cout << "almeno 10^18 (limite raggiunto: cicli o un albero molto grande)\n";
        else std::cout << analysis.paths << '\n';
        std::cout << italian_label("successo più breve:");
        if (analysis.shortest_success)
            std::cout << *analysis.shortest_success << (*analysis.shortest_success == 1 ? " risposta\n" : " risposte\n");
        else std::cout << "nessuno\n";
        std::cout << italian_label("durata stimata:") << "circa " << estimated_minutes(scenario, analysis) << " min\n";
        std::cout << "  competenze (totale su un percorso completo):\n";
        for (std::size_t s = 0; s < scenario.skills.size(); ++s) {
            const SkillRange& range = analysis.skills[s];
            std::string skill = terminal_safe(scenario.skills[s]);
            std::cout << "    " << skill << std::string(18 - std::min<std::size_t>(17, skill.size()), ' ')
                      << "massimo " << (range.best_unbounded ? std::string("senza limite") : std::to_string(range.best))
                      << ", minimo " << (range.worst_unbounded ? std::string("senza limite") : std::to_string(range.worst)) << '\n';
        }
        std::cout << italian_label("percorso ideale:") << terminal_safe(ideal_path_text(scenario, ideal, language)) << '\n';
        std::cout << italian_label("lunghezza risposte:") << length_text(measure_length_tells(scenario, analysis), language) << '\n';
        return;
    }
    std::cout << "  nodes:            " << scenario.nodes.size() << " (" << analysis.reachable_count << " reachable)\n";
    std::cout << "  endings reached:  " << analysis.success_endings << " success, " << analysis.partial_endings
              << " partial, " << analysis.failure_endings << " failure\n";
    std::cout << "  complete paths:   ";
    if (analysis.paths_capped) std::cout << "at least 10^18 (capped: loops or a huge tree)\n";
    else std::cout << analysis.paths << '\n';
    std::cout << "  shortest success: ";
    if (analysis.shortest_success)
        std::cout << *analysis.shortest_success << (*analysis.shortest_success == 1 ? " answer\n" : " answers\n");
    else std::cout << "none\n";
    std::cout << "  estimated length: about " << estimated_minutes(scenario, analysis) << " min\n";
    std::cout << "  skills (total over a complete path):\n";
    for (std::size_t s = 0; s < scenario.skills.size(); ++s) {
        const SkillRange& range = analysis.skills[s];
        std::string skill = terminal_safe(scenario.skills[s]);
        std::cout << "    " << skill << std::string(18 - std::min<std::size_t>(17, skill.size()), ' ')
                  << "best " << (range.best_unbounded ? std::string("unbounded") : std::to_string(range.best))
                  << ", worst " << (range.worst_unbounded ? std::string("unbounded") : std::to_string(range.worst)) << '\n';
    }
    std::cout << "  ideal path:       " << terminal_safe(ideal_path_text(scenario, ideal, language)) << '\n';
    std::cout << "  answer lengths:   " << length_text(measure_length_tells(scenario, analysis), language) << '\n';
}

int run_analyze(const AnalyzeOptions& options) {
    Language language = trainer_language(options.language);
    LoadedScenario loaded = load_and_report(options.file, std::cerr, Shown::all, language);
    if (!loaded.scenario || !loaded.analysis) return exit_problems;
    // The dump escapes C0 controls itself; terminal_safe turns the rest (C1, bidi) into \u escapes, which
    // are the same characters to a JSON reader.
    // Following the ideal answers plays the scenario, which only a file without errors can be.
    IdealPath ideal;
    if (!loaded.diagnostics.has_errors()) ideal = follow_ideal_path(loaded.scenario, *loaded.analysis);
    if (options.json) std::cout << terminal_safe(analysis_json(*loaded.scenario, *loaded.analysis, ideal).dump(2), LineBreaks::keep) << '\n';
    else print_text(*loaded.scenario, *loaded.analysis, ideal, language);
    return loaded.diagnostics.has_errors() ? exit_problems : exit_ok;
}

}  // namespace

void add_analyze_command(CLI::App& app, int& exit_code) {
    auto options = std::make_shared<AnalyzeOptions>();
    CLI::App* command = app.add_subcommand("analyze", "Reachability, endings, paths and score ranges of a scenario");
    command->add_option("file", options->file, "Scenario file")->required();
    command->add_flag("--json", options->json, "Print JSON instead of text (the same in every language)");
    add_language_option(*command, options->language);
    command->callback([options, &exit_code] { exit_code = run_analyze(*options); });
}

}  // namespace frontdesk::cli
