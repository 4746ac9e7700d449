// String tables for translation: the keys of a scenario's texts, CSV and XLIFF written and read back (hostile
// files included), re-exports that carry translations over, and a table matched against its scenario.
#include <doctest/doctest.h>

#include <algorithm>
#include <set>

#include "frontdesk/scenario_library.h"
#include "frontdesk/string_table.h"
#include "hostile_support.h"

using namespace frontdesk;
using frontdesk::test::load_playable_file;
using frontdesk::test::load_playable_fixture;
using frontdesk::test::load_text;
using frontdesk::test::replaced;
using frontdesk::test::TemporaryDirectory;

namespace {

const char* example = "example/angry-client-wrong-invoice.yaml";

std::vector<std::string> keys_of(const Scenario& scenario) {
    std::vector<std::string> keys;
    for (const ScenarioString& text : scenario_strings(scenario)) keys.push_back(text.key);
    return keys;
}

std::vector<std::string> bundled_files() {
    std::vector<Diagnostic> problems;
    std::vector<std::string> files = find_scenario_files({FRONTDESK_SCENARIO_DIR}, problems);
    REQUIRE(problems.empty());
    REQUIRE(files.size() >= 8);
    return files;
}

StringTable table_of(std::vector<std::pair<std::string, std::string>> rows) {
    StringTable table;
    table.scenario_id = "test";
    table.source_language = "en";
    table.target_language = "it";
    for (auto& [key, source] : rows) {
        StringTableRow row;
        row.key = key;
        row.source = source;
        table.rows.push_back(row);
    }
    return table;
}

std::string all(const DiagnosticList& diagnostics) {
    std::string out;
    for (const Diagnostic& d : diagnostics.items()) out += format_diagnostic(d, nullptr);
    return out.empty() ? "(no diagnostics)" : out;
}

const Diagnostic* find(const DiagnosticList& diagnostics, const std::string& fragment) {
    for (const Diagnostic& d : diagnostics.items())
        if (d.message.find(fragment) != std::string::npos) return &d;
    return nullptr;
}

// The diagnostic whose message holds `fragment`; the test stops unless there is one, and checks its line.
const Diagnostic* expect_at(const DiagnosticList& diagnostics, const std::string& fragment, std::uint32_t line) {
    const Diagnostic* found = find(diagnostics, fragment);
    REQUIRE_MESSAGE(found, "no diagnostic holds '" << fragment << "': " << all(diagnostics));
    CHECK(found->location.line == line);
    return found;
}

// The texts the hostile tests push through every format: each character a format gives a meaning to.
const std::vector<std::string> awkward_texts = {
    "Plain text.",
    "A comma, here; and a semicolon",
    "He said \"calm down\" twice",
    "Line one\nline two",
    "  leading and trailing spaces  ",
    "Accenti: è già così, «virgolette», emoji \xF0\x9F\x99\x82",
    "=HYPERLINK(\"http://evil.example\",\"click\")",
    "+1 555 0100",
    "-5 degrees outside",
    "@SUM(A1:A9)",
    "'=already an apostrophe",
    "''+two apostrophes",
    "'quoted' but harmless",
    "<b>tags</b> & entities &amp; ]]> in XML",
    "Tab\tinside",
};

}  // namespace

TEST_CASE("strings: the example's texts have the edit API's keys, in reading order") {
    auto loaded = load_playable_fixture(example);
    std::vector<ScenarioString> texts = scenario_strings(*loaded.scenario);
    std::vector<std::string> keys = keys_of(*loaded.scenario);
    REQUIRE(keys.size() >= 10);
    CHECK(keys[0] == "title");
    CHECK(keys[1] == "summary");
    CHECK(keys[2] == "character.name");
    CHECK(keys[3] == "nodes.opening.say");
    CHECK(keys[4] == "nodes.opening.choices.1.say");
    CHECK(keys[5] == "nodes.opening.choices.1.feedback");
    CHECK(texts[0].text == "Wrong invoice: an angry client calls");
    CHECK(texts[4].text == "I'm sorry, Mr. Rossi. Tell me what happened.");
    auto has = [&](const std::string& key) { return std::find(keys.begin(), keys.end(), key) != keys.end(); };
    CHECK(has("nodes.opening.on_timeout.feedback"));
    CHECK(has("nodes.opening.choices.3.feedback"));
    CHECK(has("nodes.thanks.debrief"));
    CHECK(has("nodes.hangs_up.say"));
    // No organisation, description or briefing in the example: no empty rows for them.
    CHECK_FALSE(has("organisation"));
    CHECK_FALSE(has("character.description"));
    // 7 nodes' lines, 8 answers with feedback each, 4 timeouts with feedback, 3 debriefs, and the header's 3.
    CHECK(keys.size() == 3 + 7 + 8 * 2 + 4 + 3);
}

