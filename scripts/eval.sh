#!/usr/bin/env bash
# Retrieval evaluation on every collection of scripts/eval/collections.tsv: the demo corpus
# (docs/evaluation.md) and linchuan, a second unit's files judged by other hands (../shared/data/linchuan).
# Indexes each corpus with our pipeline, runs its queries through studykb, its ablations and the
# baselines (Lucene's stock analyzers and plain HanLP words, same extracted text), writes the TREC runs
# to target/eval/NAME/, scores them against the collection's judgments and prints a table per collection.
#
#   scripts/eval.sh                   print the table and rewrite scripts/eval/RESULTS.md
#   scripts/eval.sh --verify          fail (exit 1) when a score falls below the collection's expected file
#                                     (expected.yaml, expected-linchuan.yaml) by more than its tolerance,
#                                     or a listed collection is missing; RESULTS.md is left alone
#   scripts/eval.sh --write-expected  also rewrite those expected files from this run
#   --config DIR (default indexer)  --out DIR (default target/eval)
#
# Runs from target/studykb.jar (the classes and libraries the product ships), built first when missing or
# older than the sources, so no Maven plugin beyond those `mvn package` needs is ever resolved here, plus
# target/eval-lib: the studykb-eval module's jar (the evaluation itself) and the libraries only the baseline rows
# need (SmartChineseAnalyzer, the classic query parser), which the product jar leaves out and `mvn package` puts
# there; PropertiesLauncher adds them (loader.path).
# Offline builds: MVN_FLAGS=-o scripts/eval.sh (only once the jar's dependencies are in ~/.m2)
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -f target/studykb.jar ] || [ ! -f target/eval-lib/studykb-eval.jar ] \
    || [ -n "$(find studykb-*/src/main pom.xml studykb-*/pom.xml indexer -newer target/studykb.jar -print -quit)" ]; then
  mvn -q -B ${MVN_FLAGS:-} -DskipTests -pl studykb-eval -am package
fi

commit="$(git rev-parse --short HEAD 2>/dev/null || echo unknown)"
if [ -n "$(git status --porcelain -- studykb-*/src pom.xml studykb-*/pom.xml indexer scripts/eval/topics.tsv scripts/eval/qrels.txt \
      scripts/eval/classes.tsv 2>/dev/null)" ]; then
  commit="$commit+uncommitted"
fi

exec java -Xmx2g -Dfile.encoding=UTF-8 -Dlogback.configurationFile=scripts/eval/logback.xml \
  -Dloader.path=target/eval-lib -Dloader.main=org.studykb.eval.Evaluate -cp target/studykb.jar org.springframework.boot.loader.launch.PropertiesLauncher \
  --collections scripts/eval/collections.tsv --config indexer --out target/eval \
  --commit "$commit" "$@"
