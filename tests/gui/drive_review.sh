# The coordinators' Review with the keyboard only (arrows: the Cohort tab, then the ID heading): sort the
# cohort by trainee, descending, open the first row's trend, then the Scenarios and Transcript tabs, and Esc
# back to the library. F12 on each tab; screenshots are named by the second, so each waits for a new one.
shot() {
  sleep 0.5
  keys F12
  for _ in $(seq 30); do [ "$(grep -c ' screenshot frontdesk-' "$trace")" -ge "$1" ] && break; sleep 0.1; done
  sleep 1.1
}
wait_for "review_loaded 4 trainees 6 attempts 1 scenarios" 30
wait_for "review_tab cohort" 10
shot 1
keys Down Down Return
wait_for "review_sort 0 descending" 10
keys Down Return
wait_for "review_trainee dario" 10
wait_for "review_tab trainee" 10
shot 2
keys 3
wait_for "review_tab scenarios" 10
shot 3
keys 4
wait_for "review_tab transcript" 10
wait_for "review_transcript [0-9]+ angry-client-wrong-invoice 3 steps" 10
shot 4
keys Escape
wait_for "screen library" 10
kill -TERM "$app"
