// Diagnostics are values: a location in a source file plus a message, collected and never thrown for a
// trainer's mistake. They print in the `path:line:col: error: message` form that editors and compilers use.
#pragma once

#include <cstdint>
#include <string>
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

// Gathers diagnostics for one source file.
class DiagnosticList {
public:
    explicit DiagnosticList(std::string path = {}) : path_(std::move(path)) {}

    void error(SourceLocation location, std::string message, std::uint32_t length = 1);
    void warning(SourceLocation location, std::string message, std::uint32_t length = 1);
    void note(SourceLocation location, std::string message, std::uint32_t length = 1);
    void add(Diagnostic diagnostic) { items_.push_back(std::move(diagnostic)); }

    const std::vector<Diagnostic>& items() const { return items_; }
    const std::string& path() const { return path_; }
    std::size_t error_count() const;
    std::size_t warning_count() const;
    bool has_errors() const { return error_count() > 0; }

    // Orders by position (stable for equal positions), so output reads top to bottom like the file.
    void sort_by_location();

private:
    std::string path_;
    std::vector<Diagnostic> items_;
};

// "path:line:col: error: message", then the source line and a caret when the source is known.
std::string format_diagnostic(const Diagnostic& diagnostic, const SourceText* source);

}  // namespace frontdesk
