# The whole conversation with the keyboard: start, three answers, the debrief, F12, then SIGTERM.
wait_for "screen briefing" 30
keys Return
wait_for "screen conversation" 10
wait_answers
keys 1
wait_for "choose 1 node=opening" 10
keys 1
wait_for "choose 1 node=details" 10
keys 1
wait_for "finished angry-client-wrong-invoice success" 10
keys Return
wait_for "screen debrief" 10
sleep 0.5
keys F12
wait_for "^[0-9.]+ screenshot frontdesk-" 10
# Quit as a desktop session ending would: SIGTERM (the program closes cleanly and writes --screenshot).
kill -TERM "$app"
