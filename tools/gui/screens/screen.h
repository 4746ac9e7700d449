// A screen fills the window; the base class owns the window boilerplate so each screen writes only its
// content (in the style of ImHex's views).
#pragma once

#include "app/app_state.h"

namespace frontdesk::gui {

class Screen {
public:
    virtual ~Screen() = default;
    // Begins a borderless full-window ImGui window, draws the content, the notice line, and ends it.
    void draw(AppState& app);
    // Whether the screen needs frames although nothing happened (animations, countdowns).
    virtual bool animating(const AppState&) const { return false; }

protected:
    virtual void draw_content(AppState& app) = 0;
};

class TraineeScreen : public Screen {
protected:
    void draw_content(AppState& app) override;

private:
    char name_[128] = {};
    bool initialised_ = false;
    bool show_error_ = false;
};

class LibraryScreen : public Screen {
protected:
    void draw_content(AppState& app) override;

private:
    char search_[128] = {};
};

class BriefingScreen : public Screen {
protected:
    void draw_content(AppState& app) override;

private:
    std::size_t interrupted_ = 0;  // answers of the trainee's interrupted session of this scenario
};

class ConversationScreen : public Screen {
public:
    bool animating(const AppState& app) const override;

protected:
    void draw_content(AppState& app) override;
};

class DebriefScreen : public Screen {
protected:
    void draw_content(AppState& app) override;
};

// The coordinators' Review area: tabs Cohort, Trainee, Scenarios and Transcript over the results database.
class ReviewScreen : public Screen {
protected:
    void draw_content(AppState& app) override;

private:
    void draw_filters(AppState& app);
    void draw_cohort(AppState& app);
    void draw_trainee(AppState& app);
    void draw_scenarios(AppState& app);
    void draw_transcript(AppState& app);
    void go_to(AppState& app, ReviewTab tab);

    char since_[32] = {};
    std::string since_problem_;                 // the text typed when it was not a date
    std::optional<ReviewTab> pending_tab_;      // chosen by a key or a row: the tab bar selects it on a later frame
    std::optional<ReviewTab> traced_tab_;
    int traced_loads_ = 0;
    std::int64_t traced_session_ = 0;
};

// The settings shared by several screens: language, text size, contrast (changes are saved at once).
void draw_settings_row(AppState& app);

}  // namespace frontdesk::gui
