# CLI tests for report_language (included from CMakeLists.txt; same frontdesk_cli_test helper and variables).
