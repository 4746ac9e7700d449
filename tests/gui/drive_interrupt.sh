# Start, answer once, then the session ends (SIGTERM) in the middle of the conversation.
wait_for "screen briefing" 30
keys Return
wait_for "screen conversation" 10
wait_answers
keys 1
wait_for "choose 1 node=opening" 10
kill -TERM "$app"
