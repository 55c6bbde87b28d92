#!/usr/bin/env bash
# SIGHAN 2005 bakeoff scores of the word analyzer's coarse segmentation (StudyAnalyzer, query
# mode, no synonyms) on PKU and MSR, with and without the domain dictionary in indexer/:
# word-boundary P/R/F1, OOV recall, characters per second.
#
#   scripts/sighan.sh [DATA_DIR]      DATA_DIR defaults to ../shared/data/sighan2005
#   MVN_FLAGS=-o scripts/sighan.sh    build offline
#
# The bakeoff files are licensed for research use only: they are read in place, never copied.
set -euo pipefail
cd "$(dirname "$0")/.."
DATA="${1:-../shared/data/sighan2005}"
for f in pku_test.utf8 pku_test_gold.utf8 pku_training_words.utf8 msr_test.utf8 msr_test_gold.utf8 msr_training_words.utf8; do
    if [[ ! -f "$DATA/$f" ]]; then
        echo "sighan.sh: $DATA/$f not found (pass the sighan2005 directory as the first argument)" >&2
        exit 2
    fi
done
# shellcheck disable=SC2086
mkdir -p target
mvn -B -q ${MVN_FLAGS:-} -pl studykb-eval -am compile dependency:build-classpath \
  -Dmdep.outputFile="$PWD/target/classpath.txt" >/dev/null
CP="studykb-eval/target/classes:$(cat target/classpath.txt)"
for corpus in pku msr; do
    java -cp "$CP" org.studykb.eval.SighanScore "$corpus" --data "$DATA"
    java -cp "$CP" org.studykb.eval.SighanScore "$corpus" --no-dict --data "$DATA"
done
