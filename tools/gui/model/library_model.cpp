#include "library_model.h"

#include <filesystem>

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

}  // namespace frontdesk::gui
