#!/usr/bin/env bash
# Builds LoopScope's Linux installers, with a bundled Java runtime (no JDK needed to run them):
#   target/installer/LoopScope/                   app image (bin/LoopScope is the launcher)
#   target/installer/loopscope_VERSION_amd64.deb  Debian/Ubuntu package (installs to /opt/loopscope)
#
# Usage: installer/build.sh [--no-build] [--check | --check-only]
#   --no-build    do not run `mvn package` (use target/original-loopscope.jar as built before)
#   --check       build, then test the .deb (installer/check-deb.sh)
#   --check-only  only test the .deb built before
#
# Needs JDK 17+ (jlink, jpackage), Maven, dpkg-deb and fakeroot. The jpackage and jlink options
# are in installer/jpackage.args, installer/launcher.args and installer/jlink.args, shared with
# build-macos.sh and build-windows.ps1.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

BUILD=1
CHECK=0
PACKAGE=1
for arg in "$@"; do
    case "$arg" in
        --no-build) BUILD=0 ;;
        --check) CHECK=1 ;;
        --check-only) CHECK=1; PACKAGE=0 ;;
        -h|--help) sed -n '2,13p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "build.sh: unknown option: $arg (try --help)" >&2; exit 2 ;;
    esac
done

# The version from the pom: the project's own <version>, two spaces in (no parent pom).
VERSION="$(sed -n 's|^  <version>\([^<]*\)</version>.*|\1|p' pom.xml | head -n 1)"
[[ -n "$VERSION" ]] || { echo "build.sh: no <version> in pom.xml" >&2; exit 1; }
APP_VERSION="${VERSION%%-*}"          # jpackage wants numbers only: 1.2.0-SNAPSHOT -> 1.2.0
ARCH="$(dpkg --print-architecture 2>/dev/null || echo amd64)"

OUT="$ROOT/target/installer"
WORK="$ROOT/target/installer-work"
DEB="$OUT/loopscope_${VERSION}_${ARCH}.deb"
export VERSION DEB

if [[ $PACKAGE == 0 ]]; then
    exec "$ROOT/installer/check-deb.sh"
fi

