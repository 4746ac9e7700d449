# CLI tests for scenario_hardening (included from CMakeLists.txt; same frontdesk_cli_test helper and variables).
