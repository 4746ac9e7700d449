// The debrief screen's content: the ending and its text, each skill as points and percentage (for bars and
// the radar), pass or fail, and every decision reviewed with the better answer where there was one.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "frontdesk/analysis.h"
#include "frontdesk/interface_text.h"
#include "frontdesk/scoring.h"
#include "frontdesk/session.h"

namespace frontdesk::gui {

struct ReviewItem {
    int number = 0;
    std::string_view character_line;  // what the character had just said
    std::string_view said;            // empty for a timeout
    bool timed_out = false;
    std::vector<int> score;
    int points = 0;
    int mood_before = 0;
    int mood_after = 0;
    double response_seconds = 0;
    std::string_view feedback;
    std::string_view better;          // the better-scoring answer that was offered, if any
    std::vector<int> better_score;
};

struct Debrief {
    EndingKind ending = EndingKind::none;
    std::string_view text;
    SessionResult result;
    std::vector<float> radar;  // each skill's share of its best, 0..1 (unscored skills 0)
    std::vector<ReviewItem> review;
    double total_seconds = 0;
};

Debrief make_debrief(const Session& session, const Analysis& analysis);

}  // namespace frontdesk::gui
