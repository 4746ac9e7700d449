#!/usr/bin/env bash
# The terminal player's answer order and voice: the same --seed gives the same order, some seed reorders the
# authored one, --no-shuffle keeps it; a recorded session stores the authored choice index and resumes in the
# order it was shown; --name and --phrasing fill the placeholders; narration is framed as narration; bad
# options are usage errors.
#   shuffle_and_voice.sh FRONTDESK WORK_DIR
set -uo pipefail
frontdesk="$1" work="$2"
# Sessions played without --db are recorded at the default location: this test's own, never the user's.
export XDG_DATA_HOME="$work/data"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
example="$root/tests/fixtures/example/angry-client-wrong-invoice.yaml"
voice="$root/tests/fixtures/play/voice.yaml"
rm -rf "$work" && mkdir -p "$work"
fail() { echo "FAIL: $*"; exit 1; }
# The answers offered at the first node (their texts, in the order shown).
first_answers() { sed -n '/^  [0-9]\. /{s/^  [0-9]\. //;p}' | sed -n '1,3p'; }
answers_block() { awk -v want="$1" '/^  [0-9]\. /{ if (!inblock) { block++; inblock=1 } if (block==want) { sub(/^  [0-9]\. /, ""); print } next } { inblock=0 }'; }

authored="$(printf 'q\n' | "$frontdesk" play "$example" --no-timer --no-shuffle | first_answers)"
one="$(printf 'q\n' | "$frontdesk" play "$example" --no-timer --seed 5 | first_answers)"
two="$(printf 'q\n' | "$frontdesk" play "$example" --no-timer --seed 5 | first_answers)"
[ "$one" = "$two" ] || fail "the same seed gave two orders"
reordered=0
for seed in 1 2 3 4 5 6 7 8; do
  shown="$(printf 'q\n' | "$frontdesk" play "$example" --no-timer --seed "$seed" | first_answers)"
  [ "$(sort <<<"$shown")" = "$(sort <<<"$authored")" ] || fail "seed $seed did not show the same answers"
  [ "$shown" != "$authored" ] && reordered=$((reordered + 1))
done
[ "$reordered" -ge 3 ] || fail "only $reordered of 8 seeds reordered the answers"

# Find a seed whose first answer shown is not the first authored one, then record it and check the index.
for seed in 1 2 3 4 5 6 7 8 9 10 11 12; do
  first_shown="$(printf 'q\n' | "$frontdesk" play "$example" --no-timer --seed "$seed" | first_answers | head -1)"
  [ "$first_shown" != "$(head -1 <<<"$authored")" ] && break
done
authored_index=$(( $(grep -nxF -- "$first_shown" <<<"$authored" | cut -d: -f1) - 1 ))
db="$work/results.db"
printf '1\nq\n' | "$frontdesk" play "$example" --no-timer --seed "$seed" --trainee T1 --db "$db" >"$work/first.log" || fail "recording exited $?"
[ "$(sqlite3 "$db" 'SELECT a.choice FROM decisions d JOIN answers a ON a.id = d.answer')" = "$authored_index" ] || fail "stored choice $(sqlite3 "$db" 'SELECT a.choice FROM decisions d JOIN answers a ON a.id = d.answer') is not the authored index $authored_index"
[ "$(sqlite3 "$db" 'SELECT shuffle_seed FROM sessions')" = "$seed" ] || fail "the seed was not stored"
# Resumed without --seed: the next node's answers come in the order the same seed shows them.
expected="$(printf '1\nq\n' | "$frontdesk" play "$example" --no-timer --seed "$seed" | answers_block 2)"
resumed="$(printf 'q\n' | "$frontdesk" play "$example" --no-timer --trainee T1 --db "$db" --resume | answers_block 1)"
[ -n "$expected" ] && [ "$resumed" = "$expected" ] || fail "resumed order differs: [$resumed] vs [$expected]"

out="$(printf '1\n' | "$frontdesk" play "$voice" --no-shuffle --name Giulia --phrasing feminine)"
grep -qxF '(La signora Neri si avvicina allo sportello con un foglio in mano.)' <<<"$out" || fail "narration not framed: $out"
grep -qF 'Sig.ra Neri: "Buongiorno, Giulia.' <<<"$out" || fail "no name in the line: $out"
grep -qF '1. Buongiorno. Sì, ne sono sicura: oggi alle 10.' <<<"$out" || fail "no feminine form: $out"
grep -qF 'Giulia, ha confermato' <<<"$out" || fail "no name in the debrief: $out"
grep -qF 'è stata chiara' <<<"$out" || fail "no feminine form in the feedback: $out"
out="$(printf '1\n' | "$frontdesk" play "$voice" --no-shuffle --trainee M7 --phrasing masculine)"
grep -qF 'Buongiorno, M7.' <<<"$out" && grep -qF 'ne sono sicuro' <<<"$out" || fail "masculine/trainee name: $out"
out="$(printf '1\n' | "$frontdesk" play "$voice" --no-shuffle)"
grep -qF 'Buongiorno, Alex.' <<<"$out" && grep -qF "l'ho appena controllato" <<<"$out" || fail "default voice: $out"
grep -qF '{' <<<"$out" && fail "a placeholder was printed as written: $out"

"$frontdesk" play "$voice" --phrasing female </dev/null >/dev/null 2>&1; [ $? = 2 ] || fail "--phrasing female accepted"
"$frontdesk" play "$voice" --seed 3 --no-shuffle </dev/null >/dev/null 2>&1; [ $? = 2 ] || fail "--seed with --no-shuffle accepted"
"$frontdesk" play "$voice" --seed abc </dev/null >/dev/null 2>&1; [ $? = 2 ] || fail "--seed abc accepted"
out="$("$frontdesk" play "$voice" --name "$(printf 'A\033[2Jb')" </dev/null 2>&1)"; [ $? = 2 ] || fail "a name with an escape accepted"
grep -q -- "--name" <<<"$out" || fail "unclear message for a bad name: $out"
echo "shuffle and voice: ok"
