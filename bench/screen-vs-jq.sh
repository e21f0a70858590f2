#!/bin/bash
# Times the whole `doorman screen` process on N generated requests (default 100,000) against `jq -c .` merely
# re-printing the same file, on the same machine in one run, and prints both times side by side with their ratio.
# `doorman screen` runs through the launcher bin/doorman (quick JIT compiler only); for reference it also times plain
# `java -jar doorman.jar screen` (both JIT compilers, the JVM's default).
# usage (from the project root, after `./mvnw -B -q package`): bench/screen-vs-jq.sh [N]
set -euo pipefail
n=${1:-100000}
jar=${JAR:-app/target/doorman.jar}
here=$(cd "$(dirname "$0")" && pwd)
command -v jq >/dev/null || { echo "jq is not installed" >&2; exit 2; }
[ -f "$jar" ] || { echo "no $jar: build first (./mvnw -B -q package)" >&2; exit 2; }
file=$(mktemp --suffix=.jsonl)
out=$(mktemp)
trap 'rm -f "$file" "$out"' EXIT
python3 "$here/generate-requests.py" "$n" > "$file"
seconds() { local start end; start=$(date +%s.%N); "$@"; end=$(date +%s.%N); echo "$end - $start" | bc; }
jq_time=$(seconds sh -c "jq -c . '$file' > /dev/null")
screen_time=$(seconds sh -c "DOORMAN_JAR='$jar' '$here/../bin/doorman' screen --input '$file' > '$out'")
lines=$(wc -l < "$out")
plain_time=$(seconds sh -c "java -jar '$jar' screen --input '$file' > /dev/null")
printf '%s requests, %s MB, %s cores, load %s\n' "$n" "$(( $(stat -c %s "$file") / 1000000 ))" "$(nproc)" \
    "$(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-36s %8.2f s\n' "jq -c ." "$jq_time" "bin/doorman screen" "$screen_time" \
    "java -jar doorman.jar screen" "$plain_time"
printf 'doorman screen answered %s lines; %s (doorman/jq = %s)\n' "$lines" \
    "$(echo "$screen_time < $jq_time" | bc | sed 's/1/faster than jq/;s/0/slower than jq/')" \
    "$(echo "scale=2; $screen_time / $jq_time" | bc)"