TEST_CASE("strings: the briefing's items, organisation, description and narration have keys") {
    auto loaded = load_playable_file(std::string(FRONTDESK_SCENARIO_DIR) + "/angry-client-double-billing.yaml");
    std::vector<std::string> keys = keys_of(*loaded.scenario);
    auto has = [&](const std::string& key) { return std::find(keys.begin(), keys.end(), key) != keys.end(); };
    CHECK(has("organisation"));
    CHECK(has("character.description"));
    CHECK(has("briefing.you_can.1"));
    CHECK(has("briefing.you_can.4"));
    CHECK_FALSE(has("briefing.you_can.5"));
    CHECK(has("briefing.you_cannot.1"));
    bool narration = false;
    for (const std::string& key : keys) narration = narration || (key.size() > 10 && key.compare(key.size() - 10, 10, ".narration") == 0);
    CHECK(narration);
}

TEST_CASE("strings: every bundled scenario's keys are unique, complete and the same however its texts change") {
    for (const std::string& file : bundled_files()) {
        INFO(file);
        LoadedScenario loaded = load_playable_file(file);
        const Scenario& s = *loaded.scenario;
        std::vector<ScenarioString> texts = scenario_strings(s);
        std::set<std::string> unique;
        for (const ScenarioString& text : texts) {
            CHECK_FALSE(text.text.empty());
            CHECK(unique.insert(text.key).second);
        }
        // Complete: every line, answer, feedback and debrief the model holds is a row.
        std::size_t expected = 1 + !s.organisation.empty() + 1 + s.you_can.size() + s.you_cannot.size() + 1 + !s.character.description.empty();
        for (const Node& node : s.nodes) {
            expected += !node.say.empty() + !node.narration.empty() + !node.debrief.empty();
            for (const Choice& choice : node.choices) expected += 1 + !choice.feedback.empty();
            if (node.on_timeout) expected += !node.on_timeout->feedback.empty();
        }
        CHECK(texts.size() == expected);
        // Stable: the keys name places, not texts, so a translated file has the same ones.
        std::string source = loaded.source->text();
        std::size_t title = source.find(s.title);
        REQUIRE(title != std::string::npos);
        source.replace(title, s.title.size(), "Un altro titolo");
        LoadedScenario changed = load_text(source, file);
        REQUIRE(changed.scenario);
        CHECK(keys_of(*changed.scenario) == keys_of(s));
    }
}

TEST_CASE("strings: ids, numbers, conditions and fixed words are not texts") {
    // Every key of every bundled scenario ends in the name of a text (or a briefing item's number).
    const std::set<std::string> text_names = {"title", "organisation", "summary", "name", "description", "narration", "say", "feedback", "debrief"};
    for (const std::string& file : bundled_files()) {
        LoadedScenario loaded = load_playable_file(file);
        for (const ScenarioString& text : scenario_strings(*loaded.scenario)) {
            INFO(file << ": " << text.key);
            std::string last = text.key.substr(text.key.rfind('.') + 1);
            bool item = text.key.rfind("briefing.", 0) == 0 && !last.empty() && std::all_of(last.begin(), last.end(), ::isdigit);
            CHECK((text_names.count(last) == 1 || item));
            for (const Node& node : loaded.scenario->nodes)
                for (const Choice& choice : node.choices)
                    if (choice.condition) CHECK(text.text != choice.condition->text());
        }
    }
}

