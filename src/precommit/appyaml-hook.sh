#!/bin/sh
# pre-commit entry point of the `appyaml` hook: builds appyaml once inside pre-commit's copy of
# this repository with the bundled Maven Wrapper (no Maven needed; output only on failure), then
# checks the files pre-commit passes, in one JVM started by the launcher. Files that are not App
# Engine configuration (by name or content, as `validate DIR` decides) are skipped silently.
here=$(cd -P -- "$(dirname -- "$0")/../.." && pwd -P) || exit 2
jar=$here/target/appyaml.jar
built=$here/target/.appyaml-hook-built

has_java17() {
  for java in "${JAVA_HOME:+$JAVA_HOME/bin/java}" "$(command -v java 2>/dev/null)"; do
    if [ -z "$java" ] || [ ! -x "$java" ]; then continue; fi
    major=$("$java" -Xshare:auto -Xlog:disable -version 2>&1 |
      sed -n 's/.* version "\(1\.\)\{0,1\}\([0-9]*\).*/\2/p;q')
    [ -n "$major" ] && [ "$major" -ge 17 ] && return 0
  done
  return 1
}

if [ ! -f "$built" ] || [ ! -f "$jar" ]; then
  if ! has_java17; then
    echo "appyaml: the appyaml hook needs Java 17 or newer to build appyaml: install a JDK 17+ (e.g. Eclipse Temurin 17, or apt-get install openjdk-17-jdk-headless), or use the appyaml-system hook with an installed appyaml release archive" >&2
    exit 2
  fi
  log=$here/target/appyaml-hook-build.log
  mkdir -p "$here/target"
  if ! (cd "$here" && ./mvnw -B -q package -DskipTests) > "$log" 2>&1; then
    cat "$log" >&2
    echo "appyaml: building appyaml with ./mvnw failed (log above, also in $log)" >&2
    exit 2
  fi
  : > "$built"
fi
exec "$here/src/launcher/appyaml" validate --app-engine-only "$@"
