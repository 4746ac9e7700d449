// The window's first size on the desktop and the split of the conversation's exchange between the transcript
// and the answers (model/layout.h), as the screens use them.
#include <doctest/doctest.h>

#include "layout.h"

using namespace frontdesk::gui;

TEST_CASE("the window opens at the default size when it fits, else within 90% of the desktop") {
    WindowSize wanted{1280, 800};
    WindowSize full_hd = fit_window(wanted, {1920, 1080});
    CHECK(full_hd.width == 1280);
    CHECK(full_hd.height == 800);
    WindowSize netbook = fit_window(wanted, {1024, 600});
    CHECK(netbook.width == 921);
    CHECK(netbook.height == 540);
    WindowSize laptop = fit_window(wanted, {1600, 768});  // wide enough, not tall enough: only the height shrinks
    CHECK(laptop.width == 1280);
    CHECK(laptop.height == 691);
    WindowSize unknown = fit_window(wanted, {0, 0});
    CHECK(unknown.width == 1280);
    CHECK(unknown.height == 800);
    WindowSize tiny = fit_window(wanted, {300, 200});
    CHECK(tiny.width == 320);
    CHECK(tiny.height == 240);
    WindowSize at = centred_position(netbook, {1024, 600});
    CHECK(at.width == 51);
    CHECK(at.height == 30);
    CHECK(at.width + netbook.width <= 1024);
    CHECK(at.height + netbook.height <= 600);
}

TEST_CASE("the answers get what they need up to their share; the transcript the rest") {
    // Short answers: all of them shown, the transcript has the rest.
    ExchangeSplit few = split_exchange(600, 120, 140, 160, 0.55f);
    CHECK(few.answers == doctest::Approx(120));
    CHECK(few.transcript == doctest::Approx(480));
    CHECK_FALSE(few.page_scrolls);
    // Email drafts longer than the room: they get 40% and scroll in their region; the thread has 60%.
    ExchangeSplit drafts = split_exchange(600, 900, 140, 200, 0.4f);
    CHECK(drafts.answers == doctest::Approx(240));
    CHECK(drafts.transcript == doctest::Approx(360));
    CHECK(drafts.transcript > drafts.answers);
    CHECK_FALSE(drafts.page_scrolls);
}

TEST_CASE("a small window keeps both minimums and scrolls the page instead of squeezing") {
    ExchangeSplit small = split_exchange(200, 900, 140, 160, 0.4f);
    CHECK(small.answers == doctest::Approx(140));
    CHECK(small.transcript == doctest::Approx(160));
    CHECK(small.page_scrolls);
    // Answers needing less than the minimum get what they need, no more.
    ExchangeSplit one = split_exchange(200, 60, 140, 160, 0.4f);
    CHECK(one.answers == doctest::Approx(60));
    CHECK(one.transcript == doctest::Approx(160));
    CHECK(one.page_scrolls);
    // No room at all: still the minimums.
    ExchangeSplit none = split_exchange(-50, 300, 140, 160, 0.4f);
    CHECK(none.answers == doctest::Approx(140));
    CHECK(none.transcript == doctest::Approx(160));
}
