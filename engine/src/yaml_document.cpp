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
    YamlDocumentBuilder(YamlDocument& document, const SourceText& source, DiagnosticList& diagnostics,
                        bool reserve = true)
        : document_(document), source_(source), diagnostics_(diagnostics) {
        if (!reserve) return;
        // Roughly one node per 24 bytes of scenario text and half the bytes as scalar text: one allocation each.
        document_.nodes_.reserve(source.text().size() / 24 + 16);
        document_.arena_.reserve(source.text().size() / 2 + 16);
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
        node.text_begin = static_cast<std::uint32_t>(document_.arena_.size());
        node.text_size = static_cast<std::uint32_t>(value.size());
        document_.arena_ += value;
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
    const YAML::Mark& document_start() const { return document_start_; }

private:
    struct Open {
        YamlDocument::Index index;
        YamlDocument::Index last_child;
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
        YamlDocument::Node node;
        node.kind = kind;
        node.plain = plain;
        node.offset = static_cast<std::uint32_t>(mark.pos < 0 ? 0 : mark.pos);
        document_.nodes_.push_back(node);
        if (!stack_.empty()) {
            Open& parent = stack_.back();
            YamlDocument::Node& parent_node = document_.nodes_[parent.index];
            if (parent.last_child == 0) parent_node.first_child = index;
            else document_.nodes_[parent.last_child].next_sibling = index;
            parent.last_child = index;
            ++parent_node.child_count;
            if (parent_node.kind == YamlDocument::Kind::map && parent_node.child_count % 2 == 1 &&
                kind != YamlDocument::Kind::scalar && kind != YamlDocument::Kind::null)
                fail(mark, "a key must be a plain name, not a list or a map");
        }
        return index;
    }
    void open(YamlDocument::Kind kind, const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor) {
        refuse_anchor(mark, anchor);
        refuse_tag(mark, tag, "?");
        if (stack_.size() >= max_nesting)
            fail(mark, "nesting deeper than " + std::to_string(max_nesting) + " levels; scenarios need about 6");
        YamlDocument::Index index = add(kind, mark, true);
        stack_.push_back({index, 0});
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
};

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
        YamlDocumentBuilder second(probe, source, diagnostics, false);
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
        diagnostics.error(e.mark.is_null() ? SourceLocation{} : source.location_of(offset),
                          "YAML syntax: " + e.msg);
        return std::nullopt;
    }
    return document;
}

}  // namespace frontdesk
