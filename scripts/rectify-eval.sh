#!/usr/bin/env bash
# Scores rectification tracing against scripts/eval/rectify-gold.tsv: problem extraction precision and
# recall, link recall@1 and @3, 未闭环 detection, status accuracy.
#   scripts/rectify-eval.sh                  the demo corpus read from its sources (scripts/corpus/src)
#   scripts/rectify-eval.sh --data DIR       an index built by `index --corpus corpus --data DIR`
#   scripts/rectify-eval.sh --details        also every miss, to see what went wrong
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -f target/studykb.jar ] || [ -n "$(find src pom.xml indexer -newer target/studykb.jar -print -quit)" ]; then
  mvn -q -B -DskipTests package
fi
exec java -Dloader.main=org.studykb.rectify.EvaluateRectify -cp target/studykb.jar \
  org.springframework.boot.loader.launch.PropertiesLauncher "$@"
