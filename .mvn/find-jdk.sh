#!/bin/sh
# Finds a JDK 21 or newer and prints its home directory (one line) on stdout.
# Used by ./assay and ./mvnw, so both README commands work where the default java is older.
#
# Order: $JAVA_HOME when it is 21+; otherwise the newest 21+ JDK among /usr/lib/jvm/*,
# /opt/java/*, /opt/jdk*, Homebrew's openjdk, SDKMAN's candidates, macOS' JavaVirtualMachines,
# and the java on PATH. A JDK is a directory with executable bin/java and bin/javac.
# Exit status 2 with a message on stderr when none is found.
#
# Usage:     find-jdk.sh [NAME]   (NAME prefixes the error message, e.g. "mvnw")
# Example:   JAVA_HOME="$(sh .mvn/find-jdk.sh mvnw)" && export JAVA_HOME
# Test hook: FIND_JDK_DIRS (space-separated globs) replaces the list of directories searched.
set -u
name="${1:-find-jdk}"

# Prints the feature version (e.g. 25) of the JDK at $1, or nothing. The release file is read
# first (no JVM start); otherwise java itself is asked.
jdk_major() {
  v=""
  if [ -f "$1/release" ]; then
    v="$(sed -n 's/^JAVA_VERSION="\{0,1\}\([0-9][0-9]*\).*/\1/p' "$1/release" | head -n 1)"
  fi
  if [ -z "$v" ]; then
    v="$("$1/bin/java" -XshowSettings:properties -version 2>&1 \
      | sed -n 's/^ *java\.specification\.version = \([0-9][0-9]*\).*/\1/p' | head -n 1)"
  fi
  # Java 8 and older report 1.x; those are "1", which is below 21 anyway.
  printf '%s\n' "$v"
}

is_jdk() { [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ]; }

# The JDK home of the java command on PATH (following symbolic links), or nothing.
path_jdk() {
  j="$(command -v java 2>/dev/null)" || return 0
  r="$(readlink -f "$j" 2>/dev/null)" || r="$j"
  [ -n "$r" ] || r="$j"
  (cd "$(dirname "$r")/.." 2>/dev/null && pwd -P)
}

seen=""
found=""
best=""
best_v=0
consider() {
  d="$1"
  is_jdk "$d" || return 0
  case " $seen " in *" $d "*) return 0 ;; esac
  seen="$seen $d"
  v="$(jdk_major "$d")"
  case "$v" in ''|*[!0-9]*) return 0 ;; esac
  found="$found
  $d (Java $v)"
  if [ "$v" -ge 21 ] && [ "$v" -gt "$best_v" ]; then best="$d"; best_v="$v"; fi
}

if [ -n "${JAVA_HOME:-}" ] && is_jdk "$JAVA_HOME"; then
  v="$(jdk_major "$JAVA_HOME")"
  case "$v" in ''|*[!0-9]*) v=0 ;; esac
  if [ "$v" -ge 21 ]; then
    printf '%s\n' "$JAVA_HOME"
    exit 0
  fi
  consider "$JAVA_HOME"
fi

dirs="${FIND_JDK_DIRS-/usr/lib/jvm/* /opt/java/* /opt/jdk* /usr/local/opt/openjdk* /opt/homebrew/opt/openjdk* ${HOME:-/nonexistent}/.sdkman/candidates/java/* /Library/Java/JavaVirtualMachines/*/Contents/Home}"
for d in $dirs; do
  [ -d "$d" ] && consider "$(cd "$d" && pwd -P)"
done
p="$(path_jdk)"
[ -n "$p" ] && consider "$p"

if [ -n "$best" ]; then
  printf '%s\n' "$best"
  exit 0
fi

{
  echo "$name: no JDK 21 or newer found (Assay builds and runs on Java 21+)."
  echo "  Looked at \$JAVA_HOME, /usr/lib/jvm/*, /opt/java/*, Homebrew, ~/.sdkman/candidates/java/*,"
  echo "  /Library/Java/JavaVirtualMachines/* and the java on PATH."
  if [ -n "$found" ]; then
    echo "  Found only:$found"
  fi
  echo "  Install one (e.g. Temurin 21 or 25, or 'apt-get install openjdk-21-jdk') and run the command"
  echo "  again, or set JAVA_HOME to it."
} >&2
exit 2
