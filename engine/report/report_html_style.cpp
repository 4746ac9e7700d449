// The look of the HTML report: one inline style sheet (nothing is fetched), for the screen and for print.
#include "report_html_style.h"

#include "frontdesk/language.h"

namespace frontdesk::report {

const char* const html_style = R"CSS(
:root { --ink: #1c2b3a; --muted: #5b6b7c; --line: #d8dee6; --soft: #f3f5f8; --accent: #1d4e89; --bad: #b3372f; --bad-soft: #fbecea;
        --success: #1f8a57; --partial: #d19a1c; --failure: #c0392b; }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; background: #eef1f5; color: var(--ink); font: 14px/1.45 "DejaVu Sans", "Segoe UI", system-ui, -apple-system, "Helvetica Neue", Arial, sans-serif; }
.page { max-width: 1180px; margin: 0 auto; padding: 28px 28px 40px; }
header.cover { background: #fff; border-top: 6px solid var(--accent); border-radius: 6px; padding: 22px 28px 20px; box-shadow: 0 1px 3px rgba(20,40,70,.08); }
.kicker { margin: 0; color: var(--accent); font-size: 12px; font-weight: bold; letter-spacing: .08em; text-transform: uppercase; }
h1 { margin: 4px 0 6px; font-size: 28px; line-height: 1.2; }
.scope { margin: 0; color: var(--muted); }
.stats { display: flex; flex-wrap: wrap; gap: 10px; margin: 18px 0 0; padding: 0; }
.stats div { flex: 1 1 120px; background: var(--soft); border-radius: 6px; padding: 10px 14px; }
.stats dt { font-size: 12px; color: var(--muted); text-transform: uppercase; letter-spacing: .05em; }
.stats dd { margin: 2px 0 0; font-size: 24px; font-weight: bold; font-variant-numeric: tabular-nums; }
nav.toc { margin: 14px 0 0; font-size: 13px; }
nav.toc ol { display: flex; flex-wrap: wrap; gap: 6px 18px; list-style: none; margin: 0; padding: 0; }
nav.toc a { color: var(--accent); }
section.part { background: #fff; border-radius: 6px; padding: 20px 28px 24px; margin-top: 18px; box-shadow: 0 1px 3px rgba(20,40,70,.08); }
h2 { margin: 0 0 4px; font-size: 20px; color: var(--accent); }
h3 { margin: 22px 0 6px; font-size: 16px; }
h4 { margin: 16px 0 6px; font-size: 14px; }
p.note { margin: 0 0 12px; color: var(--muted); }
code, .id { font-family: "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: 12px; color: #33475b; }
table { width: 100%; border-collapse: collapse; margin: 8px 0 6px; font-size: 13px; }
caption { caption-side: top; text-align: left; font-weight: bold; padding: 4px 0 6px; color: var(--ink); }
caption .sub { font-weight: normal; color: var(--muted); }
th, td { padding: 6px 8px; border-bottom: 1px solid var(--line); text-align: left; vertical-align: top; }
thead th { background: var(--soft); border-bottom: 2px solid #c5ced9; font-size: 12px; color: #33475b; }
tbody th { font-weight: normal; }
tbody tr:nth-child(even) { background: #fafbfd; }
.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.none { color: #9aa6b2; }
.meter { display: inline-block; width: 36px; height: 6px; margin-left: 6px; background: #e3e8ee; border-radius: 3px; vertical-align: middle; overflow: hidden; }
.meter > span { display: block; height: 100%; background: var(--accent); }
.name { font-weight: bold; }
.sub { color: var(--muted); font-size: 12px; }
figure { margin: 14px 0 6px; }
figcaption { color: var(--muted); font-size: 12px; margin-top: 4px; }
svg { display: block; width: 100%; height: auto; }
svg text { font-family: "DejaVu Sans", "Segoe UI", system-ui, Arial, sans-serif; fill: var(--ink); }
.legend { display: flex; flex-wrap: wrap; gap: 4px 16px; margin: 6px 0; padding: 0; list-style: none; font-size: 12px; color: #33475b; }
.legend li::before { content: ""; display: inline-block; width: 12px; height: 12px; margin-right: 6px; border-radius: 2px; vertical-align: -2px; background: var(--swatch); }
.legend li.line::before { height: 3px; vertical-align: 3px; }
.cards { display: flex; flex-direction: column; gap: 14px; }
.card { border: 1px solid var(--line); border-radius: 6px; padding: 12px 16px 8px; }
.card h3 { margin: 0; }
.card .sub { margin: 2px 0 6px; }
.card-body { display: grid; grid-template-columns: 320px 1fr; gap: 20px; align-items: start; }
table.choices { table-layout: fixed; }
table.choices col.answer { width: 9%; } table.choices col.said { width: 47%; } table.choices col.taken { width: 8%; }
table.choices col.share { width: 12%; } table.choices col.score { width: 24%; }
.card table { font-size: 12px; margin-top: 0; }
.card th, .card td { padding: 4px 6px; }
.nowrap { white-space: nowrap; }
.passed { color: var(--success); font-weight: bold; }
thead th.num { white-space: normal; }
td.scenario { min-width: 13em; }
.ending { display: inline-block; padding: 0 7px; border-radius: 9px; font-size: 12px; color: #fff; }
.ending.success { background: var(--success); } .ending.partial { background: #a87408; } .ending.failure { background: var(--failure); }
tr.costly td, tr.costly th { background: var(--bad-soft); }
tr.costly td:first-child { box-shadow: inset 4px 0 0 var(--bad); }
.tag { display: inline-block; margin-left: 6px; padding: 0 6px; border-radius: 9px; font-size: 11px; font-weight: bold; white-space: nowrap; }
.tag.cost { color: var(--bad); border: 1px solid var(--bad); }
.tag.top { color: #fff; background: var(--bad); }
tr.costly .meter > span { background: var(--bad); }
ol.pitfalls { margin: 8px 0 4px; padding-left: 22px; }
ol.pitfalls li { margin: 0 0 8px; padding: 8px 12px; background: var(--bad-soft); border-left: 4px solid var(--bad); border-radius: 0 4px 4px 0; }
ol.pitfalls .said { font-weight: bold; }
.scenario-block { margin-top: 10px; }
footer { margin-top: 18px; color: var(--muted); font-size: 12px; }
.limit { color: var(--muted); font-style: italic; }
@page { size: A4; margin: 14mm 12mm 16mm; }
@media print {
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  body { background: #fff; font-size: 10pt; }
  .page { max-width: none; padding: 0; }
  header.cover, section.part { box-shadow: none; border-radius: 0; padding: 0; margin: 0; }
  header.cover { border-top: 4px solid var(--accent); padding-top: 10px; }
  section.part { margin-top: 8mm; }
  section.part.new-page { break-before: page; }
  nav.toc { display: none; }
  h2, h3, h4, caption { break-after: avoid; }
  figure, .card, tr, ol.pitfalls li, .stats { break-inside: avoid; }
  thead { display: table-header-group; }
  .cards { gap: 5mm; }
  .card-body { display: block; }
  .card-body svg { width: 46%; margin-bottom: 2mm; }
  table.choices { break-inside: avoid; }
  tbody th[scope="row"] { min-width: 8.5em; }
  .meter { width: 22px; margin-left: 3px; }
  th, td { padding: 4px 5px; }
  a { color: inherit; text-decoration: none; }
}
)CSS";

// Italian headings, ending and skill names are longer ("Complessivo", "fallimento", "soluzione dei problemi"):
// without this the table of each trainee's sessions runs past its card at a laptop's width, and a choice's
// points break before their number. English needs nothing more.
const char* html_style_for(Language language) {
    if (language == Language::it)
        return "td.scenario { min-width: 9em; }\n.card th, .card td { padding: 4px 5px; }\n"
               "table.choices col.said { width: 43%; } table.choices col.score { width: 28%; }\n";
    return "";
}

}  // namespace frontdesk::report
