#!/usr/bin/env bash
# Drives Neovim's built-in LSP client against `appyaml lsp`: opens a broken app.yaml headless
# and checks that the diagnostics validate reports arrive in the editor. Then does the same with
# the server command lines docs/editors.md gives Helix (languages.toml) and VS Code's generic LSP
# client (settings.json), with `appyaml` on the PATH as the launcher, as a user would have it. Needs target/appyaml.jar
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

# The command lines the recipes give, read from the page, with the launcher as `appyaml`.
if ! python3 -c 'import tomllib' 2>/dev/null; then
  echo "neovim-check: the recipes' command lines not checked, needs python3 3.11+ (tomllib)"
  exit 0
fi
mkdir "$work/bin"
ln -s "$root/src/launcher/appyaml" "$work/bin/appyaml"
recipes="$(python3 - "$root/docs/editors.md" <<'EOF'
import json, re, sys, tomllib
page = open(sys.argv[1], encoding="utf-8").read()
helix = tomllib.loads(re.search(r"## Helix.*?```toml\n(.*?)```", page, re.S).group(1))
server = helix["language-server"]["appyaml"]
assert "appyaml" in next(l for l in helix["language"] if l["name"] == "yaml")["language-servers"]
print("helix", " ".join([server["command"], *server["args"]]), sep="\t")
vscode = next(b for b in map(json.loads, re.findall(r"```json\n(.*?)```", page, re.S))
              if "glspc.server.command" in b)
print("vscode", " ".join([vscode["glspc.server.command"], *vscode["glspc.server.commandArguments"]]), sep="\t")
EOF
)"
while IFS=$'\t' read -r editor command; do
  PATH="$work/bin:$PATH" check_server "$command" "the $editor recipe's $command"
done <<< "$recipes"
