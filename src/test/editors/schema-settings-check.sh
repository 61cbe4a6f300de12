#!/usr/bin/env bash
# The schema recipes of docs/editors.md as editors send them: VS Code's `yaml.schemas` block (Red
# Hat's YAML extension passes the `yaml` section to yaml-language-server) and Zed's
# `lsp.yaml-language-server.settings` block are read from the page itself, their schema URLs
# pointed at this checkout's docs/schemas/ (no network at test time), and given to
# yaml-language-server through Neovim's LSP client. Files carry no modeline: the recipe's file
# globs must pick the schema. A broken app.yaml and dispatch.yaml must get errors, a good
# app.yaml none. Skips (exit 0) without nvim or yaml-language-server (YAML_LANGUAGE_SERVER).
set -euo pipefail
root="$(cd "$(dirname "$0")/../../.." && pwd)"
server="${YAML_LANGUAGE_SERVER:-$(command -v yaml-language-server || true)}"
if ! command -v nvim >/dev/null 2>&1 || [ -z "$server" ]; then
  echo "schema-settings-check: skipped, needs nvim and yaml-language-server"
  exit 0
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export APPYAML_LSP_CMD="$server --stdio" LSP_WAIT_MS=30000

# Writes $work/<editor>.json: the settings block of docs/editors.md for that editor, as the
# server receives it.
python3 - "$root" "$work" <<'EOF'
import json, re, sys
root, work = sys.argv[1], sys.argv[2]
page = open(f"{root}/docs/editors.md", encoding="utf-8").read()
blocks = [json.loads(b) for b in re.findall(r"```json\n(.*?)```", page, re.S)]
published = "https://raw.githubusercontent.com/appyaml/appyaml/main/docs/schemas/"
local = f"file://{root}/docs/schemas/"

def localised(schemas):
    assert all(url.startswith(published) for url in schemas), schemas
    return {local + url[len(published):]: globs for url, globs in schemas.items()}

vscode = next(b for b in blocks if "yaml.schemas" in b)
zed = next(b for b in blocks if "yaml-language-server" in b.get("lsp", {}))
settings = {
    # VS Code turns the dotted key into the `yaml` section the extension hands the server.
    "vscode": {"yaml": {"schemas": localised(vscode["yaml.schemas"])}},
    "zed": {"yaml": {"schemas": localised(zed["lsp"]["yaml-language-server"]["settings"]["yaml"]["schemas"])}},
}
for editor, value in settings.items():
    json.dump(value, open(f"{work}/{editor}.json", "w"))
EOF

# Prints the diagnostics the server gives FILE, copied under NAME, with EDITOR's settings.
diagnostics() {
  local editor="$1" file="$2" name="$3" dir
  dir="$(mktemp -d "$work/f.XXXXXX")"
  cp "$file" "$dir/$name" || return 1
  (cd "$dir" && LSP_SETTINGS_JSON="$work/$editor.json" timeout 90 nvim --headless -u NONE -i NONE -n \
    -c "luafile $root/src/test/editors/neovim-diagnostics.lua" "$name")
}

printf 'dispatch:\n  - url: "*/api/*"\n    servce: api\n' > "$work/broken-dispatch.yaml"
failed=0
expect() {
  local editor="$1" file="$2" name="$3" want="$4" out count
  out="$(diagnostics "$editor" "$file" "$name")" || { echo "schema-settings-check: nvim failed on $name" >&2; failed=1; return; }
  count="$(printf '%s' "$out" | grep -c ' error ' || true)"
  if { [ "$want" = none ] && [ -n "$out" ]; } || { [ "$want" = errors ] && [ "$count" -eq 0 ]; }; then
    echo "schema-settings-check: $editor settings, $name: expected $want, got:" >&2
    echo "${out:-(nothing)}" >&2
    failed=1
  else
    echo "schema-settings-check: $editor settings, $name: $count errors (expected $want)"
  fi
}
expect vscode "$root/testdata/examples/app.yaml" app.yaml errors
expect vscode "$work/broken-dispatch.yaml" dispatch.yaml errors
expect vscode "$root/testdata/ok/java-standard.yaml" app.yaml none
expect zed "$root/testdata/examples/app.yaml" app.yaml errors
expect zed "$root/testdata/ok/java-standard.yaml" app.yaml none
exit "$failed"
