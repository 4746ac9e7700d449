// The exchange drawn for its channel: a counter for desk, a call for phone, message bubbles for chat, an
// inbox and replies for email, a public post with comments for social.
#pragma once

#include <imgui.h>

#include "conversation.h"
#include "widgets/theme.h"

namespace frontdesk::gui {

// Draws the channel's header line (call time, chat title, inbox, public notice).
void draw_channel_header(const Conversation& conversation, double now, const Look& look);
// Draws the transcript in a scrolling region of `size`, following the newest line.
void draw_transcript(const Conversation& conversation, ImVec2 size, const Look& look);

}  // namespace frontdesk::gui
