#!/usr/bin/env bash
# Throughput and peak memory of `assay validate` against peers on the same synthetic JSONL corpus.
#   assay-bench/validate-bench.sh [SIZE_MB] [WORKDIR]
# Peers: jq -c . (parse and re-emit, no schema; Debian jq) and Python jsonschema
# (Draft202012Validator, Debian python3-jsonschema) doing the same valid/quarantine split.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
SIZE_MB="${1:-1024}"
WORK="${2:-/tmp/assay-validate-bench}"
JAVA_HOME="${JAVA_HOME:-$(ls -d /usr/lib/jvm/temurin-25-jdk-* | head -n1)}"
JAVA="$JAVA_HOME/bin/java"
mkdir -p "$WORK"
CORPUS="$WORK/corpus-${SIZE_MB}m.jsonl"
SCHEMA="$ROOT/assay-bench/validate-schema.json"

(cd "$ROOT" && ./mvnw -q -o -Dmaven.test.skip=true -pl assay-cli,assay-bench -am package)
export JAVA_HOME
[ -f "$CORPUS" ] || "$JAVA" -cp "$ROOT/assay-bench/target/classes:$ROOT/assay-bench/target/lib/*" \
  dev.assay.bench.JsonlCorpus "$CORPUS" "$SIZE_MB" 42
BYTES=$(stat -c %s "$CORPUS")
cat "$CORPUS" > /dev/null   # warm the page cache for every contender alike

run() {  # name, command...
  local name="$1"; shift
  /usr/bin/time -f "%e %M" -o "$WORK/time.txt" "$@" > /dev/null 2> "$WORK/last.err" || true
  local t; t=$(tail -n1 "$WORK/time.txt")
  local secs=${t% *} kb=${t#* }
  printf "| %s | %.1f | %.0f | %d |\n" "$name" "$secs" "$(echo "$BYTES / 1048576 / $secs" | bc -l)" "$((kb / 1024))"
}

echo "corpus: $CORPUS ($BYTES bytes, $(wc -l < "$CORPUS") lines); $(nproc) cores; $(date -u +%FT%TZ)"
echo "| contender | seconds | MB/s | peak RSS (MB) |"
echo "|---|---|---|---|"
"$ROOT/assay" --version > /dev/null   # build if needed, create the CDS archive
run "./assay validate (launcher defaults: serial GC)" "$ROOT/assay" validate --quiet \
  --schema "$SCHEMA" "$CORPUS" --out "$WORK/assay-out"
ASSAY_JAVA_OPTS=-Xmx256m run "./assay validate, ASSAY_JAVA_OPTS=-Xmx256m" "$ROOT/assay" validate --quiet \
  --schema "$SCHEMA" "$CORPUS" --out "$WORK/assay-out-small"
run "java -jar (JVM defaults: G1)" "$JAVA" -jar "$ROOT/assay-cli/target/assay-cli.jar" validate --quiet \
  --schema "$SCHEMA" "$CORPUS" --out "$WORK/assay-out-g1"
run "jq -c . (no schema)" jq -c . "$CORPUS"
if /usr/bin/python3 -c 'import jsonschema' 2>/dev/null; then
  run "python jsonschema" /usr/bin/python3 "$ROOT/assay-bench/peers/validate_jsonschema.py" "$SCHEMA" "$CORPUS" "$WORK/py-out"
fi
