#!/usr/bin/env bash
# Measures appyaml's wall-clock time as users meet it: one JVM per run, as a pre-commit hook or a
# CI step starts it. Usage (from the repository root, after `mvn -B -q package -DskipTests`):
#   src/bench/benchmark.sh [RUNS]
# Prints a Markdown table; docs/performance.md records the numbers with this command.
set -euo pipefail
cd "$(dirname "$0")/../.."
runs="${1:-20}"
jar=target/appyaml.jar
[ -f "$jar" ] || { echo "build first: mvn -B -q package -DskipTests" >&2; exit 2; }
corpus=()
if [ -d ../shared/corpus ]; then
  while IFS= read -r f; do corpus+=("$f"); done < <(find ../shared/corpus -name '*.yaml' | sort)
fi

measure() { # label, command...
  local label=$1; shift
  "$@" >/dev/null 2>&1 || true   # warm the file cache
  local times=()
  for _ in $(seq "$runs"); do
    local start end
    start=$(date +%s%N)
    "$@" >/dev/null 2>&1 || true
    end=$(date +%s%N)
    times+=($(( (end - start) / 1000000 )))
  done
  local sorted median min max
  sorted=$(printf '%s\n' "${times[@]}" | sort -n)
  median=$(printf '%s\n' "$sorted" | awk -v n="$runs" 'NR==int((n+1)/2)')
  min=$(printf '%s\n' "$sorted" | head -1)
  max=$(printf '%s\n' "$sorted" | tail -1)
  printf '| %s | %s | %s | %s |\n' "$label" "$median" "$min" "$max"
}

echo "| case | median ms | min ms | max ms |"
echo "|---|---|---|---|"
measure "appyaml --version (JVM start-up floor)" java -jar "$jar" --version
measure "validate one small app.yaml" java -jar "$jar" validate testdata/report/sample.yaml
measure "validate one small app.yaml, sarif" java -jar "$jar" validate --format sarif testdata/report/sample.yaml
rm -f target/appyaml.jsa
src/launcher/appyaml validate testdata/report/sample.yaml >/dev/null || true   # the first run writes the class-data archive
measure "src/launcher/appyaml validate one small app.yaml" src/launcher/appyaml validate testdata/report/sample.yaml
if [ ${#corpus[@]} -gt 0 ]; then
  measure "validate all ${#corpus[@]} corpus files in one run" java -jar "$jar" validate --format gnu "${corpus[@]}"
  measure "src/launcher/appyaml, all ${#corpus[@]} corpus files" src/launcher/appyaml validate --format gnu "${corpus[@]}"
fi
