// String tables as XLIFF 2.0, the exchange format of translation tools (OmegaT, memoQ, Trados, Okapi):
// one unit per text, its key as the unit's id. Written with the report's markup escaping (keys, ids and
// languages hold no line breaks, texts keep theirs as content); read with expat, where a document type
// declaration is refused outright, so no entity can expand or reach outside the file.
#include <expat.h>

#include <memory>

#include "frontdesk/report_formats.h"
#include "frontdesk/string_table.h"

namespace frontdesk {

namespace {

constexpr std::string_view xliff_namespace = "urn:oasis:names:tc:xliff:document:2.0";
constexpr std::string_view xliff_1_namespace = "urn:oasis:names:tc:xliff:document:1.2";

// Reads what frontdesk needs of an XLIFF 2.0 document: the languages, the file's id, and each unit's id,
// source and target (the segments and ignorables of a unit joined, so a tool that split a text into
// sentences gives it back whole). Notes, metadata and other modules' elements are skipped.
class XliffReader {
public:
    explicit XliffReader(DiagnosticList& diagnostics) : diagnostics_(diagnostics) {}

    std::optional<StringTable> read(std::string_view text) {
        std::unique_ptr<std::remove_pointer_t<XML_Parser>, decltype(&XML_ParserFree)> parser(XML_ParserCreateNS("UTF-8", ' '), &XML_ParserFree);
        if (!parser) throw std::bad_alloc();
        parser_ = parser.get();
        XML_SetUserData(parser_, this);
        XML_SetElementHandler(parser_, &XliffReader::on_start, &XliffReader::on_end);
        XML_SetCharacterDataHandler(parser_, &XliffReader::on_text);
        XML_SetStartDoctypeDeclHandler(parser_, &XliffReader::on_doctype);
        if (XML_Parse(parser_, text.data(), static_cast<int>(text.size()), XML_TRUE) == XML_STATUS_ERROR && !stopped_) {
            diagnostics_.error(here(), std::string("XML syntax: ") + XML_ErrorString(XML_GetErrorCode(parser_)));
            return std::nullopt;
        }
        if (stopped_) return std::nullopt;
        if (!root_seen_) {
            diagnostics_.error({}, "the file holds no XML element; give the .xlf file that 'frontdesk strings export' wrote");
            return std::nullopt;
        }
        return std::move(table_);
    }

private:
    struct Open {
        std::string name;  // local name within the XLIFF namespace; empty for another namespace's element
    };

    SourceLocation here() const {
        return {static_cast<std::uint32_t>(XML_GetCurrentLineNumber(parser_)), static_cast<std::uint32_t>(XML_GetCurrentColumnNumber(parser_) + 1)};
    }
    void stop(std::string message) {
        diagnostics_.error(here(), std::move(message));
        stopped_ = true;
        XML_StopParser(parser_, XML_FALSE);
    }

    static std::string_view attribute(const XML_Char** attributes, std::string_view name) {
        for (int i = 0; attributes[i]; i += 2)
            if (name == attributes[i]) return attributes[i + 1];
        return {};
    }

    bool inside(std::string_view name) const {
        for (const Open& open : open_)
            if (open.name == name) return true;
        return false;
    }
    // Where the text goes: the source or target of a segment or ignorable of the current unit, or nowhere.
    std::string* collecting() {
        if (!unit_ || !(inside("segment") || inside("ignorable"))) return nullptr;
        if (inside("source")) return &unit_->source;
        if (inside("target")) return &unit_->translation;
        return nullptr;
    }

