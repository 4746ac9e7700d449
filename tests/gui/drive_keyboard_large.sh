# The large-text restart's keys (text size 1.7x saved before the start; $out and $screen_size set by the caller):
# nothing is touched until the library's first frames have settled, then F12 (the picture as the window came
# up, no mouse moved); Tab to the first card, Down to the next, Enter; F12 on the briefing; Enter starts (Start kept on screen);
# SIGTERM. Pictures keyboard-large-WHAT-SIZE.png, to be looked at.
# F12 with no extra wait: the picture as the window came up, with nothing pressed before it.
f12() { f12_as keyboard-large "$1" 0; }
wait_for "screen library" 30
wait_for "^[0-9.]+ library_layout " 10
sleep 1
f12 library
for _ in $(seq 12); do
  grep -Eq "^[0-9.]+ focus card " "$trace" && break
  keys Tab
  sleep 0.2
done
wait_for "^[0-9.]+ focus card " 5
# An arrow moves on to the next card (a card below, or beside at full HD).
first=$(grep -oE "^[0-9.]+ focus card .*" "$trace" | tail -1 | cut -d' ' -f4)
keys Down
for _ in $(seq 30); do [ "$(grep -oE "^[0-9.]+ focus card .*" "$trace" | tail -1 | cut -d' ' -f4)" != "$first" ] && break; sleep 0.1; done
keys Return
wait_for "screen briefing " 10
wait_for "^[0-9.]+ briefing_layout " 10
sleep 0.5
f12 briefing
keys Return
wait_for "screen conversation " 10
wait_answers
sleep 0.5
kill -TERM "$app"
