// A test tool: draws a sheet of portraits, one row per character of the scenarios named (or a few looks of its
// own), each in the seven expressions, and writes it as a PNG, for people to look at and for png_check.
//   portrait_sheet OUT.png [--high-contrast] [--size PIXELS] [--only EXPRESSION] [SCENARIO.yaml...]
// Runs in a display (Xvfb in the tests): the portrait is drawn by OpenGL as the window draws it.
#include <GL/gl.h>
#include <SFML/Window.hpp>
#include <backends/imgui_impl_opengl3.h>
#include <imgui.h>

#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "app/screenshot.h"
#include "frontdesk/scenario_loader.h"
#include "platform/imgui_impl_sfml.h"
#include "widgets/portrait.h"

using namespace frontdesk;
using namespace frontdesk::gui;

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: portrait_sheet OUT.png [--high-contrast] [--size PIXELS] [--only EXPRESSION] [SCENARIO.yaml...]\n");
        return 2;
    }
    std::string out = argv[1];
    bool high_contrast = false;
    float size = 120;
    std::vector<FacialExpression> expressions;
    std::vector<std::pair<std::string, frontdesk::Look>> rows;
    for (int i = 2; i < argc; ++i) {
        std::string arg = argv[i];
        if (arg == "--high-contrast") high_contrast = true;
        else if (arg == "--size" && i + 1 < argc) size = static_cast<float>(std::atof(argv[++i]));
        else if (arg == "--only" && i + 1 < argc) {
            std::string name = argv[++i];
            for (int e = 0; e < facial_expression_count; ++e)
                if (name == facial_expression_name(static_cast<FacialExpression>(e))) expressions.push_back(static_cast<FacialExpression>(e));
        }
        else {
            LoadedScenario loaded = load_scenario_file(arg);
            if (!loaded.scenario) {
                std::fprintf(stderr, "portrait_sheet: cannot load %s\n", arg.c_str());
                return 1;
            }
            rows.emplace_back(loaded.scenario->character.name, loaded.scenario->character.look);
        }
    }
    if (rows.empty())
        for (const char* name : {"Anna", "Bruno", "Carla"}) rows.emplace_back(name, derive_look(name));

    if (expressions.empty())
        for (int e = 0; e < facial_expression_count; ++e) expressions.push_back(static_cast<FacialExpression>(e));
    const float gap = 6;
    unsigned width = static_cast<unsigned>((size + gap) * static_cast<float>(expressions.size()) + gap);
    unsigned height = static_cast<unsigned>((size + gap) * static_cast<float>(rows.size()) + gap);
    sf::ContextSettings context(24, 8, 0, 3, 3, sf::ContextSettings::Core);
    sf::Window window(sf::VideoMode(width, height), "portrait sheet", sf::Style::None, context);
    ImGui::CreateContext();
    ImGui::GetIO().IniFilename = nullptr;
    ImGui_ImplSFML_Init(window);
    ImGui_ImplOpenGL3_Init("#version 330 core");
    std::string error;
    // A couple of frames, so the renderer has its font texture (the white pixel every fill uses).
    for (int frame = 0; frame < 3; ++frame) {
        ImGui_ImplOpenGL3_NewFrame();
        ImGui_ImplSFML_NewFrame(window, 1.0f / 60.0f);
        ImGui::NewFrame();
        ImDrawList* draw = ImGui::GetBackgroundDrawList();
        for (std::size_t row = 0; row < rows.size(); ++row)
            for (std::size_t e = 0; e < expressions.size(); ++e) {
                ImVec2 at(gap + static_cast<float>(e) * (size + gap), gap + static_cast<float>(row) * (size + gap));
                draw_portrait(draw, at, size, rows[row].second, face_shape(expressions[e]), high_contrast);
            }
        ImGui::Render();
        glViewport(0, 0, static_cast<GLsizei>(width), static_cast<GLsizei>(height));
        glClearColor(1, 1, 1, 1);
        glClear(GL_COLOR_BUFFER_BIT);
        ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
        if (frame == 2 && !save_screenshot(out, static_cast<int>(width), static_cast<int>(height), error)) {
            std::fprintf(stderr, "portrait_sheet: %s\n", error.c_str());
            return 1;
        }
        window.display();
    }
    ImGui_ImplOpenGL3_Shutdown();
    ImGui_ImplSFML_Shutdown();
    ImGui::DestroyContext();
    for (const auto& [name, look] : rows) std::printf("%s\n", name.c_str());
    return 0;
}
