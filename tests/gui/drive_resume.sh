# The briefing offers the interrupted conversation; Enter resumes it; two answers finish it.
wait_for "screen briefing" 30
# Drawn, with the focus on Resume: an Enter that arrives on the screen's very first frame counts as held from
# the screen before and is ignored (on a loaded machine the key could otherwise land there).
wait_for "focus resume" 10
keys Return
wait_for "resume angry-client-wrong-invoice 1" 10
keys 1
wait_for "choose 1 node=details" 10
keys 1
wait_for "finished angry-client-wrong-invoice success" 10
keys Return
wait_for "screen debrief" 10
kill -TERM "$app"
