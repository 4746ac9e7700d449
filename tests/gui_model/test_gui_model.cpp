// The logic behind the window's screens, tested without a window: library cards and filters, the
// conversation (countdown, timeouts, mood animation, feedback, transcript, resume), the debrief, settings.
#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include <doctest/doctest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "../store/store_test_support.h"
#include "conversation.h"
#include "frontdesk/open_results_store.h"
#include "debrief.h"
#include "frontdesk/scenario_labels.h"
#include "frontdesk/scenario_loader.h"
#include "library_model.h"
#include "settings.h"
#include "frontdesk/interface_text.h"
#include "trainee_name.h"

using namespace frontdesk;
using namespace frontdesk::gui;

namespace {

const std::string example = std::string(FRONTDESK_FIXTURE_DIR) + "/example/angry-client-wrong-invoice.yaml";

LoadedScenario load_example() {
    LoadedScenario loaded = load_scenario_file(example);
    REQUIRE(loaded.playable());
    return loaded;
}

std::string temporary_folder(const char* name) {
    std::string folder = (std::filesystem::temp_directory_path() / ("frontdesk-test-" + std::string(name) + "-" + std::to_string(::getpid()))).string();
    std::filesystem::remove_all(folder);
    std::filesystem::create_directories(folder);
    return folder;
}

}  // namespace

Conversation start_conversation(const LoadedScenario& loaded, FeedbackMode feedback, double now) {
    return Conversation(RecordedSession::start(loaded.scenario, loaded.analysis, Recording{}), feedback, now);
}

TEST_CASE("library: bundled scenarios become cards; broken files are listed with their errors") {
    LibraryModel library;
    library.load({FRONTDESK_SCENARIO_DIR, std::string(FRONTDESK_FIXTURE_DIR) + "/lint/conditions.yaml"});
    REQUIRE(library.cards().size() >= 9);
    const ScenarioCard* broken = library.find(std::string(FRONTDESK_FIXTURE_DIR) + "/lint/conditions.yaml");
    REQUIRE(broken != nullptr);
    CHECK_FALSE(broken->playable);
    CHECK(broken->error_count == 2);
    CHECK(broken->problems.find("never set by any choice") != std::string::npos);
    for (const ScenarioCard& card : library.cards()) {
        if (card.path == broken->path) continue;
        CHECK(card.playable);
        CHECK(card.minutes >= 1);
    }
}

TEST_CASE("library: a second file with an id already in the library is broken, as in lint") {
    test::TemporaryFolder folder("library-duplicate-id");
    std::string example = std::string(FRONTDESK_FIXTURE_DIR) + "/example/angry-client-wrong-invoice.yaml";
    std::filesystem::copy_file(example, folder.file("angry-client-wrong-invoice.yaml"));
    std::filesystem::copy_file(example, folder.file("copy.yaml"));
    LibraryModel library;
    library.load({folder.path()});
    REQUIRE(library.cards().size() == 2);
    const ScenarioCard* first = library.find(folder.file("angry-client-wrong-invoice.yaml"));
    const ScenarioCard* copy = library.find(folder.file("copy.yaml"));
    REQUIRE(first);
    REQUIRE(copy);
    CHECK(first->playable);
    CHECK_FALSE(copy->playable);
    CHECK(copy->problems.find("angry-client-wrong-invoice.yaml") != std::string::npos);
}

TEST_CASE("library: filters by role, channel, language, difficulty and accent-insensitive text") {
    LibraryModel library;
    library.load({FRONTDESK_SCENARIO_DIR});
    LibraryFilter all;
    CHECK(library.visible(all).size() == library.cards().size());
    LibraryFilter italian;
    italian.language = Language::it;
    for (std::size_t i : library.visible(italian)) CHECK(library.cards()[i].scenario->language == Language::it);
    CHECK_FALSE(library.visible(italian).empty());
    LibraryFilter chat;
    chat.channel = Channel::chat;
    chat.role = Role::client;
    for (std::size_t i : library.visible(chat)) CHECK(library.cards()[i].scenario->channel == Channel::chat);
    LibraryFilter text;
    text.text = "TARI";
    bool tari_found = false;
    for (std::size_t i : library.visible(text)) tari_found = tari_found || library.cards()[i].scenario->id == "chat-sportello-tari";
    CHECK(tari_found);
    CHECK(library.visible(text).size() < library.cards().size());
    LibraryFilter nothing;
    nothing.text = "no scenario talks about submarines";
    CHECK(library.visible(nothing).empty());
    CHECK(fold_case("CITTÀ Però") == "città però");
}

