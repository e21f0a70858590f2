#!/bin/bash
# CPU per request, A against B (issue 15): on one PostgreSQL cluster, each server jar (with optional extra arguments)
# in turn takes the same ingest load (8 clients, no readers, a 10 s warm-up then SECONDS measured), and the CPU time
# of the server, of PostgreSQL's processes and of the load generator is read from /proc and divided by the requests
# stored. On a shared machine the rate depends on how much CPU each process got; CPU per request much less so.
# usage (from the project root, after packaging):
#   bench/cpu-per-request.sh SECONDS LABEL=JAR[@EXTRA ARGUMENTS] ...
#   e.g. bench/cpu-per-request.sh 20 before=/tmp/before.jar after=app/target/doorman.jar \
#        "pool10=app/target/doorman.jar@--spring.datasource.hikari.maximum-pool-size=10"
# PostgreSQL's processes are counted by user, so this expects to run as root (PostgreSQL then runs as postgres).
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
secs=$1; shift
work=$(mktemp -d /tmp/doorman-ab.XXXXXX); chmod 755 "$work"
cleanup() { doorman_stop; pg_stop "$work/pg"; }
trap cleanup EXIT
pg_port=$(free_port); pg_init "$work/pg" "$pg_port"; pg_start "$work/pg"
ticks() { awk '{print $14+$15}' /proc/$1/stat; }
pgticks() { local t=0; for p in $(pgrep -u postgres postgres); do t=$((t + $(awk '{print $14+$15}' /proc/$p/stat 2>/dev/null || echo 0))); done; echo $t; }
hz=$(getconf CLK_TCK)
i=0
for spec in "$@"; do
  i=$((i+1)); label=${spec%%=*}; rest=${spec#*=}; JAR=${rest%%@*}; extra=""; [[ "$rest" == *@* ]] && extra=${rest#*@}
  psql_at "$pg_port" postgres -c "CREATE DATABASE d$i" >/dev/null
  psql_at "$pg_port" d$i -c "CREATE EXTENSION pg_stat_statements" >/dev/null
  url="jdbc:postgresql://127.0.0.1:$pg_port/d$i?user=postgres"
  app_port=$(free_port)
  doorman_start "$work/s$i.log" "$app_port" "$url" $extra
  psql_at "$pg_port" d$i -c "SELECT pg_stat_statements_reset()" >/dev/null
  load=$(cut -d' ' -f1 /proc/loadavg)
  # warm-up run, then the measured one
  loadgen "$app_port" warm "$work/w$i.out" --members 400 --clients 8 --readers 0 --seconds 10 --warmup 3
  s0=$(ticks $DOORMAN_PID); p0=$(pgticks); t0=$(date +%s.%N)
  /usr/bin/time -f "%U %S" -o "$work/lg$i.time" java -jar "$LOADGEN" --base "http://127.0.0.1:$app_port" --admin-token "$ADMIN_TOKEN" --label "$label" --members 400 --clients 8 --readers 0 --seconds "$secs" --warmup 3 > "$work/l$i.out" 2>&1
  s1=$(ticks $DOORMAN_PID); p1=$(pgticks)
  n=$(csv_field "$work/l$i.out" send ok); rate=$(csv_field "$work/l$i.out" send ok_per_s)
  stm=$(psql_at "$pg_port" d$i -At -c "SELECT round(sum(calls)::numeric / nullif((SELECT sum(calls) FROM pg_stat_statements WHERE query LIKE 'INSERT INTO contact_requests%'), 0), 1) FROM pg_stat_statements")
  lg=$(awk '{print $1+$2}' "$work/lg$i.time")
  printf '%-22s rate %7s/s p50 %6s p99 %7s  cpu ms/req: server %5.2f postgres %5.2f loadgen(incl. setup) %5.2f  stmts/req %s load %s\n' \
    "$label" "$rate" "$(csv_field "$work/l$i.out" send p50_ms)" "$(csv_field "$work/l$i.out" send p99_ms)" \
    "$(echo "($s1-$s0)*1000/$hz/$n" | bc -l)" "$(echo "($p1-$p0)*1000/$hz/$n" | bc -l)" "$(echo "$lg*1000/$n" | bc -l)" "$stm" "$load"
  doorman_stop
done
