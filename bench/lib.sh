# Shared by the bench/*.sh scripts (sourced, not run): a throw-away PostgreSQL cluster, a Doorman server, its
# resident memory sampled from /proc, and the load generator's CSV. PostgreSQL runs as the user `postgres` when the
# scripts run as root (initdb refuses root); its binaries are Debian's, under /usr/lib/postgresql/*/bin.

PGBIN=${PGBIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)}
JAR=${JAR:-app/target/doorman.jar}
LOADGEN=${LOADGEN:-bench/target/loadgen.jar}
ADMIN_TOKEN=${ADMIN_TOKEN:-bench-secret}
export PATH=${JAVA_HOME:+$JAVA_HOME/bin:}$PATH

die() { echo "$*" >&2; exit 2; }

require_built() {
    [ -x "$PGBIN/initdb" ] || die "no PostgreSQL binaries (set PGBIN to the directory of initdb)"
    [ -f "$JAR" ] || die "no $JAR: build first (./mvnw -B -q -pl core,app,bench -am package -DskipTests)"
    [ -f "$LOADGEN" ] || die "no $LOADGEN: build first (./mvnw -B -q -pl core,app,bench -am package -DskipTests)"
}

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

as_postgres() {
    if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

# pg_init DIR PORT: a new cluster in DIR/data listening on 127.0.0.1:PORT, trust authentication, user postgres.
pg_init() {
    local dir=$1 port=$2
    mkdir -p "$dir"
    [ "$(id -u)" = 0 ] && chown postgres "$dir"
    as_postgres "$PGBIN/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 >"$dir/initdb.log" 2>&1 \
        || die "initdb failed, see $dir/initdb.log"
    cat >>"$dir/data/postgresql.conf" <<CONF
port = $port
listen_addresses = '127.0.0.1'
unix_socket_directories = '$dir'
shared_buffers = 256MB
max_connections = 200
wal_level = replica
max_wal_senders = 4
shared_preload_libraries = 'pg_stat_statements'
pg_stat_statements.track = all
CONF
    echo "host replication postgres 127.0.0.1/32 trust" >>"$dir/data/pg_hba.conf"
}

pg_start() { as_postgres "$PGBIN/pg_ctl" -D "$1/data" -l "$1/server.log" -w start >/dev/null || die "PostgreSQL did not start, see $1/server.log"; }
pg_stop() { [ -d "$1/data" ] && as_postgres "$PGBIN/pg_ctl" -D "$1/data" -m fast -w stop >/dev/null 2>&1 || true; }

# psql_at PORT [DB] ARGS...: psql as postgres on the loopback port.
psql_at() { local port=$1 db=$2; shift 2; "$PGBIN/psql" -h 127.0.0.1 -p "$port" -U postgres -d "$db" -X -q -v ON_ERROR_STOP=1 "$@"; }

# doorman_start LOG PORT JDBC_URL [more arguments]: starts `doorman serve` with the rate limits raised for load and
# waits for its health; sets DOORMAN_PID.
doorman_start() {
    local log=$1 port=$2 url=$3; shift 3
    java -Xmx${DOORMAN_XMX:-384m} ${DOORMAN_JVM_OPTS:-} -jar "$JAR" serve \
        --spring.datasource.url="$url" --doorman.admin-token="$ADMIN_TOKEN" --server.port="$port" \
        --doorman.limits.requests.capacity=1000000 --doorman.limits.requests.period=PT1S \
        --doorman.limits.messages.capacity=1000000 --doorman.limits.profile-views.capacity=1000000 \
        "$@" >"$log" 2>&1 &
    DOORMAN_PID=$!
    for _ in $(seq 1 240); do
        curl -fs "http://127.0.0.1:$port/actuator/health" >/dev/null 2>&1 && return 0
        kill -0 "$DOORMAN_PID" 2>/dev/null || die "Doorman stopped at start, see $log"
        sleep 0.5
    done
    die "Doorman did not answer within two minutes, see $log"
}

doorman_stop() {
    if [ -n "${DOORMAN_PID:-}" ]; then
        kill "$DOORMAN_PID" 2>/dev/null || true
        wait "$DOORMAN_PID" 2>/dev/null || true
    fi
    DOORMAN_PID=
}

# rss_sample PID OUT: writes the resident memory of PID in kB every half second until PID ends or the sampler is
# killed; rss_max OUT prints the largest sample in MB.
rss_sample() { while [ -r "/proc/$1/status" ]; do awk '/^VmRSS/ {print $2}' "/proc/$1/status" 2>/dev/null; sleep 0.5; done >"$2"; }
rss_max() { sort -n "$1" | tail -1 | awk '{printf "%.0f", $1 / 1024}'; }

# loadgen PORT LABEL OUT [more options]: runs the load generator and keeps its output (table and CSV) in OUT.
loadgen() {
    local port=$1 label=$2 out=$3; shift 3
    java -jar "$LOADGEN" --base "http://127.0.0.1:$port" --admin-token "$ADMIN_TOKEN" --label "$label" "$@" >"$out" 2>&1 \
        || { cat "$out" >&2; die "the load generator failed"; }
}

# csv_field OUT OPERATION COLUMN: one figure from the load generator's CSV (operation: send, inbox, request_page).
csv_field() {
    awk -F, -v op="$2" -v col="$3" '
        /^label,operation,/ { for (i = 1; i <= NF; i++) idx[$i] = i; next }
        idx["operation"] && $2 == op { print $(idx[col]); exit }' "$1"
}