# jlink and jpackage from JAVA_HOME when it is set (its runtime is the one bundled), else from PATH.
if [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/jpackage" ]]; then
    PATH="$JAVA_HOME/bin:$PATH"
fi
for tool in jlink jpackage dpkg-deb fakeroot unzip; do
    command -v "$tool" >/dev/null || { echo "build.sh: '$tool' not found (apt-get install -y openjdk-17-jdk fakeroot unzip)" >&2; exit 1; }
done

step() { printf '== %s (%ds)\n' "$1" "$SECONDS"; }

# 1. The app's jar and its libraries: target/original-loopscope.jar (the jar before shading: its
#    libraries go on the class path, JavaFX goes into the runtime) and target/installer-deps/.
rm -rf "$ROOT/target/installer-deps"
if [[ $BUILD == 1 ]]; then
    step "mvn package"
    mvn -q -B -DskipTests -Pinstaller package
else
    step "copy the dependencies"
    mvn -q -B -Pinstaller dependency:copy-dependencies@installer-libs dependency:copy-dependencies@installer-javafx
fi
[[ -f target/original-loopscope.jar ]] || { echo "build.sh: target/original-loopscope.jar is missing: run without --no-build" >&2; exit 1; }

rm -rf "$WORK" "$OUT"
mkdir -p "$WORK/input" "$WORK/javafx" "$OUT"
cp target/original-loopscope.jar "$WORK/input/loopscope.jar"
cp target/installer-deps/lib/*.jar "$WORK/input/"
# The JavaFX jars with a platform classifier (javafx-graphics-21.0.11-linux.jar) are the modules;
# the ones without (javafx-graphics-21.0.11.jar) are empty stand-ins.
for jar in target/installer-deps/javafx/*.jar; do
    [[ "$(basename "$jar")" =~ ^javafx-[a-z]+-[0-9][0-9.]*\.jar$ ]] || cp "$jar" "$WORK/javafx/"
done

# 2. The runtime: the JDK modules and JavaFX's. JavaFX's native libraries travel inside its jars;
#    put them in the runtime's lib/, where JavaFX looks first (else it unpacks them into
#    ~/.openjfx/cache at every first start).
step "jlink"
jlink @installer/jlink.args --module-path "$WORK/javafx" --output "$WORK/runtime"
for jar in "$WORK"/javafx/*.jar; do
    unzip -q -o -j "$jar" '*.so' -d "$WORK/runtime/lib" 2>/dev/null || true
done

# 3. The app image.
step "jpackage app-image"
jpackage @installer/jpackage.args @installer/launcher.args \
    --type app-image \
    --app-version "$APP_VERSION" \
    --icon assets/icons/hicolor/256x256/apps/loopscope.png \
    --input "$WORK/input" \
    --runtime-image "$WORK/runtime" \
    --dest "$OUT"

# 4. The .deb: jpackage packs the app image under /opt/loopscope. LICENSE, when the project has one,
#    goes into /usr/share/doc/loopscope/copyright.
step "jpackage deb"
license=()
[[ -f LICENSE ]] && license=(--license-file LICENSE)
jpackage @installer/jpackage.args \
    --type deb \
    --app-version "$APP_VERSION" \
    --app-image "$OUT/LoopScope" \
    --dest "$WORK/deb" \
    "${license[@]}" \
    --linux-package-name loopscope \
    --linux-deb-maintainer "${LOOPSCOPE_MAINTAINER:-loopscope@example.org}" \
    --linux-app-category education \
    --linux-package-deps "libgtk-3-0, libgl1"

# 5. What jpackage leaves out (without --linux-shortcut, which fails to purge on machines with no
#    /usr/share/desktop-directories): the menu entry, the icons where desktops look for them and
#    a `loopscope` command. Added to the package itself, so dpkg owns (and removes) them.
step "desktop entry, icons, /usr/bin/loopscope"
PKG="$WORK/pkg"
dpkg-deb -R "$WORK"/deb/*.deb "$PKG"
install -D -m 644 installer/linux/loopscope.desktop "$PKG/usr/share/applications/loopscope.desktop"
for icon in assets/icons/hicolor/*/apps/loopscope.png; do
    install -D -m 644 "$icon" "$PKG/usr/share/icons/${icon#assets/icons/}"
done
mkdir -p "$PKG/usr/bin"
ln -s /opt/loopscope/bin/LoopScope "$PKG/usr/bin/loopscope"
size_kb="$(du -sk --exclude=DEBIAN "$PKG" | cut -f1)"
sed -i "s/^Installed-Size:.*/Installed-Size: $size_kb/" "$PKG/DEBIAN/control"
# jpackage's Depends: the packages of the libraries the runtime links (found with dpkg -S on this
# machine), then ours (libgtk-3-0, libgl1), which it already has: once each.
deps="$(sed -n 's/^Depends: //p' "$PKG/DEBIAN/control" | tr ',' '\n' | sed 's/^ *//; s/ *$//' | awk 'NF && !seen[$0]++' | paste -sd, | sed 's/,/, /g')"
sed -i "s/^Depends:.*/Depends: $deps/" "$PKG/DEBIAN/control"
fakeroot dpkg-deb --build -Zxz "$PKG" "$DEB" >/dev/null
rm -rf "$PKG" "$WORK/deb"

step "done"
du -sh "$OUT/LoopScope" | sed 's|\t.*| app image: target/installer/LoopScope|'
ls -l "$DEB" | awk -v d="target/installer/$(basename "$DEB")" '{printf "%.1f MB  %s\n", $5/1048576, d}'

max=$((80 * 1024 * 1024))
if (( $(stat -c %s "$DEB") > max )); then
    echo "build.sh: the .deb is over 80 MB" >&2
    exit 1
fi

if [[ $CHECK == 1 ]]; then
    "$ROOT/installer/check-deb.sh"
fi
