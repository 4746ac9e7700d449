# Tools that catch answer tells: playtest with a rule instead of chance (always the longest answer, the first,
# the most points...), the table of every rule at the end of each report, and the lint warnings.

# playtest --strategy: the rule's whole path, then the table; a rule that gets stuck fails the command.
frontdesk_cli_test(playtest_strategy_longest --exit 0 --golden "${GOLDEN}/playtest-example-longest.txt"
  -- ${FD} playtest ${EXAMPLE} --strategy longest)
# A bundled scenario's table too: the studio's "Tells and balance" test reads this golden, so the window and the
# command line are held to the same figures.
frontdesk_cli_test(playtest_strategy_longest_bundled --exit 0 --golden "${GOLDEN}/playtest-hotel-desk-longest.txt"
  -- ${FD} playtest scenarios/hotel-desk-late-arrival.yaml --strategy longest)
frontdesk_cli_test(playtest_strategy_json --exit 0 --golden "${GOLDEN}/playtest-example-best.json"
  -- ${FD} playtest ${EXAMPLE} --strategy best --json)
frontdesk_cli_test(playtest_strategy_stuck --exit 1 --expect "^  stopped: stuck at 'middle' after 1 answer$"
  --expect "^    shortest closing \\(success\\)  100%  PASS$" -- ${FD} playtest tests/fixtures/play/stuck.yaml --strategy longest)
frontdesk_cli_test(usage_bad_strategy --exit 2 --expect "--strategy: longer not in" -- ${FD} playtest ${EXAMPLE} --strategy longer)

# lint: each tell is a warning with its numbers (a golden per fixture); --strict fails it.
foreach(fixture longest-best shortest-best undeserved-endings)
  frontdesk_cli_test("lint_tells_${fixture}" --exit 0 --golden "${GOLDEN}/lint-tells-${fixture}.txt"
    -- ${FD} lint "tests/fixtures/tells/${fixture}.yaml")
  frontdesk_cli_test("lint_tells_${fixture}_strict" --exit 1 --expect "--strict: warnings fail"
    -- ${FD} lint --strict "tests/fixtures/tells/${fixture}.yaml")
endforeach()
# The player shows a trainee no trainer's warnings: the example has three tells, and none is printed.
frontdesk_cli_test(play_hides_tell_warnings --exit 0 --expect "^=== Wrong invoice: an angry client calls ===$" --golden "${GOLDEN}/play-example-best.txt"
  --input-text "1\n1\n1\n" -- ${FD} play ${EXAMPLE} --no-timer --no-shuffle)

# lint --house-rules: the bundled library's rules as warnings marked [house rule], only when asked for.
frontdesk_cli_test(lint_house_rules --exit 0 --golden "${GOLDEN}/lint-house-rules.txt"
  -- ${FD} lint --house-rules tests/fixtures/house-rules/house-rules-short.yaml)
frontdesk_cli_test(lint_house_rules_strict --exit 1 --expect "0 errors, 8 warnings \\(--strict: warnings fail\\)"
  -- ${FD} lint --strict --house-rules tests/fixtures/house-rules/house-rules-short.yaml)
frontdesk_cli_test(lint_house_rules_off --exit 0 --expect "^1 file checked: 0 errors, 0 warnings$"
  -- ${FD} lint --strict tests/fixtures/house-rules/house-rules-short.yaml)
