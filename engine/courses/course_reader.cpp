// Reading a course file into the Course model with the scenarios' typed, located reading (YamlReader): every
// mistake is a diagnostic at its place, never an exception, and the course is returned as far as it reads.
// The checks that need only the file (a step named twice, unlock_after naming no step, a cycle) run here,
// while the YAML tree and its positions are at hand.
#include <algorithm>
#include <functional>
#include <map>
#include <unordered_map>

#include "frontdesk/course.h"
#include "frontdesk/scenario.h"
#include "frontdesk/suggest.h"
#include "frontdesk/yaml_document.h"
#include "frontdesk/yaml_reader.h"

namespace frontdesk {

namespace {

using Index = YamlDocument::Index;
using Kind = YamlDocument::Kind;

const std::vector<std::string> course_keys = {"course", "id", "title", "language", "summary", "cohorts", "due", "sections", "steps"};
const std::vector<std::string> section_keys = {"title", "steps"};
const std::vector<std::string> step_keys = {"scenario", "pass", "required", "attempts", "unlock_after"};
const std::vector<std::string> languages = {"en", "it"};

// How many steps one course may have: a module of a few weeks has a dozen; the cap keeps a hostile file's
// cycle search and messages small.
constexpr std::size_t max_course_steps = 500;
constexpr std::int64_t max_attempts = 100;

// Where each step's unlock_after entries are, for the messages about them.
struct UnlockReference {
    std::size_t step = 0;
    std::string scenario;
    Index node = 0;
};

class CourseReader {
public:
    CourseReader(const YamlDocument& document, const SourceText& source, DiagnosticList& diagnostics, Course& course)
        : document_(document), reader_(document, source, diagnostics), course_(course) {}

    bool read() {
        Index root = document_.root();
        if (root == 0 || document_.kind(root) != Kind::map) {
            reader_.diagnostics().error({1, 1}, "a course file must be a map of keys (course: 1, id: ..., steps: ...)");
            return false;
        }
        auto entries = reader_.read_map(root, "the course", course_keys);
        if (!entries) return false;
        reader_.require(*entries, root, "the course", {"course", "id", "title", "language"});
        if (Index value = entries->value_of("course")) {
            if (auto format = reader_.read_integer(value, "course", 1, 1000)) {
                course_.format = static_cast<int>(*format);
                if (*format != course_format_version)
                    reader_.error(value, "this program reads course format " + std::to_string(course_format_version) + ", not " +
                                             std::to_string(*format) + "; write 'course: 1' or update frontdesk");
            }
        }
        if (Index value = entries->value_of("id")) {
            course_.id_location = reader_.location(value);
            if (auto id = reader_.read_string(value, "id")) {
                course_.id = *id;
                if (!is_scenario_id(*id))
                    reader_.error(value, "the course id " + in_quotes(*id) +
                                             " may hold only lowercase letters, digits and '-' (not at either end), like 'first-week-en'");
            }
        }
        if (Index value = entries->value_of("title"))
            if (auto title = reader_.read_string(value, "title")) course_.title = *title;
        if (Index value = entries->value_of("summary"))
            if (auto summary = reader_.read_string(value, "summary")) course_.summary = *summary;
        if (Index value = entries->value_of("language"))
            if (auto v = reader_.read_choice_of(value, "language", languages)) course_.language = static_cast<Language>(*v);
        if (Index value = entries->value_of("due")) read_due(value);
        if (Index value = entries->value_of("cohorts")) read_cohorts(value);
        else if (!entries->was_suggested("cohorts"))
            reader_.diagnostics().warning(reader_.location(root),
                                          "the course names no cohorts, so no trainee sees it; add 'cohorts: [your-cohort]'");

        Index sections = entries->value_of("sections");
        Index steps = entries->value_of("steps");
        if (sections && steps) {
            reader_.error(steps, "a course has either 'sections' (each with its steps) or 'steps', not both; move these steps into a section");
        } else if (sections) {
            read_sections(sections);
        } else if (steps) {
            course_.sections.push_back(CourseSection{"", reader_.location(steps)});
            read_steps(steps, 0);
        }
        if (!sections && !steps && !entries->was_suggested("steps") && !entries->was_suggested("sections"))
            reader_.diagnostics().error(reader_.location(root), "the course has no steps; add 'steps:' with a '- scenario: ID' for each scenario");
        else if (course_.steps.empty() && !reader_.diagnostics().has_errors())
            reader_.diagnostics().error(reader_.location(sections ? sections : steps),
                                        "the course has no steps; add a '- scenario: ID' for each scenario");
        check_unlocks();
        if (!course_.steps.empty() && course_.required_steps() == 0)
            reader_.diagnostics().warning(course_.steps.front().location,
                                          "no step is required, so the course counts as complete before anything is played; "
                                          "make at least one step required (remove 'required: false')",
                                          course_.steps.front().width);
        return true;
    }

private:
    void read_due(Index value) {
        if (document_.kind(value) != Kind::scalar) {
            reader_.error(value, "'due' must be a date written YYYY-MM-DD, like 2026-12-18");
            return;
        }
        std::string text(document_.text(value));
        if (!is_iso_date(text)) {
            reader_.error(value, "'due' must be a date that exists, written YYYY-MM-DD (like 2026-12-18), found " + in_quotes(text));
            return;
        }
        course_.due = text;
    }

