#!/usr/bin/env bash
# appyaml's benchmark: wall time and peak RSS of whole processes, as a pre-commit hook, an editor
# or a CI step meets them. Runs interleaved, in one run: appyaml through the launcher and through
# plain `java -jar`, yamllint, PyYAML (`python3 -c 'import yaml…'`), and a JVM hello world, on
# one file, 1,000 and 10,000 generated service directories (src/bench/generate.py), and rewrites
# the results section of docs/performance.md. With a release archive in target/dist (mvn -B
# -Prelease package), it also times that archive as users unpack it.
#
# Usage (from anywhere, after `mvn -B -q package -DskipTests`):
#   src/bench/benchmark.sh [--baseline REV]... [--sizes "1 1000 10000"] [--runs N] [--no-write]
#   --baseline REV   also time appyaml as built from git revision REV (e.g. main, or a commit),
#                    through that revision's own launcher: the "before" of a lever, measured in
#                    the same run (repeatable: one row set per revision, in the order given)
#   --sizes          which cases to run (1 = one file; others = that many service directories)
#   --runs N         rounds for the one-file case (default 15); batches use fewer
#   --no-write       print the tables, leave docs/performance.md alone
# It installs its peers (yamllint, python3-yaml) from Debian's packages when missing.
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$repo"
baselines=() sizes="1 1000 10000" runs=15 write=1
while [ $# -gt 0 ]; do
  case "$1" in
    --baseline) baselines+=("$2"); shift 2 ;;
    --sizes) sizes="$2"; shift 2 ;;
    --runs) runs="$2"; shift 2 ;;
    --no-write) write=0; shift ;;
    *) echo "benchmark.sh: unknown option $1" >&2; exit 2 ;;
  esac
done
jar="$repo/target/appyaml.jar"
[ -f "$jar" ] || { echo "benchmark.sh: build first: mvn -B -q package -DskipTests" >&2; exit 2; }
work="${TMPDIR:-/tmp}/appyaml-bench"
mkdir -p "$work"

install() { # Debian package
  echo "benchmark.sh: installing $1" >&2
  local sudo=""; [ "$(id -u)" -eq 0 ] || sudo=sudo
  $sudo apt-get install -y -q "$1" >/dev/null 2>&1 || { $sudo apt-get update -q >/dev/null && $sudo apt-get install -y -q "$1" >/dev/null; }
}
command -v yamllint >/dev/null 2>&1 || install yamllint
python3 -c 'import yaml' 2>/dev/null || install python3-yaml

# The JVM floor: an empty main on the same java.
hello="$work/hello"
if [ ! -f "$hello/Hello.class" ]; then
  mkdir -p "$hello"
  printf 'public class Hello { public static void main(String[] a) { System.out.println("hello"); } }\n' > "$hello/Hello.java"
  javac -d "$hello" "$hello/Hello.java"
fi

# Inputs: the same generator output every time (byte-identical for the same size).
for n in $sizes; do
  [ "$n" = 1 ] && continue
  if [ ! -f "$work/gen-$n/.done" ]; then
    rm -rf "$work/gen-$n"
    python3 src/bench/generate.py "$n" "$work/gen-$n"
    touch "$work/gen-$n/.done"
  fi
done
if [ ! -f "$work/one/app.yaml" ]; then
  python3 src/bench/generate.py 1 "$work/one-gen"
  rm -rf "$work/one"; mv "$work/one-gen/svc-00000" "$work/one"; rm -rf "$work/one-gen"
fi

# The "before"s: other revisions, each built once per commit, each timed through its own launcher
# (which finds its own jar and trains its cache its own way).
revs=()
for baseline in "${baselines[@]}"; do
  rev="$(git rev-parse --short "$baseline")"
  revs+=("$rev")
  if [ ! -f "$work/baseline-$rev/target/appyaml.jar" ]; then
    rm -rf "$work/baseline-$rev"; mkdir -p "$work/baseline-$rev"
    git archive "$rev" | tar -x -C "$work/baseline-$rev"
    (cd "$work/baseline-$rev" && mvn -B -q package -DskipTests >/dev/null)
  fi
done

launcher="$repo/src/launcher/appyaml"
# The release archive with its own runtime and pre-trained AOT cache, when `mvn -B -Prelease
# package` has made it: what users of the linux-x86_64 download run.
shipped=""
archive=$(ls "$repo"/target/dist/appyaml-*-linux-x86_64.tar.gz 2>/dev/null | head -1 || true)
if [ -n "$archive" ]; then
  rm -rf "$work/shipped"; mkdir -p "$work/shipped"
  tar -xzf "$archive" -C "$work/shipped"
  shipped=$(ls -d "$work"/shipped/appyaml-*/bin/appyaml | head -1)
