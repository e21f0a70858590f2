#!/bin/bash
# Three Doorman processes on one PostgreSQL under the load generator (issue 15, "scale beyond one machine"), with a
# webhook registered, and the checks that several processes must not break:
#  - no load generator saw a 5xx or a failed call;
#  - no two pending requests between the same pair (the 409 for a pending request holds across processes);
#  - every stored request was announced by exactly one request.received event, and no delivery and no event reached
#    the webhook twice although three outbox relays compete for the same rows.
# Prints each instance's rate, their sum, and the checks; exits 1 when a check fails.
# usage (from the project root, after ./mvnw -B -q -pl core,app,bench -am package -DskipTests):
#   bench/three-processes.sh [SECONDS]     (default 20)
# Environment: CLIENTS per instance (3), READERS per instance (1), MEMBERS per instance (150), KEEP=1 keeps the logs.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
seconds=${1:-20}
clients=${CLIENTS:-3}
readers=${READERS:-1}
members=${MEMBERS:-150}
require_built
work=$(mktemp -d /tmp/doorman-three.XXXXXX)
chmod 755 "$work"
pids=()
receiver=
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
    [ -n "$receiver" ] && kill "$receiver" 2>/dev/null || true
    pg_stop "$work/pg"
    [ "${KEEP:-0}" = 1 ] && echo "kept $work" >&2 || rm -rf "$work"
}
trap cleanup EXIT

pg_port=$(free_port)
pg_init "$work/pg" "$pg_port"
pg_start "$work/pg"
psql_at "$pg_port" postgres -c "CREATE DATABASE doorman"
url="jdbc:postgresql://127.0.0.1:$pg_port/doorman?user=postgres"

hook_port=$(free_port)
python3 bench/webhook-receiver.py "$hook_port" "$work/deliveries.tsv" &
receiver=$!

ports=()
for i in 1 2 3; do
    port=$(free_port)
    echo "== Doorman instance $i on port $port" >&2
    doorman_start "$work/doorman-$i.log" "$port" "$url" --doorman.webhooks.allow-private=true \
        --doorman.scheduler.interval=PT1S
    pids+=("$DOORMAN_PID")
    ports+=("$port")
done
curl -fsS -X POST "http://127.0.0.1:${ports[0]}/api/v1/webhooks" -H "Authorization: Bearer $ADMIN_TOKEN" \
    -H 'Content-Type: application/json' -d "{\"url\": \"http://127.0.0.1:$hook_port/hook\"}" >/dev/null \
    || die "the webhook could not be registered"

echo "== load: 3 instances x $clients clients + $readers readers, $seconds s" >&2
loaders=()
for i in 0 1 2; do
    loadgen "${ports[$i]}" "instance$((i + 1))" "$work/loadgen-$i.out" --members "$members" --clients "$clients" \
        --readers "$readers" --seconds "$seconds" --warmup 3 &
    loaders+=($!)
    sleep 1 # the load generator names its members after the millisecond it starts
done
failed=0
for pid in "${loaders[@]}"; do wait "$pid" || failed=1; done
[ "$failed" = 0 ] || die "a load generator failed (see $work)"

echo "== waiting for the outbox to drain" >&2
# Drained when no event waits to be fanned out and every delivery due by now was made or given up (a task's reminder
# is due a day later). A delivery that failed (the
# receiver was busy) is retried after its backoff (5 s, then doubled), so a quiet spell on the receiver alone is not
# the end. At most 5 minutes.
backlog() {
    psql_at "$pg_port" doorman -At -c "SELECT (SELECT count(*) FROM outbox WHERE delivered_at IS NULL
        AND gave_up_at IS NULL AND due_at <= extract(epoch FROM now()) * 1000) + (SELECT count(*) FROM webhook_events WHERE fanned_out_at IS NULL)"
}
for _ in $(seq 1 150); do
    [ "$(backlog)" = 0 ] && break
    sleep 2
done

requests=$(psql_at "$pg_port" doorman -At -c "SELECT count(*) FROM contact_requests")
double_pending=$(psql_at "$pg_port" doorman -At -c "SELECT count(*) FROM (SELECT sender_id, recipient_id
    FROM contact_requests WHERE state = 'pending' GROUP BY sender_id, recipient_id HAVING count(*) > 1) pairs")
psql_at "$pg_port" doorman -At -c "SELECT id FROM contact_requests ORDER BY id" >"$work/stored.txt"
awk -F'\t' '$3 == "request.received" {print $4}' "$work/deliveries.tsv" | sort >"$work/announced.txt"
deliveries=$(wc -l <"$work/deliveries.tsv")
twice_delivered=$(cut -f1 "$work/deliveries.tsv" | sort | uniq -d | wc -l)
twice_event=$(cut -f2 "$work/deliveries.tsv" | sort | uniq -d | wc -l)
announced_twice=$(uniq -d "$work/announced.txt" | wc -l)
waiting=$(backlog)
gave_up=$(psql_at "$pg_port" doorman -At -c "SELECT count(*) FROM outbox WHERE gave_up_at IS NOT NULL")
retried=$(psql_at "$pg_port" doorman -At -c "SELECT count(*) FROM outbox WHERE attempts > 1")
never_announced=$(comm -23 "$work/stored.txt" <(sort -u "$work/announced.txt") | wc -l)

errors() { echo $(( $(csv_field "$1" send server_errors) + $(csv_field "$1" send failures) \
    + $(csv_field "$1" inbox server_errors) + $(csv_field "$1" request_page server_errors) )); }
echo
echo "$(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, git $(git rev-parse --short HEAD 2>/dev/null || echo '?')"
printf '%-12s %10s %9s %9s %8s\n' instance sends_per_s p50_ms p99_ms errors
total=0
bad=0
for i in 0 1 2; do
    out="$work/loadgen-$i.out"
    rate=$(csv_field "$out" send ok_per_s)
    e=$(errors "$out")
    printf '%-12s %10s %9s %9s %8s\n' "$((i + 1))" "$rate" "$(csv_field "$out" send p50_ms)" \
        "$(csv_field "$out" send p99_ms)" "$e"
    total=$(echo "$total + $rate" | bc)
    [ "$e" = 0 ] || bad=1
done
printf '%-12s %10s\n' "sum" "$total"
echo
check() {
    local verdict=ok
    [ "$2" = "$3" ] || { verdict=FAILED; bad=1; }
    printf '%-52s %8s  %s\n' "$1" "$2" "$verdict"
}
echo "stored requests: $requests; webhook deliveries: $deliveries; deliveries retried after a failure: $retried"
check "deliveries due and still waiting (expect 0)" "$waiting" 0
check "deliveries given up (expect 0)" "$gave_up" 0
check "pairs with two pending requests (expect 0)" "$double_pending" 0
check "deliveries received twice (expect 0)" "$twice_delivered" 0
check "events received twice (expect 0)" "$twice_event" 0
check "requests announced twice (expect 0)" "$announced_twice" 0
check "stored requests never announced (expect 0)" "$never_announced" 0
exit "$bad"
