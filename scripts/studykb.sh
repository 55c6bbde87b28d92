#!/usr/bin/env bash
# Runs a studykb command the way the product runs: from the jar extracted to a plain class path (target/run/app/)
# with a class-data-sharing archive of the classes that command loads. Same commands, options, output and exit codes
# as `java -jar target/studykb.jar`; only the start is faster.
#
#   scripts/studykb.sh COMMAND [options]   e.g. scripts/studykb.sh index --corpus corpus --data data --config indexer
#   scripts/studykb.sh --prepare           only bring target/run/ up to date for serve (scripts/serve.sh --prepare)
#
#   STUDYKB_JAR      the jar, default target/studykb.jar
#   STUDYKB_RUN_DIR  where the extracted jar and the archives go, default target/run
#   JAVA_OPTS        JVM options, e.g. -Xmx1g
#   JAVA_HOME        the java to use, else java on the PATH
#
# The extracted jar is made when missing and made again (archives dropped) when the jar, the java binary or the
# folder changed. Archives, one per command (app.jsa for serve, app-COMMAND.jsa for the others):
# - serve's is made by a training start on an empty data folder that stops once the Spring context is refreshed
#   (-Dspring.context.exit=onRefresh), before the port is opened, after waiting for the start-up search warm-up
#   (-Dstudykb.warm-up=wait) so that the search code is in the archive too (~15 s, once);
# - any other command's is written at the exit of its first run after a build (-XX:ArchiveClassesAtExit), which
#   makes that run a second or two longer; the runs after it start from the archive.
# When an archive cannot be made the command still runs, from the extracted jar without it, and says so once. The
# class path is absolute: an archive records it. JVM warnings go to stderr, so a command's standard output (JSON,
# TREC runs) is exactly the jar's.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
jar=$(realpath "${STUDYKB_JAR:-$root/target/studykb.jar}")
run=${STUDYKB_RUN_DIR:-$root/target/run}
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
[ -f "$jar" ] || { echo "studykb.sh: no $jar (build it with: mvn -DskipTests package)" >&2; exit 2; }
[ $# -gt 0 ] || { echo "usage: scripts/studykb.sh COMMAND [options] | --prepare" >&2; exit 2; }
mkdir -p "$run"
run=$(realpath "$run")
java_bin=$(realpath "$(command -v "$java")")
# the tools extract keeps the jar's file name
app_jar=$run/app/$(basename "$jar")
# JVM messages (class-data sharing among them) to stderr, never into a command's output
jvm_log=(-Xlog:disable -Xlog:all=warning:stderr)

# what the extracted jar and the archives were made from; any change makes them again
stamp() {
  printf '%s\n' "$jar" "$(stat -c '%s %Y' "$jar")" "$run" "$java_bin" \
    "$(stat -c '%s %Y' "$(dirname "$java_bin")/../lib/modules" 2>/dev/null || echo no-modules)"
}

extract() {
  local want
  want=$(stamp)
  [ "$(cat "$run/stamp" 2>/dev/null)" = "$want" ] && return 0
  echo "studykb.sh: preparing $run from $jar (once per build)" >&2
  rm -rf "$run/app" "$run"/app*.jsa "$run"/*.no-archive "$run/stamp"
  "$java" -Djarmode=tools -jar "$jar" extract --destination "$run/app" >/dev/null
  echo "$want" >"$run/stamp"
}

train_serve() {
  [ -f "$run/app.jsa" ] || [ -f "$run/serve.no-archive" ] && return 0
  echo "studykb.sh: making serve's class-data-sharing archive (once per build)" >&2
  local train
  train=$(mktemp -d)
  if "$java" "${jvm_log[@]}" -XX:ArchiveClassesAtExit="$run/app.jsa" -Dspring.context.exit=onRefresh \
      -Dstudykb.warm-up=wait -jar "$app_jar" serve --data "$train/data" --config "$root/indexer" --port 0 \
      >"$run/training.log" 2>&1 && [ -s "$run/app.jsa" ]; then
    :
  else
    echo "studykb.sh: no class-data-sharing archive for serve (see $run/training.log); serving without it" >&2
    rm -f "$run/app.jsa"
    : >"$run/serve.no-archive"
  fi
  rm -rf "$train"
}

command=$1
# one preparation at a time (two starts at once, or a test beside a user)
exec 9>"$run/.lock"
flock 9
extract
if [ "$command" = --prepare ]; then
  train_serve
  exit 0
fi
[ "$command" = serve ] && train_serve
flock -u 9
exec 9>&-

case "$command" in
  serve) archive=$run/app.jsa ;;
  -*) archive= ;; # --help, --version: nothing to keep
  *) archive=$run/app-$command.jsa ;;
esac

# shellcheck disable=SC2086  # JAVA_OPTS is a list of options
if [ -z "$archive" ] || [ -f "$archive" ]; then
  cds=()
  [ -n "$archive" ] && cds=(-XX:SharedArchiveFile="$archive")
  exec "$java" ${JAVA_OPTS:-} "${jvm_log[@]}" "${cds[@]}" -jar "$app_jar" "$@"
fi
if [ -f "$run/$command.no-archive" ]; then
  exec "$java" ${JAVA_OPTS:-} "${jvm_log[@]}" -jar "$app_jar" "$@"
fi
# the first run of this command after a build writes its archive at exit (to a name of its own, then moved: two
# first runs at once never leave half an archive)
partial=$archive.$$
set +e
"$java" ${JAVA_OPTS:-} "${jvm_log[@]}" -XX:ArchiveClassesAtExit="$partial" -jar "$app_jar" "$@"
rc=$?
set -e
if [ -s "$partial" ]; then
  mv -f "$partial" "$archive"
else
  rm -f "$partial"
  echo "studykb.sh: no class-data-sharing archive for $command; it runs without one" >&2
  : >"$run/$command.no-archive"
fi
exit "$rc"
