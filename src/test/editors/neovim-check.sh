#!/usr/bin/env bash
# Drives Neovim's built-in LSP client against `appyaml lsp`: opens a broken app.yaml headless
# and checks that the diagnostics validate reports arrive in the editor. Needs target/appyaml.jar
# (mvn -B -q package -DskipTests) and nvim (Debian: apt-get install neovim); without nvim it
# says so and skips (exit 0).
set -euo pipefail
root="$(cd "$(dirname "$0")/../../.." && pwd)"
jar="$root/target/appyaml.jar"
if ! command -v nvim >/dev/null 2>&1; then
  echo "neovim-check: skipped, nvim is not installed (apt-get install neovim)"
  exit 0
fi
[ -f "$jar" ] || { echo "neovim-check: $jar missing; run mvn -B -q package -DskipTests" >&2; exit 2; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp "$root/testdata/examples/app.yaml" "$work/app.yaml"
export APPYAML_LSP_CMD="java -jar $jar lsp"
got="$(cd "$work" && timeout 120 nvim --headless -u NONE -i NONE -n \
  -c "luafile $root/src/test/editors/neovim-diagnostics.lua" app.yaml 2>"$work/nvim.err")" || {
  echo "neovim-check: nvim failed:" >&2; cat "$work/nvim.err" >&2; exit 1; }
echo "$got"
# The same findings from the command line, as LINE:COL ID.
cli="$(cd "$work" && java -jar "$jar" validate --format gnu app.yaml || true)"
want="$(echo "$cli" | sed -nE 's/^app\.yaml:([0-9]+):([0-9]+): [a-z]+: .* \[(AY[0-9]+)\]$/\1:\2 \3/p' | sort)"
have="$(echo "$got" | awk '{print $1, $3}' | sort)"
if [ -z "$want" ] || [ "$want" != "$have" ]; then
  echo "neovim-check: the editor's diagnostics differ from validate's:" >&2
  diff <(echo "$want") <(echo "$have") >&2 || true
  exit 1
fi
echo "neovim-check: $(echo "$got" | wc -l) diagnostics in Neovim, the same as appyaml validate"
