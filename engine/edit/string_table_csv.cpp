// String tables as CSV (RFC 4180) for Excel and LibreOffice: written with a byte-order mark and CRLF so both
// open it as UTF-8 in columns, and defused against formulas; read back from whatever a spreadsheet saves
// (commas or, from an Italian Excel, semicolons; LF or CRLF), with every broken cell reported at its line.
#include <algorithm>
#include <cctype>

#include "frontdesk/string_table.h"
#include "frontdesk/utf8.h"

namespace frontdesk {

namespace {

// What a spreadsheet runs as a formula when a cell starts with it (OWASP, "CSV Injection").
bool starts_formula(char c) { return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r'; }

// Apostrophes and then a formula character: a text that starts so gets one more apostrophe on writing, and a
// cell that starts so loses one on reading, so every text comes back exactly (also one that starts "'=").
bool apostrophes_then_formula(std::string_view text) {
    std::size_t quotes = text.find_first_not_of('\'');
    return quotes != std::string_view::npos && starts_formula(text[quotes]);
}

std::string cell(std::string_view text) {
    std::string value = apostrophes_then_formula(text) ? "'" + std::string(text) : std::string(text);
    bool quoted = value.find_first_of(",;\"\r\n") != std::string::npos ||
                  (!value.empty() && (value.front() == ' ' || value.back() == ' '));
    if (!quoted) return value;
    std::string out = "\"";
    for (char c : value) {
        if (c == '"') out += '"';
        out += c;
    }
    return out + '"';
}

std::string uncell(std::string text) {
    if (!text.empty() && text[0] == '\'' && apostrophes_then_formula(std::string_view(text).substr(1))) text.erase(0, 1);
    return text;
}

struct Record {
    std::uint32_t line = 0;
    std::vector<std::string> cells;
    bool broken = false;  // a quoting mistake was reported in it
};

// Splits the text into records, reporting quoting mistakes where they are.
class CsvScanner {
public:
    CsvScanner(std::string_view text, DiagnosticList& diagnostics) : text_(text), diagnostics_(diagnostics) {
        if (text_.size() >= 3 && text_.substr(0, 3) == "\xEF\xBB\xBF") text_.remove_prefix(3);
        delimiter_ = guess_delimiter();
    }

    char delimiter() const { return delimiter_; }

    // The next record, or nothing at the end. Read one at a time, so a file that is not a table at all is told
    // by its first line before the rest is reported cell by cell.
    std::optional<Record> next() {
        if (at_ >= text_.size()) return std::nullopt;
        return record();
    }

private:
    // The header decides: semicolons and no comma outside quotes is a table saved where the comma is the
    // decimal separator (Excel in Italian).
    char guess_delimiter() const {
        std::size_t commas = 0, semicolons = 0;
        bool quoted = false;
        for (char c : text_) {
            if (c == '"') quoted = !quoted;
            else if (!quoted && (c == '\n' || c == '\r')) break;
            else if (!quoted && c == ',') ++commas;
            else if (!quoted && c == ';') ++semicolons;
        }
        return semicolons > 0 && commas == 0 ? ';' : ',';
    }

    SourceLocation here(std::size_t offset) const {
        return {line_, static_cast<std::uint32_t>(1 + utf8_length(text_.substr(line_start_, offset - line_start_)))};
    }
    bool line_end_at(std::size_t i) const {
        return i < text_.size() && (text_[i] == '\n' || (text_[i] == '\r' && i + 1 < text_.size() && text_[i + 1] == '\n'));
    }
    // Steps over the line end at at_ (LF or CRLF).
    void skip_line_end() {
        at_ += text_[at_] == '\r' ? 2 : 1;
        ++line_;
        line_start_ = at_;
    }

    Record record() {
        Record record;
        record.line = line_;
        while (true) {
            record.cells.push_back(read_cell(record));
            if (at_ >= text_.size()) return record;
            if (text_[at_] == delimiter_) {
                ++at_;
                continue;
            }
            if (line_end_at(at_)) {
                skip_line_end();
                return record;
            }
            // Only after a reported mistake: recover at the next line end.
            while (at_ < text_.size() && !line_end_at(at_)) ++at_;
            if (at_ < text_.size()) skip_line_end();
            return record;
        }
    }

    std::string read_cell(Record& record) {
        std::string value;
        if (at_ < text_.size() && text_[at_] == '"') {
            SourceLocation opened = here(at_);
            ++at_;
            while (true) {
                if (at_ >= text_.size()) {
                    diagnostics_.error(opened, "this quoted cell is never closed: the file ends inside it; add the closing '\"' (a quote inside a cell is written twice: \"\")");
                    record.broken = true;
                    return value;
                }
                char c = text_[at_];
                if (c == '"') {
                    if (at_ + 1 < text_.size() && text_[at_ + 1] == '"') {
                        value += '"';
                        at_ += 2;
                        continue;
                    }
                    ++at_;
                    break;
                }
                if (line_end_at(at_)) {
                    // A line break inside a cell is part of the text; CRLF and LF both mean one.
                    value += '\n';
                    skip_line_end();
                    continue;
                }
                value += c;
                ++at_;
            }
            if (at_ < text_.size() && text_[at_] != delimiter_ && !line_end_at(at_)) {
                diagnostics_.error(here(at_), std::string("text after the closing quote of a cell; a quote inside a quoted cell is written twice (\"\"), and cells are separated by '") +
                                                  delimiter_ + "'");
                record.broken = true;
            }
            return value;
        }
        std::size_t begin = at_;
        while (at_ < text_.size() && text_[at_] != delimiter_ && !line_end_at(at_)) {
            if (text_[at_] == '"' && !record.broken) {
                diagnostics_.error(here(at_), "a quote inside a cell that does not start with one; put the whole cell in quotes and write this quote twice (\"\")");
                record.broken = true;
            }
            if (text_[at_] == '\r') {
                diagnostics_.error(here(at_), "a carriage return alone in a cell; end lines with CRLF or LF");
                record.broken = true;
            }
            ++at_;
        }
        return std::string(text_.substr(begin, at_ - begin));
    }

    std::string_view text_;
    DiagnosticList& diagnostics_;
    char delimiter_ = ',';
    std::size_t at_ = 0;
    std::uint32_t line_ = 1;
    std::size_t line_start_ = 0;
};

bool blank(const Record& record) {
    return std::all_of(record.cells.begin(), record.cells.end(), [](const std::string& c) { return c.empty(); });
}

// Spreadsheets and hands add spaces around a key or a column's name; no key or name has any.
std::string trimmed(std::string_view text) {
    std::size_t begin = text.find_first_not_of(' ');
    if (begin == std::string_view::npos) return {};
    return std::string(text.substr(begin, text.find_last_not_of(' ') - begin + 1));
}

std::string lowered_trimmed(std::string_view text) {
    std::string out = trimmed(text);
    for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

}  // namespace

std::string write_string_table_csv(const StringTable& table) {
    std::string out = "\xEF\xBB\xBF";
    out += table.with_status ? "key,source,translation,status\r\n" : "key,source,translation\r\n";
    for (const StringTableRow& row : table.rows) {
        out += cell(row.key) + ',' + cell(row.source) + ',' + cell(row.translation);
        if (table.with_status) out += ',' + cell(string_status_name(row.status));
        out += "\r\n";
    }
    return out;
}

std::optional<StringTable> read_string_table_csv(std::string_view text, DiagnosticList& diagnostics) {
    CsvScanner scanner(text, diagnostics);
    std::optional<Record> header = scanner.next();
    while (header && blank(*header)) header = scanner.next();
    if (!header) {
        diagnostics.error({}, "the file is empty; a string table starts with the line key,source,translation");
        return std::nullopt;
    }
    // Columns by name, so a spreadsheet that moved them, or a translator's extra column of notes, still reads.
    int key = -1, source = -1, translation = -1, status = -1;
    std::vector<std::string> unread;
    for (std::size_t c = 0; c < header->cells.size(); ++c) {
        std::string name = lowered_trimmed(uncell(header->cells[c]));
        int* column = name == "key" ? &key : name == "source" ? &source : name == "translation" ? &translation : name == "status" ? &status : nullptr;
        if (!column) {
            if (!name.empty()) unread.push_back(name);
            continue;
        }
        if (*column >= 0) {
            diagnostics.error({header->line, 1}, "column " + in_quotes(name) + " is given twice");
            return std::nullopt;
        }
        *column = static_cast<int>(c);
    }
    if (key < 0 || source < 0 || translation < 0) {
        std::string first_line;
        for (std::size_t c = 0; c < header->cells.size() && c < 4; ++c) first_line += (c ? std::string(1, scanner.delimiter()) : "") + header->cells[c];
        diagnostics.error({header->line, 1}, "this is not a string table: its first line must name the columns key,source,translation; found " +
                                                 in_quotes(first_line) + " (export one with 'frontdesk strings export')");
        return std::nullopt;
    }
    for (const std::string& name : unread)
        diagnostics.warning({header->line, 1}, "column " + in_quotes(name) + " is not read (the columns are key, source, translation and status)");
    StringTable table;
    table.with_status = status >= 0;
    for (std::optional<Record> record = scanner.next(); record; record = scanner.next()) {
        if (blank(*record) || record->broken) continue;
        if (record->cells.size() != header->cells.size()) {
            diagnostics.error({record->line, 1}, "this row has " + std::to_string(record->cells.size()) + " cells and the header " +
                                                     std::to_string(header->cells.size()) +
                                                     "; is a comma inside a text missing its quotes? (a cell with a comma, a quote or a line break is written in quotes)");
            continue;
        }
        StringTableRow row;
        row.line = record->line;
        row.key = trimmed(uncell(record->cells[static_cast<std::size_t>(key)]));
        if (row.key.empty()) {
            diagnostics.error({record->line, 1}, "this row has no key; every row keeps the key it was exported with");
            continue;
        }
        row.source = uncell(record->cells[static_cast<std::size_t>(source)]);
        row.translation = uncell(record->cells[static_cast<std::size_t>(translation)]);
        if (status >= 0) {
            std::string word = lowered_trimmed(record->cells[static_cast<std::size_t>(status)]);
            row.status = word == "new" ? StringStatus::added : word == "changed" ? StringStatus::changed : StringStatus::same;
        }
        table.rows.push_back(std::move(row));
    }
    return table;
}

}  // namespace frontdesk
