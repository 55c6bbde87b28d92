#!/usr/bin/env bash
# Fits the ranking model's weights (docs/ranking.md) by coordinate ascent on one collection's mean nDCG@10
# and reports them on every collection of scripts/eval/collections.tsv (org.studykb.eval.FitRanking).
#
#   scripts/fit-ranking.sh                 fit on demo, print every step and both collections' figures
#   scripts/fit-ranking.sh --ship          fit on demo and write the weights that ship
#                                          (studykb-app/src/main/resources/org/studykb/search/ranking.properties)
#   scripts/fit-ranking.sh --fit linchuan  the check: fit on linchuan, report on the demo; never shipped
#   scripts/fit-ranking.sh --report        only the shipped weights' figures on every collection
#   scripts/fit-ranking.sh --scan passage,spread   each value (pair) of those weights' grids, every collection
#   --set NAME=V,...                       start (or report, or scan) from the shipped weights with those changed
#
# The fit starts from the shipped weights. Runs from target/studykb.jar, built first when older than the sources.
set -euo pipefail
cd "$(dirname "$0")/.."

args=()
while [ $# -gt 0 ]; do
  case "$1" in
    --ship) args+=(--fit demo --write studykb-app/src/main/resources/org/studykb/search/ranking.properties); shift ;;
    *) args+=("$1"); shift ;;
  esac
done

if [ ! -f target/studykb.jar ] || [ ! -f target/eval-lib/studykb-eval.jar ] || [ -n "$(find studykb-*/src/main pom.xml studykb-*/pom.xml indexer -newer target/studykb.jar -print -quit)" ]; then
  mvn -q -B ${MVN_FLAGS:-} -DskipTests -pl studykb-eval -am package
fi

exec java -Xmx2g -Dfile.encoding=UTF-8 -Dlogback.configurationFile=scripts/eval/logback.xml \
  -Dloader.path=target/eval-lib -Dloader.main=org.studykb.eval.FitRanking -cp target/studykb.jar org.springframework.boot.loader.launch.PropertiesLauncher \
  "${args[@]}" --collections scripts/eval/collections.tsv --config indexer
