#!/bin/bash
# A PostgreSQL primary and a streaming replica on this machine, and the load on the primary with and without
# Doorman's reads going to the replica (issue 15):
#  1. a fresh primary cluster on a free loopback port, and a second cluster made from it with `pg_basebackup -R`
#     (standby.signal and primary_conninfo written by pg_basebackup), streaming from it;
#  2. Doorman on the primary alone, the load generator with CLIENTS senders and READERS readers (inbox and request
#     pages); the statements and rows the primary served, from pg_stat_statements and pg_stat_database;
#  3. the same with --doorman.datasource.replica.url pointing at the replica: the same figures on both clusters.
# usage (from the project root, after ./mvnw -B -q -pl core,app,bench -am package -DskipTests):
#   bench/replica.sh [SECONDS]      (default 20; about 2 minutes plus 2 x SECONDS)
#   STAY=1 bench/replica.sh         only starts the two clusters, prints their URLs and leaves them running
# Environment: CLIENTS (4), READERS (8), MEMBERS (400), KEEP=1 keeps the temporary directory.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
seconds=${1:-20}
clients=${CLIENTS:-4}
readers=${READERS:-8}
members=${MEMBERS:-400}
require_built
work=$(mktemp -d /tmp/doorman-replica.XXXXXX)
chmod 755 "$work"
cleanup() {
    doorman_stop
    if [ "${STAY:-0}" != 1 ]; then pg_stop "$work/replica"; pg_stop "$work/primary"; fi
    [ "${KEEP:-0}" = 1 ] || [ "${STAY:-0}" = 1 ] && echo "kept $work" >&2 || rm -rf "$work"
}
trap cleanup EXIT

primary=$(free_port)
pg_init "$work/primary" "$primary"
pg_start "$work/primary"
psql_at "$primary" postgres -c "CREATE DATABASE doorman"
psql_at "$primary" doorman -c "CREATE EXTENSION pg_stat_statements"

replica=$(free_port)
mkdir -p "$work/replica" && { [ "$(id -u)" != 0 ] || chown postgres "$work/replica"; }
as_postgres "$PGBIN/pg_basebackup" -h 127.0.0.1 -p "$primary" -U postgres -D "$work/replica/data" -R -X stream -c fast \
    >"$work/replica/basebackup.log" 2>&1 || die "pg_basebackup failed, see $work/replica/basebackup.log"
as_postgres sed -i "s/^port = .*/port = $replica/; s|^unix_socket_directories = .*|unix_socket_directories = '$work/replica'|" \
    "$work/replica/data/postgresql.conf"
pg_start "$work/replica"
for _ in $(seq 1 60); do
    [ "$(psql_at "$primary" postgres -At -c "SELECT count(*) FROM pg_stat_replication WHERE state = 'streaming'")" = 1 ] && break
    sleep 0.5
done
echo "== primary 127.0.0.1:$primary, replica 127.0.0.1:$replica: $(psql_at "$primary" postgres -At -c \
    "SELECT state || ', ' || sync_state FROM pg_stat_replication")" >&2
primary_url="jdbc:postgresql://127.0.0.1:$primary/doorman?user=postgres"
replica_url="jdbc:postgresql://127.0.0.1:$replica/doorman?user=postgres"
if [ "${STAY:-0}" = 1 ]; then
    echo "primary: $primary_url"
    echo "replica: $replica_url"
    echo "stop with: runuser -u postgres -- $PGBIN/pg_ctl -D $work/replica/data stop; ... -D $work/primary/data stop"
    exit 0
fi

# served PORT: statements, their time and rows returned on one cluster since the last reset
served() {
    psql_at "$1" doorman -At -F' ' -c "SELECT (SELECT sum(calls) FROM pg_stat_statements),
        (SELECT round(sum(total_exec_time)::numeric) FROM pg_stat_statements),
        (SELECT tup_returned + tup_fetched FROM pg_stat_database WHERE datname = 'doorman')"
}
reset() { psql_at "$1" doorman -c "SELECT pg_stat_statements_reset(), pg_stat_reset()" >/dev/null; }

run() { # run LABEL [doorman arguments]
    local label=$1; shift
    local port; port=$(free_port)
    doorman_start "$work/doorman-$label.log" "$port" "$primary_url" "$@"
    # counted from here: the load generator's members (the same writes in both runs), then the load
    reset "$primary"; reset "$replica"
    loadgen "$port" "$label" "$work/loadgen-$label.out" --members "$members" --clients "$clients" \
        --readers "$readers" --seconds "$seconds" --warmup 3
    echo "$label $(served "$primary") $(served "$replica")" >>"$work/served"
    doorman_stop
}
echo "== without the replica" >&2
run primary-only
echo "== with the replica for inbox and request pages" >&2
run with-replica --doorman.datasource.replica.url="$replica_url"

echo
echo "$(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load $(cut -d' ' -f1 /proc/loadavg), $clients senders, $readers readers, $seconds s each"
printf '%-14s %10s %10s %10s %12s %14s %12s %12s\n' run "sends/s" "reads/s" "read_p95" "primary_stmts" "primary_ms" "primary_rows" "replica_stmts"
while read -r label pcalls pms prows rcalls rms rrows; do
    out="$work/loadgen-$label.out"
    reads=$(echo "$(csv_field "$out" inbox ok_per_s) + $(csv_field "$out" request_page ok_per_s)" | bc)
    printf '%-14s %10s %10s %10s %12s %14s %12s %12s\n' "$label" "$(csv_field "$out" send ok_per_s)" "$reads" \
        "$(csv_field "$out" inbox p95_ms)" "$pcalls" "$pms" "$prows" "${rcalls:-0}"
done <"$work/served"
echo "(statements from pg_stat_statements during the measured run; rows = tup_returned + tup_fetched; errors:"
for label in primary-only with-replica; do
    printf ' %s %s' "$label" "$(( $(csv_field "$work/loadgen-$label.out" send server_errors) + $(csv_field "$work/loadgen-$label.out" inbox server_errors) + $(csv_field "$work/loadgen-$label.out" request_page server_errors) ))"
done
echo ")"
