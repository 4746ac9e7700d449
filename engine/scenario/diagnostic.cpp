// Collecting diagnostics (the first ones kept, all counted) and printing them with the offending source
// line and a caret, escaped so that nothing a file holds can forge or rewrite a line of output.
#include "frontdesk/diagnostic.h"

#include <algorithm>

#include "frontdesk/source_text.h"
#include "frontdesk/terminal_text.h"
#include "frontdesk/utf8.h"

namespace frontdesk {

const char* severity_name(Severity severity) {
    switch (severity) {
        case Severity::error: return "error";
        case Severity::warning: return "warning";
        case Severity::note: return "note";
    }
    return "error";
}

void DiagnosticList::error(SourceLocation location, std::string message, std::uint32_t length) {
    add({Severity::error, {}, location, std::move(message), length});
}

void DiagnosticList::warning(SourceLocation location, std::string message, std::uint32_t length) {
    add({Severity::warning, {}, location, std::move(message), length});
}

void DiagnosticList::note(SourceLocation location, std::string message, std::uint32_t length) {
    add({Severity::note, {}, location, std::move(message), length});
}

void DiagnosticList::add(Diagnostic diagnostic) {
    bool keep;
    if (diagnostic.severity == Severity::note) {
        keep = last_kept_;  // a note explains the diagnostic before it and goes wherever that one goes
    } else {
        bool is_error = diagnostic.severity == Severity::error;
        ++(is_error ? errors_ : warnings_);
        keep = kept_ < kept_limit_;
        if (keep) ++kept_;
        else ++(is_error ? omitted_errors_ : omitted_warnings_);
        last_kept_ = keep;
    }
    if (!keep) return;
    if (diagnostic.path.empty()) diagnostic.path = path_;
    items_.push_back(std::move(diagnostic));
}

void DiagnosticList::sort_by_location() {
    // Notes belong to the diagnostic before them, so they travel with it.
    struct Group {
        SourceLocation location;
        std::vector<Diagnostic> items;
    };
    std::vector<Group> groups;
    for (Diagnostic& item : items_) {
        if (item.severity == Severity::note && !groups.empty()) {
            groups.back().items.push_back(std::move(item));
        } else {
            groups.push_back({item.location, {}});
            groups.back().items.push_back(std::move(item));
        }
    }
    std::stable_sort(groups.begin(), groups.end(), [](const Group& a, const Group& b) {
        if (a.location.line != b.location.line) return a.location.line < b.location.line;
        return a.location.column < b.location.column;
    });
    items_.clear();
    for (Group& group : groups)
        for (Diagnostic& item : group.items) items_.push_back(std::move(item));
}

namespace {

bool is_continuation(char byte) { return (static_cast<unsigned char>(byte) & 0xC0) == 0x80; }

std::size_t next_character(std::string_view text, std::size_t i) {
    ++i;
    while (i < text.size() && is_continuation(text[i])) ++i;
    return i;
}

std::size_t previous_character(std::string_view text, std::size_t i) {
    --i;
    while (i > 0 && is_continuation(text[i])) --i;
    return i;
}

// A source line longer than this many characters is shown as a window around the caret.
constexpr std::size_t excerpt_characters = 160;
// How much of that window comes before the caret.
constexpr std::size_t excerpt_before_caret = 60;

bool longer_than(std::string_view text, std::size_t characters) {
    if (text.size() <= characters) return false;
    std::size_t i = 0;
    for (std::size_t seen = 0; seen < characters && i < text.size(); ++seen) i = next_character(text, i);
    return i < text.size();
}

// Spaces as wide as `shown` (text as printed), with tabs kept as tabs so the caret lines up under them.
std::string caret_padding(std::string_view shown) {
    std::string padding;
    for (char byte : shown) {
        if (is_continuation(byte)) continue;
        padding += byte == '\t' ? '\t' : ' ';
    }
    return padding;
}

// The source line of a diagnostic and its caret line.
std::string excerpt(const Diagnostic& diagnostic, const SourceText& source) {
    std::uint32_t line_number = diagnostic.location.line;
    std::string_view line = source.line_text(line_number);
    std::size_t line_begin = source.line_start(line_number);
    std::size_t caret = 0;
    std::size_t past_end = 0;  // columns beyond the end of the line, where a caret may point
    if (diagnostic.location.column > 0) {
        caret = std::min(source.offset_of(diagnostic.location) - line_begin, line.size());
        std::uint32_t found = source.location_of(line_begin + caret).column;
        if (found < diagnostic.location.column) past_end = diagnostic.location.column - found;
    }
    std::size_t begin = 0, end = line.size();
    if (longer_than(line, excerpt_characters)) {
        begin = caret;
        std::size_t before = 0;
        for (; before < excerpt_before_caret && begin > 0; ++before) begin = previous_character(line, begin);
        end = caret;
        for (std::size_t after = before; after < excerpt_characters && end < line.size(); ++after)
            end = next_character(line, end);
    }
    std::string left = begin > 0 ? "..." : "";
    std::string right = end < line.size() ? "..." : "";
    std::string shown_before = terminal_safe(line.substr(begin, caret - begin));
    std::string number = std::to_string(line_number);
    std::string out = ' ' + number + " | " + left + shown_before + terminal_safe(line.substr(caret, end - caret)) + right + '\n';
    out += ' ' + std::string(number.size(), ' ') + " | ";
    if (diagnostic.location.column > 0) {
        out += std::string(left.size(), ' ') + caret_padding(shown_before) + std::string(past_end, ' ') + '^';
        // The underline covers `length` characters as they are printed (an escape is wider than its character).
        std::size_t underline_end = caret;
        for (std::uint32_t i = 0; i < diagnostic.length && underline_end < end; ++i)
            underline_end = next_character(line, underline_end);
        std::size_t width = utf8_length(terminal_safe(line.substr(caret, underline_end - caret)));
        if (width > 1) out += std::string(width - 1, '~');
    }
    out += '\n';
    return out;
}

}  // namespace

std::string grouped(std::size_t number) {
    std::string digits = std::to_string(number);
    std::string out;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
        out += digits[i];
    }
    return out;
}

