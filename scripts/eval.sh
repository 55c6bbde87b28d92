#!/usr/bin/env bash
# Retrieval evaluation on the demo corpus (docs/evaluation.md). Indexes corpus/ with our pipeline,
# runs scripts/eval/topics.tsv through studykb, its ablations and the Lucene baselines (same
# extracted text), writes the TREC runs to target/eval/, scores them against scripts/eval/qrels.txt
# and prints the table.
#
#   scripts/eval.sh                   print the table and rewrite scripts/eval/RESULTS.md
#   scripts/eval.sh --verify          fail (exit 1) when a score falls below scripts/eval/expected.yaml
#                                     by more than its tolerance; RESULTS.md is left alone
#   scripts/eval.sh --write-expected  also rewrite scripts/eval/expected.yaml from this run
#   --corpus DIR (default corpus)  --config DIR (default indexer)  --out DIR (default target/eval)
#
# Runs from target/studykb.jar (the classes and libraries the product ships), built first when missing or
# older than the sources, so no Maven plugin beyond those `mvn package` needs is ever resolved here.
# Offline builds: MVN_FLAGS=-o scripts/eval.sh (only once the jar's dependencies are in ~/.m2)
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -f target/studykb.jar ] || [ -n "$(find src/main pom.xml indexer -newer target/studykb.jar -print -quit)" ]; then
  mvn -q -B ${MVN_FLAGS:-} -DskipTests package
fi

commit="$(git rev-parse --short HEAD 2>/dev/null || echo unknown)"
if [ -n "$(git status --porcelain -- src pom.xml indexer scripts/eval/topics.tsv scripts/eval/qrels.txt \
      scripts/eval/classes.tsv 2>/dev/null)" ]; then
  commit="$commit+uncommitted"
fi

exec java -Xmx2g -Dfile.encoding=UTF-8 -Dlogback.configurationFile=scripts/eval/logback.xml \
  -Dloader.main=org.studykb.eval.Evaluate -cp target/studykb.jar org.springframework.boot.loader.launch.PropertiesLauncher --corpus corpus --config indexer --eval scripts/eval --out target/eval \
  --commit "$commit" "$@"
