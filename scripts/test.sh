#!/usr/bin/env bash
# Runs every test (unit, index/search end to end, web pages in headless Chromium), then checks the
# retrieval scores and metadata of both collections (the demo and ../shared/data/linchuan) against
# scripts/eval/expected*.yaml and their rectification figures against scripts/eval/rectify-expected*.yaml;
# scripts/test-serve-launch.sh checks the launch run.sh uses. Needs tesseract-ocr + tesseract-ocr-chi-sim,
# fonts-noto-cjk, chromium + chromium-driver (.ci/run installs them) and Maven Central: every Maven run here
# is online, so a fresh ~/.m2 is filled as it goes.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -ntp verify "$@"
bash scripts/test-serve-launch.sh
# Both run from target/studykb.jar, which mvn verify just built: no further Maven run, online or not.
bash scripts/eval.sh --verify
bash scripts/rectify-eval.sh --verify
