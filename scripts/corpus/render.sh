#!/usr/bin/env bash
# Render the demo corpus from scripts/corpus/src/*.txt into corpus/ (from scratch) and write
# the gold table studykb-app/src/test/resources/corpus-gold.tsv.
#
#   bash scripts/corpus/render.sh                 # render everything
#   bash scripts/corpus/render.sh --check-only    # only validate the sources
#
# Needs: python3, soffice (libreoffice-writer, libreoffice-calc), pdftoppm and pdftotext
# (poppler-utils), convert (imagemagick), fonts-noto-cjk.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

missing=()
for tool in python3 soffice pdftoppm pdftotext convert; do
  command -v "$tool" >/dev/null 2>&1 || missing+=("$tool")
done
if ((${#missing[@]})); then
  echo "render.sh: missing tool(s): ${missing[*]}" >&2
  echo "  apt-get install libreoffice-writer libreoffice-calc poppler-utils imagemagick fonts-noto-cjk" >&2
  exit 2
fi
if ! fc-list : family 2>/dev/null | grep 'Noto Serif CJK SC' >/dev/null; then
  echo "render.sh: warning: font 'Noto Serif CJK SC' not found (apt-get install fonts-noto-cjk)" >&2
fi

# A stable environment for the converters: UTF-8, one time zone, no desktop integration.
export LC_ALL=C.UTF-8 LANG=C.UTF-8 TZ=UTC SAL_USE_VCLPLUGIN=svp
exec python3 "$here/render.py" "$@"
