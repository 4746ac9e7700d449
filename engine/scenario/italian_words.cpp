#include "italian_words.h"

#include <cctype>
#include <string>

namespace frontdesk {

namespace {

struct Word {
    const char* italian;
    const char* english;
};

// Keys, then values. Written lowercase, without accents as well as with them.
constexpr Word words[] = {
    {"formato", "format"}, {"titolo", "title"}, {"lingua", "language"}, {"ruolo", "role"}, {"canale", "channel"},
    {"difficoltà", "difficulty"}, {"difficolta", "difficulty"}, {"organizzazione", "organisation"}, {"ente", "organisation"},
    {"riassunto", "summary"}, {"sommario", "summary"}, {"sintesi", "summary"}, {"competenze", "skills"}, {"abilità", "skills"},
    {"abilita", "skills"}, {"personaggio", "character"}, {"nome", "name"}, {"umore", "mood"}, {"descrizione", "description"},
    {"limite_tempo", "time_limit"}, {"tempo_limite", "time_limit"}, {"tempo", "time_limit"}, {"soglia", "pass"},
    {"superamento", "pass"}, {"ordine", "order"}, {"inizio", "start"}, {"partenza", "start"}, {"nodi", "nodes"},
    {"dice", "say"}, {"dire", "say"}, {"battuta", "say"}, {"testo", "say"}, {"narrazione", "narration"},
    {"didascalia", "narration"}, {"scelte", "choices"}, {"risposte", "choices"}, {"opzioni", "choices"}, {"vai", "goto"},
    {"vai_a", "goto"}, {"salta", "goto"}, {"se", "if"}, {"condizione", "if"}, {"imposta", "set"}, {"punteggio", "score"},
    {"punti", "score"}, {"commento", "feedback"}, {"riscontro", "feedback"}, {"fine", "end"}, {"finale", "end"},
    {"ideale", "ideal"}, {"all_ingresso", "on_enter"}, {"ingresso", "on_enter"}, {"allo_scadere", "on_timeout"},
    {"nodo", "node"}, {"resoconto", "debrief"},
    {"istruzioni", "briefing"}, {"consegne", "briefing"}, {"può", "you_can"}, {"puo", "you_can"}, {"cosa_può_fare", "you_can"},
    {"cosa_puo_fare", "you_can"}, {"non_può", "you_cannot"}, {"non_puo", "you_cannot"}, {"cosa_non_può_fare", "you_cannot"},
    {"cosa_non_puo_fare", "you_cannot"},
    {"aspetto", "look"}, {"età", "age"}, {"eta", "age"}, {"pelle", "skin"}, {"carnagione", "skin"},
    {"capelli", "hair"}, {"acconciatura", "hair"}, {"colore_capelli", "hair_colour"}, {"colore_dei_capelli", "hair_colour"},
    {"occhiali", "glasses"}, {"barba", "facial_hair"}, {"barba_e_baffi", "facial_hair"}, {"abiti", "clothing"},
    {"abbigliamento", "clothing"}, {"vestiti", "clothing"}, {"turbato", "upset"}, {"turbamento", "upset"},
    {"quando_turbato", "upset"},
    {"chiamata", "call"}, {"attesa", "hold"}, {"in_attesa", "hold"}, {"trasferimento", "transfer"}, {"trasferita", "transfer"},
    {"visibilità", "visibility"}, {"visibilita", "visibility"}, {"pubblico", "public"}, {"pubblica", "public"},
    {"privato", "private"}, {"privata", "private"}, {"riservato", "private"},
    {"cliente", "client"}, {"fornitore", "supplier"}, {"visitatore", "visitor"}, {"visitatrice", "visitor"},
    {"cittadino", "citizen"}, {"cittadina", "citizen"}, {"utente", "citizen"}, {"paziente", "patient"}, {"ospite", "guest"},
    {"chiamante", "caller"}, {"collega", "colleague"}, {"sportello", "desk"}, {"banco", "desk"}, {"bancone", "desk"},
    {"accoglienza", "desk"}, {"telefono", "phone"}, {"telefonata", "phone"}, {"posta", "email"}, {"mail", "email"},
    {"e-mail", "email"}, {"posta_elettronica", "email"}, {"sociale", "social"}, {"successo", "success"},
    {"parziale", "partial"}, {"fallimento", "failure"}, {"insuccesso", "failure"}, {"italiano", "it"}, {"inglese", "en"},
    {"casuale", "shuffled"}, {"mescolato", "shuffled"}, {"mescolate", "shuffled"}, {"fisso", "fixed"}, {"fissa", "fixed"},
    {"vero", "true"}, {"sì", "true"}, {"si", "true"}, {"falso", "false"}, {"ascolto", "listening"}, {"rispetto", "respect"},
    {"risoluzione_problemi", "problem_solving"}, {"soluzione_problemi", "problem_solving"},
    {"risoluzione_dei_problemi", "problem_solving"}, {"problem-solving", "problem_solving"},
    {"giovane", "young"}, {"adulto", "adult"}, {"adulta", "adult"}, {"mezza_età", "middle_aged"},
    {"mezza_eta", "middle_aged"}, {"di_mezza_età", "middle_aged"}, {"anziano", "senior"}, {"anziana", "senior"},
    {"chiara", "light"}, {"rosea", "fair"}, {"media", "medium"}, {"olivastra", "olive"}, {"ambrata", "brown"},
    {"bruna", "brown"}, {"scura", "dark"}, {"corti", "short"}, {"lunghi", "long"}, {"ricci", "curly"},
    {"chignon", "bun"}, {"crocchia", "bun"}, {"coda", "ponytail"}, {"coda_di_cavallo", "ponytail"},
    {"caschetto", "bob"}, {"calvo", "bald"}, {"pelato", "bald"}, {"velo", "covered"}, {"foulard", "covered"},
    {"neri", "black"}, {"castani", "brown"}, {"biondi", "blonde"}, {"rossi", "red"}, {"grigi", "grey"},
    {"brizzolati", "grey"}, {"bianchi", "white"}, {"nessuna", "none"}, {"nessuno", "none"}, {"baffi", "moustache"},
    {"barba_lunga", "beard"}, {"barbetta", "beard"}, {"barba_incolta", "stubble"}, {"completo", "suit"},
    {"tailleur", "suit"}, {"giacca_e_cravatta", "suit"}, {"camicia", "shirt"}, {"camicetta", "blouse"},
    {"maglione", "jumper"}, {"maglia", "jumper"}, {"golf", "cardigan"}, {"giacca", "jacket"}, {"giubbotto", "jacket"},
    {"giubbino", "jacket"}, {"divisa", "uniform"}, {"uniforme", "uniform"}, {"felpa", "hoodie"},
    {"maglietta", "tshirt"}, {"t-shirt", "tshirt"}, {"arrabbiato", "angry"}, {"arrabbiata", "angry"},
    {"preoccupato", "worried"}, {"preoccupata", "worried"}, {"ansioso", "worried"}, {"ansiosa", "worried"},
};

}  // namespace

const char* english_for(std::string_view italian) {
    if (italian.empty() || italian.size() > 40) return nullptr;
    std::string lower;
    for (char c : italian) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    for (const Word& word : words)
        if (lower == word.italian) return word.english;
    return nullptr;
}

}  // namespace frontdesk
