# The layout test on the social channel ($out and $screen_size set by the caller): the public page scenario's
# ideal path (--no-shuffle: 2 2 2 3 ...). After four answers the thread is scrolled up with the mouse wheel; the
# next answer's messages must be brought into view all the same (F12: layout-social-followed-SIZE.png).
source "$(dirname "${BASH_SOURCE[0]}")/drive_layout_lib.sh"

wait_for "screen briefing" 30
window=$(xdotool search --sync --onlyvisible --name '^frontdesk$' | head -1)
keys Return
wait_for "screen conversation social-complaint-public-page" 10
wait_answers
newest_shown_after 0 >/dev/null
answer 2 first_post
answer 2 ack_ok
answer 2 dm_open
answer 3 dm_details
scroll_up
answer 2 dm_progress
f12 social-followed
kill -TERM "$app"
