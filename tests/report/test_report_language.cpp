// The report in English and Italian, rendered from a ReportData built here (no database): words from the
// interface text, Italian numbers, dates and CSV separators, <html lang>, JSON unchanged by language.
#include <doctest/doctest.h>

#include <cstring>
#include <sstream>
#include <string>

#include "frontdesk/interface_text.h"
#include "frontdesk/report_formats.h"

using namespace frontdesk;

namespace {

ChoiceShare choice(int index, std::string said, int count, double share, std::vector<std::pair<std::string, int>> score) {
    ChoiceShare c;
    c.choice = index;
    c.said = std::move(said);
    c.count = count;
    c.share = share;
    c.score = std::move(score);
    for (const auto& [skill, points] : c.score) c.points += points;
    c.costly = c.points < 0;
    return c;
}

ReportSession session(std::int64_t id, const std::string& scenario, const std::string& language, const std::string& start,
                      const std::string& ending, double overall, bool passed) {
    ReportSession s;
    s.id = id;
    s.scenario_id = scenario;
    s.scenario_title = scenario == "wrong-invoice" ? "Wrong invoice: an angry client calls" : "Reclamo allo sportello";
    s.scenario_language = language;
    s.started_at = start + ":00.000Z";
    s.ended_at = start.substr(0, 14) + "05:30.000Z";
    s.ending = ending;
    s.skills = {{4, 100.0}, {1, 33.333}, {0, 0.0}};
    s.overall = overall;
    s.passed = passed;
    return s;
}

// Two trainees (one with a semicolon in the name), an English and an Italian scenario, a costly timeout.
ReportData sample_report() {
    ReportData report;
    report.skills = {"listening", "respect", "problem_solving"};
    TraineeReport ann;
    ann.id = "ann";
    ann.display_name = "Bianchi; Ann";
    ann.cohort = "spring";
    ann.attempts = 2;
    ann.finished = 2;
    ann.passed = 1;
    ann.last_practice = "2026-03-06T15:00:00.000Z";
    ann.skill_means = {100.0, 66.6667, std::nullopt};
    ann.overall_mean = 55.5556;
    ann.latest_overall = 100.0;
    ann.trend = {session(1, "wrong-invoice", "en", "2026-03-02T09:00", "partial", 55.5556, false),
                 session(2, "sportello", "it", "2026-03-06T15:00", "success", 100.0, true)};
    TraineeReport dana;
    dana.id = "dana";
    dana.display_name = "Dana Ek";
    dana.skill_means = {std::nullopt, std::nullopt, std::nullopt};
    report.trainees = {ann, dana};

    ScenarioReport invoice;
    invoice.id = "wrong-invoice";
    invoice.title = "Wrong invoice: an angry client calls";
    invoice.language = "en";
    invoice.attempts = 1;
    invoice.finished = 1;
    invoice.skill_means = {100.0, 33.333, 0.0};
    invoice.overall_mean = 55.5556;
    invoice.endings = {1, 1, 2};
    NodeReport opening;
    opening.node = "opening";
    opening.reached = 1;
    opening.decisions = 1;
    opening.choices = {choice(-1, "", 1, 1.0, {{"listening", -1}})};
    invoice.nodes = {opening};

    ScenarioReport desk;
    desk.id = "sportello";
    desk.title = "Reclamo allo sportello";
    desk.language = "it";
    desk.attempts = 1;
    desk.finished = 1;
    desk.passed = 1;
    desk.skill_means = {100.0, 100.0, 100.0};
    desk.overall_mean = 100.0;
    desk.endings = {1, 0, 0};
    NodeReport arrival;
    arrival.node = "arrivo";
    arrival.reached = 1;
    arrival.decisions = 1;
    arrival.choices = {choice(0, "Mi scusi per l'attesa.", 1, 1.0, {{"listening", 2}, {"respect", 2}})};
    desk.nodes = {arrival};
    report.scenarios = {invoice, desk};

    report.pitfalls = {{0, 0, 0}};
    report.attempts = 2;
    report.finished = 2;
    report.passed = 1;
    report.overall_mean = 77.7778;
    report.first_started = "2026-03-02T09:00:00.000Z";
    report.last_started = "2026-03-06T15:00:00.000Z";
    return report;
}

std::string rendered(const ReportData& report, ReportFormat format, Language language) {
    std::ostringstream out;
    write_report(report, format, language, out);
    return out.str();
}

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

const std::size_t first_report_key = static_cast<std::size_t>(Ui::report_title);
const std::size_t last_report_key = static_cast<std::size_t>(Ui::report_csv_passed);

}  // namespace

