#!/usr/bin/env bash
# Builds LoopScope's macOS installer, with a bundled Java runtime (no JDK needed to run it):
#   target/installer/LoopScope.app              app bundle
#   target/installer/LoopScope-VERSION.dmg      disk image: drag LoopScope into Applications
#
# Usage (on a Mac, from anywhere): installer/build-macos.sh [--no-build]
#   --no-build   do not run `mvn package` (use target/original-loopscope.jar as built before)
#
# Needs a JDK 17+ for the Mac's architecture (jlink, jpackage; JAVA_HOME or PATH) and Maven. Maven
# picks JavaFX's jars for the Mac it runs on (mac or mac-aarch64): build on an Intel Mac for
# Intel Macs, on Apple silicon for Apple silicon. The options are the Linux script's (build.sh):
# installer/jpackage.args, installer/launcher.args and installer/jlink.args.
# Signing: set MAC_SIGNING_KEY ("Developer ID Application: NAME (TEAM)") to sign the app.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

BUILD=1
for arg in "$@"; do
    case "$arg" in
        --no-build) BUILD=0 ;;
        -h|--help) sed -n '2,14p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "build-macos.sh: unknown option: $arg (try --help)" >&2; exit 2 ;;
    esac
done

if [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/jpackage" ]]; then
    PATH="$JAVA_HOME/bin:$PATH"
fi
for tool in jlink jpackage mvn unzip; do
    command -v "$tool" >/dev/null || { echo "build-macos.sh: '$tool' not found" >&2; exit 1; }
done

VERSION="$(sed -n 's|^  <version>\([^<]*\)</version>.*|\1|p' pom.xml | head -n 1)"
[[ -n "$VERSION" ]] || { echo "build-macos.sh: no <version> in pom.xml" >&2; exit 1; }
APP_VERSION="${VERSION%%-*}"
# A Mac bundle's version must not start with 0 (jpackage refuses 0.x): a 0.x.y project is
# bundled as 1.0.0 (the .dmg's name keeps the pom's version). MAC_APP_VERSION overrides.
if [[ "${APP_VERSION%%.*}" == 0 ]]; then
    APP_VERSION="${MAC_APP_VERSION:-1.0.0}"
else
    APP_VERSION="${MAC_APP_VERSION:-$APP_VERSION}"
fi

OUT="$ROOT/target/installer"
WORK="$ROOT/target/installer-work"
step() { printf '== %s (%ds)\n' "$1" "$SECONDS"; }

# 1. The app's jar (before shading), its libraries and JavaFX's jars (see build.sh).
rm -rf "$ROOT/target/installer-deps"
if [[ $BUILD == 1 ]]; then
    step "mvn package"
    mvn -q -B -DskipTests -Pinstaller package
else
    step "copy the dependencies"
    mvn -q -B -Pinstaller dependency:copy-dependencies@installer-libs dependency:copy-dependencies@installer-javafx
fi
[[ -f target/original-loopscope.jar ]] || { echo "build-macos.sh: target/original-loopscope.jar is missing: run without --no-build" >&2; exit 1; }

rm -rf "$WORK" "$OUT"
mkdir -p "$WORK/input" "$WORK/javafx" "$OUT"
cp target/original-loopscope.jar "$WORK/input/loopscope.jar"
cp target/installer-deps/lib/*.jar "$WORK/input/"
for jar in target/installer-deps/javafx/*.jar; do
    [[ "$(basename "$jar")" =~ ^javafx-[a-z]+-[0-9][0-9.]*\.jar$ ]] || cp "$jar" "$WORK/javafx/"
done

# 2. The runtime, with JavaFX's native libraries in its lib/.
step "jlink"
jlink @installer/jlink.args --module-path "$WORK/javafx" --output "$WORK/runtime"
for jar in "$WORK"/javafx/*.jar; do
    unzip -q -o -j "$jar" '*.dylib' -d "$WORK/runtime/lib" 2>/dev/null || true
done

# 3. The app bundle.
step "jpackage app-image"
signing=()
if [[ -n "${MAC_SIGNING_KEY:-}" ]]; then
    signing=(--mac-sign --mac-signing-key-user-name "$MAC_SIGNING_KEY")
fi
jpackage @installer/jpackage.args @installer/launcher.args \
    --type app-image \
    --app-version "$APP_VERSION" \
    --icon assets/icons/loopscope.icns \
    --input "$WORK/input" \
    --runtime-image "$WORK/runtime" \
    --dest "$OUT" \
    --mac-package-identifier dev.loopscope \
    --mac-package-name LoopScope \
    ${signing[@]+"${signing[@]}"}

# 4. The disk image.
step "jpackage dmg"
license=()
[[ -f LICENSE ]] && license=(--license-file LICENSE)
jpackage @installer/jpackage.args \
    --type dmg \
    --app-version "$APP_VERSION" \
    --app-image "$OUT/LoopScope.app" \
    --dest "$WORK/dmg" \
    --mac-package-identifier dev.loopscope \
    --mac-package-name LoopScope \
    ${license[@]+"${license[@]}"} \
    ${signing[@]+"${signing[@]}"}
mv "$WORK"/dmg/*.dmg "$OUT/LoopScope-$VERSION.dmg"
rm -rf "$WORK/dmg"

step "done"
du -sh "$OUT/LoopScope.app" "$OUT/LoopScope-$VERSION.dmg"
echo "Try it: $OUT/LoopScope.app/Contents/MacOS/LoopScope trace assets/scenarios/tutorial_create_task.py"
