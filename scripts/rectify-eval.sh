#!/usr/bin/env bash
# Scores rectification tracing against scripts/eval/rectify-gold.tsv: problem extraction precision and
# recall, how the places a problem is raised are grouped, link recall@1 and @3, 未闭环 detection, status accuracy.
#   scripts/rectify-eval.sh                  the demo corpus read from its sources (scripts/corpus/src)
#   scripts/rectify-eval.sh --data DIR       an index built by `index --corpus corpus --data DIR`
#   scripts/rectify-eval.sh --details        also every miss, to see what went wrong
#   scripts/rectify-eval.sh --verify         fail (exit 1) when a figure is worse than scripts/eval/rectify-expected.yaml
#   scripts/rectify-eval.sh --write-expected rewrite scripts/eval/rectify-expected.yaml from this run
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -f target/studykb.jar ] || [ -n "$(find src pom.xml indexer -newer target/studykb.jar -print -quit)" ]; then
  mvn -q -B ${MVN_FLAGS:-} -DskipTests package
fi
commit="$(git rev-parse --short HEAD 2>/dev/null || echo unknown)"
if [ -n "$(git status --porcelain -- src indexer scripts 2>/dev/null)" ]; then commit="$commit+uncommitted"; fi
exec java -Dloader.main=org.studykb.rectify.EvaluateRectify -cp target/studykb.jar \
  org.springframework.boot.loader.launch.PropertiesLauncher --commit "$commit" "$@"
