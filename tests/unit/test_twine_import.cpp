// Importing Twine stories: the Twee 3 and Twine 2 HTML readers, links of every form, escapes and entities,
// endings, story-format code left as text with a warning at its place, broken links, hostile files, and the
// promise that matters to a trainer: what the import writes loads without errors.
#include <doctest/doctest.h>

#include <regex>
#include <string>

#include "frontdesk/html_entities.h"
#include "frontdesk/scenario_yaml_text.h"
#include "frontdesk/twine_import.h"
#include "frontdesk/twine_links.h"
#include "hostile_support.h"

using frontdesk::Diagnostic;
using frontdesk::DiagnosticList;
using frontdesk::Language;
using frontdesk::LoadedScenario;
using frontdesk::Scenario;
using frontdesk::Severity;
using frontdesk::TwineImport;
using frontdesk::TwineImportOptions;
using frontdesk::TwineLink;
using frontdesk::TwineMacro;
using frontdesk::TwinePassageText;
using frontdesk::TwineStory;

namespace {

std::string twine_fixture(const std::string& name) { return std::string(FRONTDESK_FIXTURE_DIR) + "/twine/" + name; }

TwineImport import_text(const std::string& text, const std::string& path = "story.twee", TwineImportOptions options = {}) {
    return frontdesk::import_twine_text(path, text, options);
}

std::optional<TwineStory> read_text(const std::string& text, DiagnosticList& diagnostics, const std::string& path = "story.twee") {
    return frontdesk::read_twine_text(path, text, diagnostics);
}

// The one passage a story of one passage is read into; the test stops when there is not exactly one.
frontdesk::TwinePassage only_passage(const std::string& text, const std::string& path = "story.twee") {
    DiagnosticList diagnostics(path);
    auto story = frontdesk::read_twine_text(path, text, diagnostics);
    REQUIRE(story);
    REQUIRE(story->passages.size() == 1);
    return story->passages[0];
}

const Diagnostic* find(const DiagnosticList& diagnostics, const std::string& fragment) {
    for (const Diagnostic& d : diagnostics.items())
        if (d.message.find(fragment) != std::string::npos) return &d;
    return nullptr;
}

std::size_t count(const DiagnosticList& diagnostics, const std::string& fragment) {
    std::size_t n = 0;
    for (const Diagnostic& d : diagnostics.items())
        if (d.message.find(fragment) != std::string::npos) ++n;
    return n;
}

std::string listed(const DiagnosticList& diagnostics) {
    std::string out;
    for (const Diagnostic& d : diagnostics.items())
        out += std::to_string(d.location.line) + ":" + std::to_string(d.location.column) + ": " + frontdesk::severity_name(d.severity) + ": " +
               d.message + "\n";
    return out.empty() ? "(no diagnostics)" : out;
}

// What a reader made of the story's data.
void check_story_data(const TwineStory& story, const char* title, const char* ifid, const char* format, const char* version, const char* start) {
    CHECK(story.title == title);
    CHECK(story.ifid == ifid);
    CHECK(story.story_format == format);
    CHECK(story.story_format_version == version);
    CHECK(story.start == start);
}

// The diagnostic holding `fragment` is there, at `line` and `column` (0: any column); returns it.
const Diagnostic& check_at(const DiagnosticList& diagnostics, const std::string& fragment, std::uint32_t line, std::uint32_t column = 0) {
    const Diagnostic* found = find(diagnostics, fragment);
    REQUIRE_MESSAGE(found, listed(diagnostics));
    CHECK(found->location.line == line);
    if (column != 0) CHECK(found->location.column == column);
    return *found;
}

// The test for an import that must stop: an error holding `fragment`, and nothing written.
void check_refused(const std::string& text, const std::string& path, const std::string& fragment) {
    TwineImport imported = import_text(text, path);
    CHECK(imported.yaml.empty());
    const Diagnostic* error = find(imported.diagnostics, fragment);
    REQUIRE_MESSAGE(error, listed(imported.diagnostics));
    CHECK(error->severity == Severity::error);
}

// The scenario the import wrote, loaded as lint loads it; the test stops when it has errors.
LoadedScenario load_imported(const TwineImport& imported, const std::string& name = "imported-story.yaml") {
    REQUIRE_MESSAGE(imported.ok(), listed(imported.diagnostics));
    LoadedScenario loaded = frontdesk::load_scenario_text(name, imported.yaml);
    REQUIRE_MESSAGE(!loaded.diagnostics.has_errors(), frontdesk::format_diagnostics(loaded) << "\n" << imported.yaml);
    return loaded;
}

const frontdesk::Node& node(const LoadedScenario& loaded, const std::string& id) {
    frontdesk::NodeIndex index = loaded.scenario->find_node(id);
    REQUIRE_MESSAGE(index != frontdesk::no_node, "no node " << id);
    return loaded.scenario->nodes[static_cast<std::size_t>(index)];
}

std::string target_of(const LoadedScenario& loaded, const frontdesk::Choice& choice) {
    return loaded.scenario->nodes[static_cast<std::size_t>(choice.target)].id;
}

// The YAML without its comments (which name the story file and the passages' lines, different in each form).
std::string without_comments(const std::string& yaml) {
    static const std::regex comment(R"((^|\n)#[^\n]*|[ ]+# (Twine passage|imported default)[^\n]*)");
    return std::regex_replace(yaml, comment, "$1");
}

constexpr const char* small_story = R"(:: StoryTitle
Front desk

:: StoryData
{"ifid": "0D5E2A4B-1111-4C3B-9A8E-77F1B2C3D4E5", "format": "Harlowe", "format-version": "3.3.8", "start": "Hello"}

:: Hello [tense calm] {"position":"600,400","size":"100,200"}
Good morning, how can I help?
[[Ask her name->Name]]
[[Wait]]

:: Name
I'm Ms Verdi.


:: Wait
She waits.
)";

}  // namespace

