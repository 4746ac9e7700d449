// Tells whether a screenshot shows something: it must load as a PNG of a plausible size and not be one flat
// colour (at least a few dozen distinct colours and a tenth of its pixels away from the most common one).
#include <cstdio>
#include <map>

extern "C" {
unsigned char* stbi_load(const char* filename, int* x, int* y, int* channels_in_file, int desired_channels);
void stbi_image_free(void* data);
}

int main(int argc, char** argv) {
    if (argc != 2) {
        std::fprintf(stderr, "usage: png_check FILE.png\n");
        return 2;
    }
    int width = 0, height = 0, channels = 0;
    unsigned char* pixels = stbi_load(argv[1], &width, &height, &channels, 4);
    if (!pixels) {
        std::fprintf(stderr, "png_check: %s is not a readable image\n", argv[1]);
        return 1;
    }
    std::map<unsigned, long> colours;
    long total = static_cast<long>(width) * height;
    for (long i = 0; i < total; ++i) {
        const unsigned char* p = pixels + i * 4;
        ++colours[(unsigned(p[0]) << 16) | (unsigned(p[1]) << 8) | p[2]];
    }
    stbi_image_free(pixels);
    long most = 0;
    for (const auto& entry : colours) most = std::max(most, entry.second);
    double other = total ? 1.0 - static_cast<double>(most) / static_cast<double>(total) : 0.0;
    std::printf("png_check: %s: %dx%d, %zu colours, %.1f%% of pixels differ from the background\n", argv[1], width, height,
                colours.size(), other * 100.0);
    bool ok = width >= 320 && height >= 240 && colours.size() >= 32 && other >= 0.10;
    return ok ? 0 : 1;
}