TEST_CASE("report words: every key has markup-free text in both languages") {
    // The HTML writer puts interface texts into the page as they are, so none may hold markup characters.
    for (std::size_t key = first_report_key; key <= last_report_key; ++key) {
        for (Language language : {Language::en, Language::it}) {
            std::string text = ui_text(language, static_cast<Ui>(key), {"1", "2", "3", "4", "5"});
            CAPTURE(key);
            CAPTURE(text);
            CHECK(text.find_first_of("<>&\"") == std::string::npos);
        }
    }
}

TEST_CASE("report language: English stays the default") {
    ReportData report = sample_report();
    for (ReportFormat format : {ReportFormat::table, ReportFormat::csv, ReportFormat::json, ReportFormat::html}) {
        std::ostringstream default_language;
        write_report(report, format, default_language);
        CHECK(default_language.str() == rendered(report, format, Language::en));
    }
}

TEST_CASE("report language: the Italian table") {
    std::string table = rendered(sample_report(), ReportFormat::table, Language::it);
    CHECK(table.rfind("Risultati della formazione: 2 partecipanti, 2 tentativi, 2 conclusi, 1 superato; media complessiva 77%\n", 0) == 0);
    CHECK(contains(table, "Sessioni avviate dal 02/03/2026 09:00 al 06/03/2026 15:00 (UTC)\n"));
    CHECK(contains(table, "Partecipante  Nome"));
    CHECK(contains(table, "Ultima esercitazione"));
    CHECK(contains(table, "06/03/2026 15:00"));
    CHECK(contains(table, "  mai  "));
    CHECK(contains(table, "Successo  Parziale  Fallimento"));
    CHECK(contains(table, "Soluzione dei problemi"));
    // The timeout as a pitfall: "nessuna risposta", chosen once out of one.
    CHECK(contains(table, "  1. wrong-invoice, nodo opening, nessuna risposta: scelta 1 volta su 1 (100%), ascolto -1\n"));
    CHECK(contains(table, "     (nessuna risposta in tempo)\n"));
    CHECK(contains(table, "    opening: raggiunto in 1 sessione, 1 risposta\n"));
    CHECK(contains(table, "nessuna !"));
    CHECK(contains(table, "ascolto +2, rispetto +2"));
    CHECK(contains(table, "02/03/2026 09:05  wrong-invoice  parziale"));
    CHECK(contains(table, "  sì\n"));
    // No English word of the report's own is left (the scenario's title is data and stays as written).
    for (const char* english : {"Training", "Trainee", "Attempts", "Finished", "Passed", "Overall", "Latest", "never", "node ", "answer",
                                "taken", "partial", "failure", "listening", "yes", "Ended", "Ending", "Score", "Share"})
        CHECK_MESSAGE(!contains(table, english), std::string(english));
}

TEST_CASE("report language: the English table says a timeout as a pitfall plainly") {
    std::string table = rendered(sample_report(), ReportFormat::table, Language::en);
    CHECK(contains(table, "  1. wrong-invoice, node opening, no answer: taken 1 of 1 time (100%), listening -1\n"));
    CHECK(contains(table, "    opening: reached in 1 session, 1 decision\n"));
}

TEST_CASE("report language: Italian dates in a filter") {
    ReportData report = sample_report();
    report.filter.cohort = "spring";
    report.filter.since = "2026-03-01";
    CHECK(contains(rendered(report, ReportFormat::table, Language::it), "\nFiltro: gruppo spring; dal 01/03/2026\n"));
    CHECK(contains(rendered(report, ReportFormat::table, Language::en), "\nFilter: cohort spring; since 2026-03-01\n"));
    report.filter.since = "2026-03-01T09:30:15.250Z";
    CHECK(contains(rendered(report, ReportFormat::table, Language::it), "dal 01/03/2026 09:30:15\n"));
    report.filter.since = "2026-03-01T09:30";
    CHECK(contains(rendered(report, ReportFormat::table, Language::it), "dal 01/03/2026 09:30\n"));
}

TEST_CASE("report language: the Italian CSV opens in an Italian spreadsheet") {
    std::string sheet = rendered(sample_report(), ReportFormat::csv, Language::it);
    CHECK(sheet.rfind("\xEF\xBB\xBFPartecipante;Nome;Gruppo;Sessione;Scenario;Titolo dello scenario;Lingua dello scenario;Inizio (UTC);Fine (UTC);Esito;"
                      "Ascolto (punti);Ascolto (%);Rispetto (punti);Rispetto (%);Soluzione dei problemi (punti);Soluzione dei problemi (%);"
                      "Complessivo (%);Superato\r\n",
                      0) == 0);
    // Semicolons between fields, commas in decimals; a name holding the separator is quoted, one with a comma need not be.
    CHECK(contains(sheet, "\r\nann;\"Bianchi; Ann\";spring;1;wrong-invoice;Wrong invoice: an angry client calls;en;02/03/2026 09:00:00;"
                          "02/03/2026 09:05:30;parziale;4;100,0;1;33,3;0;0,0;55,6;no\r\n"));
    CHECK(contains(sheet, ";successo;4;100,0;1;33,3;0;0,0;100,0;sì\r\n"));
    std::size_t rows = 0;
    for (std::size_t at = sheet.find("\r\n"); at != std::string::npos; at = sheet.find("\r\n", at + 2)) ++rows;
    CHECK(rows == 1 + 2);
    CHECK(sheet.find('\n') == sheet.find("\r\n") + 1);  // CRLF, never a bare LF
}

