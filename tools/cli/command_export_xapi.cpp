// frontdesk export-xapi [filters] -o FILE : the results as xAPI 1.0.3 statements for a Learning Record Store.
// Also home, for now, to two helpers the results commands share (declared in cli_common.h): opening an
// existing results database, and replacing an output file all at once.
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <map>
#include <memory>
#include <optional>
#include <utility>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli_common.h"
#include "frontdesk/results_report.h"
#include "frontdesk/results_store.h"
#include "frontdesk/scenario_library.h"
#include "frontdesk/xapi_export.h"

namespace frontdesk::cli {

std::optional<ResultsStore> open_existing_results(const std::string& db_option, const std::string& command, std::ostream& err) {
    std::string path = db_option.empty() ? ResultsStore::default_path() : db_option;
    std::error_code error;
    // Reading commands never create a database: a typo in --db must not leave an empty one behind.
    if (!std::filesystem::exists(path, error)) {
        err << "frontdesk " << command << ": no results yet at " << path << '\n';
        return std::nullopt;
    }
    try {
        return std::optional<ResultsStore>(std::in_place, path);
    } catch (const StoreError& e) {
        err << "frontdesk " << command << ": " << e.what() << '\n';
        return std::nullopt;
    }
}

std::string write_atomically(const std::string& path, const std::string& text) {
    namespace fs = std::filesystem;
    fs::path target(path);
    fs::path folder = target.parent_path().empty() ? fs::path(".") : target.parent_path();
    std::error_code code;
    // Folders are never created: a typo in the path should not scatter personal data in a new place.
    if (!fs::is_directory(folder, code)) return "cannot write " + path + ": the folder " + folder.string() + " does not exist";
    if (fs::is_directory(target, code)) return "cannot write " + path + ": it is a folder; give a file name";
    // A temporary file beside the target, renamed over it once complete and synced: readers (and a crash)
    // see the old file or the new one, never half of it.
    std::string temp = (folder / ("." + target.filename().string() + ".XXXXXX")).string();
    int fd = ::mkstemp(temp.data());
    if (fd < 0) return "cannot write in " + folder.string() + ": " + std::strerror(errno);
    // mkstemp makes the file owner-only; give it the mode a new file would have, or the replaced file's.
    struct stat existing {};
    mode_t mode;
    if (::stat(path.c_str(), &existing) == 0) {
        mode = existing.st_mode & 07777;
    } else {
        mode_t mask = ::umask(0);
        ::umask(mask);
        mode = 0666 & ~mask;
    }
    bool ok = ::fchmod(fd, mode) == 0;
    const char* data = text.data();
    std::size_t left = text.size();
    while (ok && left > 0) {
        ssize_t written = ::write(fd, data, left);
        if (written < 0 && errno == EINTR) continue;
        if (written < 0) ok = false;
        else {
            data += written;
            left -= static_cast<std::size_t>(written);
        }
    }
    ok = ok && ::fsync(fd) == 0;
    int saved = errno;
    ok = ::close(fd) == 0 && ok;
    if (ok && std::rename(temp.c_str(), path.c_str()) == 0) {
        int dir = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        if (dir >= 0) {
            ::fsync(dir);
            ::close(dir);
        }
        return "";
    }
    if (ok) saved = errno;
    ::unlink(temp.c_str());
    return "cannot write " + path + ": " + std::strerror(saved);
}

namespace {

struct ExportXapiOptions {
    ResultsFilter filter;
    std::string home_page = XapiOptions{}.home_page;
    std::string iri_base;
    bool no_names = false;
    std::vector<std::string> scenario_paths;
    std::string db;
    std::string output;
};

// The scenarios a session may have been played on, indexed by id and content hash, loaded on first need.
class ScenarioIndex {
public:
    explicit ScenarioIndex(std::vector<std::string> paths) : paths_(std::move(paths)) {}

