#!/bin/bash
# Growth (issue 15): fills a fresh PostgreSQL with the growth fixture to each SIZE stored requests in turn (default
# 10,000 then 5,000,000) and at each size measures, with the load generator, ingest over HTTP and the p95 of the inbox
# and request pages; then samples the plans of every statement Doorman sends (auto_explain: EXPLAIN ANALYZE with
# BUFFERS) into OUT/plans-SIZE.txt (bench/plans.py), and lists any sequential scan.
# usage (from the project root, after ./mvnw -B -q -pl core,app,bench -am package -DskipTests):
#   bench/growth.sh [SIZE...]          e.g. bench/growth.sh 10000 (checks the script in about 2 minutes);
#                                      the default 10000 5000000 takes about 30 minutes on a 2-core machine
# Environment: SECONDS_PER_RUN (30), CLIENTS (8), READERS (2), MEMBERS (400), OUT (bench/results), KEEP=1.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
sizes=("${@:-10000 5000000}")
read -r -a sizes <<<"${sizes[*]}"
seconds=${SECONDS_PER_RUN:-30}
clients=${CLIENTS:-8}
readers=${READERS:-2}
members=${MEMBERS:-400}
out=${OUT:-bench/results}
require_built
mkdir -p "$out"
work=$(mktemp -d /tmp/doorman-growth.XXXXXX)
chmod 755 "$work"
cleanup() { doorman_stop; pg_stop "$work/pg"; [ "${KEEP:-0}" = 1 ] && echo "kept $work" >&2 || rm -rf "$work"; }
trap cleanup EXIT

pg_port=$(free_port)
pg_init "$work/pg" "$pg_port"
cat >>"$work/pg/data/postgresql.conf" <<CONF
session_preload_libraries = 'auto_explain'
auto_explain.log_min_duration = -1
auto_explain.log_analyze = on
auto_explain.log_buffers = on
auto_explain.sample_rate = 0.2
CONF
pg_start "$work/pg"
psql_at "$pg_port" postgres -c "CREATE DATABASE doorman"
psql_at "$pg_port" doorman -c "CREATE EXTENSION pg_stat_statements"
url="jdbc:postgresql://127.0.0.1:$pg_port/doorman"
explain() { # on or off for new sessions
    psql_at "$pg_port" postgres -c "ALTER SYSTEM SET auto_explain.log_min_duration = $([ "$1" = on ] && echo 0 || echo -1)" \
        -c "SELECT pg_reload_conf()" >/dev/null
}

echo "size,fill_s,requests_in_db,sends_per_s,send_p99_ms,inbox_p95_ms,request_page_p95_ms,errors,rss_max_mb,seq_scans,load1" >"$work/results.csv"
stored=0
for size in "${sizes[@]}"; do
    if (( size > stored )); then
        echo "== filling to $size requests" >&2
        start=$(date +%s.%N)
        java -Xmx512m -jar "$JAR" fixture --url "$url" --user postgres --requests $(( size - stored )) \
            --prefix "g$size" >"$work/fixture-$size.log" 2>&1 || { cat "$work/fixture-$size.log" >&2; die "the fixture failed"; }
        fill=$(echo "$(date +%s.%N) - $start" | bc)
        psql_at "$pg_port" doorman -c "VACUUM ANALYZE" >/dev/null
        stored=$size
    fi
    in_db=$(psql_at "$pg_port" doorman -At -c "SELECT count(*) FROM contact_requests")
    echo "== $in_db stored requests: load for $seconds s" >&2
    app_port=$(free_port)
    doorman_start "$work/doorman-$size.log" "$app_port" "$url?user=postgres"
    rss_sample "$DOORMAN_PID" "$work/rss-$size" &
    sampler=$!
    load=$(cut -d' ' -f1 /proc/loadavg)
    loadgen "$app_port" "growth-$size" "$work/loadgen-$size.out" --members "$members" --clients "$clients" \
        --readers "$readers" --seconds "$seconds" --warmup 5
    kill "$sampler" 2>/dev/null || true
    cp "$work/loadgen-$size.out" "$out/loadgen-$size.txt"

    echo "== plans (auto_explain, a fifth of the statements, 10 s)" >&2
    log_lines=$(wc -l <"$work/pg/server.log")
    explain on
    # a fresh server, so that its pool opens sessions that load auto_explain with the new setting
    doorman_stop
    doorman_start "$work/doorman-$size-plans.log" "$app_port" "$url?user=postgres"
    loadgen "$app_port" "plans-$size" "$work/plans-load-$size.out" --members 50 --clients 2 --readers 2 \
        --seconds 10 --warmup 0
    doorman_stop
    explain off
    tail -n +"$((log_lines + 1))" "$work/pg/server.log" >"$work/explain-$size.log"
    python3 bench/plans.py "$work/explain-$size.log" >"$out/plans-$size.txt"
    seq=$(tail -1 "$out/plans-$size.txt" | sed 's/^sequential scans on: //; s/, /;/g')
    f() { csv_field "$work/loadgen-$size.out" "$@"; }
    errors=$(( $(f send server_errors) + $(f send failures) + $(f inbox server_errors) + $(f request_page server_errors) ))
    echo "$size,${fill:-0},$in_db,$(f send ok_per_s),$(f send p99_ms),$(f inbox p95_ms),$(f request_page p95_ms),$errors,$(rss_max "$work/rss-$size"),$seq,$load" >>"$work/results.csv"
    fill=
done
cp "$work/results.csv" "$out/growth.csv"
echo
echo "$(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, $clients clients, $readers readers, $seconds s per size; plans in $out/plans-SIZE.txt"
column -s, -t "$work/results.csv"
