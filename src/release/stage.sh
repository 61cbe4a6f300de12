#!/usr/bin/env bash
# Release staging, run by `mvn -Prelease package` once target/appyaml.jar is built. Lays out the
# two archive trees that jreleaser.yml packs:
#   target/stage/java/appyaml-VERSION/                 bin/ lib/ share/ LICENSE ... (needs Java 17+)
#   target/stage/linux-x86_64/appyaml-VERSION-linux-x86_64/   the same + runtime/ (jlink, JDK 25)
#                                                      + lib/appyaml.aot (trained on share/appyaml/training)
# The JDK 25 is $JDK25_HOME, else the first JDK 25+ in $JDK25_SEARCH (default: /usr/lib/jvm/*,
# /opt/*, /opt/java/*) or $JAVA_HOME.
set -euo pipefail
version=$1
root=$(cd "$(dirname "$0")/../.." && pwd)
target=$root/target
jar=$target/appyaml.jar
[ -f "$jar" ] || { echo "stage.sh: no $jar" >&2; exit 1; }

jdk=$("$root/src/release/find-jdk25" || true)
if [ -z "$jdk" ]; then
  echo "[ERROR] appyaml release: no JDK 25 found (looked at \$JDK25_HOME, /usr/lib/jvm, /opt, \$JAVA_HOME)." >&2
  echo "[ERROR] The linux-x86_64 archive needs one for jlink and its AOT cache: install Temurin 25 or set JDK25_HOME." >&2
  echo "[ERROR] The default build (mvn -B package) does not need it." >&2
  exit 1
fi

stage=$target/stage
rm -rf "$stage"
java_tree=$stage/java/appyaml-$version
mkdir -p "$java_tree"/{bin,lib,share/appyaml/training,share/man/man1,share/bash-completion/completions,share/zsh}
install -m 755 "$root/src/launcher/appyaml" "$java_tree/bin/appyaml"
install -m 644 "$root/src/launcher/appyaml.cmd" "$java_tree/bin/appyaml.cmd"
install -m 644 "$jar" "$java_tree/lib/appyaml.jar"
# The key the launcher names its start-up cache by, written after the jar (src/launcher/appyaml).
sha256sum "$java_tree/lib/appyaml.jar" | cut -d " " -f 1 > "$java_tree/lib/appyaml.jar.key"
install -m 644 "$root"/{LICENSE,THIRD-PARTY.md,README.md,CHANGELOG.md} "$java_tree/"
cp -r "$root/testdata/training/." "$java_tree/share/appyaml/training/"
cp "$target"/man/*.1 "$java_tree/share/man/man1/"
java -jar "$jar" completion bash > "$java_tree/share/bash-completion/completions/appyaml"
java -jar "$jar" completion zsh > "$java_tree/share/zsh/appyaml.zsh"

linux_tree=$stage/linux-x86_64/appyaml-$version-linux-x86_64
mkdir -p "${linux_tree%/*}"
cp -a "$java_tree" "$linux_tree"
modules=$("$jdk/bin/jdeps" --print-module-deps --ignore-missing-deps --multi-release 17 "$jar")
# Uncompressed modules start faster; the archive is compressed as a whole anyway.
"$jdk/bin/jlink" --add-modules "$modules" --strip-debug --no-man-pages --no-header-files \
  --output "$linux_tree/runtime"
# Train with the options the launcher runs with (src/launcher/appyaml), on the bundled training
# samples, as the launcher trains its own cache (dev.appyaml.cli.Training: a file with findings,
# a clean file and a directory, with the configuration search).
"$linux_tree/runtime/bin/java" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:-UsePerfData -Xlog:disable -Dappyaml.interactive=false \
  "-XX:AOTCacheOutput=$linux_tree/lib/appyaml.aot" -cp "$linux_tree/lib/appyaml.jar" dev.appyaml.cli.Training \
  "$linux_tree/share/appyaml/training" > /dev/null || :
rm -f "$linux_tree/lib/appyaml.aot.config"
"$linux_tree/runtime/bin/java" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:-UsePerfData -Xlog:disable -XX:AOTMode=on \
  "-XX:AOTCache=$linux_tree/lib/appyaml.aot" -jar "$linux_tree/lib/appyaml.jar" --version > /dev/null
echo "staged $java_tree and $linux_tree (runtime from $jdk, modules $modules)"
