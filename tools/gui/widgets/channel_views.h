// The exchange drawn for its channel: a counter for desk, a call for phone, message bubbles for chat, an
// inbox and replies for email, a public post with comments for social.
#pragma once

#include <imgui.h>

#include "conversation.h"
#include "widgets/theme.h"

namespace frontdesk::gui {

// Draws the channel's header line (call time, chat title, inbox, public notice).
void draw_channel_header(const Conversation& conversation, double now, const Look& look);
// What the transcript showed this frame (for the trace and the tests).
struct TranscriptView {
    int lines = 0;               // transcript lines drawn
    bool newest_visible = false; // the newest message can be read: all of it, or from its top when taller than the view
    bool settled = false;        // no scroll to the newest pending (it takes effect on the next frame)
    float newest_top = 0, newest_bottom = 0;  // the newest message, in the region's content coordinates
    float scroll = 0, height = 0;              // the region's scroll and height
};

// Draws the transcript in a scrolling region of `size`. Whenever a message arrives it scrolls to it (the whole
// of it, or its top when it is taller than the region), even when the trainee had scrolled up to read;
// between messages the trainee scrolls freely, and a region scrolled to the end stays there when resized.
TranscriptView draw_transcript(const Conversation& conversation, ImVec2 size, const Look& look);

}  // namespace frontdesk::gui
