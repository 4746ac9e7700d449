// The library screen's data: one card per scenario file found (playable or not), and filtering by who the
// trainee faces, channel, language, difficulty and free text.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "frontdesk/analysis.h"
#include "frontdesk/scenario.h"

namespace frontdesk::gui {

struct ScenarioCard {
    std::string path;
    std::shared_ptr<const Scenario> scenario;  // null when the file could not be read as a scenario
    std::shared_ptr<const Analysis> analysis;
    bool playable = false;
    std::string title;       // the scenario's title, or the file name when there is none
    int minutes = 0;         // estimated length
    std::size_t error_count = 0;
    std::string problems;    // formatted diagnostics, shown on the card when it is not playable
    std::string search_text; // lowercase title, summary, character, organisation and id
};

struct LibraryFilter {
    std::string text;
    std::optional<Role> role;
    std::optional<Channel> channel;
    std::optional<Language> language;
    std::optional<int> difficulty;
};

class LibraryModel {
public:
    // Loads every *.yaml below each folder (and files named directly); never fails as a whole.
    void load(const std::vector<std::string>& paths);
    const std::vector<ScenarioCard>& cards() const { return cards_; }
    // Indices of the cards the filter keeps, in library order.
    std::vector<std::size_t> visible(const LibraryFilter& filter) const;
    // The card for a path, when it is in the library.
    const ScenarioCard* find(const std::string& path) const;
    // Problems with the folders themselves (missing, unreadable).
    const std::vector<std::string>& folder_problems() const { return folder_problems_; }

private:
    std::vector<ScenarioCard> cards_;
    std::vector<std::string> folder_problems_;
};

// Loads one file into a card (used for --scenario FILE outside the library too).
ScenarioCard load_card(const std::string& path);

// Lowercases ASCII and the accented Latin letters Italian uses, so "città" matches "CITTÀ".
std::string fold_case(std::string_view text);

}  // namespace frontdesk::gui
