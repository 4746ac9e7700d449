# CLI tests for results_safety (included from CMakeLists.txt; same frontdesk_cli_test helper and variables):
# names that are not text, damaged rows, outputs aimed at the database, devices, a read-only folder, and a
# forget while another program reads (results_safety.sh).
find_program(FRONTDESK_SQLITE3_CLI sqlite3)
if(NOT FRONTDESK_SQLITE3_CLI)
  set(FRONTDESK_SQLITE3_CLI none)
endif()
add_test(NAME cli.results_safety
  COMMAND "${CMAKE_CURRENT_SOURCE_DIR}/results_safety.sh" ${FD} "${FRONTDESK_SQLITE3_CLI}" "${FRONTDESK_REPORT_DB}"
          "${CMAKE_CURRENT_BINARY_DIR}/results-safety")
set_tests_properties(cli.results_safety PROPERTIES FIXTURES_REQUIRED report_db TIMEOUT 120)

# Reading commands never create anything where there are no results, and say so.
frontdesk_cli_test(trainee_export_no_results --exit 1 --expect "no results yet at"
  -- ${FD} trainee export T1 --db "${CMAKE_CURRENT_BINARY_DIR}/no-such.db")
