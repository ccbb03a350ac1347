#!/usr/bin/env bash
# Smoke test of the container image: runs the quickstart inside it as its non-root user, without
# network, and checks the exit code and the report; prints the image size and the quickstart time.
#   scripts/image-smoke.sh                 # image assay:<version of pom.xml>
#   scripts/image-smoke.sh assay:latest
# Runs the image with `buildah run --isolation chroot` (podman run fails on this machine with a crun
# setrlimit error). Exit 0 when every check passes, 1 when one fails, 2 when the image is missing.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VERSION="$(sed -n '/<parent>/,/<\/parent>/d; s:.*<version>\(.*\)</version>.*:\1:p' "$ROOT/pom.xml" | head -n1)"
IMAGE="${1:-assay:$VERSION}"
ISOLATION="${BUILDAH_ISOLATION:-chroot}"

buildah inspect --type image "$IMAGE" >/dev/null 2>&1 \
  || { echo "image-smoke: no image $IMAGE (scripts/build-image.sh makes it)" >&2; exit 2; }

fail() { echo "image-smoke: FAIL: $*" >&2; exit 1; }
ctr="$(buildah from "$IMAGE")"
trap 'buildah rm "$ctr" >/dev/null 2>&1 || true' EXIT
# No network inside: chroot isolation cannot take --network none, so the run gets its own empty
# network namespace from unshare (root only; otherwise it runs with the host's network).
NONET=()
[ "$(id -u)" = 0 ] && unshare -n true 2>/dev/null && NONET=(unshare -n)
run() { "${NONET[@]}" buildah run --isolation "$ISOLATION" "$ctr" -- "$@"; }

# The image's configuration: non-root user, entrypoint, labels.
user="$(buildah inspect --type image --format '{{.OCIv1.Config.User}}' "$IMAGE")"
entrypoint="$(buildah inspect --type image --format '{{.OCIv1.Config.Entrypoint}}' "$IMAGE")"
[ -n "$user" ] && [ "${user%%:*}" != 0 ] && [ "${user%%:*}" != root ] || fail "image user is '$user'"
[ "$entrypoint" = '[/usr/local/bin/assay]' ] || fail "entrypoint is $entrypoint"
for label in title version revision source created licenses; do
  value="$(buildah inspect --type image --format "{{index .OCIv1.Config.Labels \"org.opencontainers.image.$label\"}}" "$IMAGE")"
  [ -n "$value" ] || fail "label org.opencontainers.image.$label is missing"
done
name="$(run /opt/java/bin/java -XshowSettings:properties -version 2>&1 | sed -n 's/^ *user.name = //p')"
[ "$name" = assay ] || fail "runs as '$name', not as the user assay"

# The version, then the quickstart, timed.
run assay --version
start="$(date +%s.%N)"
set +e
run assay quickstart --out /tmp/qs > "${TMPDIR:-/tmp}/image-smoke.log" 2>&1
rc=$?
set -e
end="$(date +%s.%N)"
cat "${TMPDIR:-/tmp}/image-smoke.log"
[ "$rc" = 0 ] || fail "assay quickstart exited with $rc"
run /bin/sh -c 'test -s /tmp/qs/report.html && test -s /tmp/qs/report.json && test -s /tmp/qs/leaderboard/leaderboard.json' \
  || fail "the quickstart's report or leaderboard is missing"
run /bin/sh -c 'test ! -w /opt/assay && test -w "$DJL_CACHE_DIR" && test -w /tmp' \
  || fail "file permissions: /opt/assay writable, or the DJL cache or /tmp not"

seconds="$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.1f", b - a }')"
size="$(buildah images --format '{{.Size}}' "$IMAGE" | sed -n 1p)"
echo "image-smoke: OK $IMAGE size $size (uncompressed layers), quickstart ${seconds} s inside the image"
