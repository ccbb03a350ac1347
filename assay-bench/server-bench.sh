#!/usr/bin/env bash
# The server under load (docs/benchmarks.md): 50 annotators submitting at once through wrk, then
# every row counted; import into a large project, listing, export, agreement.
# Usage: assay-bench/server-bench.sh [WORK_DIR] [DB]
#   DB: an SQLite file (default WORK_DIR/bench.db) or postgresql://user:password@host/db (an empty database).
# Env: ANNOTATORS (50), SECONDS_LOAD (30), ITEMS (200000), BIG_ITEMS (1000000), ASSAY (./assay).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ASSAY="${ASSAY:-$ROOT/assay}"
WORK="${1:-$(mktemp -d)}"
DB="${2:-$WORK/bench.db}"
N="${ANNOTATORS:-50}"
SECS="${SECONDS_LOAD:-30}"
ITEMS="${ITEMS:-200000}"
BIG="${BIG_ITEMS:-1000000}"
mkdir -p "$WORK"
now() { date +%s.%N; }
secs() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", b - a }'; }
echo "uptime: $(uptime)"

LEAD="$($ASSAY users add --db "$DB" --name lead --role lead --quiet | tail -n1)"
: > "$WORK/tokens.txt"
for i in $(seq "$N"); do
  $ASSAY users add --db "$DB" --name "ann$i" --role annotator --quiet | tail -n1 >> "$WORK/tokens.txt"
done
$ASSAY serve --db "$DB" --port 0 --json > "$WORK/serve.json" 2> "$WORK/serve.err" &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true' EXIT
for _ in $(seq 100); do [ -s "$WORK/serve.json" ] && break; sleep 0.2; done
URL="$(sed -n 's/.*"url":"\([^"]*\)".*/\1/p' "$WORK/serve.json")"
echo "server: $URL ($DB)"
H=(-H "Authorization: Bearer $LEAD")
api() { curl -sS --fail-with-body "${H[@]}" "$@"; }

P="$(api -d '{"name": "load", "overlap": 3}' "${URL}api/projects" | sed -n 's/.*"id":\([0-9]*\).*/\1/p')"
for i in $(seq "$N"); do api -d "{\"user\": \"ann$i\"}" "${URL}api/projects/$P/members" > /dev/null; done
python3 - "$ITEMS" "$WORK/items.jsonl" <<'PY'
import json, sys
n, path = int(sys.argv[1]), sys.argv[2]
with open(path, "w") as f:
    for i in range(n):
        f.write(json.dumps({"id": f"i{i}", "instruction": f"Question {i}: explain the idea in two sentences.",
                            "output_a": "An answer " + "word " * 40, "output_b": "Another answer " + "term " * 40}) + "\n")
PY
api --data-binary @"$WORK/items.jsonl" "${URL}api/projects/$P/items"; echo

echo "# load: $N annotators, one connection each, $SECS s"
wrk -t "$N" -c "$N" -d "${SECS}s" --latency -s "$ROOT/assay-bench/server/annotate.lua" "$URL" -- "$P" "$WORK/tokens.txt" \
  | tee "$WORK/wrk.txt"
saved="$(sed -n 's/.*save 201 \([0-9]*\).*/\1/p' "$WORK/wrk.txt")"
stored="$(api "${URL}api/projects/$P/export?format=jsonl" | wc -l)"
agreement="$(api "${URL}api/projects/$P/agreement")"
echo "rows: $saved acknowledged with 201, $stored in the database (export)"
echo "agreement: $(echo "$agreement" | sed 's/,"first_shown_chosen".*//')}"
# wrk stops with up to one request per connection in flight: the server may have committed those
# without wrk counting the answer. None may be missing; none doubled (unique per item and annotator).
if [ "$stored" -ge "$saved" ] && [ "$stored" -le $((saved + N)) ]; then
  echo "none lost: every 201 is stored; $((stored - saved)) more were committed while wrk stopped (at most $N in flight)"
else
  echo "MISMATCH: acknowledged $saved, stored $stored"
fi

echo "# a large project: $BIG items, then 10,000 more"
P2="$(api -d '{"name": "big", "overlap": 1}' "${URL}api/projects" | sed -n 's/.*"id":\([0-9]*\).*/\1/p')"
python3 - "$BIG" "$WORK/big.jsonl" "$WORK/more.jsonl" <<'PY'
import json, sys
n = int(sys.argv[1])
with open(sys.argv[2], "w") as f:
    for i in range(n):
        f.write(json.dumps({"id": f"b{i}", "instruction": f"q{i}", "output_a": "a", "output_b": "b"}) + "\n")
with open(sys.argv[3], "w") as f:
    for i in range(n, n + 10000):
        f.write(json.dumps({"id": f"b{i}", "instruction": f"q{i}", "output_a": "a", "output_b": "b"}) + "\n")
PY
t0=$(now); api --data-binary @"$WORK/big.jsonl" "${URL}api/projects/$P2/items" > /dev/null; t1=$(now)
echo "import $BIG items into an empty project: $(secs "$t0" "$t1") s"
t0=$(now); api --data-binary @"$WORK/more.jsonl" "${URL}api/projects/$P2/items"; t1=$(now); echo
echo "import 10,000 items into the project holding $BIG: $(secs "$t0" "$t1") s (target < 30 s)"
t0=$(now); n="$(api "${URL}api/projects/$P2/items?limit=50000" | grep -o '"id":' | wc -l)"; t1=$(now)
echo "list $n item ids: $(secs "$t0" "$t1") s (target < 2 s)"
t0=$(now); n="$(api "${URL}api/projects/$P/export?format=jsonl" | wc -l)"; t1=$(now)
echo "stream-export $n annotations: $(secs "$t0" "$t1") s"
t0=$(now); api "${URL}api/projects/$P/agreement" > /dev/null; t1=$(now)
echo "agreement over $n annotations: $(secs "$t0" "$t1") s"
