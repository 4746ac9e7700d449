#include "frontdesk/interface_text.h"

#include <iterator>

namespace frontdesk {

namespace {

struct Entry {
    Ui key;
    const char* en;
    const char* it;
};

// Kept in the order of the enum; a unit test checks that every key is here, in both languages.
constexpr Entry entries[] = {
    {Ui::you_face, "You face", "Interlocutore"},
    {Ui::channel_label, "channel", "canale"},
    {Ui::difficulty_label, "difficulty", "difficoltà"},
    {Ui::you_work_for, "You work for", "Lavora per"},
    {Ui::scored_skills, "Scored skills", "Competenze valutate"},
    {Ui::time_limit_seconds, "Time limit: {0} {0?second|seconds} per answer", "Tempo massimo: {0} {0?secondo|secondi} per risposta"},
    {Ui::time_limit_off, "Time limit: off", "Tempo massimo: disattivato"},
    {Ui::feedback_after_each, "after each answer", "dopo ogni risposta"},
    {Ui::feedback_at_end, "at the end", "alla fine"},
    {Ui::feedback_label, "Feedback", "Commenti"},
    {Ui::mood_label, "mood", "umore"},
    {Ui::answer_prompt, "Your answer", "La Sua risposta"},
    {Ui::choose_scenario_prompt, "Scenario", "Scenario"},
    {Ui::invalid_answer, "Please type a number from 1 to {0}, or q to quit.", "Scriva un numero da 1 a {0}, oppure q per uscire."},
    {Ui::stopped_early, "Conversation stopped before the end ({0} {0?answer|answers} given).", "Conversazione interrotta prima della fine ({0} {0?risposta data|risposte date})."},
    {Ui::too_late, "Too late: you took {0} s and the limit is {1} s.", "Troppo tardi: ha impiegato {0} s e il limite è {1} s."},
    {Ui::ran_out_of_patience, "{0} has run out of patience.", "{0} ha perso la pazienza."},
    {Ui::nothing_to_say, "(You have nothing to say here.)", "(Qui non ha nulla da dire.)"},
    {Ui::ending_label, "Ending", "Esito"},
    {Ui::skills_heading, "Skills (points, and share of the best this scenario allows):", "Competenze (punti, e quota del massimo possibile in questo scenario):"},
    {Ui::points_of_best, "{0} of {1}", "{0} su {1}"},
    {Ui::not_scored_here, "not scored here", "non valutata qui"},
    {Ui::overall, "Overall", "Complessivo"},
    {Ui::passed, "PASSED", "SUPERATO"},
    {Ui::not_passed, "NOT PASSED", "NON SUPERATO"},
    {Ui::pass_rule, "needs {0}% and an ending that is not a failure", "servono il {0}% e un esito che non sia un fallimento"},
    {Ui::review_heading, "Review of your decisions:", "Revisione delle Sue scelte:"},
    {Ui::you_said, "You said", "Ha detto"},
    {Ui::no_answer_in_time, "(no answer in time)", "(nessuna risposta in tempo)"},
    {Ui::no_points, "no points", "nessun punto"},
    {Ui::feedback_prefix, "Feedback", "Commento"},
    {Ui::better_answer, "A better answer here", "Una risposta migliore qui"},
    {Ui::stuck_scenario, "The conversation cannot go on: no answer is available at node '{0}'. This is a fault in the scenario; run frontdesk playtest on it.",
     "La conversazione non può proseguire: nessuna risposta disponibile al nodo '{0}'. È un difetto dello scenario; lo verifichi con frontdesk playtest."},
    {Ui::scenarios_in, "frontdesk - scenarios in {0}:", "frontdesk - scenari in {0}:"},
    {Ui::mood_furious, "furious", "furioso"},
    {Ui::mood_annoyed, "annoyed", "irritato"},
    {Ui::mood_neutral, "neutral", "neutro"},
    {Ui::mood_pleased, "pleased", "sereno"},
    {Ui::mood_delighted, "delighted", "soddisfatto"},
    {Ui::role_client, "client", "cliente"},
    {Ui::role_supplier, "supplier", "fornitore"},
    {Ui::role_visitor, "visitor", "visitatore"},
    {Ui::role_citizen, "citizen", "cittadino"},
    {Ui::role_patient, "patient", "paziente"},
    {Ui::role_guest, "guest", "ospite"},
    {Ui::role_caller, "caller", "chiamante"},
    {Ui::role_colleague, "colleague", "collega"},
    {Ui::channel_desk, "desk", "sportello"},
    {Ui::channel_phone, "phone", "telefono"},
    {Ui::channel_chat, "chat", "chat"},
    {Ui::channel_email, "email", "email"},
    {Ui::channel_social, "social", "social"},
    {Ui::ending_success, "success", "successo"},
    {Ui::ending_partial, "partial", "parziale"},
    {Ui::ending_failure, "failure", "fallimento"},
    {Ui::ending_none, "not finished", "non concluso"},
    {Ui::skill_listening, "listening", "ascolto"},
    {Ui::skill_respect, "respect", "rispetto"},
    {Ui::skill_problem_solving, "problem solving", "soluzione dei problemi"},
    {Ui::quit_hint, "q to quit", "q per uscire"},
    {Ui::not_recorded, "Results are not recorded: no trainee was given (use --trainee ID).", "I risultati non vengono registrati: nessun partecipante indicato (usi --trainee ID)."},
    {Ui::resuming, "Resuming the interrupted session: {0} {0?answer|answers} already given.", "Ripresa della sessione interrotta: {0} {0?risposta già data|risposte già date}."},
    {Ui::no_interrupted, "No interrupted session of this scenario for {0}: starting a new one.", "Nessuna sessione interrotta di questo scenario per {0}: ne inizia una nuova."},
    {Ui::interrupted_exists, "There is an interrupted session of this scenario for {0}: add --resume to continue it.", "Esiste una sessione interrotta di questo scenario per {0}: aggiunga --resume per riprenderla."},
    {Ui::results_saved, "Results saved in {0} (session {1}).", "Risultati salvati in {0} (sessione {1})."},
    {Ui::answer_not_saved, "Your last answer could NOT be saved: {0}. The conversation stops here so that nothing is reported saved that was not.", "L'ultima risposta NON è stata salvata: {0}. La conversazione si ferma qui, così nulla risulta salvato senza esserlo."},
    {Ui::results_unavailable, "Results cannot be recorded: {0}", "I risultati non possono essere registrati: {0}"},
    {Ui::answer_kept_retry, "Your last answer could NOT be saved yet: {0}. It is kept: press Enter to try saving it again, or type q to stop without saving it.",
     "L'ultima risposta NON è ancora stata salvata: {0}. Resta in memoria: prema Invio per riprovare a salvarla, oppure digiti q per fermarsi senza salvarla."},
    {Ui::answer_saved_now, "Saved: your answer is recorded now.", "Salvata: ora la Sua risposta è registrata."},
    {Ui::answers_left_unsaved, "Stopped: {0} {0?answer|answers} not saved. What was saved before stays; resume later with --resume.",
     "Interrotto: {0} {0?risposta non salvata|risposte non salvate}. Quanto salvato prima resta; potrà riprendere più tardi con --resume."},
    {Ui::trainee_heading, "Who is practising?", "Chi si esercita?"},
    {Ui::trainee_name_label, "Your name or employee code", "Nome o codice dipendente"},
    {Ui::interface_language, "Interface language", "Lingua dell'interfaccia"},
    {Ui::continue_button, "Continue", "Continua"},
    {Ui::name_required, "Enter a name to continue.", "Inserisca un nome per continuare."},
    {Ui::library_heading, "Scenarios", "Scenari"},
    {Ui::search_hint, "Search by title, character, organisation…", "Ricerca per titolo, personaggio, organizzazione…"},
    {Ui::filter_all, "All", "Tutti"},
    {Ui::filter_role, "Who you face", "Interlocutore"},
    {Ui::filter_channel, "Channel", "Canale"},
    {Ui::filter_language, "Language", "Lingua"},
    {Ui::filter_difficulty, "Difficulty", "Difficoltà"},
    {Ui::minutes_short, "about {0} min", "circa {0} min"},
    {Ui::broken_scenario, "This scenario has {0} {0?error|errors} and cannot be played. A trainer can fix it with frontdesk lint:", "Questo scenario contiene {0} {0?errore|errori} e non può essere svolto. Un formatore può correggerlo con frontdesk lint:"},
    {Ui::no_match, "No scenario matches these filters.", "Nessuno scenario corrisponde a questi filtri."},
    {Ui::open_button, "Open", "Apri"},
    {Ui::settings_heading, "Settings", "Impostazioni"},
    {Ui::font_size, "Text size", "Dimensione del testo"},
    {Ui::high_contrast, "High contrast", "Alto contrasto"},
    {Ui::briefing_heading, "Briefing", "Istruzioni"},
    {Ui::who_you_face, "Who you face", "Chi ha di fronte"},
    {Ui::time_limit_none, "No time limit", "Nessun limite di tempo"},
    {Ui::start_button, "Start the conversation", "Inizi la conversazione"},
    {Ui::resume_button, "Resume the interrupted conversation ({0} {0?answer|answers} given)", "Riprenda la conversazione interrotta ({0} {0?risposta data|risposte date})"},
    {Ui::back_button, "Back", "Indietro"},
    {Ui::call_time, "Call in progress {0}", "Chiamata in corso {0}"},
    {Ui::seconds_left, "{0} s left", "ancora {0} s"},
    {Ui::public_notice, "Public: everyone who visits the page can read your reply.", "Pubblico: chiunque visiti la pagina può leggere la Sua risposta."},
    {Ui::inbox, "Inbox", "Posta in arrivo"},
    {Ui::email_from, "From", "Da"},
    {Ui::email_subject, "Subject", "Oggetto"},
    {Ui::email_reply, "Your reply", "La Sua risposta"},
    {Ui::choose_hint, "Choose an answer: click it or press 1-{0}.", "Scelga una risposta: con un clic o con i tasti 1-{0}."},
    {Ui::you, "You", "Lei"},
    {Ui::see_debrief, "See the debrief", "Vada al resoconto"},
    {Ui::debrief_heading, "Debrief", "Resoconto"},
    {Ui::play_again, "Play again", "Ripeta lo scenario"},
    {Ui::back_to_library, "Back to the scenarios", "Torni agli scenari"},
    {Ui::percent_of_best, "{0}% of the best", "{0}% del massimo"},
    {Ui::screenshot_saved, "Screenshot saved: {0}", "Schermata salvata: {0}"},
    {Ui::screenshot_failed, "Screenshot not saved: {0}", "Schermata non salvata: {0}"},
    {Ui::keyboard_help, "Keys: 1-9 answer, Tab and arrows move, Enter selects, Esc goes back, Ctrl+plus/minus text size, F12 screenshot",
     "Tasti: 1-9 per rispondere, Tab e frecce per spostarsi, Invio per selezionare, Esc per tornare indietro, Ctrl+più/meno per il testo, F12 per la schermata"},
    {Ui::trainee_label, "Trainee", "Partecipante"},
    {Ui::change_button, "Change", "Cambia"},
    {Ui::difficulty_1, "easy", "facile"},
    {Ui::difficulty_2, "medium", "media"},
    {Ui::difficulty_3, "hard", "difficile"},
    {Ui::language_en, "English", "Inglese"},
    {Ui::language_it, "Italian", "Italiano"},
    {Ui::response_time, "answered in {0} s", "risposta in {0} s"},
    {Ui::character_is_typing, "{0} is typing...", "{0} sta scrivendo..."},
    {Ui::public_post, "Public post", "Post pubblico"},
    {Ui::comments, "Comments", "Commenti"},
    {Ui::no_scenarios, "No scenario files were found in: {0}", "Nessun file di scenario trovato in: {0}"},
    {Ui::your_answers, "Your answers", "Le Sue risposte"},
    {Ui::skills_chart, "Skills", "Competenze"},
    {Ui::ending_reached, "Ending: {0}", "Esito: {0}"},
    {Ui::interrupted_saved, "The conversation was saved: you can resume it from its briefing.", "La conversazione è stata salvata: può riprenderla dalle istruzioni."},
    {Ui::review_results_button, "Review results", "Consulti i risultati"},
    {Ui::review_title, "Results review", "Revisione dei risultati"},
    {Ui::review_cohort, "Cohort", "Gruppo"},
    {Ui::review_trainee, "Trainee", "Partecipante"},
    {Ui::review_scenario, "Scenario", "Scenario"},
    {Ui::review_scenarios, "Scenarios", "Scenari"},
    {Ui::review_transcript, "Transcript", "Trascrizione"},
    {Ui::review_since, "Since", "Dal"},
    {Ui::review_since_hint, "YYYY-MM-DD", "AAAA-MM-GG"},
    {Ui::review_since_invalid, "\"{0}\" is not a date: please use YYYY-MM-DD.", "\"{0}\" non è una data: usi il formato AAAA-MM-GG."},
    {Ui::review_reload, "Reload", "Aggiorna"},
    {Ui::review_no_results, "No results yet. They appear here as soon as trainees play a scenario under their name or code.",
     "Ancora nessun risultato. Compariranno qui non appena i partecipanti svolgeranno uno scenario con il proprio nome o codice."},
    {Ui::review_no_match, "No results match these filters.", "Nessun risultato corrisponde a questi filtri."},
    {Ui::review_store_unavailable, "The results database could not be opened: {0}", "Impossibile aprire l'archivio dei risultati: {0}"},
    {Ui::review_read_failed, "The results could not be read: {0}", "Impossibile leggere i risultati: {0}"},
    {Ui::review_summary, "Trainees {0} · attempts {1} · finished {2} · passed {3} · overall mean {4}",
     "Partecipanti {0} · tentativi {1} · conclusi {2} · superati {3} · media complessiva {4}"},
    {Ui::review_column_id, "ID", "Codice"},
    {Ui::review_column_name, "Name", "Nome"},
    {Ui::review_column_attempts, "Attempts", "Tentativi"},
    {Ui::review_column_finished, "Finished", "Conclusi"},
    {Ui::review_column_passed, "Passed", "Superati"},
    {Ui::review_column_last, "Last practice", "Ultima esercitazione"},
    {Ui::review_column_latest, "Latest result", "Ultimo risultato"},
    {Ui::review_column_overall_mean, "Overall mean", "Media complessiva"},
    {Ui::review_trainee_summary, "Cohort {0} · attempts {1} · finished {2} · passed {3} · overall mean {4} · latest result {5}",
     "Gruppo {0} · tentativi {1} · conclusi {2} · superati {3} · media complessiva {4} · ultimo risultato {5}"},
    {Ui::review_cohort_hint, "Percentages are means over finished sessions. Enter or a click on a row shows that trainee's trend; a click on a heading sorts.",
     "Le percentuali sono medie sulle sessioni concluse. Invio o un clic su una riga mostrano l'andamento del partecipante; un clic su un'intestazione ordina."},
    {Ui::review_trend_heading, "Skills over time (% of the best possible, finished sessions in time order)",
     "Competenze nel tempo (% del massimo possibile, sessioni concluse in ordine di tempo)"},
    {Ui::review_no_finished, "{0} has not finished a session yet.", "{0} non ha ancora concluso una sessione."},
    {Ui::review_choose_trainee, "Choose a trainee in the cohort table.", "Scelga un partecipante nella tabella del gruppo."},
    {Ui::review_attempts_of, "Attempts of {0}", "Tentativi di {0}"},
    {Ui::review_column_date, "Date", "Data"},
    {Ui::review_column_result, "Result", "Risultato"},
    {Ui::review_passed_short, "passed", "superato"},
    {Ui::review_not_passed_short, "not passed", "non superato"},
    {Ui::review_unfinished, "interrupted", "interrotto"},
    {Ui::review_scenario_summary, "Attempts {0} · finished {1} · passed {2} · overall mean {3}",
     "Tentativi {0} · conclusi {1} · superati {2} · media complessiva {3}"},
    {Ui::review_skill_means, "Mean per skill", "Media per competenza"},
    {Ui::review_endings, "Endings", "Esiti"},
    {Ui::review_where_wrong, "Where do people go wrong?", "Dove si sbaglia più spesso?"},
    {Ui::review_no_pitfalls, "No answer recorded in this scenario cost any points.", "Nessuna risposta registrata in questo scenario ha fatto perdere punti."},
    {Ui::review_node, "{0} · {1} {1?session|sessions} · {2} {2?answer|answers}", "{0} · {1} {1?sessione|sessioni} · {2} {2?risposta|risposte}"},
    {Ui::review_costly_share, "{0} of the answers here cost points", "il {0} delle risposte qui ha fatto perdere punti"},
    {Ui::review_choice_count, "{0} ({1} of {2})", "{0} ({1} su {2})"},
    {Ui::review_costly, "costly", "penalizzante"},
    {Ui::review_lines_unknown, "The scenario file is not in the library or has changed since these attempts: the points of the conversation are shown by their names in the file.",
     "Il file dello scenario non è nella libreria o è cambiato dopo questi tentativi: i punti della conversazione sono indicati con il loro nome nel file."},
    {Ui::review_started, "Started {0}", "Iniziato il {0}"},
    {Ui::review_ended, "ended {0}", "concluso il {0}"},
    {Ui::review_mood_after, "mood after: {0}", "umore dopo: {0}"},
    {Ui::review_keys, "Keys: arrows move, Enter opens (on a heading: sorts), 1-4 or Ctrl+PgUp/PgDn switch tabs, PgUp/PgDn scroll, Ctrl+S saves the report, Esc goes back to the scenarios",
     "Tasti: le frecce spostano, Invio apre (su un'intestazione: ordina), 1-4 o Ctrl+PagSu/PagGiù cambiano scheda, PagSu/PagGiù scorrono, Ctrl+S salva il rapporto, Esc torna agli scenari"},
    {Ui::review_character, "Character", "Interlocutore"},
    {Ui::review_node_name, "point \"{0}\"", "punto «{0}»"},
    {Ui::review_sessions_axis, "sessions", "sessioni"},
    {Ui::review_attempt, "Attempt", "Tentativo"},
    {Ui::phrasing_question, "How should the conversation address you?", "Come preferisce che la conversazione si rivolga a Lei?"},
    {Ui::phrasing_feminine, "Feminine", "Femminile"},
    {Ui::phrasing_masculine, "Masculine", "Maschile"},
    {Ui::phrasing_neutral, "Neutral", "Neutro"},
    // reports
    {Ui::report_title, "Training results", "Risultati della formazione"},
    {Ui::report_kicker, "frontdesk · front-office training", "frontdesk · formazione front office"},
    {Ui::report_table_summary, "Training results: {0} {0?trainee|trainees}, {1} {1?attempt|attempts}, {2} finished, {3} passed; mean overall {4}",
     "Risultati della formazione: {0} {0?partecipante|partecipanti}, {1} {1?tentativo|tentativi}, {2} {2?concluso|conclusi}, {3} {3?superato|superati}; media complessiva {4}"},
    {Ui::report_period, "sessions started {0} to {1} (UTC)", "sessioni avviate dal {0} al {1} (UTC)"},
    {Ui::report_no_sessions, "no sessions", "nessuna sessione"},
    {Ui::report_filter, "Filter: {0}", "Filtro: {0}"},
    {Ui::report_filter_cohort, "cohort {0}", "gruppo {0}"},
    {Ui::report_filter_scenario, "scenario {0}", "scenario {0}"},
    {Ui::report_filter_trainee, "trainee {0}", "partecipante {0}"},
    {Ui::report_filter_since, "since {0}", "dal {0}"},
    {Ui::report_all, "All trainees and scenarios", "Tutti i partecipanti e gli scenari"},
    {Ui::report_contents, "Contents", "Indice"},
    {Ui::report_overview, "Cohort overview", "Quadro del gruppo"},
    {Ui::report_trends, "Progress over time", "Andamento nel tempo"},
    {Ui::report_scenarios, "Scenarios", "Scenari"},
    {Ui::report_pitfalls, "Where people go wrong", "Dove si sbaglia"},
    {Ui::report_trainees, "Trainees", "Partecipanti"},
    {Ui::report_mean_overall, "Mean overall", "Media complessiva"},
    {Ui::report_table_overview, "Cohort overview (mean percentage over finished sessions)", "Quadro del gruppo (percentuale media sulle sessioni concluse)"},
    {Ui::report_table_scenarios, "Scenarios (means over finished sessions; endings of finished sessions)", "Scenari (medie ed esiti delle sessioni concluse)"},
    {Ui::report_table_pitfalls, "Where people go wrong (the most common answers that cost points)", "Dove si sbaglia (le risposte penalizzanti più frequenti)"},
    {Ui::report_table_choices, "Choices at each node (finished sessions; ! marks an answer that costs points)",
     "Risposte scelte a ogni nodo (sessioni concluse; ! indica una risposta penalizzante)"},
    {Ui::report_table_trends, "Trends (finished sessions in time order)", "Andamento (sessioni concluse in ordine di tempo)"},
    {Ui::report_no_trainee, "No trainee matches.", "Nessun partecipante corrisponde al filtro."},
    {Ui::report_no_session, "No session matches.", "Nessuna sessione corrisponde al filtro."},
    {Ui::report_no_pitfalls, "No answer that costs points was taken.", "Non è stata scelta nessuna risposta penalizzante."},
    {Ui::report_no_decisions, "No decision recorded in finished sessions.", "Nessuna risposta registrata nelle sessioni concluse."},
    {Ui::report_no_finished, "No finished session.", "Nessuna sessione conclusa."},
    {Ui::report_column_trainee, "Trainee", "Partecipante"},
    {Ui::report_column_name, "Name", "Nome"},
    {Ui::report_column_cohort, "Cohort", "Gruppo"},
    {Ui::report_column_attempts, "Attempts", "Tentativi"},
    {Ui::report_column_finished, "Finished", "Conclusi"},
    {Ui::report_column_passed, "Passed", "Superati"},
    {Ui::report_column_last_practice, "Last practice", "Ultima esercitazione"},
    {Ui::report_column_overall, "Overall", "Complessivo"},
    {Ui::report_column_latest, "Latest", "Ultimo risultato"},
    {Ui::report_column_scenario, "Scenario", "Scenario"},
    {Ui::report_column_title, "Title", "Titolo"},
    {Ui::report_column_answer, "Answer", "Risposta"},
    {Ui::report_column_taken, "Taken", "Volte"},
    {Ui::report_column_share, "Share", "Quota"},
    {Ui::report_column_score, "Score", "Punti"},
    {Ui::report_column_said, "Said", "Testo"},
    {Ui::report_column_said_by_trainee, "What the trainee said", "Cosa ha detto il partecipante"},
    {Ui::report_column_ended, "Ended", "Fine"},
    {Ui::report_column_ending, "Ending", "Esito"},
    {Ui::report_column_session_passed, "Passed", "Superato"},
    {Ui::report_never, "never", "mai"},
    {Ui::report_yes, "yes", "sì"},
    {Ui::report_no, "no", "no"},
    {Ui::report_no_answer, "no answer", "nessuna"},
    {Ui::report_no_answer_in_time, "No answer in time", "Nessuna risposta in tempo"},
    {Ui::report_node, "node {0}", "nodo {0}"},
    {Ui::report_node_caption, "Node {0}", "Nodo {0}"},
    {Ui::report_pitfall_answer, "answer {0}", "risposta {0}"},
    {Ui::report_pitfall_no_answer, "no answer", "nessuna risposta"},
    {Ui::report_taken, "taken {0} of {1} {1?time|times}", "scelta {0} {0?volta|volte} su {1}"},
    {Ui::report_reached, "reached in {0} {0?session|sessions}, {1} {1?decision|decisions}", "raggiunto in {0} {0?sessione|sessioni}, {1} {1?risposta|risposte}"},
    {Ui::report_pitfalls_heading, "The most common answers that cost points", "Le risposte penalizzanti più frequenti"},
    {Ui::report_common_mistake, "common mistake #{0}", "errore frequente n. {0}"},
    {Ui::report_costs_points, "costs points", "penalizzante"},
    {Ui::report_overview_note, "Each trainee's mean percentage per skill over their finished sessions, with attempts, passes and the latest result.",
     "Per ogni partecipante: percentuale media per competenza sulle sessioni concluse, tentativi, sessioni superate e ultimo risultato."},
    {Ui::report_skills_chart, "Skills per trainee", "Competenze per partecipante"},
    {Ui::report_skills_chart_title, "Mean percentage per skill for each trainee (the table above lists the same numbers)",
     "Percentuale media per competenza di ogni partecipante (gli stessi valori sono nella tabella qui sopra)"},
    {Ui::report_chart_no_finished, "no finished session yet", "nessuna sessione ancora conclusa"},
    {Ui::report_skills_chart_caption, "Mean percentage per skill over finished sessions.", "Percentuale media per competenza sulle sessioni concluse."},
    {Ui::report_skills_chart_limit, "The chart shows the first {0} of {1} trainees; the table lists them all (a --cohort or --trainee filter narrows the report).",
     "Il grafico mostra i primi {0} partecipanti su {1}; la tabella li riporta tutti (con --cohort o --trainee si restringe il rapporto)."},
    {Ui::report_trends_note, "Each trainee's finished sessions in time order: one line per skill and the overall result.",
     "Le sessioni concluse di ogni partecipante in ordine di tempo: una linea per competenza e una per il risultato complessivo."},
    {Ui::report_no_finished_yet, "No finished session yet.", "Ancora nessuna sessione conclusa."},
    {Ui::report_legend_overall, "Overall (filled dot: passed)", "Complessivo (punto pieno: superato)"},
    {Ui::report_trends_limit, "Shown: the first {0} of {1} trainees with finished sessions; a --cohort or --trainee filter narrows the report, and the CSV has every session.",
     "Sono mostrati i primi {0} dei {1} partecipanti con sessioni concluse; con --cohort o --trainee si restringe il rapporto, e il CSV contiene tutte le sessioni."},
    {Ui::report_card_summary, "{0} {0?finished session|finished sessions}, {1} passed", "{0} {0?sessione conclusa|sessioni concluse}, {1} {1?superata|superate}"},
    {Ui::report_sessions_of, "Sessions of {0}", "Sessioni di {0}"},
    {Ui::report_trend_chart_title, "Trend of {0}: overall {1} in the first session, {2} in the latest, over {3} {3?session|sessions}",
     "Andamento di {0}: complessivo {1} nella prima sessione e {2} nell'ultima, su {3} {3?sessione|sessioni}"},
    {Ui::report_scenarios_note, "Attempts, mean percentage per skill and the spread of endings for each scenario played.",
     "Per ogni scenario svolto: tentativi, percentuale media per competenza e distribuzione degli esiti."},
    {Ui::report_no_session_filter, "No session matches this report's filter.", "Nessuna sessione corrisponde al filtro di questo rapporto."},
    {Ui::report_no_trainee_filter, "No trainee matches this report's filter.", "Nessun partecipante corrisponde al filtro di questo rapporto."},
    {Ui::report_endings_chart, "Spread of endings", "Distribuzione degli esiti"},
    {Ui::report_endings_chart_title, "Endings reached per scenario: {0}", "Esiti raggiunti per scenario: {0}"},
    {Ui::report_count_success, "{0} success", "{0} {0?successo|successi}"},
    {Ui::report_count_partial, "{0} partial", "{0} {0?parziale|parziali}"},
    {Ui::report_count_failure, "{0} failure", "{0} {0?fallimento|fallimenti}"},
    {Ui::report_endings_chart_caption, "Endings of finished sessions; the numbers are sessions.", "Esiti delle sessioni concluse; i numeri indicano le sessioni."},
    {Ui::report_choices_note, "At each point of the conversation, how often each answer was chosen in finished sessions, with the points it earned. Answers that cost points are marked; the most common of them are listed first.",
     "Per ogni punto della conversazione: quante volte è stata scelta ciascuna risposta nelle sessioni concluse e quanti punti ha dato. Le risposte penalizzanti sono evidenziate e le più frequenti sono elencate per prime."},
    {Ui::report_footer, "Percentages are of the best score each scenario allows for a skill; means are over finished sessions; an attempt counts every session started. Times are UTC. Made by frontdesk from its results database.",
     "Le percentuali si riferiscono al punteggio massimo che ogni scenario consente per una competenza; le medie sono calcolate sulle sessioni concluse; i tentativi comprendono tutte le sessioni avviate. Gli orari sono in UTC. Documento generato da frontdesk dall'archivio dei risultati."},
    // the CSV's column names: English ones are identifiers for programs ({0} the skill as stored), Italian ones are for a
    // spreadsheet reader ({1} the skill's label)
    {Ui::report_csv_trainee, "trainee", "Partecipante"},
    {Ui::report_csv_name, "display_name", "Nome"},
    {Ui::report_csv_cohort, "cohort", "Gruppo"},
    {Ui::report_csv_session, "session", "Sessione"},
    {Ui::report_csv_scenario, "scenario_id", "Scenario"},
    {Ui::report_csv_title, "scenario_title", "Titolo dello scenario"},
    {Ui::report_csv_language, "scenario_language", "Lingua dello scenario"},
    {Ui::report_csv_started, "started_utc", "Inizio (UTC)"},
    {Ui::report_csv_ended, "ended_utc", "Fine (UTC)"},
    {Ui::report_csv_ending, "ending", "Esito"},
    {Ui::report_csv_skill_points, "{0}_points", "{1} (punti)"},
    {Ui::report_csv_skill_percent, "{0}_percent", "{1} (%)"},
    {Ui::report_csv_overall, "overall_percent", "Complessivo (%)"},
    {Ui::report_csv_passed, "passed", "Superato"},
    // the window: checks of what is typed, the Review's reading state, saving the report from the Review
    {Ui::name_unusable, "This name cannot be used: it {0}.", "Questo nome non può essere usato: {0}."},
    {Ui::review_loading, "Reading the results...", "Lettura dei risultati in corso..."},
    {Ui::review_loading_slow, "Still reading the results from {0} ({1} s)...", "Lettura dei risultati da {0} ancora in corso ({1} s)..."},
    {Ui::review_retry_hint, "Check that the results database (or the server that holds it) can be reached, then choose Reload.",
     "Verifichi che l'archivio dei risultati (o il server che lo ospita) sia raggiungibile, poi scelga Aggiorna."},
    {Ui::review_save_button, "Save report...", "Salva rapporto..."},
    {Ui::report_save_title, "Save the report", "Salva il rapporto"},
    {Ui::report_save_explain, "The coordinators' report of the results shown (the filter above applies), in English. It holds trainees' names and scores: save it where only coordinators can read it.",
     "Il rapporto per i coordinatori sui risultati mostrati (vale il filtro impostato), in italiano. Contiene nomi e punteggi dei partecipanti: lo salvi dove solo i coordinatori possono leggerlo."},
    {Ui::report_save_path, "File", "File"},
    {Ui::report_save_format, "Format", "Formato"},
    {Ui::report_format_html, "HTML (to read and print)", "HTML (da leggere e stampare)"},
    {Ui::report_format_csv, "CSV (for a spreadsheet)", "CSV (per un foglio di calcolo)"},
    {Ui::report_save_confirm, "Save", "Salva"},
    {Ui::cancel_button, "Cancel", "Annulla"},
    {Ui::report_saved, "Report saved: {0}", "Rapporto salvato: {0}"},
    {Ui::report_not_saved, "The report was not saved: {0}", "Il rapporto non è stato salvato: {0}"},
    {Ui::report_save_wait, "The results are still being read; save once they are shown.", "I risultati sono ancora in lettura; salvi quando sono visualizzati."},
    {Ui::report_path_empty, "Give the file's name.", "Indichi il nome del file."},
    {Ui::name_not_utf8, "is not valid UTF-8 text (was it typed in a terminal with another encoding?)",
     "non è un testo UTF-8 valido (è stato scritto in un terminale con un'altra codifica?)"},
    {Ui::name_control_character, "contains a control character, {0}; use letters, digits and punctuation",
     "contiene un carattere di controllo, {0}; usi lettere, cifre e punteggiatura"},
    {Ui::name_too_long, "is longer than {0} characters", "supera i {0} caratteri"},
    {Ui::sound_cues, "Sounds", "Suoni"},
    {Ui::sound_unavailable, "Sounds are off: this computer cannot play them ({0}).",
     "Suoni disattivati: questo computer non può riprodurli ({0})."},
    {Ui::text_size_smaller, "Smaller text (Ctrl+minus)", "Testo più piccolo (Ctrl+meno)"},
    {Ui::text_size_normal, "Normal text size (Ctrl+0)", "Dimensione normale del testo (Ctrl+0)"},
    {Ui::text_size_larger, "Larger text (Ctrl+plus)", "Testo più grande (Ctrl+più)"},
    // "All" for a feminine noun (lingua, difficoltà); filter_all serves the masculine ones (interlocutore, canale)
    {Ui::filter_all_feminine, "All", "Tutte"},
    {Ui::clear_filters, "Clear filters", "Azzeri i filtri"},
    {Ui::badge_done, "Done", "Completato"},
    {Ui::badge_best, "Best {0}", "Migliore {0}"},
    {Ui::badge_in_progress, "In progress", "In corso"},
    {Ui::start_over_button, "Start over", "Ricominci da capo"},
    {Ui::start_over_title, "Start over?", "Ricominciare da capo?"},
    {Ui::start_over_text, "Start again from the beginning? The saved conversation ({0} {0?answer|answers} given) stays in your results as interrupted, but it can no longer be resumed.",
     "Ricominciare dall'inizio? La conversazione salvata ({0} {0?risposta data|risposte date}) resta nei Suoi risultati come interrotta, ma non potrà più essere ripresa."},
    {Ui::start_over_confirm, "Start over", "Ricominci"},
    {Ui::confirm_keys_hint, "Enter: the outlined button · Esc: cancel", "Invio: il pulsante evidenziato · Esc: annulla"},
    {Ui::briefing_situation, "The situation", "La situazione"},
    {Ui::briefing_you_can, "What you can do", "Che cosa può fare"},
    {Ui::briefing_you_cannot, "What you cannot do", "Che cosa non può fare"},
};
static_assert(std::size(entries) == static_cast<std::size_t>(Ui::count_), "every Ui key needs an entry");

constexpr bool complete_and_in_order() {
    for (std::size_t i = 0; i < std::size(entries); ++i)
        if (static_cast<std::size_t>(entries[i].key) != i || entries[i].en[0] == '\0' || entries[i].it[0] == '\0') return false;
    return true;
}
static_assert(complete_and_in_order(), "interface texts must follow the enum's order and exist in both languages");

}  // namespace

std::string format_ui_text(std::string_view text, std::initializer_list<std::string_view> arguments) {
    auto argument = [&](char digit) -> std::string_view {
        auto index = static_cast<std::size_t>(digit - '0');
        return index < arguments.size() ? *(arguments.begin() + index) : std::string_view();
    };
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        bool digit = i + 2 < text.size() && text[i] == '{' && text[i + 1] >= '0' && text[i + 1] <= '9';
        if (digit && text[i + 2] == '}') {
            out += argument(text[i + 1]);
            i += 2;
            continue;
        }
        // {0?one|other}: English and Italian both use the singular for exactly 1 and the plural otherwise (0 too).
        std::size_t close = digit && text[i + 2] == '?' ? text.find('}', i) : std::string_view::npos;
        std::size_t bar = close == std::string_view::npos ? close : text.find('|', i);
        if (bar != std::string_view::npos && bar < close) {
            bool one = argument(text[i + 1]) == "1";
            out += one ? text.substr(i + 3, bar - i - 3) : text.substr(bar + 1, close - bar - 1);
            i = close;
            continue;
        }
        out += text[i];
    }
    return out;
}

