// Importing a translation: the scenario's own file with each translated text put in place by the edit API,
// so nodes, answers, points, conditions, comments and layout stay exactly as they were, and the result is
// checked by the loader before anyone plays it.
#pragma once

#include <string>
#include <string_view>

#include "frontdesk/language.h"
#include "frontdesk/scenario_edit.h"
#include "frontdesk/string_table.h"

namespace frontdesk {

// `source` (the bytes of the scenario file `path`) with every translation of `plan` set under its key,
// `language` set to `language` and, when `id` is given, `id` set to it (two files of one library may not share
// an id); untranslated and missing texts keep the source. All or nothing, as apply_edits.
EditOutcome translate_scenario(std::string_view source, const std::string& path, const TranslationPlan& plan, Language language,
                               const std::string& id = {});

}  // namespace frontdesk
