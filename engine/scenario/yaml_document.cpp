// Builds a YamlDocument from yaml-cpp's event stream, guarding against yaml-cpp 0.7's known traps: the
// nesting and value caps stop the tree growing, and the read-ahead guard stops yaml-cpp's own buffering.
#include "frontdesk/yaml_document.h"

#include "syntax_hints.h"

#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/parser.h>

#include <cstring>
#include <functional>
#include <istream>
#include <limits>
#include <streambuf>

#include "frontdesk/utf8.h"
#include "frontdesk/scalar_source.h"

namespace frontdesk {

namespace {

// Lets yaml-cpp read the text already in memory without a second copy (std::istringstream copies), and
// asks `allows` before each chunk it hands over: when the answer is no, the text ends there for yaml-cpp.
class GuardedBuffer : public std::streambuf {
public:
    GuardedBuffer(const char* data, std::size_t size, std::function<bool(std::size_t)> allows)
        : allows_(std::move(allows)) {
        char* begin = const_cast<char*>(data);  // only ever read
        setg(begin, begin, begin + size);
    }
    bool stopped() const { return stopped_; }

protected:
    std::streamsize xsgetn(char* out, std::streamsize wanted) override {
        if (stopped_ || wanted <= 0) return 0;
        auto available = static_cast<std::streamsize>(egptr() - gptr());
        std::streamsize count = std::min(wanted, available);
        auto end = static_cast<std::size_t>(gptr() - eback()) + static_cast<std::size_t>(count);
        if (!allows_(end)) {
            stopped_ = true;
            return 0;
        }
        std::memcpy(out, gptr(), static_cast<std::size_t>(count));
        gbump(static_cast<int>(count));
        return count;
    }
    int_type underflow() override { return traits_type::eof(); }  // the whole text is already the get area

private:
    std::function<bool(std::size_t)> allows_;
    bool stopped_ = false;
};

// Thrown from the event handler to stop parsing after a refused construct was reported.
struct StopParsing {};

constexpr std::size_t unknown = std::numeric_limits<std::size_t>::max();

bool is_blank(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

// Looking for where the next value starts, from the end of the last event: past what separates one value
// from the next (spaces, line breaks, comments, indicators such as '- ', ': ', ',' and closing brackets,
// document markers, directives, anchors and tags). Resumable, since the text yaml-cpp has read so far may
// stop inside a comment.
struct ValueSearch {
    std::size_t at = 0;
    enum class Inside : std::uint8_t { nothing, line, word } inside = Inside::nothing;
};

// Where the next value starts, or `end` when it is not in sight yet (then `search` goes on from there).
std::size_t next_value_start(const std::string& text, ValueSearch& search, std::size_t end) {
    auto at_line_start = [&](std::size_t at) { return at == 0 || text[at - 1] == '\n'; };
    auto blank_at = [&](std::size_t at) { return at >= text.size() || is_blank(text[at]); };
    for (std::size_t& i = search.at; i < end;) {
        char c = text[i];
        if (search.inside == ValueSearch::Inside::line) {
            if (c == '\n') search.inside = ValueSearch::Inside::nothing;
            ++i;
        } else if (search.inside == ValueSearch::Inside::word) {
            if (is_blank(c)) search.inside = ValueSearch::Inside::nothing;
            else ++i;
        } else if (is_blank(c) || c == ',' || c == ']' || c == '}') {
            ++i;
        } else if (c == '#' || (c == '%' && at_line_start(i))) {
            search.inside = ValueSearch::Inside::line;
            ++i;
        } else if ((c == '-' || c == '?' || c == ':') && blank_at(i + 1)) {
            ++i;
        } else if (at_line_start(i) && (text.compare(i, 3, "---") == 0 || text.compare(i, 3, "...") == 0) && blank_at(i + 3)) {
            i += 3;
        } else if (c == '&' || c == '!') {
            search.inside = ValueSearch::Inside::word;
            ++i;
        } else {
            return i;
        }
    }
    return end;
}

// Why a value was refused for its length, and what to do about it.
std::string too_long_message(char first, SourceLocation reached) {
    std::string limit = std::to_string(max_yaml_value_bytes / 1024) + " KB";
    std::string past = " (still not ended at line " + grouped(reached.line) + ", column " + grouped(reached.column) + ")";
    if (first == '[')
        return "[list] longer than " + limit + past + "; if its closing ']' is missing, add it, otherwise write the list as "
               "indented lines ('- item', one per line)";
    if (first == '{')
        return "{map} longer than " + limit + past + "; if its closing '}' is missing, add it, otherwise write the map as "
               "indented lines ('key: value', one per line)";
    if (first == '"' || first == '\'')
        return "quoted text longer than " + limit + past + "; if its closing quote is missing, add it, otherwise shorten the text";
    return "text longer than " + limit + past + "; shorten it";
}

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
        seen(mark, 0, 0);
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
        seen(mark, 0, index);
    }
    void OnSequenceStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                         YAML::EmitterStyle::value style) override {
        open(YamlDocument::Kind::sequence, mark, tag, anchor, style == YAML::EmitterStyle::Flow);
        seen(mark, 1, 0);  // past the '[' or '-'
    }
    void OnSequenceEnd() override { close(); }
    void OnMapStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                    YAML::EmitterStyle::value style) override {
        open(YamlDocument::Kind::map, mark, tag, anchor, style == YAML::EmitterStyle::Flow);
        seen(mark, style == YAML::EmitterStyle::Flow ? 1 : 0, 0);  // past the '{'; a block map starts at its first key
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

    // Whether yaml-cpp may read the source up to `end`. It emits no event for a [list] or {map} until it
    // has read the closing bracket (holding every token meanwhile), nor for a text until its end, so this
    // refuses once what it reads runs on past max_yaml_value_bytes from the start of the value after the
    // last event. The refusal is kept for parse_yaml_document to report.
    bool allows(std::size_t end) {
        if (last_event_offset_ == unknown ? end <= max_yaml_value_bytes : end <= last_event_offset_ + max_yaml_value_bytes)
            return true;
        const std::string& text = source_.text();
        if (value_start_ == unknown) {
            if (!searching_) {
                search_ = ValueSearch{end_of_last_event()};
                searching_ = true;
            }
            std::size_t start = next_value_start(text, search_, end);
            if (start >= end) return true;  // spaces and comments so far
            value_start_ = start;
        }
        // Inside a [list] or {map}, the one written in brackets is what grew too long.
        std::size_t start = flow_start_ != unknown ? flow_start_ : value_start_;
        if (end - start <= max_yaml_value_bytes) return true;
        refusal_ = Pending{YAML::Mark(), too_long_message(text[start], source_.location_of(end))};
        refusal_->mark.pos = static_cast<int>(start);
        return false;
    }
    const std::optional<Pending>& refusal() const { return refusal_; }
    // Starts the guard where `previous` (the document before) ended.
    void continue_after(const YamlDocumentBuilder& previous) { seen_offset(previous.end_of_last_event()); }

private:
    struct Open {
        YamlDocument::Index index;
        YamlDocument::Index last_child;
        std::uint32_t child_count;
        bool flow;
    };

    void fail(const YAML::Mark& mark, std::string message) {
        // After a refused read, yaml-cpp works on a cut text: what it finds wrong there is not the trainer's.
        if (!refusal_) diagnostics_.error(location(mark), std::move(message));
        throw StopParsing{};
    }
    // Records an event for the read-ahead guard: `skip` bytes past its mark is where the event's own text
    // ends, or `scalar` names the scalar that does.
    void seen(const YAML::Mark& mark, std::size_t skip, YamlDocument::Index scalar) {
        seen_offset(static_cast<std::size_t>(mark.pos < 0 ? 0 : mark.pos), skip, scalar);
    }
    void seen_offset(std::size_t offset, std::size_t skip = 0, YamlDocument::Index scalar = 0) {
        last_event_offset_ = offset;
        last_event_skip_ = skip;
        last_scalar_ = scalar;
        searching_ = false;
        value_start_ = unknown;
    }
    std::size_t end_of_last_event() const {
        if (last_event_offset_ == unknown) return 0;
        if (last_scalar_ == 0) return last_event_offset_ + last_event_skip_;
        const YamlDocument::Node& node = document_.nodes_[last_scalar_];
        const std::string& text = source_.text();
        if (node.in_source) return node.text_begin + node.text_size + (node.plain ? 0 : 1);
        std::size_t end = scalar_source_offset(text, node.offset, document_.text(last_scalar_), node.text_size);
        char quote = node.offset < text.size() ? text[node.offset] : 0;
        if ((quote == '"' || quote == '\'') && end < text.size() && text[end] == quote) ++end;
        return end;
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
        fail(mark, "tags (" + in_quotes(tag) + ") are not supported in scenarios; remove the tag");
    }

    YamlDocument::Index add(YamlDocument::Kind kind, const YAML::Mark& mark, bool plain) {
        if (document_.node_count() >= max_yaml_values)
            fail(mark, "more than " + grouped(max_yaml_values) + " values (keys, texts, numbers, lists and maps) in one file; "
                       "split it into several scenarios");
        // A [list] or {map} that yaml-cpp streams (one spread over lines) has the same limit as one it buffers.
        if (flow_start_ != unknown && static_cast<std::size_t>(std::max(0, mark.pos)) > flow_start_ + max_yaml_value_bytes) {
            YAML::Mark start;
            start.pos = static_cast<int>(flow_start_);
            fail(start, too_long_message(source_.text()[flow_start_], location(mark)));
        }
        auto index = static_cast<YamlDocument::Index>(document_.nodes_.size());
        YamlDocument::Node node{kind, plain, false, static_cast<std::uint32_t>(mark.pos < 0 ? 0 : mark.pos), 0, {0}, 0};
        if (!stack_.empty()) {
            Open& parent = stack_.back();
            bool is_map = document_.nodes_[parent.index].kind == YamlDocument::Kind::map;
            bool is_key = is_map && parent.child_count % 2 == 0;
            // yaml-cpp places an empty value at the next token, often on the next line; the key's line is
            // where the trainer has to write it.
            if (kind == YamlDocument::Kind::null && is_map && !is_key && parent.last_child != 0)
                node.offset = after_key(parent.last_child);
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
    // Just after the ':' that follows a key, or the key itself when there is none. Only the key's own text
    // and a few bytes after it are looked at: a line may hold thousands of keys.
    std::uint32_t after_key(YamlDocument::Index key) const {
        const YamlDocument::Node& node = document_.nodes_[key];
        const std::string& text = source_.text();
        std::size_t i = node.offset;
        if (node.kind == YamlDocument::Kind::scalar && node.in_source) i = node.text_begin + node.text_size + (node.plain ? 0 : 1);
        for (std::size_t limit = std::min(text.size(), i + 256); i < limit && text[i] != '\n'; ++i)
            if (text[i] == ':') return static_cast<std::uint32_t>(i + 1);
        return node.offset;
    }
    void open(YamlDocument::Kind kind, const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor, bool flow) {
        refuse_anchor(mark, anchor);
        refuse_tag(mark, tag, "?");
        if (stack_.size() >= max_yaml_nesting)
            fail(mark, "nesting deeper than " + std::to_string(max_yaml_nesting) + " levels; scenarios need about 6");
        YamlDocument::Index index = add(kind, mark, true);
        if (flow && flow_start_ == unknown) flow_start_ = document_.nodes_[index].offset;
        stack_.push_back({index, 0, 0, flow});
    }
    void close() {
        if (stack_.empty()) return;
        const YamlDocument::Node& closed = document_.nodes_[stack_.back().index];
        if (stack_.back().flow && closed.offset == flow_start_) flow_start_ = unknown;
        stack_.pop_back();
    }

    YamlDocument& document_;
    const SourceText& source_;
    DiagnosticList& diagnostics_;
    std::vector<Open> stack_;
    int documents_ = 0;
    YAML::Mark document_start_;
    std::optional<Pending> pending_;
    // The read-ahead guard's view of the events (see allows()).
    std::size_t last_event_offset_ = unknown;
    std::size_t last_event_skip_ = 0;
    YamlDocument::Index last_scalar_ = 0;
    ValueSearch search_;
    bool searching_ = false;
    std::size_t value_start_ = unknown;
    // Where the outermost open [list] or {map} written in brackets starts, if one is open.
    std::size_t flow_start_ = unknown;
    std::optional<Pending> refusal_;
};

namespace {

// Control characters that escapes put into texts ("\e", "\0", "\u202E"): reported at the escape. Those
// written as raw bytes are the source check's, and a text that is the source's own bytes holds no escape.
void report_escaped_control_characters(const YamlDocument& document, const SourceText& source, DiagnosticList& diagnostics) {
    const std::string& text = source.text();
    for (YamlDocument::Index index = 1; index <= document.node_count(); ++index) {
        const YamlDocument::Node& node = document.node(index);
        if (node.kind != YamlDocument::Kind::scalar || node.in_source) continue;
        std::string_view value = document.text(index);
        ScalarWalk walk(text, node.offset, value);
        for (std::size_t at = 0; auto control = find_control_character(value.substr(at), "\t\n");) {
            std::size_t value_offset = at + control->offset;
            at = value_offset + std::max<std::size_t>(1, utf8_sequence_length(value, value_offset));
            std::size_t offset = walk.source_offset(value_offset);
            if (offset >= text.size() || text[offset] != '\\') continue;  // a raw byte, reported already
            char kind = offset + 1 < text.size() ? text[offset + 1] : 0;
            auto width = static_cast<std::uint32_t>(kind == 'x' ? 4 : kind == 'u' ? 6 : kind == 'U' ? 10 : 2);
            if (control->code_point == 0)
                diagnostics.error(source.location_of(offset), "text holds a NUL character (U+0000), written as an escape; "
                                                              "remove it, since stored text would be cut short there", width);
            else
                diagnostics.error(source.location_of(offset), "text holds control character " + describe_code_point(control->code_point) +
                                                              ", written as an escape; remove it (control characters can hide or "
                                                              "rewrite what a terminal or the window shows)", width);
        }
    }
}

}  // namespace

std::optional<YamlDocument> parse_yaml_document(const SourceText& source, DiagnosticList& diagnostics) {
    YamlDocument document;
    YamlDocumentBuilder builder(document, source, diagnostics);
    YamlDocumentBuilder* active = &builder;  // the builder receiving events, whose guard decides
    GuardedBuffer buffer(source.text().data(), source.text().size(), [&active](std::size_t end) { return active->allows(end); });
    std::istream in(&buffer);
    // The guard's refusal explains whatever yaml-cpp then made of the cut text.
    auto refused = [&]() {
        if (!buffer.stopped() || !active->refusal()) return false;
        diagnostics.error(active->location_of(active->refusal()->mark), active->refusal()->message);
        return true;
    };
    try {
        YAML::Parser parser(in);
        bool handled = parser.HandleNextDocument(builder);
        if (refused()) return std::nullopt;
        if (!handled || document.root() == 0) {
            diagnostics.error({}, "the file holds no YAML document; a scenario starts with 'format: 1'");
            return std::nullopt;
        }
        // Ask for exactly one more document, never loop: yaml-cpp 0.7 returns documents forever on inputs
        // such as a lone ','.
        YamlDocument probe;
        YamlDocumentBuilder second(probe, source, diagnostics);
        second.continue_after(builder);
        active = &second;
        bool another = parser.HandleNextDocument(second);
        if (refused()) return std::nullopt;
        if (another && probe.root() != 0) {
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
        refused();
        return std::nullopt;
    } catch (const YAML::DeepRecursion& e) {
        if (refused()) return std::nullopt;
        diagnostics.error(source.location_of(static_cast<std::size_t>(std::max(0, e.mark.pos))),
                          "nesting too deep for the YAML parser; scenarios need about 6 levels");
        return std::nullopt;
    } catch (const YAML::Exception& e) {
        if (refused()) return std::nullopt;
        std::size_t offset = e.mark.is_null() ? 0 : static_cast<std::size_t>(std::max(0, e.mark.pos));
        SourceLocation where;
        std::string message = explain_syntax_error(source, e.mark.is_null() ? SourceLocation{} : source.location_of(offset), e.msg, where);
        diagnostics.error(where, message);
        return std::nullopt;
    }
    if (builder.pending()) {
        diagnostics.error(builder.location_of(builder.pending()->mark), builder.pending()->message);
        return std::nullopt;
    }
    report_escaped_control_characters(document, source, diagnostics);
    return document;
}

}  // namespace frontdesk
