# Tools that catch answer tells: playtest with a rule instead of chance (always the longest answer, the first,
# the most points...), the table of every rule at the end of each report, and the lint warnings.

# playtest --strategy: the rule's whole path, then the table; a rule that gets stuck fails the command.
frontdesk_cli_test(playtest_strategy_longest --exit 0 --golden "${GOLDEN}/playtest-example-longest.txt"
  -- ${FD} playtest ${EXAMPLE} --strategy longest)
frontdesk_cli_test(playtest_strategy_json --exit 0 --golden "${GOLDEN}/playtest-example-best.json"
  -- ${FD} playtest ${EXAMPLE} --strategy best --json)
frontdesk_cli_test(playtest_strategy_stuck --exit 1 --expect "^  stopped: stuck at 'middle' after 1 answer$"
  --expect "^    shortest closing \\(success\\)  100%  PASS$" -- ${FD} playtest tests/fixtures/play/stuck.yaml --strategy longest)
frontdesk_cli_test(usage_bad_strategy --exit 2 --expect "--strategy: longer not in" -- ${FD} playtest ${EXAMPLE} --strategy longer)
