#!/usr/bin/env bash
# Peak memory of `boardkit import` on hostile files (a few bytes must not take gigabytes):
#   python3 tests/bench/hostile_files.py DIR && tests/bench/hostile_files.sh BOARDKIT_BINARY LABEL DIR
# (BIG=1 also runs the 21 MB one-row CSV). One line per file: exit status, peak RSS, time.
BIN=$1; L=$2; DIR=${3:-.}
cd "$DIR" || exit 1
m() { # kind file
  /usr/bin/time -v timeout 120 $BIN import $1 $2 > ./out.json 2> ./err.txt
  rc=$?
  rss=$(grep "Maximum resident" ./err.txt | awk '{print $6}')
  el=$(grep "Elapsed" ./err.txt | awk '{print $8}')
  msg=$(grep -v "^\s" ./err.txt | grep -v "Command\|uncertaint" | head -1 | cut -c1-150)
  echo "$L $1 $2 size=$(stat -c%s $2) exit=$rc maxrss_kb=$rss elapsed=$el stdout_bytes=$(stat -c%s ./out.json) :: $msg"
}
m actions lying.xlsx
m minutes nested.docx
m actions square.ods
m attendance attendance.csv
m actions onerow2m.csv
[ -n "$BIG" ] && m actions onerow21m.csv
