#!/usr/bin/env bash
# Load on a running server: wrk drives GET /api/search from CONNECTIONS connections for DURATION, rotating
# over every query of scripts/eval/topics.tsv (as is, by date, page 2, with a type filter: 4 x 76 requests),
# while a second loop uploads new files through POST /api/upload, so the index grows and the searchers reopen
# during the run. Prints requests/s, p50/p99 latency, errors (non-2xx + socket errors) and uploads; exits 1 when
# any request failed.
#
#   scripts/load.sh [BASE_URL]        default http://localhost:8080
#   DURATION=60s CONNECTIONS=32 THREADS=2 TIMEOUT=30s TOPICS=scripts/eval/topics.tsv scripts/load.sh
#   (a request unanswered after TIMEOUT is a socket error, so an error)
#   STUDYKB_AUTH="Bearer abc" scripts/load.sh    sends Authorization: $STUDYKB_AUTH on every request
#
# Start a server first, for example:
#   java -jar target/studykb.jar index --corpus corpus --data /tmp/studykb-load
#   java -jar target/studykb.jar serve --data /tmp/studykb-load --port 8080
# wrk: apt-get install -y wrk
set -euo pipefail
cd "$(dirname "$0")/.."
base=${1:-http://localhost:8080}
duration=${DURATION:-60s}
connections=${CONNECTIONS:-32}
threads=${THREADS:-2}
timeout=${TIMEOUT:-30s}
topics=${TOPICS:-scripts/eval/topics.tsv}
command -v wrk >/dev/null || { echo "load: wrk is needed (apt-get install -y wrk)" >&2; exit 2; }
command -v curl >/dev/null || { echo "load: curl is needed" >&2; exit 2; }
[ -r "$topics" ] || { echo "load: cannot read $topics" >&2; exit 2; }

auth=()
if [ -n "${STUDYKB_AUTH:-}" ]; then
  auth=(-H "Authorization: $STUDYKB_AUTH")
fi
curl -fsS -o /dev/null "${auth[@]}" "$base/api/search?q=x" || { echo "load: no server answering at $base" >&2; exit 2; }

work=$(mktemp -d)
uploader=
cleanup() {
  if [ -n "$uploader" ]; then kill "$uploader" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

# new documents for the uploads: the demo corpus sources, each made unique by a first line with run and number
mapfile -t sources < <(find scripts/corpus/src -name '*.txt' | sort)
[ "${#sources[@]}" -gt 0 ] || { echo "load: no sources under scripts/corpus/src" >&2; exit 2; }
run_id=$(date +%s)
echo "0 0" > "$work/uploads"
upload_loop() {
  local i=0 ok=0 failed=0 file code
  while :; do
    file="$work/load-$i.txt"
    { printf '负载测试材料 %s-%d\n\n' "$run_id" "$i"; cat "${sources[$((i % ${#sources[@]}))]}"; } > "$file"
    code=$(curl -s -o /dev/null -w '%{http_code}' "${auth[@]}" -F "files=@$file;type=text/plain" "$base/api/upload" || echo 000)
    if [ "$code" = 200 ]; then ok=$((ok + 1)); else failed=$((failed + 1)); fi
    i=$((i + 1))
    echo "$ok $failed" > "$work/uploads"
  done
}
upload_loop &
uploader=$!

LOAD_TOPICS="$topics" wrk -t"$threads" -c"$connections" -d"$duration" --timeout "$timeout" --latency \
  -s scripts/load/search.lua "$base" > "$work/wrk.txt"
kill "$uploader" 2>/dev/null || true
wait "$uploader" 2>/dev/null || true
uploader=

read -r up_ok up_failed < "$work/uploads" || { up_ok=0; up_failed=0; }
line=$(grep '^LOAD ' "$work/wrk.txt") || { cat "$work/wrk.txt" >&2; echo "load: wrk gave no summary" >&2; exit 1; }
value() { sed -n "s/.* $1=\([^ ]*\).*/\1/p" <<<"$line"; }
errors=$(( $(value non2xx) + $(value socket_errors) ))
echo "studykb load: $base, $connections connections, $threads threads, $duration, $(value paths) distinct requests"
printf '  requests      %s in %s s\n' "$(value requests)" "$(value seconds)"
printf '  requests/s    %s\n' "$(value rps)"
printf '  latency       p50 %s ms, p99 %s ms, max %s ms\n' "$(value p50_ms)" "$(value p99_ms)" "$(value max_ms)"
printf '  errors        %s (non-2xx %s, socket %s)\n' "$errors" "$(value non2xx)" "$(value socket_errors)"
printf '  uploads       %s indexed during the run, %s refused\n' "$up_ok" "$up_failed"
[ "$errors" -eq 0 ] || exit 1
