// frontdesk edit FILE --set KEYPATH=VALUE | --remove KEYPATH | --rename-node OLD NEW | --add-node ID [--from NODE N]
// | --add-choice NODE [--goto ID] | --delete-choice NODE N | --move-choice NODE N TO ... : the studio's edits from
// the command line, for scripts and bulk changes. The edits are applied in the order given, all or none; only
// their bytes change, the result is checked like `lint` before it replaces the file (atomically), and a refused
// edit prints why and leaves the file as it was.
#include <iostream>
#include <memory>

#include "cli_common.h"
#include "frontdesk/scenario_edit.h"
#include "frontdesk/terminal_text.h"

namespace frontdesk::cli {

namespace {

struct EditOptions {
    std::string file;
    std::vector<std::string> set, remove, rename, add_node, from, add_choice, goto_node, delete_choice, move_choice;
    bool dry_run = false;
    std::string language;
};

int as_number(const std::string& text) {
    if (text.empty() || text.size() > 6 || text.find_first_not_of("0123456789") != std::string::npos) return -1;
    return std::stoi(text);
}

// The edits in the order the options were written, each option's values taken occurrence by occurrence.
std::optional<std::vector<ScenarioEdit>> edits_in_order(const CLI::App& command, const EditOptions& o, std::string& problem) {
    std::vector<ScenarioEdit> edits;
    // CLI11 lists an option once per value it took, so an occurrence of --rename-node OLD NEW is two
    // entries: the edit is made when its last value has been seen.
    const std::map<std::string, std::pair<const std::vector<std::string>*, std::size_t>> arity = {
        {"--set", {&o.set, 1}}, {"--remove", {&o.remove, 1}}, {"--rename-node", {&o.rename, 2}},
        {"--add-node", {&o.add_node, 1}}, {"--from", {&o.from, 2}}, {"--add-choice", {&o.add_choice, 1}},
        {"--goto", {&o.goto_node, 1}}, {"--delete-choice", {&o.delete_choice, 2}}, {"--move-choice", {&o.move_choice, 3}}};
    std::map<std::string, std::size_t> seen;
    std::vector<std::string> taken;  // the values of the occurrence just completed
    for (const CLI::Option* option : command.parse_order()) {
        std::string name = option->get_name();
        auto found = arity.find(name);
        if (found == arity.end()) continue;
        const auto& [values, count] = found->second;
        std::size_t& n_seen = seen[name];
        if (++n_seen % count != 0 || n_seen > values->size()) continue;
        taken.assign(values->begin() + static_cast<long>(n_seen - count), values->begin() + static_cast<long>(n_seen));
        if (name == "--set") {
            std::string pair = taken[0];
            std::size_t eq = pair.find('=');
            if (eq == std::string::npos) {
                problem = "--set " + pair + ": write KEYPATH=VALUE, e.g. --set 'nodes.opening.say=Good morning'";
                return std::nullopt;
            }
            edits.push_back(ScenarioEdit::set(pair.substr(0, eq), pair.substr(eq + 1)));
        } else if (name == "--remove") {
            edits.push_back(ScenarioEdit::remove(taken[0]));
        } else if (name == "--rename-node") {
            const std::vector<std::string>& v = taken;
            edits.push_back(ScenarioEdit::rename_node(v[0], v[1]));
        } else if (name == "--add-node") {
            edits.push_back(ScenarioEdit::add_node(taken[0]));
        } else if (name == "--from") {
            const std::vector<std::string>& v = taken;
            if (edits.empty() || edits.back().kind != ScenarioEdit::Kind::add_node || !edits.back().node.empty()) {
                problem = "--from " + v[0] + " " + v[1] + " must follow an --add-node";
                return std::nullopt;
            }
            int n = as_number(v[1]);
            if (n < 1) {
                problem = "--from " + v[0] + " " + v[1] + ": the answer's number must be 1 or more";
                return std::nullopt;
            }
            edits.back().node = v[0];
            edits.back().choice = n;
        } else if (name == "--add-choice") {
            edits.push_back(ScenarioEdit::add_choice(taken[0]));
        } else if (name == "--goto") {
            std::string target = taken[0];
            if (edits.empty() || edits.back().kind != ScenarioEdit::Kind::add_choice || !edits.back().name.empty()) {
                problem = "--goto " + target + " must follow an --add-choice";
                return std::nullopt;
            }
            edits.back().name = target;
        } else if (name == "--delete-choice" || name == "--move-choice") {
            bool move = name == "--move-choice";
            const std::vector<std::string>& v = taken;
            int n = as_number(v[1]), to = move ? as_number(v[2]) : 0;
            if (n < 1 || (move && to < 1)) {
                problem = name + " " + v[0] + " " + v[1] + (move ? " " + v[2] : "") + ": the answers' numbers must be whole numbers from 1";
                return std::nullopt;
            }
            edits.push_back(move ? ScenarioEdit::move_choice(v[0], n, to) : ScenarioEdit::delete_choice(v[0], n));
        }
    }
    if (edits.empty()) problem = "no edit given; try --set 'title=...' (frontdesk edit --help lists them)";
    return edits;
}

std::string lines_changed(const std::string& text, const std::vector<TextChange>& changes) {
    std::vector<std::string> parts;
    SourceText source("", text);
    long shift = 0;  // the changes are in the old file's offsets; the lines are the new file's
    for (const TextChange& c : changes) {
        auto at = static_cast<std::size_t>(static_cast<long>(c.offset) + shift);
        shift += static_cast<long>(c.inserted.size()) - static_cast<long>(c.removed);
        std::size_t end = at + c.inserted.size();
        if (end > at && text[end - 1] == '\n') --end;
        if (c.removed == 0 && !c.inserted.empty() && c.inserted.front() == '\n') ++at;  // new lines after a line
        auto first = source.location_of(at).line, last = source.location_of(end).line;
        parts.push_back(first == last ? std::to_string(first) : std::to_string(first) + "-" + std::to_string(last));
        if (parts.size() == 8 && changes.size() > 8) {
            parts.push_back("...");
            break;
        }
    }
    std::string out;
    for (const std::string& p : parts) out += (out.empty() ? "" : ", ") + p;
    return out;
}

int run_edit(const CLI::App& command, const EditOptions& options) {
    std::string problem;
    auto edits = edits_in_order(command, options, problem);
    if (!problem.empty()) {
        std::cerr << "frontdesk edit: " << problem << '\n';
        return exit_usage;
    }
    Language language = trainer_language(options.language);
    EditOutcome outcome;
    if (options.dry_run) {
        DiagnosticList read_problems(options.file);
        auto source = read_source_file(options.file, read_problems);
        if (!source) {
            for (const Diagnostic& d : read_problems.items()) std::cerr << format_diagnostic(d, nullptr, language);
            return exit_problems;
        }
        outcome = apply_edits(source->text(), *edits, options.file);
    } else {
        outcome = edit_scenario_file(options.file, *edits);
    }
    if (!outcome.applied) {
        std::optional<SourceText> shown;
        if (!outcome.refused_text.empty()) shown.emplace(options.file, outcome.refused_text);
        for (const Diagnostic& d : outcome.diagnostics.items())
            if (d.severity != Severity::warning) {
                std::string text = format_diagnostic(d, shown ? &*shown : nullptr, language);
                std::cerr << text << (text.empty() || text.back() != '\n' ? "\n" : "");
            }
        if (shown) std::cerr << "frontdesk edit: the lines above are the file as the edit would have left it\n";
        std::cerr << "frontdesk edit: " << options.file << " was not changed\n";
        return exit_problems;
    }
    if (options.dry_run) {
        std::cout << terminal_safe(outcome.text, LineBreaks::keep);
        return exit_ok;
    }
    std::size_t warnings = outcome.diagnostics.warning_count();
    std::cout << "frontdesk edit: " << options.file << ": " << edits->size() << (edits->size() == 1 ? " edit" : " edits");
    if (outcome.changes.empty()) std::cout << ", nothing to change\n";
    else {
        std::string lines = lines_changed(outcome.text, outcome.changes);
        bool several = lines.find_first_of(",-") != std::string::npos;
        std::cout << " written (line" << (several ? "s " : " ") << lines << ")\n";
    }
    if (warnings > 0)
        std::cout << "frontdesk edit: " << warnings << (warnings == 1 ? " warning" : " warnings") << " (frontdesk lint "
                  << options.file << " shows " << (warnings == 1 ? "it" : "them") << ")\n";
    return exit_ok;
}

}  // namespace

void add_edit_command(CLI::App& app, int& exit_code) {
    auto options = std::make_shared<EditOptions>();
    CLI::App* command = app.add_subcommand("edit", "Change a scenario file in place, keeping its comments and layout; the result is checked before it is written");
    command->add_option("file", options->file, "Scenario file")->required();
    auto many = [&](const char* name, std::vector<std::string>& into, int values, const char* help) {
        command->add_option(name, into, help)->expected(values)->multi_option_policy(CLI::MultiOptionPolicy::TakeAll)->allow_extra_args(false);
    };
    many("--set", options->set, 1, "KEYPATH=VALUE, e.g. title=..., character.name=..., nodes.ID.say=..., nodes.ID.choices.N.feedback=... (N from 1), ...choices.N.score.SKILL=2");
    many("--remove", options->remove, 1, "KEYPATH of an optional value to remove, e.g. nodes.ID.choices.N.if");
    many("--rename-node", options->rename, 2, "OLD NEW: rename a node and every reference to it (start, goto, on_timeout, on_mood_zero, visited())");
    many("--add-node", options->add_node, 1, "ID: a new node (an ending to fill in)");
    many("--from", options->from, 2, "NODE N: after --add-node, point answer N of NODE at the new node");
    many("--add-choice", options->add_choice, 1, "NODE: a new answer at the end of NODE's answers");
    many("--goto", options->goto_node, 1, "ID: after --add-choice, where the new answer leads (default: NODE itself)");
    many("--delete-choice", options->delete_choice, 2, "NODE N: delete answer N of NODE");
    many("--move-choice", options->move_choice, 3, "NODE N TO: move answer N of NODE to position TO");
    command->add_flag("--dry-run", options->dry_run, "Print the edited file instead of writing it");
    add_language_option(*command, options->language);
    command->callback([command, options, &exit_code] { exit_code = run_edit(*command, *options); });
}

}  // namespace frontdesk::cli
