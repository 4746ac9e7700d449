# The briefing offers the interrupted conversation; Enter resumes it; two answers finish it.
wait_for "screen briefing" 30
keys Return
wait_for "resume angry-client-wrong-invoice 1" 10
keys 1
wait_for "choose 1 node=details" 10
keys 1
wait_for "finished angry-client-wrong-invoice success" 10
keys Return
wait_for "screen debrief" 10
kill -TERM "$app"
