# The portrait through a conversation whose mood moves, with the keyboard; F12 at each expression.
# $portrait_path: "recover" (1, 1, 1: annoyed, relieved, neutral, pleased, a success) or "walk-out" (2, then 2:
# the mood falls to 0 and the caller hangs up, a failure).
wait_for "screen briefing" 30
f12_as portraits briefing
keys Return
wait_for "expression annoyed" 10
wait_answers  # the call answered: the picture shows the answers too
f12_as portraits annoyed
if [ "$portrait_path" = recover ]; then
  keys 1
  wait_for "expression relieved" 10
  f12_as portraits relieved 0.7
  keys 1
  wait_for "expression neutral" 10
  keys 1
  wait_for "expression pleased" 10
  # Still for two seconds once the face has settled: the trace's frames show whether the window went idle.
  sleep 1
  echo "still-from $(tail -1 "$trace" | cut -d' ' -f1)" >>"$out/still.txt"
  sleep 2
  echo "still-to $(tail -1 "$trace" | cut -d' ' -f1)" >>"$out/still.txt"
  f12_as portraits pleased
else
  keys 2
  wait_for "choose 2 node=opening" 10
  keys 2
  wait_for "expression furious" 10
  f12_as portraits furious 0.7
fi
wait_for "finished angry-client-wrong-invoice" 10
keys Return
wait_for "screen debrief" 10
wait_for "debrief_expression " 10
f12_as portraits debrief
kill -TERM "$app"
