#!/usr/bin/env bash
# Step 1 of action.yml: which release (the input, else the action's own version from its pom),
# which archive for this runner, where it is installed, and the cache key.
set -euo pipefail
version=${APPYAML_VERSION:-}
version=${version#v}
if [ -z "$version" ]; then
  version=$(sed -n 's:^  <version>\([^<]*\)</version>$:\1:p' "$GITHUB_ACTION_PATH/pom.xml" | head -n 1)
fi
[ -n "$version" ] || { echo "::error::appyaml: cannot tell which version to install; set with: version" >&2; exit 2; }
case "${RUNNER_OS:-Linux}-${RUNNER_ARCH:-X64}" in
  Linux-X64) archive=appyaml-$version-linux-x86_64.tar.gz ;;  # brings its own Java runtime
  Windows-*) archive=appyaml-$version.zip ;;                   # needs Java 17+ (setup-java)
  *) archive=appyaml-$version.tar.gz ;;                        # needs Java 17+ (setup-java)
esac
install_dir=${RUNNER_TOOL_CACHE:-${RUNNER_TEMP:-/tmp}}/appyaml/$version/${archive%%.t*}
install_dir=${install_dir%.zip}
{
  echo "version=$version"
  echo "archive=$archive"
  echo "install-dir=$install_dir"
  echo "cache-key=appyaml-${RUNNER_OS:-Linux}-${RUNNER_ARCH:-X64}-$archive"
} >> "$GITHUB_OUTPUT"
