// The stand-in LRS as a program, for the command-line tests: lrs_stand_in KEY SECRET DIR [FAILURES] serves on a
// free loopback port (written to DIR/port once listening), answers the first FAILURES requests 503, and on
// SIGTERM writes what it stored (DIR/stored.json, a statement array) and the problems it saw (DIR/problems.txt).
#include <csignal>
#include <fstream>
#include <iostream>
#include <string>

#include "lrs_stand_in.h"

namespace {
volatile std::sig_atomic_t stop = 0;
void on_signal(int) { stop = 1; }
}  // namespace

int main(int argc, char** argv) {
    if (argc < 4) {
        std::cerr << "usage: lrs_stand_in KEY SECRET DIR [FAILURES]\n";
        return 2;
    }
    std::signal(SIGTERM, on_signal);
    std::signal(SIGINT, on_signal);
    std::string dir = argv[3];
    frontdesk::test::LrsStandIn lrs(argv[1], argv[2]);
    if (argc > 4) lrs.fail_next(std::stoi(argv[4]));
    std::ofstream(dir + "/port.tmp") << lrs.port() << '\n';
    std::rename((dir + "/port.tmp").c_str(), (dir + "/port").c_str());
    while (!stop) std::this_thread::sleep_for(std::chrono::milliseconds(20));
    nlohmann::json stored = nlohmann::json::array();
    for (const auto& [id, statement] : lrs.stored()) stored.push_back(statement);
    std::ofstream(dir + "/stored.json") << stored.dump() << '\n';
    std::ofstream problems(dir + "/problems.txt");
    for (const std::string& problem : lrs.problems()) problems << problem << '\n';
    problems << "requests " << lrs.requests() << '\n';
    return 0;
}
