#!/usr/bin/env bash
# The embedded backend beside an in-process SolrCloud (2 nodes, a collection of 2 shards × 2 replicas made from the
# generated configset), the same workload in one run (docs/scale-out.md):
#
#   scripts/bench-solr.sh N          e.g. scripts/bench-solr.sh 1000; default 1000
#
# org.studykb.solr.ScaleOutBench (studykb-solr's test sources) generates N files with the bench's ScaledCorpus (the
# same corpus as scripts/bench.sh N), extracts them once with the product's ingest pipeline, indexes the extracted
# records through each backend's writer (one thread, then a commit), and measures size on disk, the heap the open
# index holds, and the eval queries' latency (scripts/eval/topics.tsv) from 1 and 8 clients.
# BENCH_ROUNDS (default 5): measured passes over the queries per client; BENCH_HEAP (default 3g): the JVM's heap,
# which holds the extracted records, the embedded index's searchers and both Solr nodes.
# Prints a Markdown table and writes it, with the command, commit, date and load, to target/bench-solr/bench-N.md.
# Work files (corpus, embedded index, the cluster's nodes, log) go under target/bench-solr/.
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-1000}
rounds=${BENCH_ROUNDS:-5}
heap=${BENCH_HEAP:-3g}
reports=${STUDYKB_REPORTS:-../shared/data/reports}
work=target/bench-solr
mkdir -p "$work"
cp="$work/classpath.txt"
# the code measured is the code built now: its commit is taken before the build
rev="$(git rev-parse --short HEAD)$(git diff --quiet HEAD -- studykb-*/src || echo '+uncommitted')"
# one reactor run: the sibling modules' classes and studykb-solr's tests, and the test class path
echo "bench-solr: building studykb-solr and the modules it needs" >&2
mvn -q -B -DskipTests -pl studykb-solr -am test-compile dependency:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile="$PWD/$cp"
start_load=$(cut -d' ' -f1-3 /proc/loadavg)
started=$(date -u +%Y-%m-%dT%H:%MZ)
echo "bench-solr: $n documents, log in $work/log-$n.txt" >&2
java -Xmx"$heap" -Dfile.encoding=UTF-8 -Djava.security.egd=file:/dev/./urandom \
  -cp "studykb-solr/target/test-classes:studykb-solr/target/classes:$(cat "$cp")" \
  org.studykb.solr.ScaleOutBench "$n" "$work" "$rounds" "$reports" > "$work/out-$n.txt" 2> "$work/log-$n.txt" \
  || { tail -20 "$work/log-$n.txt" >&2; echo "bench-solr: failed, see $work/log-$n.txt" >&2; exit 1; }
{
  echo "\`scripts/bench-solr.sh $n\` (BENCH_ROUNDS=$rounds, -Xmx$heap), $started, commit $rev;"
  echo "$(nproc) cores, load average $start_load at the start, $(cut -d' ' -f1-3 /proc/loadavg) at the end."
  echo
  cat "$work/table-$n.md"
} > "$work/bench-$n.md"
cat "$work/bench-$n.md"
