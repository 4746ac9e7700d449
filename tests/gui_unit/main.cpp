// Entry point of frontdesk_gui_unit_tests: doctest's own main, kept apart from the test cases so they can be
// compiled into other test binaries as well.
#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include <doctest/doctest.h>
