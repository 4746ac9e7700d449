// The logic behind the window's screens, tested without a window: library cards and filters, the
// conversation (countdown, timeouts, mood animation, feedback, transcript, resume, the trainee's voice,
// narration, the shuffled order), the debrief, settings.
#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <optional>

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
#include "trainee_voice.h"

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
    CHECK(loaded.window_width == 0);  // never resized: the default size, fitted to the screen
    settings.window_width = 1100;
    settings.window_height = 700;
    REQUIRE(save_settings(settings, path, error));
    loaded = load_settings(path);
    CHECK(loaded.window_width == 1100);
    CHECK(loaded.window_height == 700);
    for (const char* size : {R"({"window_width": 100, "window_height": 700})", R"({"window_width": 1100})",
                             R"({"window_width": 1e9, "window_height": 700})", R"({"window_width": "1100", "window_height": 700})",
                             R"({"window_width": 1100, "window_height": -5})"}) {
        std::ofstream(path) << size;
        CHECK_MESSAGE(load_settings(path).window_width == 0, size);
    }
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

namespace {

const std::string voice_fixture = std::string(FRONTDESK_FIXTURE_DIR) + "/play/voice.yaml";

// No placeholder left: nothing that expand_text would still change, no "{trainee}" or "{f:" as written.
void check_expanded(const std::string& text) {
    CAPTURE(text);
    CHECK_FALSE(has_placeholders(text));
    CHECK(text.find("{trainee}") == std::string::npos);
    CHECK(text.find("{f:") == std::string::npos);
}

Conversation voiced(const LoadedScenario& loaded, TraineeVoice voice, std::optional<std::uint64_t> seed = std::nullopt,
                    Recording recording = Recording{}) {
    recording.voice = std::move(voice);
    recording.shuffle_seed = seed;
    return Conversation(RecordedSession::start(loaded.scenario, loaded.analysis, recording), FeedbackMode::immediate, 0);
}

}  // namespace

TEST_CASE("trainee voice: the typed name (Alex when there is none) and the phrasing chosen, both remembered") {
    Settings settings;
    CHECK(trainee_voice(settings).name == "Alex");
    CHECK(trainee_voice(settings).phrasing == Phrasing::neutral);
    settings.trainee = "  Giulia ";
    settings.phrasing = Phrasing::feminine;
    CHECK(trainee_voice(settings).name == "Giulia");
    CHECK(trainee_voice(settings).phrasing == Phrasing::feminine);
    settings.trainee = "   ";
    CHECK(trainee_voice(settings).name == "Alex");

    CHECK(phrasing_question(Language::en) == "How should the conversation address you?");
    CHECK(phrasing_question(Language::it).find("Lei") != std::string::npos);
    CHECK(phrasing_label(Language::it, Phrasing::feminine) == "Femminile");
    CHECK(phrasing_label(Language::it, Phrasing::masculine) == "Maschile");
    CHECK(phrasing_label(Language::it, Phrasing::neutral) == "Neutro");
    CHECK(phrasing_label(Language::en, Phrasing::neutral) == "Neutral");

    std::string folder = temporary_folder("settings-phrasing");
    std::string path = folder + "/settings.json";
    settings.trainee = "Giulia";
    std::string error;
    REQUIRE(save_settings(settings, path, error));
    CHECK(load_settings(path).phrasing == Phrasing::feminine);
    settings.phrasing = Phrasing::masculine;
    REQUIRE(save_settings(settings, path, error));
    CHECK(load_settings(path).phrasing == Phrasing::masculine);
    std::ofstream(path) << R"({"trainee": "Giulia", "phrasing": "plural"})";
    CHECK(load_settings(path).phrasing == Phrasing::neutral);  // an unknown phrasing is ignored
    CHECK(load_settings(path).trainee == "Giulia");
    std::filesystem::remove_all(folder);
}

