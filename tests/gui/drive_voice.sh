# The voice test's keys ($out and $screen_size set by the caller). On the trainee screen, when it comes: the
# name Giulia, Down to the phrasing, Space on "Femminile", Down past the group question to Continue, Enter. Then Enter starts the
# conversation; F12 there; the feminine answer by the key the trace offers it under; F12 again; Enter for the
# debrief; SIGTERM (the --screenshot is the debrief). Each F12 picture is renamed voice-WHAT-SIZE.png.
f12() { f12_as voice "$1"; }
wait_for "screen (trainee|briefing)" 30
if grep -q "screen trainee" "$trace"; then
  sleep 0.5  # the name field takes the keyboard on the first frames
  type_text Giulia
  keys Down space
  wait_for "phrasing feminine" 10
  # Down again: the group question (the bundled library has courses), then Continue.
  for _ in $(seq 12); do grep -q " focus continue$" "$trace" && break; keys Down; sleep 0.2; done
  wait_for " focus continue$" 5
  keys Return
fi
wait_for "screen briefing voice" 10
stays_on briefing  # the Enter on Continue does not start the conversation too
keys Return
wait_for "screen conversation voice" 10
wait_answers
wait_for "offer [0-9]+ choice=1 " 10
f12 conversation
key=$(grep -oE "offer [0-9]+ choice=1 " "$trace" | tail -1 | cut -d' ' -f2)
keys "$key"
wait_for "finished voice success" 10
f12 answered
keys Return
wait_for "screen debrief voice" 10
sleep 0.5
kill -TERM "$app"
