// The exchange drawn for its channel: the character across a counter (desk), a call screen (phone), a
// messaging app (chat), a mail client (email), a public post with its thread and a private message panel
// (social).
#pragma once

#include <string>

#include <imgui.h>

#include "conversation.h"
#include "widgets/theme.h"

namespace frontdesk::gui {

// The channel's name as the trace writes it ("channel_view phone").
const char* channel_view_name(Channel channel);

// Draws the channel's header: a call screen (caller, organisation, the call's state and time), a chat's title
// bar (name, typing), the inbox line, or the social page's notice (public, or a private message).
void draw_channel_header(const Conversation& conversation, double now, const Look& look);

// The call screen's state in words, without the time: "Ringing...", "On hold", "Call ended".
std::string call_status(const Conversation& conversation, double now, Language language);

// The social page's red notice ("everyone can read your reply"): only while the reply being written is public.
bool public_notice_shown(const Conversation& conversation);

// What the transcript showed this frame (for the trace and the tests).
struct TranscriptView {
    int lines = 0;               // transcript lines drawn
    bool newest_visible = false; // the newest message can be read: all of it, or from its top when taller than the view
    bool settled = false;        // no scroll to the newest pending (it takes effect on the next frame)
    bool typing = false;         // the typing indicator is shown (chat)
    float newest_top = 0, newest_bottom = 0;  // the newest message, in the region's content coordinates
    float scroll = 0, height = 0;              // the region's scroll and height
};

// Draws the transcript, as it stands at `now` (a message being typed is not shown yet), in a scrolling region
// of `size`. Whenever a message arrives it scrolls to it (the whole of it, or its top when it is taller than
// the region), even when the trainee had scrolled up to read; between messages the trainee scrolls freely, and
// a region scrolled to the end stays there when resized.
TranscriptView draw_transcript(const Conversation& conversation, ImVec2 size, double now, const Look& look);

// The chat's countdown: a thin bar across `width`, quiet until the last seconds.
void draw_thin_countdown(double seconds_left, double limit, float width, const Look& look);

}  // namespace frontdesk::gui