fi
# The launcher's start-up caches live in this run's own directory; each jar's cache is made by its
# first run (in the background with the current launcher): wait until it is there.
export XDG_CACHE_HOME="$work/cache"
warm() { # jar, [java], [launcher]
  local before_count; before_count=$( (find "$XDG_CACHE_HOME" -type f \( -name '*.aot' -o -name '*.jsa' \) 2>/dev/null || true) | wc -l)
  env APPYAML_JAR="$1" ${2:+APPYAML_JAVA=$2} "${3:-$launcher}" validate "$work/one/app.yaml" >/dev/null 2>&1 || true
  for _ in $(seq 90); do
    [ "$( (find "$XDG_CACHE_HOME" -type f \( -name '*.aot' -o -name '*.jsa' \) 2>/dev/null || true) | wc -l)" -gt "$before_count" ] && break
    [ -n "$(find "$(dirname "$1")" -maxdepth 1 -name '*.jsa' 2>/dev/null)" ] && break
    sleep 1
  done
  sleep 2
}
# A JDK 25 or later, when one is installed: the launcher's AOT-cache path. The launcher would
# choose it by itself; the "appyaml launcher" rows pin the java on the PATH (APPYAML_JAVA).
jdk25_home=$("$repo/src/release/find-jdk25" || true)
jdk25=${jdk25_home:+$jdk25_home/bin/java}
path_java=$(command -v java)
rm -rf "$XDG_CACHE_HOME"
warm "$jar" "$path_java"
[ -z "$jdk25" ] || warm "$jar" "$jdk25"
for rev in "${revs[@]}"; do
  warm "$work/baseline-$rev/target/appyaml.jar" "$path_java" "$work/baseline-$rev/src/launcher/appyaml"
  if [ -n "$jdk25" ] && grep -q APPYAML_JAVA "$work/baseline-$rev/src/launcher/appyaml"; then # older launchers ran only the java on the PATH
    warm "$work/baseline-$rev/target/appyaml.jar" "$jdk25" "$work/baseline-$rev/src/launcher/appyaml"
  fi
done
# PyYAML as a script would use it: python3 -c 'import yaml…' over the same files.
pyyaml="python3 -c 'import sys, pathlib, yaml; [yaml.safe_load(f.read_text()) for a in sys.argv[1:] for f in ([pathlib.Path(a)] if pathlib.Path(a).is_file() else sorted(pathlib.Path(a).rglob(\"*.yaml\")))]'"

cases() { # input, files
  local in=$1
  printf '%s\t%s\t%s\n' "appyaml launcher" appyaml "env APPYAML_JAR=$jar APPYAML_JAVA=$path_java $launcher validate $in"
  printf '%s\t%s\t%s\n' "appyaml java -jar" appyaml-jar "java -jar $jar validate $in"
  if [ -n "$jdk25" ]; then
    printf '%s\t%s\t%s\n' "appyaml launcher, JDK 25" appyaml25 "env APPYAML_JAR=$jar APPYAML_JAVA=$jdk25 $launcher validate $in"
  fi
  if [ -n "$shipped" ]; then
    printf '%s\t%s\t%s\n' "appyaml release archive (linux-x86_64)" shipped "$shipped validate $in"
  fi
  for rev in "${revs[@]}"; do
    local old="$work/baseline-$rev"
    printf '%s\t%s\t%s\n' "before ($rev) launcher" before "env APPYAML_JAR=$old/target/appyaml.jar APPYAML_JAVA=$path_java $old/src/launcher/appyaml validate $in"
    printf '%s\t%s\t%s\n' "before ($rev) java -jar" before-jar "java -jar $old/target/appyaml.jar validate $in"
    if [ -n "$jdk25" ] && grep -q APPYAML_JAVA "$old/src/launcher/appyaml"; then
      printf '%s\t%s\t%s\n' "before ($rev) launcher, JDK 25" before25 "env APPYAML_JAR=$old/target/appyaml.jar APPYAML_JAVA=$jdk25 $old/src/launcher/appyaml validate $in"
    fi
  done
  printf '%s\t%s\t%s\n' "yamllint" yamllint "yamllint $in"
  printf '%s\t%s\t%s\n' "python3 yaml.safe_load" pyyaml "$pyyaml $in"
}

