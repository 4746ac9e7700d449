// The Review's Cohort tab: one row per trainee (the overall mean and the latest result first, then cohort,
// attempts, finished, passed, last practice and each skill's mean), each column as wide as its contents,
// sortable by any column with the mouse or the keyboard; a row opens the trainee's trend.
#include <algorithm>
#include <optional>

#include "screens/review/review_screen.h"
#include "screens/review/review_words.h"
#include "widgets/charts.h"
#include "widgets/controls.h"
#include "widgets/text.h"

namespace frontdesk::gui {

namespace {

// A percentage in a table cell over a faint bar of its size, so a column reads at a glance.
void percent_cell(std::optional<double> percent, bool high_contrast) {
    if (percent) cell_bar(*percent / 100.0, high_contrast);
    right_aligned(percent_text(percent));
}

}  // namespace

void ReviewScreen::draw_cohort(AppState& app) {
    ReviewModel& review = app.review;
    const ReportData& report = review.report();
    bool contrast = app.settings.high_contrast;
    keyboard_scroll();
    // Wrapped at the tab's visible edge (the tab scrolls sideways when the table is wider than the window).
    ImGui::PushTextWrapPos(ImGui::GetScrollX() + ImGui::GetWindowWidth() - ImGui::GetStyle().WindowPadding.x);
    ImGui::TextUnformatted(app.text(Ui::review_cohort_hint).c_str());
    ImGui::PopTextWrapPos();
    // The key columns first: who, then the overall mean and the latest result, then the rest. `order` maps the
    // table's columns to the model's (which sorts and traces by its own index).
    std::vector<CohortColumn> model_columns = review.cohort_columns();
    std::vector<std::size_t> order;
    auto take = [&](CohortColumnKind kind) {
        for (std::size_t c = 0; c < model_columns.size(); ++c)
            if (model_columns[c].kind == kind && std::find(order.begin(), order.end(), c) == order.end()) order.push_back(c);
    };
    for (CohortColumnKind kind : {CohortColumnKind::trainee, CohortColumnKind::name, CohortColumnKind::overall_mean, CohortColumnKind::latest_overall})
        take(kind);
    for (std::size_t c = 0; c < model_columns.size(); ++c)
        if (std::find(order.begin(), order.end(), c) == order.end()) order.push_back(c);
    std::vector<CohortColumn> columns;
    for (std::size_t c : order) columns.push_back(model_columns[c]);
    std::vector<std::string> labels;
    std::vector<float> widths;
    float total = 0;
    float font = ImGui::GetFontSize();
    const ImGuiStyle& style = ImGui::GetStyle();
    for (std::size_t c = 0; c < columns.size(); ++c) {
        std::string label;
        switch (columns[c].kind) {
            case CohortColumnKind::trainee: label = app.text(Ui::review_column_id); break;
            case CohortColumnKind::name: label = app.text(Ui::review_column_name); break;
            case CohortColumnKind::cohort: label = app.text(Ui::review_cohort); break;
            case CohortColumnKind::attempts: label = app.text(Ui::review_column_attempts); break;
            case CohortColumnKind::finished: label = app.text(Ui::review_column_finished); break;
            case CohortColumnKind::passed: label = app.text(Ui::review_column_passed); break;
            case CohortColumnKind::last_practice: label = app.text(Ui::review_column_last); break;
            case CohortColumnKind::skill: label = skill_title(app, report.skills[columns[c].skill]); break;
            case CohortColumnKind::overall_mean: label = app.text(Ui::review_column_overall_mean); break;
            case CohortColumnKind::latest_overall: label = app.text(Ui::review_column_latest); break;
        }
        // Each column as wide as its heading (with the sort arrow) or its widest value, whichever is wider.
        float width = ImGui::CalcTextSize(label.c_str()).x + font * 1.2f;
        auto widest = [&](auto text_of) {
            for (const TraineeReport& trainee : report.trainees) width = std::max(width, ImGui::CalcTextSize(text_of(trainee).c_str()).x);
        };
        switch (columns[c].kind) {
            case CohortColumnKind::trainee: widest([](const TraineeReport& t) { return t.id; }); break;
            case CohortColumnKind::name: widest([](const TraineeReport& t) { return t.display_name; }); break;
            case CohortColumnKind::cohort: widest([](const TraineeReport& t) { return t.cohort.empty() ? std::string("-") : t.cohort; }); break;
            case CohortColumnKind::last_practice: widest([](const TraineeReport& t) { return local_time_text(t.last_practice); }); break;
            case CohortColumnKind::attempts: widest([](const TraineeReport& t) { return std::to_string(t.attempts); }); break;
            case CohortColumnKind::finished: widest([](const TraineeReport& t) { return std::to_string(t.finished); }); break;
            case CohortColumnKind::passed: widest([](const TraineeReport& t) { return std::to_string(t.passed); }); break;
            default: width = std::max(width, ImGui::CalcTextSize("100%").x + font * 3); break;  // room for the bar
        }
        labels.push_back(label);
        widths.push_back(width);
        total += width + style.CellPadding.x * 2 + 1.0f;
    }
    // No scrolling region of its own: the tab scrolls (sideways too when the columns do not fit), so arrow
    // keys go from the tabs straight to the headings and down the rows (a table that scrolls is a child window,
    // which keyboard navigation only enters with an extra key). Columns as wide as their contents, no wider.
    ImGuiTableFlags flags = ImGuiTableFlags_Sortable | ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersOuter | ImGuiTableFlags_BordersInnerV |
                            ImGuiTableFlags_SizingFixedFit;
    if (!ImGui::BeginTable("cohort", static_cast<int>(columns.size()), flags, ImVec2(total + 2.0f, 0))) return;
    for (std::size_t c = 0; c < columns.size(); ++c)
        ImGui::TableSetupColumn(labels[c].c_str(), (c == 0 ? ImGuiTableColumnFlags_DefaultSort : ImGuiTableColumnFlags_None) |
                                                       ImGuiTableColumnFlags_WidthFixed, widths[c]);
    ImGui::TableHeadersRow();
    if (ImGuiTableSortSpecs* sort = ImGui::TableGetSortSpecs()) {
        if (sort->SpecsDirty && sort->SpecsCount > 0) {
            const ImGuiTableColumnSortSpecs& spec = sort->Specs[0];
            bool descending = spec.SortDirection == ImGuiSortDirection_Descending;
            std::size_t column = order[static_cast<std::size_t>(spec.ColumnIndex)];
            if (column != review.sort_column() || descending != review.sort_descending())
                app.trace.write("review_sort", std::to_string(column) + (descending ? " descending" : " ascending"));
            review.sort_cohort(column, descending);
        }
        sort->SpecsDirty = false;
    }
    // Traced when it changes: the columns in the order shown (a test checks the key columns come first).
    std::string traced;
    for (const std::string& label : labels) traced += (traced.empty() ? "" : " | ") + label;
    if (traced != traced_cohort_columns_) {
        traced_cohort_columns_ = traced;
        app.trace.write("review_cohort_columns", traced);
    }
    const std::vector<std::size_t>& rows = review.cohort_rows();
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(rows.size()));
    while (clipper.Step()) {
        for (int r = clipper.DisplayStart; r < clipper.DisplayEnd; ++r) {
            const TraineeReport& trainee = report.trainees[rows[static_cast<std::size_t>(r)]];
            ImGui::PushID(trainee.id.c_str());
            ImGui::TableNextRow();
            for (std::size_t c = 0; c < columns.size(); ++c) {
                ImGui::TableSetColumnIndex(static_cast<int>(c));
                switch (columns[c].kind) {
                    case CohortColumnKind::trainee:
                        if (ImGui::Selectable(trainee.id.c_str(), trainee.id == review.selected_trainee_id(), ImGuiSelectableFlags_SpanAllColumns)) {
                            review.select_trainee(trainee.id);
                            app.trace.write("review_trainee", trainee.id);
                            go_to(app, ReviewTab::trainee);
                        }
                        break;
                    case CohortColumnKind::name: text_line(trainee.display_name); break;
                    case CohortColumnKind::cohort: text_line(trainee.cohort.empty() ? "-" : trainee.cohort); break;
                    case CohortColumnKind::attempts: right_aligned(std::to_string(trainee.attempts)); break;
                    case CohortColumnKind::finished: right_aligned(std::to_string(trainee.finished)); break;
                    case CohortColumnKind::passed: right_aligned(std::to_string(trainee.passed)); break;
                    case CohortColumnKind::last_practice: text_line(local_time_text(trainee.last_practice)); break;
                    case CohortColumnKind::skill:
                        percent_cell(columns[c].skill < trainee.skill_means.size() ? trainee.skill_means[columns[c].skill] : std::nullopt, contrast);
                        break;
                    case CohortColumnKind::overall_mean: percent_cell(trainee.overall_mean, contrast); break;
                    case CohortColumnKind::latest_overall: percent_cell(trainee.latest_overall, contrast); break;
                }
            }
            ImGui::PopID();
        }
    }
    ImGui::EndTable();
}

}  // namespace frontdesk::gui
