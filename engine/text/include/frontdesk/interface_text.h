// The program's own words (not the scenarios'), in English and Italian. The terminal player speaks the
// scenario's language; the window speaks the trainee's chosen language. Every key exists in both.
#pragma once

#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "frontdesk/language.h"

namespace frontdesk {

enum class Ui {
    you_face, channel_label, difficulty_label, you_work_for, scored_skills, time_limit_seconds, time_limit_off,
    feedback_after_each, feedback_at_end, feedback_label, mood_label, answer_prompt, choose_scenario_prompt,
    invalid_answer, stopped_early, too_late, ran_out_of_patience, nothing_to_say, ending_label, skills_heading,
    points_of_best, not_scored_here, overall, passed, not_passed, pass_rule, review_heading, you_said,
    no_answer_in_time, no_points, feedback_prefix, better_answer, stuck_scenario, scenarios_in,
    mood_furious, mood_annoyed, mood_neutral, mood_pleased, mood_delighted,
    role_client, role_supplier, role_visitor, role_citizen, role_patient, role_guest, role_caller, role_colleague,
    channel_desk, channel_phone, channel_chat, channel_email, channel_social,
    ending_success, ending_partial, ending_failure, ending_none,
    skill_listening, skill_respect, skill_problem_solving, quit_hint,
    // recording
    not_recorded, resuming, no_interrupted, interrupted_exists, results_saved, answer_not_saved, results_unavailable,
    answer_kept_retry, answer_saved_now, answers_left_unsaved, lrs_delivered, lrs_waiting, lrs_settings_unusable,
    answer_kept_window, results_unsaved, save_again_button,
    results_location_button, results_location_title, results_location_explain, results_location_fixed, results_location_invalid,
    results_location_no_folder, results_location_unsaved,
    // the window
    trainee_heading, trainee_name_label, interface_language, continue_button, name_required, library_heading, search_hint, filter_all, filter_role, filter_channel, filter_language, filter_difficulty, minutes_short, broken_scenario, no_match, open_button, settings_heading, font_size, high_contrast, briefing_heading, who_you_face, time_limit_none, start_button, resume_button, back_button, seconds_left, public_notice, inbox, email_from, email_subject, email_reply, choose_hint, you, see_debrief, debrief_heading, play_again, back_to_library, percent_of_best, screenshot_saved, screenshot_failed, keyboard_help, trainee_label, change_button, difficulty_1, difficulty_2, difficulty_3, language_en, language_it, response_time, character_is_typing, public_post, comments, no_scenarios, your_answers, skills_chart, ending_reached, interrupted_saved,
    // the window's Review area (for course coordinators)
    review_results_button, review_title, review_cohort, review_trainee, review_scenario, review_scenarios, review_transcript,
    review_since, review_since_hint, review_since_invalid, review_reload, review_no_results, review_no_match,
    review_store_unavailable, review_read_failed, review_summary, review_column_id, review_column_name, review_column_attempts,
    review_column_finished, review_column_passed, review_column_last, review_column_latest, review_column_overall_mean,
    review_trainee_summary, review_cohort_hint,
    review_trend_heading, review_no_finished, review_choose_trainee, review_attempts_of, review_column_date, review_column_result,
    review_passed_short, review_not_passed_short, review_unfinished, review_scenario_summary, review_skill_means, review_endings,
    review_where_wrong, review_no_pitfalls, review_node, review_costly_share, review_choice_count, review_costly, review_lines_unknown,
    review_started, review_ended, review_mood_after, review_keys, review_character, review_node_name, review_sessions_axis,
    review_attempt,
    // how the conversation addresses the trainee ({f:...|m:...|n:...} in scenarios)
    phrasing_question, phrasing_feminine, phrasing_masculine, phrasing_neutral,
    // reports (frontdesk report: the table, the CSV's column names and the HTML page)
    report_title, report_kicker, report_table_summary, report_period, report_no_sessions, report_filter, report_filter_cohort,
    report_filter_scenario, report_filter_trainee, report_filter_since, report_all, report_contents, report_overview, report_trends,
    report_scenarios, report_pitfalls, report_trainees, report_mean_overall, report_table_overview, report_table_scenarios,
    report_table_pitfalls, report_table_choices, report_table_trends, report_no_trainee, report_no_session, report_no_pitfalls,
    report_no_decisions, report_no_finished, report_column_trainee, report_column_name, report_column_cohort, report_column_attempts,
    report_column_finished, report_column_passed, report_column_last_practice, report_column_overall, report_column_latest,
    report_column_scenario, report_column_title, report_column_answer, report_column_taken, report_column_share, report_column_score,
    report_column_said, report_column_said_by_trainee, report_column_ended, report_column_ending, report_column_session_passed,
    report_never, report_yes, report_no, report_no_answer, report_no_answer_in_time, report_node, report_node_caption,
    report_pitfall_answer, report_pitfall_no_answer, report_taken, report_reached, report_pitfalls_heading, report_common_mistake,
    report_costs_points, report_overview_note, report_skills_chart, report_skills_chart_title, report_chart_no_finished,
    report_skills_chart_caption, report_skills_chart_limit, report_trends_note, report_no_finished_yet, report_legend_overall,
    report_trends_limit, report_card_summary, report_sessions_of, report_trend_chart_title, report_scenarios_note,
    report_no_session_filter, report_no_trainee_filter, report_endings_chart, report_endings_chart_title, report_count_success,
    report_count_partial, report_count_failure, report_endings_chart_caption, report_choices_note, report_footer,
    report_csv_trainee, report_csv_name, report_csv_cohort, report_csv_session, report_csv_scenario, report_csv_title,
    report_csv_language, report_csv_started, report_csv_ended, report_csv_ending, report_csv_skill_points, report_csv_skill_percent,
    report_csv_overall, report_csv_passed,
    // courses: frontdesk course progress (table, CSV, HTML) and play --course
    course_report_kicker, course_report_title, course_report_assigned, course_report_due, course_report_no_due, course_report_summary,
    course_report_none, course_report_as_of, course_column_done, course_column_passed, course_column_complete, course_column_overdue,
    course_column_last_activity, course_column_next, course_column_steps, course_steps_of, course_behind, course_state_passed,
    course_state_next, course_state_open, course_state_locked, course_state_out_of_attempts, course_csv_done, course_csv_passed,
    course_csv_total, course_csv_complete, course_csv_overdue, course_csv_behind, course_csv_last_activity, course_csv_next,
    course_play_heading, course_play_progress, course_play_due, course_play_overdue, course_play_complete,
    course_play_choose, course_play_locked, course_play_no_attempts, course_play_counts, course_play_free_practice, course_play_attempts, course_play_attempts_used,
    course_report_footer, course_step_pass, course_step_attempts, course_step_optional,
    // the window: checks of what is typed, the Review's reading state, saving the report from the Review
    name_unusable, review_loading, review_loading_slow, review_retry_hint, review_save_button, report_save_title,
    report_save_explain, report_save_path, report_save_format, report_format_html, report_format_csv, report_save_confirm,
    cancel_button, report_saved, report_not_saved, report_save_wait, report_path_empty,
    // what is wrong with a name or cohort someone typed (utf8.h: name_problem)
    name_not_utf8, name_control_character, name_too_long,
    // the window's sound cues (the settings row; a notice when the computer cannot play them)
    sound_cues, sound_unavailable,
    // the window: text size steps, "All" for feminine nouns, the library's badges and empty state, starting over
    text_size_smaller, text_size_normal, text_size_larger, filter_all_feminine, clear_filters, badge_done, badge_best,
    badge_in_progress, start_over_button, start_over_title, start_over_text, start_over_confirm, confirm_keys_hint,
    // the briefing in parts
    briefing_situation, briefing_you_can, briefing_you_cannot,
    // the channel scenes: a call's states, a chat's status, a private message, an email's header, a post's counts
    call_ringing, call_connected, call_on_hold, call_transferring, call_ended, call_ended_transferred, call_incoming,
    call_held_line, call_transferred_line, call_ended_line, chat_online, chat_typing, private_with, private_only,
    private_header, email_to, email_date, email_wrote, social_likes, social_replies,
    // the trainers' graph and script (frontdesk graph --format svg|html, frontdesk script)
    graph_title, graph_legend, graph_start, graph_unreachable, graph_dead_end, graph_timeout, graph_otherwise, graph_when,
    graph_only_if, graph_mood_zero, graph_answer, graph_arrow_timeout, graph_arrow_condition, graph_summary, script_title,
    script_kicker, script_contents, script_nodes, script_unreachable_nodes, script_unreachable_note, script_node_heading,
    script_node_unreachable, script_node_dead_end, script_narration, script_line, script_answers, script_no_answers,
    script_answer, script_goes_to, script_ends_here, script_points, script_mood, script_sets, script_offered_if,
    script_ideal, script_no_feedback, script_on_enter, script_on_timeout, script_pass_mark, script_endings, script_ending_kind,
    script_character_mood, script_start_node, script_footer,
    // the trainer's studio in the window
    studio_open_button, studio_heading, studio_counts, studio_fit, studio_reload, studio_tab_checks, studio_tab_node, studio_tab_play, studio_tab_tells, studio_tab_trainees, studio_all_clear, studio_not_drawable, studio_layout_failed, studio_no_selection, studio_keys, studio_watch_problem, studio_source_lines, studio_reach_heading, studio_skill_range, studio_no_limit, studio_paths_through, studio_paths_countless, studio_no_ending_here, studio_selected_in_file, studio_more_diagnostics,
    studio_play_from, studio_play_explain, studio_state_mood, studio_state_flags, studio_state_totals, studio_start_here, studio_reset_state, studio_from_recording, studio_start_from_recording, studio_file_changed, studio_playing, studio_at_node, studio_not_offered, studio_time_out, studio_step_back, studio_restart, studio_stop, studio_state_now, studio_step_line, studio_ended, studio_stuck, studio_replay_heading, studio_replay_rule, studio_replay_session, studio_replay_position, studio_first, studio_previous, studio_next, studio_last, studio_tells_explain, studio_rule_column, studio_passes_column, studio_ending_column, studio_overall_column, studio_rule_longest, studio_rule_shortest, studio_rule_first, studio_rule_last, studio_rule_best, studio_rule_worst, studio_no_ending, studio_random_rate, studio_longest_share, studio_lengths_heading, studio_best_longest_mark, studio_tells_need_play, studio_results_from, studio_results_unavailable, studio_no_sessions, studio_sessions_counted, studio_show_heat, studio_losses_heading, studio_loss_line, studio_node_counts, studio_answer_count, studio_timeout_count, studio_read_results,
    studio_tab_edit, studio_edit_explain, studio_undo, studio_redo, studio_undo_nothing, studio_redo_nothing, studio_edit_refused, studio_node_id, studio_rename, studio_field_narration, studio_field_say, studio_field_debrief, studio_field_ending, studio_field_answer, studio_field_feedback, studio_field_points, studio_move_up, studio_move_down, studio_delete_answer, studio_add_answer, studio_new_node_here, studio_new_node_id, studio_create, studio_conditional_goto, studio_edit_needs_scenario, studio_no_condition,
    studio_tab_languages, studio_other_version, studio_versions_found, studio_no_versions, studio_other_file, studio_comparing, studio_same_structure, studio_differences, studio_this_file, studio_missing_here, studio_compare_failed,
    // courses in the window: the trainee's course view and the Review's course tab
    course_label, course_due, course_overdue, course_steps_passed, course_complete, course_start_next, course_start_next_short, course_free_practice, course_back, course_none_to_play,
    course_progress_unread, course_step_start, course_step_passed, course_step_next, course_step_open, course_step_locked, course_step_out_of_attempts,
    course_attempts_of, course_attempts_used, course_best_of_pass, course_pass_mark, course_keys,
    review_tab_courses, review_course, review_no_courses, review_course_behind, review_course_none_behind, review_course_no_trainees,
    review_course_cohorts, review_course_unusable, trainee_cohort_label, trainee_cohort_none, trainee_cohort_fixed,
    count_  // not a key: the number of keys
};

// The text for `key`, with {0}, {1}... replaced by `arguments` in order, and {0?one|other} by the singular
// when argument 0 is "1", else the plural (the rule English and Italian share).
std::string ui_text(Language language, Ui key, std::initializer_list<std::string_view> arguments = {});
// The same substitutions on any text written in that form.
std::string format_ui_text(std::string_view text, std::initializer_list<std::string_view> arguments);

// Names shown to trainees, translated where the program knows them (custom skills are shown as written).
// Roles, channels and endings are scenario words: their labels are in scenario_labels.h.
std::string mood_name(Language language, int mood);
std::string skill_label(Language language, const std::string& skill);

// "+2 listening, -1 respect" in `language`, skipping zeros; "no points" when nothing changed. Points are given
// by skill name, as stored results hold them (scenario_labels.h has the same for a scenario's own scores).
std::string describe_points(const std::vector<std::pair<std::string, int>>& score, Language language);

}  // namespace frontdesk
