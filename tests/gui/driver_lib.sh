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
