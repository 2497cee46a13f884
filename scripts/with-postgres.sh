#!/usr/bin/env bash
# Starts a throwaway PostgreSQL cluster on a loopback port, runs the given command with
# SECRETPRO_TEST_POSTGRES_URL pointing at it, and always stops the cluster afterwards.
set -euo pipefail
PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
PGROOT=$(mktemp -d /tmp/secretpro-pg.XXXXXX)
PGPORT=${SECRETPRO_TEST_PGPORT:-54329}
cleanup() {
  runuser -u postgres -- "$PGBIN/pg_ctl" -D "$PGROOT/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$PGROOT"
}
trap cleanup EXIT
chown postgres:postgres "$PGROOT"; chmod 700 "$PGROOT"
echo test > "$PGROOT/pwfile"; chown postgres "$PGROOT/pwfile"
runuser -u postgres -- "$PGBIN/initdb" -D "$PGROOT/data" -U postgres --pwfile="$PGROOT/pwfile" \
  --auth-local=peer --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 >"$PGROOT/initdb.log"
runuser -u postgres -- "$PGBIN/pg_ctl" -D "$PGROOT/data" -l "$PGROOT/server.log" -w -t 30 \
  -o "-c listen_addresses=127.0.0.1 -p $PGPORT -k $PGROOT -c fsync=off -c max_connections=200" start >/dev/null
PGPASSWORD=test psql -h 127.0.0.1 -p "$PGPORT" -U postgres -qc "CREATE DATABASE secretpro_test"
export SECRETPRO_TEST_POSTGRES_URL="postgresql+psycopg://postgres:test@127.0.0.1:$PGPORT/secretpro_test"
"$@"
