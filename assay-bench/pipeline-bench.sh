#!/usr/bin/env bash
# assay run: overhead over the same steps typed by hand, and an unchanged rerun (docs/benchmarks.md).
# Usage: assay-bench/pipeline-bench.sh [WORK_DIR]   (ASSAY="java -jar assay-cli/target/assay-cli.jar" to pick the CLI)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ASSAY="${ASSAY:-$ROOT/assay}"
WORK="${1:-$(mktemp -d)}"
REPEAT="${REPEAT:-3}"
now() { date +%s.%N; }
secs() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", b - a }'; }

rm -rf "$WORK/q" && $ASSAY quickstart --out "$WORK/q" >/dev/null 2>&1
Q="$WORK/q"
# The quickstart writes its own steps as $Q/pipeline.yaml (validate, qa, pairs, judge, leaderboard, report).

by_hand() {
  cd "$Q" && rm -rf validate qa pairs judge leaderboard report.* tables
  $ASSAY validate inputs/sample-chat.jsonl --schema openai-chat --out validate --quiet || true
  $ASSAY qa --config inputs/qa.yaml --input validate/valid.jsonl --out qa --quiet || true
  $ASSAY pair --chats qa/kept.jsonl --models model-a,model-b --out pairs --quiet || true
  $ASSAY judge pairs/pairs.jsonl --judge reward-model --out judge --quiet
  $ASSAY leaderboard judge/judgments.jsonl --baseline model-b --out leaderboard --quiet
  $ASSAY report validate qa judge leaderboard --tables --out-file report.html --quiet
}
piped() {
  cd "$Q" && rm -rf validate qa pairs judge leaderboard report.* tables pipeline.lock .assay-run
  $ASSAY run pipeline.yaml --quiet --jobs "$1"
}
for i in $(seq "$REPEAT"); do
  t0=$(now); by_hand >/dev/null 2>&1; t1=$(now)
  piped 1 >/dev/null 2>&1; t2=$(now)
  piped 2 >/dev/null 2>&1; t3=$(now)
  r0=$(now); (cd "$Q" && $ASSAY run pipeline.yaml --quiet) >/dev/null 2>&1; r1=$(now)
  echo "round $i: by hand $(secs "$t0" "$t1") s | run --jobs 1 $(secs "$t1" "$t2") s | run --jobs 2 $(secs "$t2" "$t3") s | unchanged rerun $(secs "$r0" "$r1") s"
done
(cd "$Q" && $ASSAY run pipeline.yaml --json) | grep -o '"status":"[a-z]*"' | sort | uniq -c
