#!/usr/bin/env bash
# Suggestion latency of this checkout against a base commit, in one run, on the same index: the demo corpus and
# ScaledCorpus sizes, with a tenth of the documents 内部 (see below) so that a 党员's suggestions must leave them out.
#
#   scripts/bench-suggest.sh [SIZES...]   default: demo 10000   (demo = corpus/; a number = ScaledCorpus documents)
#   BASE=COMMIT                           default 23628c4, the last commit that scanned every title per keystroke
#   RUNS=N                                default 3: base and this checkout alternate, N runs each; each cell is
#                                         the median of the runs (element by element for "p50 / p95 / p99")
#   ROUNDS=N                              default 10 measured rounds over the prefixes in each run
#
# Each run is org.studykb.bench.SuggestBench in a fresh JVM: every prefix of the eval queries (1–8 characters) and
# of their first word's pinyin, eight suggestions, as 党员 and as 管理员, timed by the clock and by the thread's CPU
# time (which the other programs on a shared machine hardly stretch). The base jar is built once from
# `git archive BASE` under target/bench-suggest/ and SuggestBench (which uses only public API the base already had)
# is run against its classes. The index is built once per size by this checkout's `index`, with a copy of indexer/
# whose access.yml makes 分析检查/** (demo) or unit03/** 领导-only and unit07/** 撰写-only (scaled). The table
# also counts the prefixes whose answers differ between base and this checkout. Prints a Markdown table.
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(demo 10000)
base=${BASE:-23628c4}
runs=${RUNS:-3}
rounds=${ROUNDS:-10}
reports=${STUDYKB_REPORTS:-../shared/data/reports}
work=target/bench-suggest
mkdir -p "$work"

jar=target/studykb.jar
if [ ! -f "$jar" ] || [ ! -f target/eval-lib/studykb-eval.jar ] || [ -n "$(find studykb-*/src/main pom.xml studykb-*/pom.xml -newer "$jar" -type f -print -quit)" ]; then
  mvn -q -B -DskipTests -pl studykb-eval -am package
fi
base_jar=$work/base-$base.jar
if [ ! -f "$base_jar" ]; then
  rm -rf "$work/base-src" && mkdir -p "$work/base-src"
  git archive "$base" | tar -x -C "$work/base-src"
  (cd "$work/base-src" && mvn -q -B -DskipTests package)
  cp "$work/base-src/target/studykb.jar" "$base_jar"
  rm -rf "$work/base-src"
fi
extract() { # jar dir: the jar's classes and libraries as a plain class path
  if [ ! -d "$2" ] || [ "$1" -nt "$2" ]; then
    rm -rf "$2" && mkdir -p "$2" && (cd "$2" && unzip -q "$(realpath "$OLDPWD/$1")" 'BOOT-INF/*')
    touch "$2"
  fi
}
extract "$jar" "$work/new"
extract "$base_jar" "$work/base"
# SuggestBench lives in target/eval-lib/studykb-eval.jar (studykb-eval); the base runs this same class
rm -rf "$work/bench-classes" && mkdir -p "$work/bench-classes"
(cd "$work/bench-classes" && unzip -q "$(realpath "$OLDPWD/target/eval-lib/studykb-eval.jar")" 'org/studykb/bench/SuggestBench*')
cp_new="$work/bench-classes:$work/new/BOOT-INF/classes:$work/new/BOOT-INF/lib/*"
cp_base="$work/bench-classes:$work/base/BOOT-INF/classes:$work/base/BOOT-INF/lib/*"

median() { # the values on stdin, one a line ("a / b / c" element by element)
  awk -F' / ' '{ for (i = 1; i <= NF; i++) { gsub(/,/, "", $i); v[i, NR] = $i } n = NR; f = NF }
    END { for (i = 1; i <= f; i++) { delete a; for (r = 1; r <= n; r++) a[r] = v[i, r] + 0
            for (x = 1; x <= n; x++) for (y = x + 1; y <= n; y++) if (a[y] < a[x]) { t = a[x]; a[x] = a[y]; a[y] = t }
            m = (n % 2) ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
            printf "%s%s", (i > 1 ? " / " : ""), (m >= 100 ? sprintf("%d", m) : sprintf(m < 10 ? "%.2f" : "%.1f", m)) }
          print "" }'
}

echo "| measure | size | base $base | $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- studykb-*/src || echo '+uncommitted') | ratio (last figure) |"
echo "|---|---|---:|---:|---:|"
for n in "${sizes[@]}"; do
  data=$work/data-$n config=$work/config-$n
  if [ ! -d "$data/index" ]; then
    rm -rf "$config" "$data" && cp -r indexer "$config"
    if [ "$n" = demo ]; then
      corpus=corpus
      printf 'rules:\n  - path: "分析检查/**"\n    roles: [LEADER]\n' > "$config/access.yml"
    else
      corpus=$work/corpus-$n
      rm -rf "$corpus"
      java -cp "$cp_new" org.studykb.bench.ScaledCorpus "$corpus" "$n" scripts/corpus/src "$reports" >&2
      printf 'rules:\n  - path: "unit03/**"\n    roles: [LEADER]\n  - path: "unit07/**"\n    roles: [WRITER]\n' \
        > "$config/access.yml"
    fi
    java -Xmx2g -jar "$jar" index --corpus "$corpus" --data "$data" --config "$config" > "$work/index-$n.log" 2>&1
  fi
  for r in $(seq 1 "$runs"); do
    for impl in base new; do
      cp_var=cp_$impl
      java -Xmx1g -cp "${!cp_var}" -Dlogback.configurationFile=scripts/eval/logback.xml org.studykb.bench.SuggestBench \
        "$data" scripts/eval/topics.tsv "$config" "$rounds" "$work/answers-$n-$impl.txt" \
        > "$work/out-$n-$impl-$r.txt" 2> "$work/log-$n-$impl-$r.txt"
    done
  done
  differ=$(paste -d '\n' "$work/answers-$n-base.txt" "$work/answers-$n-new.txt" | paste - - | awk -F'\t' '$3 != $6' | wc -l)
  total=$(wc -l < "$work/answers-$n-new.txt")
  cut -f2 "$work/out-$n-new-1.txt" | while IFS= read -r key; do
    b=$(cat "$work"/out-"$n"-base-*.txt | awk -F'\t' -v k="$key" '$2 == k { print $3 }')
    w=$(cat "$work"/out-"$n"-new-*.txt | awk -F'\t' -v k="$key" '$2 == k { print $3 }')
    case "$key" in *×*) echo "| $key | $n | $(echo "$b" | head -1) | $(echo "$w" | head -1) | |"; continue ;; esac
    mb=$(echo "$b" | median) mw=$(echo "$w" | median)
    ratio=$(awk -v b="${mb##* }" -v w="${mw##* }" 'BEGIN { if (b > 0) printf "%.2f×", w / b }')
    echo "| $key | $n | $mb | $mw | $ratio |"
  done
  echo "| answers that differ (viewer × prefix) | $n | | $differ of $total | |"
done