    void read_cohorts(Index value) {
        std::vector<Index> items;
        if (document_.kind(value) == Kind::scalar) items.push_back(value);  // `cohorts: reception` for one
        else if (document_.kind(value) == Kind::sequence) document_.for_each_child(value, [&](Index item) { items.push_back(item); });
        else {
            reader_.error(value, "'cohorts' must be a list of cohort names, like [reception-2026, call-centre]");
            return;
        }
        for (Index item : items) {
            auto cohort = reader_.read_string(item, "cohorts");
            if (!cohort) continue;
            if (cohort->empty()) {
                reader_.error(item, "a cohort name may not be empty");
                continue;
            }
            if (std::find(course_.cohorts.begin(), course_.cohorts.end(), *cohort) != course_.cohorts.end()) {
                reader_.warning(item, "the cohort " + in_quotes(*cohort) + " is listed twice");
                continue;
            }
            course_.cohorts.push_back(*cohort);
        }
    }

    void read_sections(Index value) {
        if (document_.kind(value) != Kind::sequence) {
            reader_.error(value, "'sections' must be a list, each section '- title: ...' with its 'steps:'");
            return;
        }
        std::size_t number = 0;
        document_.for_each_child(value, [&](Index item) {
            std::string what = "section " + std::to_string(++number);
            auto entries = reader_.read_map(item, what, section_keys);
            if (!entries) return;
            reader_.require(*entries, item, what, {"title", "steps"});
            CourseSection section;
            section.location = reader_.location(item);
            if (Index title = entries->value_of("title"))
                if (auto text = reader_.read_string(title, "title")) section.title = *text;
            course_.sections.push_back(section);
            if (Index steps = entries->value_of("steps")) read_steps(steps, course_.sections.size() - 1);
        });
    }

    void read_steps(Index value, std::size_t section) {
        if (document_.kind(value) != Kind::sequence) {
            reader_.error(value, "'steps' must be a list, each step '- scenario: ID'");
            return;
        }
        document_.for_each_child(value, [&](Index item) { read_step(item, section); });
    }

    void read_step(Index item, std::size_t section) {
        if (course_.steps.size() >= max_course_steps) {
            if (course_.steps.size() == max_course_steps)
                reader_.error(item, "a course may have at most " + std::to_string(max_course_steps) + " steps; split it into several courses");
            course_.steps.push_back(CourseStep{});  // counted once, so the message is not repeated
            return;
        }
        if (document_.kind(item) == Kind::scalar) {
            std::string text(document_.text(item));
            reader_.error(item, "a step is written '- scenario: " + message_text(text) + "', not the id alone");
            return;
        }
        std::string what = "step " + std::to_string(course_.steps.size() + 1);
        auto entries = reader_.read_map(item, what, step_keys);
        if (!entries) return;
        reader_.require(*entries, item, what, {"scenario"});
        Index scenario = entries->value_of("scenario");
        if (!scenario) return;
        auto id = reader_.read_string(scenario, "scenario");
        if (!id) return;
        CourseStep step;
        step.scenario = *id;
        step.section = section;
        step.location = reader_.location(scenario);
        step.width = reader_.width(scenario);
        if (auto earlier = step_locations_.find(*id); earlier != step_locations_.end()) {
            reader_.error(scenario, "the scenario " + in_quotes(*id) + " is already a step of this course (line " +
                                        std::to_string(earlier->second.line) + "); a scenario is one step, with 'attempts' for how many tries count");
            return;
        }
        if (Index pass = entries->value_of("pass")) {
            step.pass_location = reader_.location(pass);
            if (auto v = reader_.read_integer(pass, "pass", 0, 100)) step.pass = static_cast<int>(*v);
        }
        if (Index required = entries->value_of("required"))
            if (auto v = reader_.read_bool(required, "required")) step.required = *v;
        if (Index attempts = entries->value_of("attempts"))
            if (auto v = reader_.read_integer(attempts, "attempts", 1, max_attempts)) step.attempts = static_cast<int>(*v);
        if (Index unlock = entries->value_of("unlock_after")) read_unlock_after(unlock, step);
        step_locations_.emplace(*id, step.location);
        course_.steps.push_back(std::move(step));
    }

