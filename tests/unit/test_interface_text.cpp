// The program's own words in both languages.
#include <doctest/doctest.h>

#include "frontdesk/interface_text.h"
#include "frontdesk/scenario_labels.h"

using namespace frontdesk;

TEST_CASE("interface text: every key exists in English and Italian, and they differ where words differ") {
    for (int key = 0; key < static_cast<int>(Ui::count_); ++key) {
        CAPTURE(key);
        CHECK_FALSE(ui_text(Language::en, static_cast<Ui>(key)).empty());
        CHECK_FALSE(ui_text(Language::it, static_cast<Ui>(key)).empty());
    }
    CHECK(ui_text(Language::en, Ui::answer_prompt) == "Your answer");
    CHECK(ui_text(Language::it, Ui::answer_prompt) == "La Sua risposta");  // formal "Lei"
}

TEST_CASE("interface text: placeholders are filled in order and text is never interpreted") {
    CHECK(ui_text(Language::en, Ui::too_late, {"52", "45"}) == "Too late: you took 52 s and the limit is 45 s.");
    CHECK(ui_text(Language::it, Ui::invalid_answer, {"3"}) == "Scriva un numero da 1 a 3, oppure q per uscire.");
    CHECK(ui_text(Language::en, Ui::ran_out_of_patience, {"Ms. %s {1}"}) == "Ms. %s {1} has run out of patience.");
}

TEST_CASE("interface text: moods, roles, channels, endings and skills have names in both languages") {
    CHECK(mood_name(Language::en, 0) == "furious");
    CHECK(mood_name(Language::en, 100) == "delighted");
    CHECK(mood_name(Language::it, 50) == "neutro");
    CHECK(role_label(Language::it, Role::supplier) == "fornitore");
    CHECK(channel_label(Language::it, Channel::desk) == "sportello");
    CHECK(ending_label(Language::it, EndingKind::partial) == "parziale");
    CHECK(skill_label(Language::it, "problem_solving") == "soluzione dei problemi");
    CHECK(skill_label(Language::it, "empathy") == "empathy");  // custom skills as written
}