std::string message_text(std::string_view text, std::size_t max_characters) {
    std::size_t end = 0;
    for (std::size_t seen = 0; seen < max_characters && end < text.size(); ++seen)
        end += std::max<std::size_t>(1, utf8_sequence_length(text, end));
    std::string out = terminal_safe(text.substr(0, end));
    if (end < text.size()) out += "...";
    return out;
}

std::string in_quotes(std::string_view text, std::size_t max_characters) { return "'" + message_text(text, max_characters) + "'"; }

std::string format_diagnostic(const Diagnostic& diagnostic, const SourceText* source) {
    std::string out = terminal_safe(diagnostic.path);
    if (diagnostic.location.line > 0) {
        out += ':' + std::to_string(diagnostic.location.line);
        if (diagnostic.location.column > 0) out += ':' + std::to_string(diagnostic.location.column);
    }
    out += ": ";
    out += severity_name(diagnostic.severity);
    out += ": ";
    out += terminal_safe(diagnostic.message);
    out += '\n';
    if (source && diagnostic.location.line > 0 && diagnostic.location.line <= source->line_count())
        out += excerpt(diagnostic, *source);
    return out;
}

std::string format_omitted(const DiagnosticList& diagnostics) {
    std::size_t errors = diagnostics.omitted_error_count(), warnings = diagnostics.omitted_warning_count();
    if (errors == 0 && warnings == 0) return {};
    const char* what = warnings == 0 ? (errors == 1 ? "error" : "errors")
                       : errors == 0 ? (warnings == 1 ? "warning" : "warnings")
                                     : "errors and warnings";
    return terminal_safe(diagnostics.path()) + ": ... and " + grouped(errors + warnings) + " more " + what + '\n';
}

}  // namespace frontdesk
