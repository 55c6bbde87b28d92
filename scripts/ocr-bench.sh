#!/usr/bin/env bash
# OCR of one scanned PDF: wall seconds per page, Tesseract CPU seconds per page and character error rate (CER)
# against the text the PDF was made from, for the code before (Tika OCRs page after page) and for our parallel
# page OCR at several resolutions (dpi), page-segmentation modes (psm) and languages.
#
#   scripts/ocr-bench.sh [RUNS] [CONFIG...]     default: 5 runs of the configurations below
#     CONFIG: before | threads:dpi:psm:languages, e.g. 2:150:3:chi_sim
#   OCR_PDF, OCR_SOURCE: the PDF and its UTF-8 source (default: linchuan's image-only scan)
#
# How CER is normalised is in OcrBench's Javadoc (studykb-app/src/test/java/org/studykb/ingest/OcrBench.java).
# Prints a Markdown table and writes it to the OCR section of docs/benchmarks.md (between "<!-- ocr -->" and
# "<!-- /ocr -->"); the texts each configuration produced go to target/ocr-bench/.
set -euo pipefail
cd "$(dirname "$0")/.."
data=${STUDYKB_LINCHUAN:-../shared/data/linchuan}
pdf=${OCR_PDF:-$data/corpus/rectify/关于教育实践活动整改落实回头看情况的报告.pdf}
source=${OCR_SOURCE:-$data/text/rectify/关于教育实践活动整改落实回头看情况的报告.txt}
runs=${1:-5}
[ $# -gt 0 ] && shift
configs=("$@")
[ ${#configs[@]} -gt 0 ] || configs=(before 2:300:1:chi_sim+eng 2:300:3:chi_sim+eng 2:200:3:chi_sim+eng
  2:150:3:chi_sim+eng 2:300:3:chi_sim 2:200:3:chi_sim 2:150:3:chi_sim 2:150:6:chi_sim 1:150:3:chi_sim)
mkdir -p target/ocr-bench
# one reactor run: compiled here, the analysis module is on the product's class path as its classes folder
mvn -q -B ${MVN_FLAGS:-} -pl studykb-app -am test-compile dependency:build-classpath \
  -Dmdep.outputFile="$PWD/target/ocr-bench/classpath.txt" >/dev/null
cp="studykb-app/target/test-classes:studykb-app/target/classes:$(cat target/ocr-bench/classpath.txt)"
java -Xmx1g -Dstudykb.log.level=WARN -cp "$cp" \
  org.studykb.ingest.OcrBench "$pdf" "$source" "$runs" "${configs[@]}" 2>target/ocr-bench/stderr.txt \
  | tee target/ocr-bench/table.md

{
  echo "<!-- ocr -->"
  echo "## OCR of a scanned PDF (issue 13, item 4)"
  echo
  echo "\`scripts/ocr-bench.sh $runs${configs[*]:+ ${configs[*]}}\` on $(date -u +%Y-%m-%dT%H:%MZ), commit $(git rev-parse --short HEAD),"
  echo "$(nproc) cores, $(tesseract --version 2>&1 | head -1). Generated: do not edit by hand."
  echo
  cat target/ocr-bench/table.md
  echo "<!-- /ocr -->"
} > target/ocr-bench/section.md
doc=docs/benchmarks.md
grep -q '^<!-- kept -->$' "$doc" || printf '\n<!-- kept -->\n' >> "$doc"
if grep -q '^<!-- ocr -->$' "$doc"; then
  awk '
    $0 == "<!-- ocr -->" { while ((getline line < "target/ocr-bench/section.md") > 0) print line; skip = 1; next }
    $0 == "<!-- /ocr -->" { skip = 0; next }
    !skip { print }' "$doc" > "$doc.new"
  mv "$doc.new" "$doc"
else
  { cat "$doc"; echo; cat target/ocr-bench/section.md; } > "$doc.new"
  mv "$doc.new" "$doc"
fi
echo "ocr-bench: wrote the OCR section of $doc" >&2
