#!/usr/bin/env bash
# Drives Neovim's built-in LSP client against `appyaml lsp`: opens a broken app.yaml headless
# and checks that the diagnostics validate reports arrive in the editor. Then does the same with
# the server command line docs/editors.md gives VS Code's generic LSP client (settings.json), with
# `appyaml` on the PATH as the launcher, as a user would have it (helix-check.sh runs Helix itself). Needs target/appyaml.jar
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
# The findings from the command line, as LINE:COL ID.
cli="$(cd "$work" && java -jar "$jar" validate --format gnu app.yaml || true)"
want="$(echo "$cli" | sed -nE 's/^app\.yaml:([0-9]+):([0-9]+): [a-z]+: .* \[(AY[0-9]+)\]$/\1:\2 \3/p' | sort)"

# Checks that the server started by the command line $1 (named $2) shows validate's findings.
check_server() {
  local got have
  got="$(cd "$work" && APPYAML_LSP_CMD="$1" timeout 120 nvim --headless -u NONE -i NONE -n \
    -c "luafile $root/src/test/editors/neovim-diagnostics.lua" app.yaml 2>"$work/nvim.err")" || {
    echo "neovim-check: nvim failed with $2:" >&2; cat "$work/nvim.err" >&2; exit 1; }
  have="$(echo "$got" | awk '{print $1, $3}' | sort)"
  if [ -z "$want" ] || [ "$want" != "$have" ]; then
    echo "neovim-check: the editor's diagnostics ($2) differ from validate's:" >&2
    diff <(echo "$want") <(echo "$have") >&2 || true
    exit 1
  fi
  echo "$got"
  echo "neovim-check: $2: $(echo "$got" | wc -l) diagnostics in Neovim, the same as appyaml validate"
}
check_server "java -jar $jar lsp" "java -jar appyaml.jar lsp"

# The command line of the VS Code recipe, read from the page, with the launcher as `appyaml`.
mkdir "$work/bin"
ln -s "$root/src/launcher/appyaml" "$work/bin/appyaml"
command="$(python3 - "$root/docs/editors.md" <<'EOF'
import json, re, sys
page = open(sys.argv[1], encoding="utf-8").read()
vscode = next(b for b in map(json.loads, re.findall(r"```json\n(.*?)```", page, re.S))
              if "glspc.server.command" in b)
print(" ".join([vscode["glspc.server.command"], *vscode["glspc.server.commandArguments"]]))
EOF
)"
PATH="$work/bin:$PATH" check_server "$command" "the VS Code recipe's $command"
