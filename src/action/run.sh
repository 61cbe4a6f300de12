#!/usr/bin/env bash
# Step 4 of action.yml: runs appyaml on the given paths. The github format writes the annotations
# and the job summary ($GITHUB_STEP_SUMMARY) itself.
set -euo pipefail
read -r -a paths <<< "$(printf '%s' "${APPYAML_PATHS:-.}" | tr '\n' ' ')"
args=(validate --format "${APPYAML_FORMAT:-github}" --fail-on "${APPYAML_FAIL_ON:-error}")
if [ -n "${APPYAML_SARIF:-}" ]; then
  mkdir -p "$(dirname "$APPYAML_SARIF")"
  args+=(--output "sarif=$APPYAML_SARIF")
fi
exec appyaml "${args[@]}" "${paths[@]}"
