#!/usr/bin/env bash
# Benchmark of the window, under Xvfb with Mesa's software OpenGL (what CI and a machine without a GPU have):
#  - time from start to the first frame with the whole library loaded;
#  - CPU share of an idle window over 10 seconds on the conversation screen (target: under 2% of one core);
#  - median and 95th percentile frame time while the mood meter animates.
#   tools/bench/bench_gui.sh [build/frontdesk]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
frontdesk="${1:-$root/build/frontdesk}"
work="$(mktemp -d)"
trap '[ -n "${FRONTDESK_BENCH_KEEP:-}" ] || rm -rf "$work"' EXIT
export XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data"
cat >"$work/session.sh" <<SESSION
#!/usr/bin/env bash
set -u
trace="$work/trace.log"
# A desk scenario without a time limit: on its conversation screen nothing moves unless the trainee acts.
# (On the phone the call clock redraws once a second; a chat with a time limit redraws its countdown.)
"$frontdesk" gui --scenario "$root/scenarios/cittadino-appuntamento-annullato.yaml" --trainee Bench --lang en --trace "\$trace" --trace-frames --no-shuffle &
app=\$!
wait_for() { for _ in \$(seq 300); do grep -Eq "\$1" "\$trace" 2>/dev/null && return 0; sleep 0.1; done; echo "no /\$1/" >&2; kill \$app; exit 1; }
keys() { xdotool search --sync --onlyvisible --name '^frontdesk\$' windowfocus --sync key "\$@" >/dev/null 2>&1; }
wait_for "screen briefing"
keys Return
wait_for "screen conversation"
sleep 3   # let the screen settle
ticks() { awk '{print \$14 + \$15}' /proc/\$app/stat; }
before=\$(ticks); start=\$(date +%s.%N)
sleep 10
after=\$(ticks); end=\$(date +%s.%N)
echo "idle_cpu \$before \$after \$start \$end \$(getconf CLK_TCK)" >"$work/idle.txt"
for answer in 3 1 1 1 1 1; do keys \$answer; sleep 1.2; done
kill -TERM \$app; wait \$app
SESSION
chmod +x "$work/session.sh"
"$root/tests/gui/with_xvfb.sh" 1280x800x24 "$work/session.sh" >"$work/program.log" 2>&1 || { cat "$work/program.log"; exit 1; }
python3 - "$work/trace.log" "$work/idle.txt" <<'PY'
import statistics, sys
trace, idle = sys.argv[1], sys.argv[2]
first = None
frames = []
layouts = []
for line in open(trace):
    parts = line.split()
    if len(parts) >= 3 and parts[1] == "first_frame":
        first = float(parts[2])
    if len(parts) >= 4 and parts[1] == "frame" and parts[3] == "animating":
        frames.append(float(parts[2]))
        layouts.extend(float(p.split("=")[1]) for p in parts[4:] if p.startswith("layout="))
_, before, after, start, end, hz = open(idle).read().split()
cpu = (int(after) - int(before)) / int(hz) / (float(end) - float(start)) * 100
frames.sort()
p95 = frames[min(len(frames) - 1, int(round(0.95 * (len(frames) - 1))))] if frames else float("nan")
print(f"start to first frame (library loaded):  {first:.0f} ms")
print(f"idle window on the conversation screen:  {cpu:.2f}% of one core over 10 s  (target < 2%)")
print(f"frame time while the mood meter animates: median {statistics.median(frames):.2f} ms, p95 {p95:.2f} ms over {len(frames)} frames")
if layouts:
    layouts.sort()
    lp95 = layouts[min(len(layouts) - 1, int(round(0.95 * (len(layouts) - 1))))]
    print(f"  of which laying out (ImGui and the screens): median {statistics.median(layouts):.2f} ms, p95 {lp95:.2f} ms;"
          f" the rest is drawing (software OpenGL) and showing the frame")
PY
