#!/usr/bin/env bash
# Runs every test: unit, index/search end to end, web. Needs tesseract-ocr + tesseract-ocr-chi-sim
# (OCR tests) and fonts-noto-cjk; .ci/run installs them.
set -euo pipefail
cd "$(dirname "$0")/.."
exec mvn -B -ntp verify "$@"
