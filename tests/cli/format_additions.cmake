# CLI tests for the format additions of issue 9 (included from CMakeLists.txt; same frontdesk_cli_test helper
# and variables): what lint prints for each new key's mistakes, exactly as a trainer sees it.
foreach(fixture narration conditional-goto)
  frontdesk_cli_test("lint_${fixture}" --exit 1 --golden "${GOLDEN}/lint-${fixture}.txt"
    -- ${FD} lint "tests/fixtures/lint/${fixture}.yaml")
endforeach()