TEST_CASE("strings: CSV is UTF-8 with a byte-order mark, CRLF line ends and the header key,source,translation") {
    auto loaded = load_playable_fixture(example);
    std::string csv = write_string_table_csv(make_string_table(*loaded.scenario, Language::it));
    REQUIRE(csv.size() > 3);
    CHECK(csv.compare(0, 3, "\xEF\xBB\xBF") == 0);
    CHECK(csv.compare(3, 24, "key,source,translation\r\n") == 0);
    CHECK(csv.find("\r\ntitle,Wrong invoice: an angry client calls,\r\n") != std::string::npos);
    CHECK(csv.find("nodes.opening.choices.1.say,\"I'm sorry, Mr. Rossi. Tell me what happened.\",\r\n") != std::string::npos);
    // Every line ends with CRLF.
    for (std::size_t at = csv.find('\n'); at != std::string::npos; at = csv.find('\n', at + 1)) CHECK(csv[at - 1] == '\r');
}

TEST_CASE("strings: CSV quotes commas, quotes, line breaks and spaces, and reads every text back exactly") {
    std::vector<std::pair<std::string, std::string>> rows;
    for (std::size_t i = 0; i < awkward_texts.size(); ++i) rows.emplace_back("nodes.n" + std::to_string(i) + ".say", awkward_texts[i]);
    StringTable table = table_of(rows);
    for (StringTableRow& row : table.rows) row.translation = "IT: " + row.source;
    table.rows[6].translation = awkward_texts[6];  // a formula in the translation column too
    std::string csv = write_string_table_csv(table);
    CHECK(csv.find("\"He said \"\"calm down\"\" twice\"") != std::string::npos);
    CHECK(csv.find("\"Line one\nline two\"") != std::string::npos);
    DiagnosticList diagnostics("t.csv");
    auto read = read_string_table_csv(csv, diagnostics);
    INFO(all(diagnostics));
    REQUIRE(read);
    CHECK(diagnostics.items().empty());
    REQUIRE(read->rows.size() == table.rows.size());
    for (std::size_t i = 0; i < table.rows.size(); ++i) {
        CHECK(read->rows[i].key == table.rows[i].key);
        CHECK(read->rows[i].source == table.rows[i].source);
        CHECK(read->rows[i].translation == table.rows[i].translation);
    }
    // A row whose source and translation hold a line break each starts on line 5, and the next row on line 8.
    CHECK(read->rows[3].line == 5);
    CHECK(read->rows[4].line == 8);
}

TEST_CASE("strings: CSV cells a spreadsheet would run as formulas start with an apostrophe") {
    StringTable table = table_of({{"a", "=HYPERLINK(\"http://evil.example\",\"x\")"}, {"b", "+SUM(1)"}, {"c", "-2+3"}, {"d", "@cmd"},
                                  {"e", "\tTab"}, {"f", "'=x"}, {"g", "It's = fine"}});
    std::string csv = write_string_table_csv(table);
    CHECK(csv.find("\r\na,\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\",\r\n") != std::string::npos);
    CHECK(csv.find("\r\nb,'+SUM(1),\r\n") != std::string::npos);
    CHECK(csv.find("\r\nc,'-2+3,\r\n") != std::string::npos);
    CHECK(csv.find("\r\nd,'@cmd,\r\n") != std::string::npos);
    CHECK(csv.find("\r\ne,'\tTab,\r\n") != std::string::npos);
    CHECK(csv.find("\r\nf,''=x,\r\n") != std::string::npos);
    CHECK(csv.find("\r\ng,It's = fine,\r\n") != std::string::npos);
    // No cell of any line starts with a formula character.
    for (std::size_t at = csv.find("\r\n"); at != std::string::npos; at = csv.find("\r\n", at + 2))
        if (at + 2 < csv.size()) CHECK(std::string("=+-@").find(csv[at + 2]) == std::string::npos);
    DiagnosticList diagnostics("t.csv");
    auto read = read_string_table_csv(csv, diagnostics);
    REQUIRE(read);
    for (std::size_t i = 0; i < table.rows.size(); ++i) CHECK(read->rows[i].source == table.rows[i].source);
}

