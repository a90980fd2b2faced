#!/usr/bin/env bash
# Benchmark retouche against a floor (wc -w) and peers on one corpus, in one run.
#
#   bench/run.sh [CORPUS] [SIZE_MB] [RUNS]
#
# CORPUS defaults to ../shared/eval/fr_clean.txt (French prose, one paragraph
# per line); it is repeated into bench/out/corpus.txt until SIZE_MB (default
# 50) is reached, and written as JSON Lines ({"id","text"}) to
# bench/out/corpus.jsonl. Each command runs RUNS times (default 5); the script
# prints the median wall time, throughput, the ratio to wc -w (the cost of
# reading and splitting words) and, when GNU time is installed, the peak RSS.
# A second floor is the pipeline's own: check with its lightest stage
# (reading, chunking, tokenizing and the driver, no lexicon). Peers: misspell
# (go install, from the Go module proxy) and cspell with its French
# dictionary (npm install) on the same file; Debian's hunspell -l -d fr_FR,
# when installed, once on the first 5 MB only (it runs at about 0.2 MB/s),
# its time scaled to the whole corpus.
# With BASE set to a git revision, that revision's check -j1 and fix -j1 are
# timed in the same run (built in a temporary worktree), for a ratio that the
# machine's changing speed does not blur:
#
#   BASE=d2b7ab6 bench/run.sh ../shared/eval/fr_clean.txt 20 3
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=${1:-../shared/eval/fr_clean.txt}
size_mb=${2:-50}
runs=${3:-5}
out=bench/out
mkdir -p "$out"

[ -f "$corpus" ] || { echo "bench: $corpus: no such file" >&2; exit 2; }
go build -o "$out/retouche" ./cmd/retouche
big="$out/corpus.txt"
: > "$big"
while [ "$(stat -c %s "$big")" -lt $((size_mb * 1024 * 1024)) ]; do cat "$corpus" >> "$big"; done
bytes=$(stat -c %s "$big")
go run ./bench/tojsonl < "$big" > "$out/corpus.jsonl"
GOBIN="$PWD/$out" go install github.com/golangci/misspell/cmd/misspell@v0.8.0 2>/dev/null || echo "bench: misspell could not be installed; skipped" >&2

# median of the wall times of RUNS runs of a shell command, in seconds
median() {
  local cmd=$1 times=()
  for _ in $(seq "$runs"); do
    local t0 t1
    t0=$(date +%s.%N)
    bash -c "$cmd" > /dev/null || { echo "bench: failed: $cmd" >&2; exit 1; }
    t1=$(date +%s.%N)
    times+=("$(awk -v a="$t0" -v b="$t1" 'BEGIN {print b - a}')")
  done
  printf '%s\n' "${times[@]}" | sort -g | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'
}

peak_rss() {
  if [ -x /usr/bin/time ]; then
    /usr/bin/time -f %M bash -c "$1" 2>&1 >/dev/null | tail -1 | awk '{printf "%.0f MB", $1/1024}'
  else
    echo "n/a (no GNU time)"
  fi
}

printf 'corpus: %s repeated to %.1f MB; %d runs each; %d CPUs\n' "$corpus" "$(awk -v b="$bytes" 'BEGIN {print b/1048576}')" "$runs" "$(nproc)"
printf '%-34s %10s %10s %10s %12s\n' command median MB/s "×wc -w" "peak RSS"
base=""
run() {
  local name=$1 cmd=$2 m
  m=$(median "$cmd")
  [ -n "$base" ] || base=$m
  printf '%-34s %9.3fs %10.1f %10.2f %12s\n' "$name" "$m" "$(awk -v b="$bytes" -v m="$m" 'BEGIN {print b/1048576/m}')" \
    "$(awk -v m="$m" -v b="$base" 'BEGIN {print m/b}')" "$(peak_rss "$cmd")"
}
run "wc -w" "wc -w < $big"
run "retouche check -j1 --stages quotes" "$out/retouche check -q -j 1 --fail-on never --stages quotes $big"
run "retouche check -j1" "$out/retouche check -q -j 1 --fail-on never $big"
run "retouche fix -j1" "$out/retouche fix -j 1 $big"
run "retouche check -j$(nproc)" "$out/retouche check -q -j $(nproc) --fail-on never $big"
run "retouche fix -j$(nproc)" "$out/retouche fix -j $(nproc) $big"
run "retouche fix --jsonl -j1" "$out/retouche fix --jsonl -j 1 $out/corpus.jsonl"
if [ -n "${BASE:-}" ]; then
  . bench/base.sh
  build_base "$BASE" "$PWD/$out/retouche-base"
  run "$BASE: retouche check -j1" "$out/retouche-base check -q -j 1 --fail-on never $big"
  run "$BASE: retouche fix -j1" "$out/retouche-base fix -j 1 $big"
fi
if [ -x "$out/misspell" ]; then
  run "misspell" "$out/misspell $big"
fi
# cspell with its French dictionary (npm; 9.x runs on Node.js 20), when npm
# is installed: a spelling checker that reports unknown words.
if command -v npm > /dev/null; then
  # A leading underscore keeps the Go packages that npm brings along
  # (flatted ships one) out of ./... for go vet and go test.
  cs="$out/_cspell"
  if [ ! -x "$cs/node_modules/.bin/cspell" ]; then
    mkdir -p "$cs"
    (cd "$cs" && npm install --no-audit --no-fund --silent cspell@9.8.0 @cspell/dict-fr-fr@2.3.2 > /dev/null 2>&1) ||
      echo "bench: cspell could not be installed; skipped" >&2
  fi
  if [ -x "$cs/node_modules/.bin/cspell" ]; then
    printf '{"version": "0.2", "language": "fr", "import": ["@cspell/dict-fr-fr/cspell-ext.json"]}\n' > "$cs/cspell.json"
    run "cspell --locale fr" "cd $cs && ./node_modules/.bin/cspell --no-progress --no-summary --no-exit-code -c cspell.json $PWD/$big"
  fi
fi
if command -v hunspell > /dev/null && (hunspell -D < /dev/null 2>&1 || true) | grep -q "/fr_FR$"; then
  head -c $((5 * 1024 * 1024)) "$big" > "$out/head.txt"
  t0=$(date +%s.%N); hunspell -l -d fr_FR < "$out/head.txt" > /dev/null; t1=$(date +%s.%N)
  awk -v a="$t0" -v b="$t1" -v n="$bytes" -v w="$base" 'BEGIN {s = (b - a) * n / (5 * 1048576);
    printf "%-34s %9.3fs %10.1f %10.2f %12s\n", "hunspell -l (5 MB, scaled)", s, n / 1048576 / s, s / w, "-"}'
fi
