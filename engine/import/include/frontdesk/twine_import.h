// Importing a Twine story as a scenario: passages become nodes, links answers, passages without links
// endings, and what Twine has no word for a placeholder named in a warning. The result lints without errors.
#pragma once

#include <optional>
#include <string>

#include "frontdesk/diagnostic.h"
#include "frontdesk/language.h"
#include "frontdesk/twine_story.h"

namespace frontdesk {

struct TwineImportOptions {
    std::string id;                        // the scenario id; empty: made from the story file's name
    Language language = Language::en;      // the scenario's language (and of the placeholders)
    std::string output_name;               // the file the YAML will be saved as, for its header and checks
};

struct TwineImport {
    // The scenario file's text; empty when there were errors.
    std::string yaml;
    // Every problem, located in the story file: errors (nothing was made) and warnings (what to edit).
    DiagnosticList diagnostics;
    // The story as read, when it could be read (its source text quotes lines for the diagnostics).
    std::optional<TwineStory> story;
    std::size_t nodes = 0;
    std::size_t endings = 0;

    bool ok() const { return !yaml.empty() && !diagnostics.has_errors(); }
};

// Reads the story file and converts it.
TwineImport import_twine_file(const std::string& path, const TwineImportOptions& options);
// The same for a story already in memory.
TwineImport import_twine_text(const std::string& path, std::string text, const TwineImportOptions& options);
// Converts a story that was read; reports into `diagnostics`, returns the YAML or "" on errors.
std::string twine_to_scenario(const TwineStory& story, const TwineImportOptions& options, DiagnosticList& diagnostics,
                              std::size_t* nodes = nullptr, std::size_t* endings = nullptr);

// The scenario id a file name gives: its stem in lowercase letters, digits and '-' ("Lost Courier.twee" ->
// "lost-courier"); "imported-story" when nothing is left.
std::string scenario_id_from_file_name(const std::string& path);
// A node id for a passage name: ASCII letters (accents dropped), digits and '_', starting with a letter.
std::string node_id_from_passage_name(const std::string& name);

}  // namespace frontdesk
