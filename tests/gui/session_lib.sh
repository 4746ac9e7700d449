# What every GUI test runner shares, sourced by tests/gui/run_*.sh with $frontdesk, $out, $root and $trace set:
# a session script that starts the window and drives it with xdotool, run in a virtual X display of its own.

# The standard failure: what failed, then the trace and what the program and its driver printed; exit 1.
# (A runner that gathers several failures defines its own fail after sourcing this file.)
fail() { echo "FAIL: $*"; echo "---- trace ----"; cat "$trace" 2>/dev/null; echo "---- program and driver ----"; cat "$out/program.log" 2>/dev/null; exit 1; }

# gui_session NAME SCREEN ARGS DRIVER [ASSIGNMENTS]: writes $out/session-NAME.sh, which starts
# `frontdesk gui ARGS --trace $trace` in the background and runs DRIVER (shell text: driver_lib.sh's commands,
# or `source` of a driver file) with $app, $trace, $out and $screen_size set (ASSIGNMENTS may add or override
# variables, e.g. 'db="..."'), then waits for the program; runs it under Xvfb on a SCREEN (WxH) display within
# $session_timeout seconds (default 120), its output appended to $out/program.log. Returns the session's status.
gui_session() {
  local name="$1" screen="$2" args="$3" driver="$4" assignments="${5:-}" session="$out/session-$1.sh"
  cat >"$session" <<SESSION
#!/usr/bin/env bash
"$frontdesk" gui $args --trace "$trace" &
app=\$!
trace="$trace" out="$out" screen_size="$screen" $assignments
source "$root/tests/gui/driver_lib.sh"
$driver
wait "\$app"
SESSION
  chmod +x "$session"
  timeout "${session_timeout:-120}" "$root/tests/gui/with_xvfb.sh" "${screen}x24" "$session" >>"$out/program.log" 2>&1
}
