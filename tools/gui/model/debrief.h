// The debrief screen's content: the ending and its text, each skill as points and percentage (for bars and
// the radar), pass or fail, and every decision reviewed with the better answer where there was one. Its texts
// are as the trainee read them (placeholders filled in with the session's voice).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "frontdesk/analysis.h"
#include "frontdesk/interface_text.h"
#include "frontdesk/placeholders.h"
#include "frontdesk/scoring.h"
#include "frontdesk/session.h"

namespace frontdesk::gui {

struct ReviewItem {
    int number = 0;
    std::string narration;            // the stage direction before it, if any
    std::string character_line;       // what the character had just said (may be empty after a narration)
    std::string said;                 // empty for a timeout
    bool timed_out = false;
    std::vector<int> score;
    int points = 0;
    int mood_before = 0;
    int mood_after = 0;
    double response_seconds = 0;
    std::string feedback;
    std::string better;               // the better-scoring answer that was offered, if any
    std::vector<int> better_score;
};

struct Debrief {
    EndingKind ending = EndingKind::none;
    std::string text;
    SessionResult result;
    std::vector<float> radar;  // each skill's share of its best, 0..1 (unscored skills 0)
    std::vector<ReviewItem> review;
    double total_seconds = 0;
};

Debrief make_debrief(const Session& session, const Analysis& analysis, const TraineeVoice& voice = TraineeVoice{});

}  // namespace frontdesk::gui
