#!/usr/bin/env bash
# Builds studykb if needed, indexes the demo corpus into ./data and serves it on http://localhost:8080.
# serve starts through scripts/serve.sh (extracted jar + class-data-sharing archive); after a new build the first
# start prepares them once, which takes longer.
set -euo pipefail
cd "$(dirname "$0")/.."
PORT="${PORT:-8080}"
if [ ! -f target/studykb.jar ] || [ -n "$(find src pom.xml -newer target/studykb.jar -print -quit)" ]; then
  mvn -q -B -DskipTests package
fi
set +e
java -jar target/studykb.jar index --corpus corpus --data data --config indexer --report data/index-report.json
rc=$?
set -e
if [ "$rc" -ne 0 ] && [ "$rc" -ne 3 ]; then
  echo "index failed with exit code $rc" >&2
  exit "$rc"
fi
echo "serving on http://localhost:$PORT"
exec bash scripts/serve.sh --data data --config indexer --port "$PORT"
