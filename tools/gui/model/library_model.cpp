#include "library_model.h"

#include <algorithm>
#include <chrono>
#include <filesystem>

#include "frontdesk/course_files.h"
#include "frontdesk/scenario_library.h"
#include "frontdesk/scenario_loader.h"
#include "frontdesk/terminal_text.h"

namespace frontdesk::gui {

std::string fold_case(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        auto c = static_cast<unsigned char>(text[i]);
        if (c >= 'A' && c <= 'Z') {
            out += static_cast<char>(c - 'A' + 'a');
        } else if (c == 0xC3 && i + 1 < text.size()) {
            // U+00C0..U+00DE (capitals with accents) are 0xC3 0x80..0x9E; their lowercase is +0x20.
            auto next = static_cast<unsigned char>(text[i + 1]);
            out += static_cast<char>(c);
            out += static_cast<char>((next >= 0x80 && next <= 0x9E && next != 0x97) ? next + 0x20 : next);
            ++i;
        } else {
            out += static_cast<char>(c);
        }
    }
    return out;
}

namespace {

ScenarioCard card_of(const std::string& path, const LoadedScenario& loaded) {
    ScenarioCard card;
    card.path = path;
    card.scenario = loaded.scenario;
    card.analysis = loaded.analysis;
    card.playable = loaded.playable();
    card.error_count = loaded.diagnostics.error_count();
    if (!card.playable) card.problems = format_diagnostics(loaded);
    card.title = loaded.scenario && !loaded.scenario->title.empty() ? loaded.scenario->title
                                                                      : std::filesystem::path(path).filename().string();
    if (loaded.scenario && loaded.analysis) card.minutes = estimated_minutes(*loaded.scenario, *loaded.analysis);
    if (loaded.scenario) {
        const Scenario& s = *loaded.scenario;
        card.search_text = fold_case(s.title + "\n" + s.summary + "\n" + s.character.name + "\n" + s.organisation + "\n" + s.id);
    } else {
        card.search_text = fold_case(card.title);
    }
    return card;
}

}  // namespace

ScenarioCard load_card(const std::string& path) { return card_of(path, load_scenario_file(path)); }

void LibraryModel::load(const std::vector<std::string>& paths) {
    cards_.clear();
    folder_problems_.clear();
    std::vector<Diagnostic> problems;
    // The same library checks as lint: two files with one id would merge their results, so the second is broken.
    LibraryCheck library;
    load_scenario_files(find_scenario_files(paths, problems), [&](const std::string& file, LoadedScenario& loaded) {
        library.add(loaded);
        cards_.push_back(card_of(file, loaded));
    });
    for (const Diagnostic& problem : problems) folder_problems_.push_back(terminal_safe(problem.path) + ": " + problem.message);
    // The courses beside the scenarios, checked against every scenario read (a broken one is still a known id).
    courses_.clear();
    course_folder_shown_.clear();
    std::vector<std::shared_ptr<const Scenario>> scenarios;
    for (const ScenarioCard& card : cards_)
        if (card.scenario) scenarios.push_back(card.scenario);
    std::error_code error;
    for (const std::string& path : paths) {
        if (!std::filesystem::is_directory(path, error)) continue;
        std::string folder = course_folder(path);
        if (course_folder_shown_.empty()) course_folder_shown_ = folder;
        for (LoadedCourse& course : load_courses(folder, scenarios)) courses_.push_back(std::move(course));
    }
}

std::vector<std::string> LibraryModel::course_cohorts(std::optional<Language> language) const {
    std::vector<std::string> cohorts;
    for (const LoadedCourse& loaded : courses_)
        if (loaded.usable() && (!language || loaded.course->language == *language))
            for (const std::string& cohort : loaded.course->cohorts)
                if (std::find(cohorts.begin(), cohorts.end(), cohort) == cohorts.end()) cohorts.push_back(cohort);
    if (cohorts.empty() && language) return course_cohorts();
    return cohorts;
}

