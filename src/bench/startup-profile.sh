#!/usr/bin/env bash
# Where one run's start-up goes, by class loading: how many classes come from the JDK's archive,
# from appyaml's start-up archive and from the jar (loaded, parsed and verified on every run),
# by package; and the JVM's own phases (-Xlog:startuptime). Usage, after
# `mvn -B -q package -DskipTests`:  src/bench/startup-profile.sh [FILE]
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
jar="$repo/target/appyaml.jar"
file="${1:-$repo/testdata/report/sample.yaml}"
work="$(mktemp -d "${TMPDIR:-/tmp}/appyaml-profile.XXXXXX")"
trap 'rm -rf "$work"' EXIT

summary() { # log
  echo "classes loaded: $(grep -c 'source:' "$1")"
  awk '{ for (i = 1; i <= NF; i++) if ($i == "source:") { s = $(i + 1); if (s ~ /\.jar$/) s = "jar (not archived)"; else if (s == "shared") s = "archive (shared objects file)"; else if (s !~ /^jrt:/) s = "made at run time (lambdas, proxies)"; print s } }' "$1" \
    | sort | uniq -c | sort -rn | sed 's/^/  /'
  echo "from the jar, by package:"
  grep 'source: file:' "$1" | awk '{ print $2 }' \
    | sed -E 's/^(picocli|org\.snakeyaml\.engine|org\.jline|dev\.appyaml\.[a-z]+).*/\1/' | sort | uniq -c | sort -rn | head -12 | sed 's/^/  /' || echo "  none"
}

echo "== java -jar (JDK's default archive only)"
java -Xlog:class+load=info:file="$work/plain.log" -jar "$jar" validate "$file" >/dev/null || true
summary "$work/plain.log"

echo "== with a start-up archive of appyaml's classes (what the launcher does on JDK 17-24)"
java -XX:ArchiveClassesAtExit="$work/app.jsa" -Xlog:disable -jar "$jar" validate "$file" >/dev/null 2>&1 || true
java -XX:SharedArchiveFile="$work/app.jsa" -Xlog:class+load=info:file="$work/cds.log" -jar "$jar" validate "$file" >/dev/null || true
summary "$work/cds.log"

echo "== JVM phases (-Xlog:startuptime)"
java -Xlog:startuptime -XX:SharedArchiveFile="$work/app.jsa" -jar "$jar" validate "$file" 2>/dev/null \
  | grep startuptime | sed 's/^/  /' || true
