#include "widgets/channel_views.h"

#include <algorithm>
#include <cstdio>

#include "frontdesk/interface_text.h"
#include "frontdesk/scenario_labels.h"
#include "widgets/text.h"

namespace frontdesk::gui {

namespace {

enum class Side { left, right };

// A rounded bubble holding `text`, wrapped at `max_width`, on the left or the right of the region.
void bubble(std::string_view label, std::string_view text, Side side, ImU32 fill, ImU32 ink, float max_width) {
    ImGuiStyle& style = ImGui::GetStyle();
    float pad = style.FramePadding.x * 1.2f;
    float region = ImGui::GetContentRegionAvail().x;
    float wrap = std::min(max_width, region * 0.8f) - pad * 2;
    ImVec2 text_size = ImGui::CalcTextSize(text.data(), text.data() + text.size(), false, wrap);
    ImVec2 label_size = ImGui::CalcTextSize(label.data(), label.data() + label.size());
    float width = std::max(text_size.x, label_size.x) + pad * 2;
    float height = text_size.y + label_size.y + pad * 1.5f;
    float x = side == Side::left ? ImGui::GetCursorPosX() : ImGui::GetCursorPosX() + region - width - 4.0f;
    ImGui::SetCursorPosX(x);
    ImVec2 start = ImGui::GetCursorScreenPos();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->AddRectFilled(start, ImVec2(start.x + width, start.y + height), fill, 12.0f);
    draw->AddRect(start, ImVec2(start.x + width, start.y + height), ImGui::GetColorU32(ImGuiCol_Border), 12.0f);
    draw->AddText(ImVec2(start.x + pad, start.y + pad * 0.5f), IM_COL32(90, 96, 104, 255), label.data(), label.data() + label.size());
    draw->AddText(ImGui::GetFont(), ImGui::GetFontSize(), ImVec2(start.x + pad, start.y + pad * 0.5f + label_size.y), ink,
                  text.data(), text.data() + text.size(), wrap);
    ImGui::Dummy(ImVec2(width, height));
    ImGui::Spacing();
}

// A block with a header line (email: From/Subject; social: author) and the text.
void card(const std::string& header, std::string_view text, ImU32 fill, float indent) {
    ImGuiStyle& style = ImGui::GetStyle();
    float pad = style.FramePadding.x * 1.2f;
    float width = ImGui::GetContentRegionAvail().x - indent - 4.0f;
    float wrap = width - pad * 2;
    ImVec2 header_size = ImGui::CalcTextSize(header.c_str(), nullptr, false, wrap);
    ImVec2 text_size = ImGui::CalcTextSize(text.data(), text.data() + text.size(), false, wrap);
    ImGui::SetCursorPosX(ImGui::GetCursorPosX() + indent);
    ImVec2 start = ImGui::GetCursorScreenPos();
    float height = header_size.y + text_size.y + pad * 2.0f;
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->AddRectFilled(start, ImVec2(start.x + width, start.y + height), fill, 6.0f);
    draw->AddRect(start, ImVec2(start.x + width, start.y + height), IM_COL32(190, 196, 204, 255), 6.0f);
    draw->AddText(ImGui::GetFont(), ImGui::GetFontSize(), ImVec2(start.x + pad, start.y + pad * 0.6f), IM_COL32(70, 76, 84, 255),
                  header.c_str(), nullptr, wrap);
    draw->AddText(ImGui::GetFont(), ImGui::GetFontSize(), ImVec2(start.x + pad, start.y + pad * 0.6f + header_size.y + pad * 0.4f),
                  IM_COL32(20, 24, 28, 255), text.data(), text.data() + text.size(), wrap);
    ImGui::Dummy(ImVec2(width, height));
    ImGui::Spacing();
}

// Narration: a stage direction, nobody's words: centred across the exchange, in brackets, in italics (when the
// oblique font is installed) and a muted colour, never in a bubble, card or after a speaker's name.
void narration_line(std::string_view text, const Look& look, float max_width) {
    narration_text(text, look.fonts.italic_large, narration_colour(look.high_contrast), true, max_width);
    ImGui::Spacing();
}

std::string clock_text(double seconds) {
    int total = static_cast<int>(seconds);
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%02d:%02d", total / 60, total % 60);
    return buffer;
}

std::string organisation_or(const Scenario& scenario, const std::string& fallback) {
    return scenario.organisation.empty() ? fallback : scenario.organisation;
}

}  // namespace

void draw_channel_header(const Conversation& conversation, double now, const Look& look) {
    const Scenario& scenario = conversation.scenario();
    const Palette& colours = palette(look.high_contrast);
    std::string line;
    switch (scenario.channel) {
        case Channel::desk:
            line = channel_label(look.language, Channel::desk) + " - " + organisation_or(scenario, scenario.title);
            break;
        case Channel::phone:
            line = ui_text(look.language, Ui::call_time, {clock_text(conversation.call_seconds(now))}) + " - " + scenario.character.name;
            break;
        case Channel::chat:
            line = "Chat - " + organisation_or(scenario, scenario.title) + " - " + scenario.character.name;
            break;
        case Channel::email:
            line = ui_text(look.language, Ui::inbox) + " - " + organisation_or(scenario, scenario.title);
            break;
        case Channel::social:
            line = ui_text(look.language, Ui::public_notice);
            break;
    }
    ImGui::PushStyleColor(ImGuiCol_Text, scenario.channel == Channel::social ? colours.negative : colours.accent);
    text_wrapped(line);
    ImGui::PopStyleColor();
}

TranscriptView draw_transcript(const Conversation& conversation, ImVec2 size, const Look& look) {
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
    bool first_character_line = true;
    // Where the newest line starts and ends (in the region's content coordinates), to scroll to it.
    float newest_top = ImGui::GetCursorPosY(), newest_bottom = newest_top;
    for (const TranscriptLine& line : conversation.transcript()) {
        newest_top = ImGui::GetCursorPosY();
        ++view.lines;
        if (line.speaker == TranscriptLine::Speaker::narration) {
            narration_line(line.text, look, max_bubble);
            newest_bottom = ImGui::GetCursorPosY() - ImGui::GetStyle().ItemSpacing.y;
            continue;
        }
        bool character = line.speaker == TranscriptLine::Speaker::character;
        std::string_view text = line.speaker == TranscriptLine::Speaker::silence ? std::string_view(silence) : std::string_view(line.text);
        switch (scenario.channel) {
            case Channel::chat:
            case Channel::desk:
                if (character) bubble(name, text, Side::left, colours.character_bubble, colours.text_on_bubble, max_bubble);
                else bubble(you, text, Side::right, colours.trainee_bubble, colours.text_on_bubble, max_bubble);
                break;
            case Channel::phone: {
                ImGui::PushStyleColor(ImGuiCol_Text, character ? ImGui::GetStyleColorVec4(ImGuiCol_Text)
                                                               : ImGui::ColorConvertU32ToFloat4(colours.accent));
                text_wrapped(std::string(character ? name : you) + ": " + std::string(text));
                ImGui::PopStyleColor();
                ImGui::Spacing();
                break;
            }
            case Channel::email: {
                std::string subject = ui_text(look.language, Ui::email_subject) + ": " + (first_character_line && character ? "" : "Re: ") + scenario.title;
                std::string header = ui_text(look.language, Ui::email_from) + ": " + (character ? name : you + " (" + organisation_or(scenario, "") + ")") +
                                     "\n" + subject;
                card(header, text, character ? colours.panel : colours.trainee_bubble, character ? 0.0f : width * 0.06f);
                break;
            }
            case Channel::social: {
                if (character && first_character_line) {
                    card(name + " - " + ui_text(look.language, Ui::public_post) + " - " + organisation_or(scenario, ""), text, colours.panel, 0.0f);
                    ImGui::TextDisabled("%s", ui_text(look.language, Ui::comments).c_str());
                } else {
                    std::string author = character ? name : organisation_or(scenario, you);
                    card(author, text, character ? colours.character_bubble : colours.trainee_bubble, width * 0.05f);
                }
                break;
            }
        }
        if (character) first_character_line = false;
        newest_bottom = ImGui::GetCursorPosY() - ImGui::GetStyle().ItemSpacing.y;
    }
    bool typing = !conversation.finished() && scenario.channel == Channel::chat && !conversation.transcript().empty() &&
                  (conversation.transcript().back().speaker == TranscriptLine::Speaker::trainee ||
                   conversation.transcript().back().speaker == TranscriptLine::Speaker::silence);
    if (typing) ImGui::TextDisabled("%s", ui_text(look.language, Ui::character_is_typing, {name}).c_str());
    ImGui::PopFont();

    // Follow the conversation: when a message arrives (or the typing note appears), scroll to it even if the
    // trainee had scrolled up to read: all of it in view, or its top at the top when it is taller than the
    // region (a long email is read from its first line). Between messages the scroll is the trainee's, except
    // that a region scrolled to its end stays at its end (when the window is resized).
    float scroll = ImGui::GetScrollY(), height = ImGui::GetWindowHeight(), pad = ImGui::GetStyle().WindowPadding.y;
    bool tall = newest_bottom - newest_top > height - pad * 2;
    // A new width (the window resized) wraps the lines anew: the newest is brought back into view as well.
    ImGuiStorage* storage = ImGui::GetStateStorage();
    ImGuiID seen_id = ImGui::GetID("##seen"), width_id = ImGui::GetID("##width");
    int seen = view.lines * 2 + (typing ? 1 : 0);
    if (storage->GetInt(seen_id, -1) != seen || storage->GetInt(width_id, -1) != static_cast<int>(width)) {
        storage->SetInt(seen_id, seen);
        storage->SetInt(width_id, static_cast<int>(width));
        if (tall && !typing) ImGui::SetScrollY(newest_top - pad);
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