TEST_CASE("strings: CSV as spreadsheets save it: LF line ends, semicolons, moved and extra columns, blank rows") {
    std::string csv = "Notes;Translation;KEY;source\n"
                      ";Buongiorno;title;Good morning\n"
                      ";;;\n"
                      "\n"
                      "see the glossary;\"Sì; certo\";summary;\"Yes; sure\"\n";
    DiagnosticList diagnostics("t.csv");
    auto read = read_string_table_csv(csv, diagnostics);
    INFO(all(diagnostics));
    REQUIRE(read);
    REQUIRE(read->rows.size() == 2);
    CHECK(read->rows[0].key == "title");
    CHECK(read->rows[0].translation == "Buongiorno");
    CHECK(read->rows[1].translation == "Sì; certo");
    CHECK(read->rows[1].line == 5);
    CHECK_FALSE(read->with_status);
    const Diagnostic* notes = find(diagnostics, "column 'notes' is not read");
    REQUIRE(notes);
    CHECK(notes->severity == Severity::warning);
    CHECK(diagnostics.error_count() == 0);
}

TEST_CASE("strings: CSV with broken quoting is reported at the line and column of the mistake") {
    SUBCASE("a quoted cell never closed") {
        DiagnosticList diagnostics("t.csv");
        auto read = read_string_table_csv("key,source,translation\r\ntitle,Hello,\"Ciao\r\nsummary,Brief,Breve\r\n", diagnostics);
        REQUIRE(read);
        CHECK(read->rows.empty());
        const Diagnostic* d = expect_at(diagnostics, "never closed", 2);
        CHECK(d->location.column == 13);
    }
    SUBCASE("text after a closing quote") {
        DiagnosticList diagnostics("t.csv");
        auto read = read_string_table_csv("key,source,translation\r\ntitle,\"Hello\" there,Ciao\r\nsummary,Brief,Breve\r\n", diagnostics);
        REQUIRE(read);
        const Diagnostic* d = expect_at(diagnostics, "text after the closing quote", 2);
        CHECK(d->location.column == 14);
        // The next row is still read.
        REQUIRE(read->rows.size() == 1);
        CHECK(read->rows[0].key == "summary");
    }
    SUBCASE("a quote inside an unquoted cell") {
        DiagnosticList diagnostics("t.csv");
        auto read = read_string_table_csv("key,source,translation\ntitle,He said \"no\",Ha detto no\n", diagnostics);
        REQUIRE(read);
        const Diagnostic* d = expect_at(diagnostics, "a quote inside a cell that does not start with one", 2);
        CHECK(d->location.column == 15);
    }
}

TEST_CASE("strings: CSV rows with the wrong number of cells or no key are errors at their line") {
    DiagnosticList diagnostics("t.csv");
    auto read = read_string_table_csv("key,source,translation\n"
                                      "title,Hello, world,Ciao\n"
                                      ",Orphan text,Testo\n"
                                      "summary,Brief,Breve\n",
                                      diagnostics);
    REQUIRE(read);
    REQUIRE(read->rows.size() == 1);
    CHECK(read->rows[0].key == "summary");
    expect_at(diagnostics, "this row has 4 cells and the header 3", 2);
    expect_at(diagnostics, "this row has no key", 3);
}

TEST_CASE("strings: files that are not string tables are refused with one clear message") {
    TemporaryDirectory folder;
    auto refused = [&](const std::string& name, const std::string& bytes, const std::string& fragment) {
        std::string path = folder.write(name, bytes);
        DiagnosticList diagnostics(path);
        auto read = read_string_table_file(path, diagnostics);
        INFO(name << ": " << all(diagnostics));
        CHECK_FALSE(read);
        CHECK(diagnostics.error_count() == 1);
        CHECK(find(diagnostics, fragment) != nullptr);
    };
    std::string scenario = frontdesk::test::valid_scenario();
    refused("scenario.csv", scenario, "this is not a string table: its first line must name the columns key,source,translation");
    refused("binary.csv", std::string("PK\x03\x04\0\0\x14\0", 8), "NUL bytes");
    refused("utf16.csv", std::string("\xFF\xFEk\0e\0y\0", 8), "UTF-16");
    refused("latin1.csv", "key,source,translation\ntitle,Caf\xE9,\n", "invalid UTF-8");
    refused("empty.csv", "\xEF\xBB\xBF\r\n", "the file is empty");
    refused("scenario.xlf", scenario, "XML syntax");
    refused("scenario.yaml", "key,source,translation\n", "give a .csv, .xlf or .xliff file");
    DiagnosticList diagnostics(folder.path().string() + "/x.csv");
    CHECK_FALSE(read_string_table_file(folder.path().string() + "/missing.csv", diagnostics));
    CHECK(find(diagnostics, "cannot open") != nullptr);
}

