# The channel scenes (and, at 1920x1080, their sound cues), one scenario each ($out, $screen_size, $root and $frontdesk set by run_channel_test.sh):
# each in a run of its own with a fresh configuration, played with number keys (--no-shuffle: the answers as
# written, those whose condition fails left out), then an F12 picture channel-CHANNEL-SIZE.png and SIGTERM.

# play CHANNEL FILE: starts the program on the scenario, Enter on its briefing, waits for the channel's view.
play() {
  channel="$1" trace="$out/trace-$1-$screen_size.log"
  rm -rf "$out/home-$1-$screen_size" && mkdir -p "$out/home-$1-$screen_size/config/frontdesk" "$out/home-$1-$screen_size/data"
  # At 1920x1080 with the sound cues on (traced as "sound NAME" whether or not the display has a sound card).
  if [ "$screen_size" = 1920x1080 ]; then echo '{"sound": true}' >"$out/home-$1-$screen_size/config/frontdesk/settings.json"; fi
  XDG_CONFIG_HOME="$out/home-$1-$screen_size/config" XDG_DATA_HOME="$out/home-$1-$screen_size/data" \
    "$frontdesk" gui --scenario "$root/scenarios/$2" --trainee "GUI Test" --lang en --no-shuffle --size "$screen_size" --trace "$trace" &
  app=$!
  wait_for "screen briefing" 30
  keys Return
  wait_for "channel_view $channel$" 10
}
# say KEY...: each answer by its number key, once the previous one was taken (and, in a chat, once the
# character's message has been typed: until then the answers wait).
say() {
  local key before
  for key in "$@"; do
    before=$(grep -c " choose " "$trace")
    if [ "$channel" = chat ]; then wait_for_count " typing done" "$(( before + 1 ))"; fi
    answer_key "$key"  # a second press when the first only brought the answer into view
    wait_for_count " choose " "$(( before + 1 ))"
  done
}
# wait_for_count PATTERN N: until the trace has N lines matching PATTERN (10 s at most).
wait_for_count() {
  for _ in $(seq 100); do [ "$(grep -c "$1" "$trace")" -ge "$2" ] && return 0; sleep 0.1; done
  echo "driver: fewer than $2 trace lines /$1/ within 10 s ($channel at $screen_size)" >&2
  kill -TERM "$app" 2>/dev/null; wait "$app"; exit 1
}
# shot: F12 once the last answer's frames are drawn, the picture renamed; then SIGTERM.
shot() {
  local before file
  sleep "${1:-0.6}"
  before=$(grep -c ' screenshot frontdesk-' "$trace")
  keys F12
  wait_for_count ' screenshot frontdesk-' "$(( before + 1 ))"
  file=$(grep -oE ' screenshot frontdesk-[0-9-]+\.png' "$trace" | tail -1 | cut -d' ' -f3)
  mv "$file" "$out/channel-$channel-$screen_size.png"
  kill -TERM "$app"
  wait "$app"
}

cd "$out" || exit 1  # F12 pictures land in the working folder

play desk hotel-desk-late-arrival.yaml
say 2 2
shot

# The call rings before its first line; at 1024x600 the whole call: the consultation puts the caller on hold,
# and the ending ends the call.
play phone phone-transfer-message.yaml
wait_for " call_state ringing" 5
wait_for " call_state connected" 5
if [ "$screen_size" = 1024x600 ]; then
  say 3 2 3 3 2 1 2 1 1
  wait_for " call_state on_hold" 5
  say 1 3
  wait_for " finished phone-transfer-message " 5
  wait_for " call_state ended" 5
else
  say 3 2
fi
shot

play chat wrong-customer-chat-returns.yaml
say 2 2
wait_for_count " typing done" 3
shot

play email gdpr-third-party-email.yaml
say 2
sleep 0.8  # the reply read before answering again (its "message" cue comes 0.6 s after the "sent" one)
say 2
shot 1  # the reply's "message" cue comes 0.6 s after the "sent" one


# Two public replies, then one in the private message.
play social social-complaint-public-page.yaml
say 2 2
wait_for " public_notice hidden" 5
say 2
shot
