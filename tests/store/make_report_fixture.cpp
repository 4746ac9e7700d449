// make_report_fixture OUT.db EXAMPLE.yaml : writes the report fixture database (see report_fixture.h) afresh,
// for the golden report tests and for looking at the reports by hand.
#include <cstdio>
#include <exception>
#include <filesystem>
#include <string>

#include "report_fixture.h"

int main(int argc, char** argv) {
    if (argc != 3) {
        std::fprintf(stderr, "usage: make_report_fixture OUT.db tests/fixtures/example/angry-client-wrong-invoice.yaml\n");
        return 2;
    }
    std::string path = argv[1];
    try {
        for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path + suffix);
        frontdesk::test::write_report_fixture(path, argv[2]);
    } catch (const std::exception& error) {
        std::fprintf(stderr, "make_report_fixture: %s\n", error.what());
        return 1;
    }
    return 0;
}
