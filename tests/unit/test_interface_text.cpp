// The program's own words in both languages.
#include <doctest/doctest.h>

#include "frontdesk/interface_text.h"
#include "frontdesk/number_format.h"
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

TEST_CASE("interface text: Italian reads as a native speaker writes it") {
    // Moods are emotions (agreeing with "umore", so right for characters of either gender), not judgements.
    CHECK(mood_name(Language::it, 0) == "furioso");
    CHECK(mood_name(Language::it, 30) == "irritato");
    CHECK(mood_name(Language::it, 70) == "sereno");
    CHECK(mood_name(Language::it, 100) == "soddisfatto");
    for (int mood : {0, 30, 50, 70, 100}) {
        CAPTURE(mood);
        for (const char* judgement : {"pessimo", "cattivo", "buono", "ottimo"}) CHECK(mood_name(Language::it, mood) != judgement);
    }
    // "All" agrees with the filter's noun: Lingua and Difficoltà are feminine, Interlocutore and Canale masculine.
    CHECK(ui_text(Language::it, Ui::filter_all_feminine) == "Tutte");
    CHECK(ui_text(Language::it, Ui::filter_all) == "Tutti");
    CHECK(ui_text(Language::en, Ui::filter_all_feminine) == "All");
    // Plurals: one answer, two answers.
    CHECK(ui_text(Language::it, Ui::stopped_early, {"1"}) == "Conversazione interrotta prima della fine (1 risposta data).");
    CHECK(ui_text(Language::it, Ui::stopped_early, {"2"}) == "Conversazione interrotta prima della fine (2 risposte date).");
    CHECK(ui_text(Language::it, Ui::resume_button, {"1"}) == "Riprenda la conversazione interrotta (1 risposta data)");
    CHECK(ui_text(Language::en, Ui::resume_button, {"1"}) == "Resume the interrupted conversation (1 answer given)");
    CHECK(ui_text(Language::it, Ui::time_limit_seconds, {"1"}) == "Tempo massimo: 1 secondo per risposta");
    CHECK(ui_text(Language::it, Ui::time_limit_seconds, {"45"}) == "Tempo massimo: 45 secondi per risposta");
    CHECK(ui_text(Language::en, Ui::broken_scenario, {"1"}).rfind("This scenario has 1 error and", 0) == 0);
    CHECK(ui_text(Language::it, Ui::start_over_text, {"1"}).find("(1 risposta data)") != std::string::npos);
    // Decimal commas in Italian, points in English, wherever the window shows seconds.
    CHECK(ui_text(Language::it, Ui::response_time, {format_decimal(Language::it, 45.0, 1)}) == "risposta in 45,0 s");
    CHECK(ui_text(Language::en, Ui::response_time, {format_decimal(Language::en, 45.0, 1)}) == "answered in 45.0 s");
    // The courtesy form, capitalised mid-sentence, also in possessives.
    CHECK(ui_text(Language::it, Ui::your_answers) == "Le Sue risposte");
    // Each language is named in its own language in the language menu.
    CHECK(ui_text(Language::en, Ui::language_en) == "English");
    CHECK(ui_text(Language::it, Ui::language_it) == "Italiano");
}
