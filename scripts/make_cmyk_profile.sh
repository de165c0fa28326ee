#!/usr/bin/env bash
# Rebuild resources/color/mapstudio-fogra39.icc, the CMYK profile of the PDF/X export,
# from Debian's freely licensed FOGRA39 characterization data (resources/color/LICENSE.txt).
# Needs Debian's packages argyll and icc-profiles-free; takes a few minutes.
#   usage: scripts/make_cmyk_profile.sh [OUT.icc]
set -euo pipefail
out=$(realpath -m "${1:-resources/color/mapstudio-fogra39.icc}")
data=/usr/share/color/icc/FOGRA39L.ti3
srgb=/usr/share/color/icc/sRGB.icc
for need in "$data" "$srgb" "$(command -v colprof || true)"; do
  [ -n "$need" ] && [ -e "$need" ] || {
    echo "needs: apt-get install argyll icc-profiles-free" >&2
    exit 2
  }
done
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$data" "$work/FOGRA39L.ti3"
cp "$srgb" "$work/sRGB.icc"
cd "$work"
# -l300 -L95: total ink and black limits; -kr: ramp black generation; -S: perceptual
# gamut mapping from sRGB (what the posters are drawn in); -nc: leave the measurements
# out of the profile.
colprof -v -qm -kr -l300 -L95 -nc -S sRGB.icc -cmt -dpp \
  -A "mapstudio" -M "FOGRA39 characterization data" \
  -D "mapstudio CMYK FOGRA39 coated (TAC 300%)" \
  -C "Generated with ArgyllCMS colprof from FOGRA39L.ti3 (zlib licence, icc-profiles-free). No warranty." \
  -O profile.icc FOGRA39L | tail -n 1
cp profile.icc "$out"
echo "wrote $out"
