#!/usr/bin/env bash
# The JSON Schemas in a real editor: Neovim's LSP client with yaml-language-server (npm package
# yaml-language-server), each file given its schema by the modeline the README shows. Every
# testdata/ok/ file (and every file gcloud accepts in ../shared/corpus with CORPUS=1) must get no
# diagnostic; testdata/examples/app.yaml must get the schema's errors. Then the schema recipes of
# docs/editors.md as editors send them: VS Code's `yaml.schemas` block (Red Hat's YAML extension
# passes the `yaml` section to the server) and Zed's `lsp.yaml-language-server.settings` block,
# read from the page, their URLs pointed at this checkout's docs/schemas/ (no network at test
# time), files without a modeline: the recipe's globs must pick the schema. Skips (exit 0) when
# nvim or yaml-language-server is not installed; YAML_LANGUAGE_SERVER names the server's executable.
set -euo pipefail
root="$(cd "$(dirname "$0")/../../.." && pwd)"
server="${YAML_LANGUAGE_SERVER:-$(command -v yaml-language-server || true)}"
if ! command -v nvim >/dev/null 2>&1 || [ -z "$server" ]; then
  echo "yaml-language-server-check: skipped, needs nvim and yaml-language-server (npm install -g yaml-language-server)"
  exit 0
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export APPYAML_LSP_CMD="$server --stdio" LSP_WAIT_MS=30000

# Prints the diagnostics yaml-language-server gives FILE under the schema of KIND.
diagnostics() {
  local file="$1" kind="$2" dir
  dir="$(mktemp -d "$work/f.XXXXXX")"
  { echo "# yaml-language-server: \$schema=$root/docs/schemas/$kind.json"; cat "$file"; } > "$dir/$(basename "$file")"
  (cd "$dir" && timeout 90 nvim --headless -u NONE -i NONE -n \
    -c "luafile $root/src/test/editors/neovim-diagnostics.lua" "$(basename "$file")")
}

kind_of() {
  case "$(basename "$1")" in
    dispatch.yaml) echo dispatch ;; cron.yaml) echo cron ;; queue.yaml) echo queue ;;
    apphosting*.yaml) echo apphosting ;; index.yaml) echo "" ;; *) echo app ;;
  esac
}

files=()
while IFS= read -r f; do files+=("$f"); done < <(find "$root/testdata/ok" -name '*.yaml' | sort)
if [ "${CORPUS:-0}" = 1 ] && [ -f "$root/../shared/corpus/MANIFEST.tsv" ]; then
  while IFS= read -r path; do
    files+=("$root/../shared/corpus/$path")
  done < <(awk -F'\t' 'NR > 1 && $9 == "ok" { print $1 }' "$root/../shared/corpus/MANIFEST.tsv")
fi

failed=0 checked=0
for f in "${files[@]}"; do
  kind="$(kind_of "$f")"
  [ -n "$kind" ] || continue
  checked=$((checked + 1))
  out="$(diagnostics "$f" "$kind")" || { echo "yaml-language-server-check: nvim failed on $f" >&2; failed=1; continue; }
  if [ -n "$out" ]; then
    echo "yaml-language-server-check: $f (gcloud accepts it) gets diagnostics:" >&2
    echo "$out" >&2
    failed=1
  fi
done
broken="$(diagnostics "$root/testdata/examples/app.yaml" app)"
echo "$broken"
if [ "$(echo "$broken" | grep -c ' error ')" -lt 5 ]; then
  echo "yaml-language-server-check: testdata/examples/app.yaml should get the schema's errors" >&2
  failed=1
fi
[ "$failed" = 0 ] && echo "yaml-language-server-check: $checked accepted files clean, $(echo "$broken" | wc -l) diagnostics on the broken example"

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
settings_diagnostics() {
  local editor="$1" file="$2" name="$3" dir
  dir="$(mktemp -d "$work/f.XXXXXX")"
  cp "$file" "$dir/$name" || return 1
  (cd "$dir" && LSP_SETTINGS_JSON="$work/$editor.json" timeout 90 nvim --headless -u NONE -i NONE -n \
    -c "luafile $root/src/test/editors/neovim-diagnostics.lua" "$name")
}

printf 'dispatch:\n  - url: "*/api/*"\n    servce: api\n' > "$work/broken-dispatch.yaml"
expect() {
  local editor="$1" file="$2" name="$3" want="$4" out count
  out="$(settings_diagnostics "$editor" "$file" "$name")" || { echo "yaml-language-server-check: nvim failed on $name" >&2; failed=1; return; }
  count="$(printf '%s' "$out" | grep -c ' error ' || true)"
  if { [ "$want" = none ] && [ -n "$out" ]; } || { [ "$want" = errors ] && [ "$count" -eq 0 ]; }; then
    echo "yaml-language-server-check: $editor settings, $name: expected $want, got:" >&2
    echo "${out:-(nothing)}" >&2
    failed=1
  else
    echo "yaml-language-server-check: $editor settings, $name: $count errors (expected $want)"
  fi
}
expect vscode "$root/testdata/examples/app.yaml" app.yaml errors
expect vscode "$work/broken-dispatch.yaml" dispatch.yaml errors
expect vscode "$root/testdata/ok/java-standard.yaml" app.yaml none
expect zed "$root/testdata/examples/app.yaml" app.yaml errors
expect zed "$root/testdata/ok/java-standard.yaml" app.yaml none

exit "$failed"
