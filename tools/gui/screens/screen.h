// A screen fills the window; the base class owns the window boilerplate so each screen writes only its
// content (in the style of ImHex's views). One file per screen: trainee, library, course, briefing,
// conversation, debrief here, the Review in review/.
#pragma once

#include <cstddef>

#include "app/app_state.h"

namespace frontdesk::gui {

// The height the floating notice takes at the bottom of the window (0 when there is none), so a screen with
// buttons pinned there lifts them above it instead of under it.
float notice_room(const AppState& app);

// The end of a screen's Tab order (widgets/controls.h: tab_order_end), with the focus traced as "focus LABEL"
// when it moves. Returns the label it moved to, else "".
std::string finish_tab_order(AppState& app);
// A scenario's difficulty (1..3) in words ("easy", "medium", "hard"), as the library's cards and the course
// view show it.
std::string difficulty_text(const AppState& app, int difficulty);

class Screen {
public:
    virtual ~Screen() = default;
    // Begins a borderless full-window ImGui window, draws the content and ends it; a notice floats over it.
    void draw(AppState& app);
    // Whether the screen needs frames although nothing happened (animations).
    virtual bool animating(const AppState&) const { return false; }
    // How often the screen changes by itself when nothing happens (a countdown, a clock), in seconds; 0: never.
    virtual double tick_seconds(const AppState&) const { return 0; }
    // Whether the whole screen scrolls as a page when its content is taller than the window (a small screen
    // at a large text size); the others lay out their panels to fit and scroll inside them.
    virtual bool scrolls_as_page() const { return false; }

protected:
    virtual void draw_content(AppState& app) = 0;
};

class TraineeScreen : public Screen {
public:
    bool scrolls_as_page() const override { return true; }

protected:
    void draw_content(AppState& app) override;

private:
    char name_[512] = {};  // room for a name too long to use, so it is refused with a reason, never cut short
    bool initialised_ = false;
    bool refused_ = false;   // the name given was refused: say why until it is fine
    bool refocus_ = false;
};

class LibraryScreen : public Screen {
public:
    // While the trainee's progress is being read (its badges appear as soon as it is in).
    bool animating(const AppState& app) const override;

protected:
    void draw_content(AppState& app) override;

private:
    char search_[128] = {};
    bool type_in_search_ = false;  // Tab has just reached the search field: it takes the keyboard next frame
};

// The trainee's courses (those of their cohort): each with its due date, progress and steps by section; the
// next step is the primary action, any other open step can be started, and free practice leads to the library.
class CourseScreen : public Screen {
public:
    bool scrolls_as_page() const override { return true; }

protected:
    void draw_content(AppState& app) override;

private:
    std::string traced_free_practice_;  // the free practice button's centre as last traced
};

class BriefingScreen : public Screen {
protected:
    void draw_content(AppState& app) override;

private:
    void draw_start_over(AppState& app);
    void trace_focus(AppState& app, const char* label);

    bool start_over_opened_ = false;  // the confirmation has just been opened: its Start over takes the focus
    std::string traced_focus_;
};

class ConversationScreen : public Screen {
public:
    bool animating(const AppState& app) const override;
    double tick_seconds(const AppState& app) const override;

protected:
    void draw_content(AppState& app) override;

private:
    bool answers_ready_traced_ = false;  // "answers_ready" written for this conversation
};

class DebriefScreen : public Screen {
protected:
    void draw_content(AppState& app) override;
};

}  // namespace frontdesk::gui
