#!/usr/bin/env bash
# Builds studykb if needed, indexes the demo corpus into ./data and serves it on http://localhost:8080.
# Both start through scripts/studykb.sh (extracted jar + a class-data-sharing archive per command); after a new
# build the first start of each prepares them once, which takes longer.
set -euo pipefail
cd "$(dirname "$0")/.."
PORT="${PORT:-8080}"
# the product and the analysis it is built on; the evaluation and Solr modules are not needed to run it
if [ ! -f target/studykb.jar ] \
    || [ -n "$(find studykb-analysis/src studykb-app/src pom.xml studykb-*/pom.xml -newer target/studykb.jar -print -quit)" ]; then
  mvn -q -B -DskipTests -pl studykb-app -am package
fi
set +e
bash scripts/studykb.sh index --corpus corpus --data data --config indexer --report data/index-report.json
rc=$?
set -e
if [ "$rc" -ne 0 ] && [ "$rc" -ne 3 ]; then
  echo "index failed with exit code $rc" >&2
  exit "$rc"
fi
echo "serving on http://localhost:$PORT"
exec bash scripts/serve.sh --data data --config indexer --port "$PORT"
