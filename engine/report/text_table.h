// An aligned text table for the terminal, as the report and the course progress print them: columns as wide
// as their widest cell in characters (not bytes), numbers right-aligned, no trailing spaces.
#pragma once

#include <algorithm>
#include <ostream>
#include <string>
#include <vector>

#include "report_wording.h"

namespace frontdesk::report {

class TextTable {
public:
    // A heading starting with '>' is right-aligned (numbers).
    explicit TextTable(std::vector<std::string> headings) {
        for (std::string& heading : headings) {
            bool right = !heading.empty() && heading[0] == '>';
            columns_.push_back({right ? heading.substr(1) : heading, right});
        }
    }
    void add(std::vector<std::string> row) { rows_.push_back(std::move(row)); }

    void print(std::ostream& out, const std::string& indent) const {
        std::vector<std::size_t> widths;
        for (const Column& column : columns_) widths.push_back(display_width(column.heading));
        for (const auto& row : rows_)
            for (std::size_t c = 0; c < row.size() && c < widths.size(); ++c) widths[c] = std::max(widths[c], display_width(row[c]));
        std::vector<std::string> headings, rules;
        for (std::size_t c = 0; c < columns_.size(); ++c) {
            headings.push_back(columns_[c].heading);
            rules.push_back(std::string(widths[c], '-'));
        }
        print_row(out, indent, headings, widths);
        print_row(out, indent, rules, widths);
        for (const auto& row : rows_) print_row(out, indent, row, widths);
    }

private:
    struct Column {
        std::string heading;
        bool right = false;
    };

    void print_row(std::ostream& out, const std::string& indent, const std::vector<std::string>& row,
                   const std::vector<std::size_t>& widths) const {
        std::string line = indent;
        for (std::size_t c = 0; c < row.size(); ++c) {
            std::size_t pad = widths[c] > display_width(row[c]) ? widths[c] - display_width(row[c]) : 0;
            if (c > 0) line += "  ";
            if (columns_[c].right) line += std::string(pad, ' ') + row[c];
            else line += row[c] + (c + 1 < row.size() ? std::string(pad, ' ') : "");
        }
        while (!line.empty() && line.back() == ' ') line.pop_back();
        out << line << '\n';
    }

    std::vector<Column> columns_;
    std::vector<std::vector<std::string>> rows_;
};

}  // namespace frontdesk::report
