// A translation applied through the edit API: one set per translated text, then the language.
#include "frontdesk/translation_import.h"

namespace frontdesk {

EditOutcome translate_scenario(std::string_view source, const std::string& path, const TranslationPlan& plan, Language language,
                               const std::string& id) {
    std::vector<ScenarioEdit> edits;
    edits.reserve(plan.translations.size() + 2);
    for (const ScenarioString& text : plan.translations) edits.push_back(ScenarioEdit::set(text.key, text.text));
    edits.push_back(ScenarioEdit::set("language", language_name(language)));
    if (!id.empty()) edits.push_back(ScenarioEdit::set("id", id));
    return apply_edits(source, edits, path);
}

}  // namespace frontdesk