TEST_CASE("strings: XLIFF 2.0 has the namespace, the languages, one unit per key and the segments' states") {
    auto loaded = load_playable_fixture(example);
    StringTable table = make_string_table(*loaded.scenario, Language::it);
    table.rows[0].translation = "Fattura sbagliata: un cliente arrabbiato chiama";
    std::string xliff = write_string_table_xliff(table);
    CHECK(xliff.find("<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\" srcLang=\"en\" trgLang=\"it\">") != std::string::npos);
    CHECK(xliff.find("<file id=\"angry-client-wrong-invoice\" xml:space=\"preserve\">") != std::string::npos);
    CHECK(xliff.find("<unit id=\"title\">\n      <segment state=\"translated\">\n        <source>Wrong invoice: an angry client calls</source>\n"
                     "        <target>Fattura sbagliata: un cliente arrabbiato chiama</target>") != std::string::npos);
    CHECK(xliff.find("<unit id=\"summary\">\n      <segment state=\"initial\">") != std::string::npos);
    CHECK(xliff.find("<unit id=\"nodes.opening.choices.3.feedback\">") != std::string::npos);
    std::size_t units = 0;
    for (std::size_t at = xliff.find("<unit "); at != std::string::npos; at = xliff.find("<unit ", at + 1)) ++units;
    CHECK(units == table.rows.size());
}

TEST_CASE("strings: XLIFF escapes markup characters and reads every text back exactly") {
    std::vector<std::pair<std::string, std::string>> rows;
    for (std::size_t i = 0; i < awkward_texts.size(); ++i) rows.emplace_back("nodes.n" + std::to_string(i) + ".say", awkward_texts[i]);
    StringTable table = table_of(rows);
    for (StringTableRow& row : table.rows) row.translation = "IT: " + row.source;
    std::string xliff = write_string_table_xliff(table);
    CHECK(xliff.find("&lt;b&gt;tags&lt;/b&gt; &amp; entities &amp;amp; ]]&gt; in XML") != std::string::npos);
    DiagnosticList diagnostics("t.xlf");
    auto read = read_string_table_xliff(xliff, diagnostics);
    INFO(all(diagnostics));
    REQUIRE(read);
    CHECK(diagnostics.items().empty());
    CHECK(read->source_language == "en");
    CHECK(read->target_language == "it");
    CHECK(read->scenario_id == "test");
    REQUIRE(read->rows.size() == table.rows.size());
    for (std::size_t i = 0; i < table.rows.size(); ++i) {
        CHECK(read->rows[i].key == table.rows[i].key);
        CHECK(read->rows[i].source == table.rows[i].source);
        CHECK(read->rows[i].translation == table.rows[i].translation);
    }
}

TEST_CASE("strings: XLIFF from a translation tool: sentences split into segments, notes, metadata and marked text") {
    std::string xliff = R"(<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" xmlns:mda="urn:oasis:names:tc:xliff:metadata:2.0" version="2.0" srcLang="en" trgLang="it">
  <file id="angry-client-wrong-invoice">
    <mda:metadata><mda:metaGroup><mda:meta type="tool">CAT</mda:meta></mda:metaGroup></mda:metadata>
    <group id="g1">
      <unit id="title">
        <notes><note>Keep it short</note></notes>
        <segment state="final"><source>Wrong invoice.</source><target>Fattura sbagliata.</target></segment>
        <ignorable><source> </source><target> </target></ignorable>
        <segment><source>An angry client calls</source><target>Chiama un cliente <mrk id="m1" translate="no">arrabbiato</mrk></target></segment>
      </unit>
    </group>
    <unit id="summary"><segment><source>Brief &amp; clear</source></segment></unit>
  </file>
</xliff>
)";
    DiagnosticList diagnostics("t.xlf");
    auto read = read_string_table_xliff(xliff, diagnostics);
    INFO(all(diagnostics));
    REQUIRE(read);
    CHECK(diagnostics.items().empty());
    REQUIRE(read->rows.size() == 2);
    CHECK(read->rows[0].key == "title");
    CHECK(read->rows[0].source == "Wrong invoice. An angry client calls");
    CHECK(read->rows[0].translation == "Fattura sbagliata. Chiama un cliente arrabbiato");
    CHECK(read->rows[0].line == 6);
    CHECK(read->rows[1].source == "Brief & clear");
    CHECK(read->rows[1].translation.empty());
}

