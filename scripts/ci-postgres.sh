#!/usr/bin/env bash
# A local PostgreSQL for the store tests (StorePostgresTest): installs Debian's postgresql package if needed,
# starts the cluster, creates (or re-keys) user studykb and database studykb_test, and exports
#   STUDYKB_TEST_PG_URL=jdbc:postgresql://localhost:PORT/studykb_test?user=studykb&password=…
# Use it either way:
#   . scripts/ci-postgres.sh              # sourced: the variable is exported into this shell
#   eval "$(scripts/ci-postgres.sh)"      # run: prints the export line on stdout (progress goes to stderr)
# Needs root (or sudo) to install and to act as the postgres user.

studykb_pg_setup() (
  set -euo pipefail
  log() { echo "ci-postgres: $*" >&2; }
  as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
  as_postgres() {
    if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else sudo -u postgres "$@"; fi
  }

  if ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
    log "installing postgresql (apt-get)"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql >&2
  fi
  version=$(ls /usr/lib/postgresql | sort -V | tail -n 1)
  if ! pg_lsclusters -h | awk '{print $1" "$2}' | grep -qx "$version main"; then
    log "creating cluster $version/main"
    as_root pg_createcluster "$version" main >&2
  fi
  if ! pg_lsclusters -h | awk -v v="$version" '$1==v && $2=="main" {print $4}' | grep -q online; then
    log "starting cluster $version/main"
    as_root pg_ctlcluster "$version" main start >&2
  fi
  port=$(pg_lsclusters -h | awk -v v="$version" '$1==v && $2=="main" {print $3}')
  for _ in $(seq 1 30); do
    as_postgres pg_isready -q -p "$port" && break
    sleep 1
  done
  password=$(head -c 18 /dev/urandom | od -An -tx1 | tr -d ' \n')
  as_postgres psql -q -p "$port" -v ON_ERROR_STOP=1 -v pw="$password" >&2 <<'SQL'
SELECT format('CREATE ROLE studykb LOGIN PASSWORD %L', :'pw')
 WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'studykb') \gexec
SELECT format('ALTER ROLE studykb LOGIN PASSWORD %L', :'pw') \gexec
SELECT 'CREATE DATABASE studykb_test OWNER studykb ENCODING ''UTF8'' TEMPLATE template0'
 WHERE NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = 'studykb_test') \gexec
SQL
  log "PostgreSQL $version on port $port, database studykb_test, user studykb"
  echo "jdbc:postgresql://localhost:$port/studykb_test?user=studykb&password=$password"
)

if [ "${BASH_SOURCE[0]}" != "$0" ]; then
  STUDYKB_TEST_PG_URL=$(studykb_pg_setup) && export STUDYKB_TEST_PG_URL
else
  url=$(studykb_pg_setup) || exit 1
  echo "export STUDYKB_TEST_PG_URL='$url'"
fi
