#!/usr/bin/env bash
# JMH micro benchmarks of the tokenizer (AnalyzerBenchmark: HanLP segmentation, the index word graph,
# the n-gram field, over real text of ../shared/data/reports) and of the query path (QueryPathBenchmark:
# query building + search, and the whole results page with snippets and facets, over the demo corpus).
# Short warm-up and measurement so it finishes in a few minutes; the figures go to the JMH section of
# docs/benchmarks.md (between its "<!-- jmh -->" and "<!-- /jmh -->" lines) and target/jmh/.
#
#   scripts/jmh.sh [JMH OPTIONS...]     e.g. scripts/jmh.sh AnalyzerBenchmark -f 1
#
# The benchmark classes live in studykb-eval/src/test/java/org/studykb/bench (test scope).
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p target/jmh
# one reactor run: compiled here, the product and analysis modules are on the class path as their classes folders
mvn -q -B ${MVN_FLAGS:-} -pl studykb-eval -am test-compile dependency:build-classpath \
  -Dmdep.outputFile="$PWD/target/jmh/classpath.txt" >/dev/null
cp="studykb-eval/target/test-classes:studykb-eval/target/classes:$(cat target/jmh/classpath.txt)"
args=("$@")
[ ${#args[@]} -gt 0 ] || args=(-f 1 -wi 2 -w 2s -i 3 -r 3s "org.studykb.bench.*Benchmark")
java -Xmx${BENCH_HEAP:-2g} -cp "$cp" org.openjdk.jmh.Main "${args[@]}" -rf text -rff target/jmh/result.txt \
  | tee target/jmh/log.txt

{
  echo "<!-- jmh -->"
  echo "## JMH"
  echo
  echo "\`scripts/jmh.sh $*\` on $(date -u +%Y-%m-%dT%H:%MZ), commit $(git rev-parse --short HEAD), $(nproc) cores,"
  echo "$(java -version 2>&1 | head -1). AnalyzerBenchmark: one op analyses 20,000 characters of the reports"
  echo "(chars/s = 20,000 × ops/s). QueryPathBenchmark: one op is one eval query over the demo corpus index."
  echo "The machine is shared: load average $(cut -d' ' -f1-3 /proc/loadavg) at the end of the run."
  echo
  echo '```'
  cat target/jmh/result.txt
  echo '```'
  echo "<!-- /jmh -->"
} > target/jmh/section.md
doc=docs/benchmarks.md
[ -f "$doc" ] || printf '# Benchmarks\n\n<!-- kept -->\n' > "$doc"
grep -q '^<!-- kept -->$' "$doc" || printf '\n<!-- kept -->\n' >> "$doc"
if grep -q '^<!-- jmh -->$' "$doc"; then
  awk '
    $0 == "<!-- jmh -->" { while ((getline line < "target/jmh/section.md") > 0) print line; skip = 1; next }
    $0 == "<!-- /jmh -->" { skip = 0; next }
    !skip { print }' "$doc" > "$doc.new"
else
  { cat "$doc"; echo; cat target/jmh/section.md; } > "$doc.new"
fi
mv "$doc.new" "$doc"
echo "jmh: wrote the JMH section of $doc" >&2
