// Diagnostics are values: a location in a source file plus a message, collected and never thrown for a
// trainer's mistake. They print in the `path:line:col: error: message` form that editors and compilers use,
// and a printed diagnostic always stays on the lines it describes, whatever the file holds.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace frontdesk {

class SourceText;

// 1-based line and column; 0 means "the whole file" (no position).
struct SourceLocation {
    std::uint32_t line = 0;
    std::uint32_t column = 0;
};

enum class Severity { error, warning, note };

const char* severity_name(Severity severity);

struct Diagnostic {
    Severity severity = Severity::error;
    std::string path;
    SourceLocation location;
    std::string message;
    // How many characters the caret underline spans (1 = just the caret).
    std::uint32_t length = 1;
};

// Gathers diagnostics for one source file. Only the first `kept` errors and warnings (with their notes) are
// kept; the rest are counted, so the counts stay exact while a hostile file cannot fill memory or a terminal
// with millions of lines. A trainer fixes the first ones and checks again.
class DiagnosticList {
public:
    static constexpr std::size_t default_kept = 100;

    explicit DiagnosticList(std::string path = {}, std::size_t kept = default_kept)
        : path_(std::move(path)), kept_limit_(kept) {}

    void error(SourceLocation location, std::string message, std::uint32_t length = 1);
    void warning(SourceLocation location, std::string message, std::uint32_t length = 1);
    void note(SourceLocation location, std::string message, std::uint32_t length = 1);
    void add(Diagnostic diagnostic);

    // The kept diagnostics.
    const std::vector<Diagnostic>& items() const { return items_; }
    const std::string& path() const { return path_; }
    // Every error and warning reported, kept or not.
    std::size_t error_count() const { return errors_; }
    std::size_t warning_count() const { return warnings_; }
    bool has_errors() const { return errors_ > 0; }
    // Errors and warnings reported but not kept.
    std::size_t omitted_error_count() const { return omitted_errors_; }
    std::size_t omitted_warning_count() const { return omitted_warnings_; }
    // Whether another error or warning would be kept: callers skip costly work (suggestions) for messages
    // nobody will see.
    bool keeps_more() const { return kept_ < kept_limit_; }

    // Orders by position (stable for equal positions), so output reads top to bottom like the file.
    void sort_by_location();

private:
    std::string path_;
    std::vector<Diagnostic> items_;
    std::size_t kept_limit_;
    std::size_t kept_ = 0;
    std::size_t errors_ = 0;
    std::size_t warnings_ = 0;
    std::size_t omitted_errors_ = 0;
    std::size_t omitted_warnings_ = 0;
    bool last_kept_ = false;  // whether a note belongs to a kept diagnostic
};

// Text from a file as a message shows it: control characters as escapes (\n, \x1b, \u202e), and cut after
// `max_characters` with "...", so a message is one readable line whatever it quotes.
std::string message_text(std::string_view text, std::size_t max_characters = 60);
// The same in single quotes: "unknown key 'sya'".
std::string in_quotes(std::string_view text, std::size_t max_characters = 60);

// A count as messages write it: "2,596,102".
std::string grouped(std::size_t number);

// "path:line:col: error: message", then the source line and a caret when the source is known. The path,
// the message and the source line are printed with control characters escaped; a line too long for a
// terminal is shown as a window around the caret.
std::string format_diagnostic(const Diagnostic& diagnostic, const SourceText* source);

// "path: ... and 2,596,102 more errors and warnings" for what the list did not keep, or "".
std::string format_omitted(const DiagnosticList& diagnostics);

}  // namespace frontdesk
