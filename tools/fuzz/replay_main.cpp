// Runs saved inputs through the fuzz target without libFuzzer, in any build: the regression tests replay
// tests/fixtures/fuzz (every crash the fuzzer found) and the seed corpus this way, under the sanitizers too.
//   fuzz_scenario_replay PATH...   (files, or folders read recursively)
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

namespace {

namespace fs = std::filesystem;

std::vector<fs::path> inputs_in(const fs::path& path) {
    if (!fs::is_directory(path)) return {path};
    std::vector<fs::path> files;
    for (const fs::directory_entry& entry : fs::recursive_directory_iterator(path))
        if (entry.is_regular_file()) files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    return files;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::cerr << "usage: fuzz_scenario_replay PATH...  (input files, or folders of them)\n";
        return 2;
    }
    std::size_t replayed = 0;
    for (int i = 1; i < argc; ++i) {
        std::error_code error;
        if (!fs::exists(argv[i], error)) {
            std::cerr << argv[i] << ": error: no such file or folder\n";
            return 1;
        }
        for (const fs::path& file : inputs_in(argv[i])) {
            std::ifstream in(file, std::ios::binary);
            std::vector<char> bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
            if (!in.eof() && in.fail()) {
                std::cerr << file.string() << ": error: cannot read the file\n";
                return 1;
            }
            // Printed first, so a crash's report follows the name of the input that caused it.
            std::cout << "replaying " << file.string() << " (" << bytes.size() << " bytes)" << std::endl;
            LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size());
            ++replayed;
        }
    }
    if (replayed == 0) {
        std::cerr << "fuzz_scenario_replay: no inputs found in the paths given\n";
        return 1;
    }
    std::cout << replayed << " inputs replayed, no crash\n";
    return 0;
}
