// The window's main loop, flat with step comments as in imgui's examples: setup, main loop, cleanup (in
// reverse order). When nothing moves the loop sleeps instead of redrawing (FrameSchedule says when to draw),
// so an idle window costs almost no CPU.
#include "app/gui_app.h"

#include <GL/gl.h>
#include <SFML/Window.hpp>
#include <imgui.h>
#include <backends/imgui_impl_opengl3.h>

#include <atomic>
#include <chrono>
#include <future>
#include <csignal>
#include <cstdlib>
#include <cstdio>
#include <memory>
#include <thread>

#include "app/app_state.h"
#include "app/clip_check.h"
#include "app/frame_schedule.h"
#include "app/screenshot.h"
#include "layout.h"
#include "platform/imgui_impl_sfml.h"
#include "platform/keys.h"
#include "screens/review/review_screen.h"
#include "screens/screen.h"
#include "screens/settings_row.h"
#include "screens/studio/studio_screen.h"
#include "widgets/theme.h"

namespace frontdesk::gui {

namespace {

std::string format_scale(float scale) {
    char text[16];
    std::snprintf(text, sizeof text, "%.2f", scale);
    std::string shown = text;
    if (shown.back() == '0') shown.pop_back();  // 1.0, 1.15, 0.8
    return shown;
}

const char* screen_name(ScreenId screen) {
    switch (screen) {
        case ScreenId::trainee: return "trainee";
        case ScreenId::library: return "library";
        case ScreenId::course: return "course";
        case ScreenId::briefing: return "briefing";
        case ScreenId::conversation: return "conversation";
        case ScreenId::debrief: return "debrief";
        case ScreenId::review: return "review";
        case ScreenId::studio: return "studio";
    }
    return "?";
}

std::atomic<int> received_signal{0};

extern "C" void on_signal(int number) { received_signal = number; }

double seconds_since(std::chrono::steady_clock::time_point start) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

}  // namespace

int run_gui(const GuiOptions& options) {
    auto process_start = std::chrono::steady_clock::now();

    // SFML aborts the process when it cannot open the display: say so clearly instead.
    const char* display = std::getenv("DISPLAY");
    if (!display || !*display) {
        std::fprintf(stderr,
                     "frontdesk: no graphical display (DISPLAY is not set), so the window cannot open.\n"
                     "  In a terminal, play with: frontdesk play [FILE]   (frontdesk --help lists every command)\n");
        return 1;
    }

    // 1. Setup: signals, settings, trace, library.
    std::signal(SIGINT, on_signal);
    std::signal(SIGTERM, on_signal);
    AppState app;
    app.options = options;
    app.settings_path = options.settings_path.empty() ? default_settings_path() : options.settings_path;
    app.settings = load_settings(app.settings_path);
    if (!options.trainee.empty()) app.settings.trainee = options.trainee;
    if (options.language == "it") app.settings.language = Language::it;
    if (options.language == "en") app.settings.language = Language::en;
    if (Phrasing phrasing; parse_phrasing(options.phrasing, phrasing)) app.settings.phrasing = phrasing;
    if (!app.trace.open(options.trace)) std::fprintf(stderr, "frontdesk gui: cannot write the trace file %s\n", options.trace.c_str());
    // The library loads (on the machine's cores) while the window and its OpenGL context are made: the first
    // frame comes sooner by the time the window takes to open. Nothing touches the library until it is in.
    std::future<void> library_loading = std::async(std::launch::async, [&app, &options] { app.library.load(options.scenario_dirs); });

    // 2. Setup: the window with an OpenGL 3.3 core context, and Dear ImGui with its SFML and OpenGL3 backends.
    // The size: --size as given, else the size the trainee last gave it, else the default; either made to fit
    // the desktop (a 1024x600 netbook screen gets a window that is all on screen, not 1280x800 running off its
    // edges, also when it was last resized on a larger screen).
    sf::VideoMode desktop_mode = sf::VideoMode::getDesktopMode();
    WindowSize desktop{static_cast<int>(desktop_mode.width), static_cast<int>(desktop_mode.height)};
    WindowSize size{options.width, options.height};
    bool remembered = !options.size_given && app.settings.window_width > 0;
    if (remembered) size = {app.settings.window_width, app.settings.window_height};
    if (!options.size_given) size = fit_window(size, desktop, remembered ? 1.0 : 0.9);
    sf::ContextSettings context(24, 8, 0, 3, 3, sf::ContextSettings::Core);
    sf::Window window(sf::VideoMode(static_cast<unsigned>(size.width), static_cast<unsigned>(size.height)), "frontdesk",
                      sf::Style::Default, context);
    if (!options.size_given && desktop.width > 0) {
        WindowSize at = centred_position(size, desktop);
        window.setPosition(sf::Vector2i(at.width, at.height));
    }
    app.trace.write("window", std::to_string(window.getSize().x) + "x" + std::to_string(window.getSize().y) + " desktop " +
                                  std::to_string(desktop.width) + "x" + std::to_string(desktop.height) +
                                  (options.size_given ? " (--size)" : remembered ? " (remembered)" : ""));
    WindowSize opened{static_cast<int>(window.getSize().x), static_cast<int>(window.getSize().y)};
    window.setVerticalSyncEnabled(false);
    window.setKeyRepeatEnabled(true);
    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;  // layout is fixed; nothing to remember there
    io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
    ImGui_ImplSFML_Init(window);
    ImGui_ImplOpenGL3_Init("#version 330 core");
    apply_theme(app.settings.high_contrast);
    bool high_contrast = app.settings.high_contrast;

    library_loading.get();
    app.trace.write("library_loaded", std::to_string(app.library.cards().size()) + " scenarios");

    // 3. The first screen: the Review when asked for, a named scenario's briefing, the trainee's course view or the
    // library when the trainee is known, else the trainee (and then the named scenario's briefing, if any).
    TraineeScreen trainee_screen;
    LibraryScreen library_screen;
    CourseScreen course_screen;
    BriefingScreen briefing_screen;
    ConversationScreen conversation_screen;
    DebriefScreen debrief_screen;
    ReviewScreen review_screen;
    StudioScreen studio_screen;
    auto current_screen = [&]() -> Screen* {
        switch (app.screen) {
            case ScreenId::trainee: return &trainee_screen;
            case ScreenId::library: return &library_screen;
            case ScreenId::course: return &course_screen;
            case ScreenId::briefing: return &briefing_screen;
            case ScreenId::conversation: return &conversation_screen;
            case ScreenId::debrief: return &debrief_screen;
            case ScreenId::review: return &review_screen;
            case ScreenId::studio: return &studio_screen;
        }
        return &library_screen;
    };
    if (!options.studio.empty()) app.show_studio(options.studio, false);
    else if (options.review) app.show_review();
    else if (app.settings.trainee.empty()) {
        app.scenario_after_trainee = options.scenario;
        app.show_trainee();
    } else if (!options.scenario.empty()) app.show_scenario(options.scenario);
    else app.show_home();

    // 4. Main loop.
    auto clock_start = std::chrono::steady_clock::now();
    auto last_frame = clock_start;
    FrameSchedule schedule;
    bool first_frame = true;
    bool window_resized = false;
    bool running = true;
    while (running) {
        // 4a. Events.
        bool had_event = false;
        sf::Event event;
        while (window.pollEvent(event)) {
            had_event = true;
            ImGui_ImplSFML_ProcessEvent(event);
            if (event.type == sf::Event::Closed) app.quit_requested = true;
            if (event.type == sf::Event::Resized) {
                glViewport(0, 0, static_cast<GLsizei>(event.size.width), static_cast<GLsizei>(event.size.height));
                // Remembered for the next start once the trainee changes it (a window manager may confirm the
                // opening size with an event of its own: that is not a choice).
                WindowSize now{static_cast<int>(event.size.width), static_cast<int>(event.size.height)};
                if ((now.width != opened.width || now.height != opened.height) && now.width >= 320 && now.height >= 240) {
                    app.settings.window_width = now.width;
                    app.settings.window_height = now.height;
                    window_resized = true;
                }
            }
            if (event.type == sf::Event::KeyPressed && event.key.code == sf::Keyboard::F12) app.screenshot_requested = true;
            // Ctrl+minus, Ctrl+plus and Ctrl+0 change the text size on every screen, before the frame is laid out.
            if (std::optional<int> step = keys::text_size_step(event)) change_text_size(app, *step);
        }
        if (received_signal != 0) {
            app.trace.write("signal", std::to_string(received_signal.load()));
            app.quit_requested = true;
        }
        if (app.quit_requested) break;

        // 4b. Time passes: countdowns may expire.
        app.now = seconds_since(clock_start);
        bool changed = false;
        if (app.screen == ScreenId::conversation && app.conversation) {
            std::size_t before = app.conversation->session().history().size();
            app.update_conversation();
            changed = app.conversation->session().history().size() != before;
        }
        // The studio's file, saved by a text editor: reloaded and re-checked before the next frame is drawn.
        if (app.screen == ScreenId::studio && app.studio.poll()) {
            app.studio_trace_pending = "studio_reloaded";
            changed = true;
        }

        // 4c. Draw only when something needs it; otherwise sleep briefly and look again.
        Screen* screen = current_screen();
        if (had_event || changed || app.screenshot_requested) schedule.wake(FrameSchedule::frames_after_input);
        // The backend spreads a quick press and release over two frames (ImGui 1.86 reads input once a frame).
        if (ImGui_ImplSFML_HasPendingInput()) schedule.wake(1);
        // A notice is shown for a while, then goes: look once a second whether its time is up.
        double tick = screen->tick_seconds(app);
        bool notice = !app.toast.empty() && app.now < app.toast_until + 0.5;
        if (notice) tick = tick > 0 ? std::min(tick, 1.0) : 1.0;
        if (!schedule.due(app.now, screen->animating(app), tick)) {
            // A studio file being saved is read a few milliseconds after its last write, not a whole sleep later.
            bool soon = app.screen == ScreenId::studio && app.studio.change_waiting();
            std::this_thread::sleep_for(std::chrono::milliseconds(soon ? 3 : FrameSchedule::sleep_milliseconds));
            continue;
        }

        // 4d. Fonts and theme follow the settings (the atlas is rebuilt at the new size, never scaled).
        if (app.fonts_dirty) {
            std::string problem;
            build_fonts(app.fonts, app.settings.font_scale, problem);
            ImGui_ImplOpenGL3_DestroyFontsTexture();
            ImGui_ImplOpenGL3_CreateFontsTexture();
            if (!problem.empty()) app.notify(problem, 10.0);
            app.fonts_dirty = false;
            // Traced, so the tests see a size asked for (A+, Ctrl+plus) take effect before a frame is laid out.
            app.trace.write("fonts", "scale=" + format_scale(app.settings.font_scale) + " applied");
        }
        if (high_contrast != app.settings.high_contrast) {
            high_contrast = app.settings.high_contrast;
            apply_theme(high_contrast);
        }

        // 4e. A frame.
        auto frame_start = std::chrono::steady_clock::now();
        float delta = static_cast<float>(std::chrono::duration<double>(frame_start - last_frame).count());
        last_frame = frame_start;
        ImGui_ImplOpenGL3_NewFrame();
        ImGui_ImplSFML_NewFrame(window, std::clamp(delta, 1.0f / 1000.0f, 0.25f));
        // An Enter still held from the screen it acted on (the name typed on the trainee screen) must not go on
        // to press the next screen's focused button a few frames later (a person holds a key for 100 ms, several
        // frames): the briefing was skipped unread. Enter acts on a screen only once pressed there.
        bool enter_down = io.KeysDown[sf::Keyboard::Enter];
        if (app.frames_on_screen == 0 && enter_down) app.enter_from_last_screen = true;
        if (!enter_down) app.enter_from_last_screen = false;
        if (!app.enter_from_last_screen) keys::let_enter_activate(io);
        ImGui::NewFrame();
        ScreenId drawn = app.screen;
        screen->draw(app);
        ImGui::Render();
        auto laid_out = std::chrono::steady_clock::now();  // the frame's layout done; drawing it follows
        if (app.trace.enabled()) {
            // Traced when it changes, with the screen and text size, so tests see every screen's verdict; only
            // once two frames agree, since ImGui measures content a frame late and a panel that has just changed
            // (a new message, a resize) looks overfull for that one frame.
            static std::string traced_clipping, last_clipping;
            std::string clipping = std::string(screen_name(drawn)) + " text=" + format_scale(app.settings.font_scale) +
                                   " " + clipped_windows();
            if (clipping == last_clipping && clipping != traced_clipping && app.frames_on_screen >= 1) {
                traced_clipping = clipping;
                app.trace.write("clipping", clipping);
            }
            last_clipping = clipping;
        }
        glViewport(0, 0, static_cast<GLsizei>(io.DisplaySize.x), static_cast<GLsizei>(io.DisplaySize.y));
        glClearColor(0.96f, 0.97f, 0.98f, 1.0f);
        glClear(GL_COLOR_BUFFER_BIT);
        ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
        if (app.screenshot_requested) {
            app.screenshot_requested = false;
            std::string path = timestamped_screenshot_name(), error;
            if (save_screenshot(path, static_cast<int>(io.DisplaySize.x), static_cast<int>(io.DisplaySize.y), error)) {
                app.notify(app.text(Ui::screenshot_saved, {path}));
                app.trace.write("screenshot", path);
            } else {
                app.notify(app.text(Ui::screenshot_failed, {error}), 10.0);  // notify() traces it too
            }
        }
        window.display();
        schedule.drawn();
        if (!app.studio_trace_pending.empty() && app.screen == ScreenId::studio && app.studio.is_open()) {
            // From noticing the change (or opening) to the new picture shown, as the tests and the benchmark read it.
            glFinish();
            const StudioDocument& document = app.studio.document();
            double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - app.studio.noticed()).count();
            char figures[160];
            std::snprintf(figures, sizeof figures, " nodes=%zu errors=%zu warnings=%zu ms=%.1f", document.node_count(), document.error_count(),
                          document.warning_count(), ms);
            app.trace.write(app.studio_trace_pending, document.path() + figures + " selected=" +
                                                          (document.selected_id().empty() ? std::string("none") : document.selected_id()));
            app.studio_trace_pending.clear();
        }
        if (app.screen == drawn) ++app.frames_on_screen;
        else schedule.wake(FrameSchedule::frames_after_input);  // a new screen settles over a few frames
        if (options.trace_frames)
            // The whole frame in ms, then (for the benchmark) how much of it was laying out (ImGui and the screens).
            app.trace.write("frame", std::to_string(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - frame_start).count()) +
                                         (screen->animating(app) ? " animating" : "") + " layout=" +
                                         std::to_string(std::chrono::duration<double, std::milli>(laid_out - frame_start).count()));
        if (first_frame) {
            first_frame = false;
            app.trace.write("first_frame", std::to_string(seconds_since(process_start) * 1000.0) + " ms");
        }
    }

    // 5. Cleanup, in reverse order: keep an interrupted conversation, write the screenshot of the last frame,
    // then shut down ImGui and the window. A screenshot asked for on the command line that could not be
    // written makes the exit status say so (scripts and tests rely on the file).
    int status = 0;
    app.keep_interrupted_conversation();
    if (window_resized) {
        app.save_settings_quietly();
        app.trace.write("window_remembered", std::to_string(app.settings.window_width) + "x" + std::to_string(app.settings.window_height));
    }
    if (!options.screenshot.empty() && window.isOpen()) {
        // Redraw the last screen so the picture is exactly what was shown.
        ImGui_ImplOpenGL3_NewFrame();
        ImGui_ImplSFML_NewFrame(window, 1.0f / 60.0f);
        ImGui::NewFrame();
        current_screen()->draw(app);
        ImGui::Render();
        glClear(GL_COLOR_BUFFER_BIT);
        ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
        std::string error;
        if (save_screenshot(options.screenshot, static_cast<int>(io.DisplaySize.x), static_cast<int>(io.DisplaySize.y), error)) {
            app.trace.write("screenshot", options.screenshot);
        } else {
            std::fprintf(stderr, "frontdesk-gui: --screenshot: %s\n", error.c_str());
            app.trace.write("screenshot_failed", error);
            status = 1;
        }
    }
    if (app.lrs_sender) {
        // A moment for the last answer's statement; what is not sent stays pending for next time.
        BackgroundSenderStatus sent = app.lrs_sender->finish(std::chrono::seconds(3));
        app.trace.write("lrs_finished", "sent=" + std::to_string(sent.sent) + " waiting=" + std::to_string(sent.waiting) +
                                            (sent.problem.empty() ? std::string() : " problem=" + sent.problem));
    }
    app.trace.write("quit", "");
    ImGui_ImplOpenGL3_Shutdown();
    ImGui_ImplSFML_Shutdown();
    ImGui::DestroyContext();
    window.close();
    return status;
}

}  // namespace frontdesk::gui
