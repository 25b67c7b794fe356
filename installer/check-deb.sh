#!/usr/bin/env bash
# Tests the .deb that installer/build.sh made (run it as `installer/build.sh --check`, or
# `installer/build.sh --check-only` for a package built before): unpacks it into a scratch root
# (dpkg -x, nothing is installed on this machine), checks the package's fields, files and desktop
# entry, runs the installed launcher's `trace` on the tutorial example and compares the trace with
# CPython's (../shared/oracle/asyncio_oracle.py, when it is there; else the trace checked in
# under src/test/resources/scenarios/). Prints PASS or FAIL per check; exits 1 when one fails.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
VERSION="${VERSION:-$(sed -n 's|^  <version>\([^<]*\)</version>.*|\1|p' pom.xml | head -n 1)}"
DEB="${DEB:-$ROOT/target/installer/loopscope_${VERSION}_$(dpkg --print-architecture 2>/dev/null || echo amd64).deb}"
SCENARIO="assets/scenarios/tutorial_create_task.py"
CHECKED_TRACE="src/test/resources/scenarios/example_tutorial_create_task.trace"

if [[ ! -f "$DEB" ]]; then
    echo "FAIL no package at $DEB (run installer/build.sh first)"
    exit 1
fi

SCRATCH="$(mktemp -d "${TMPDIR:-/tmp}/loopscope-deb.XXXXXX")"
trap 'rm -rf "$SCRATCH"' EXIT
failures=0
pass() { echo "PASS $*"; }
fail() { echo "FAIL $*"; failures=$((failures + 1)); }
check() { # check DESCRIPTION COMMAND...
    local what="$1"; shift
    if "$@"; then pass "$what"; else fail "$what"; fi
}

echo "checking $DEB"
size=$(stat -c %s "$DEB")
check "size $(awk -v s="$size" 'BEGIN{printf "%.1f MB", s/1048576}') <= 80 MB" test "$size" -le $((80 * 1024 * 1024))

field() { dpkg-deb -f "$DEB" "$1"; }
check "Package: loopscope" test "$(field Package)" = loopscope
check "Version: $(field Version) is the pom's $VERSION" test "${VERSION%%-*}" = "$(field Version | sed 's/-[^-]*$//')"
depends="$(field Depends)"
check "Depends: $depends (has libgtk-3-0 and libgl1)" \
    bash -c '[[ ", $1," == *", libgtk-3-0,"* && ", $1," == *", libgl1,"* ]]' _ "$depends"
check "Section: $(field Section)" test "$(field Section)" = education
check "Description, Maintainer" test -n "$(field Description)" -a -n "$(field Maintainer)"

dpkg -x "$DEB" "$SCRATCH"
LAUNCHER="$SCRATCH/opt/loopscope/bin/LoopScope"
DESKTOP="$SCRATCH/usr/share/applications/loopscope.desktop"
check "launcher /opt/loopscope/bin/LoopScope" test -x "$LAUNCHER"
check "bundled Java runtime" test -f "$SCRATCH/opt/loopscope/lib/runtime/lib/libjvm.so" -o -f "$SCRATCH/opt/loopscope/lib/runtime/lib/server/libjvm.so"
check "JavaFX native libraries in the runtime" test -f "$SCRATCH/opt/loopscope/lib/runtime/lib/libglassgtk3.so"
check "/usr/bin/loopscope -> /opt/loopscope/bin/LoopScope" test "$(readlink "$SCRATCH/usr/bin/loopscope")" = /opt/loopscope/bin/LoopScope
missing=""
for n in 16 24 32 48 64 128 256 512; do
    [[ -f "$SCRATCH/usr/share/icons/hicolor/${n}x${n}/apps/loopscope.png" ]] || missing+=" ${n}x${n}"
done
check "icons /usr/share/icons/hicolor/NxN/apps/loopscope.png, 16 to 512${missing:+ (missing:$missing)}" test -z "$missing"

check "desktop entry /usr/share/applications/loopscope.desktop" test -f "$DESKTOP"
if [[ -f "$DESKTOP" ]]; then
    if command -v desktop-file-validate >/dev/null; then
        check "desktop-file-validate" desktop-file-validate "$DESKTOP"
    else
        echo "SKIP desktop-file-validate (not installed: apt-get install -y desktop-file-utils)"
    fi
    exec_path="$(sed -n 's/^Exec=\([^ ]*\).*/\1/p' "$DESKTOP")"
    check "desktop Exec=$exec_path is in the package" test -x "$SCRATCH$exec_path"
    check "desktop Categories has Education" grep -q '^Categories=.*Education;' "$DESKTOP"
    check "desktop Icon=loopscope" grep -qx 'Icon=loopscope' "$DESKTOP"
fi

# The launcher's command line: same arguments, output and exit status as the jar's.
check "LoopScope --version prints $VERSION" bash -c '[[ "$("$1" --version)" == *" $2" ]]' _ "$LAUNCHER" "$VERSION"
actual="$SCRATCH/actual.trace"
expected="$SCRATCH/expected.trace"
start=$(date +%s%N)
status=0
"$LAUNCHER" trace "$SCENARIO" >"$actual" 2>"$SCRATCH/stderr" || status=$?
ms=$(( ($(date +%s%N) - start) / 1000000 ))
check "LoopScope trace $SCENARIO exits 0 (${ms} ms)" test "$status" -eq 0
check "LoopScope trace writes nothing on stderr" test ! -s "$SCRATCH/stderr"

ORACLE=""
for dir in ../shared ../../shared; do
    [[ -f "$dir/oracle/asyncio_oracle.py" ]] && { ORACLE="$dir/oracle/asyncio_oracle.py"; break; }
done
if [[ -n "$ORACLE" ]] && python3 "$ORACLE" "$SCENARIO" >"$expected" 2>/dev/null; then
    source="CPython (python3 $ORACLE)"
else
    cp "$CHECKED_TRACE" "$expected"
    source="CPython's checked trace ($CHECKED_TRACE)"
fi
if cmp -s "$expected" "$actual"; then
    pass "trace equals $source, $(wc -l <"$actual") lines"
else
    fail "trace differs from $source:"
    diff -u "$expected" "$actual" | head -n 40 || true
fi

status=0
"$LAUNCHER" trace "$SCRATCH/no-such-file.py" >"$SCRATCH/out2" 2>/dev/null || status=$?
check "LoopScope trace MISSING.py exits 2, nothing on stdout" test "$status" -eq 2 -a ! -s "$SCRATCH/out2"

if [[ $failures -eq 0 ]]; then
    echo "PASS the package installs and traces as CPython does"
else
    echo "FAIL $failures check(s) failed"
    exit 1
fi
