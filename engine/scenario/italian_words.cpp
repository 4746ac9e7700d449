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
