// frontdesk play [FILE] : the terminal player. It prints the character's line, the mood and numbered
// choices, and reads one number per line, so it works for a person, through a pipe and with a screen reader.
// It speaks the scenario's language. Without FILE it lists the bundled scenarios and asks which to play; with
// --course ID it shows the trainee's progress through that course and offers its next step.
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <iostream>
#include <map>
#include <memory>

#include "cli_common.h"
#include "frontdesk/course_progress.h"
#include "frontdesk/suggest.h"
#include "frontdesk/background_sender.h"
#include "frontdesk/number_format.h"
#include "frontdesk/interface_text.h"
#include "frontdesk/scenario_labels.h"
#include "frontdesk/scenario_library.h"
#include "frontdesk/scoring.h"
#include "frontdesk/session.h"
#include "frontdesk/terminal_text.h"
#include "frontdesk/utf8.h"
#include "frontdesk/open_results_store.h"
#include "frontdesk/recorded_session.h"
#include "frontdesk/answer_order.h"
#include "frontdesk/placeholders.h"

namespace frontdesk::cli {

namespace {

struct PlayOptions {
    std::string file;
    std::string feedback = "end";  // immediate | end
    bool no_timer = false;
    std::string trainee;           // records the session when given
    std::string cohort;
    std::string db;                // default: default_results_location()
    bool resume = false;
    std::string name;              // how the conversation names the trainee (default: --trainee, else Alex)
    std::string phrasing = "neutral";  // feminine | masculine | neutral
    std::optional<std::uint64_t> seed;  // the answers' order; default: a new one each session
    bool no_shuffle = false;
    std::string course;            // offer this course's next step instead of a FILE
};

// Scenario text on its way to the terminal: line breaks kept, control characters shown, never obeyed.
std::string shown(std::string_view text) { return terminal_safe(text, LineBreaks::keep); }
// A line of the conversation as this trainee reads it: placeholders filled in, then made terminal-safe.
std::string shown(std::string_view text, const TraineeVoice& voice) { return shown(expand_text(text, voice)); }

// An answer is a number; a longer line is cut here and the rest discarded, so a runaway line on standard input
// (a pasted file, a broken pipe feeding megabytes) costs no memory.
constexpr std::size_t max_answer_bytes = 4096;

// Reads one line into `line` (at most `max` bytes kept). False at the end of input with nothing read.
bool read_line_capped(std::istream& in, std::string& line, std::size_t max) {
    line.clear();
    std::streambuf* buffer = in.rdbuf();
    bool any = false;
    for (;;) {
        int c = buffer->sbumpc();
        if (c == std::char_traits<char>::eof()) {
            in.setstate(std::ios::eofbit);
            return any;
        }
        any = true;
        if (c == '\n') return true;
        if (line.size() < max) line.push_back(static_cast<char>(c));
    }
}

// What the trainee typed: a choice number, quit, or the end of input.
struct Answer {
    enum class Kind { number, quit, end_of_input } kind = Kind::end_of_input;
    int number = 0;
    double seconds = 0;
};

Answer read_answer(Language language, int count, Ui prompt) {
    auto started = std::chrono::steady_clock::now();
    while (true) {
        std::cout << ui_text(language, prompt) << " (1-" << count << ", " << ui_text(language, Ui::quit_hint) << "): " << std::flush;
        std::string line;
        if (!read_line_capped(std::cin, line, max_answer_bytes)) {
            std::cout << '\n';
            return {Answer::Kind::end_of_input, 0, 0};
        }
        // Through a pipe nothing echoes the answer; print it so the transcript reads like the conversation.
        if (!isatty(STDIN_FILENO)) std::cout << shown(line) << '\n';
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
        std::cout << ui_text(language, Ui::invalid_answer, {std::to_string(count)}) << '\n';
    }
}

// Narration is framed as a stage direction, apart from the character's words, never inside their quotes.
void print_node(const Session& session, const TraineeVoice& voice) {
    const Node& node = session.node();
    if (!node.narration.empty()) std::cout << "\n(" << shown(node.narration, voice) << ")\n";
    if (!node.say.empty()) std::cout << '\n' << shown(session.scenario().character.name) << ": \"" << shown(node.say, voice) << "\"\n";
}

void print_briefing(const Scenario& scenario, const PlayOptions& options, const TraineeVoice& voice) {
    Language language = scenario.language;
    std::cout << "=== " << shown(scenario.title) << " ===\n";
    std::cout << ui_text(language, Ui::you_face) << ": " << role_label(language, scenario.role) << " ("
              << shown(scenario.character.name) << ") | " << ui_text(language, Ui::channel_label) << ": "
              << channel_label(language, scenario.channel) << " | " << ui_text(language, Ui::difficulty_label) << ' '
              << scenario.difficulty << "/3\n";
    if (!scenario.organisation.empty()) std::cout << ui_text(language, Ui::you_work_for) << ": " << shown(scenario.organisation) << '\n';
    std::cout << '\n' << shown(scenario.summary, voice) << '\n';
    if (!scenario.character.description.empty()) std::cout << '\n' << shown(scenario.character.description, voice) << '\n';
    std::cout << '\n' << ui_text(language, Ui::scored_skills) << ':';
    for (std::size_t s = 0; s < scenario.skills.size(); ++s)
        std::cout << (s ? ", " : " ") << shown(skill_label(language, scenario.skills[s]));
    std::cout << '\n';
    if (scenario.time_limit) {
        if (options.no_timer) std::cout << ui_text(language, Ui::time_limit_off) << " (--no-timer)\n";
        else std::cout << ui_text(language, Ui::time_limit_seconds, {std::to_string(*scenario.time_limit)}) << '\n';
    }
    std::cout << ui_text(language, Ui::feedback_label) << ": "
              << ui_text(language, options.feedback == "immediate" ? Ui::feedback_after_each : Ui::feedback_at_end) << '\n';
}

void print_results(const Session& session, const Analysis& analysis, const TraineeVoice& voice) {
    const Scenario& scenario = session.scenario();
    Language language = scenario.language;
    SessionResult result = score_session(scenario, analysis, session.history(), session.ending());
    std::cout << "\n=== " << ui_text(language, Ui::ending_label) << ": " << ending_label(language, session.ending()) << " ===\n";
    if (!session.node().debrief.empty()) std::cout << shown(session.node().debrief, voice) << '\n';
    std::cout << '\n' << ui_text(language, Ui::skills_heading) << '\n';
    for (const SkillResult& skill : result.skills) {
        std::string name = shown(skill_label(language, skill.skill));
        std::cout << "  " << name << std::string(24 - std::min<std::size_t>(23, name.size()), ' ')
                  << ui_text(language, Ui::points_of_best, {std::to_string(skill.raw), std::to_string(skill.best)}) << "  "
                  << (skill.percent ? format_percent(*skill.percent) : ui_text(language, Ui::not_scored_here)) << '\n';
    }
    std::cout << ui_text(language, Ui::overall) << ": " << format_percent(result.overall) << " - "
              << ui_text(language, result.passed ? Ui::passed : Ui::not_passed) << " ("
              << ui_text(language, Ui::pass_rule, {std::to_string(scenario.pass)}) << ")\n";
    std::cout << '\n' << ui_text(language, Ui::review_heading) << '\n';
    int number = 0;
    for (const DecisionReview& review : review_session(scenario, session.history())) {
        const Decision& decision = *review.decision;
        const Node& node = scenario.nodes[static_cast<std::size_t>(decision.node)];
        std::cout << ++number << ". ";
        if (decision.timed_out()) std::cout << ui_text(language, Ui::no_answer_in_time);
        else std::cout << ui_text(language, Ui::you_said) << ": \"" << shown(review.said, voice) << '"';
        std::cout << "  [" << describe_score(scenario, decision.score, language) << "; " << ui_text(language, Ui::mood_label) << ' '
                  << decision.mood_before << " -> " << decision.mood_after << "]\n";
        if (!review.feedback.empty()) std::cout << "   " << ui_text(language, Ui::feedback_prefix) << ": " << shown(review.feedback, voice) << '\n';
        if (review.better_choice) {
            const Choice& better = node.choices[static_cast<std::size_t>(*review.better_choice)];
            std::cout << "   " << ui_text(language, Ui::better_answer) << ": \"" << shown(better.say, voice) << "\" ("
                      << describe_score(scenario, better.score, language) << ")\n";
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
    std::cout << ui_text(Language::en, Ui::scenarios_in, {bundled_scenario_dir()}) << '\n';
    for (std::size_t i = 0; i < playable.size(); ++i) {
        const Scenario& s = *playable[i].second;
        std::cout << "  " << i + 1 << ". [" << language_name(s.language) << ", " << channel_name(s.channel) << "] "
                  << shown(s.title) << '\n';
    }
    Answer answer = read_answer(Language::en, static_cast<int>(playable.size()), Ui::choose_scenario_prompt);
    if (answer.kind != Answer::Kind::number) return {};
    return playable[static_cast<std::size_t>(answer.number - 1)].first;
}

// A write that failed (the server unreachable, the disk full) keeps the answer in the session's queue: the
// trainee is told it is not saved, and each Enter tries again, so nothing is lost and nothing is claimed
// saved before the store has it. False when the trainee stops instead.
bool keep_until_saved(RecordedSession& session, Language language, const StoreError& error) {
    std::cout << ui_text(language, Ui::answer_kept_retry, {error.what()}) << '\n' << std::flush;
    for (;;) {
        std::string line;
        bool more = read_line_capped(std::cin, line, max_answer_bytes);
        if (!isatty(STDIN_FILENO) && more) std::cout << shown(line) << '\n';
        if (!more || line == "q" || line == "Q" || line == "quit") {
            std::size_t unsaved = session.unsaved();
            std::cout << ui_text(language, Ui::answers_left_unsaved, {std::to_string(unsaved)}) << '\n';
            return false;
        }
        try {
            session.save();
            std::cout << ui_text(language, Ui::answer_saved_now) << '\n';
            return true;
        } catch (const StoreError& again) {
            std::cout << ui_text(language, Ui::answer_kept_retry, {again.what()}) << '\n' << std::flush;
        }
    }
}

// The courses the statements sent while playing credit: the bundled library's, as lrs sync and export-xapi
// credit them by default, since a session's statements must be the same whoever sends them. Read on the
// sender's thread, only when an LRS is configured; nothing is printed: a course's problems are for the
// trainer (lint), not the trainee.
std::vector<std::shared_ptr<const Course>> player_courses() {
    ScenarioIndex bundled({bundled_scenario_dir()});
    return usable_courses(bundled, {}, nullptr, "");
}

int run_session(PlayOptions options);

// The course's steps with where the trainee stands, in the course's language.
void print_course(const Course& course, const CourseProgress& progress, const std::map<std::string, std::shared_ptr<const Scenario>>& scenarios) {
    Language language = course.language;
    std::cout << "=== " << ui_text(language, Ui::course_play_heading, {shown(course.title)}) << " ===\n"
              << ui_text(language, Ui::course_play_progress, {std::to_string(progress.steps_passed), std::to_string(progress.steps_total)});
    if (!course.due.empty())
        std::cout << " | " << ui_text(language, progress.overdue ? Ui::course_play_overdue : Ui::course_play_due, {course.due});
    std::cout << '\n';
    std::size_t section = static_cast<std::size_t>(-1);
    for (std::size_t i = 0; i < course.steps.size(); ++i) {
        const CourseStep& step = course.steps[i];
        const StepProgress& state = progress.steps[i];
        if (step.section != section) {
            section = step.section;
            if (section < course.sections.size() && !course.sections[section].title.empty())
                std::cout << '\n' << shown(course.sections[section].title) << '\n';
        }
        auto found = scenarios.find(step.scenario);
        std::string title = found != scenarios.end() ? found->second->title : step.scenario;
        Ui words = state.state == StepState::passed ? Ui::course_state_passed : state.state == StepState::next ? Ui::course_state_next
                   : state.state == StepState::locked ? Ui::course_state_locked : state.state == StepState::out_of_attempts
                                                      ? Ui::course_state_out_of_attempts : Ui::course_state_open;
        std::cout << "  " << i + 1 << ". " << shown(title) << "  [" << ui_text(language, words);
        if (step.attempts)
            std::cout << ", " << ui_text(language, Ui::course_play_attempts_used, {std::to_string(state.attempts_used), std::to_string(*step.attempts)});
        std::cout << "]\n";
    }
    if (progress.complete) std::cout << '\n' << ui_text(language, Ui::course_play_complete) << '\n';
}

// frontdesk play --course ID --trainee T: the course as it stands for the trainee, a step chosen (Enter: the next
// one), played as any session is (which is what makes it count), then where the trainee stands now.
int run_course(PlayOptions options) {
    if (options.trainee.empty()) {
        std::cerr << "frontdesk play: --course needs --trainee ID (whose progress to show and record)\n";
        return exit_usage;
    }
    std::string library = bundled_scenario_dir();
    std::map<std::string, std::shared_ptr<const Scenario>> scenarios;
    std::vector<std::shared_ptr<const Scenario>> all = library_scenarios(library);
    for (const auto& scenario : all) scenarios.emplace(scenario->id, scenario);
    std::vector<LoadedCourse> courses = load_courses(course_folder(library), all);
    std::shared_ptr<const Course> course = find_course(courses, options.course);
    if (!course) {
        std::vector<std::string> ids;
        for (const LoadedCourse& loaded : courses)
            if (loaded.usable()) ids.push_back(loaded.course->id);
        std::cerr << "frontdesk play: no course '" << terminal_safe(options.course) << "' in " << terminal_safe(course_folder(library))
                  << terminal_safe(did_you_mean(options.course, ids)) << " (frontdesk course list shows them)\n";
        return exit_problems;
    }
    const Language language = course->language;
    std::unique_ptr<ResultsStore> store;
    std::string results_path = options.db.empty() ? default_results_location() : options.db;
    auto progress_now = [&](const TraineeRecord& trainee) {
        ResultsFilter filter;
        filter.trainee = trainee.id;
        return course_progress(*course, trainee, store->sessions(filter), local_date_today());
    };
    TraineeRecord trainee;
    CourseProgress progress;
    try {
        store = open_results_store(results_path);
        std::optional<TraineeRecord> known = store->trainee(options.trainee);
        trainee = known ? *known : TraineeRecord{options.trainee, options.trainee, options.cohort, ""};
        if (!options.cohort.empty()) trainee.cohort = options.cohort;
        if (!course->assigned_to(trainee.cohort)) {
            std::string cohorts;
            for (const std::string& cohort : course->cohorts) cohorts += (cohorts.empty() ? "" : ", ") + cohort;
            std::cerr << "frontdesk play: the course '" << terminal_safe(course->id) << "' is for the cohort" << (course->cohorts.size() == 1 ? " " : "s ")
                      << terminal_safe(cohorts) << ", and " << terminal_safe(trainee.id)
                      << (trainee.cohort.empty() ? std::string(" has no cohort") : " is in '" + terminal_safe(trainee.cohort) + "'")
                      << "; give --cohort (sessions count only for the courses of the trainee's cohort)\n";
            return exit_usage;
        }
        progress = progress_now(trainee);
    } catch (const StoreError& e) {
        std::cerr << ui_text(language, Ui::results_unavailable, {e.what()}) << '\n';
        return exit_problems;
    }
    print_course(*course, progress, scenarios);
    std::size_t chosen = 0;
    for (;;) {
        std::cout << '\n' << ui_text(language, Ui::course_play_choose) << ", 1-" << course->steps.size() << ", "
                  << ui_text(language, Ui::quit_hint) << "): " << std::flush;
        std::string line;
        if (!read_line_capped(std::cin, line, max_answer_bytes)) {
            std::cout << '\n';
            return exit_ok;
        }
        if (!isatty(STDIN_FILENO)) std::cout << shown(line) << '\n';
        std::size_t begin = line.find_first_not_of(" \t\r"), end = line.find_last_not_of(" \t\r");
        std::string text = begin == std::string::npos ? "" : line.substr(begin, end - begin + 1);
        if (text == "q" || text == "Q" || text == "quit") return exit_ok;
        if (text.empty()) {
            if (!progress.next_step) {
                std::cout << ui_text(language, Ui::course_play_complete) << '\n';
                continue;
            }
            chosen = *progress.next_step;
        } else if (text.size() <= 3 && text.find_first_not_of("0123456789") == std::string::npos && std::stoul(text) >= 1 &&
                   std::stoul(text) <= course->steps.size()) {
            chosen = std::stoul(text) - 1;
        } else {
            std::cout << ui_text(language, Ui::invalid_answer, {std::to_string(course->steps.size())}) << '\n';
            continue;
        }
        const StepProgress& state = progress.steps[chosen];
        if (state.state == StepState::locked) {
            std::string waiting;
            for (const std::string& earlier : course->steps[chosen].unlock_after) {
                const CourseStep* step = course->step_for(earlier);
                if (step && progress.steps[static_cast<std::size_t>(step - course->steps.data())].passed()) continue;
                auto found = scenarios.find(earlier);
                waiting += (waiting.empty() ? "" : ", ") + ("\"" + (found != scenarios.end() ? found->second->title : earlier) + "\"");
            }
            std::cout << ui_text(language, Ui::course_play_locked, {shown(waiting)}) << '\n';
            continue;
        }
        break;
    }
    const CourseStep& step = course->steps[chosen];
    auto found = scenarios.find(step.scenario);
    if (found == scenarios.end()) {  // check_course made this an error, so find_course never returns such a course
        std::cerr << "frontdesk play: the scenario '" << terminal_safe(step.scenario) << "' is not in " << terminal_safe(library) << '\n';
        return exit_problems;
    }
    const StepProgress& state = progress.steps[chosen];
    // Whether this session will count (course_progress.h): the step is open, and within its attempts.
    if (state.state == StepState::out_of_attempts)
        std::cout << ui_text(language, Ui::course_play_free_practice) << '\n';
    else if (step.attempts)
        std::cout << ui_text(language, Ui::course_play_counts) << " ("
                  << ui_text(language, Ui::course_play_attempts, {std::to_string(state.attempts_used + 1), std::to_string(*step.attempts)}) << ")\n";
    else
        std::cout << ui_text(language, Ui::course_play_counts) << '\n';
    std::cout << '\n';
    options.file = found->second->path;
    options.cohort = trainee.cohort;
    int result = run_session(options);
    try {
        progress = progress_now(trainee);
    } catch (const StoreError&) {
        return result;  // the session's own messages said what happened to the store
    }
    std::cout << '\n' << ui_text(language, Ui::course_play_heading, {shown(course->title)}) << ": "
              << ui_text(language, Ui::course_play_progress, {std::to_string(progress.steps_passed), std::to_string(progress.steps_total)}) << '\n';
    if (progress.complete) std::cout << ui_text(language, Ui::course_play_complete) << '\n';
    return result;
}

int run_play(PlayOptions options) {
    if (!options.course.empty()) return run_course(std::move(options));
    return run_session(std::move(options));
}

int run_session(PlayOptions options) {
    if (options.file.empty()) {
        options.file = pick_from_library();
        if (options.file.empty()) return exit_ok;
    }
    LoadedScenario loaded = load_and_report(options.file, std::cerr, Shown::errors);
    if (!loaded.playable()) {
        std::cerr << "frontdesk play: " << shown(options.file) << " has errors; fix them first (frontdesk lint " << shown(options.file) << ")\n";
        return exit_problems;
    }
    const Scenario& scenario = *loaded.scenario;
    Language language = scenario.language;
    for (const auto& [option, value] : {std::pair<const char*, const std::string*>{"--trainee", &options.trainee}, {"--cohort", &options.cohort},
                                        {"--name", &options.name}}) {
        if (std::string problem = name_problem(*value); !problem.empty()) {
            std::cerr << "frontdesk play: " << option << " '" << terminal_safe(*value) << "' " << problem << '\n';
            return exit_usage;
        }
    }
    TraineeVoice voice;
    if (!options.name.empty()) voice.name = options.name;
    else if (!options.trainee.empty()) voice.name = options.trainee;
    parse_phrasing(options.phrasing, voice.phrasing);  // CLI11 already refused anything else
    if (options.resume && options.trainee.empty()) {
        std::cerr << "frontdesk play: --resume needs --trainee ID (whose session to resume)\n";
        return exit_usage;
    }

    // Recording: the store is opened before anything is played, so a trainee never plays unrecorded by surprise.
    std::unique_ptr<ResultsStore> store;
    std::string results_path = options.db.empty() ? default_results_location() : options.db;
    if (!options.trainee.empty()) {
        try {
            store = open_results_store(results_path);
            store->upsert_trainee(options.trainee, options.trainee, options.cohort);
        } catch (const StoreError& e) {
            std::cerr << ui_text(language, Ui::results_unavailable, {e.what()}) << '\n';
            return exit_problems;
        }
    }

    // With an LRS in the settings file, each recorded answer's statement goes to it in the background; on the way
    // out (however the session ends) the sender gets a few seconds, and the trainee is told what is still pending.
    std::unique_ptr<BackgroundSender> sender;
    if (store) {
        std::string problem;
        std::shared_ptr<const Scenario> played_scenario = loaded.scenario;
        sender = start_configured_sender(results_path, "player",
                                         [played_scenario](const SessionRecord& session) -> std::shared_ptr<const Scenario> {
                                             if (session.scenario_id == played_scenario->id && session.scenario_hash == content_hash_hex(*played_scenario))
                                                 return played_scenario;
                                             return nullptr;
                                         },
                                         player_courses, problem);
        if (!problem.empty()) std::cerr << ui_text(language, Ui::lrs_settings_unusable, {problem}) << '\n';
    }
    struct SenderFarewell {
        std::unique_ptr<BackgroundSender>& sender;
        Language language;
        ~SenderFarewell() {
            if (!sender) return;
            BackgroundSenderStatus status = sender->finish(std::chrono::seconds(10));
            if (!status.problem.empty()) std::cerr << ui_text(language, Ui::lrs_waiting, {status.problem}) << '\n';
            else if (status.sent > 0) std::cout << ui_text(language, Ui::lrs_delivered, {std::to_string(status.sent)}) << '\n';
        }
    } farewell{sender, language};

    print_briefing(scenario, options, voice);
    if (!store) std::cout << ui_text(language, Ui::not_recorded) << '\n';
    Recording recording;
    recording.store = store.get();
    recording.trainee = options.trainee;
    recording.feedback_mode = options.feedback;
    recording.source = "play";
    if (!options.no_shuffle) recording.shuffle_seed = options.seed ? *options.seed : new_shuffle_seed();
    recording.voice = voice;
    if (sender) recording.recorded = [&sender](std::int64_t session) { sender->session_recorded(session); };
    std::optional<RecordedSession> played;
    try {
        if (store) {
            std::string error;
            if (options.resume) played = RecordedSession::resume(loaded.scenario, loaded.analysis, recording, error);
            if (!error.empty()) {
                std::cerr << "frontdesk play: the interrupted session cannot be resumed: " << error << '\n';
                return exit_problems;
            }
            if (played) {
                std::cout << '\n' << ui_text(language, Ui::resuming, {std::to_string(played->saved_decisions())}) << '\n';
            } else if (options.resume) {
                std::cout << ui_text(language, Ui::no_interrupted, {options.trainee}) << '\n';
            } else if (RecordedSession::interrupted_answers(*store, options.trainee, scenario) > 0) {
                std::cout << ui_text(language, Ui::interrupted_exists, {options.trainee}) << '\n';
            }
        }
        if (!played) played = RecordedSession::start(loaded.scenario, loaded.analysis, recording);
    } catch (const StoreError& e) {
        std::cerr << ui_text(language, Ui::results_unavailable, {e.what()}) << '\n';
        return exit_problems;
    }
    RecordedSession& session = *played;
    bool immediate = options.feedback == "immediate";
    print_node(session.session(), voice);
    while (!session.finished()) {
        std::vector<int> offered = session.offered();
        std::cout << '[' << ui_text(language, Ui::mood_label) << ' ' << session.session().mood() << "/100, "
                  << mood_name(language, session.session().mood()) << "]\n";
        for (std::size_t i = 0; i < offered.size(); ++i)
            std::cout << "  " << i + 1 << ". " << shown(session.session().node().choices[static_cast<std::size_t>(offered[i])].say, voice) << '\n';
        {
            if (offered.empty()) {
                // Only a timeout can move the conversation on (finished() excludes the case where none can).
                std::cout << ui_text(language, Ui::nothing_to_say) << '\n';
                try {
                    session.time_out(0);
                } catch (const StoreError& e) {
                    if (!keep_until_saved(session, language, e)) return exit_problems;
                }
                print_node(session.session(), voice);
                continue;
            }
            Answer answer = read_answer(language, static_cast<int>(offered.size()), Ui::answer_prompt);
            if (answer.kind != Answer::Kind::number) {
                std::cout << ui_text(language, Ui::stopped_early, {std::to_string(session.session().history().size())}) << '\n';
                return exit_ok;
            }
            bool late = scenario.time_limit && !options.no_timer && session.can_time_out() && answer.seconds > *scenario.time_limit;
            // Committed before the next line of the conversation is shown; until then, kept and retried.
            try {
                if (late) session.time_out(answer.seconds);
                else session.choose(static_cast<std::size_t>(answer.number - 1), answer.seconds);
            } catch (const StoreError& e) {
                if (!keep_until_saved(session, language, e)) return exit_problems;
            }
            const Decision& decision = session.session().history().back();
            if (late)
                std::cout << ui_text(language, Ui::too_late, {format_decimal(language, answer.seconds, 1), std::to_string(*scenario.time_limit)})
                          << '\n';
            if (immediate) {
                const Node& node = scenario.nodes[static_cast<std::size_t>(decision.node)];
                const Effect& effect = decision.timed_out() ? static_cast<const Effect&>(*node.on_timeout)
                                                            : node.choices[static_cast<std::size_t>(decision.choice)];
                std::cout << "  -> " << describe_score(scenario, decision.score, language) << "; " << ui_text(language, Ui::mood_label) << ' '
                          << decision.mood_before << " -> " << decision.mood_after << '\n';
                if (!effect.feedback.empty()) std::cout << "  " << ui_text(language, Ui::feedback_prefix) << ": " << shown(effect.feedback, voice) << '\n';
            }
            if (decision.mood_zero) std::cout << '(' << ui_text(language, Ui::ran_out_of_patience, {shown(scenario.character.name)}) << ")\n";
        }
        print_node(session.session(), voice);
    }
    if (session.session().stuck()) {
        std::cout << ui_text(language, Ui::stuck_scenario, {shown(session.session().node().id)}) << '\n';
        return exit_problems;
    }
    print_results(session.session(), session.analysis(), voice);
    if (session.recording())
        std::cout << '\n' << ui_text(language, Ui::results_saved, {store->location(), std::to_string(session.id())}) << '\n';
    return exit_ok;
}

}  // namespace

void add_play_command(CLI::App& app, int& exit_code) {
    auto options = std::make_shared<PlayOptions>();
    CLI::App* command = app.add_subcommand("play", "Play a scenario in the terminal (numbers on standard input)");
    auto* file = command->add_option("file", options->file, "Scenario file (default: choose from the bundled library)");
    command->add_option("--course", options->course, "Show the trainee's progress through this course and offer its next step (needs --trainee)")
        ->excludes(file);
    command->add_option("--feedback", options->feedback, "When to show feedback")
        ->check(CLI::IsMember({"immediate", "end"}))
        ->capture_default_str();
    command->add_flag("--no-timer", options->no_timer, "Ignore the scenario's time limit (e.g. with a screen reader)");
    command->add_option("--trainee", options->trainee, "Record the session for this trainee (employee code or name)");
    command->add_option("--cohort", options->cohort, "The trainee's cohort (group or course)");
    command->add_option("--db", options->db, "Results database or server (default: $FRONTDESK_DB, else $XDG_DATA_HOME/frontdesk/results.db)");
    command->add_flag("--resume", options->resume, "Continue the trainee's interrupted session of this scenario");
    command->add_option("--name", options->name, "The name the conversation calls the trainee by (default: --trainee, else Alex)");
    command->add_option("--phrasing", options->phrasing, "Words that change with the trainee's gender, as in Italian 'sono sicura/sicuro'")
        ->check(CLI::IsMember({"feminine", "masculine", "neutral"}))
        ->capture_default_str();
    auto* seed = command->add_option("--seed", options->seed, "Fix the order the answers are shown in (a number; default: new each session)");
    command->add_flag("--no-shuffle", options->no_shuffle, "Show the answers in the order the scenario lists them")->excludes(seed);
    command->callback([options, &exit_code] { exit_code = run_play(*options); });
}

}  // namespace frontdesk::cli
