#!/usr/bin/env bash
# pre-commit entry point: builds appyaml once inside pre-commit's copy of this repository,
# then checks every file pre-commit passes, in one JVM started by the fast launcher.
set -euo pipefail
here="$(cd "$(dirname "$0")/../.." && pwd)"
if [ ! -f "$here/target/appyaml.jar" ]; then
  (cd "$here" && mvn -B -q package -DskipTests >&2)
fi
exec "$here/src/launcher/appyaml" validate "$@"
