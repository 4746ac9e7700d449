# CLI tests for report_language (included from CMakeLists.txt; same frontdesk_cli_test helper and variables):
# `frontdesk report --lang it` in every format against its golden file (JSON against the English one: it is
# the same in every language), the default and an explicit --lang en, and a wrong language.
foreach(format_and_extension table:txt csv:csv html:html)
  string(REPLACE ":" ";" pair "${format_and_extension}")
  list(GET pair 0 format)
  list(GET pair 1 extension)
  frontdesk_cli_test("report_it_${format}" --exit 0 --golden "${GOLDEN}/report-example-it.${extension}"
    -- ${FD} report --db "${FRONTDESK_REPORT_DB}" --format ${format} --lang it)
endforeach()
frontdesk_cli_test(report_it_json_unchanged --exit 0 --golden "${GOLDEN}/report-example.json"
  -- ${FD} report --db "${FRONTDESK_REPORT_DB}" --format json --lang it)
frontdesk_cli_test(report_en_explicit --exit 0 --golden "${GOLDEN}/report-example.txt"
  -- ${FD} report --db "${FRONTDESK_REPORT_DB}" --lang en)
frontdesk_cli_test(report_it_filtered --exit 0 --expect "^Filtro: gruppo spring-2026. dal 06/03/2026$"
  --expect "^Risultati della formazione: 3 partecipanti, 3 tentativi, 3 conclusi, 1 superato. media complessiva 47%$"
  -- ${FD} report --db "${FRONTDESK_REPORT_DB}" --cohort spring-2026 --since 2026-03-06 --lang it)
frontdesk_cli_test(report_bad_language --exit 2 --expect "--lang: fr not in" -- ${FD} report --db "${FRONTDESK_REPORT_DB}" --lang fr)
set_tests_properties(cli.report_it_table cli.report_it_csv cli.report_it_html cli.report_it_json_unchanged cli.report_en_explicit
  cli.report_it_filtered cli.report_bad_language
  PROPERTIES FIXTURES_REQUIRED report_db)
