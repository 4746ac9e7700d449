# The layout test's keys and mouse ($out and $screen_size set by the caller): the email scenario's ideal path
# (--no-shuffle: 3 3 3 3 2). The window's geometry is written to layout-geometry-SIZE.txt as soon as it shows.
# After each answer the driver waits until the trace says the newest message is visible; after the second it
# scrolls the thread up with the mouse wheel (the trace must say the newest is hidden) and the next message must
# still be brought into view. Before the last answer the window is resized to 640x400 (the exchange keeps its
# minimums); the debrief is shown at that size. F12 pictures are renamed layout-WHAT-SIZE.png.
source "$(dirname "${BASH_SOURCE[0]}")/drive_layout_lib.sh"

wait_for "screen briefing" 30
window=$(xdotool search --sync --onlyvisible --name '^frontdesk$' | head -1)
xdotool getwindowgeometry --shell "$window" >"$out/layout-geometry-$screen_size.txt"
keys Return
wait_for "screen conversation email-reclamo-rimborso-asl" 10
wait_answers
newest_shown_after 0 >/dev/null
f12 email-first
answer 3 apertura
answer 3 numero
f12 email-answered
# Scroll the thread up (mouse over the transcript, the wheel turned up): the newest message goes out of view.
scroll_up
f12 scrolled-up
answer 3 iban_canale
f12 followed
answer 3 madre
xdotool windowsize "$window" 640 400
wait_for " exchange .* page_scrolls" 10
f12 email-small
answer 2 chiusura
wait_for "finished email-reclamo-rimborso-asl success" 10
keys Return
wait_for "screen debrief email-reclamo-rimborso-asl" 10
wait_for " debrief_layout .* page_scrolls" 10
sleep 0.5
kill -TERM "$app"
