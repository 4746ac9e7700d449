// frontdesk db copy SRC DST : copies every trainee and session of one results store into another (SQLite to
// PostgreSQL, back, or file to file), merging by identity: trainees by id, sessions by UUID. Copying the same
// store twice adds nothing, a session that went on at the source gets its new answers and ending, and two
// sites' files merge into one.
#include <iostream>
#include <map>

#include "cli_common.h"
#include "frontdesk/open_results_store.h"

namespace frontdesk::cli {

namespace {

// Sessions go over in batches, each one transaction: a big copy neither holds everything in memory nor
// leaves half a session behind when interrupted (copying again finishes it).
constexpr std::size_t batch_sessions = 500;

int run_db_copy(const std::string& source, const std::string& target) {
    if (source == target) {
        std::cerr << "frontdesk db copy: the source and the destination are the same (" << source << "); name two different stores\n";
        return exit_usage;
    }
    std::unique_ptr<ResultsReader> from = open_results_for_reading(source, "db copy", std::cerr);
    if (!from) return exit_problems;
    try {
        std::unique_ptr<ResultsStore> to = open_results_store(target);
        std::size_t trainees_added = 0, trainees_known = 0;
        from->scan_trainees({}, [&](const TraineeRecord& trainee) { ++(to->merge_trainee(trainee) ? trainees_added : trainees_known); });
        // The sessions first (few), then their decisions streamed in session order, each session sent with its own.
        std::map<std::int64_t, SessionRecord> sessions;
        from->scan_sessions({}, [&](const SessionRecord& session) { sessions.emplace(session.id, session); });
        ImportOutcome total;
        std::vector<SessionCopy> batch;
        auto flush = [&] {
            ImportOutcome outcome = to->import_sessions(batch);
            total.added += outcome.added;
            total.extended += outcome.extended;
            batch.clear();
        };
        std::map<std::int64_t, std::vector<DecisionRecord>> pending;  // decisions of sessions not sent yet
        from->scan_decisions({}, [&](const DecisionRecord& decision) { pending[decision.session].push_back(decision); 
            // A session's decisions are all together: once another session's come, the earlier ones are complete.
            while (pending.size() > 1) {
                auto first = pending.begin();
                if (first->first == decision.session) break;
                auto found = sessions.find(first->first);
                if (found != sessions.end()) {
                    batch.push_back(SessionCopy{found->second, std::move(first->second)});
                    sessions.erase(found);
                }
                pending.erase(first);
                if (batch.size() >= batch_sessions) flush();
            }
        });
        for (auto& [id, decisions] : pending) {
            auto found = sessions.find(id);
            if (found == sessions.end()) continue;
            batch.push_back(SessionCopy{found->second, std::move(decisions)});
            sessions.erase(found);
        }
        for (auto& [id, session] : sessions) {  // sessions without any decision
            batch.push_back(SessionCopy{session, {}});
            if (batch.size() >= batch_sessions) flush();
        }
        if (!batch.empty()) flush();
        std::size_t seen = total.added + total.extended;
        std::cout << "copied " << from->location() << " into " << to->location() << ": " << trainees_added << " trainees added ("
                  << trainees_known << " already there), " << total.added << " sessions added, " << total.extended
                  << " sessions completed with answers recorded since, " << from->counts().sessions - static_cast<std::int64_t>(seen)
                  << " sessions already there\n";
        return exit_ok;
    } catch (const StoreError& e) {
        std::cerr << "frontdesk db copy: " << e.what() << '\n';
        return exit_problems;
    }
}

}  // namespace

void add_db_copy_command(CLI::App& db, int& exit_code) {
    auto source = std::make_shared<std::string>();
    auto target = std::make_shared<std::string>();
    CLI::App* command = db.add_subcommand("copy", "Copy results from one store into another, merging trainees by id and sessions by UUID");
    command->add_option("source", *source, "Where the results are: a PostgreSQL URI or a results file")->required();
    command->add_option("destination", *target, "Where to copy them (a file is created when missing; a server needs 'db init' first)")->required();
    command->callback([source, target, &exit_code] { exit_code = run_db_copy(*source, *target); });
}

}  // namespace frontdesk::cli
