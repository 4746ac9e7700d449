# CLI tests for results_safety (included from CMakeLists.txt; same frontdesk_cli_test helper and variables).