TEST_CASE("conversation: choosing moves on, records response time, and gives immediate feedback") {
    LoadedScenario loaded = load_example();
    Conversation conversation = start_conversation(loaded, FeedbackMode::immediate, 100.0);
    REQUIRE(conversation.transcript().size() == 1);
    CHECK(conversation.transcript()[0].speaker == TranscriptLine::Speaker::character);
    CHECK(conversation.offered() == std::vector<int>{0, 1, 2});  // mood 25 >= 20
    CHECK(conversation.choose(0, 104.5));
    CHECK(conversation.session().history()[0].response_seconds == doctest::Approx(4.5));
    REQUIRE(conversation.last_feedback());
    CHECK(conversation.last_feedback()->points == 5);
    CHECK(conversation.last_feedback()->mood_change == 15);
    CHECK(conversation.transcript().size() == 3);  // character, trainee, character
    CHECK(conversation.transcript()[1].speaker == TranscriptLine::Speaker::trainee);
    CHECK(conversation.transcript()[1].text == "I'm sorry, Mr. Rossi. Tell me what happened.");
    CHECK_FALSE(conversation.choose(7, 105));  // not on screen: refused, nothing changes
    CHECK(conversation.session().history().size() == 1);
}

TEST_CASE("conversation: feedback at the end shows nothing after each answer") {
    LoadedScenario loaded = load_example();
    Conversation conversation = start_conversation(loaded, FeedbackMode::at_end, 0);
    conversation.choose(0, 1);
    CHECK_FALSE(conversation.last_feedback());
}

TEST_CASE("conversation: the countdown runs per answer and the timeout fires when it ends") {
    LoadedScenario loaded = load_example();
    Conversation conversation = start_conversation(loaded, FeedbackMode::immediate, 10.0);
    CHECK(*conversation.seconds_left(10.0) == doctest::Approx(40));
    CHECK(*conversation.seconds_left(35.0) == doctest::Approx(15));
    CHECK_FALSE(conversation.update(49.9));
    CHECK(conversation.update(50.0));
    CHECK(conversation.session().history().back().timed_out());
    CHECK(conversation.session().node().id == "silence");
    CHECK(conversation.transcript()[1].speaker == TranscriptLine::Speaker::silence);
    CHECK(conversation.last_feedback()->timed_out);
    CHECK(*conversation.seconds_left(50.0) == doctest::Approx(40));  // a fresh countdown for the next answer
}

TEST_CASE("conversation: the mood meter animates from the old mood to the new one") {
    LoadedScenario loaded = load_example();
    Conversation conversation = start_conversation(loaded, FeedbackMode::immediate, 0);
    CHECK(conversation.mood_shown(0) == doctest::Approx(25));
    conversation.choose(0, 1.0);  // 25 -> 40
    CHECK(conversation.mood_animating(1.1));
    double halfway = conversation.mood_shown(1.0 + Conversation::mood_animation_seconds / 2);
    CHECK(halfway > 25);
    CHECK(halfway < 40);
    CHECK(conversation.mood_shown(1.0 + Conversation::mood_animation_seconds) == doctest::Approx(40));
    CHECK_FALSE(conversation.mood_animating(2.0));
}

TEST_CASE("conversation: resumed from the results store exactly, transcript included") {
    LoadedScenario loaded = load_example();
    test::TemporaryFolder folder("conversation-resume");
    std::unique_ptr<ResultsStore> store = open_results_store(folder.file("results.db"));
    store->upsert_trainee("T1", "T1", "");
    Recording recording{store.get(), "T1", "immediate", "gui"};
    Conversation conversation(RecordedSession::start(loaded.scenario, loaded.analysis, recording), FeedbackMode::immediate, 0);
    conversation.choose(0, 3);
    conversation.update(43.5);  // timeout at details
    CHECK(conversation.recorded().saved_decisions() == 2);
    std::string error;
    auto resumed = RecordedSession::resume(loaded.scenario, loaded.analysis, recording, error);
    REQUIRE_MESSAGE(resumed, error);
    Conversation restored(std::move(*resumed), FeedbackMode::immediate, 1000);
    CHECK(restored.session().node().id == conversation.session().node().id);
    CHECK(restored.session().mood() == conversation.session().mood());
    CHECK(restored.session().totals() == conversation.session().totals());
    REQUIRE(restored.transcript().size() == conversation.transcript().size());
    for (std::size_t i = 0; i < restored.transcript().size(); ++i) {
        CHECK(restored.transcript()[i].speaker == conversation.transcript()[i].speaker);
        CHECK(restored.transcript()[i].text == conversation.transcript()[i].text);
    }
    CHECK(*restored.seconds_left(1000) == doctest::Approx(40));
    CHECK_FALSE(restored.mood_animating(1000));
    CHECK_FALSE(restored.last_feedback());
}

