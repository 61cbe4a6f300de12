#!/usr/bin/env bash
# The JSON Schemas in a real editor: Neovim's LSP client with yaml-language-server (npm package
# yaml-language-server), each file given its schema by the modeline the README shows. Every
# testdata/ok/ file (and every file gcloud accepts in ../shared/corpus with CORPUS=1) must get no
# diagnostic; testdata/examples/app.yaml must get the schema's errors. Skips (exit 0) when nvim or
# yaml-language-server is not installed; YAML_LANGUAGE_SERVER names the server's executable.
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
exit "$failed"