    std::shared_ptr<const Scenario> find(const SessionRecord& session) {
        if (!loaded_) load();
        auto found = scenarios_.find({session.scenario_id, session.scenario_hash});
        return found == scenarios_.end() ? nullptr : found->second;
    }

private:
    void load() {
        loaded_ = true;
        std::vector<Diagnostic> problems;  // a missing folder only means fewer descriptions
        for (const std::string& file : find_scenario_files(paths_, problems)) {
            LoadedScenario loaded = load_scenario_file(file);
            if (loaded.scenario) scenarios_.emplace(std::make_pair(loaded.scenario->id, content_hash_hex(*loaded.scenario)), loaded.scenario);
        }
    }

    std::vector<std::string> paths_;
    bool loaded_ = false;
    std::map<std::pair<std::string, std::string>, std::shared_ptr<const Scenario>> scenarios_;
};

int run_export_xapi(const ExportXapiOptions& options) {
    XapiOptions xapi;
    xapi.home_page = options.home_page;
    xapi.iri_base = options.iri_base;
    xapi.include_names = !options.no_names;
    if (std::string problem = xapi_options_problem(xapi); !problem.empty()) {
        std::cerr << "frontdesk export-xapi: " << problem << '\n';
        return exit_usage;
    }
    std::optional<ResultsStore> store = open_existing_results(options.db, "export-xapi", std::cerr);
    if (!store) return exit_problems;
    try {
        if (!options.filter.trainee.empty() && !store->trainee(options.filter.trainee)) {
            std::cerr << "frontdesk export-xapi: no trainee '" << options.filter.trainee << "' in " << store->path()
                      << " (frontdesk trainee list shows who is there)\n";
            return exit_problems;
        }
        std::vector<std::string> scenario_paths = options.scenario_paths;
        scenario_paths.push_back(bundled_scenario_dir());
        auto index = std::make_shared<ScenarioIndex>(scenario_paths);
        xapi.find_scenario = [index](const SessionRecord& session) { return index->find(session); };
        nlohmann::json statements = xapi_statements(*store, options.filter, xapi);
        if (std::string problem = write_atomically(options.output, statements.dump(2) + "\n"); !problem.empty()) {
            std::cerr << "frontdesk export-xapi: " << problem << '\n';
            return exit_problems;
        }
        std::cout << statements.size() << (statements.size() == 1 ? " xAPI statement" : " xAPI statements") << " written to "
                  << options.output << (statements.empty() ? " (no sessions match)" : "") << '\n';
        return exit_ok;
    } catch (const StoreError& e) {
        std::cerr << "frontdesk export-xapi: " << e.what() << '\n';
        return exit_problems;
    }
}

}  // namespace

void add_export_xapi_command(CLI::App& app, int& exit_code) {
    auto options = std::make_shared<ExportXapiOptions>();
    CLI::App* command = app.add_subcommand(
        "export-xapi", "Write the results as xAPI 1.0.3 statements for a Learning Record Store (trainees as accounts, no e-mail)");
    command->add_option("--cohort", options->filter.cohort, "Only this cohort");
    command->add_option("--scenario", options->filter.scenario_id, "Only this scenario id");
    command->add_option("--trainee", options->filter.trainee, "Only this trainee id");
    // The same dates as `frontdesk report --since`.
    command->add_option("--since", options->filter.since, "Only sessions started on or after this date (YYYY-MM-DD, UTC)")
        ->check(CLI::Validator(
            [](std::string& value) {
                return valid_report_since(value) ? std::string()
                                                 : "expected a date like 2026-03-01 or 2026-03-01T09:30, got '" + value + "'";
            },
            "DATE"));
    command->add_option("--home-page", options->home_page, "The system the trainee ids belong to (account homePage)")
        ->capture_default_str();
    command->add_option("--iri-base", options->iri_base, "Base of the activity and extension IRIs (default: HOME-PAGE/xapi/)");
    command->add_flag("--no-names", options->no_names, "Identify trainees by account only, without their display names");
    command->add_option("--scenarios", options->scenario_paths,
                        "Scenario files or folders besides the bundled library, to describe each node and its choices");
    command->add_option("--db", options->db, "Results database (default: " + ResultsStore::default_path() + ")");
    command->add_option("-o,--output", options->output, "The JSON file to write (a statement array)")->required();
    command->callback([options, &exit_code] { exit_code = run_export_xapi(*options); });
}

}  // namespace frontdesk::cli
