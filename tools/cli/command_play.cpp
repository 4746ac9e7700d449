// frontdesk play [FILE] : the terminal player. It prints the character's line, the mood and numbered
// choices, and reads one number per line, so it works for a person, through a pipe and with a screen reader.
// Without FILE it lists the bundled scenarios and asks which one to play.
#include <unistd.h>

#include <chrono>
#include <iostream>
#include <memory>

#include "cli_common.h"
#include "frontdesk/scenario_library.h"
#include "frontdesk/scoring.h"
#include "frontdesk/session.h"

namespace frontdesk::cli {

namespace {

struct PlayOptions {
    std::string file;
    std::string feedback = "end";  // immediate | end
    bool no_timer = false;
};

// What the trainee typed: a choice number, quit, or the end of input.
struct Answer {
    enum class Kind { number, quit, end_of_input } kind = Kind::end_of_input;
    int number = 0;
    double seconds = 0;
};

Answer read_answer(int count, const char* prompt_word) {
    auto started = std::chrono::steady_clock::now();
    while (true) {
        std::cout << prompt_word << " (1-" << count << ", q to quit): " << std::flush;
        std::string line;
        if (!std::getline(std::cin, line)) {
            std::cout << '\n';
            return {Answer::Kind::end_of_input, 0, 0};
        }
        // Through a pipe nothing echoes the answer; print it so the transcript reads like the conversation.
        if (!isatty(STDIN_FILENO)) std::cout << line << '\n';
        std::size_t begin = line.find_first_not_of(" \t\r");
        std::size_t end = line.find_last_not_of(" \t\r");
        std::string text = begin == std::string::npos ? "" : line.substr(begin, end - begin + 1);
        double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
        if (text == "q" || text == "Q" || text == "quit") return {Answer::Kind::quit, 0, seconds};
        bool digits = !text.empty() && text.size() <= 3 && text.find_first_not_of("0123456789") == std::string::npos;
        if (digits) {
            int number = std::stoi(text);
            if (number >= 1 && number <= count) return {Answer::Kind::number, number, seconds};
        }
        std::cout << "Please type a number from 1 to " << count << ", or q to quit.\n";
    }
}

void print_node(const Session& session) {
    const Scenario& scenario = session.scenario();
    const Node& node = session.node();
    if (!node.say.empty()) std::cout << '\n' << scenario.character.name << ": \"" << node.say << "\"\n";
}

void print_briefing(const Scenario& scenario, const PlayOptions& options) {
    std::cout << "=== " << scenario.title << " ===\n";
    std::cout << "You face: " << role_name(scenario.role) << " (" << scenario.character.name << ") | channel: "
              << channel_name(scenario.channel) << " | difficulty " << scenario.difficulty << "/3\n";
    if (!scenario.organisation.empty()) std::cout << "You work for: " << scenario.organisation << '\n';
    std::cout << '\n' << scenario.summary << '\n';
    if (!scenario.character.description.empty()) std::cout << '\n' << scenario.character.description << '\n';
    std::cout << "\nScored skills:";
    for (const std::string& skill : scenario.skills) std::cout << ' ' << skill;
    std::cout << '\n';
    if (scenario.time_limit) {
        if (options.no_timer) std::cout << "Time limit: off (--no-timer)\n";
        else std::cout << "Time limit: " << *scenario.time_limit << " seconds per answer\n";
    }
    std::cout << "Feedback: " << (options.feedback == "immediate" ? "after each answer" : "at the end") << '\n';
}

void print_results(const Session& session, const Analysis& analysis) {
    const Scenario& scenario = session.scenario();
    SessionResult result = score_session(scenario, analysis, session.history(), session.ending());
    std::cout << "\n=== Ending: " << ending_name(session.ending()) << " ===\n";
    if (!session.node().debrief.empty()) std::cout << session.node().debrief << '\n';
    std::cout << "\nSkills (points, and share of the best this scenario allows):\n";
    for (const SkillResult& skill : result.skills) {
        std::cout << "  " << skill.skill << std::string(18 - std::min<std::size_t>(17, skill.skill.size()), ' ')
                  << skill.raw << " of " << skill.best << "  ";
        std::cout << (skill.percent ? format_percent(*skill.percent) : std::string("not scored here")) << '\n';
    }
    std::cout << "Overall: " << format_percent(result.overall) << " - " << (result.passed ? "PASSED" : "NOT PASSED")
              << " (needs " << scenario.pass << "% and an ending that is not a failure)\n";
    std::cout << "\nReview of your decisions:\n";
    std::vector<DecisionReview> reviews = review_session(scenario, session.history());
    int number = 0;
    for (const DecisionReview& review : reviews) {
        const Decision& decision = *review.decision;
        const Node& node = scenario.nodes[static_cast<std::size_t>(decision.node)];
        std::cout << ++number << ". ";
        if (decision.timed_out()) std::cout << "(no answer in time)";
        else std::cout << "You said: \"" << review.said << '"';
        std::string points = describe_points(scenario, decision.score);
        std::cout << "  [" << (points.empty() ? "no points" : points) << "; mood " << decision.mood_before << " -> "
                  << decision.mood_after << "]\n";
        if (!review.feedback.empty()) std::cout << "   Feedback: " << review.feedback << '\n';
        if (review.better_choice) {
            const Choice& better = node.choices[static_cast<std::size_t>(*review.better_choice)];
            std::cout << "   A better answer here: \"" << better.say << "\" (" << describe_points(scenario, better.score) << ")\n";
        }
    }
}

std::string pick_from_library() {
    std::vector<Diagnostic> problems;
    std::vector<std::string> files = find_scenario_files({bundled_scenario_dir()}, problems);
    std::vector<std::pair<std::string, std::shared_ptr<const Scenario>>> playable;
    for (const std::string& file : files) {
        LoadedScenario loaded = load_scenario_file(file);
        if (loaded.playable()) playable.emplace_back(file, loaded.scenario);
    }
    if (playable.empty()) {
        std::cerr << "frontdesk: no playable scenarios found in " << bundled_scenario_dir() << '\n';
        return {};
    }
    std::cout << "frontdesk - scenarios in " << bundled_scenario_dir() << ":\n";
    for (std::size_t i = 0; i < playable.size(); ++i) {
        const Scenario& s = *playable[i].second;
        std::cout << "  " << i + 1 << ". [" << language_name(s.language) << ", " << channel_name(s.channel) << "] "
                  << s.title << '\n';
    }
    Answer answer = read_answer(static_cast<int>(playable.size()), "Scenario");
    if (answer.kind != Answer::Kind::number) return {};
    return playable[static_cast<std::size_t>(answer.number - 1)].first;
}

int run_play(PlayOptions options) {
    if (options.file.empty()) {
        options.file = pick_from_library();
        if (options.file.empty()) return exit_ok;
    }
    LoadedScenario loaded = load_and_report(options.file, std::cerr);
    if (!loaded.playable()) {
        std::cerr << "frontdesk play: " << options.file << " has errors; fix them first (frontdesk lint " << options.file << ")\n";
        return exit_problems;
    }
    const Scenario& scenario = *loaded.scenario;
    print_briefing(scenario, options);
    Session session(loaded.scenario);
    bool immediate = options.feedback == "immediate";
    print_node(session);
    while (!session.finished()) {
        std::vector<int> offered = session.offered_choices();
        std::cout << "[mood " << session.mood() << "/100, " << mood_word(session.mood()) << "]\n";
        for (std::size_t i = 0; i < offered.size(); ++i)
            std::cout << "  " << i + 1 << ". " << session.node().choices[static_cast<std::size_t>(offered[i])].say << '\n';
        if (offered.empty()) {
            std::cout << "(You have nothing to say here.)\n";
            session.time_out(0);
            print_node(session);
            continue;
        }
        Answer answer = read_answer(static_cast<int>(offered.size()), "Your answer");
        if (answer.kind != Answer::Kind::number) {
            std::cout << "Conversation stopped before the end (" << session.history().size() << " answers given).\n";
            return exit_ok;
        }
        bool late = scenario.time_limit && !options.no_timer && session.can_time_out() && answer.seconds > *scenario.time_limit;
        const Decision& decision = late ? session.time_out(answer.seconds)
                                        : session.choose(offered[static_cast<std::size_t>(answer.number - 1)], answer.seconds);
        if (late)
            std::cout << "Too late: you took " << static_cast<int>(answer.seconds) << " s and the limit is "
                      << *scenario.time_limit << " s.\n";
        if (immediate) {
            const Node& node = scenario.nodes[static_cast<std::size_t>(decision.node)];
            const Effect& effect = decision.timed_out() ? static_cast<const Effect&>(*node.on_timeout)
                                                        : node.choices[static_cast<std::size_t>(decision.choice)];
            std::string points = describe_points(scenario, decision.score);
            std::cout << "  -> " << (points.empty() ? "no points" : points) << "; mood " << decision.mood_before << " -> "
                      << decision.mood_after << '\n';
            if (!effect.feedback.empty()) std::cout << "  Feedback: " << effect.feedback << '\n';
        }
        if (decision.mood_zero) std::cout << "(" << scenario.character.name << " has run out of patience.)\n";
        print_node(session);
    }
    if (session.stuck()) {
        std::cout << "The conversation cannot go on: no answer is available at node '" << session.node().id
                  << "'. This is a fault in the scenario; run frontdesk playtest on it.\n";
        return exit_problems;
    }
    print_results(session, *loaded.analysis);
    return exit_ok;
}

}  // namespace

void add_play_command(CLI::App& app, int& exit_code) {
    auto options = std::make_shared<PlayOptions>();
    CLI::App* command = app.add_subcommand("play", "Play a scenario in the terminal (numbers on standard input)");
    command->add_option("file", options->file, "Scenario file (default: choose from the bundled library)");
    command->add_option("--feedback", options->feedback, "When to show feedback")
        ->check(CLI::IsMember({"immediate", "end"}))
        ->capture_default_str();
    command->add_flag("--no-timer", options->no_timer, "Ignore the scenario's time limit (e.g. with a screen reader)");
    command->callback([options, &exit_code] { exit_code = run_play(*options); });
}

}  // namespace frontdesk::cli
