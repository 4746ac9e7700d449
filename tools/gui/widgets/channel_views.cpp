#include "widgets/channel_views.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <ctime>

#include "frontdesk/interface_text.h"
#include "frontdesk/scenario_labels.h"
#include "widgets/text.h"

namespace frontdesk::gui {

namespace {

enum class Side { left, right };

ImU32 quiet(const Look& look) { return quiet_colour(look.high_contrast); }

std::string clock_text(double seconds) {
    int total = static_cast<int>(std::max(0.0, seconds));
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%02d:%02d", total / 60, total % 60);
    return buffer;
}

// A moment of the session as the wall clock showed it: "09:42", or with the date "14/10/2025 09:42".
std::string wall_time(const Conversation& conversation, double at, bool with_date) {
    std::time_t seconds = static_cast<std::time_t>(conversation.wall_clock(at));
    std::tm local{};
    localtime_r(&seconds, &local);
    char buffer[32];
    std::strftime(buffer, sizeof buffer, with_date ? "%d/%m/%Y %H:%M" : "%H:%M", &local);
    return buffer;
}

std::string organisation_or(const Scenario& scenario, const std::string& fallback) {
    return scenario.organisation.empty() ? fallback : scenario.organisation;
}

// A stable colour for a person's avatar (theme.h: avatar_fills, checked for contrast with the initials).
ImU32 avatar_fill(std::string_view name, bool high_contrast) {
    static const std::vector<ImU32> fills[] = {avatar_fills(false), avatar_fills(true)};
    const std::vector<ImU32>& choice = fills[high_contrast ? 1 : 0];
    std::uint32_t hash = 2166136261u;
    for (unsigned char c : name) hash = (hash ^ c) * 16777619u;
    return choice[hash % choice.size()];
}

// Initials in a coloured circle.
void avatar(ImDrawList* draw, ImVec2 centre, float radius, std::string_view name, const Look& look) {
    ImU32 fill = avatar_fill(name, look.high_contrast);
    draw->AddCircleFilled(centre, radius, fill, 32);
    std::string letters = initials(name);
    float size = std::min(ImGui::GetFontSize(), radius * 1.1f);
    ImVec2 text = ImGui::GetFont()->CalcTextSizeA(size, 1e9f, 0, letters.c_str());
    draw->AddText(ImGui::GetFont(), size, ImVec2(centre.x - text.x / 2, centre.y - text.y / 2), text_on(fill), letters.c_str());
}

struct BubbleStyle {
    ImU32 fill, ink;
    bool tail = false;          // a speech bubble's tail, pointing to the speaker's side
    std::string time;           // under the bubble (chat)
};

// A rounded bubble holding `text` (with `label` over it when not empty), wrapped at `max_width`, on the left or
// the right of the region.
void bubble(std::string_view label, std::string_view text, Side side, const BubbleStyle& style_of, float max_width, const Look& look) {
    ImGuiStyle& style = ImGui::GetStyle();
    float pad = style.FramePadding.x * 1.2f;
    float region = ImGui::GetContentRegionAvail().x;
    float tail = style_of.tail ? ImGui::GetFontSize() * 0.6f : 0.0f;
    float wrap = std::min(max_width, region * 0.8f) - pad * 2 - tail;
    ImVec2 text_size = ImGui::CalcTextSize(text.data(), text.data() + text.size(), false, wrap);
    ImVec2 label_size = label.empty() ? ImVec2(0, 0) : ImGui::CalcTextSize(label.data(), label.data() + label.size());
    float width = std::max(text_size.x, label_size.x) + pad * 2;
    float height = text_size.y + label_size.y + pad * 1.5f;
    float x = side == Side::left ? ImGui::GetCursorPosX() + tail : ImGui::GetCursorPosX() + region - width - tail - 4.0f;
    ImGui::SetCursorPosX(x);
    ImVec2 start = ImGui::GetCursorScreenPos();
    ImVec2 end(start.x + width, start.y + height);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    ImU32 border = ImGui::GetColorU32(ImGuiCol_Border);
    draw->AddRectFilled(start, end, style_of.fill, 12.0f);
    draw->AddRect(start, end, border, 12.0f);
    if (style_of.tail) {
        // Near the top, where the speaker's face would be.
        float y = start.y + std::min(height * 0.5f, ImGui::GetFontSize() * 1.2f);
        float half = ImGui::GetFontSize() * 0.35f;
        ImVec2 a, b, tip;
        if (side == Side::left) a = ImVec2(start.x + 1, y - half), b = ImVec2(start.x + 1, y + half), tip = ImVec2(start.x - tail, y - half * 0.6f);
        else a = ImVec2(end.x - 1, y - half), b = ImVec2(end.x - 1, y + half), tip = ImVec2(end.x + tail, y - half * 0.6f);
        draw->AddTriangleFilled(a, b, tip, style_of.fill);
        draw->AddLine(a, tip, border);
        draw->AddLine(b, tip, border);
    }
    if (!label.empty()) draw->AddText(ImVec2(start.x + pad, start.y + pad * 0.5f), quiet(look), label.data(), label.data() + label.size());
    draw->AddText(ImGui::GetFont(), ImGui::GetFontSize(), ImVec2(start.x + pad, start.y + pad * 0.5f + label_size.y), style_of.ink,
                  text.data(), text.data() + text.size(), wrap);
    ImGui::Dummy(ImVec2(width, height));
    if (!style_of.time.empty()) {
        ImFont* small = look.fonts.regular ? look.fonts.regular : ImGui::GetFont();
        ImGui::PushFont(small);
        float w = ImGui::CalcTextSize(style_of.time.c_str()).x;
        ImGui::SetCursorPosX(side == Side::left ? x + 4.0f : x + width - w - 4.0f);
        ImGui::PushStyleColor(ImGuiCol_Text, quiet(look));
        ImGui::TextUnformatted(style_of.time.c_str());
        ImGui::PopStyleColor();
        ImGui::PopFont();
    }
    ImGui::Spacing();
}

// A block with header lines (email: From, To, Date, Subject; social: the author) and the text, with an avatar on
// its left when `avatar_name` is given, and a quoted earlier message under the text when `quote` is given.
struct CardParts {
    std::string header;
    std::string_view text;
    ImU32 fill;
    float indent = 0;
    std::string avatar_name;
    std::string quote_header;
    std::string_view quote;
    std::string footer;  // counts under a post
};

void card(const CardParts& parts, const Look& look) {
    ImGuiStyle& style = ImGui::GetStyle();
    const Palette& colours = palette(look.high_contrast);
    float pad = style.FramePadding.x * 1.2f;
    float radius = parts.avatar_name.empty() ? 0.0f : ImGui::GetFontSize() * 0.9f;
    float avatar_room = radius > 0 ? radius * 2 + pad : 0.0f;
    float width = ImGui::GetContentRegionAvail().x - parts.indent - avatar_room - 4.0f;
    float wrap = width - pad * 2;
    ImVec2 header_size = ImGui::CalcTextSize(parts.header.c_str(), nullptr, false, wrap);
    ImVec2 text_size = ImGui::CalcTextSize(parts.text.data(), parts.text.data() + parts.text.size(), false, wrap);
    float quote_bar = pad * 0.8f;
    ImVec2 quote_header_size(0, 0), quote_size(0, 0);
    if (!parts.quote.empty()) {
        quote_header_size = ImGui::CalcTextSize(parts.quote_header.c_str(), nullptr, false, wrap);
        quote_size = ImGui::CalcTextSize(parts.quote.data(), parts.quote.data() + parts.quote.size(), false, wrap - quote_bar);
    }
    ImVec2 footer_size = parts.footer.empty() ? ImVec2(0, 0) : ImGui::CalcTextSize(parts.footer.c_str(), nullptr, false, wrap);
    ImGui::SetCursorPosX(ImGui::GetCursorPosX() + parts.indent);
    ImVec2 origin = ImGui::GetCursorScreenPos();
    ImVec2 start(origin.x + avatar_room, origin.y);
    float gap = pad * 0.4f;
    float height = header_size.y + gap + text_size.y + pad * 2.0f;
    if (!parts.quote.empty()) height += gap * 2 + quote_header_size.y + quote_size.y;
    if (!parts.footer.empty()) height += gap * 2 + footer_size.y;
    ImDrawList* draw = ImGui::GetWindowDrawList();
    if (radius > 0) avatar(draw, ImVec2(origin.x + radius, origin.y + radius), radius, parts.avatar_name, look);
    draw->AddRectFilled(start, ImVec2(start.x + width, start.y + height), parts.fill, 6.0f);
    draw->AddRect(start, ImVec2(start.x + width, start.y + height), ImGui::GetColorU32(ImGuiCol_Border), 6.0f);
    ImFont* font = ImGui::GetFont();
    float size = ImGui::GetFontSize();
    float y = start.y + pad * 0.6f;
    draw->AddText(font, size, ImVec2(start.x + pad, y), quiet(look), parts.header.c_str(), nullptr, wrap);
    y += header_size.y + gap;
    draw->AddText(font, size, ImVec2(start.x + pad, y), colours.text_on_bubble, parts.text.data(), parts.text.data() + parts.text.size(), wrap);
    y += text_size.y;
    if (!parts.quote.empty()) {
        y += gap * 2;
        draw->AddText(font, size, ImVec2(start.x + pad, y), quiet(look), parts.quote_header.c_str(), nullptr, wrap);
        y += quote_header_size.y;
        draw->AddRectFilled(ImVec2(start.x + pad, y), ImVec2(start.x + pad + 3.0f, y + quote_size.y), quiet(look));
        draw->AddText(font, size, ImVec2(start.x + pad + quote_bar, y), quiet(look), parts.quote.data(), parts.quote.data() + parts.quote.size(),
                      wrap - quote_bar);
        y += quote_size.y;
    }
    if (!parts.footer.empty()) {
        y += gap * 2;
        draw->AddLine(ImVec2(start.x + pad, y - gap), ImVec2(start.x + width - pad, y - gap), ImGui::GetColorU32(ImGuiCol_Border));
        draw->AddText(font, size, ImVec2(start.x + pad, y), colours.accent, parts.footer.c_str(), nullptr, wrap);
    }
    ImGui::Dummy(ImVec2(width + avatar_room, std::max(height, radius * 2)));
    ImGui::Spacing();
}

// Narration: a stage direction, nobody's words: centred across the exchange, in brackets, in italics (when the
// oblique font is installed) and a muted colour, never in a bubble, card or after a speaker's name.
void narration_line(std::string_view text, const Look& look, float max_width) {
    narration_text(text, look.fonts.italic_large, narration_colour(look.high_contrast), true, max_width);
    ImGui::Spacing();
}

// A call's change of state in the transcript ("Ms Price on hold"), centred between rules.
void status_divider(const std::string& text, const Look& look) {
    float width = ImGui::GetContentRegionAvail().x;
    ImVec2 size = ImGui::CalcTextSize(text.c_str());
    ImVec2 at = ImGui::GetCursorScreenPos();
    float y = at.y + size.y / 2;
    float x = at.x + (width - size.x) / 2;
    ImDrawList* draw = ImGui::GetWindowDrawList();
    ImU32 rule = ImGui::GetColorU32(ImGuiCol_Border);
    draw->AddLine(ImVec2(at.x + 8, y), ImVec2(x - 10, y), rule);
    draw->AddLine(ImVec2(x + size.x + 10, y), ImVec2(at.x + width - 8, y), rule);
    draw->AddText(ImVec2(x, at.y), quiet(look), text.c_str());
    ImGui::Dummy(ImVec2(width, size.y));
    ImGui::Spacing();
}

// Three dots in a small bubble on the character's side, rising one after the other.
void typing_dots(double now, const Look& look) {
    const Palette& colours = palette(look.high_contrast);
    float size = ImGui::GetFontSize();
    float width = size * 3.2f, height = size * 1.6f;
    ImVec2 start = ImGui::GetCursorScreenPos();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->AddRectFilled(start, ImVec2(start.x + width, start.y + height), colours.character_bubble, height / 2);
    draw->AddRect(start, ImVec2(start.x + width, start.y + height), ImGui::GetColorU32(ImGuiCol_Border), height / 2);
    for (int i = 0; i < 3; ++i) {
        double phase = std::sin(now * 6.0 - i * 0.9);
        float lift = static_cast<float>(std::max(0.0, phase)) * size * 0.18f;
        ImVec2 centre(start.x + width * (0.28f + 0.22f * i), start.y + height / 2 - lift);
        draw->AddCircleFilled(centre, size * 0.16f, quiet(look), 12);
    }
    ImGui::Dummy(ImVec2(width, height));
    ImGui::Spacing();
}

bool node_private(const Scenario& scenario, NodeIndex node) {
    return node != no_node && scenario.nodes[static_cast<std::size_t>(node)].visibility == Visibility::private_message;
}

std::optional<CallEvent> node_call(const Scenario& scenario, NodeIndex node) {
    if (node == no_node) return std::nullopt;
    return scenario.nodes[static_cast<std::size_t>(node)].call;
}

// A box behind a run of private messages, drawn once its height is known (the draw list's channels: the
// messages on top, the box under them).
class PrivatePanel {
public:
    explicit PrivatePanel(const Look& look) : look_(look) {}
    bool open() const { return open_; }
    void begin(const std::string& name) {
        ImDrawList* draw = ImGui::GetWindowDrawList();
        draw->ChannelsSplit(2);
        draw->ChannelsSetCurrent(1);
        open_ = true;
        ImGui::Spacing();
        top_ = ImGui::GetCursorScreenPos();
        width_ = ImGui::GetContentRegionAvail().x;
        ImGui::Indent(ImGui::GetFontSize() * 0.8f);
        ImGui::Dummy(ImVec2(0, 2));
        ImGui::PushStyleColor(ImGuiCol_Text, palette(look_.high_contrast).accent);
        text_wrapped(ui_text(look_.language, Ui::private_with, {name}));
        ImGui::PopStyleColor();
        ImGui::PushFont(look_.fonts.regular);
        ImGui::PushStyleColor(ImGuiCol_Text, quiet(look_));
        text_wrapped(ui_text(look_.language, Ui::private_only, {name}));
        ImGui::PopStyleColor();
        ImGui::PopFont();
        ImGui::Spacing();
        ImGui::PushItemWidth(-ImGui::GetFontSize() * 0.8f);
    }
    void end() {
        if (!open_) return;
        ImGui::PopItemWidth();
        ImGui::Unindent(ImGui::GetFontSize() * 0.8f);
        float bottom = ImGui::GetCursorScreenPos().y;
        ImDrawList* draw = ImGui::GetWindowDrawList();
        draw->ChannelsSetCurrent(0);
        const Palette& colours = palette(look_.high_contrast);
        ImVec2 a(top_.x, top_.y), b(top_.x + width_ - 4.0f, bottom);
        draw->AddRectFilled(a, b, colours.progress_badge, 10.0f);
        draw->AddRect(a, b, colours.accent, 10.0f, 0, 2.0f);
        draw->ChannelsMerge();
        open_ = false;
        ImGui::Spacing();
        ImGui::Spacing();
    }

private:
    const Look& look_;
    bool open_ = false;
    ImVec2 top_;
    float width_ = 0;
};

void phone_header(const Conversation& conversation, double now, const Look& look) {
    const Scenario& scenario = conversation.scenario();
    const Palette& colours = palette(look.high_contrast);
    CallState state = conversation.call_state(now);
    std::string status = call_status(conversation, now, look.language);
    if (state != CallState::ringing) status += "  " + clock_text(conversation.call_duration(now));
    ImU32 pill = state == CallState::connected ? colours.positive
                 : state == CallState::on_hold ? ending_colour(EndingKind::partial, look.high_contrast)
                 : state == CallState::ended   ? colours.neutral
                                               : colours.accent;
    std::string name = scenario.character.name;
    std::string second = organisation_or(scenario, scenario.title) + " - " + ui_text(look.language, Ui::call_incoming);
    ImGuiStyle& style = ImGui::GetStyle();
    float pad = style.FramePadding.y * 2.0f + 2.0f;
    ImGui::PushFont(look.fonts.large);
    ImVec2 name_size = ImGui::CalcTextSize(name.c_str());
    ImGui::PopFont();
    float line = ImGui::GetTextLineHeight();
    ImVec2 status_size = ImGui::CalcTextSize(status.c_str());
    float width = ImGui::GetContentRegionAvail().x;
    float radius = (name_size.y + line) / 2 + 2;
    float text_x = pad * 2 + radius * 2 + pad * 2;
    float pill_w = status_size.x + pad * 2, pill_h = line + pad;
    // The state beside the name when both fit, else under the caller's lines.
    bool beside = text_x + std::max(name_size.x, ImGui::CalcTextSize(second.c_str()).x) + pill_w + pad * 4 < width;
    float height = name_size.y + line + pad * 2 + (beside ? 0 : pill_h + pad);
    ImVec2 at = ImGui::GetCursorScreenPos();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->AddRectFilled(at, ImVec2(at.x + width, at.y + height), colours.panel, 10.0f);
    draw->AddRect(at, ImVec2(at.x + width, at.y + height), ImGui::GetColorU32(ImGuiCol_Border), 10.0f);
    ImVec2 centre(at.x + pad * 2 + radius, at.y + pad + (name_size.y + line) / 2);
    if (state == CallState::ringing) {
        // Rings spreading from the caller's avatar while the phone rings (drawn only while it does).
        for (int k = 0; k < 2; ++k) {
            float phase = static_cast<float>(std::fmod(now * 1.4 + k * 0.5, 1.0));
            ImU32 ring = (colours.accent & 0x00FFFFFF) | (static_cast<ImU32>(255 * (1.0f - phase)) << IM_COL32_A_SHIFT);
            draw->AddCircle(centre, radius * (1.0f + phase * 0.45f), ring, 32, 2.0f);
        }
    }
    avatar(draw, centre, radius, name, look);
    ImGui::PushFont(look.fonts.large);
    draw->AddText(ImVec2(at.x + text_x, at.y + pad), ImGui::GetColorU32(ImGuiCol_Text), name.c_str());
    ImGui::PopFont();
    draw->AddText(ImVec2(at.x + text_x, at.y + pad + name_size.y), quiet(look), second.c_str());
    ImVec2 pill_at = beside ? ImVec2(at.x + width - pad * 2 - pill_w, at.y + (height - pill_h) / 2)
                            : ImVec2(at.x + text_x, at.y + pad + name_size.y + line + pad);
    draw->AddRectFilled(pill_at, ImVec2(pill_at.x + pill_w, pill_at.y + pill_h), pill, pill_h / 2);
    draw->AddText(ImVec2(pill_at.x + pad, pill_at.y + pad / 2), text_on(pill), status.c_str());
    ImGui::Dummy(ImVec2(width, height));
}

void chat_header(const Conversation& conversation, double now, const Look& look) {
    const Scenario& scenario = conversation.scenario();
    const Palette& colours = palette(look.high_contrast);
    std::string name = scenario.character.name;
    bool typing = conversation.typing(now);
    std::string status = ui_text(look.language, typing ? Ui::chat_typing : Ui::chat_online) + " - " +
                         organisation_or(scenario, scenario.title);
    float pad = ImGui::GetStyle().FramePadding.y * 2.0f;
    float line = ImGui::GetTextLineHeight();
    float width = ImGui::GetContentRegionAvail().x;
    float height = line * 2 + pad * 2;
    float radius = line * 0.9f;
    ImVec2 at = ImGui::GetCursorScreenPos();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->AddRectFilled(at, ImVec2(at.x + width, at.y + height), colours.panel, 8.0f);
    draw->AddLine(ImVec2(at.x, at.y + height), ImVec2(at.x + width, at.y + height), ImGui::GetColorU32(ImGuiCol_Border));
    avatar(draw, ImVec2(at.x + pad + radius, at.y + height / 2), radius, name, look);
    float x = at.x + pad * 2 + radius * 2;
    draw->AddText(ImVec2(x, at.y + pad), ImGui::GetColorU32(ImGuiCol_Text), name.c_str());
    draw->AddText(ImVec2(x, at.y + pad + line), typing ? colours.positive : quiet(look), status.c_str());
    ImGui::Dummy(ImVec2(width, height));
}

void social_header(const Conversation& conversation, const Look& look) {
    const Scenario& scenario = conversation.scenario();
    const Palette& colours = palette(look.high_contrast);
    if (public_notice_shown(conversation)) {
        // A red band: what is written now is read by everyone.
        std::string text = ui_text(look.language, Ui::public_notice);
        float pad = ImGui::GetStyle().FramePadding.y * 1.5f;
        float width = ImGui::GetContentRegionAvail().x;
        ImVec2 size = ImGui::CalcTextSize(text.c_str(), nullptr, false, width - pad * 4);
        ImVec2 at = ImGui::GetCursorScreenPos();
        ImDrawList* draw = ImGui::GetWindowDrawList();
        draw->AddRectFilled(at, ImVec2(at.x + width, at.y + size.y + pad * 2), colours.negative, 6.0f);
        draw->AddText(ImGui::GetFont(), ImGui::GetFontSize(), ImVec2(at.x + pad * 2, at.y + pad), text_on(colours.negative), text.c_str(), nullptr,
                      width - pad * 4);
        ImGui::Dummy(ImVec2(width, size.y + pad * 2));
        return;
    }
    std::string line = conversation.finished() ? ui_text(look.language, Ui::public_post) + " - " + organisation_or(scenario, scenario.title)
                                               : ui_text(look.language, Ui::private_header, {scenario.character.name});
    ImGui::PushStyleColor(ImGuiCol_Text, colours.accent);
    text_wrapped(line);
    ImGui::PopStyleColor();
}

}  // namespace

const char* channel_view_name(Channel channel) { return channel_name(channel); }

std::string call_status(const Conversation& conversation, double now, Language language) {
    switch (conversation.call_state(now)) {
        case CallState::ringing: return ui_text(language, Ui::call_ringing);
        case CallState::connected: return ui_text(language, Ui::call_connected);
        case CallState::on_hold: return ui_text(language, Ui::call_on_hold);
        case CallState::transferred: return ui_text(language, Ui::call_transferring);
        case CallState::ended: return ui_text(language, conversation.call_ended_by_transfer() ? Ui::call_ended_transferred : Ui::call_ended);
    }
    return {};
}

bool public_notice_shown(const Conversation& conversation) {
    return conversation.scenario().channel == Channel::social && !conversation.finished() &&
           conversation.session().node().visibility == Visibility::public_thread;
}

void draw_channel_header(const Conversation& conversation, double now, const Look& look) {
    const Scenario& scenario = conversation.scenario();
    const Palette& colours = palette(look.high_contrast);
    switch (scenario.channel) {
        case Channel::phone: phone_header(conversation, now, look); return;
        case Channel::chat: chat_header(conversation, now, look); return;
        case Channel::social: social_header(conversation, look); return;
        case Channel::desk:
        case Channel::email: break;
    }
    std::string line = scenario.channel == Channel::desk
                           ? channel_label(look.language, Channel::desk) + " - " + organisation_or(scenario, scenario.title)
                           : ui_text(look.language, Ui::inbox) + " - " + organisation_or(scenario, scenario.title);
    ImGui::PushStyleColor(ImGuiCol_Text, colours.accent);
    text_wrapped(line);
    ImGui::PopStyleColor();
}

void draw_thin_countdown(double seconds_left, double limit, float width, const Look& look) {
    const Palette& colours = palette(look.high_contrast);
    float fraction = limit > 0 ? static_cast<float>(std::clamp(seconds_left / limit, 0.0, 1.0)) : 0.0f;
    float height = std::max(3.0f, ImGui::GetFontSize() * 0.22f);
    ImVec2 at = ImGui::GetCursorScreenPos();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->AddRectFilled(at, ImVec2(at.x + width, at.y + height), ImGui::GetColorU32(ImGuiCol_FrameBg), height / 2);
    ImU32 fill = seconds_left <= 10.0 ? colours.negative : colours.accent;
    draw->AddRectFilled(at, ImVec2(at.x + width * fraction, at.y + height), fill, height / 2);
    ImGui::Dummy(ImVec2(width, height));
}

TranscriptView draw_transcript(const Conversation& conversation, ImVec2 size, double now, const Look& look) {
    const Scenario& scenario = conversation.scenario();
    const Palette& colours = palette(look.high_contrast);
    TranscriptView view;
    ImGui::BeginChild("transcript", size, true);
    ImGui::PushFont(look.fonts.large);
    float width = ImGui::GetContentRegionAvail().x;  // `size` may say 0: "all the room there is"
    float max_bubble = width * 0.78f;
    std::string you = ui_text(look.language, Ui::you);
    std::string silence = ui_text(look.language, Ui::no_answer_in_time);
    const std::string& name = scenario.character.name;
    std::string organisation = organisation_or(scenario, you);
    bool first_character_line = true;
    PrivatePanel private_panel(look);
    NodeIndex last_node = no_node;
    const TranscriptLine* last_reply = nullptr;  // the trainee's latest email, quoted by the next incoming one
    double last_reply_at = 0;
    // Where the newest line starts and ends (in the region's content coordinates), to scroll to it.
    float newest_top = ImGui::GetCursorPosY(), newest_bottom = newest_top;
    for (const TranscriptLine& line : conversation.transcript()) {
        if (!conversation.line_shown(line, now)) break;
        bool is_private = scenario.channel == Channel::social && node_private(scenario, line.node);
        if (private_panel.open() && !is_private) private_panel.end();
        // A call's new state is marked where its node begins: the hold, the transfer, the end.
        if (scenario.channel == Channel::phone && line.node != last_node && line.speaker != TranscriptLine::Speaker::trainee &&
            line.speaker != TranscriptLine::Speaker::silence) {
            if (auto call = node_call(scenario, line.node)) {
                Ui which = *call == CallEvent::hold ? Ui::call_held_line : *call == CallEvent::transfer ? Ui::call_transferred_line : Ui::call_ended_line;
                ImGui::PushFont(look.fonts.regular);
                status_divider(ui_text(look.language, which, {name}), look);
                ImGui::PopFont();
            }
        }
        if (line.speaker != TranscriptLine::Speaker::trainee && line.speaker != TranscriptLine::Speaker::silence) last_node = line.node;
        newest_top = ImGui::GetCursorPosY();
        if (is_private && !private_panel.open()) private_panel.begin(name);
        ++view.lines;
        if (line.speaker == TranscriptLine::Speaker::narration) {
            narration_line(line.text, look, max_bubble);
            newest_bottom = ImGui::GetCursorPosY() - ImGui::GetStyle().ItemSpacing.y;
            continue;
        }
        bool character = line.speaker == TranscriptLine::Speaker::character;
        std::string_view text = line.speaker == TranscriptLine::Speaker::silence ? std::string_view(silence) : std::string_view(line.text);
        BubbleStyle theirs{colours.character_bubble, colours.text_on_bubble, false, {}};
        BubbleStyle yours{colours.trainee_bubble, colours.text_on_bubble, false, {}};
        switch (scenario.channel) {
            case Channel::desk:
                // Spoken across the counter: the character's words point to the portrait on the left.
                theirs.tail = yours.tail = true;
                if (character) bubble(name, text, Side::left, theirs, max_bubble, look);
                else bubble(you, text, Side::right, yours, max_bubble, look);
                break;
            case Channel::chat:
                theirs.time = yours.time = wall_time(conversation, line.at, false);
                if (character) bubble("", text, Side::left, theirs, max_bubble, look);
                else bubble("", text, Side::right, yours, max_bubble, look);
                break;
            case Channel::phone:
                if (character) bubble(name, text, Side::left, theirs, max_bubble, look);
                else bubble(you, text, Side::right, yours, max_bubble, look);
                break;
            case Channel::email: {
                std::string date = wall_time(conversation, line.at, true);
                std::string subject = ui_text(look.language, Ui::email_subject) + ": " + (first_character_line && character ? "" : "Re: ") + scenario.title;
                std::string from = character ? name : you + " (" + organisation_or(scenario, "") + ")";
                std::string to = character ? organisation_or(scenario, you) : name;
                CardParts parts;
                // Compact, as a mail client's header: sender, recipient and date on one line (wrapped when narrow).
                parts.header = ui_text(look.language, Ui::email_from) + ": " + from + "    " + ui_text(look.language, Ui::email_to) + ": " + to + "    " +
                               ui_text(look.language, Ui::email_date) + ": " + date + "\n" + subject;
                parts.text = text;
                parts.fill = character ? colours.panel : colours.trainee_bubble;
                parts.indent = character ? 0.0f : width * 0.06f;
                // An answer quotes the message it answers, as mail clients do: the thread reads on its own.
                if (character && last_reply) {
                    parts.quote_header = ui_text(look.language, Ui::email_wrote, {wall_time(conversation, last_reply_at, true), you});
                    parts.quote = last_reply->text;
                }
                card(parts, look);
                if (!character && line.speaker == TranscriptLine::Speaker::trainee) last_reply = &line, last_reply_at = line.at;
                break;
            }
            case Channel::social: {
                if (is_private) {
                    if (character) bubble("", text, Side::left, theirs, max_bubble * 0.95f, look);
                    else bubble("", text, Side::right, yours, max_bubble * 0.95f, look);
                } else if (character && first_character_line) {
                    SocialCounts counts = conversation.social_counts(now);
                    CardParts parts;
                    parts.header = name + " - " + ui_text(look.language, Ui::public_post) + " - " + organisation_or(scenario, "");
                    parts.text = text;
                    parts.fill = colours.panel;
                    parts.avatar_name = name;
                    parts.footer = ui_text(look.language, Ui::social_likes, {std::to_string(counts.likes)}) + "  -  " +
                                   ui_text(look.language, Ui::social_replies, {std::to_string(counts.replies)});
                    card(parts, look);
                    ImGui::TextDisabled("%s", ui_text(look.language, Ui::comments).c_str());
                } else {
                    CardParts parts;
                    parts.header = character ? name : organisation;
                    parts.text = text;
                    parts.fill = character ? colours.character_bubble : colours.trainee_bubble;
                    parts.indent = width * 0.04f;
                    parts.avatar_name = character ? name : organisation;
                    card(parts, look);
                }
                break;
            }
        }
        if (character) first_character_line = false;
        newest_bottom = ImGui::GetCursorPosY() - ImGui::GetStyle().ItemSpacing.y;
    }
    view.typing = conversation.typing(now);
    if (view.typing) {
        if (private_panel.open()) private_panel.end();
        newest_top = ImGui::GetCursorPosY();
        typing_dots(now, look);
        newest_bottom = ImGui::GetCursorPosY() - ImGui::GetStyle().ItemSpacing.y;
    }
    if (private_panel.open()) {
        private_panel.end();
        newest_bottom = ImGui::GetCursorPosY() - ImGui::GetStyle().ItemSpacing.y;
    }
    ImGui::PopFont();

    // Follow the conversation: when a message arrives (or the typing dots appear), scroll to it even if the
    // trainee had scrolled up to read: all of it in view, or its top at the top when it is taller than the
    // region (a long email is read from its first line). Between messages the scroll is the trainee's, except
    // that a region scrolled to its end stays at its end (when the window is resized).
    float scroll = ImGui::GetScrollY(), height = ImGui::GetWindowHeight(), pad = ImGui::GetStyle().WindowPadding.y;
    bool tall = newest_bottom - newest_top > height - pad * 2;
    // A new width (the window resized) wraps the lines anew: the newest is brought back into view as well.
    ImGuiStorage* storage = ImGui::GetStateStorage();
    ImGuiID seen_id = ImGui::GetID("##seen"), width_id = ImGui::GetID("##width");
    int seen = view.lines * 2 + (view.typing ? 1 : 0);
    if (storage->GetInt(seen_id, -1) != seen || storage->GetInt(width_id, -1) != static_cast<int>(width)) {
        storage->SetInt(seen_id, seen);
        storage->SetInt(width_id, static_cast<int>(width));
        if (tall && !view.typing) ImGui::SetScrollY(newest_top - pad);
        else ImGui::SetScrollHereY(1.0f);
        view.settled = false;
    } else {
        if (scroll >= ImGui::GetScrollMaxY() - 2.0f && ImGui::GetScrollMaxY() > 0) ImGui::SetScrollHereY(1.0f);
        view.settled = true;
    }
    const float slack = 4.0f;
    bool top_in_view = newest_top >= scroll - slack && newest_top <= scroll + height;
    bool all_in_view = newest_bottom <= scroll + height + slack;
    bool read_from_top = tall && newest_top <= scroll + pad + slack;
    view.newest_visible = view.lines == 0 || (top_in_view && (all_in_view || read_from_top));
    view.newest_top = newest_top;
    view.newest_bottom = newest_bottom;
    view.scroll = scroll;
    view.height = height;
    ImGui::EndChild();
    return view;
}

}  // namespace frontdesk::gui
