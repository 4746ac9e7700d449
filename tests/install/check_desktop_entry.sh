#!/usr/bin/env bash
# desktop-file-validate on the desktop entry; any error, warning or hint fails, since menus silently drop
# or misread entries they do not fully understand.
#   check_desktop_entry.sh DESKTOP_FILE_VALIDATE FILE
output="$("$1" "$2" 2>&1)"
status=$?
if [ "$status" != 0 ] || [ -n "$output" ]; then
  echo "$output"
  echo "FAIL: desktop-file-validate $2"
  exit 1
fi
echo "$2: valid"
