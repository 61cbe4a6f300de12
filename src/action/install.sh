#!/usr/bin/env bash
# Step 3 of action.yml: downloads the release archive and checksums.txt (unless the cache
# restored the install), verifies the SHA-256, unpacks, and puts bin/ on the PATH.
# APPYAML_RELEASE_URL overrides where releases come from: a URL or a local directory holding the
# archives and checksums.txt (a test points it at target/dist/).
set -euo pipefail
: "${APPYAML_VERSION:?}" "${APPYAML_ARCHIVE:?}" "${APPYAML_INSTALL_DIR:?}"
base=${APPYAML_RELEASE_URL:-https://github.com/appyaml/appyaml/releases/download/v$APPYAML_VERSION}
fetch() {
  if [ -d "$base" ]; then
    cp -- "$base/$1" "$2"
  else
    curl -fsSL --retry 3 -o "$2" "$base/$1"
  fi
}
if [ ! -x "$APPYAML_INSTALL_DIR/bin/appyaml" ]; then
  work=$(mktemp -d)
  trap 'rm -rf "$work"' EXIT
  fetch "$APPYAML_ARCHIVE" "$work/$APPYAML_ARCHIVE"
  fetch checksums.txt "$work/checksums.txt"
  expected=$(awk -v f="$APPYAML_ARCHIVE" '$2 == f || $2 == "*" f { print $1 }' "$work/checksums.txt")
  [ -n "$expected" ] || { echo "::error::appyaml: $APPYAML_ARCHIVE is not in checksums.txt" >&2; exit 2; }
  actual=$( (sha256sum "$work/$APPYAML_ARCHIVE" 2>/dev/null || shasum -a 256 "$work/$APPYAML_ARCHIVE") | cut -d' ' -f1)
  if [ "$expected" != "$actual" ]; then
    echo "::error::appyaml: checksum mismatch for $APPYAML_ARCHIVE (expected $expected, got $actual)" >&2
    exit 2
  fi
  mkdir -p "$work/unpacked"
  case $APPYAML_ARCHIVE in
    *.zip) unzip -q "$work/$APPYAML_ARCHIVE" -d "$work/unpacked" ;;
    *) tar -xzf "$work/$APPYAML_ARCHIVE" -C "$work/unpacked" ;;
  esac
  rm -rf "$APPYAML_INSTALL_DIR"
  mkdir -p "$(dirname "$APPYAML_INSTALL_DIR")"
  mv "$work/unpacked/"* "$APPYAML_INSTALL_DIR"
fi
echo "$APPYAML_INSTALL_DIR/bin" >> "$GITHUB_PATH"
"$APPYAML_INSTALL_DIR/bin/appyaml" --version
