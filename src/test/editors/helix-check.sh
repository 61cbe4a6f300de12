#!/usr/bin/env bash
# Helix with the languages.toml of docs/editors.md: `appyaml` (the launcher) on the PATH, a broken
# app.yaml opened in Helix in a pseudo-terminal, and the diagnostics Helix receives (its LSP log)
# compared with `appyaml validate`'s. Helix is not in Debian 12; without `hx` on the PATH this
# takes Debian 13's `hx` package with the C library it needs (run through that library's loader,
# nothing installed) when deb.debian.org is reachable, and otherwise skips (exit 0).
set -euo pipefail
root="$(cd "$(dirname "$0")/../../.." && pwd)"
jar="$root/target/appyaml.jar"
[ -f "$jar" ] || { echo "helix-check: $jar missing; run mvn -B -q package -DskipTests" >&2; exit 2; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/bin" "$work/config/helix" "$work/app"

if command -v hx >/dev/null 2>&1 && hx --version 2>/dev/null | grep -q '^helix'; then
  ln -s "$(command -v hx)" "$work/bin/hx"
else
  mirror=http://deb.debian.org/debian
  if ! command -v curl >/dev/null 2>&1 || ! command -v dpkg-deb >/dev/null 2>&1 \
    || ! curl -fsS --max-time 60 -o "$work/Packages.xz" "$mirror/dists/trixie/main/binary-amd64/Packages.xz"; then
    echo "helix-check: skipped, no hx on the PATH and Debian 13's package index is not reachable"
    exit 0
  fi
  for package in hx libc6 libgcc-s1; do
    path="$(xz -dc "$work/Packages.xz" | awk -v p="$package" '$0 == "Package: " p { found = 1 } found && !done && /^Filename: / { print $2; done = 1 }')"
    curl -fsS --max-time 120 -o "$work/$package.deb" "$mirror/$path"
    dpkg-deb -x "$work/$package.deb" "$work/root"
  done
  lib="$work/root/usr/lib/x86_64-linux-gnu"
  printf '#!/bin/sh\nexec "%s/ld-linux-x86-64.so.2" --library-path "%s" "%s/usr/bin/hx" "$@"\n' "$lib" "$lib" "$work/root" > "$work/bin/hx"
  chmod +x "$work/bin/hx"
fi
ln -s "$root/src/launcher/appyaml" "$work/bin/appyaml"
python3 - "$root/docs/editors.md" "$work/config/helix/languages.toml" <<'PY'
import re, sys
page = open(sys.argv[1], encoding="utf-8").read()
open(sys.argv[2], "w").write(re.search(r"## Helix.*?```toml\n(.*?)```", page, re.S).group(1))
PY
export PATH="$work/bin:$PATH" XDG_CONFIG_HOME="$work/config" TERM=xterm
echo "helix-check: $(hx --version)"
hx --health yaml 2>&1 | grep -q 'appyaml: .*/appyaml' || { echo "helix-check: Helix does not see the appyaml server:" >&2; hx --health yaml >&2; exit 1; }
cp "$root/testdata/examples/app.yaml" "$work/app/app.yaml"
have="$(cd "$work/app" && timeout 150 python3 "$root/src/test/editors/helix-drive.py" "$work/helix.log" app.yaml 120 | sort)"
want="$(cd "$work/app" && java -jar "$jar" validate --format gnu app.yaml | sed -nE 's/^app\.yaml:([0-9]+):([0-9]+): [a-z]+: .* \[(AY[0-9]+)\]$/\1:\2 \3/p' | sort || true)"
if [ -z "$want" ] || [ "$want" != "$have" ]; then
  echo "helix-check: Helix's diagnostics differ from validate's:" >&2
  diff <(echo "$want") <(echo "$have") >&2 || true
  exit 1
fi
echo "helix-check: $(echo "$have" | wc -l) diagnostics in Helix from the languages.toml recipe, the same as appyaml validate"