TEST_CASE("strings: hostile XLIFF: a document type, XLIFF 1.2, another XML file, inline codes, a unit without id") {
    auto read = [](const std::string& text, DiagnosticList& diagnostics) { return read_string_table_xliff(text, diagnostics); };
    const std::string head = "<?xml version=\"1.0\"?>\n<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\" srcLang=\"en\">\n<file id=\"f\">\n";
    SUBCASE("entities declared in a document type (billion laughs) are refused before they expand") {
        DiagnosticList diagnostics("t.xlf");
        std::string bomb = "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">]>\n"
                           "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\"><file id=\"f\"><unit id=\"title\"><segment><source>&lol2;</source></segment></unit></file></xliff>";
        CHECK_FALSE(read(bomb, diagnostics));
        expect_at(diagnostics, "document type declaration", 2);
        CHECK(diagnostics.error_count() == 1);
    }
    SUBCASE("XLIFF 1.2 is named as such") {
        DiagnosticList diagnostics("t.xlf");
        CHECK_FALSE(read("<xliff xmlns=\"urn:oasis:names:tc:xliff:document:1.2\" version=\"1.2\"><file/></xliff>", diagnostics));
        CHECK(find(diagnostics, "this is XLIFF 1.2; frontdesk reads XLIFF 2.0") != nullptr);
    }
    SUBCASE("another XML file") {
        DiagnosticList diagnostics("t.xlf");
        CHECK_FALSE(read("<svg xmlns=\"http://www.w3.org/2000/svg\"><text>Hi</text></svg>", diagnostics));
        CHECK(find(diagnostics, "this is not an XLIFF 2.0 file: its first element is <svg>") != nullptr);
    }
    SUBCASE("broken XML is located") {
        DiagnosticList diagnostics("t.xlf");
        CHECK_FALSE(read(head + "<unit id=\"title\"><segment><source>Hi</target></segment></unit></file></xliff>", diagnostics));
        expect_at(diagnostics, "XML syntax: mismatched tag", 4);
    }
    SUBCASE("inline codes and a unit without an id") {
        DiagnosticList diagnostics("t.xlf");
        auto table = read(head + "<unit id=\"title\"><segment><source>Hi</source><target>Ciao <ph id=\"1\"/></target></segment></unit>\n"
                                 "<unit><segment><source>Lost</source></segment></unit>\n"
                                 "<unit id=\"summary\"><segment><source>Brief</source></segment></unit></file></xliff>",
                          diagnostics);
        REQUIRE(table);
        REQUIRE(table->rows.size() == 1);
        CHECK(table->rows[0].key == "summary");
        expect_at(diagnostics, "unit 'title' holds the inline code <ph>", 4);
        expect_at(diagnostics, "a <unit> without an id", 5);
    }
    SUBCASE("binary bytes") {
        DiagnosticList diagnostics("t.xlf");
        CHECK_FALSE(read(std::string("\x89PNG\r\n\x1a\n\0\0", 10), diagnostics));
        CHECK(find(diagnostics, "XML syntax") != nullptr);
    }
}

