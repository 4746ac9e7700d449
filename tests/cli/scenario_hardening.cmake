# CLI tests for scenario_hardening (included from CMakeLists.txt; same frontdesk_cli_test helper and variables).
# Hostile scenario files as a trainer's terminal or a CI log meets them: every command ends with its located
# errors and exit code 1, never a crash; nothing from a file prints raw. Small fixtures are committed in
# tests/fixtures/hostile; the large or binary ones are written here, at configure time, into the build tree.
# (A '[' in an --expect pattern would stop CMake splitting the arguments after it: '.' stands in for it.)
set(HOSTILE "tests/fixtures/hostile")
set(GENERATED "${CMAKE_CURRENT_BINARY_DIR}/hostile")
file(MAKE_DIRECTORY "${GENERATED}")
file(READ "${PROJECT_SOURCE_DIR}/tests/fixtures/example/angry-client-wrong-invoice.yaml" EXAMPLE_TEXT)

# The example with its first condition replaced.
function(hostile_condition_file name condition)
  string(REPLACE "if: \"mood >= 20 and not asked_number\"" "if: \"${condition}\"" text "${EXAMPLE_TEXT}")
  file(WRITE "${GENERATED}/${name}/angry-client-wrong-invoice.yaml" "${text}")
endfunction()

string(REPEAT "(" 20000 open)
string(REPEAT ")" 20000 close)
hostile_condition_file(deep-parentheses "${open}mood${close}")
string(REPEAT "not " 60000 nots)
hostile_condition_file(many-nots "${nots}mood")
string(REPEAT "{}," 2000000 flow)
file(WRITE "${GENERATED}/flow-list.yaml" "[${flow}{}]\n")
string(ASCII 27 escape)
string(ASCII 7 bell)
file(WRITE "${GENERATED}/raw-controls.yaml" "# ${escape}[2J clears the screen\n${EXAMPLE_TEXT}# ${bell}\n")
set(keys "")
foreach(i RANGE 1 20000)
  string(APPEND keys "k${i}: 1\n")
endforeach()
file(WRITE "${GENERATED}/many-diagnostics/angry-client-wrong-invoice.yaml" "${EXAMPLE_TEXT}${keys}")
set(deep "${GENERATED}/deep-folders")
foreach(level RANGE 1 20)
  string(APPEND deep "/d")
endforeach()
file(WRITE "${deep}/angry-client-wrong-invoice.yaml" "${EXAMPLE_TEXT}")

# A condition nested 20,000 deep (once a stack overflow in every command): one located error each.
frontdesk_cli_test(hostile_lint_deep_parentheses --exit 1 --expect "yaml:29:46: error: invalid condition: nested too deeply"
  --expect "at most 32 levels" --expect "^1 file checked: 1 error, 0 warnings$"
  -- ${FD} lint "${GENERATED}/deep-parentheses")
frontdesk_cli_test(hostile_lint_many_nots --exit 1 --expect "yaml:29:142: error: invalid condition: nested too deeply"
  -- ${FD} lint "${GENERATED}/many-nots")
frontdesk_cli_test(hostile_analyze_deep_parentheses --exit 1 --expect "nested too deeply"
  -- ${FD} analyze "${GENERATED}/deep-parentheses/angry-client-wrong-invoice.yaml")
frontdesk_cli_test(hostile_play_deep_parentheses --exit 1 --expect "has errors"
  -- ${FD} play "${GENERATED}/deep-parentheses/angry-client-wrong-invoice.yaml")
frontdesk_cli_test(hostile_playtest_deep_parentheses --exit 1 --expect "has errors"
  -- ${FD} playtest "${GENERATED}/deep-parentheses/angry-client-wrong-invoice.yaml")
frontdesk_cli_test(hostile_list_deep_parentheses --exit 1 --expect "^angry-client-wrong-invoice .* 1 errors +Wrong invoice"
  -- ${FD} list "${GENERATED}/deep-parentheses")

# Memory: a 6 MB flow list is refused at its '[' instead of costing 700 MB.
frontdesk_cli_test(hostile_lint_flow_list --exit 1 --expect "flow-list.yaml:1:1: error: \\[list\\] longer than 256 KB"
  --expect "write the list as indented lines" -- ${FD} lint "${GENERATED}/flow-list.yaml")

# Control characters: escapes in text, and raw bytes in the file; printed escaped by every command.
frontdesk_cli_test(hostile_lint_terminal_text --exit 1 --golden "${GOLDEN}/lint-terminal-text.txt" -- ${FD} lint "${HOSTILE}/terminal-text.yaml")
frontdesk_cli_test(hostile_lint_raw_controls --exit 1
  --expect "raw-controls.yaml:1:3: error: control character U\\+001B \\(escape\\) in the file"
  --expect "raw-controls.yaml:[0-9]+:3: error: control character U\\+0007 \\(bell\\) in the file"
  --expect "^ 1 \\| # \\\\x1b.2J clears the screen$" -- ${FD} lint "${GENERATED}/raw-controls.yaml")
frontdesk_cli_test(hostile_list_terminal_text --exit 1 --expect "^terminal-text .* Evil\\\\x1b.2J title\\\\x07$"
  -- ${FD} list "${HOSTILE}")
frontdesk_cli_test(hostile_analyze_terminal_text --exit 1 --expect "^Evil\\\\x1b.2J title\\\\x07 \\(terminal-text\\)$"
  -- ${FD} analyze "${HOSTILE}/terminal-text.yaml")
frontdesk_cli_test(hostile_analyze_json_terminal_text --exit 1 --expect "\"scenario\": \"terminal-text\""
  -- ${FD} analyze --json "${HOSTILE}/terminal-text.yaml")
frontdesk_cli_test(hostile_graph_terminal_text --exit 1 --expect "Hello\\.\\\\x08\\\\x08" -- ${FD} graph "${HOSTILE}/terminal-text.yaml")

# A key holding a line break cannot forge a diagnostic line.
frontdesk_cli_test(hostile_lint_forged_key --exit 1 --golden "${GOLDEN}/lint-forged-key.txt" -- ${FD} lint "${HOSTILE}/forged-key.yaml")

# Diagnostics: the first 100 are printed, the rest counted.
frontdesk_cli_test(hostile_lint_many_diagnostics --exit 1 --expect "angry-client-wrong-invoice.yaml: \\.\\.\\. and 19,900 more errors$"
  --expect "^1 file checked: 20000 errors, 0 warnings$" -- ${FD} lint "${GENERATED}/many-diagnostics")

# The library: ids across files, ids against file names, folders too deep.
frontdesk_cli_test(hostile_lint_duplicate_ids --exit 1 --golden "${GOLDEN}/lint-duplicate-ids.txt" -- ${FD} lint "${HOSTILE}/duplicate-ids")
frontdesk_cli_test(hostile_list_duplicate_ids --exit 1 --expect "^same-id .* 1 errors +The newer copy$" -- ${FD} list "${HOSTILE}/duplicate-ids")
frontdesk_cli_test(hostile_lint_misnamed --exit 0 --golden "${GOLDEN}/lint-misnamed.txt" -- ${FD} lint "${HOSTILE}/misnamed.yaml")
frontdesk_cli_test(hostile_lint_misnamed_strict --exit 1 --expect "--strict: warnings fail" -- ${FD} lint --strict "${HOSTILE}/misnamed.yaml")
frontdesk_cli_test(hostile_lint_deep_folders --exit 1 --expect "deep-folders(/d){17}: error: more than 16 folder levels below"
  --expect "^0 files checked" -- ${FD} lint "${GENERATED}/deep-folders")
