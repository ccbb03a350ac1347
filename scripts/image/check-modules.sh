#!/usr/bin/env bash
# Fails when the JDK modules jdeps finds for the CLI differ from the list the Containerfile declares,
# so the jlink'd runtime can never silently miss a module the code uses.
#   scripts/image/check-modules.sh java.base,java.sql,... assay-cli/target
set -euo pipefail
declared="$1"
target="${2:-assay-cli/target}"
jdeps="${JAVA_HOME:?JAVA_HOME must point at a JDK 25}/bin/jdeps"
found="$("$jdeps" --multi-release 25 --ignore-missing-deps --print-module-deps \
  --class-path "$target/lib/*" "$target/assay-cli.jar" | tail -n1)"
sorted() { tr ',' '\n' <<<"$1" | sed '/^$/d' | sort -u | paste -sd, -; }
if [ "$(sorted "$found")" != "$(sorted "$declared")" ]; then
  echo "check-modules: jdeps finds  $found" >&2
  echo "check-modules: declared is  $declared" >&2
  echo "check-modules: update JDEPS_MODULES in the Containerfile" >&2
  exit 1
fi
echo "check-modules: $found"
