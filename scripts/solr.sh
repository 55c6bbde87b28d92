#!/usr/bin/env bash
# Runs a studykb command with the SolrCloud backend on the class path: the product jar as it is, plus
# target/solr-lib (studykb-solr's jar and the libraries the product jar lacks, Jetty 10's HTTP/2 client among them),
# added by Spring Boot's PropertiesLauncher (-Dloader.path). Same commands, options, output and exit codes as
# `java -jar target/studykb.jar`; `--backend solr` then finds the Solr backend.
#
#   scripts/solr.sh index  --backend solr --solr http://localhost:8983/solr --corpus corpus --data data
#   scripts/solr.sh search --backend solr --solr http://localhost:8983/solr "民主生活会"
#   scripts/solr.sh problems --backend solr --zk zk1:2181,zk2:2181/solr --json
#   scripts/solr.sh serve --backend solr --solr http://localhost:8983/solr --data data --port 8080
#
#   JAVA_OPTS   JVM options, e.g. -Xmx1g
# Builds the jar and target/solr-lib when either is missing (MVN_FLAGS=-o for an offline build).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
if [ ! -f "$root/target/studykb.jar" ] || [ ! -f "$root/target/solr-lib/studykb-solr.jar" ]; then
  (cd "$root" && mvn -q -B ${MVN_FLAGS:-} -DskipTests -pl studykb-solr -am package) >&2
fi
# shellcheck disable=SC2086
exec "${JAVA_HOME:+$JAVA_HOME/bin/}java" ${JAVA_OPTS:-} -Dfile.encoding=UTF-8 -Dloader.path="$root/target/solr-lib" \
  -cp "$root/target/studykb.jar" org.springframework.boot.loader.launch.PropertiesLauncher "$@"
