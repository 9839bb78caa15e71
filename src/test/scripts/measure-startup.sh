#!/usr/bin/env bash
# Start-up of the production jar, measured N times (issue 17). Not part of the build.
#
#   bash src/test/scripts/measure-startup.sh [runs] [jar] [-- extra JVM/app args]
#
# Give paths absolute (runs start in a temporary folder). Each run starts the jar in a fresh temporary folder (so the first start creates and migrates an empty H2 database)
# with the repository's rules folder, then restarts it once on the same data. It prints, per start, Spring's
# "Started Application in" figure, the time until /actuator/health/readiness answered UP (wall clock from the
# launch of the java process), and the CPU seconds the process had used by then.
set -euo pipefail
here="$(cd "$(dirname "$0")/../../.." && pwd)"
runs="${1:-3}"
jar="$(realpath "${2:-$here/target/production/ses-advisor-0.1.0-SNAPSHOT.jar}")"
shift $(( $# >= 2 ? 2 : $# )) || true
[[ "${1:-}" == "--" ]] && shift
extra=("$@")
[[ -f "$jar" ]] || { echo "no jar at $jar: ./mvnw -B -Pproduction -DskipTests package" >&2; exit 1; }

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

start_once() { # $1 folder, $2 label
  local dir="$1" label="$2" port t0 pid ready="" started cpu
  port="$(free_port)"
  t0=$(date +%s%N)
  (cd "$dir" && SES_ADMIN_PASSWORD=measure-startup-password exec java ${JAVA_OPTS:-} "${extra[@]}" -jar "$jar" \
      --server.port="$port" --ses.rules.dir="$here/rules" > "$dir/app-$label.log" 2>&1) &
  pid=$!
  for _ in $(seq 1 1200); do
    if curl -fs "http://127.0.0.1:$port/actuator/health/readiness" 2>/dev/null | grep -q '"UP"'; then
      ready=$(( ($(date +%s%N) - t0) / 1000000 )); break
    fi
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.05
  done
  local jpid; jpid=$(pgrep -P "$pid" java || echo "$pid")
  cpu=$(awk '{printf "%.1f", ($14+$15)/100}' "/proc/$jpid/stat" 2>/dev/null || echo "?")
  started=$(grep -o 'Started Application in [0-9.]* seconds' "$dir/app-$label.log" | grep -o '[0-9.]*' | head -1 || true)
  printf '%-8s started=%5ss readyUP=%6.2fs cpu=%5ss\n' "$label" "${started:-?}" "$(echo "${ready:-0}/1000" | bc -l)" "$cpu"
  kill "$jpid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true
  [[ -n "$ready" ]] || { echo "did not become ready; log: $dir/app-$label.log" >&2; tail -20 "$dir/app-$label.log" >&2; }
}

echo "jar: $jar  JAVA_OPTS: ${JAVA_OPTS:-} extra: ${extra[*]:-}  load: $(cut -d' ' -f1-3 /proc/loadavg)"
for i in $(seq 1 "$runs"); do
  dir="$(mktemp -d /tmp/ses-startup.XXXXXX)"
  start_once "$dir" "first$i"
  start_once "$dir" "restart$i"
  rm -rf "$dir"
done