    void start(std::string_view qualified, const XML_Char** attributes) {
        std::size_t space = qualified.find(' ');
        std::string_view ns = space == std::string_view::npos ? std::string_view() : qualified.substr(0, space);
        std::string_view name = space == std::string_view::npos ? qualified : qualified.substr(space + 1);
        if (!root_seen_) {
            root_seen_ = true;
            if (name == "xliff" && ns == xliff_1_namespace)
                return stop("this is XLIFF 1.2; frontdesk reads XLIFF 2.0 (in your translation tool, export as XLIFF 2.0, or translate the .xlf file 'frontdesk strings export' wrote)");
            if (name != "xliff" || ns != xliff_namespace)
                return stop("this is not an XLIFF 2.0 file: its first element is <" + message_text(name) + ">, not <xliff xmlns=\"" + std::string(xliff_namespace) + "\">");
            table_.source_language = attribute(attributes, "srcLang");
            table_.target_language = attribute(attributes, "trgLang");
        }
        bool core = ns == xliff_namespace;
        open_.push_back({core ? std::string(name) : std::string()});
        if (!core) return;
        if (name == "file" && table_.scenario_id.empty()) {
            table_.scenario_id = attribute(attributes, "id");
        } else if (name == "unit") {
            std::string_view id = attribute(attributes, "id");
            if (id.empty()) {
                diagnostics_.error(here(), "a <unit> without an id; every unit keeps the id (the key) it was exported with");
                return;
            }
            unit_.emplace();
            unit_->key = id;
            unit_->line = here().line;
        } else if (unit_ && (inside("source") || inside("target")) && (name == "ph" || name == "sc" || name == "ec" || name == "sm" || name == "em" || name == "cp")) {
            diagnostics_.error(here(), "unit " + in_quotes(unit_->key) + " holds the inline code <" + std::string(name) +
                                           ">; a scenario's texts are plain text, so write the text without codes");
            unit_->key.clear();  // reported: the unit is not read
        }
    }

    void end() {
        if (open_.empty()) return;
        bool unit_ends = open_.back().name == "unit";
        open_.pop_back();
        if (unit_ends && unit_) {
            if (!unit_->key.empty()) table_.rows.push_back(std::move(*unit_));
            unit_.reset();
        }
    }

    static void XMLCALL on_start(void* self, const XML_Char* name, const XML_Char** attributes) {
        static_cast<XliffReader*>(self)->start(name, attributes);
    }
    static void XMLCALL on_end(void* self, const XML_Char*) { static_cast<XliffReader*>(self)->end(); }
    static void XMLCALL on_text(void* self, const XML_Char* text, int length) {
        if (std::string* into = static_cast<XliffReader*>(self)->collecting()) into->append(text, static_cast<std::size_t>(length));
    }
    // Entities are declared in the document type; refusing it keeps "billion laughs" and external entities out.
    static void XMLCALL on_doctype(void* self, const XML_Char*, const XML_Char*, const XML_Char*, int) {
        static_cast<XliffReader*>(self)->stop("a document type declaration (<!DOCTYPE ...>) is not allowed in a string table; remove it");
    }

    DiagnosticList& diagnostics_;
    XML_Parser parser_ = nullptr;
    StringTable table_;
    std::vector<Open> open_;
    std::optional<StringTableRow> unit_;
    bool root_seen_ = false;
    bool stopped_ = false;
};

}  // namespace

std::string write_string_table_xliff(const StringTable& table) {
    std::string out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    out += "<xliff xmlns=\"" + std::string(xliff_namespace) + "\" version=\"2.0\" srcLang=\"" + html_escape(table.source_language) +
           "\" trgLang=\"" + html_escape(table.target_language) + "\">\n";
    // Spaces and line breaks are part of the texts: translation tools must not fold them.
    out += "  <file id=\"" + html_escape(table.scenario_id.empty() ? "scenario" : table.scenario_id) + "\" xml:space=\"preserve\">\n";
    for (const StringTableRow& row : table.rows) {
        bool settled = row.status == StringStatus::same && !row.translation.empty();
        out += "    <unit id=\"" + html_escape(row.key) + "\">\n";
        out += std::string("      <segment state=\"") + (settled ? "translated" : "initial") + "\">\n";
        out += "        <source>" + html_escape(row.source) + "</source>\n";
        if (!row.translation.empty()) out += "        <target>" + html_escape(row.translation) + "</target>\n";
        out += "      </segment>\n    </unit>\n";
    }
    out += "  </file>\n</xliff>\n";
    return out;
}

std::optional<StringTable> read_string_table_xliff(std::string_view text, DiagnosticList& diagnostics) {
    if (text.size() >= 3 && text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
    return XliffReader(diagnostics).read(text);
}

}  // namespace frontdesk
