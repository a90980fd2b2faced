#!/usr/bin/env bash
# Count the instructions of one retouche run with callgrind, garbage
# collection off, so that two builds can be compared to 0.02% whatever the
# machine's speed (wall times on the development machine vary twofold).
#
#   bench/instr.sh BINARY ARGS...
#   bench/instr.sh bench/out/retouche check -q -j1 --fail-on never /tmp/fr1m.txt
#
# Needs valgrind (apt-get install valgrind). Go's asynchronous preemption
# signals crash callgrind, hence asyncpreemptoff; GOGC=off removes the
# collector's timing, the one source of variation left (about 4% with it on
# a large input). Set GOGC to count the collector too: bench/dict.sh does,
# with GOGC=100, for start-up, where collection is a large, steady share.
set -euo pipefail
[ $# -ge 1 ] || { echo "usage: bench/instr.sh BINARY ARGS..." >&2; exit 2; }
command -v valgrind > /dev/null || { echo "instr: valgrind is not installed" >&2; exit 2; }
gc=(GOGC=off GOMEMLIMIT=off)
[ -n "${GOGC:-}" ] && gc=(GOGC="$GOGC")
env "${gc[@]}" GODEBUG=asyncpreemptoff=1 GOMAXPROCS=1 \
  valgrind --tool=callgrind --callgrind-out-file=/dev/null "$@" 2>&1 > /dev/null | sed -n 's/.*Collected : //p'
