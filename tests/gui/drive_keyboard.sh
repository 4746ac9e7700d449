# The keyboard-only test's keys: the library with Tab alone (to the first card's Open, traced "focus card ID"),
# Enter opens it; the briefing arrives with Start focused and outlined; Right moves to Back, Left back to
# Start, Enter starts; three answers by number; Enter for the debrief; SIGTERM (the --screenshot is the
# debrief). F12 pictures of the library with a card focused and of the briefing after the arrows, renamed
# keyboard-WHAT-SIZE.png, to be looked at.
f12() { f12_as keyboard "$1"; }
wait_for "screen library" 30
sleep 0.5
# Tab along the library's controls until the keyboard focus is on a card (at most 12 presses).
for _ in $(seq 12); do
  grep -Eq "^[0-9.]+ focus card " "$trace" && break
  keys Tab
  sleep 0.2
done
wait_for "^[0-9.]+ focus card " 5
f12 library
keys Return
wait_for "screen briefing " 10
wait_for "^[0-9.]+ focus start$" 5
keys Right
wait_for "^[0-9.]+ focus back$" 5
keys Left
wait_for "^[0-9.]+ focus start$.*" 5
f12 briefing
keys Return
wait_for "screen conversation " 10
play_example_to_success
sleep 0.5
kill -TERM "$app"
