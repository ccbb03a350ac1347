#!/usr/bin/env bash
# Builds Assay's container image with buildah, without any image registry (docs/container.md).
#   scripts/build-image.sh            -> image assay:<version> (and assay:latest)
#   scripts/build-image.sh --rebase   also remakes the build base image (the debootstrap root file
#                                     system is kept in ASSAY_IMAGE_CACHE; delete it to redo it)
# Environment:
#   ASSAY_IMAGE_JDK      JDK 25 copied into the build base (default /usr/lib/jvm/temurin-25-jdk-amd64)
#   ASSAY_IMAGE_MIRROR   Debian mirror for debootstrap (default http://deb.debian.org/debian)
#   ASSAY_IMAGE_CACHE    where the debootstrap root file system is kept (default target/image)
#   ASSAY_IMAGE_M2       Maven repository mounted into the build stage (default ~/.m2; empty: none,
#                        the build then downloads from Maven Central)
#   ASSAY_IMAGE_SOURCE   org.opencontainers.image.source (default: the git remote, else "unknown")
#   ASSAY_IMAGE_LICENSES org.opencontainers.image.licenses (default NOASSERTION: no license declared)
#   BUILDAH_ISOLATION    buildah's isolation for RUN steps (default chroot, which works in containers)
# Steps: (1) a minimal Debian bookworm by debootstrap --variant=minbase (+ zip, unzip, binutils for jlink --strip-debug) with the JDK in
# /opt/jdk, committed as localhost/assay-build-base:bookworm-jdk25 (skipped when it exists); (2)
# buildah build of the Containerfile: Maven package, jdeps check, jlink, staged root file system,
# then the runtime stage FROM scratch. Prints the image size and the build time.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

BASE_IMAGE=localhost/assay-build-base:bookworm-jdk25
JDK="${ASSAY_IMAGE_JDK:-/usr/lib/jvm/temurin-25-jdk-amd64}"
MIRROR="${ASSAY_IMAGE_MIRROR:-http://deb.debian.org/debian}"
CACHE="${ASSAY_IMAGE_CACHE:-$ROOT/target/image}"
M2="${ASSAY_IMAGE_M2-$HOME/.m2}"
export BUILDAH_ISOLATION="${BUILDAH_ISOLATION:-chroot}"
REBASE=""
[ "${1:-}" = "--rebase" ] && REBASE=1

for tool in buildah debootstrap; do
  command -v "$tool" >/dev/null 2>&1 || {
    echo "build-image: $tool is missing (Debian: apt-get install buildah debootstrap)" >&2; exit 2; }
done
[ "$(id -u)" = 0 ] || { echo "build-image: debootstrap and buildah mount need root here" >&2; exit 2; }
[ -x "$JDK/bin/jlink" ] || { echo "build-image: no JDK with jlink at $JDK (set ASSAY_IMAGE_JDK)" >&2; exit 2; }

SECONDS=0

# --- (1) the build base --------------------------------------------------------------------------
if [ -n "$REBASE" ] || ! buildah inspect --type image "$BASE_IMAGE" >/dev/null 2>&1; then
  rootfs="$CACHE/bookworm-minbase"
  if [ ! -x "$rootfs/usr/bin/objcopy" ]; then
    rm -rf "$rootfs"
    mkdir -p "$CACHE"
    echo "build-image: debootstrap bookworm (minbase) from $MIRROR ..."
    debootstrap --variant=minbase --include=zip,unzip,binutils bookworm "$rootfs" "$MIRROR" >"$CACHE/debootstrap.log" 2>&1 \
      || { tail -n 20 "$CACHE/debootstrap.log" >&2; exit 1; }
    rm -rf "$rootfs"/var/cache/apt/archives/*.deb "$rootfs"/var/lib/apt/lists/*
  fi
  ctr="$(buildah from scratch)"
  trap 'buildah rm "$ctr" >/dev/null 2>&1 || true' EXIT
  mnt="$(buildah mount "$ctr")"
  cp -a "$rootfs"/. "$mnt"/
  mkdir -p "$mnt/opt"
  cp -a "$JDK" "$mnt/opt/jdk"
  # Debian's JDK packages link files outside the JDK (lib/security/cacerts): copy their targets.
  find "$mnt/opt/jdk" -type l -lname '/*' | while IFS= read -r link; do
    target="$(readlink -f "$JDK/${link#"$mnt/opt/jdk/"}")"
    rm "$link" && cp -L "$target" "$link"
  done
  buildah umount "$ctr" >/dev/null
  buildah config --env JAVA_HOME=/opt/jdk \
    --env PATH=/opt/jdk/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
    --env LANG=C.UTF-8 --label org.opencontainers.image.title=assay-build-base "$ctr"
  buildah commit -q --rm "$ctr" "$BASE_IMAGE" >/dev/null
  trap - EXIT
  echo "build-image: made $BASE_IMAGE"
fi

# --- (2) the image -------------------------------------------------------------------------------
VERSION="$(sed -n '/<parent>/,/<\/parent>/d; s:.*<version>\(.*\)</version>.*:\1:p' pom.xml | head -n1)"
REVISION="$(git rev-parse HEAD 2>/dev/null || echo unknown)"
git diff --quiet HEAD 2>/dev/null || REVISION="$REVISION-dirty"
SOURCE="${ASSAY_IMAGE_SOURCE:-$(git remote get-url origin 2>/dev/null || echo unknown)}"
CREATED="$(date -u +%Y-%m-%dT%H:%M:%SZ)"
args=(--isolation "$BUILDAH_ISOLATION" -f Containerfile
      --build-arg "VERSION=$VERSION" --build-arg "REVISION=$REVISION"
      --build-arg "CREATED=$CREATED" --build-arg "SOURCE=$SOURCE"
      --build-arg "LICENSES=${ASSAY_IMAGE_LICENSES:-NOASSERTION}"
      -t "assay:$VERSION" -t assay:latest)
[ -n "$M2" ] && [ -d "$M2" ] && args+=(-v "$M2:/root/.m2")

# The build stage's Maven step takes this machine's Maven lock (/work/wt/mvn-locked) when there is one.
# Set ASSAY_MVN_LOCK empty when the caller already holds that lock (it would wait for itself).
LOCK="${ASSAY_MVN_LOCK-/tmp/assay-mvn.lock}"
[ -n "$LOCK" ] && [ -f "$LOCK" ] && args+=(-v "$LOCK:/run/lock/assay-mvn.lock")
echo "build-image: buildah build assay:$VERSION (revision $REVISION) ..."
# Each line of buildah's output prefixed with the seconds since this script started.
if ! buildah build "${args[@]}" . 2>&1 | while IFS= read -r line; do printf '[%4ss] %s\n' "$SECONDS" "$line"; done; then
  echo "build-image: buildah build failed" >&2
  exit 1
fi

echo "build-image: assay:$VERSION built in ${SECONDS} s"
buildah images --format '{{.Name}}:{{.Tag}} {{.Size}}' "assay:$VERSION" | sed 's/^/build-image: /'
