#!/usr/bin/env bash
# Starts `serve` the way the product runs: from the jar extracted to a plain class path (target/run/app/) with a
# class-data-sharing archive (target/run/app.jsa) of the classes start-up loads. Both are made when missing, and
# made again when the jar, the java binary or the folder changed; making them takes one extra start (~15 s) once.
#
#   scripts/serve.sh [serve options]     e.g. scripts/serve.sh --data data --config indexer --port 8080
#   scripts/serve.sh --prepare           only bring target/run/ up to date
#
#   STUDYKB_JAR      the jar, default target/studykb.jar
#   STUDYKB_RUN_DIR  where the extracted jar and the archive go, default target/run
#   JAVA_OPTS        JVM options for serve, e.g. -Xmx1g
#   JAVA_HOME        the java to use, else java on the PATH
#
# The archive is made by a training start on an empty data folder that stops once the Spring context is refreshed
# (-Dspring.context.exit=onRefresh), before the port is opened, after waiting for the start-up search warm-up
# (-Dstudykb.warm-up=wait) so that the search code is in the archive too. When it cannot be made, serve still starts from
# the extracted jar, without the archive, and says so. The class path is absolute: the archive records it.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
jar=$(realpath "${STUDYKB_JAR:-$root/target/studykb.jar}")
run=${STUDYKB_RUN_DIR:-$root/target/run}
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
[ -f "$jar" ] || { echo "serve.sh: no $jar (build it with: mvn -DskipTests package)" >&2; exit 2; }
mkdir -p "$run"
run=$(realpath "$run")
java_bin=$(realpath "$(command -v "$java")")
# the tools extract keeps the jar's file name
app_jar=$run/app/$(basename "$jar")

# what the extracted jar and the archive were made from; any change makes them again
stamp() {
  printf '%s\n' "$jar" "$(stat -c '%s %Y' "$jar")" "$run" "$java_bin" \
    "$(stat -c '%s %Y' "$(dirname "$java_bin")/../lib/modules" 2>/dev/null || echo no-modules)"
}

prepare() {
  local want
  want=$(stamp)
  [ "$(cat "$run/stamp" 2>/dev/null)" = "$want" ] && return 0
  echo "serve.sh: preparing $run from $jar (once per build)" >&2
  rm -rf "$run/app" "$run/app.jsa" "$run/stamp"
  "$java" -Djarmode=tools -jar "$jar" extract --destination "$run/app" >/dev/null
  local train
  train=$(mktemp -d)
  if "$java" -XX:ArchiveClassesAtExit="$run/app.jsa" -Dspring.context.exit=onRefresh -Dstudykb.warm-up=wait -jar "$app_jar" \
      serve --data "$train/data" --config "$root/indexer" --port 0 >"$run/training.log" 2>&1 && [ -s "$run/app.jsa" ]; then
    :
  else
    echo "serve.sh: no class-data-sharing archive (see $run/training.log); serving without it" >&2
    rm -f "$run/app.jsa"
  fi
  rm -rf "$train"
  echo "$want" >"$run/stamp"
}

# one preparation at a time (two starts at once, or a test beside a user)
exec 9>"$run/.lock"
flock 9
prepare
flock -u 9
exec 9>&-
[ "${1:-}" = --prepare ] && exit 0

cds=()
[ -f "$run/app.jsa" ] && cds=(-XX:SharedArchiveFile="$run/app.jsa")
# shellcheck disable=SC2086  # JAVA_OPTS is a list of options
exec "$java" ${JAVA_OPTS:-} "${cds[@]}" -jar "$app_jar" serve "$@"
