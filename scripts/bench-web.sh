#!/usr/bin/env bash
# What a search page costs to render, measured from outside with curl against a running server:
# median, p95 and max of the results page (/search) and, for comparison, of the JSON API (/api/search),
# over every query of a list, after one unmeasured warm-up pass.
#
#   scripts/bench-web.sh QUERIES [BASE_URL] [ROUNDS]
#     QUERIES   one query per line, or qid<TAB>query (scripts/eval/topics.tsv); blank and # lines skipped
#     BASE_URL  default http://localhost:8080
#     ROUNDS    measured passes over the list, default 5
#
# Start a server first, e.g. scripts/run.sh (or: java -jar target/studykb.jar serve --data data).
# STUDYKB_AUTH, when set (e.g. "Bearer abc"), is sent as the Authorization header of every request.
set -euo pipefail
if [ $# -lt 1 ] || [ ! -r "$1" ]; then
  sed -n '2,13p' "$0" >&2
  exit 2
fi
queries_file=$1
base=${2:-http://localhost:8080}
rounds=${3:-5}
command -v curl >/dev/null || { echo "bench-web: curl is needed" >&2; exit 2; }
auth=()
if [ -n "${STUDYKB_AUTH:-}" ]; then auth=(-H "Authorization: $STUDYKB_AUTH"); fi

mapfile -t queries < <(grep -v '^[[:space:]]*\(#\|$\)' "$queries_file" | awk -F'\t' '{ print (NF > 1 ? $2 : $1) }')
[ "${#queries[@]}" -gt 0 ] || { echo "bench-web: no queries in $queries_file" >&2; exit 2; }
curl -fsS "${auth[@]}" -o /dev/null "$base/" || { echo "bench-web: no server answering at $base" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# one request: prints "<http status> <milliseconds>"
fetch() {
  curl -s "${auth[@]}" -o /dev/null -w '%{http_code} %{time_total}\n' --get --data-urlencode "q=$2" "$base$1" \
    | awk '{ printf "%s %.2f\n", $1, $2 * 1000 }'
}

for q in "${queries[@]}"; do
  fetch /search "$q" >/dev/null
  fetch /api/search "$q" >/dev/null
done
for ((r = 1; r <= rounds; r++)); do
  for q in "${queries[@]}"; do
    fetch /search "$q" >>"$work/page"
    fetch /api/search "$q" >>"$work/api"
  done
done

summary() {
  local label=$1 file=$2
  local errors
  errors=$(awk '$1 != 200' "$file" | wc -l)
  awk '{ print $2 }' "$file" | sort -n | awk -v label="$label" -v errors="$errors" '
    { t[NR] = $1; sum += $1 }
    END {
      n = NR
      median = (n % 2) ? t[(n + 1) / 2] : (t[n / 2] + t[n / 2 + 1]) / 2
      p = int(0.95 * n + 0.999999); if (p < 1) p = 1; if (p > n) p = n
      printf "%-22s %6d %10.1f %10.1f %10.1f %10.1f %7d\n", label, n, median, t[p], t[n], sum / n, errors
    }'
}

echo "bench-web: ${#queries[@]} queries × $rounds rounds against $base ($(date -u +%Y-%m-%dT%H:%MZ))"
printf "%-22s %6s %10s %10s %10s %10s %7s\n" "endpoint" "n" "median ms" "p95 ms" "max ms" "mean ms" "errors"
summary "/search (page)" "$work/page"
summary "/api/search (JSON)" "$work/api"