TEST_CASE("report language: CSV fields are quoted for the separator in use") {
    CHECK(csv_field("Rossi, Jr.", ';') == "Rossi, Jr.");
    CHECK(csv_field("Rossi; Jr.", ';') == "\"Rossi; Jr.\"");
    CHECK(csv_field("Rossi; Jr.") == "Rossi; Jr.");
    CHECK(csv_field("say \"hi\"", ';') == "\"say \"\"hi\"\"\"");
    CHECK(csv_field("=SOMMA(A1;A2)", ';') == "\"'=SOMMA(A1;A2)\"");
    CHECK(csv_field("-1", ';') == "'-1");
}

TEST_CASE("report language: JSON is the same in every language") {
    ReportData report = sample_report();
    std::string english = rendered(report, ReportFormat::json, Language::en);
    CHECK(rendered(report, ReportFormat::json, Language::it) == english);
    CHECK(contains(english, "\"ending\": \"partial\""));
    CHECK(contains(english, "\"overall_mean\": 55.56"));
}

TEST_CASE("report language: the Italian HTML page") {
    std::string page = rendered(sample_report(), ReportFormat::html, Language::it);
    CHECK(page.rfind("<!DOCTYPE html>\n<html lang=\"it\">", 0) == 0);
    CHECK(contains(page, "<title>Risultati della formazione</title>"));
    CHECK(contains(page, "<dt>Media complessiva</dt><dd>77%</dd>"));
    CHECK(contains(page, "<nav class=\"toc\" aria-label=\"Indice\">"));
    CHECK(contains(page, "<h2 id=\"choices-title\">Dove si sbaglia</h2>"));
    CHECK(contains(page, "<span class=\"ending partial\">parziale</span>"));  // the class stays the code, the words change
    CHECK(contains(page, ">02/03/2026</text>"));                                // the trend chart's first date
    CHECK(contains(page, "Nodo <code>opening</code> <span class=\"sub\">raggiunto in 1 sessione, 1 risposta</span>"));
    CHECK(contains(page, "<span class=\"tag top\">errore frequente n. 1</span>"));
    // Scenario text in English is marked as English; Italian text in the Italian page needs no mark.
    CHECK(contains(page, "<span class=\"name\" lang=\"en\">Wrong invoice: an angry client calls</span>"));
    CHECK(contains(page, "<span class=\"name\">Reclamo allo sportello</span>"));
    CHECK_FALSE(contains(page, "lang=\"it\"><"));
    // Coordinates keep the dot: a comma would break the SVG and the CSS.
    CHECK(contains(page, "style=\"width:33.3%\""));
    CHECK(contains(page, "viewBox=\"0 0 760.0 "));
    std::string body = page.substr(page.find("</style>"));  // the style sheet's class names are code, not words
    for (const char* english : {"Training", "Trainees", "Attempts", "Finished", "Passed", "Overall", "never", "taken ", ">partial",
                                "Where people", "Progress over time", "Contents", "no finished session", "No answer in time", "common mistake"})
        CHECK_MESSAGE(!contains(body, english), std::string(english));
}

TEST_CASE("report language: a timeout among the pitfalls is the report's words, not the scenario's language") {
    // Before: the span said "No answer in time" (the report's language) but was marked with the scenario's.
    ReportData report = sample_report();
    report.scenarios[0].language = "it";
    std::string page = rendered(report, ReportFormat::html, Language::en);
    CHECK(contains(page, "<li><span class=\"said\">No answer in time</span>"));
}

TEST_CASE("report language: an ending's word is shown in a bar only where it fits") {
    ReportData report = sample_report();  // wrong-invoice: 1 success, 1 partial, 2 failure; each single bar is 122 px wide
    std::string italian = rendered(report, ReportFormat::html, Language::it);
    CHECK(contains(italian, ">1 successo (25%)</text>"));
    CHECK(contains(italian, ">2 fallimenti (50%)</text>"));
    report.scenarios[0].endings = {2, 1, 1};
    italian = rendered(report, ReportFormat::html, Language::it);
    CHECK(contains(italian, ">1 (25%)</text>"));  // "1 fallimento (25%)" needs about 125 px
    CHECK_FALSE(contains(italian, ">1 fallimento (25%)</text>"));
}
