# CLI tests for the format additions of issue 9 (included from CMakeLists.txt; same frontdesk_cli_test helper
# and variables): what lint prints for each new key's mistakes, exactly as a trainer sees it.
foreach(fixture narration conditional-goto)
  frontdesk_cli_test("lint_${fixture}" --exit 1 --golden "${GOLDEN}/lint-${fixture}.txt"
    -- ${FD} lint "tests/fixtures/lint/${fixture}.yaml")
endforeach()

# Friendlier YAML errors: each mistake non-programmers make gets a message that names the fix, at the culprit.
set(MISTAKES tests/fixtures/yaml-mistakes)
frontdesk_cli_test(yaml_mistake_indent --exit 1
  --expect "indent.yaml:20:11: error: YAML syntax: line 20 is indented 10 spaces, more than line 19 above it \\(8 spaces\\), which does not open a block[;] keys of the same map line up, so indent line 20 with 8 spaces"
  -- ${FD} lint ${MISTAKES}/indent.yaml)
frontdesk_cli_test(yaml_mistake_under_indent --exit 1
  --expect "under.yaml:20:8: error: YAML syntax: line 20 is indented 7 spaces, which lines up with no line above it[;] indent it 8 spaces \\(like line 17\\)$"
  -- ${FD} lint ${MISTAKES}/under.yaml)
frontdesk_cli_test(yaml_mistake_apostrophe --exit 1
  --expect "apostrophe.yaml:21:16: error: YAML syntax: an apostrophe inside 'single quotes' ends the text early[;] write the text in double quotes, \"L'ufficio è chiuso.\", or double the apostrophe: 'L''ufficio è chiuso.'"
  -- ${FD} lint ${MISTAKES}/apostrophe.yaml)
frontdesk_cli_test(yaml_mistake_typographic_quotes --exit 0
  --expect "typo-quotes.yaml:21:14: warning: this text is between typographic quotes \\(“...”\\), which YAML does not read as quotes"
  -- ${FD} lint ${MISTAKES}/typo-quotes.yaml)
frontdesk_cli_test(yaml_mistake_spaced_minus --exit 1
  --expect "mood-dash.yaml:20:15: error: YAML syntax: '- 5' starts a list here, because of the space after the minus[;] write the number with the minus against it: -5"
  -- ${FD} lint ${MISTAKES}/mood-dash.yaml)
frontdesk_cli_test(yaml_mistake_missing_dash --exit 1
  --expect "missing-dash.yaml:21:9: error: duplicate key 'say' in choice 1 of node 'a' \\(first defined at line 17, column 9\\)[;] if line 21 starts another choice, begin it with '- ' \\('- say: ...'\\)"
  -- ${FD} lint ${MISTAKES}/missing-dash.yaml)
# After a structural error, reachability is not known: no "cannot be reached" warnings bury the error.
frontdesk_cli_test(structural_error_holds_back_reachability --exit 1 --expect "1 file checked: 2 errors, 0 warnings"
  -- ${FD} lint tests/fixtures/yaml-mistakes/unknown-node.yaml)