TEST_CASE("strings: a re-export carries translations over and marks new and changed texts") {
    StringTable previous = table_of({{"title", "Old title"}, {"summary", "Brief"}, {"nodes.gone.say", "Bye"}});
    previous.rows[0].translation = "Vecchio titolo";
    previous.rows[1].translation = "Breve";
    StringTable now = table_of({{"title", "New title"}, {"summary", "Brief"}, {"nodes.opening.say", "Hello"}});
    carry_over_translations(now, previous);
    CHECK(now.with_status);
    CHECK(now.rows[0].status == StringStatus::changed);
    CHECK(now.rows[0].translation == "Vecchio titolo");
    CHECK(now.rows[1].status == StringStatus::same);
    CHECK(now.rows[1].translation == "Breve");
    CHECK(now.rows[2].status == StringStatus::added);
    CHECK(now.rows[2].translation.empty());
    std::string csv = write_string_table_csv(now);
    CHECK(csv.find("key,source,translation,status\r\n") == 3);
    CHECK(csv.find("\r\ntitle,New title,Vecchio titolo,changed\r\n") != std::string::npos);
    CHECK(csv.find("\r\nsummary,Brief,Breve,\r\n") != std::string::npos);
    CHECK(csv.find("\r\nnodes.opening.say,Hello,,new\r\n") != std::string::npos);
    std::string xliff = write_string_table_xliff(now);
    CHECK(xliff.find("<unit id=\"title\">\n      <segment state=\"initial\">") != std::string::npos);
    CHECK(xliff.find("<unit id=\"summary\">\n      <segment state=\"translated\">") != std::string::npos);
    CHECK(xliff.find("<unit id=\"nodes.opening.say\">\n      <segment state=\"initial\">") != std::string::npos);
    // A re-export read back keeps its status column, and serves as the previous export of the next one.
    DiagnosticList diagnostics("t.csv");
    auto read = read_string_table_csv(csv, diagnostics);
    REQUIRE(read);
    CHECK(read->with_status);
    CHECK(read->rows[0].status == StringStatus::changed);
    CHECK(read->rows[2].status == StringStatus::added);
    StringTable next = table_of({{"title", "New title"}});
    carry_over_translations(next, *read);
    CHECK(next.rows[0].status == StringStatus::same);
    CHECK(next.rows[0].translation == "Vecchio titolo");
}

TEST_CASE("strings: a re-export of the example against its previous XLIFF export after the source changed") {
    auto before = load_playable_fixture(example);
    StringTable first = make_string_table(*before.scenario, Language::it);
    for (StringTableRow& row : first.rows) row.translation = "IT: " + row.source;
    DiagnosticList diagnostics("old.xlf");
    auto previous = read_string_table_xliff(write_string_table_xliff(first), diagnostics);
    REQUIRE(previous);
    std::string source = before.source->text();
    source = replaced(source, "\"Finally. Thank you.\"", "\"Finally. Thank you very much.\"");
    source = replaced(source, "    debrief: \"The problem was heard but not owned: next time give a concrete step and a time.\"\n",
                      "    narration: \"He sighs.\"\n    debrief: \"The problem was heard but not owned: next time give a concrete step and a time.\"\n");
    LoadedScenario after = load_text(source, "angry-client-wrong-invoice.yaml");
    REQUIRE_MESSAGE(after.playable(), format_diagnostics(after));
    StringTable table = make_string_table(*after.scenario, Language::it);
    carry_over_translations(table, *previous);
    std::size_t same = 0;
    for (const StringTableRow& row : table.rows) {
        INFO(row.key);
        if (row.key == "nodes.thanks.say") {
            CHECK(row.status == StringStatus::changed);
            CHECK(row.translation == "IT: Finally. Thank you.");
        } else if (row.key == "nodes.unconvinced.narration") {
            CHECK(row.status == StringStatus::added);
            CHECK(row.translation.empty());
        } else {
            CHECK(row.status == StringStatus::same);
            CHECK(row.translation == "IT: " + row.source);
            ++same;
        }
    }
    CHECK(same == first.rows.size() - 1);
}

TEST_CASE("strings: translations taken from a translated version of the scenario") {
    auto loaded = load_playable_fixture(example);
    std::string source = loaded.source->text();
    source = replaced(source, "title: \"Wrong invoice: an angry client calls\"", "title: \"Fattura sbagliata\"");
    source = replaced(source, "    say: \"Finally. Thank you.\"\n", "");
    LoadedScenario translated = load_text(source, "translated.yaml");
    REQUIRE_MESSAGE(translated.playable(), format_diagnostics(translated));
    StringTable table = make_string_table(*loaded.scenario, Language::it);
    std::vector<std::string> not_found = fill_from_translated_scenario(table, *translated.scenario);
    CHECK(not_found == std::vector<std::string>{"nodes.thanks.say"});
    CHECK(table.rows[0].translation == "Fattura sbagliata");
    // A text the translated version kept as it was is left to translate.
    CHECK(table.rows[1].translation.empty());
}

