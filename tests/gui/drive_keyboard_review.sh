# The Review's Trainee tab with the keyboard, at 1024x600 and 1.4x text ($out and $screen_size set by the
# caller): from the Cohort tab, Down and Enter until a row opens that trainee's tab;
# F12 there (keyboard-review-trainee-SIZE.png, to be looked at); SIGTERM.
wait_for "review_loaded 2 trainees" 30
wait_for "review_tab cohort" 10
sleep 0.5
# Down then Enter until a row opens the Trainee tab (Enter on the headings on the way sorts, which is harmless).
for _ in $(seq 6); do
  keys Down Return
  sleep 0.3
  grep -q "review_tab trainee" "$trace" && break
done
wait_for "review_tab trainee" 10
wait_for "^[0-9.]+ review_attempts_columns " 10
sleep 0.5
keys F12
for _ in $(seq 50); do grep -q ' screenshot frontdesk-' "$trace" && break; sleep 0.1; done
file=$(grep -oE ' screenshot frontdesk-[0-9-]+\.png' "$trace" | tail -1 | cut -d' ' -f3)
mv "$file" "$out/keyboard-review-trainee-$screen_size.png"
kill -TERM "$app"
