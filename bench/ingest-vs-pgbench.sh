#!/bin/bash
# Ingest over HTTP against PostgreSQL's own insert rate, side by side in one run (issue 15):
#  1. a fresh PostgreSQL cluster on a free loopback port (Debian's binaries, data under a temporary directory);
#  2. Doorman on it (its migrations create the schema), then pgbench with CLIENTS clients inserting one row shaped
#     like a stored request per transaction (bench/pgbench-insert.sql) into a copy of contact_requests;
#  3. the load generator with CLIENTS clients sending requests over HTTP to that Doorman, while the server's
#     resident memory is sampled from /proc;
#  4. the same load on Doorman with a fresh SQLite file.
# Prints both rates, their ratio, p50/p99 and the server's largest resident memory, as a table and as CSV.
# usage (from the project root, after ./mvnw -B -q -pl core,app,bench -am package -DskipTests):
#   bench/ingest-vs-pgbench.sh [SECONDS]     (default 30; a run takes about 3 minutes plus 3 x SECONDS)
# Environment: CLIENTS (8), MEMBERS (400), READERS (0), KEEP=1 keeps the temporary directory (logs, data).
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
seconds=${1:-30}
clients=${CLIENTS:-8}
members=${MEMBERS:-400}
readers=${READERS:-0}
require_built
command -v curl >/dev/null || die "curl is not installed"
work=$(mktemp -d /tmp/doorman-ingest.XXXXXX)
chmod 755 "$work"
cleanup() { doorman_stop; pg_stop "$work/pg"; [ "${KEEP:-0}" = 1 ] && echo "kept $work" >&2 || rm -rf "$work"; }
trap cleanup EXIT

pg_port=$(free_port)
pg_init "$work/pg" "$pg_port"
pg_start "$work/pg"
psql_at "$pg_port" postgres -c "CREATE DATABASE doorman"
psql_at "$pg_port" doorman -c "CREATE EXTENSION pg_stat_statements"
url="jdbc:postgresql://127.0.0.1:$pg_port/doorman?user=postgres"

echo "== PostgreSQL $("$PGBIN/postgres" --version | awk '{print $3}') on port $pg_port; Doorman starting" >&2
app_port=$(free_port)
doorman_start "$work/doorman-pg.log" "$app_port" "$url"

psql_at "$pg_port" doorman -c "CREATE TABLE bench_requests (LIKE contact_requests INCLUDING ALL); CREATE SEQUENCE bench_seq;"
echo "== pgbench, $clients clients, $seconds s" >&2
load_pgbench=$(cut -d' ' -f1 /proc/loadavg)
as_postgres "$PGBIN/pgbench" -h 127.0.0.1 -p "$pg_port" -U postgres -n -c "$clients" -j 2 -T "$seconds" -r \
    -f bench/pgbench-insert.sql doorman >"$work/pgbench.out" 2>&1 || { cat "$work/pgbench.out" >&2; die "pgbench failed"; }
pgbench_tps=$(awk '/^tps = / {printf "%.0f", $3}' "$work/pgbench.out")
pgbench_lat=$(awk '/^latency average = / {print $4}' "$work/pgbench.out")

echo "== Doorman on PostgreSQL, $clients clients, $seconds s" >&2
psql_at "$pg_port" doorman -c "SELECT pg_stat_statements_reset()" >/dev/null
rss_sample "$DOORMAN_PID" "$work/rss-pg" &
sampler=$!
load_pg=$(cut -d' ' -f1 /proc/loadavg)
loadgen "$app_port" postgresql "$work/loadgen-pg.out" --members "$members" --clients "$clients" \
    --readers "$readers" --seconds "$seconds" --warmup 5
kill "$sampler" 2>/dev/null || true
statements=$(psql_at "$pg_port" doorman -At -c "SELECT round(sum(calls)::numeric / nullif((SELECT sum(calls) FROM pg_stat_statements WHERE query LIKE 'INSERT INTO contact_requests%'), 0), 1) FROM pg_stat_statements")
doorman_stop

echo "== Doorman on SQLite, $clients clients, $seconds s" >&2
app_port=$(free_port)
doorman_start "$work/doorman-sqlite.log" "$app_port" "jdbc:sqlite:$work/sqlite/doorman.db?journal_mode=WAL&foreign_keys=true"
rss_sample "$DOORMAN_PID" "$work/rss-sqlite" &
sampler=$!
load_sqlite=$(cut -d' ' -f1 /proc/loadavg)
loadgen "$app_port" sqlite "$work/loadgen-sqlite.out" --members "$members" --clients "$clients" \
    --readers "$readers" --seconds "$seconds" --warmup 5
kill "$sampler" 2>/dev/null || true
doorman_stop

pg_rate=$(csv_field "$work/loadgen-pg.out" send ok_per_s)
sqlite_rate=$(csv_field "$work/loadgen-sqlite.out" send ok_per_s)
errors() { echo $(( $(csv_field "$1" send server_errors) + $(csv_field "$1" send failures) + $(csv_field "$1" send client_errors) )); }
ratio=$(echo "scale=3; $pg_rate / $pgbench_tps" | bc)
echo
echo "$(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, $clients clients, $seconds s each, git $(git rev-parse --short HEAD 2>/dev/null || echo '?')"
printf '%-34s %10s %9s %9s %9s %8s %6s\n' what per_s p50_ms p99_ms rss_max_mb errors load1
printf '%-34s %10s %9s %9s %9s %8s %6s\n' "pgbench, one insert per tx" "$pgbench_tps" "-" "(avg $pgbench_lat)" "-" "-" "$load_pgbench"
printf '%-34s %10s %9s %9s %9s %8s %6s\n' "Doorman POST /requests, PostgreSQL" "$pg_rate" \
    "$(csv_field "$work/loadgen-pg.out" send p50_ms)" "$(csv_field "$work/loadgen-pg.out" send p99_ms)" \
    "$(rss_max "$work/rss-pg")" "$(errors "$work/loadgen-pg.out")" "$load_pg"
printf '%-34s %10s %9s %9s %9s %8s %6s\n' "Doorman POST /requests, SQLite" "$sqlite_rate" \
    "$(csv_field "$work/loadgen-sqlite.out" send p50_ms)" "$(csv_field "$work/loadgen-sqlite.out" send p99_ms)" \
    "$(rss_max "$work/rss-sqlite")" "$(errors "$work/loadgen-sqlite.out")" "$load_sqlite"
echo "ratio Doorman on PostgreSQL / pgbench: $ratio (target 0.6); statements per request: $statements"
echo
echo "what,per_s,p50_ms,p99_ms,rss_max_mb,errors,load1"
echo "pgbench,$pgbench_tps,,,,,$load_pgbench"
echo "doorman_postgresql,$pg_rate,$(csv_field "$work/loadgen-pg.out" send p50_ms),$(csv_field "$work/loadgen-pg.out" send p99_ms),$(rss_max "$work/rss-pg"),$(errors "$work/loadgen-pg.out"),$load_pg"
echo "doorman_sqlite,$sqlite_rate,$(csv_field "$work/loadgen-sqlite.out" send p50_ms),$(csv_field "$work/loadgen-sqlite.out" send p99_ms),$(rss_max "$work/rss-sqlite"),$(errors "$work/loadgen-sqlite.out"),$load_sqlite"
echo "ratio,$ratio"
