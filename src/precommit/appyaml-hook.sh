#!/usr/bin/env bash
# pre-commit entry point: builds appyaml once inside pre-commit's copy of this repository,
# then checks every file pre-commit passes, in one JVM.
set -euo pipefail
here="$(cd "$(dirname "$0")/../.." && pwd)"
jar="$here/target/appyaml.jar"
if [ ! -f "$jar" ]; then
  (cd "$here" && mvn -B -q package -DskipTests >&2)
fi
exec java -jar "$jar" validate "$@"