const ScenarioCard* LibraryModel::find_scenario(const std::string& scenario_id) const {
    for (const ScenarioCard& card : cards_)
        if (card.playable && card.scenario && card.scenario->id == scenario_id) return &card;
    return nullptr;
}

std::vector<std::size_t> LibraryModel::visible(const LibraryFilter& filter) const {
    std::vector<std::size_t> out;
    std::string needle = fold_case(filter.text);
    for (std::size_t i = 0; i < cards_.size(); ++i) {
        const ScenarioCard& card = cards_[i];
        const Scenario* s = card.scenario.get();
        // A broken file has no reliable attributes: it stays visible unless an attribute filter is set.
        if (filter.role && (!s || s->role != *filter.role)) continue;
        if (filter.channel && (!s || s->channel != *filter.channel)) continue;
        if (filter.language && (!s || s->language != *filter.language)) continue;
        if (filter.difficulty && (!s || s->difficulty != *filter.difficulty)) continue;
        if (!needle.empty() && card.search_text.find(needle) == std::string::npos) continue;
        out.push_back(i);
    }
    return out;
}

const ScenarioCard* LibraryModel::find(const std::string& path) const {
    for (const ScenarioCard& card : cards_)
        if (card.path == path) return &card;
    return nullptr;
}

ProgressByScenario read_progress(const ResultsReader& reader, const std::string& trainee, const std::vector<ScenarioVersion>& scenarios) {
    ProgressByScenario progress;
    ResultsFilter filter;
    filter.trainee = trainee;
    filter.finished_only = true;
    for (const SessionRecord& session : reader.sessions(filter)) {
        ScenarioProgress& entry = progress[session.scenario_id];
        entry.done = true;
        if (!entry.best || session.overall > *entry.best) entry.best = session.overall;
    }
    // The same question the briefing asks (RecordedSession::interrupted_answers): the latest unfinished session
    // of this version of the file, and its answers.
    for (const ScenarioVersion& scenario : scenarios) {
        std::optional<SessionRecord> unfinished = reader.unfinished_session(trainee, scenario.id, scenario.hash);
        if (!unfinished) continue;
        std::size_t answers = reader.decisions(unfinished->id).size();
        if (answers > 0) progress[scenario.id].saved_answers = answers;
    }
    return progress;
}

void LibraryModel::request_progress(OpenReader open, const std::string& trainee) {
    // A read under way for the same trainee will do; for another one, its result is dropped when taken.
    if (progress_read_.valid() && progress_reading_for_ == trainee) return;
    if (progress_read_.valid()) progress_read_.wait();
    std::vector<ScenarioVersion> scenarios;
    for (const ScenarioCard& card : cards_)
        if (card.playable && card.scenario) scenarios.push_back({card.scenario->id, content_hash_hex(*card.scenario)});
    progress_reading_for_ = trainee;
    progress_read_ = std::async(std::launch::async, [open = std::move(open), trainee, scenarios = std::move(scenarios)] {
        ProgressRead read;
        try {
            std::unique_ptr<ResultsReader> reader = open();
            if (reader) read.progress = read_progress(*reader, trainee, scenarios);
        } catch (const std::exception& e) {
            read.problem = e.what();
        }
        return read;
    });
}

bool LibraryModel::take_progress() {
    if (!progress_read_.valid() || progress_read_.wait_for(std::chrono::seconds(0)) != std::future_status::ready) return false;
    ProgressRead read = progress_read_.get();
    progress_ = std::move(read.progress);
    progress_problem_ = std::move(read.problem);
    progress_trainee_ = progress_reading_for_;
    return true;
}

const ScenarioProgress* LibraryModel::progress(const std::string& scenario_id) const {
    auto found = progress_.find(scenario_id);
    return found == progress_.end() ? nullptr : &found->second;
}

}  // namespace frontdesk::gui
