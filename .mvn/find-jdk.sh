# Sourced by ./mvnw and the product launchers' development twin: prints the home of a JDK whose major version
# is at least $1. Prefers $JAVA_HOME, then `java` on PATH, then the newest JDK under /usr/lib/jvm.
dunwise_java_major() {
  "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p' | head -n 1
}
dunwise_find_jdk() {
  local min="$1" candidate major best="" bestmajor=0
  for candidate in "${JAVA_HOME:-}" "$(dirname "$(dirname "$(readlink -f "$(command -v javac || echo /nonexistent)")")")" /usr/lib/jvm/*; do
    [ -n "$candidate" ] && [ -x "$candidate/bin/javac" ] || continue
    major="$(dunwise_java_major "$candidate")"
    major="${major#1.}"
    [ -n "$major" ] && [ "$major" -ge "$min" ] 2>/dev/null || continue
    if [ "$candidate" = "${JAVA_HOME:-}" ]; then echo "$candidate"; return 0; fi
    if [ "$major" -gt "$bestmajor" ]; then best="$candidate"; bestmajor="$major"; fi
  done
  [ -n "$best" ] && echo "$best"
}
