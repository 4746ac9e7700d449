#!/usr/bin/env bash
# frontdesk import-twine on the sample stories: each form of each story imports into a scenario that lints
# without errors (warnings for what the trainer must finish are expected), an existing output is refused
# without --force and left as it was, and --force replaces it.
source "$(dirname "${BASH_SOURCE[0]}")/script_support.sh"  # $frontdesk, $source_dir, $work, fail

for story in lost-courier sportello-certificato; do
  language=en
  [ "$story" = sportello-certificato ] && language=it
  for form in .twee -published.html -archive.html; do
    out="$work/$story$form.yaml"
    if ! "$frontdesk" import-twine "tests/fixtures/twine/$story$form" -o "$out" --id "$story" --language "$language" >"$work/stdout" 2>"$work/stderr"; then
      fail "import-twine $story$form exited $?"; cat "$work/stderr"; continue
    fi
    grep -q "^imported tests/fixtures/twine/$story$form into $out: 5 nodes (2 endings)" "$work/stdout" || { fail "summary of $story$form"; cat "$work/stdout"; }
    grep -q "^tests/fixtures/twine/$story$form:[0-9]*:[0-9]*: warning: passage '.*' has no links" "$work/stderr" || fail "no located ending warning for $story$form"
    "$frontdesk" lint "$out" >"$work/lint" 2>&1
    grep -q "^1 file checked: 0 errors, " "$work/lint" || { fail "$story$form does not lint clean"; cat "$work/lint"; }
  done
done

# An existing output is refused without --force, and kept as it was.
out="$work/lost-courier.twee.yaml"
before="$(sha256sum <"$out")"
message="$("$frontdesk" import-twine tests/fixtures/twine/lost-courier-published.html -o "$out" 2>&1)"; status=$?
[ "$status" = 1 ] || fail "overwrite without --force exited $status"
case "$message" in *"already exists; give --force to replace it"*) ;; *) fail "overwrite message: $message" ;; esac
[ "$before" = "$(sha256sum <"$out")" ] || fail "the refused import changed $out"
"$frontdesk" import-twine tests/fixtures/twine/lost-courier-published.html -o "$out" --force >/dev/null 2>&1 || fail "--force exited $?"
grep -q "^# Imported from the Twine story lost-courier-published.html (Twine 2 HTML" "$out" || fail "--force did not replace $out"
leftovers="$(find "$work" -name '.*' -type f | wc -l)"
[ "$leftovers" = 0 ] || fail "temporary files left in $work"
exit "$failed"
