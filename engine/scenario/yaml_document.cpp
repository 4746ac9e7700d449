// Builds a YamlDocument from yaml-cpp's event stream, guarding against yaml-cpp 0.7's known traps.
#include "frontdesk/yaml_document.h"

#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/parser.h>

#include <istream>
#include <streambuf>

namespace frontdesk {

namespace {

// Lets yaml-cpp read the text already in memory without a second copy (std::istringstream copies).
class MemoryBuffer : public std::streambuf {
public:
    MemoryBuffer(const char* data, std::size_t size) {
        char* begin = const_cast<char*>(data);  // only ever read
        setg(begin, begin, begin + size);
    }
};

// Thrown from the event handler to stop parsing after a refused construct was reported.
struct StopParsing {};

// Deeper than any scenario needs (about 6 levels); stops a hostile file long before yaml-cpp's own guard.
constexpr std::size_t max_nesting = 64;

}  // namespace

class YamlDocumentBuilder : public YAML::EventHandler {
public:
    YamlDocumentBuilder(YamlDocument& document, const SourceText& source, DiagnosticList& diagnostics)
        : document_(document), source_(source), diagnostics_(diagnostics) {
        document_.source_ = &source.text();
    }

    void OnDocumentStart(const YAML::Mark& mark) override { document_start_ = mark; ++documents_; }
    void OnDocumentEnd() override {}

    void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override {
        refuse_anchor(mark, anchor);
        add(YamlDocument::Kind::null, mark, true);
    }
    void OnAlias(const YAML::Mark& mark, YAML::anchor_t) override {
        fail(mark, "aliases ('*name') are not supported in scenarios; write the value out in full");
    }
    void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                  const std::string& value) override {
        refuse_anchor(mark, anchor);
        refuse_tag(mark, tag, "?!");
        YamlDocument::Index index = add(YamlDocument::Kind::scalar, mark, tag == "?");
        YamlDocument::Node& node = document_.nodes_[index];
        node.text_size = static_cast<std::uint32_t>(value.size());
        // Most scalars are their own bytes in the source (after an opening quote): point there, copy nothing.
        const std::string& text = source_.text();
        std::size_t begin = node.offset + (tag == "?" ? 0 : 1);
        if (begin + value.size() <= text.size() && text.compare(begin, value.size(), value) == 0) {
            node.in_source = true;
            node.text_begin = static_cast<std::uint32_t>(begin);
        } else {
            node.text_begin = static_cast<std::uint32_t>(document_.arena_.size());
            document_.arena_ += value;
        }
    }
    void OnSequenceStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                         YAML::EmitterStyle::value) override {
        open(YamlDocument::Kind::sequence, mark, tag, anchor);
    }
    void OnSequenceEnd() override { close(); }
    void OnMapStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                    YAML::EmitterStyle::value) override {
        open(YamlDocument::Kind::map, mark, tag, anchor);
    }
    void OnMapEnd() override { close(); }

    int documents() const { return documents_; }

    // A problem found on the way that yaml-cpp's own syntax error, if any, should take precedence over.
    struct Pending {
        YAML::Mark mark;
        std::string message;
    };
    const std::optional<Pending>& pending() const { return pending_; }
    SourceLocation location_of(const YAML::Mark& mark) const { return location(mark); }
    const YAML::Mark& document_start() const { return document_start_; }