TEST_CASE("strings: a table's unknown and duplicate keys are errors at the rows' lines") {
    auto loaded = load_playable_fixture(example);
    DiagnosticList read_diagnostics("it.csv");
    auto table = read_string_table_csv("key,source,translation\n"
                                       "title,Wrong invoice: an angry client calls,Fattura sbagliata\n"
                                       "nodes.opening.choices.9.say,Nothing,Niente\n"
                                       "title,Wrong invoice: an angry client calls,Fattura errata\n"
                                       "nodes.nowhere.say,Hi,Ciao\n",
                                       read_diagnostics);
    REQUIRE(table);
    DiagnosticList diagnostics("it.csv");
    TranslationPlan plan = plan_translation(*loaded.scenario, *table, diagnostics);
    INFO(all(diagnostics));
    CHECK(diagnostics.error_count() == 3);
    const Diagnostic* unknown = find(diagnostics, "key 'nodes.opening.choices.9.say' is not a text of scenario 'angry-client-wrong-invoice'");
    REQUIRE(unknown);
    CHECK(unknown->path == "it.csv");
    CHECK(unknown->location.line == 3);
    expect_at(diagnostics, "key 'title' is given twice (first at line 2)", 4);
    expect_at(diagnostics, "key 'nodes.nowhere.say'", 5);
    REQUIRE(plan.translations.size() == 1);
    CHECK(plan.translations[0].text == "Fattura sbagliata");
}

TEST_CASE("strings: untranslated rows and texts with no row keep the source and are listed") {
    auto loaded = load_playable_fixture(example);
    StringTable table = make_string_table(*loaded.scenario, Language::it);
    for (StringTableRow& row : table.rows) row.translation = "IT: " + row.source;
    table.rows[1].translation.clear();
    table.rows[4].translation.clear();
    std::string dropped = table.rows.back().key;
    table.rows.pop_back();
    DiagnosticList diagnostics("it.csv");
    TranslationPlan plan = plan_translation(*loaded.scenario, table, diagnostics);
    CHECK(diagnostics.items().empty());
    CHECK(plan.untranslated == std::vector<std::string>{"summary", "nodes.opening.choices.1.say"});
    CHECK(plan.missing == std::vector<std::string>{dropped});
    CHECK(plan.translations.size() == table.rows.size() - 2);
}

TEST_CASE("strings: a translation with a broken placeholder or a control character is refused at its row; a lost {trainee} is warned") {
    auto loaded = load_playable_file(std::string(FRONTDESK_SCENARIO_DIR) + "/angry-client-double-billing.yaml");
    std::string with_name;
    for (const ScenarioString& text : scenario_strings(*loaded.scenario))
        if (with_name.empty() && text.text.find("{trainee}") != std::string::npos) with_name = text.key;
    REQUIRE_FALSE(with_name.empty());
    StringTable table = table_of({{"title", "x"}, {"summary", "y"}, {with_name, "z"}});
    table.rows[0].translation = "Addebitato due volte {nome}";
    table.rows[0].line = 2;
    table.rows[1].translation = "Breve\x1b[2J";
    table.rows[1].line = 3;
    table.rows[2].translation = "Parla con Lei.";
    table.rows[2].line = 4;
    DiagnosticList diagnostics("it.csv");
    TranslationPlan plan = plan_translation(*loaded.scenario, table, diagnostics);
    INFO(all(diagnostics));
    CHECK(plan.translations.size() == 1);
    expect_at(diagnostics, "the translation of 'title': unknown placeholder {nome}", 2);
    expect_at(diagnostics, "holds the control character U+001B (escape)", 3);
    const Diagnostic* lost = find(diagnostics, "says {trainee}");
    REQUIRE(lost);
    CHECK(lost->severity == Severity::warning);
    CHECK(lost->location.line == 4);
}

TEST_CASE("strings: the format is told by the file's extension") {
    CHECK(string_table_format_of("it.csv") == StringTableFormat::csv);
    CHECK(string_table_format_of("a/b/IT.CSV") == StringTableFormat::csv);
    CHECK(string_table_format_of("it.xlf") == StringTableFormat::xliff);
    CHECK(string_table_format_of("it.xliff") == StringTableFormat::xliff);
    CHECK_FALSE(string_table_format_of("it.yaml"));
    CHECK_FALSE(string_table_format_of("csv"));
    CHECK_FALSE(string_table_format_of("dir.csv/file"));
}
