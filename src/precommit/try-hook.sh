#!/usr/bin/env bash
# Tries the pre-commit hook with the real pre-commit tool (Debian package `pre-commit`) on a
# clean and a broken sample: the hook must pass on the first and fail on the second.
# Usage, from the repository root: src/precommit/try-hook.sh
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
command -v pre-commit >/dev/null || { echo "pre-commit is not installed (apt-get install pre-commit)" >&2; exit 2; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work"
git init -q .
git config user.email hook@example.com
git config user.name hook
mkdir -p svc
cp "$repo/testdata/sample-repo/app.yaml" app.yaml
printf 'runtime: python312\nservice: api\nautomatic_scaling:\n  max_instances: 5\n' > svc/app.yaml
git add -A
if ! pre-commit try-repo "$repo" appyaml --files app.yaml svc/app.yaml; then
  echo "FAIL: the hook rejected clean files" >&2; exit 1
fi
printf 'runtime: python312\nservice: Bad_Name\n' > svc/app.yaml
git add -A
if pre-commit try-repo "$repo" appyaml --files app.yaml svc/app.yaml; then
  echo "FAIL: the hook accepted a broken file" >&2; exit 1
fi
echo "OK: pre-commit hook passes on clean files and fails on a broken one"
