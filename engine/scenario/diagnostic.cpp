// Collecting diagnostics and printing them with the offending source line and a caret.
#include "frontdesk/diagnostic.h"

#include <algorithm>

#include "frontdesk/source_text.h"

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
    items_.push_back({Severity::error, path_, location, std::move(message), length});
}

void DiagnosticList::warning(SourceLocation location, std::string message, std::uint32_t length) {
    items_.push_back({Severity::warning, path_, location, std::move(message), length});
}

void DiagnosticList::note(SourceLocation location, std::string message, std::uint32_t length) {
    items_.push_back({Severity::note, path_, location, std::move(message), length});
}

std::size_t DiagnosticList::error_count() const {
    return std::count_if(items_.begin(), items_.end(),
                         [](const Diagnostic& d) { return d.severity == Severity::error; });
}

std::size_t DiagnosticList::warning_count() const {
    return std::count_if(items_.begin(), items_.end(),
                         [](const Diagnostic& d) { return d.severity == Severity::warning; });
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

// Display width of the first `characters` code points of `line`, with tabs kept as tabs so the caret
// lines up under them in a terminal.
std::string caret_padding(std::string_view line, std::uint32_t characters) {
    std::string padding;
    std::uint32_t seen = 0;
    for (std::size_t i = 0; i < line.size() && seen < characters; ++i) {
        unsigned char byte = static_cast<unsigned char>(line[i]);
        if ((byte & 0xC0) == 0x80) continue;  // continuation byte of a multi-byte character
        padding += (byte == '\t') ? '\t' : ' ';
        ++seen;
    }
    while (seen < characters) {
        padding += ' ';
        ++seen;
    }
    return padding;
}

}  // namespace

std::string format_diagnostic(const Diagnostic& diagnostic, const SourceText* source) {
    std::string out = diagnostic.path;
    if (diagnostic.location.line > 0) {
        out += ':' + std::to_string(diagnostic.location.line);
        if (diagnostic.location.column > 0) out += ':' + std::to_string(diagnostic.location.column);
    }
    out += ": ";
    out += severity_name(diagnostic.severity);
    out += ": ";
    out += diagnostic.message;
    out += '\n';
    if (source && diagnostic.location.line > 0 && diagnostic.location.line <= source->line_count()) {
        std::string_view line = source->line_text(diagnostic.location.line);
        if (line.size() > 300) return out;  // a caret under a huge line helps nobody
        std::string number = std::to_string(diagnostic.location.line);
        out += ' ' + number + " | " + std::string(line) + '\n';
        out += ' ' + std::string(number.size(), ' ') + " | ";
        if (diagnostic.location.column > 0) {
            out += caret_padding(line, diagnostic.location.column - 1);
            out += '^';
            if (diagnostic.length > 1) out += std::string(diagnostic.length - 1, '~');
        }
        out += '\n';
    }
    return out;
}

}  // namespace frontdesk
