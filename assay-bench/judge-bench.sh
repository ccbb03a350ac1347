#!/usr/bin/env bash
# Speed of `assay judge --mode pairwise` against a local OpenAI-compatible server that answers
# every request in LATENCY_MS, next to promptfoo driving the same server with the same concurrency.
#   assay-bench/judge-bench.sh [PAIRS] [MAX_IN_FLIGHT] [LATENCY_MS] [WORKDIR]
# Each pair is judged in both orders, so Assay makes 2 x PAIRS calls; promptfoo is given the same
# 2 x PAIRS prompts as test cases. Ideal time = calls / in-flight x latency.
# promptfoo: `npm install promptfoo` into $PROMPTFOO_DIR (default /tmp/promptfoo); skipped if absent.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
PAIRS="${1:-10000}"
INFLIGHT="${2:-64}"
LATENCY="${3:-50}"
WORK="${4:-/tmp/assay-judge-bench}"
PROMPTFOO_DIR="${PROMPTFOO_DIR:-/tmp/promptfoo}"
JAVA_HOME="${JAVA_HOME:-$(ls -d /usr/lib/jvm/temurin-25-jdk-* | head -n1)}"
export JAVA_HOME
rm -rf "$WORK"; mkdir -p "$WORK"

(cd "$ROOT" && ./mvnw -q -o -Dmaven.test.skip=true -pl assay-cli,assay-bench -am package)
"$ROOT/assay" --version > /dev/null   # build if needed, create the CDS archive
export ASSAY_NO_BUILD=1                # time the runs, not a rebuild when sources change meanwhile

/usr/bin/python3 - "$WORK" "$PAIRS" <<'PY'
import json, sys
work, n = sys.argv[1], int(sys.argv[2])
with open(f"{work}/pairs.jsonl", "w") as f, open(f"{work}/prompts.jsonl", "w") as g:
    for i in range(n):
        ins = f"Question {i}: explain step {i % 97} of the procedure in two sentences."
        a = f"Answer A to {i}. " * 8
        b = f"Answer B to {i}. " * 8
        f.write(json.dumps({"id": f"p{i}", "instruction": ins, "output_a": a, "output_b": b}) + "\n")
        for first, second in ((a, b), (b, a)):
            g.write(json.dumps({"vars": {"instruction": ins, "first": first, "second": second}}) + "\n")
PY

"$JAVA_HOME/bin/java" -cp "$ROOT/assay-bench/target/lib/*" dev.assay.testkit.llm.FakeLlmServer \
  --port 0 --latency-ms "$LATENCY" --reply "Both are fine. [[A]]" > "$WORK/server.port" 2> "$WORK/server.err" &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true' EXIT
for _ in $(seq 100); do [ -s "$WORK/server.port" ] && break; sleep 0.1; done
PORT=$(head -n1 "$WORK/server.port")
printf 'provider: openai\nbase_url: http://127.0.0.1:%s/v1\nmodel: bench-judge\ntimeout: 30s\nmax_in_flight: %s\n' \
  "$PORT" "$INFLIGHT" > "$WORK/model.yaml"

CALLS=$((2 * PAIRS))
IDEAL=$(echo "$CALLS / $INFLIGHT * $LATENCY / 1000" | bc -l)
row() {  # name, seconds, calls
  local over; over=$(echo "($2 - $IDEAL) * $INFLIGHT / $3 * 1000" | bc -l)
  printf "| %s | %d | %.2f | %.2f | %.0f | %+.1f%% | %.2f |\n" "$1" "$3" "$2" "$IDEAL" \
    "$(echo "$3 / $2" | bc -l)" "$(echo "($2 / $IDEAL - 1) * 100" | bc -l)" "$over"
}
timed() {  # command... -> seconds on stdout
  local s e; s=$(date +%s.%N); "$@" > "$WORK/last.out" 2> "$WORK/last.err"; e=$(date +%s.%N)
  echo "$e - $s" | bc -l
}

echo "$PAIRS pairs ($CALLS calls), max in flight $INFLIGHT, server latency ${LATENCY} ms; $(nproc) cores; $(date -u +%FT%TZ)"
echo "| contender | calls | seconds | ideal s | calls/s | over ideal | overhead ms/call |"
echo "|---|---|---|---|---|---|---|"
T=$(timed "$ROOT/assay" judge --mode pairwise --model-config "$WORK/model.yaml" --max-in-flight "$INFLIGHT" \
  --quiet --no-report --out "$WORK/assay-out" "$WORK/pairs.jsonl")
row "./assay judge (cold: every call made, cache written)" "$T" "$CALLS"
T2=$(timed "$ROOT/assay" judge --mode pairwise --model-config "$WORK/model.yaml" --max-in-flight "$INFLIGHT" \
  --quiet --no-report --out "$WORK/assay-out" "$WORK/pairs.jsonl")
echo "| ./assay judge rerun (all $PAIRS pairs resumed, 0 calls) | 0 | $(printf %.2f "$T2") | | | | |"
rm -rf "$WORK/assay-out2"
cp "$WORK/assay-out/responses.sqlite" "$WORK/cache-only.sqlite"
mkdir -p "$WORK/assay-out2" && cp "$WORK/cache-only.sqlite" "$WORK/assay-out2/responses.sqlite"
T3=$(timed "$ROOT/assay" judge --mode pairwise --model-config "$WORK/model.yaml" --max-in-flight "$INFLIGHT" \
  --quiet --no-report --out "$WORK/assay-out2" "$WORK/pairs.jsonl")
echo "| ./assay judge, every reply from the cache ($CALLS cache hits) | 0 | $(printf %.2f "$T3") | | | | |"

if [ -x "$PROMPTFOO_DIR/node_modules/.bin/promptfoo" ]; then
  cat > "$WORK/promptfooconfig.yaml" <<YAML
prompts:
  - "Compare two answers to: {{instruction}}\n[A] {{first}}\n[B] {{second}}\nVerdict as [[A]], [[B]] or [[C]]."
providers:
  - id: openai:chat:bench-judge
    config:
      apiBaseUrl: http://127.0.0.1:$PORT/v1
      apiKey: not-needed
      temperature: 0
tests: file://$WORK/prompts.jsonl
YAML
  export PROMPTFOO_DISABLE_TELEMETRY=1 PROMPTFOO_DISABLE_UPDATE=1 PROMPTFOO_CONFIG_DIR="$WORK/pf-home"
  T4=$(timed "$PROMPTFOO_DIR/node_modules/.bin/promptfoo" eval -c "$WORK/promptfooconfig.yaml" \
    -j "$INFLIGHT" --no-cache --no-progress-bar --no-table -o "$WORK/promptfoo-out.json")
  row "promptfoo $("$PROMPTFOO_DIR/node_modules/.bin/promptfoo" --version 2>/dev/null | tail -n1) eval -j $INFLIGHT --no-cache" "$T4" "$CALLS"
else
  echo "(promptfoo not installed in $PROMPTFOO_DIR: skipped)"
fi
