// frontdesk report [--cohort C] [--scenario ID] [--trainee T] [--since DATE] --format table|csv|json|html [--lang en|it] [-o FILE]
// : the coordinators' review of recorded results, printed or written to a file (owner-only, atomically).
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
#include "frontdesk/personal_data_file.h"
#include "frontdesk/results_report.h"
#include "frontdesk/report_formats.h"

namespace frontdesk::cli {

namespace {

struct ReportOptions {
    ResultsFilter filter;
    std::string format = "table";
    std::string language = "en";  // of the words, numbers and dates (JSON is the same in every language)
    std::string output;
    std::string db;  // empty: default_results_location()
};

int run_report(const ReportOptions& options) {
    std::optional<ReportFormat> format = parse_report_format(options.format);
    if (!format) {
        std::cerr << "frontdesk report: unknown format '" << options.format << "' (table, csv, json or html)\n";
        return exit_usage;
    }
    std::optional<Language> language = parse_language(options.language);
    if (!language) {
        std::cerr << "frontdesk report: unknown language '" << options.language << "' (en or it)\n";
        return exit_usage;
    }
    // A report only reads: it must not create an empty database where none was.
    std::unique_ptr<ResultsReader> opened = open_results_for_reading(options.db, "report", std::cerr);
    if (!opened) return exit_problems;
    // Before the work of building it: where it goes (never onto the results it is made from).
    if (!options.output.empty()) {
        if (std::string problem = personal_data_file_problem(options.output, opened.get()); !problem.empty()) {
            std::cerr << "frontdesk report: " << problem << '\n';
            return exit_problems;
        }
    }
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
            write_report(report, *format, *language, std::cout);
            std::cout.flush();
            return std::cout ? exit_ok : exit_problems;
        }
        std::ostringstream text;
        write_report(report, *format, *language, text);
        std::string problem = write_personal_data_file(options.output, text.str(), &store);
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
    command->add_option("--lang", options->language, "Language of the report: en (default) or it; JSON is the same in both")
        ->check(CLI::IsMember({"en", "it"}));
    command->add_option("-o,--output", options->output, "Write to this file (owner-only, replaced atomically) instead of printing");
    command->add_option("--db", options->db, "Results database (default: " + shown_location(default_results_location()) + ")");
    command->callback([options, &exit_code] { exit_code = run_report(*options); });
}

}  // namespace frontdesk::cli