TEST_CASE("debrief: ending, percentages, radar, review with the better answer") {
    LoadedScenario loaded = load_example();
    Conversation conversation = start_conversation(loaded, FeedbackMode::at_end, 0);
    conversation.choose(0, 2);  // apologise
    conversation.choose(0, 5);  // paraphrase
    conversation.choose(1, 9);  // "Someone will look into it."
    REQUIRE(conversation.finished());
    Debrief debrief = make_debrief(conversation.session(), conversation.analysis());
    CHECK(debrief.ending == EndingKind::partial);
    CHECK(debrief.text.find("not owned") != std::string_view::npos);
    REQUIRE(debrief.result.skills.size() == 3);
    CHECK(debrief.result.skills[0].raw == 4);
    CHECK(debrief.radar[0] == doctest::Approx(1.0f));
    CHECK(debrief.radar[2] == doctest::Approx(0.0f));  // -1 of 4 clamps to 0
    CHECK_FALSE(debrief.result.passed);
    REQUIRE(debrief.review.size() == 3);
    CHECK(debrief.review[2].said == "Someone will look into it.");
    CHECK(debrief.review[2].better.find("credit note") != std::string_view::npos);
    CHECK(debrief.review[0].better.empty());
    CHECK(debrief.total_seconds == doctest::Approx(9));
    CHECK(describe_score(*loaded.scenario, debrief.review[0].score, Language::it) == "+2 ascolto, +2 rispetto, +1 soluzione dei problemi");
}

TEST_CASE("settings: defaults from the environment, saved and loaded, bad values ignored") {
    std::string folder = temporary_folder("settings");
    std::string path = folder + "/settings.json";
    ::setenv("LANG", "it_IT.UTF-8", 1);
    ::unsetenv("LC_ALL");
    ::unsetenv("LC_MESSAGES");
    Settings defaults = load_settings(path);
    CHECK(defaults.language == Language::it);
    CHECK(defaults.trainee.empty());
    Settings settings;
    settings.trainee = "Giulia Bianchi";
    settings.language = Language::en;
    settings.font_scale = 1.5f;
    settings.high_contrast = true;
    settings.feedback = FeedbackMode::at_end;
    std::string error;
    REQUIRE(save_settings(settings, path, error));
    Settings loaded = load_settings(path);
    CHECK(loaded.trainee == "Giulia Bianchi");
    CHECK(loaded.language == Language::en);
    CHECK(loaded.font_scale == doctest::Approx(1.5f));
    CHECK(loaded.high_contrast);
    CHECK(loaded.feedback == FeedbackMode::at_end);
    std::ofstream(path) << R"({"trainee": 42, "font_scale": 9, "language": "it"})";
    Settings odd = load_settings(path);
    CHECK(odd.trainee.empty());
    CHECK(odd.font_scale == doctest::Approx(1.0f));
    CHECK(odd.language == Language::it);
    std::ofstream(path) << "{\"trainee\": \"Giulia\\u001b[2J\"}";  // edited by hand: an escape sequence
    CHECK(load_settings(path).trainee.empty());
    std::ofstream(path) << "not json at all {";
    CHECK(load_settings(path).trainee.empty());
    std::filesystem::remove_all(folder);
}


TEST_CASE("trainee name: trimmed; empty, control characters, broken UTF-8 and overlong names refused with the reason") {
    TraineeName fine = check_trainee_name("  Giulia Bianchi ", Language::en);
    CHECK(fine.ok());
    CHECK(fine.name == "Giulia Bianchi");
    CHECK(check_trainee_name("Niccolò", Language::it).name == "Niccolò");

    TraineeName empty = check_trainee_name("   ", Language::it);
    CHECK_FALSE(empty.ok());
    CHECK(empty.name.empty());
    CHECK(empty.problem == ui_text(Language::it, Ui::name_required));

    TraineeName control = check_trainee_name("Anna\u009b31m", Language::en);
    CHECK_FALSE(control.ok());
    CHECK(control.problem.find("This name cannot be used") == 0);
    CHECK(control.problem.find("control character") != std::string::npos);
    CHECK(check_trainee_name("Anna\x1b", Language::it).problem.find("Questo nome non può essere usato") == 0);

    CHECK(check_trainee_name("Anna\xff", Language::en).problem.find("UTF-8") != std::string::npos);
    CHECK(check_trainee_name(std::string(100, 'a'), Language::en).ok());
    CHECK(check_trainee_name(std::string(101, 'a'), Language::en).problem.find("longer than 100") != std::string::npos);
}
