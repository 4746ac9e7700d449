// frontdesk trainee list | export ID | forget ID : what the results hold about each trainee, a copy of all of
// it for the trainee, and forgetting them (performance is personal data: every row goes, and the file keeps
// nothing readable of it).
#include <algorithm>
#include <cctype>
#include <iostream>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <unistd.h>

#include "cli_common.h"
#include "frontdesk/personal_data_file.h"
#include "frontdesk/results_store.h"
#include "frontdesk/terminal_text.h"

namespace frontdesk::cli {

namespace {

struct TraineeOptions {
    std::string db;
    std::string id;
    std::string output;
    bool yes = false;
};

// Columns line up by characters, not bytes: names are often accented ("Niccolò").
std::size_t display_width(const std::string& text) {
    return static_cast<std::size_t>(std::count_if(text.begin(), text.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

std::string pad(const std::string& text, std::size_t width) {
    std::size_t shown = display_width(text);
    return text + std::string(width > shown ? width - shown : 0, ' ');
}

// "2026-11-24T21:31:49.120Z" as "2026-11-24 21:31" (UTC, as stored).
std::string short_time(const std::string& iso) {
    if (iso.size() < 16) return iso;
    return iso.substr(0, 10) + ' ' + iso.substr(11, 5);
}

std::string plural(std::size_t count, const char* one, const char* many) {
    return std::to_string(count) + ' ' + (count == 1 ? one : many);
}

void unknown_trainee(const std::string& command, const std::string& id, const ResultsReader& store) {
    std::cerr << "frontdesk trainee " << command << ": no trainee '" << terminal_safe(id) << "' in " << store.location()
              << " (frontdesk trainee list shows who is there)\n";
}

int run_list(const TraineeOptions& options) {
    std::unique_ptr<ResultsReader> store = open_results_for_reading(options.db, "trainee list", std::cerr);
    if (!store) return exit_problems;
    try {
        std::vector<TraineeRecord> trainees = store->trainees();
        if (trainees.empty()) {
            std::cout << "no trainees yet in " << store->location() << '\n';
            return exit_ok;
        }
        struct Practice {
            std::size_t sessions = 0;
            std::string last;
        };
        std::map<std::string, Practice> practice;
        for (const SessionRecord& session : store->sessions(ResultsFilter{})) {
            Practice& p = practice[session.trainee];
            ++p.sessions;
            p.last = std::max(p.last, session.finished() ? session.ended_at : session.started_at);
        }
        std::vector<std::vector<std::string>> rows = {{"id", "name", "cohort", "sessions", "last practice (UTC)"}};
        // Stored text may hold anything (another program wrote the file, a row was edited): shown, never obeyed.
        for (const TraineeRecord& t : trainees) {
            const Practice& p = practice[t.id];
            rows.push_back({terminal_safe(t.id), terminal_safe(t.display_name), terminal_safe(t.cohort), std::to_string(p.sessions),
                            p.last.empty() ? "-" : terminal_safe(short_time(p.last))});
        }
        std::vector<std::size_t> widths(rows.front().size(), 0);
        for (const auto& row : rows)
            for (std::size_t c = 0; c < row.size(); ++c) widths[c] = std::max(widths[c], display_width(row[c]));
        for (const auto& row : rows) {
            std::string line;
            for (std::size_t c = 0; c < row.size(); ++c) line += c + 1 < row.size() ? pad(row[c], widths[c] + 2) : row[c];
            std::cout << line << '\n';
        }
        std::cout << plural(trainees.size(), "trainee", "trainees") << '\n';
        return exit_ok;
    } catch (const StoreError& e) {
        std::cerr << "frontdesk trainee list: " << e.what() << '\n';
        return exit_problems;
    }
}

int run_export(const TraineeOptions& options) {
    std::unique_ptr<ResultsReader> store = open_results_for_reading(options.db, "trainee export", std::cerr);
    if (!store) return exit_problems;
    try {
        nlohmann::json data = export_trainee(*store, options.id);
        if (data.is_null()) {
            unknown_trainee("export", options.id, *store);
            return exit_problems;
        }
        std::string text = data.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
        if (options.output.empty() || options.output == "-") {
            std::cout << text;
            return exit_ok;
        }
        if (std::string problem = write_personal_data_file(options.output, text, store.get()); !problem.empty()) {
            std::cerr << "frontdesk trainee export: " << problem << '\n';
            return exit_problems;
        }
        std::size_t decisions = 0;
        for (const auto& session : data["sessions"]) decisions += session["decisions"].size();
        std::cout << "All data of " << terminal_safe(options.id) << " (" << plural(data["sessions"].size(), "session", "sessions") << ", "
                  << plural(decisions, "decision", "decisions") << ") written to " << options.output << '\n';
        return exit_ok;
    } catch (const StoreError& e) {
        std::cerr << "frontdesk trainee export: " << e.what() << '\n';
        return exit_problems;
    }
}

// Asks on the terminal; anything but y/yes is a no.
bool confirm(const std::string& question) {
    std::cerr << question << " [y/N] " << std::flush;
    std::string answer;
    if (!std::getline(std::cin, answer)) return false;
    std::transform(answer.begin(), answer.end(), answer.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return answer == "y" || answer == "yes";
}

// What is left to say when a wipe could not finish: the rows are gone, copies are not yet.
void unfinished_wipe(const ForgetOutcome& outcome, const std::string& deleted) {
    std::cerr << "frontdesk trainee forget: " << deleted << ", but the wipe is not finished: " << outcome.wipe_problem << '\n';
}

int run_forget(const TraineeOptions& options) {
    std::unique_ptr<ResultsStore> store = open_existing_results(options.db, "trainee forget", std::cerr);
    if (!store) return exit_problems;
    try {
        std::optional<TraineeRecord> trainee = store->trainee(options.id);
        if (!trainee) {
            // Forgotten before, maybe by a forget that could not finish its wipe: finishing it needs no confirmation.
            ForgetOutcome outcome = store->forget_trainee(options.id);
            if (outcome.wipe_was_pending) {
                if (!outcome.wiped) {
                    unfinished_wipe(outcome, "nothing more to delete in " + store->location());
                    return exit_problems;
                }
                std::cout << "No trainee '" << terminal_safe(options.id) << "' in " << store->location()
                          << "; finished the wipe an earlier forget had left unfinished: nothing of the deleted rows is left readable\n";
                return exit_ok;
            }
            unknown_trainee("forget", options.id, *store);
            return exit_problems;
        }
        ResultsFilter filter;
        filter.trainee = options.id;
        std::vector<SessionRecord> sessions = store->sessions(filter);
        std::size_t decisions = 0;
        for (const SessionRecord& session : sessions) decisions += store->decisions(session.id).size();
        std::string who = terminal_safe(trainee->id) +
                          (trainee->display_name.empty() || trainee->display_name == trainee->id ? "" : " (" + terminal_safe(trainee->display_name) + ")");
        std::string what = plural(sessions.size(), "session", "sessions") + " and " + plural(decisions, "decision", "decisions");
        if (!options.yes) {
            if (!::isatty(STDIN_FILENO)) {
                std::cerr << "frontdesk trainee forget: not forgetting " << who << " without a confirmation, and there is no terminal to ask on;"
                          << " add --yes to confirm\n";
                return exit_problems;
            }
            if (!confirm("Forget " + who + " for good: the trainee, " + what + "? This cannot be undone.")) {
                std::cerr << "Nothing was deleted.\n";
                return exit_problems;
            }
        }
        ForgetOutcome outcome = store->forget_trainee(options.id);
        if (!outcome.found) {  // another program forgot them meanwhile
            unknown_trainee("forget", options.id, *store);
            return exit_problems;
        }
        if (!outcome.wiped) {
            unfinished_wipe(outcome, "deleted " + who + " (" + what + ") from " + store->location());
            return exit_problems;
        }
        std::cout << "Forgot " << who << ": deleted the trainee, " << what << "; nothing of them is left readable in "
                  << store->location() << '\n';
        return exit_ok;
    } catch (const StoreError& e) {
        std::cerr << "frontdesk trainee forget: " << e.what() << '\n';
        return exit_problems;
    }
}

}  // namespace

void add_trainee_command(CLI::App& app, int& exit_code) {
    CLI::App* trainee = app.add_subcommand("trainee", "What the results hold about trainees: list, export (a copy for them), forget");
    trainee->require_subcommand(1);
    std::string db_help = "Results database (default: " + shown_location(default_results_location()) + ")";

    auto list = std::make_shared<TraineeOptions>();
    CLI::App* list_command = trainee->add_subcommand("list", "Every trainee with cohort, sessions and last practice");
    list_command->add_option("--db", list->db, db_help);
    list_command->callback([list, &exit_code] { exit_code = run_list(*list); });

    auto do_export = std::make_shared<TraineeOptions>();
    CLI::App* export_command = trainee->add_subcommand("export", "All of one trainee's data as JSON (stdout, or -o FILE)");
    export_command->add_option("id", do_export->id, "Trainee id")->required()->check(trainee_text_validator("trainee id"));
    export_command->add_option("--db", do_export->db, db_help);
    export_command->add_option("-o,--output", do_export->output, "File to write instead of standard output");
    export_command->callback([do_export, &exit_code] { exit_code = run_export(*do_export); });

    auto forget = std::make_shared<TraineeOptions>();
    CLI::App* forget_command = trainee->add_subcommand("forget", "Delete everything about one trainee, leaving nothing readable in the file");
    forget_command->add_option("id", forget->id, "Trainee id")->required()->check(trainee_text_validator("trainee id"));
    forget_command->add_option("--db", forget->db, db_help);
    forget_command->add_flag("-y,--yes", forget->yes, "Do not ask for confirmation");
    forget_command->callback([forget, &exit_code] { exit_code = run_forget(*forget); });
}

}  // namespace frontdesk::cli
