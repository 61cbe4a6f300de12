#!/usr/bin/env bash
# Last release step (after JReleaser's assemble): the three archives and their SHA-256 sums in
# target/dist/, the files a release publishes and the GitHub Action downloads.
set -euo pipefail
version=$1
target=$(cd "$(dirname "$0")/../.." && pwd)/target
dist=$target/dist
rm -rf "$dist"
mkdir -p "$dist"
for archive in "appyaml/archive/appyaml-$version.zip" "appyaml/archive/appyaml-$version.tar.gz" \
    "appyaml-linux-x86_64/archive/appyaml-$version-linux-x86_64.tar.gz"; do
  cp "$target/jreleaser/assemble/$archive" "$dist/"
done
(cd "$dist" && sha256sum -- appyaml-* > checksums.txt)
echo "release archives in $dist:"
(cd "$dist" && ls -l)
