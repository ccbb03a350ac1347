#!/usr/bin/env bash
# Cold vs warm embedding cache: `assay qa` with toxicity + semantic dedup on the hh-rlhf
# harmless-base test set (2,312 rows), run twice over one fresh cache file.
# Usage (from the checkout root, after a build): assay-bench/embedding-cache/qa-cold-warm.sh [JAVA]
# Prints one line per run: wall seconds, the pipeline's pass-1 (dataset checks) milliseconds and
# the embedding cache's counts from the run's manifest.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
JAVA="${1:-${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java}"
DATA=""
for d in "$ROOT" "$ROOT/.." "$ROOT/../.." "$ROOT/../../.."; do
  if [ -f "$d/shared/data/hh_rlhf/harmless-base-test.jsonl.gz" ]; then DATA="$(cd "$d/shared/data" && pwd)"; break; fi
done
[ -n "$DATA" ] || { echo "shared/data/hh_rlhf/harmless-base-test.jsonl.gz not found beside the checkout" >&2; exit 2; }
WORK="$(mktemp -d /tmp/assay-embedding-cache-bench.XXXXXX)"
export HH_RLHF="$DATA/hh_rlhf/harmless-base-test.jsonl.gz"
for run in cold warm; do
  start=$(date +%s.%N)
  OUT="$WORK/$run" "$JAVA" -jar "$ROOT/assay-cli/target/assay-cli.jar" qa \
    --config "$ROOT/assay-bench/embedding-cache/qa-hh-rlhf.yaml" \
    --embedding-cache "$WORK/embeddings.db" --quiet --no-report >/dev/null || [ $? -eq 1 ]
  end=$(date +%s.%N)
  python3 - "$run" "$start" "$end" "$WORK/$run/manifest.json" <<'PY'
import json, sys
run, start, end, manifest = sys.argv[1], float(sys.argv[2]), float(sys.argv[3]), sys.argv[4]
m = json.load(open(manifest))
pass1 = m.get("timings", {}).get("pass1_dataset_checks")
cache = next((c.get("config") for c in m.get("components", []) if c.get("type") == "embedding_cache"), None)
print(f"{run}: {end - start:.1f} s wall, pass 1 (dataset checks) {pass1} ms, embedding cache {json.dumps(cache)}")
PY
done
ls -l "$WORK/embeddings.db"
