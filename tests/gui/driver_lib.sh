# Helpers for the GUI drivers, sourced inside the virtual display with $trace and $app set: a driver sends
# the trainee's key presses, each once the screen it belongs to has appeared in the program's trace.

# Waits until the trace has a line matching $1 (an extended regex), for at most $2 seconds.
wait_for() {
  for _ in $(seq $(( $2 * 10 ))); do grep -Eq "$1" "$trace" 2>/dev/null && return 0; sleep 0.1; done
  echo "driver: no trace line /$1/ within $2 s" >&2
  kill -TERM "$app" 2>/dev/null
  wait "$app"
  exit 1
}
# Sends keys to the program's window, as a person at the keyboard would. (windowfocus, not windowactivate:
# a bare X server has no window manager to activate windows.)
keys() { xdotool search --sync --onlyvisible --name '^frontdesk$' windowfocus --sync key --delay 150 "$@" >/dev/null 2>&1; }

# Types text into the field that has the keyboard focus, one character at a time as a person would.
type_text() { xdotool search --sync --onlyvisible --name '^frontdesk$' windowfocus --sync type --delay 40 "$1" >/dev/null 2>&1; }

# f12_as PREFIX WHAT [SETTLE]: after SETTLE seconds (default 0.5, for the last key's frames), F12, waits for the
# trace to name the new picture, and renames it $out/PREFIX-WHAT-$screen_size.png. Then waits past the second,
# since pictures are named by the second and the next one must get a name of its own.
f12_as() {
  local before file
  before=$(grep -c ' screenshot frontdesk-' "$trace")
  sleep "${3:-0.5}"
  keys F12
  for _ in $(seq 50); do [ "$(grep -c ' screenshot frontdesk-' "$trace")" -gt "$before" ] && break; sleep 0.1; done
  file=$(grep -oE ' screenshot frontdesk-[0-9-]+\.png' "$trace" | tail -1 | cut -d' ' -f3)
  mv "$file" "$out/$1-$2-$screen_size.png"
  sleep 1.1
}

# answer_key N: answers with the number key N as a trainee would: when answer N is out of view the first press
# only brings it into view (traced "answer_key_shows N"), and the trainee, now reading it, presses N again.
answer_key() {
  local shows before
  shows=$(grep -c " answer_key_shows $1$" "$trace")
  before=$(grep -c " choose " "$trace")
  keys "$1"
  for _ in $(seq 50); do
    [ "$(grep -c " choose " "$trace")" -gt "$before" ] && return 0
    if [ "$(grep -c " answer_key_shows $1$" "$trace")" -gt "$shows" ]; then sleep 0.3; keys "$1"; return 0; fi
    sleep 0.1
  done
}

# Waits until the conversation just opened offers its first answers (the phone has stopped ringing, the chat's
# first message has been typed): number keys pressed before that do nothing, as nobody answers unheard words.
wait_answers() {
  for _ in $(seq 100); do
    [ "$(grep -c ' answers_ready ' "$trace")" -ge "$(grep -c ' screen conversation ' "$trace")" ] && return 0
    sleep 0.1
  done
  echo "driver: the conversation's answers did not appear within 10 s" >&2
  kill -TERM "$app" 2>/dev/null
  wait "$app"
  exit 1
}

# stays_on SCREEN: the screen just reached (the trace's "screen SCREEN ...") is still there a second later, no key
# sent: the key that opened it (held for a few frames, as a person holds it) must not also act on it, as it once
# started the conversation from the briefing unread.
stays_on() {
  sleep 1
  local last
  last=$(grep " screen " "$trace" | tail -1)
  if ! grep -q " screen $1" <<<"$last"; then
    echo "driver: the $1 screen went on by itself: $(grep " screen " "$trace" | tail -2 | tr '\n' ' ')" >&2
    kill -TERM "$app" 2>/dev/null
    wait "$app"
    exit 1
  fi
}

# The example scenario (tests/fixtures/example) played to its success from the conversation just opened: answer 1
# three times, then Enter for the debrief.
play_example_to_success() {
  wait_answers
  keys 1
  wait_for "choose 1 node=opening" 10
  keys 1
  wait_for "choose 1 node=details" 10
  keys 1
  wait_for "finished angry-client-wrong-invoice success" 10
  keys Return
  wait_for "screen debrief" 10
}
