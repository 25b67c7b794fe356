#!/usr/bin/env bash
# Regenerates the icon set in assets/icons/ from assets/icons/loopscope.png (256 x 256):
#   assets/icons/hicolor/NxN/apps/loopscope.png   N = 16 24 32 48 64 128 256 512 (freedesktop layout)
#   assets/icons/loopscope.ico                    Windows (16 .. 256)
#   assets/icons/loopscope.icns                   macOS (16 .. 512, PNG entries)
# Needs ImageMagick (convert) and python3. The generated files are committed: the installer
# scripts only read them. 512 is scaled up from the 256 source (the source has no larger copy).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ICONS="$ROOT/assets/icons"
SRC="$ICONS/loopscope.png"
# /usr/bin first: a stand-in 'convert' may come first on PATH
CONVERT="$(command -v /usr/bin/convert || command -v convert)"

SIZES=(16 24 32 48 64 128 256 512)
for n in "${SIZES[@]}"; do
    dir="$ICONS/hicolor/${n}x${n}/apps"
    mkdir -p "$dir"
    if [[ $n == 256 ]]; then
        cp "$SRC" "$dir/loopscope.png"
    else
        # -strip and a fixed date: the same source gives byte-identical files
        "$CONVERT" "$SRC" -filter Lanczos -resize "${n}x${n}" -strip \
            -define png:exclude-chunks=date,time "PNG32:$dir/loopscope.png"
    fi
done

ico_parts=()
for n in 16 24 32 48 64 128 256; do ico_parts+=("$ICONS/hicolor/${n}x${n}/apps/loopscope.png"); done
"$CONVERT" "${ico_parts[@]}" "$ICONS/loopscope.ico"

python3 - "$ICONS" <<'PY'
import struct, sys, pathlib
icons = pathlib.Path(sys.argv[1])
png = lambda n: (icons / "hicolor" / f"{n}x{n}" / "apps" / "loopscope.png").read_bytes()
# (type, pixel size): PNG-compressed entries, macOS 10.7+
entries = [("icp4", 16), ("icp5", 32), ("icp6", 64), ("ic07", 128), ("ic08", 256), ("ic09", 512),
           ("ic11", 32), ("ic12", 64), ("ic13", 256), ("ic14", 512)]
body = b"".join(t.encode("ascii") + struct.pack(">I", 8 + len(png(n))) + png(n) for t, n in entries)
(icons / "loopscope.icns").write_bytes(b"icns" + struct.pack(">I", 8 + len(body)) + body)
PY
echo "icons written to $ICONS"
