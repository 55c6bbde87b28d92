#!/usr/bin/env bash
# Checks scripts/serve.sh and scripts/studykb.sh, the launch run.sh and WebBench use, on a copy of target/studykb.jar (built by mvn verify):
# it prepares a fresh run folder (extracted jar + class-data-sharing archive), serve starts from it with the archive
# in use (-Xshare:on makes the JVM refuse to start otherwise), readiness says UP, a search with a token is answered,
# SIGTERM stops it with exit code 0, and a changed jar makes the folder again. Called by scripts/test.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f target/studykb.jar ] || { echo "test-serve-launch: no target/studykb.jar" >&2; exit 2; }
work=$(mktemp -d)
pid=
cleanup() {
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then kill "$pid"; wait "$pid" || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
fail() {
  echo "test-serve-launch: FAILED: $*" >&2
  [ -f "$work/serve.log" ] && tail -40 "$work/serve.log" >&2
  exit 1
}
export STUDYKB_JAR=$work/studykb.jar STUDYKB_RUN_DIR=$work/run
cp target/studykb.jar "$STUDYKB_JAR"

bash scripts/serve.sh --prepare 2>"$work/prepare.err" || fail "prepare: $(cat "$work/prepare.err")"
grep -q preparing "$work/prepare.err" || fail "a fresh run folder was not prepared"
[ -s "$work/run/app.jsa" ] || fail "no archive made; training log: $(tail -5 "$work/run/training.log")"
[ -f "$work/run/app/studykb.jar" ] || fail "no extracted jar"
bash scripts/serve.sh --prepare 2>"$work/prepare.err" || fail "second prepare"
! grep -q preparing "$work/prepare.err" || fail "an up-to-date run folder was prepared again"

token=$(java -jar "$STUDYKB_JAR" users token launch --create 党员 --data "$work/data" | tail -1)
port=$((20000 + RANDOM % 20000))
JAVA_OPTS="-Xmx512m -Xshare:on" bash scripts/serve.sh --data "$work/data" --config indexer --port "$port" \
  >"$work/serve.log" 2>&1 &
pid=$!
base=http://127.0.0.1:$port
for _ in $(seq 1200); do
  kill -0 "$pid" 2>/dev/null || fail "serve exited"
  [ "$(curl -s -o /dev/null -w '%{http_code}' "$base/actuator/health/readiness")" = 200 ] && break
  sleep 0.1
done
[ "$(curl -s -o /dev/null -w '%{http_code}' "$base/actuator/health/readiness")" = 200 ] || fail "not ready in 120 s"
code=$(curl -s -o "$work/search.json" -w '%{http_code}' -H "Authorization: Bearer $token" --get \
  --data-urlencode q=学习 "$base/api/search")
[ "$code" = 200 ] || fail "/api/search answered $code: $(cat "$work/search.json")"
grep -q '"total"\|"hits"' "$work/search.json" || fail "/api/search body: $(head -c 300 "$work/search.json")"
tr '\0' ' ' </proc/"$pid"/cmdline | grep -q -- "-XX:SharedArchiveFile=$work/run/app.jsa -jar $work/run/app/studykb.jar serve" \
  || fail "serve is not the java process started from the run folder: $(tr '\0' ' ' </proc/"$pid"/cmdline)"
kill "$pid"
rc=0
wait "$pid" || rc=$?
pid=
[ "$rc" = 0 ] || [ "$rc" = 143 ] || fail "serve stopped with exit code $rc"

# another command: its first run writes its archive at exit, the next starts from it (-Xshare:on refuses to start
# without it), and what it prints is what java -jar prints
mkdir -p "$work/corpus"
cp corpus/群众路线/征求意见建议汇总.docx corpus/学习调研/郑伟体会发言.txt "$work/corpus/"
bash scripts/studykb.sh index --corpus "$work/corpus" --data "$work/idx1" --config indexer >"$work/index1.out" 2>"$work/index1.err" \
  || fail "studykb.sh index: $(tail -5 "$work/index1.err")"
[ -s "$work/run/app-index.jsa" ] || fail "the first index run wrote no archive: $(tail -5 "$work/index1.err")"
JAVA_OPTS="-Xshare:on" bash scripts/studykb.sh index --corpus "$work/corpus" --data "$work/idx2" --config indexer \
  >"$work/index2.out" 2>"$work/index2.err" || fail "index from its archive: $(tail -5 "$work/index2.err")"
grep -q "索引完成：2 个文件，新增 2" "$work/index2.out" || fail "index from its archive printed: $(cat "$work/index2.out")"
bash scripts/studykb.sh search --data "$work/idx2" --config indexer --json 意见 >"$work/search-script.json" 2>/dev/null \
  || fail "studykb.sh search"
java -jar "$STUDYKB_JAR" search --data "$work/idx2" --config indexer --json 意见 >"$work/search-jar.json" 2>/dev/null \
  || fail "java -jar search"
# the same answer apart from the time it took
diff <(grep -v '"tookMs"' "$work/search-script.json") <(grep -v '"tookMs"' "$work/search-jar.json") >"$work/search.diff" \
  || fail "search --json through studykb.sh differs from java -jar: $(head -5 "$work/search.diff")"
grep -q '"total" : [1-9]' "$work/search-script.json" || fail "search --json printed: $(head -c 300 "$work/search-script.json")"

touch "$STUDYKB_JAR"
bash scripts/serve.sh --prepare 2>"$work/prepare.err" || fail "prepare after the jar changed"
grep -q preparing "$work/prepare.err" || fail "a changed jar did not make the run folder again"
[ ! -e "$work/run/app-index.jsa" ] || fail "a changed jar kept the old archive of index"
echo "test-serve-launch: ok (extracted jar + archive prepared, serve answered a search from them; index wrote its archive and ran from it; search --json as java -jar prints it; a new jar prepared again)"
