#!/usr/bin/env bash
# with_xvfb.sh WxHxDEPTH COMMAND [ARGS...]: runs COMMAND in a virtual X display of its own and ends that display,
# waiting until it is gone, before returning COMMAND's exit status.
# Why not xvfb-run -a: it picks a display number by looking for lock files and kills its server without waiting
# for it, so a test's second run (layout and keyboard-large run twice, at two screen sizes) could pick the number
# of a display still shutting down, and the program failed with "Failed to open X11 display" (CI, twice). Xvfb's
# own -displayfd picks a free display as it binds it and says which once it accepts connections; and this script
# waits for the server to be gone before it returns.
set -u
screen="$1"; shift
dir=$(mktemp -d "${TMPDIR:-/tmp}/frontdesk-xvfb.XXXXXX")
xvfb=
clean_up() {
  if [ -n "$xvfb" ]; then kill "$xvfb" 2>/dev/null; wait "$xvfb" 2>/dev/null; fi
  rm -rf "$dir"
}
trap clean_up EXIT
trap 'exit 143' TERM INT
# No -auth: local clients need no cookie (this display lives only as long as the test). -noreset: the server
# stays up between the program's runs inside one session script.
Xvfb -displayfd 3 -screen 0 "$screen" -nolisten tcp -noreset 3>"$dir/display" 2>"$dir/xvfb.log" &
xvfb=$!
display=
for _ in $(seq 200); do
  display=$(tr -dc '0-9' <"$dir/display")
  [ -n "$display" ] && grep -q $'\n' "$dir/display" && break
  display=
  kill -0 "$xvfb" 2>/dev/null || { echo "with_xvfb.sh: Xvfb did not start:" >&2; cat "$dir/xvfb.log" >&2; exit 1; }
  sleep 0.1
done
[ -n "$display" ] || { echo "with_xvfb.sh: Xvfb gave no display within 20 s:" >&2; cat "$dir/xvfb.log" >&2; exit 1; }
DISPLAY=":$display" "$@"