TEST_SUITE("twine import") {

// ---------------------------------------------------------------------------------------------------------------
// Twee 3

TEST_CASE("twine twee: title, StoryData, passages with tags, metadata and their lines") {
    DiagnosticList diagnostics("story.twee");
    auto story = read_text(small_story, diagnostics);
    REQUIRE(story);
    CHECK(diagnostics.items().empty());
    check_story_data(*story, "Front desk", "0D5E2A4B-1111-4C3B-9A8E-77F1B2C3D4E5", "Harlowe", "3.3.8", "Hello");
    REQUIRE(story->passages.size() == 3);
    const auto& hello = story->passages[0];
    CHECK(hello.name == "Hello");
    CHECK(hello.tags == std::vector<std::string>{"tense", "calm"});
    CHECK(hello.position == "600,400");
    CHECK(hello.size == "100,200");
    CHECK(hello.location.line == 7);
    CHECK(hello.text == "Good morning, how can I help?\n[[Ask her name->Name]]\n[[Wait]]");
}

TEST_CASE("twine twee: a passage's text runs to the next header and loses its trailing blank lines") {
    DiagnosticList diagnostics("story.twee");
    auto story = read_text(small_story, diagnostics);
    REQUIRE(story);
    CHECK(story->passages[1].text == "I'm Ms Verdi.");
    CHECK(story->passages[2].text == "She waits.");
}

TEST_CASE("twine twee: escaped brackets, braces and backslashes in names and tags are decoded") {
    auto passage = only_passage(":: Desk \\[B\\] \\{north\\} back\\\\slash [vip\\]s calm] {\"position\":\"1,2\"}\nHi.\n");
    CHECK(passage.name == "Desk [B] {north} back\\slash");
    CHECK(passage.tags == std::vector<std::string>{"vip]s", "calm"});
    CHECK(passage.position == "1,2");
}

TEST_CASE("twine twee: CRLF line ends and a byte-order mark read like plain line ends") {
    LoadedScenario loaded = load_imported(import_text("\xEF\xBB\xBF:: Start\r\nHello.\r\n[[Go on->End]]\r\n\r\n:: End\r\nBye.\r\n"));
    CHECK(node(loaded, "start").say == "Hello.");
    CHECK(target_of(loaded, node(loaded, "start").choices[0]) == "end");
    CHECK(node(loaded, "end").say == "Bye.");
}

TEST_CASE("twine twee: a text line escaped as \\:: is text, not a header, and loses its backslash") {
    CHECK(only_passage(":: Start\n\\:: not a header\nA $x.\n").text == ":: not a header\nA $x.");
    TwineImport imported = import_text(":: Start\n\\:: not a header\nA $x.\n");
    check_at(imported.diagnostics, "the story variable $x", 3, 3);  // located in the file, past the dropped backslash
}

TEST_CASE("twine twee: without StoryData the passage named Start is the start") {
    TwineImport imported = import_text(":: Intro\nNot the start.\n:: Start\nHello.\n[[Intro]]\n");
    LoadedScenario loaded = load_imported(imported);
    CHECK(loaded.scenario->nodes[static_cast<std::size_t>(loaded.scenario->start)].id == "start");
}

TEST_CASE("twine twee: metadata that is not JSON is a warning at its place, and the passage is still read") {
    DiagnosticList diagnostics("story.twee");
    auto story = read_text(":: Start {position: 1}\nHello.\n", diagnostics);
    REQUIRE(story);
    CHECK(story->passages.size() == 1);
    CHECK(check_at(diagnostics, "is not a JSON object", 1, 10).severity == Severity::warning);
}

TEST_CASE("twine twee: script and stylesheet passages are not nodes") {
    TwineImport imported = import_text(":: Start\nHi.\n:: Code [script]\nwindow.x = 1;\n:: Look [stylesheet]\nbody {}\n");
    LoadedScenario loaded = load_imported(imported);
    CHECK(loaded.scenario->nodes.size() == 1);
    CHECK(count(imported.diagnostics, "is story-format code") == 2);
}

// ---------------------------------------------------------------------------------------------------------------
// Twine 2 HTML

TEST_CASE("twine html: tw-storydata's attributes, its passages and the start passage by pid") {
    DiagnosticList diagnostics("story.html");
    auto story = read_text(
        "<html><body><tw-storydata name=\"Desk &amp; Co\" startnode=\"2\" ifid=\"ABC\" format=\"SugarCube\" format-version=\"2.36.1\">"
        "<tw-passagedata pid=\"1\" name=\"Other\" tags=\"a b\" position=\"1,2\" size=\"100,100\">Bye.</tw-passagedata>"
        "<tw-passagedata pid=\"2\" name=\"First\" tags=\"\">Hi.\n[[Other]]</tw-passagedata></tw-storydata></body></html>",
        diagnostics, "story.html");
    REQUIRE(story);
    CHECK(listed(diagnostics) == "(no diagnostics)");
    check_story_data(*story, "Desk & Co", "ABC", "SugarCube", "2.36.1", "First");
    REQUIRE(story->passages.size() == 2);
    CHECK(story->passages[0].tags == std::vector<std::string>{"a", "b"});
    CHECK(story->passages[0].position == "1,2");
    CHECK(story->passages[1].text == "Hi.\n[[Other]]");
}

TEST_CASE("twine html: entities in attributes and text are decoded, named and numeric") {
    auto passage = only_passage("<tw-storydata name=\"x\" startnode=\"1\"><tw-passagedata pid=\"1\" name=\"Perch&eacute; &quot;qui&quot;\">"
                                "&lt;b&gt; &amp; &#39;a&#x27; &#232; &#xE0; &egrave;&agrave;&nbsp;&laquo;ok&raquo; &Egrave;</tw-passagedata></tw-storydata>",
                                "story.html");
    CHECK(passage.name == "Perché \"qui\"");
    CHECK(passage.text == "<b> & 'a' è à èà\xC2\xA0«ok» È");
}

TEST_CASE("twine html: what is not a character reference is kept as written") {
    CHECK(frontdesk::decode_html_entities("AT&T &bogus; &#0; &#xD800; &#1114112; &; & amp;") == "AT&T &bogus; &#0; &#xD800; &#1114112; &; & amp;");
    CHECK(frontdesk::decode_html_entities("&#128512;") == "\xF0\x9F\x98\x80");
}

TEST_CASE("twine html: decoded text keeps the file offset of every byte, for located warnings") {
    std::vector<std::uint32_t> offsets;
    std::string decoded = frontdesk::decode_html_entities("a&amp;b", &offsets, 100);
    CHECK(decoded == "a&b");
    CHECK(offsets == std::vector<std::uint32_t>{100, 101, 106});
}

TEST_CASE("twine html: an archive of several stories imports the first, with a warning") {
    TwineImport imported = frontdesk::import_twine_file(twine_fixture("lost-courier-archive.html"), {});
    LoadedScenario loaded = load_imported(imported);
    CHECK(loaded.scenario->title == "The Lost Courier");
    check_at(imported.diagnostics, "this archive holds 2 stories; only the first, 'The Lost Courier', is imported", 17);  // the second story
}

TEST_CASE("twine html: a published story's page and engine code around the story are skipped") {
    TwineImport imported = frontdesk::import_twine_file(twine_fixture("lost-courier-published.html"), {});
    LoadedScenario loaded = load_imported(imported);
    CHECK(loaded.scenario->nodes.size() == 5);
}

// ---------------------------------------------------------------------------------------------------------------
// Links

TEST_CASE("twine links: every form gives its text and target") {
    TwinePassageText text = frontdesk::read_passage_text(
        "[[Go right->Right]] [[Left<-Go left]] [[Go up|Up]] [[Down]] [[Pay|Till][$paid to true]] [[a -> b->Target]] [[ Spaced -> Far ]]");
    REQUIRE(text.links.size() == 7);
    auto is = [](const TwineLink& link, const char* words, const char* target) { return link.text == words && link.target == target; };
    CHECK(is(text.links[0], "Go right", "Right"));
    CHECK(is(text.links[1], "Go left", "Left"));
    CHECK(is(text.links[2], "Go up", "Up"));
    CHECK(is(text.links[3], "Down", "Down"));
    CHECK(is(text.links[4], "Pay", "Till"));
    CHECK(text.links[4].setter == "$paid to true");
    CHECK(is(text.links[5], "a -> b", "Target"));  // the rightmost arrow divides
    CHECK(is(text.links[6], "Spaced", "Far"));
    CHECK(text.links[1].target_offset == 22);  // [[Left<-...: the target comes first
    CHECK(text.links[6].target_offset == 120);
    CHECK(text.words.empty());
}

TEST_CASE("twine links: a target that ends in a bracket keeps it") {
    TwinePassageText text = frontdesk::read_passage_text("[[Send it->Desk [B]]] now");
    REQUIRE(text.links.size() == 1);
    CHECK(text.links[0].target == "Desk [B]");
    CHECK(text.words == "now");
}

TEST_CASE("twine links: an arrow in the text outside a link is text") {
    TwinePassageText text = frontdesk::read_passage_text("I'm late -> again.\n[[Go]]");
    CHECK(text.words == "I'm late -> again.");
    CHECK(text.links.size() == 1);
}

TEST_CASE("twine links: the words left when links are removed are tidied") {
    TwinePassageText text = frontdesk::read_passage_text("You can [[ask->A]] or [[wait->B]].\n\n\n[[C]]\n\nBye.  \r\n");
    CHECK(text.words == "You can or .\n\nBye.");
}

TEST_CASE("twine links: a link never closed is kept as text with a warning at its place") {
    TwineImport imported = import_text(":: Start\nHello.\nSee [[Nowhere\n");
    REQUIRE(imported.ok());
    check_at(imported.diagnostics, "never closed with ']]'", 3, 5);
    CHECK(imported.yaml.find("See [[Nowhere") != std::string::npos);
}

TEST_CASE("twine links: each link becomes an answer going to its passage's node") {
    LoadedScenario loaded = load_imported(import_text(small_story));
    const frontdesk::Node& hello = node(loaded, "hello");
    CHECK(hello.say == "Good morning, how can I help?");
    REQUIRE(hello.choices.size() == 2);
    CHECK(hello.choices[0].say == "Ask her name");
    CHECK(target_of(loaded, hello.choices[0]) == "name");
    CHECK(hello.choices[1].say == "Wait");
    CHECK(target_of(loaded, hello.choices[1]) == "wait");
}

TEST_CASE("twine links: a setter is dropped with a warning at the link") {
    TwineImport imported = import_text(":: Start\nHi.\n  [[Pay|End][$paid to true]]\n:: End\nBye.\n");
    LoadedScenario loaded = load_imported(imported);
    check_at(imported.diagnostics, "the setter [$paid to true] of this link is dropped", 3, 3);
    CHECK(node(loaded, "start").choices[0].say == "Pay");
}

TEST_CASE("twine links: a link to a missing passage is an error at the link, with did-you-mean, and nothing is written") {
    TwineImport imported = import_text(":: Start\nHi.\n[[Go->Recepton]]\n:: Reception\nBye.\n");
    CHECK_FALSE(imported.ok());
    CHECK(imported.yaml.empty());
    const Diagnostic& error = check_at(imported.diagnostics, "this link leads to passage 'Recepton', which does not exist; did you mean 'Reception'?", 3, 7);
    CHECK(error.severity == Severity::error);
    CHECK(error.length == 8);  // the name to correct
}

TEST_CASE("twine links: a broken link in HTML is located in the file, past the entities before it") {
    TwineImport imported = import_text("<tw-storydata name=\"s\" startnode=\"1\">\n<tw-passagedata pid=\"1\" name=\"A\">&quot;Hi&quot; [[Bee]]</tw-passagedata>\n"
                                       "<tw-passagedata pid=\"2\" name=\"Be\">x</tw-passagedata></tw-storydata>",
                                       "story.html");
    check_at(imported.diagnostics, "'Bee', which does not exist; did you mean 'Be'?", 2, 51);
}

TEST_CASE("twine links: a link without words says its target; one without a target is an error") {
    LoadedScenario loaded = load_imported(import_text(":: Start\nHi.\n[[->End]]\n:: End\nBye.\n"));
    CHECK(node(loaded, "start").choices[0].say == "End");
    check_refused(":: Start\nHi.\n[[Go on->]]\n", "story.twee", "this link names no passage to go to");
}

TEST_CASE("twine links: a link to a script passage is refused with the reason") {
    check_refused(":: Start\n[[Code]]\n:: Code [script]\nx = 1;\n", "story.twee", "which is story-format code, not conversation");
}

// ---------------------------------------------------------------------------------------------------------------
// Endings, macros, the start

TEST_CASE("twine endings: passages without links become partial endings, with a warning each") {
    TwineImport imported = import_text(small_story);
    LoadedScenario loaded = load_imported(imported);
    CHECK(node(loaded, "name").ending == frontdesk::EndingKind::partial);
    CHECK(node(loaded, "name").say == "I'm Ms Verdi.");
    CHECK(node(loaded, "wait").ending == frontdesk::EndingKind::partial);
    CHECK(imported.endings == 2);
    CHECK(imported.nodes == 3);
    check_at(imported.diagnostics, "passage 'Name' has no links, so it becomes an ending of kind 'partial'", 12);
    CHECK(count(imported.diagnostics, "becomes an ending of kind 'partial'") == 2);
}

TEST_CASE("twine macros: Harlowe and SugarCube code and variables are kept as text, warned at their place") {
    TwineImport imported = import_text(":: Start\n(set: $x to 1)(if: $x > 0)[Yes]\nA <<set $y to 2>> b <</if>> $gold left.\n[[End]]\n:: End\nBye.\n");
    LoadedScenario loaded = load_imported(imported);
    CHECK(std::string(node(loaded, "start").say).find("(set: $x to 1)") != std::string::npos);
    CHECK(check_at(imported.diagnostics, "the Harlowe macro (set:) is kept as plain text", 2, 1).length == 5);
    check_at(imported.diagnostics, "the Harlowe macro (if:)", 2, 15);
    check_at(imported.diagnostics, "the SugarCube macro <<set>>", 3, 3);
    check_at(imported.diagnostics, "the SugarCube macro <</if>>", 3, 21);
    check_at(imported.diagnostics, "the story variable $gold", 3, 29);
    // The variables inside the macros are the macros' business: warned once, with them.
    CHECK(count(imported.diagnostics, "story variable") == 1);
}

TEST_CASE("twine start: a StoryData start that names no passage is an error with did-you-mean") {
    TwineImport imported = import_text(":: StoryData\n{\"start\": \"Strat\"}\n:: Start\nHi.\n");
    CHECK_FALSE(imported.ok());
    check_at(imported.diagnostics, "the start passage 'Strat' does not exist; did you mean 'Start'?", 1);  // at StoryData
}

TEST_CASE("twine start: a story naming no start and without a Start passage is an error") {
    check_refused(":: Hello\nHi.\n", "story.twee", "the story names no start passage");
}

TEST_CASE("twine start: an HTML startnode with no such pid is an error") {
    check_refused("<tw-storydata name=\"s\" startnode=\"9\"><tw-passagedata pid=\"1\" name=\"A\">x</tw-passagedata></tw-storydata>", "s.html",
                  "the story's startnode is '9', but no passage has that pid");
}

// ---------------------------------------------------------------------------------------------------------------
// Names and ids

TEST_CASE("twine ids: passage names become node ids, accents dropped, collisions numbered in story order") {
    TwineImport imported = import_text(
        ":: Start\n[[Perché è qui?]] [[Desk B]] [[Desk [B]]] [[42 Street]] [[???]]\n"
        ":: Perché è qui?\na\n:: Desk B\nb\n:: Desk \\[B\\]\nc\n:: 42 Street\nd\n:: ???\ne\n");
    LoadedScenario loaded = load_imported(imported);
    const auto& start = node(loaded, "start");
    REQUIRE(start.choices.size() == 5);
    CHECK(target_of(loaded, start.choices[0]) == "perche_e_qui");
    CHECK(target_of(loaded, start.choices[1]) == "desk_b");
    CHECK(target_of(loaded, start.choices[2]) == "desk_b_2");
    CHECK(target_of(loaded, start.choices[3]) == "p_42_street");
    CHECK(target_of(loaded, start.choices[4]) == "passage");
    CHECK(frontdesk::node_id_from_passage_name("Àrea Già") == "area_gia");
}

TEST_CASE("twine ids: a passage name used twice is warned about, and links lead to the first") {
    TwineImport imported = import_text(":: Start\n[[Again]]\n:: Again\nfirst\n:: Again\nsecond\n");
    LoadedScenario loaded = load_imported(imported);
    CHECK(node(loaded, "again").say == "first");
    CHECK(node(loaded, "again_2").say == "second");
    check_at(imported.diagnostics, "passage name 'Again' is used twice (first at line 3)", 5);
}

TEST_CASE("twine ids: the scenario id comes from the file name, or from the options") {
    CHECK(frontdesk::scenario_id_from_file_name("/x/The Lost Courier (v2).twee") == "the-lost-courier-v2");
    CHECK(frontdesk::scenario_id_from_file_name("Città.html") == "citta");
    CHECK(frontdesk::scenario_id_from_file_name("!!!.twee") == "imported-story");
    LoadedScenario by_name = load_imported(import_text(small_story, "front-desk.twee"), "front-desk.yaml");
    CHECK(by_name.scenario->id == "front-desk");
    TwineImportOptions options;
    options.id = "my-desk";
    LoadedScenario by_option = load_imported(import_text(small_story, "front-desk.twee", options), "my-desk.yaml");
    CHECK(by_option.scenario->id == "my-desk");
}

// ---------------------------------------------------------------------------------------------------------------
// The YAML written

TEST_CASE("twine yaml: double-quoted text escapes quotes, backslashes, line breaks and controls, and keeps UTF-8") {
    CHECK(frontdesk::yaml_double_quoted("a \"b\" c\\d\ne\tf") == "\"a \\\"b\\\" c\\\\d\\ne\\tf\"");
    CHECK(frontdesk::yaml_double_quoted("è «ok» \xE2\x80\xA8") == "\"è «ok» \\u2028\"");
    CHECK(frontdesk::yaml_double_quoted(std::string("\x1b", 1)) == "\"\\u001B\"");
    CHECK(frontdesk::literal_braces("gate {2} {trainee}") == "gate {{2} {{trainee}");
}

TEST_CASE("twine yaml: text with quotes, backslashes, braces and accents reads back as written") {
    TwineImport imported = import_text(":: Start\nShe said \"no\" \\ then {2} è.\nLine two.\n[[Say \"yes\"->End]]\n:: End\nBye.\n");
    LoadedScenario loaded = load_imported(imported);
    // The loader keeps the braces doubled until a line is shown; {{ shows as {.
    CHECK(node(loaded, "start").say == "She said \"no\" \\ then {{2} è.\nLine two.");
    CHECK(node(loaded, "start").choices[0].say == "Say \"yes\"");
}

TEST_CASE("twine yaml: the header names the story file, and the placeholders are warned about") {
    TwineImport imported = import_text(small_story, "front-desk.twee");
    REQUIRE(imported.ok());
    CHECK(imported.yaml.rfind("# Imported from the Twine story front-desk.twee (Twee 3, story format Harlowe 3.3.8)\n", 0) == 0);
    CHECK(imported.yaml.find("summary: \"To write: ") != std::string::npos);
    CHECK(find(imported.diagnostics, "'summary' and the character's 'name' are placeholders"));
    CHECK(find(imported.diagnostics, "are imported defaults (client, desk, 1, 50)"));
}

TEST_CASE("twine yaml: an Italian import writes its placeholders in Italian") {
    TwineImportOptions options;
    options.language = Language::it;
    LoadedScenario loaded = load_imported(import_text(small_story, "story.twee", options));
    CHECK(loaded.scenario->language == Language::it);
    CHECK(loaded.scenario->summary.rfind("Da scrivere:", 0) == 0);
    CHECK(loaded.scenario->character.name == "Da scrivere: il nome del personaggio");
}

TEST_CASE("twine yaml: a passage with only links gets a placeholder line and a warning") {
    TwineImport imported = import_text(":: Start\n[[End]]\n:: End\nBye.\n");
    LoadedScenario loaded = load_imported(imported);
    CHECK(node(loaded, "start").say == "To write: what the character says here.");
    CHECK(find(imported.diagnostics, "has only links, so what the character says there is a placeholder"));
}

// ---------------------------------------------------------------------------------------------------------------
// The samples

TEST_CASE("twine samples: every sample imports into a scenario that loads without errors") {
    for (const char* name : {"lost-courier.twee", "lost-courier-published.html", "lost-courier-archive.html", "sportello-certificato.twee",
                             "sportello-certificato-published.html", "sportello-certificato-archive.html"}) {
        CAPTURE(name);
        TwineImportOptions options;
        options.language = std::string(name).find("sportello") == 0 ? Language::it : Language::en;
        TwineImport imported = frontdesk::import_twine_file(twine_fixture(name), options);
        LoadedScenario loaded = load_imported(imported, frontdesk::scenario_id_from_file_name(name) + ".yaml");
        CHECK(loaded.scenario->nodes.size() >= 5);
    }
}

TEST_CASE("twine samples: the Twee and HTML forms of a story give the same scenario") {
    for (const char* story : {"lost-courier", "sportello-certificato"}) {
        CAPTURE(story);
        TwineImportOptions options;
        options.id = story;
        std::string twee = frontdesk::import_twine_file(twine_fixture(std::string(story) + ".twee"), options).yaml;
        REQUIRE_FALSE(twee.empty());
        for (const char* form : {"-published.html", "-archive.html"}) {
            CAPTURE(form);
            std::string html = frontdesk::import_twine_file(twine_fixture(std::string(story) + form), options).yaml;
            REQUIRE_FALSE(html.empty());
            CHECK(without_comments(html) == without_comments(twee));
        }
    }
}

TEST_CASE("twine samples: the lost courier's escapes, arrows, setter and macros come through") {
    TwineImport imported = frontdesk::import_twine_file(twine_fixture("lost-courier.twee"), {});
    LoadedScenario loaded = load_imported(imported, "lost-courier.yaml");
    const auto& reception = node(loaded, "reception");
    CHECK(std::string(reception.say).find("\"URGENT & FRAGILE\"") != std::string::npos);
    CHECK(std::string(reception.say).find("I'm late -> again.") != std::string::npos);
    REQUIRE(reception.choices.size() == 3);
    CHECK(target_of(loaded, reception.choices[1]) == "not_my_job");
    CHECK(reception.choices[1].say == "Tell him it's not your job");
    CHECK(target_of(loaded, node(loaded, "ask_about_the_parcel").choices[0]) == "goods_desk_b");
    CHECK(node(loaded, "call_the_warehouse").choices[0].say == "Walk him over -> yourself");
    CHECK(find(imported.diagnostics, "the setter [$called to true]"));
    CHECK(find(imported.diagnostics, "the Harlowe macro (set:)"));
    CHECK(count(imported.diagnostics, "is story-format code") == 2);
}

TEST_CASE("twine samples: the Italian story keeps its accented letters") {
    TwineImportOptions options;
    options.language = Language::it;
    TwineImport imported = frontdesk::import_twine_file(twine_fixture("sportello-certificato-published.html"), options);
    LoadedScenario loaded = load_imported(imported, "sportello-certificato-published.yaml");
    CHECK(loaded.scenario->title == "Il certificato di residenza");
    std::string opening(node(loaded, "allo_sportello").say);
    CHECK(opening.find("«Mi serve il certificato di residenza per l'università di mia figlia. Perché è così difficile?»") != std::string::npos);
    CHECK(target_of(loaded, node(loaded, "allo_sportello").choices[0]) == "perche_le_serve");
    CHECK(find(imported.diagnostics, "the SugarCube macro <<set>>"));
    CHECK(find(imported.diagnostics, "passage 'StoryInit' is story-format code"));
}

// ---------------------------------------------------------------------------------------------------------------
// Hostile input: a clear message, never a crash or a hang

TEST_CASE("twine hostile: an empty file, or one of blanks") {
    for (const char* text : {"", "  \n\t\r\n"}) check_refused(text, "story.twee", "file is empty; a Twine story is a Twee 3 file");
}

TEST_CASE("twine hostile: a text file that is not a Twine story") {
    check_refused("Dear trainer,\nthis is a letter.\n", "letter.txt", "no passage header (a line starting with '::') in the file, so it is not a Twee 3 story");
}

TEST_CASE("twine hostile: an HTML page that holds no story") {
    check_refused("<!DOCTYPE html><html><body><p>Hello</p></body></html>", "page.html", "this HTML file holds no <tw-storydata>");
}

TEST_CASE("twine hostile: a binary file") {
    check_refused(std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16), "picture.twee", "this is a binary file, not a Twine story");
}