    void read_unlock_after(Index value, CourseStep& step) {
        std::vector<Index> items;
        if (document_.kind(value) == Kind::scalar) items.push_back(value);  // one step, without brackets
        else if (document_.kind(value) == Kind::sequence) document_.for_each_child(value, [&](Index item) { items.push_back(item); });
        else {
            reader_.error(value, "'unlock_after' must be a list of this course's scenario ids, like [phone-transfer-message]");
            return;
        }
        for (Index item : items) {
            auto id = reader_.read_string(item, "unlock_after");
            if (!id) continue;
            if (std::find(step.unlock_after.begin(), step.unlock_after.end(), *id) != step.unlock_after.end()) continue;
            step.unlock_after.push_back(*id);
            unlocks_.push_back(UnlockReference{course_.steps.size(), *id, item});
        }
    }

    // unlock_after may name only steps of this course, and may not go round in a circle (no step of the
    // circle could ever be played).
    void check_unlocks() {
        std::vector<std::string> ids;
        for (const CourseStep& step : course_.steps) ids.push_back(step.scenario);
        std::vector<std::vector<std::size_t>> after(course_.steps.size());
        for (const UnlockReference& unlock : unlocks_) {
            auto found = std::find(ids.begin(), ids.end(), unlock.scenario);
            if (found == ids.end()) {
                reader_.error(unlock.node, "'unlock_after' names " + in_quotes(unlock.scenario) + ", which is not a step of this course" +
                                               did_you_mean(unlock.scenario, ids));
                continue;
            }
            std::size_t target = static_cast<std::size_t>(found - ids.begin());
            if (target == unlock.step) {
                reader_.error(unlock.node, "the step " + in_quotes(unlock.scenario) + " cannot unlock after itself; remove it from its 'unlock_after'");
                continue;
            }
            after[unlock.step].push_back(target);
        }
        // Depth-first search; a step met again while still on the path closes a cycle, reported once at the
        // step where it was entered, with the whole circle spelt out.
        enum class Mark { none, on_path, done };
        std::vector<Mark> marks(after.size(), Mark::none);
        std::vector<std::size_t> path;
        std::function<void(std::size_t)> visit = [&](std::size_t step) {
            marks[step] = Mark::on_path;
            path.push_back(step);
            for (std::size_t next : after[step]) {
                if (marks[next] == Mark::on_path) {
                    auto start = std::find(path.begin(), path.end(), next);
                    std::string circle;
                    for (auto it = start; it != path.end(); ++it) circle += course_.steps[*it].scenario + " -> ";
                    circle += course_.steps[next].scenario;
                    const CourseStep& at = course_.steps[next];
                    reader_.diagnostics().error(at.location,
                                                "'unlock_after' goes round in a circle (" + circle +
                                                    "), so none of these steps can ever be played; remove one of the links",
                                                at.width);
                } else if (marks[next] == Mark::none) {
                    visit(next);
                }
            }
            path.pop_back();
            marks[step] = Mark::done;
        };
        for (std::size_t step = 0; step < after.size(); ++step)
            if (marks[step] == Mark::none) visit(step);
    }

    const YamlDocument& document_;
    YamlReader reader_;
    Course& course_;
    std::unordered_map<std::string, SourceLocation> step_locations_;
    std::vector<UnlockReference> unlocks_;
};

// Parses what read_source_file or check_source_text made of the file into `loaded`.
void read_course(LoadedCourse& loaded, const std::string& path) {
    if (!loaded.source) return;
    std::optional<YamlDocument> document = parse_yaml_document(*loaded.source, loaded.diagnostics);
    if (!document) return;
    auto course = std::make_shared<Course>();
    course->path = path;
    CourseReader reader(*document, *loaded.source, loaded.diagnostics, *course);
    if (reader.read()) loaded.course = std::move(course);
    loaded.diagnostics.sort_by_location();
}

}  // namespace

// An empty file in a courses folder is told how a course starts, not a scenario.
constexpr std::string_view course_empty_message = "file is empty; a course starts with 'course: 1' (see docs/courses.md)";

LoadedCourse load_course_text(std::string path, std::string text) {
    LoadedCourse loaded;
    loaded.diagnostics = DiagnosticList(path);
    loaded.source = check_source_text(path, std::move(text), loaded.diagnostics, max_scenario_file_bytes, course_empty_message);
    read_course(loaded, path);
    return loaded;
}

LoadedCourse load_course_file(const std::string& path) {
    LoadedCourse loaded;
    loaded.diagnostics = DiagnosticList(path);
    loaded.source = read_source_file(path, loaded.diagnostics, max_scenario_file_bytes, course_empty_message);
    read_course(loaded, path);
    return loaded;
}

}  // namespace frontdesk
