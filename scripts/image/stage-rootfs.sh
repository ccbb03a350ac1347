#!/usr/bin/env bash
# Runs inside the image's build stage (Containerfile): lays out the runtime root file system under
# STAGING, next to the jlink'd runtime already in STAGING/opt/java.
#   scripts/image/stage-rootfs.sh assay-cli/target /staging
# What it stages:
#   /opt/assay            assay-cli.jar and lib/, each jar's native libraries cut to linux-x86_64
#   /opt/assay/native     ONNX Runtime and SQLite natives unpacked ahead of time (no unpack per run)
#   /opt/assay/assay.jsa  an AppCDS archive recorded while running the quickstart once
#   /usr/local/bin/assay  the launcher (POSIX sh: dash is the only program besides java)
#   /etc                  passwd/group with the non-root user assay (10001), nsswitch.conf, ld.so.cache
#   /usr/lib/...          the shared libraries ldd finds for every ELF file staged (glibc, libstdc++,
#                         libgcc_s), copied from this stage's Debian packages, plus dash
# and, for the user's home (copied with --chown), /staging-home/.cache/djl: DJL's tokenizer native
# library unpacked by that quickstart, so a run needs neither network nor a writable cache.
set -euo pipefail
TARGET="$1"
STAGING="$2"
APP="$STAGING/opt/assay"
HOME_STAGE=/staging-home
UID_GID=10001

[ -x "$STAGING/opt/java/bin/java" ] || { echo "stage-rootfs: run jlink into $STAGING/opt/java first" >&2; exit 1; }

