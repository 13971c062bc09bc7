#!/usr/bin/env bash
# Builds an HTML report for the fixtures, renders it in headless Chromium to a PNG, and fails if
# the page is blank or the browser logs a page error.
#   scripts/report-screenshot.sh [OUT.png]      (needs Debian's chromium: apt-get install chromium)
set -euo pipefail
cd "$(dirname "$0")/.."
png=$(realpath -m "${1:-target/report-screenshot.png}")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cargo build --release --quiet
repo=$(pwd)
# Run from the work directory so the report shows the command as a user would type it.
ln -s "$repo/fixtures" "$work/fixtures"
(cd "$work" && "$repo/target/release/newsclean" fixtures -o out --report report.html -q)

chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync \
  --user-data-dir="$work/profile" --hide-scrollbars --window-size=1200,1400 \
  --enable-logging=stderr --v=0 \
  --screenshot="$png" "file://$work/report.html" 2> "$work/chromium.log" || {
    cat "$work/chromium.log" >&2
    exit 1
  }

# Console messages and page errors show in Chromium's log as "INFO:CONSOLE:N" and "Uncaught".
if grep -E 'CONSOLE[(:]|Uncaught|ERR_FILE_NOT_FOUND|net::ERR' "$work/chromium.log"; then
  echo "report-screenshot: the page logged errors (above)" >&2
  exit 1
fi

# Not blank: a good share of the pixels are not the background.
python3 - "$png" <<'PY'
import struct, sys, zlib
data = open(sys.argv[1], "rb").read()
assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
pos, idat, width, height, color = 8, b"", 0, 0, 0
while pos < len(data):
    length, kind = struct.unpack(">I4s", data[pos:pos + 8])
    body = data[pos + 8:pos + 8 + length]
    if kind == b"IHDR":
        width, height, depth, color = struct.unpack(">IIBB", body[:10])
    elif kind == b"IDAT":
        idat += body
    pos += 12 + length
raw = zlib.decompress(idat)
bpp = {2: 3, 6: 4}[color]
stride = width * bpp
prev = bytearray(stride)
ink = 0
i = 0
for y in range(height):
    f = raw[i]; i += 1
    line = bytearray(raw[i:i + stride]); i += stride
    for x in range(stride):
        a = line[x - bpp] if x >= bpp else 0
        b = prev[x]
        c = prev[x - bpp] if x >= bpp else 0
        if f == 1: line[x] = (line[x] + a) & 255
        elif f == 2: line[x] = (line[x] + b) & 255
        elif f == 3: line[x] = (line[x] + (a + b) // 2) & 255
        elif f == 4:
            p = a + b - c; pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
            line[x] = (line[x] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
    ink += sum(1 for x in range(0, stride, bpp) if min(line[x:x + 3]) < 200)
    prev = line
share = ink / (width * height)
print(f"report-screenshot: {width}x{height}, {share:.1%} of pixels drawn")
if share < 0.02:
    sys.exit("report-screenshot: the page looks blank")
PY
echo "report-screenshot: wrote $png"