TEST_CASE("conversation: placeholders filled in with the trainee's voice; narration apart, before the character's line") {
    LoadedScenario loaded = load_scenario_file(voice_fixture);
    REQUIRE(loaded.playable());
    Conversation conversation = voiced(loaded, TraineeVoice{"Giulia", Phrasing::feminine});
    CHECK(conversation.voice().name == "Giulia");
    REQUIRE(conversation.transcript().size() == 2);
    CHECK(conversation.transcript()[0].speaker == TranscriptLine::Speaker::narration);
    CHECK(conversation.transcript()[0].text == "La signora Neri si avvicina allo sportello con un foglio in mano.");  // framed by the view
    CHECK(conversation.transcript()[1].speaker == TranscriptLine::Speaker::character);
    CHECK(conversation.transcript()[1].text == "Buongiorno, Giulia. È sicura che l'appuntamento sia oggi?");
    std::vector<std::string> answers = conversation.offered_answers();
    REQUIRE(answers.size() == 2);
    CHECK(answers[0] == "Buongiorno. Sì, ne sono sicura: oggi alle 10.");
    CHECK(answers[1] == "Non lo so.");
    REQUIRE(conversation.choose(0, 2.0));
    REQUIRE(conversation.last_feedback());
    CHECK(conversation.last_feedback()->text == "Buona risposta, Giulia: è stata chiara.");
    REQUIRE(conversation.transcript().size() == 4);
    CHECK(conversation.transcript()[2].speaker == TranscriptLine::Speaker::trainee);
    CHECK(conversation.transcript()[2].text == "Buongiorno. Sì, ne sono sicura: oggi alle 10.");
    CHECK(conversation.transcript()[3].text == "Grazie.");
    REQUIRE(conversation.finished());
    CHECK(conversation.offered_answers().empty());
    for (const TranscriptLine& line : conversation.transcript()) check_expanded(line.text);

    Debrief debrief = make_debrief(conversation.session(), conversation.analysis(), conversation.voice());
    CHECK(debrief.text == "Giulia, ha confermato l'appuntamento con una verifica, non a memoria.");
    REQUIRE(debrief.review.size() == 1);
    CHECK(debrief.review[0].narration == "La signora Neri si avvicina allo sportello con un foglio in mano.");
    CHECK(debrief.review[0].character_line == "Buongiorno, Giulia. È sicura che l'appuntamento sia oggi?");
    CHECK(debrief.review[0].said == "Buongiorno. Sì, ne sono sicura: oggi alle 10.");
    CHECK(debrief.review[0].feedback == "Buona risposta, Giulia: è stata chiara.");
    CHECK(debrief.review[0].better.empty());

    // The other phrasings, and the default voice when no name is given.
    Conversation masculine = voiced(loaded, TraineeVoice{"Marco", Phrasing::masculine});
    CHECK(masculine.transcript()[1].text.find("Buongiorno, Marco.") == 0);
    CHECK(masculine.offered_answers()[0] == "Buongiorno. Sì, ne sono sicuro: oggi alle 10.");
    masculine.choose(0, 1.0);
    CHECK(masculine.last_feedback()->text == "Buona risposta, Marco: è stato chiaro.");
    Conversation neutral = voiced(loaded, TraineeVoice{});
    CHECK(neutral.transcript()[1].text.find("Buongiorno, Alex.") == 0);
    CHECK(neutral.offered_answers()[0] == "Buongiorno. Sì, l'ho appena controllato: oggi alle 10.");
    neutral.choose(1, 1.0);  // the poorer answer: the debrief offers the better one, expanded
    Debrief poorer = make_debrief(neutral.session(), neutral.analysis(), neutral.voice());
    REQUIRE(poorer.review.size() == 1);
    CHECK(poorer.review[0].said == "Non lo so.");
    CHECK(poorer.review[0].better == "Buongiorno. Sì, l'ho appena controllato: oggi alle 10.");
    check_expanded(poorer.text);
}

TEST_CASE("conversation: with a seed the answers are shown shuffled, the same for the same seed; the authored index is recorded") {
    LoadedScenario loaded = load_example();
    const Node& opening = loaded.scenario->nodes[static_cast<std::size_t>(loaded.scenario->start)];
    REQUIRE(opening.choices.size() == 3);
    CHECK(voiced(loaded, TraineeVoice{}).offered() == std::vector<int>{0, 1, 2});  // no seed: as authored
    std::optional<std::uint64_t> shuffled;
    for (std::uint64_t seed = 1; seed <= 64 && !shuffled; ++seed)
        if (voiced(loaded, TraineeVoice{}, seed).offered() != std::vector<int>{0, 1, 2}) shuffled = seed;
    REQUIRE_MESSAGE(shuffled, "no seed from 1 to 64 changes the order of three answers");
    CHECK(voiced(loaded, TraineeVoice{}, *shuffled).offered() == voiced(loaded, TraineeVoice{}, *shuffled).offered());

    test::TemporaryFolder folder("conversation-shuffled");
    std::unique_ptr<ResultsStore> store = open_results_store(folder.file("results.db"));
    store->upsert_trainee("T1", "T1", "");
    Conversation conversation = voiced(loaded, TraineeVoice{"T1", Phrasing::neutral}, *shuffled, Recording{store.get(), "T1", "immediate", "gui"});
    CHECK(conversation.recorded().shuffle_seed() == shuffled);
    std::vector<int> offered = conversation.offered();
    std::vector<std::string> answers = conversation.offered_answers();
    REQUIRE(answers.size() == offered.size());
    for (std::size_t i = 0; i < offered.size(); ++i) CHECK(answers[i] == opening.choices[static_cast<std::size_t>(offered[i])].say);
    // The authored first answer, wherever it is shown: taken by its position, recorded by its authored index.
    std::size_t position = static_cast<std::size_t>(std::find(offered.begin(), offered.end(), 0) - offered.begin());
    REQUIRE(position < offered.size());
    REQUIRE(conversation.choose(position, 2.0));
    CHECK(conversation.session().history()[0].choice == 0);
    CHECK(conversation.transcript()[1].text == opening.choices[0].say);
    std::vector<DecisionRecord> decisions = store->decisions(conversation.recorded().id());
    REQUIRE(decisions.size() == 1);
    CHECK(decisions[0].choice == 0);
    CHECK(decisions[0].said == std::string(opening.choices[0].say));
    // Resumed, the order is the one recorded with the session, whatever the new recording asks for.
    std::string error;
    Recording again{store.get(), "T1", "immediate", "gui"};
    auto resumed = RecordedSession::resume(loaded.scenario, loaded.analysis, again, error);
    REQUIRE_MESSAGE(resumed, error);
    CHECK(resumed->shuffle_seed() == shuffled);
    Conversation restored(std::move(*resumed), FeedbackMode::immediate, 10);
    CHECK(restored.offered() == conversation.offered());
}
