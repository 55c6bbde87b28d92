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
# Offline builds: MVN_FLAGS=-o scripts/eval.sh
set -euo pipefail
cd "$(dirname "$0")/.."

mvn -q -B ${MVN_FLAGS:-} compile
mvn -q -B ${MVN_FLAGS:-} dependency:build-classpath -Dmdep.includeScope=runtime -Dmdep.outputFile=target/eval-classpath.txt

commit="$(git rev-parse --short HEAD 2>/dev/null || echo unknown)"
if [ -n "$(git status --porcelain -- src pom.xml indexer scripts/eval/topics.tsv scripts/eval/qrels.txt \
      scripts/eval/classes.tsv 2>/dev/null)" ]; then
  commit="$commit+uncommitted"
fi

exec java -Xmx2g -Dfile.encoding=UTF-8 -Dlogback.configurationFile=scripts/eval/logback.xml -cp "target/classes:$(cat target/eval-classpath.txt)" \
  org.studykb.eval.Evaluate --corpus corpus --config indexer --eval scripts/eval --out target/eval \
  --commit "$commit" "$@"
