#!/usr/bin/env bash
# The channel scenes in the real window: one bundled scenario of each channel (desk, phone, chat, email,
# social) played a few answers in, under Xvfb, at 1024x600 and at 1920x1080, with the keyboard.
#   run_channel_test.sh FRONTDESK_BINARY PNG_CHECK_BINARY OUTPUT_DIR
# The trace must name each channel's view; the phone call must ring, then be connected, go on hold where the
# story consults a colleague, and end after the ending (never "in progress" once it ended); the chat must show
# the character typing before each message; the social page's "everyone can read" notice only while the reply
# is public. F12 pictures channel-CHANNEL-SIZE.png, checked non-blank, to be looked at.
set -uo pipefail
frontdesk="$1" png_check="$2" out="$3"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
rm -rf "$out" && mkdir -p "$out"
export LANG=C.UTF-8

fail() { echo "FAIL: $*"; for log in "$out"/trace-*.log; do echo "---- $log ----"; tail -40 "$log"; done; echo "---- program and driver ----"; cat "$out/program.log" 2>/dev/null; exit 1; }

# One virtual display per screen size; in it, each channel's scenario in a run of its own (driven by
# drive_channels.sh), each with a fresh configuration (no remembered window size or text size).
for screen_size in 1024x600 1920x1080; do
  cat >"$out/session-$screen_size.sh" <<SESSION
#!/usr/bin/env bash
out="$out" screen_size="$screen_size" root="$root" frontdesk="$frontdesk"
source "$root/tests/gui/driver_lib.sh"
source "$root/tests/gui/drive_channels.sh"
SESSION
  chmod +x "$out/session-$screen_size.sh"
  timeout 150 "$root/tests/gui/with_xvfb.sh" "${screen_size}x24" "$out/session-$screen_size.sh" >>"$out/program.log" 2>&1 ||
    fail "the driver failed at $screen_size"
done

for screen_size in 1024x600 1920x1080; do
  for channel in desk phone chat email social; do
    trace="$out/trace-$channel-$screen_size.log"
    [ -f "$trace" ] || fail "no trace for $channel at $screen_size"
    grep -q "^[0-9.]* channel_view $channel$" "$trace" || fail "the trace does not name the $channel view at $screen_size"
    [ "$(grep -c '^[0-9.]* channel_view ' "$trace")" = 1 ] || fail "the $channel view was named more than once at $screen_size"
    [ "$(grep -c '^[0-9.]* choose ' "$trace")" -ge 2 ] || fail "fewer than two answers on $channel at $screen_size"
    png="$out/channel-$channel-$screen_size.png"
    [ -f "$png" ] || fail "no screenshot $png"
    "$png_check" "$png" || fail "$png looks blank"
  done
done

# Phone (1024x600: the whole call): ringing first, then connected, on hold at the consultation, connected again,
# ended after the ending, and nothing "in progress" once it ended.
trace="$out/trace-phone-1024x600.log"
states=$(sed -nE 's/^[0-9.]+ call_state ([a-z_]+).*/\1/p' "$trace" | tr '\n' ' ')
[ "$states" = "ringing connected on_hold connected ended " ] || fail "the call went through: $states"
ringing=$(grep -n " call_state ringing" "$trace" | head -1 | cut -d: -f1)
first_answer=$(grep -n " choose " "$trace" | head -1 | cut -d: -f1)
[ "$ringing" -lt "$first_answer" ] || fail "the phone did not ring before the first answer"
finished=$(grep -n " finished phone-transfer-message " "$trace" | head -1 | cut -d: -f1)
ended=$(grep -n " call_state ended Call ended" "$trace" | head -1 | cut -d: -f1)
[ -n "$finished" ] && [ -n "$ended" ] && [ "$ended" -gt "$finished" ] || fail "the call screen did not say the call ended after the ending"
grep -qi "in progress" <(tail -n +"$finished" "$trace") && fail "the call was still 'in progress' after it ended"
grep -q "^[0-9.]* call_state on_hold On hold" "$trace" || fail "the caller was not shown on hold"
grep -q "^[0-9.]* call_state ringing Ringing" "$out/trace-phone-1920x1080.log" || fail "the phone did not ring at 1920x1080"

# Chat: each of the character's messages typed first, then shown.
for screen_size in 1024x600 1920x1080; do
  trace="$out/trace-chat-$screen_size.log"
  typed=$(grep -c "^[0-9.]* typing shown" "$trace")
  [ "$typed" -ge 3 ] || fail "the chat showed the typing $typed times at $screen_size (expected one per message, 3 or more)"
  grep -q "^[0-9.]* typing done" "$trace" || fail "the chat's typing never ended at $screen_size"
done

# Social: the notice while replying in public, gone in the private message.
trace="$out/trace-social-1024x600.log"
notices=$(sed -nE 's/^[0-9.]+ public_notice ([a-z]+)/\1/p' "$trace" | tr '\n' ' ')
[ "$notices" = "shown hidden " ] || fail "the public notice went: $notices (expected shown, then hidden in the private message)"
grep -q " choose [0-9] node=dm_open " "$trace" || fail "the private message was not answered"

# Sound cues (on at 1920x1080): the phone rings before the first answer; each written message is announced
# ("message") as it appears (a chat's once typed), each reply "sent"; nothing at the desk, where the person is
# simply there, and nothing at all with the sound off.
cues() { sed -nE 's/^[0-9.]+ (sound [a-z]+|choose).*/\1/p' "$out/trace-$1-1920x1080.log" | tr '\n' ','; }
grep -q "^[0-9.]* sound " "$out/trace-desk-1920x1080.log" && fail "a sound cue at the desk: $(cues desk)"
for log in "$out"/trace-*-1024x600.log; do grep -q "^[0-9.]* sound " "$log" && fail "a sound cue with the sound off in $log"; done
[ "$(cues phone)" = "sound ring,choose,choose," ] || fail "the phone's cues: $(cues phone) (expected the ring, then only the answers)"
written="sound message,choose,sound sent,sound message,choose,sound sent,sound message,"
for channel in chat email; do [ "$(cues $channel)" = "$written" ] || fail "the $channel's cues: $(cues $channel) (expected $written)"; done
# An email's reply is there at once: its "message" waits until the "sent" has sounded (0.6 s), never on top of it.
gaps=$(awk '/ sound sent$/ { sent = $1 } / sound message$/ && sent { printf "%.2f ", $1 - sent }' "$out/trace-email-1920x1080.log")
for gap in $gaps; do awk -v g="$gap" 'BEGIN { exit !(g >= 0.55) }' || fail "an email's message cue $gap s after the sent cue (gaps: $gaps)"; done
[ -n "$gaps" ] || fail "no message cue after a reply was sent in the email"

echo "GUI channel test passed: $(ls "$out"/channel-*.png | wc -l) screenshots in $out"
