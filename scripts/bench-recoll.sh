#!/usr/bin/env bash
# Wall time of `index` beside Recoll's `recollindex` on the same files (issue 12): a copy of a collection without
# its image-only PDFs (Recoll does no OCR by default, so both read the same text), each run into a fresh folder,
# the two tools alternating, RUNS runs each; prints every run and the medians and their ratio.
#
#   scripts/bench-recoll.sh [CORPUS]     default ../shared/data/linchuan/corpus
#   RUNS=5                               runs per tool
#   LAUNCH=script|jar                    how `index` is started: scripts/studykb.sh (default: the extracted jar with
#                                        its class-data-sharing archive, prepared by one untimed run first, as a user's
#                                        first run after a build prepares it) or plain java -jar target/studykb.jar
#
# Needs Debian's recoll and the helpers it reads office files with:
#   apt-get install recoll antiword catdoc unrtf poppler-utils python3-lxml
# The command a user runs is what is timed: the JVM's start and the whole run, not only the indexing loop.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
corpus=$(realpath "${1:-$root/../shared/data/linchuan/corpus}")
runs=${RUNS:-5}
command -v recollindex >/dev/null || { echo "bench-recoll.sh: recollindex is missing (apt-get install recoll antiword catdoc unrtf poppler-utils python3-lxml)" >&2; exit 2; }
command -v pdftotext >/dev/null || { echo "bench-recoll.sh: pdftotext is missing (apt-get install poppler-utils)" >&2; exit 2; }
jar=$root/target/studykb.jar
[ -f "$jar" ] || { echo "bench-recoll.sh: no $jar (build it with: mvn -DskipTests package)" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
files=$work/files
mkdir -p "$files"
cp -r "$corpus"/. "$files"/
# image-only PDFs: no text layer at all
skipped=0
while IFS= read -r -d '' pdf; do
  if [ "$(pdftotext "$pdf" - 2>/dev/null | tr -d '[:space:]' | wc -c)" -eq 0 ]; then
    echo "left out (image only): ${pdf#"$files"/}"
    rm -f "$pdf"
    skipped=$((skipped + 1))
  fi
done < <(find "$files" -type f -iname '*.pdf' -print0)
echo "files: $(find "$files" -type f | wc -l) (image-only PDFs left out: $skipped), $(du -sh "$files" | cut -f1)"

seconds() { local s e; s=$(date +%s.%N); "$@" >/dev/null 2>&1 || { echo "failed: $*" >&2; return 1; }; e=$(date +%s.%N); echo "$e - $s" | bc; }
median() { sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }

recoll_run() {
  local conf=$work/recoll-$1
  rm -rf "$conf"; mkdir -p "$conf"
  printf 'topdirs = %s\nloglevel = 1\n' "$files" >"$conf/recoll.conf"
  recollindex -c "$conf" -z
}
launch=${LAUNCH:-script}
case "$launch" in
  script) export STUDYKB_JAR=$jar STUDYKB_RUN_DIR=$work/run ;;
  jar) ;;
  *) echo "bench-recoll.sh: LAUNCH is script or jar, not $launch" >&2; exit 2 ;;
esac
studykb_run() {
  local data=$work/studykb-$1
  rm -rf "$data"
  if [ "$launch" = script ]; then
    bash "$root/scripts/studykb.sh" index --corpus "$files" --data "$data" --config "$root/indexer"
  else
    java -jar "$jar" index --corpus "$files" --data "$data" --config "$root/indexer"
  fi
}
if [ "$launch" = script ]; then
  echo "preparing scripts/studykb.sh (extracted jar, class-data-sharing archive of index): one untimed run"
  studykb_run prepare >/dev/null 2>&1
fi

: >"$work/recoll.txt"; : >"$work/studykb.txt"
for i in $(seq 1 "$runs"); do
  r=$(seconds recoll_run "$i"); s=$(seconds studykb_run "$i")
  echo "$r" >>"$work/recoll.txt"; echo "$s" >>"$work/studykb.txt"
  printf 'run %d  recollindex %6.2f s   studykb index %6.2f s\n' "$i" "$r" "$s"
done
rm_=$(median <"$work/recoll.txt"); sm=$(median <"$work/studykb.txt")
echo "studykb started by: $launch"
printf 'median  recollindex %6.2f s   studykb index %6.2f s   ratio %.2f×\n' "$rm_" "$sm" "$(echo "$sm / $rm_" | bc -l)"