results="$work/results.tsv"
: > "$results"
for n in $sizes; do
  if [ "$n" = 1 ]; then
    input="$work/one/app.yaml" files=1 rounds=$runs
    { cases "$input"
      printf '%s\t%s\t%s\n' "JVM hello world" floor "java -Xshare:auto -cp $hello Hello"
      printf '%s\t%s\t%s\n' "java -version" version "java -version"
      [ -z "$jdk25" ] || printf '%s\t%s\t%s\n' "JDK 25 java -version" version25 "$jdk25 -version"
    } > "$work/cases-$n.tsv"
  else
    input="$work/gen-$n" files=$(find "$input" -name '*.yaml' | wc -l)
    rounds=$(( n >= 10000 ? 3 : 5 ))
    cases "$input" > "$work/cases-$n.tsv"
  fi
  echo "benchmark.sh: $files file(s), $rounds rounds" >&2
  python3 src/bench/harness.py "$rounds" "$work/cases-$n.tsv" | sed "s/^/$n\t$files\t/" >> "$results"
done

# Tables: median, min-max, ratio to yamllint, files per second, peak RSS.
table="$work/table.md"
awk -F'\t' '
  { size[NR]=$1; files[NR]=$2; label[NR]=$3; role[NR]=$4; med[NR]=$5; lo[NR]=$6; hi[NR]=$7; rss[NR]=$8; runs[NR]=$9
    if ($4 == "yamllint") lint[$1] = $5 }
  END {
    last = ""
    for (i = 1; i <= NR; i++) {
      if (size[i] != last) {
        last = size[i]
        printf "\n### %s\n\n", (files[i] == 1 ? "One file (46-line app.yaml)" : sprintf("%d service directories, %d files in one run", size[i], files[i]))
        printf "| command | median s | min–max s | vs yamllint | files/s | peak RSS MB |\n|---|---|---|---|---|---|\n"
      }
      ratio = lint[size[i]] > 0 ? med[i] / lint[size[i]] : 0
      vs = files[i] == 1 ? sprintf("%.2f× its time", ratio) : (ratio > 0 ? sprintf("%.1f× faster", 1 / ratio) : "-")
      if (role[i] == "yamllint") vs = "1"
      fps = files[i] > 1 ? sprintf("%.0f", files[i] / med[i]) : "-"
      printf "| %s | %.3f | %.3f–%.3f | %s | %s | %s |\n", label[i], med[i], lo[i], hi[i], vs, fps, rss[i]
    }
  }' "$results" > "$table"

javaversion="$(java -version 2>&1 | head -1)"
commit="$(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src pom.xml || echo '+changes')"
cmdline="src/bench/benchmark.sh$( [ ${#baselines[@]} -eq 0 ] || printf ' --baseline %s' "${baselines[@]}")$( [ "$sizes" = "1 1000 10000" ] || echo " --sizes \"$sizes\"")$( [ "$runs" = 15 ] || echo " --runs $runs")"
{
  echo "<!-- benchmark:begin (written by src/bench/benchmark.sh; do not edit by hand) -->"
  echo "Made by \`$cmdline\` on $(date -u +%Y-%m-%d), commit $commit, $(nproc) cores,"
  echo "load average at the start $(cut -d' ' -f1-3 /proc/loadavg), $javaversion, yamllint $(yamllint --version | cut -d' ' -f2),"
  echo "PyYAML $(python3 -c 'import yaml; print(yaml.__version__)'). Interleaved rounds; one process per run; stdout to a pipe."
  echo "The \"launcher\" rows run the java on the PATH (pinned with \`APPYAML_JAVA\`; the launcher alone would take the JDK 25),"
  echo "the \"JDK 25\" rows $( [ -z "$jdk25" ] || "$jdk25" -version 2>&1 | head -1)."
  cat "$table"
  echo
  echo "<!-- benchmark:end -->"
} > "$work/section.md"
cat "$work/section.md"

if [ "$write" = 1 ]; then
  doc=docs/performance.md
  if grep -q '<!-- benchmark:begin' "$doc"; then
    awk -v section="$work/section.md" '
      /<!-- benchmark:begin/ { while ((getline line < section) > 0) print line; skip = 1; next }
      /<!-- benchmark:end/ { skip = 0; next }
      !skip { print }' "$doc" > "$doc.new" && mv "$doc.new" "$doc"
  else
    cat "$work/section.md" >> "$doc"
  fi
  echo "benchmark.sh: wrote $doc" >&2
fi