TEST_CASE("twine hostile: bytes that are not UTF-8 are located") {
    TwineImport imported = import_text(":: Start\nCaff\xE8\n");
    CHECK_FALSE(imported.ok());
    check_at(imported.diagnostics, "invalid UTF-8 (byte 0xE8)", 2, 5);
}

TEST_CASE("twine hostile: a control character entity in HTML is refused at its place") {
    check_refused("<tw-storydata name=\"s\" startnode=\"1\"><tw-passagedata pid=\"1\" name=\"A\">a&#27;[2J</tw-passagedata></tw-storydata>", "s.html",
                  "does not load: text holds control character U+001B");
}

TEST_CASE("twine hostile: a passage too long for a scenario text is an error naming the passage") {
    std::string story = ":: Start\n" + std::string(300 * 1024, 'a') + "\n";
    auto imported = frontdesk::test::run_within_limit<TwineImport>([&] { return import_text(story); });
    REQUIRE(imported);
    CHECK_FALSE(imported->ok());
    CHECK(find(imported->diagnostics, "passage 'Start' holds a text of 307,202 bytes once written, over the 262,144 bytes"));
}

TEST_CASE("twine hostile: deep nesting of links, macros and tags ends quickly with a clear result") {
    std::string brackets = ":: Start\n" + std::string(2'000'000, '[') + "\n";
    std::string macros = ":: Start\n";
    for (int i = 0; i < 200'000; ++i) macros += "(if: $a)[";
    std::string tags = "<tw-storydata name=\"s\" startnode=\"1\"><tw-passagedata pid=\"1\" name=\"A\">";
    for (int i = 0; i < 20'000; ++i) tags += "<div>";
    tags += "</tw-passagedata></tw-storydata>";
    auto started = std::chrono::steady_clock::now();
    auto deep_links = frontdesk::test::run_within_limit<TwineImport>([&] { return import_text(brackets); });
    auto deep_macros = frontdesk::test::run_within_limit<TwineImport>([&] { return import_text(macros); });
    auto deep_tags = frontdesk::test::run_within_limit<TwineImport>([&] { return import_text(tags, "s.html"); });
    REQUIRE(deep_links);
    REQUIRE(deep_macros);
    REQUIRE(deep_tags);
    CHECK(std::chrono::steady_clock::now() - started < std::chrono::seconds(10));
    CHECK(find(deep_links->diagnostics, "never closed with ']]'"));
    CHECK(deep_macros->diagnostics.warning_count() > 100);  // counted, only the first hundred kept
    CHECK(deep_macros->diagnostics.items().size() <= 2 * frontdesk::DiagnosticList::default_kept);
    CHECK(deep_tags->ok());
}

TEST_CASE("twine hostile: thousands of passages of one name, and of broken links, stay quick") {
    std::string story = ":: Start\n";
    for (int i = 0; i < 20'000; ++i) story += "[[Same]] [[Missing " + std::to_string(i) + "]]\n";
    for (int i = 0; i < 20'000; ++i) story += ":: Same\nx\n";
    auto started = std::chrono::steady_clock::now();
    auto imported = frontdesk::test::run_within_limit<TwineImport>([&] { return import_text(story); });
    REQUIRE(imported);
    CHECK(std::chrono::steady_clock::now() - started < std::chrono::seconds(10));
    CHECK(imported->diagnostics.error_count() == 20'000);
    CHECK(find(imported->diagnostics, "passage name 'Same' is used twice"));
}

TEST_CASE("twine hostile: malformed HTML is read as far as it goes, never hanging") {
    const char* broken[] = {
        "<tw-storydata",
        "<tw-storydata name=\"s",
        "<tw-storydata name='s' startnode=1><tw-passagedata pid=1 name=A>Hi",
        "<tw-storydata startnode=\"1\"><tw-passagedata pid=\"1\" name=\"A\"",
        "<tw-storydata startnode=\"1\"><tw-passagedata pid=\"1\" name=\"A\">a<tw-passagedata pid=\"2\" name=\"B\">b</tw-storydata>",
        "<TW-STORYDATA startnode=\"1\"><TW-PASSAGEDATA pid=\"1\" name=\"A\">Hi</TW-PASSAGEDATA></TW-STORYDATA>",
        "<tw-storydata = = / \"\" startnode=\"1\"><tw-passagedata/ pid=\"1\" name=\"A\">&#;&#x;&amp</tw-passagedata>",
    };
    for (const char* text : broken) {
        CAPTURE(text);
        auto imported = frontdesk::test::run_within_limit<TwineImport>([&] { return import_text(text, "broken.html"); });
        REQUIRE(imported);
        CHECK((imported->ok() || imported->diagnostics.has_errors()));
        CHECK_FALSE(imported->diagnostics.items().empty());
    }
}

TEST_CASE("twine hostile: a missing file and a folder are told apart") {
    TwineImport missing = frontdesk::import_twine_file(twine_fixture("no-such-story.twee"), {});
    CHECK(find(missing.diagnostics, "no such file"));
    TwineImport folder = frontdesk::import_twine_file(std::string(FRONTDESK_FIXTURE_DIR) + "/twine", {});
    CHECK(find(folder.diagnostics, "is a folder; give the story's .twee or .html file"));
}

}  // TEST_SUITE
