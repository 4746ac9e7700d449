# CLI tests for the Italian diagnostics (included last from CMakeLists.txt; same frontdesk_cli_test helper and
# variables): lint, analyze and playtest with --lang it against their Italian golden files, the language taken
# from LANG when there is no --lang, and --lang en or a C locale keeping the English goldens byte for byte.

# The trainers' tools speak the locale's language when no --lang is given, so every test defined so far (whose
# goldens are English) runs in the C.UTF-8 locale, whatever the machine running the tests is set to (UTF-8, as
# the scripts that pass non-ASCII arguments with $'\u...' need).
get_property(FRONTDESK_ENGLISH_TESTS DIRECTORY PROPERTY TESTS)
if(FRONTDESK_ENGLISH_TESTS)
  set_property(TEST ${FRONTDESK_ENGLISH_TESTS} APPEND PROPERTY ENVIRONMENT "LC_ALL=C.UTF-8")
endif()

# With --lang it: errors and the summary, warnings only (exit 0), the house rules, and a YAML syntax hint.
foreach(fixture typo-and-missing-node bad-values)
  frontdesk_cli_test("lint_${fixture}_it" --exit 1 --golden "${GOLDEN}/lint-${fixture}-it.txt"
    -- ${FD} lint --lang it "tests/fixtures/lint/${fixture}.yaml")
endforeach()
frontdesk_cli_test(lint_warnings_it --exit 0 --golden "${GOLDEN}/lint-warnings-it.txt"
  -- ${FD} lint --lang it tests/fixtures/lint/warnings.yaml)
frontdesk_cli_test(lint_house_rules_it --exit 0 --golden "${GOLDEN}/lint-house-rules-it.txt"
  -- ${FD} lint --lang it --house-rules tests/fixtures/house-rules/house-rules-short.yaml)
frontdesk_cli_test(lint_strict_it --exit 1 --expect "^1 file controllato: 0 errori, 5 avvisi \\(--strict: anche gli avvisi fanno fallire il controllo\\)$"
  -- ${FD} lint --lang it --strict tests/fixtures/lint/warnings.yaml)
frontdesk_cli_test(lint_missing_path_it --exit 1 --expect "no-such-file.yaml: errore: file o cartella inesistente"
  --expect "^0 file controllati: 1 errore, 0 avvisi$" -- ${FD} lint --lang it no-such-file.yaml)

# The language from the locale: LANG=it_IT.UTF-8 and no --lang is the same as --lang it; --lang en wins over
# the locale; LC_ALL=C wins over LANG.
frontdesk_cli_test(lint_locale_it --exit 1 --golden "${GOLDEN}/lint-typo-and-missing-node-it.txt"
  -- ${CMAKE_COMMAND} -E env --unset=LC_ALL --unset=LC_MESSAGES LANG=it_IT.UTF-8
     ${FD} lint tests/fixtures/lint/typo-and-missing-node.yaml)
frontdesk_cli_test(lint_locale_it_lang_en --exit 1 --golden "${GOLDEN}/lint-typo-and-missing-node.txt"
  -- ${CMAKE_COMMAND} -E env --unset=LC_ALL --unset=LC_MESSAGES LANG=it_IT.UTF-8
     ${FD} lint --lang en tests/fixtures/lint/typo-and-missing-node.yaml)
frontdesk_cli_test(lint_locale_c_over_it --exit 1 --golden "${GOLDEN}/lint-typo-and-missing-node.txt"
  -- ${CMAKE_COMMAND} -E env LC_ALL=C LANG=it_IT.UTF-8 ${FD} lint tests/fixtures/lint/typo-and-missing-node.yaml)
frontdesk_cli_test(lint_bad_language --exit 2 --expect "--lang: fr not in" -- ${FD} lint --lang fr tests/fixtures/lint/warnings.yaml)

# analyze and playtest: their diagnostics and their reports.
frontdesk_cli_test(analyze_text_it --exit 0 --golden "${GOLDEN}/analyze-example-it.txt" -- ${FD} analyze --lang it ${EXAMPLE})
frontdesk_cli_test(analyze_json_lang_en_over_locale --exit 0 --golden "${GOLDEN}/analyze-example.json"
  -- ${CMAKE_COMMAND} -E env --unset=LC_ALL --unset=LC_MESSAGES LANG=it_IT.UTF-8 ${FD} analyze --json --lang en ${EXAMPLE})
frontdesk_cli_test(playtest_it --exit 0 --golden "${GOLDEN}/playtest-example-it.txt" -- ${FD} playtest --lang it ${EXAMPLE} --runs 500 --seed 7)
frontdesk_cli_test(playtest_longest_it --exit 0 --golden "${GOLDEN}/playtest-example-longest-it.txt"
  -- ${FD} playtest --lang it ${EXAMPLE} --strategy longest)
frontdesk_cli_test(playtest_broken_it --exit 1 --expect "conditions.yaml contiene errori. li corregga prima"
  --expect ": errore: condizione non valida: manca un valore prima di 'and'" -- ${FD} playtest --lang it tests/fixtures/lint/conditions.yaml)
