// Charts drawn with ImGui's draw lists, shared by the debrief and the Review: bars of a share (alone, with
// their value, behind a table cell), the radar of skills, a line chart over sessions with markers that read
// without colour, and one bar split by share with its legend. They take plain values and labels already in
// the window's language, so they know nothing of sessions or reports.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <imgui.h>

namespace frontdesk::gui {

// The one bar every chart and meter is made of: `fraction` (0..1) of `size` filled from the left over a track,
// rounded, outlined when `outline` is not 0. Draws only; the caller reserves the room.
void draw_bar(ImDrawList* draw, ImVec2 at, ImVec2 size, double fraction, ImU32 fill, ImU32 track, float rounding, ImU32 outline = 0);

// A bar of `fraction` on the current text line, `width` wide (outlined in high contrast).
void share_bar(double fraction, float width, ImU32 fill, bool high_contrast);
// The same bar with its value written after it ("72%", "3 / 4  (75%)").
void labelled_bar(double fraction, float width, ImU32 fill, bool high_contrast, std::string_view text);
// A faint bar of `fraction` behind a table cell, drawn before its text so a column reads at a glance (none in
// high contrast, where it would weaken the text).
void cell_bar(double fraction, bool high_contrast);

// Skills (three or more) as a filled polygon on a radar, each 0..1, labelled around it.
void radar_chart(const std::vector<std::string>& labels, const std::vector<float>& values, float radius, bool high_contrast);

// One line of a line chart: a percentage per point (empty where there is no value).
struct ChartLine {
    std::string label;
    std::vector<std::optional<double>> values;
    bool emphasised = false;  // thicker and in ink (the overall result), drawn after the others
};

struct LineChart {
    std::size_t points = 0;   // numbered 1..points along the x axis
    std::vector<ChartLine> lines;
    std::string caption;      // under the axis (what the points are, and their span)
};

// y from 0 to 100%, a legend above, one marker shape per line as well as one colour. Returns the point under
// the mouse (the caller shows its details), if any.
std::optional<std::size_t> line_chart(const LineChart& chart, ImVec2 size, bool high_contrast);

// One part of a split bar.
struct BarPart {
    double share = 0;         // 0..1 of the bar
    ImU32 colour = 0;
    ImU32 label_colour = 0;   // of the share written inside the part
    std::string label;        // written inside when it fits ("40%")
    std::string legend;       // beside the part's colour under the bar ("Success 2 (40%)")
};

// The parts side by side across `width`, then a legend that wraps within it.
void split_bar(const std::vector<BarPart>& parts, float width, bool high_contrast);

}  // namespace frontdesk::gui
