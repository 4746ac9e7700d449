// frontdesk report [--cohort C] [--scenario ID] [--trainee T] [--since DATE] --format table|csv|json|html [-o FILE]
// : the coordinators' review of recorded results, printed or written to a file (atomically).
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <memory>
#include <sstream>

#include "cli_common.h"
#include "frontdesk/results_report.h"
#include "frontdesk/report_formats.h"

namespace frontdesk::cli {

namespace {

struct ReportOptions {
    ResultsFilter filter;
    std::string format = "table";
    std::string output;
    std::string db;  // empty: default_results_location()
};

// Where -o may write, or why not. A report never creates folders: a typo in the path should not scatter
// personal data in a new place.
std::string output_problem(const std::string& path) {
    namespace fs = std::filesystem;
    std::error_code error;
    if (fs::is_directory(path, error)) return path + " is a folder; give a file name";
    fs::path folder = fs::path(path).parent_path();
    if (folder.empty()) folder = ".";
    if (!fs::exists(folder, error)) return "the folder " + folder.string() + " does not exist (create it first)";
    if (!fs::is_directory(folder, error)) return folder.string() + " is not a folder";
    return "";
}

int run_report(const ReportOptions& options) {
    std::optional<ReportFormat> format = parse_report_format(options.format);
    if (!format) {
        std::cerr << "frontdesk report: unknown format '" << options.format << "' (table, csv, json or html)\n";
        return exit_usage;
    }
    if (!options.output.empty()) {
        std::string problem = output_problem(options.output);
        if (!problem.empty()) {
            std::cerr << "frontdesk report: cannot write " << options.output << ": " << problem << '\n';
            return exit_problems;
        }
    }
    // A report only reads: it must not create an empty database where none was.
    std::unique_ptr<ResultsReader> opened = open_results_for_reading(options.db, "report", std::cerr);
    if (!opened) return exit_problems;
    const std::string& path = opened->location();
    try {
        const ResultsReader& store = *opened;
        const ResultsFilter& filter = options.filter;
        if (!filter.trainee.empty() && !store.trainee(filter.trainee)) {
            std::cerr << "frontdesk report: no trainee '" << filter.trainee << "' in " << path << '\n';
            return exit_problems;
        }
        ReportData report = build_report(store, filter);
        if (!filter.cohort.empty() && report.trainees.empty()) {
            std::cerr << "frontdesk report: no trainee in cohort '" << filter.cohort << "' in " << path << '\n';
            return exit_problems;
        }
        if (options.output.empty()) {
            write_report(report, *format, std::cout);
            std::cout.flush();
            return std::cout ? exit_ok : exit_problems;
        }
        std::ostringstream text;
        write_report(report, *format, text);
        std::string problem = write_atomically(options.output, text.str());
        if (!problem.empty()) {
            std::cerr << "frontdesk report: " << problem << '\n';
            return exit_problems;
        }
        return exit_ok;
    } catch (const StoreError& failure) {
        std::cerr << "frontdesk report: " << failure.what() << '\n';
        return exit_problems;
    }
}

}  // namespace

void add_report_command(CLI::App& app, int& exit_code) {
    auto options = std::make_shared<ReportOptions>();
    CLI::App* command = app.add_subcommand("report", "Results for course coordinators: cohort, scenarios, choices, trends");
    add_results_filter_options(*command, options->filter);
    command->add_option("--format", options->format, "table (default), csv (one row per finished session), json or html")
        ->check(CLI::IsMember({"table", "csv", "json", "html"}));
    command->add_option("-o,--output", options->output, "Write to this file (replaced atomically) instead of printing");
    command->add_option("--db", options->db, "Results database (default: " + default_results_location() + ")");
    command->callback([options, &exit_code] { exit_code = run_report(*options); });
}

}  // namespace frontdesk::cli
