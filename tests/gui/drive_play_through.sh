# The whole conversation with the keyboard: start, three answers, the debrief, F12, then SIGTERM.
wait_for "screen briefing" 30
keys Return
wait_for "screen conversation" 10
play_example_to_success
sleep 0.5
keys F12
wait_for "^[0-9.]+ screenshot frontdesk-" 10
# Quit as a desktop session ending would: SIGTERM (the program closes cleanly and writes --screenshot).
kill -TERM "$app"
