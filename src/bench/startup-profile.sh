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

# JDK 25 with an AOT cache (what the launcher and the release archive use, when there is one):
# classes by source, and the stages of one run, read from the class-initialisation log (each
# stage starts when its first class is initialised: Main, QuickCommandLine, the rule registry, the YAML
# loader, the report, the JVM's shutdown). Several runs, as one run on a shared machine is noisy.
jdk25_home=$("$repo/src/release/find-jdk25" || true)
jdk25=${jdk25_home:+$jdk25_home/bin/java}
if [ -n "$jdk25" ]; then
  opts=(-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Dappyaml.interactive=false)
  echo "== JDK 25 with an AOT cache trained as the launcher trains it ($jdk25)"
  "$jdk25" "${opts[@]}" -Xlog:disable -XX:AOTCacheOutput="$work/app.aot" -cp "$jar" dev.appyaml.cli.Training \
    "$repo/testdata/training" >/dev/null 2>&1 || true
  "$jdk25" "${opts[@]}" -XX:AOTCache="$work/app.aot" -Xlog:class+load=info:file="$work/aot.log" -jar "$jar" validate "$file" >/dev/null || true
  summary "$work/aot.log"
  echo "stages of one run in ms (JVM start until Main, environment, command line, rules and configuration, parse and check, report):"
  for _ in 1 2 3 4 5; do
    "$jdk25" "${opts[@]}" -XX:AOTCache="$work/app.aot" -Xlog:class+init=info:file="$work/init.log":uptimenanos \
      -jar "$jar" validate "$file" >/dev/null || true
    awk -F'[][]' '{ t = $2 / 1e6 }
      /Initializing .dev\/appyaml\/cli\/Main\047/ { m = t } /Initializing .dev\/appyaml\/cli\/QuickCommandLine\047/ { p = t }
      /Initializing .dev\/appyaml\/rule\/RuleRegistry\047/ { r = t } /Initializing .dev\/appyaml\/yaml\/YamlLoader\047/ { y = t }
      /Initializing .dev\/appyaml\/report\/Report\047/ { rep = t } /Initializing .java\/lang\/Shutdown\047/ { s = t }
      END { printf "  jvm %3.0f  env %3.0f  args %3.0f  rules %3.0f  check %3.0f  report %3.0f  total %3.0f\n",
        m, p - m, r - p, y - r, rep - y, s - rep, s }' "$work/init.log"
  done
fi
