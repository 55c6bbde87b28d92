#!/usr/bin/env bash
# Scores rectification tracing on both collections: the demo (against scripts/eval/rectify-gold.tsv) and
# linchuan, a second unit's files (against the tables in ../shared/data/linchuan/gold, matched by character
# bigrams as its README says; its corpus is indexed first with `index`). Figures: problem extraction
# precision and recall, how the places a problem is raised are grouped, link recall@1 and @3, 未闭环
# detection, status accuracy.
#   scripts/rectify-eval.sh                  both collections (the demo read from its sources, scripts/corpus/src)
#   scripts/rectify-eval.sh --data DIR       the demo from an index built by `index --corpus corpus --data DIR`
#   scripts/rectify-eval.sh --details        also every miss, to see what went wrong
#   scripts/rectify-eval.sh --verify         fail (exit 1) when a figure is worse than scripts/eval/rectify-expected.yaml
#                                            (linchuan: scripts/eval/rectify-expected-linchuan.yaml)
#   scripts/rectify-eval.sh --write-expected rewrite those files from this run
#   ONLY=demo|linchuan scripts/rectify-eval.sh …  one collection
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -f target/studykb.jar ] || [ -n "$(find studykb-*/src/main pom.xml studykb-*/pom.xml indexer -newer target/studykb.jar -print -quit)" ]; then
  mvn -q -B ${MVN_FLAGS:-} -DskipTests -pl studykb-app -am package
fi
commit="$(git rev-parse --short HEAD 2>/dev/null || echo unknown)"
if [ -n "$(git status --porcelain -- studykb-*/src indexer scripts 2>/dev/null)" ]; then commit="$commit+uncommitted"; fi
run() { java -Dloader.main=org.studykb.rectify.EvaluateRectify -cp target/studykb.jar \
  org.springframework.boot.loader.launch.PropertiesLauncher --commit "$commit" "$@"; }

if [ "${ONLY:-demo}" = demo ] || [ -z "${ONLY:-}" ]; then
  echo "== demo =="
  run "$@"
fi
linchuan=../shared/data/linchuan
if [ "${ONLY:-linchuan}" = linchuan ] || [ -z "${ONLY:-}" ]; then
  if [ ! -d "$linchuan/gold" ]; then
    echo "linchuan: $linchuan not found (it comes with shared/ beside the repository)" >&2
    exit 1
  fi
  args=()
  for a in "$@"; do [ "$a" = --data ] && { echo "--data applies to the demo only; use ONLY=demo" >&2; exit 2; }; args+=("$a"); done
  echo "== linchuan =="
  data=target/rectify-eval/linchuan
  rm -rf "$data"
  mkdir -p "$(dirname "$data")"
  java -Dlogback.configurationFile=scripts/eval/logback.xml -jar target/studykb.jar index --corpus "$linchuan/corpus" \
    --data "$data" > target/rectify-eval/linchuan-index.log 2>&1 || [ $? -eq 3 ]
  run --data "$data" --gold "$linchuan/gold" --expected scripts/eval/rectify-expected-linchuan.yaml "${args[@]}"
fi