private:
    struct Open {
        YamlDocument::Index index;
        YamlDocument::Index last_child;
        std::uint32_t child_count;
    };

    void fail(const YAML::Mark& mark, std::string message) {
        diagnostics_.error(location(mark), std::move(message));
        throw StopParsing{};
    }
    SourceLocation location(const YAML::Mark& mark) const {
        return source_.location_of(mark.pos < 0 ? 0 : static_cast<std::size_t>(mark.pos));
    }
    void refuse_anchor(const YAML::Mark& mark, YAML::anchor_t anchor) {
        if (anchor != YAML::NullAnchor)
            fail(mark, "anchors ('&name') are not supported in scenarios; write each value out in full");
    }
    void refuse_tag(const YAML::Mark& mark, const std::string& tag, std::string_view allowed) {
        if (tag.size() == 1 && allowed.find(tag[0]) != std::string_view::npos) return;
        if (tag.empty()) return;
        fail(mark, "tags ('" + tag + "') are not supported in scenarios; remove the tag");
    }

    YamlDocument::Index add(YamlDocument::Kind kind, const YAML::Mark& mark, bool plain) {
        auto index = static_cast<YamlDocument::Index>(document_.nodes_.size());
        YamlDocument::Node node{kind, plain, false, static_cast<std::uint32_t>(mark.pos < 0 ? 0 : mark.pos), 0, {0}, 0};
        if (!stack_.empty()) {
            Open& parent = stack_.back();
            bool is_map = document_.nodes_[parent.index].kind == YamlDocument::Kind::map;
            bool is_key = is_map && parent.child_count % 2 == 0;
            // yaml-cpp places an empty value at the next token, often on the next line; the key's line is
            // where the trainer has to write it.
            if (kind == YamlDocument::Kind::null && is_map && !is_key && parent.last_child != 0)
                node.offset = after_key(document_.nodes_[parent.last_child].offset);
            // Reported only if yaml-cpp finds nothing worse: an unclosed '[' or '{' also looks like this.
            if (is_key && kind != YamlDocument::Kind::scalar && kind != YamlDocument::Kind::null && !pending_)
                pending_ = Pending{mark, "a key must be a plain name, not a list or a map"};
        }
        document_.nodes_.push_back(node);
        if (!stack_.empty()) {
            Open& parent = stack_.back();
            YamlDocument::Node& parent_node = document_.nodes_[parent.index];
            if (parent.last_child == 0) parent_node.first_child = index;
            else document_.nodes_[parent.last_child].next_sibling = index;
            parent.last_child = index;
            ++parent.child_count;
        }
        return index;
    }
    // Just after the ':' that follows a key on its line, or the key itself when there is none.
    std::uint32_t after_key(std::uint32_t key_offset) const {
        const std::string& text = source_.text();
        std::size_t i = key_offset;
        while (i < text.size() && text[i] != '\n') {
            if (text[i] == ':') return static_cast<std::uint32_t>(i + 1);
            ++i;
        }
        return key_offset;
    }
    void open(YamlDocument::Kind kind, const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor) {
        refuse_anchor(mark, anchor);
        refuse_tag(mark, tag, "?");
        if (stack_.size() >= max_nesting)
            fail(mark, "nesting deeper than " + std::to_string(max_nesting) + " levels; scenarios need about 6");
        YamlDocument::Index index = add(kind, mark, true);
        stack_.push_back({index, 0, 0});
    }
    void close() {
        if (!stack_.empty()) stack_.pop_back();
    }

    YamlDocument& document_;
    const SourceText& source_;
    DiagnosticList& diagnostics_;
    std::vector<Open> stack_;
    int documents_ = 0;
    YAML::Mark document_start_;
    std::optional<Pending> pending_;
};

namespace {

// yaml-cpp's message for a tab in indentation is "illegal map value" or similar; say what is really wrong.
std::string syntax_message(const SourceText& source, SourceLocation location, const std::string& message,
                           SourceLocation& where) {
    where = location;
    for (std::uint32_t line = location.line; line >= 1 && line + 2 > location.line; --line) {
        std::string_view text = source.line_text(line);
        std::size_t indent = text.find_first_not_of(" \t");
        std::size_t tab = text.find('\t');
        if (tab != std::string_view::npos && (indent == std::string_view::npos || tab < indent)) {
            where = {line, static_cast<std::uint32_t>(tab + 1)};
            return "YAML syntax: a tab is used for indentation here; YAML indents with spaces only";
        }
    }
    return "YAML syntax: " + message;
}

}  // namespace

std::optional<YamlDocument> parse_yaml_document(const SourceText& source, DiagnosticList& diagnostics) {
    YamlDocument document;
    MemoryBuffer buffer(source.text().data(), source.text().size());
    std::istream in(&buffer);
    YamlDocumentBuilder builder(document, source, diagnostics);
    try {
        YAML::Parser parser(in);
        if (!parser.HandleNextDocument(builder) || document.root() == 0) {
            diagnostics.error({}, "the file holds no YAML document; a scenario starts with 'format: 1'");
            return std::nullopt;
        }
        // Ask for exactly one more document, never loop: yaml-cpp 0.7 returns documents forever on inputs
        // such as a lone ','.
        YamlDocument probe;
        YamlDocumentBuilder second(probe, source, diagnostics);
        if (parser.HandleNextDocument(second) && probe.root() != 0) {
            auto offset = static_cast<std::size_t>(std::max(0, second.document_start().pos));
            const std::string& text = source.text();
            // A document that starts at a stray ',' or flow indicator is yaml-cpp failing to move on, not a
            // real second document.
            if (offset < text.size() && std::string_view(",]}").find(text[offset]) != std::string_view::npos)
                diagnostics.error(source.location_of(offset),
                                  std::string("YAML syntax: unexpected '") + text[offset] + "' outside a [list] or {map}");
            else
                diagnostics.error(source.location_of(offset),
                                  "a second YAML document starts here; a scenario file holds exactly one (remove '---')");
            return std::nullopt;
        }
    } catch (const StopParsing&) {
        return std::nullopt;
    } catch (const YAML::DeepRecursion& e) {
        diagnostics.error(source.location_of(static_cast<std::size_t>(std::max(0, e.mark.pos))),
                          "nesting too deep for the YAML parser; scenarios need about 6 levels");
        return std::nullopt;
    } catch (const YAML::Exception& e) {
        std::size_t offset = e.mark.is_null() ? 0 : static_cast<std::size_t>(std::max(0, e.mark.pos));
        SourceLocation where;
        std::string message = syntax_message(source, e.mark.is_null() ? SourceLocation{} : source.location_of(offset), e.msg, where);
        diagnostics.error(where, message);
        return std::nullopt;
    }
    if (builder.pending()) {
        diagnostics.error(builder.location_of(builder.pending()->mark), builder.pending()->message);
        return std::nullopt;
    }
    return document;
}

}  // namespace frontdesk
