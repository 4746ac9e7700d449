// How every backend keeps decisions small: what was answered (the scenario version, the node, the choice, the
// words as read and the points they gave) is stored once per distinct answer, and each decision refers to
// it. A version of a scenario has a few dozen answers and a department records millions of decisions, so the
// words are no longer repeated in every row. An answer's points are one canonical text, so two equal answers
// always have the same key.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "frontdesk/results_records.h"

namespace frontdesk {

// Points per skill as stored: a skill named twice added up, the zeros left out, ordered by skill name (the
// order reading gives). Sums beyond int saturate.
std::vector<std::pair<std::string, int>> normalised_points(const std::vector<std::pair<std::string, int>>& score);

// The canonical text of normalised points: a JSON object with the skills in byte order, `{}` for none.
std::string points_text(const std::vector<std::pair<std::string, int>>& score);

// Points back from that text, whatever a damaged row holds: members that are not whole numbers are
// skipped, text that is not an object gives none; never throws.
std::vector<std::pair<std::string, int>> points_from_text(const std::string& text);

}  // namespace frontdesk
