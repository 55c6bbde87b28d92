#!/usr/bin/env bash
# Starts `serve` the way the product runs: scripts/studykb.sh serve (the jar extracted to a plain class path in
# target/run/app/ and a class-data-sharing archive, target/run/app.jsa, of the classes start-up loads; both made when
# missing or out of date, which takes one extra start, ~15 s, once per build). See scripts/studykb.sh.
#
#   scripts/serve.sh [serve options]     e.g. scripts/serve.sh --data data --config indexer --port 8080
#   scripts/serve.sh --prepare           only bring target/run/ up to date
#
#   STUDYKB_JAR, STUDYKB_RUN_DIR, JAVA_OPTS, JAVA_HOME as for scripts/studykb.sh
set -euo pipefail
here=$(dirname "$0")
if [ "${1:-}" = --prepare ]; then
  exec bash "$here/studykb.sh" --prepare
fi
exec bash "$here/studykb.sh" serve "$@"