# --- the app ------------------------------------------------------------------------------------
mkdir -p "$APP/lib" "$APP/native/onnxruntime" "$APP/native/sqlite"
cp "$TARGET/assay-cli.jar" "$APP/"
cp "$TARGET"/lib/*.jar "$APP/lib/"

# Native libraries for other platforms are most of the bytes (ONNX Runtime ships a 300 MB Windows
# debug database): keep only linux-x86_64 ones.
KEEP='(^|/)(linux-x64|linux-x86-64|linux-x86_64|Linux/x86_64)/|_linux_amd64$'
NATIVE='\.(so|dylib|dll|pdb|jnilib|a)$|\.so_|\.dSYM/'
for jar in "$APP"/lib/*.jar; do
  drop="$(unzip -Z1 "$jar" | grep -E "$NATIVE" | grep -vE "$KEEP" || true)"
  [ -n "$drop" ] && printf '%s\n' "$drop" | zip -q -d "$jar" -@ >/dev/null
done

unzip -q -j -o "$APP"/lib/onnxruntime-*.jar 'ai/onnxruntime/native/linux-x64/*' -d "$APP/native/onnxruntime"
unzip -q -j -o "$APP"/lib/sqlite-jdbc-*.jar 'org/sqlite/native/Linux/x86_64/*' -d "$APP/native/sqlite"

# --- the launcher -------------------------------------------------------------------------------
mkdir -p "$STAGING/usr/local/bin"
cat > "$STAGING/usr/local/bin/assay" <<'LAUNCHER'
#!/bin/sh
# Assay in its container image. JVM options as in the repository's ./assay launcher (serial GC
# unless ASSAY_JAVA_OPTS names one), plus the AppCDS archive and the natives unpacked at build time.
set -e
# DJL writes into its cache even when the tokenizer native is there: a user other than assay
# (docker run -u) gets a cache under /tmp, unpacked on first use.
if [ -n "${DJL_CACHE_DIR:-}" ] && [ ! -w "$DJL_CACHE_DIR" ]; then
  DJL_CACHE_DIR="${TMPDIR:-/tmp}/assay-djl"
  export DJL_CACHE_DIR
fi
OPTS="-XX:+AutoCreateSharedArchive -XX:SharedArchiveFile=/opt/assay/assay.jsa -Xlog:cds=off -Xlog:cds+dynamic=off"
OPTS="$OPTS --enable-native-access=ALL-UNNAMED -Djava.awt.headless=true"
OPTS="$OPTS -Donnxruntime.native.path=/opt/assay/native/onnxruntime"
OPTS="$OPTS -Dorg.sqlite.lib.path=/opt/assay/native/sqlite -Dorg.sqlite.lib.name=libsqlitejdbc.so"
case " ${ASSAY_JAVA_OPTS:-} " in *GC\ *|*GC=*) ;; *) OPTS="$OPTS -XX:+UseSerialGC" ;; esac
# shellcheck disable=SC2086  # both are lists of options on purpose
exec /opt/java/bin/java $OPTS ${ASSAY_JAVA_OPTS:-} -jar /opt/assay/assay-cli.jar "$@"
LAUNCHER
chmod 755 "$STAGING/usr/local/bin/assay"

# --- users, directories -------------------------------------------------------------------------
mkdir -p "$STAGING/etc" "$STAGING/tmp" "$STAGING/root" "$STAGING/home" "$HOME_STAGE/.cache/djl" /staging-work
chmod 1777 "$STAGING/tmp"
chmod 700 "$STAGING/root"
cat > "$STAGING/etc/passwd" <<EOF
root:x:0:0:root:/root:/usr/sbin/nologin
assay:x:$UID_GID:$UID_GID:Assay:/home/assay:/usr/sbin/nologin
EOF
cat > "$STAGING/etc/group" <<EOF
root:x:0:
assay:x:$UID_GID:
EOF
printf 'passwd: files\ngroup: files\nhosts: files dns\n' > "$STAGING/etc/nsswitch.conf"

# --- one quickstart with the staged runtime: AppCDS archive, DJL cache, and a smoke test --------
# The archive records the class path, so the runtime and the app sit at their final paths here.
for d in java assay; do
  [ ! -e "/opt/$d" ] || { echo "stage-rootfs: /opt/$d exists in the build stage" >&2; exit 1; }
  mv "$STAGING/opt/$d" "/opt/$d"
done
DJL_CACHE_DIR="$HOME_STAGE/.cache/djl" DJL_OFFLINE=true \
  "$STAGING/usr/local/bin/assay" quickstart --out /tmp/assay-training-run >/tmp/assay-training-run.log 2>&1 \
  || { cat /tmp/assay-training-run.log >&2; exit 1; }
test -s /tmp/assay-training-run/report.html
test -s /opt/assay/assay.jsa
rm -rf /tmp/assay-training-run /tmp/assay-training-run.log
for d in java assay; do mv "/opt/$d" "$STAGING/opt/$d"; done

# --- shared libraries: the ldd closure of every ELF file staged, plus dash as /bin/sh -------------
mkdir -p "$STAGING/usr/bin" "$STAGING/usr/lib/x86_64-linux-gnu" "$STAGING/usr/lib64"
cp /usr/bin/dash "$STAGING/usr/bin/dash"
ln -sf dash "$STAGING/usr/bin/sh"
ln -sfn usr/bin "$STAGING/bin"
ln -sfn usr/lib "$STAGING/lib"
ln -sfn usr/lib64 "$STAGING/lib64"
elf_files() {
  find "$STAGING" "$HOME_STAGE" -type f \( -name '*.so' -o -name '*.so.*' -o -perm -u+x \) -print0 |
    while IFS= read -r -d '' f; do
      [ "$(head -c4 "$f" | od -An -c | tr -d ' ')" = '177ELF' ] && printf '%s\n' "$f"
    done
}
elf_files | while IFS= read -r f; do ldd "$f" 2>/dev/null || true; done |
  awk '$2 == "=>" && $3 ~ /^\// { print $3 } $1 ~ /^\// && $2 ~ /^\(/ { print $1 }' | sort -u |
  while IFS= read -r lib; do
    case "$lib" in "$STAGING"/*|"$HOME_STAGE"/*) continue ;; esac
    real="$(readlink -f "$lib")"
    dest="$STAGING/usr/lib/x86_64-linux-gnu/$(basename "$lib")"
    cp -L "$real" "$dest"
  done
# The program interpreter is looked up at its absolute path.
ln -sf ../lib/x86_64-linux-gnu/ld-linux-x86-64.so.2 "$STAGING/usr/lib64/ld-linux-x86-64.so.2"
echo /usr/lib/x86_64-linux-gnu > "$STAGING/etc/ld.so.conf"
ldconfig -r "$STAGING"
echo "stage-rootfs: libraries $(ls "$STAGING/usr/lib/x86_64-linux-gnu" | paste -sd' ' -)"
du -sh "$STAGING"/opt/java "$STAGING"/opt/assay "$STAGING"/usr "$HOME_STAGE" | sed 's/^/stage-rootfs: /'