std::string ui_text(Language language, Ui key, std::initializer_list<std::string_view> arguments) {
    const Entry& entry = entries[static_cast<std::size_t>(key)];
    return format_ui_text(language == Language::it ? entry.it : entry.en, arguments);
}

std::string mood_name(Language language, int mood) {
    Ui key = mood < 20 ? Ui::mood_furious : mood < 40 ? Ui::mood_annoyed : mood < 60 ? Ui::mood_neutral
           : mood < 80 ? Ui::mood_pleased : Ui::mood_delighted;
    return ui_text(language, key);
}

std::string skill_label(Language language, const std::string& skill) {
    if (skill == "listening") return ui_text(language, Ui::skill_listening);
    if (skill == "respect") return ui_text(language, Ui::skill_respect);
    if (skill == "problem_solving") return ui_text(language, Ui::skill_problem_solving);
    return skill;
}

std::string describe_points(const std::vector<std::pair<std::string, int>>& score, Language language) {
    std::string out;
    for (const auto& [skill, points] : score) {
        if (points == 0) continue;
        out += (out.empty() ? "" : ", ") + std::string(points > 0 ? "+" : "") + std::to_string(points) + " " + skill_label(language, skill);
    }
    return out.empty() ? ui_text(language, Ui::no_points) : out;
}

}  // namespace frontdesk
