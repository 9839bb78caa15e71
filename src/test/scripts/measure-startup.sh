#!/usr/bin/env bash
# Start-up of the production jar, measured N times (issue 17). Not part of the build: the start-up budget (< 10 s to
# "Started" at rest) is guarded by this benchmark and its figures in docs/performance.md, not by a timed test.
#
#   bash src/test/scripts/measure-startup.sh [runs] [jar] [-- extra JVM/app args]
#
# Give paths absolute (runs start in a temporary folder). Each run starts the jar in a fresh temporary folder (so the
# first start creates and migrates an empty H2 database) with the repository's rules folder, then restarts it once on
# the same data. Per start it prints:
#   started  Spring's "Started Application in" figure (the issue's measure)
#   cpuS     CPU seconds (user + system) the process had used when that line appeared: the steadier companion
#            figure on a machine shared with other builds (wall time there scales with the load, CPU much less)
#   page     wall seconds from launching java until GET /login answered 200 (the first page served)
#   ready    wall seconds until /actuator/health/readiness answered UP (after the warm-up, ops.WarmUp)
#   cpuR     CPU seconds at readiness
# and at the end the medians and the load average before/after. NICE=-10 (as root) runs the application with that
# niceness, so that other builds on a shared machine take less of its CPU (an approximation of "at rest"; say so when
# you quote such figures).
set -euo pipefail
here="$(cd "$(dirname "$0")/../../.." && pwd)"
runs="${1:-3}"
jar="$(realpath "${2:-$here/target/production/ses-advisor-0.1.0-SNAPSHOT.jar}")"
shift $(( $# >= 2 ? 2 : $# )) || true
[[ "${1:-}" == "--" ]] && shift
extra=("$@")
[[ -f "$jar" ]] || { echo "no jar at $jar: ./mvnw -B -Pproduction -DskipTests package" >&2; exit 1; }
nice_cmd=()
[[ -n "${NICE:-}" ]] && nice_cmd=(nice -n "$NICE")
results="$(mktemp /tmp/ses-startup-results.XXXXXX)"
trap 'rm -f "$results"' EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
cpu_of() { awk '{printf "%.1f", ($14+$15)/100}' "/proc/$1/stat" 2>/dev/null || echo "?"; }
secs_since() { echo "scale=2; ($(date +%s%N) - $1) / 1000000000" | bc -l; }

start_once() { # $1 folder, $2 label
  local dir="$1" label="$2" port t0 pid jpid="" ready="" page="" started="" cpu_s="" cpu_r="" log
  port="$(free_port)"
  log="$dir/app-$label.log"
  t0=$(date +%s%N)
  (cd "$dir" && SES_ADMIN_PASSWORD=measure-startup-password exec "${nice_cmd[@]}" java ${JAVA_OPTS:-} "${extra[@]}" \
      -jar "$jar" --server.port="$port" --ses.rules.dir="$here/rules" > "$log" 2>&1) &
  pid=$!
  for _ in $(seq 1 12000); do
    [[ -n "$jpid" ]] || jpid=$(pgrep -P "$pid" java || true)
    [[ -n "$jpid" ]] || jpid=$( [[ "$(cat /proc/$pid/comm 2>/dev/null)" == java ]] && echo "$pid" || true)
    if [[ -z "$started" ]] && grep -q 'Started Application in' "$log" 2>/dev/null; then
      cpu_s=$(cpu_of "$jpid")
      started=$(grep -o 'Started Application in [0-9.]* seconds' "$log" | grep -o '[0-9.]*' | head -1)
    fi
    if [[ -z "$page" ]] && [[ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/login" 2>/dev/null)" == 200 ]]; then
      page=$(secs_since "$t0")
    fi
    if [[ -n "$page" ]] && curl -fs "http://127.0.0.1:$port/actuator/health/readiness" 2>/dev/null | grep -q '"UP"'; then
      ready=$(secs_since "$t0"); cpu_r=$(cpu_of "$jpid"); break
    fi
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.02
  done
  # "Started" may have been logged in the very poll that found readiness UP: take the figure, CPU unknown.
  [[ -n "$started" ]] || started=$(grep -o 'Started Application in [0-9.]* seconds' "$log" | grep -o '[0-9.]*' | head -1 || true)
  printf '%-9s started=%6ss cpuS=%5ss page=%6ss ready=%6ss cpuR=%5ss\n' "$label" "${started:-?}" "${cpu_s:-?}" \
      "${page:-?}" "${ready:-?}" "${cpu_r:-?}"
  echo "$label ${started:-nan} ${cpu_s:-nan} ${page:-nan} ${ready:-nan} ${cpu_r:-nan}" >> "$results"
  [[ -n "$jpid" ]] && kill "$jpid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  [[ -n "$ready" ]] || { echo "did not become ready; log: $log" >&2; tail -20 "$log" >&2; }
}

echo "jar: $jar  JAVA_OPTS: ${JAVA_OPTS:-} extra: ${extra[*]:-} NICE: ${NICE:-}  load before: $(cut -d' ' -f1-3 /proc/loadavg)"
for i in $(seq 1 "$runs"); do
  dir="$(mktemp -d /tmp/ses-startup.XXXXXX)"
  start_once "$dir" "first$i"
  start_once "$dir" "restart$i"
  rm -rf "$dir"
done
python3 - "$results" <<'EOF'
import statistics, sys
rows = [l.split() for l in open(sys.argv[1])]
for kind in ("first", "restart", ""):
    sel = [r for r in rows if r[0].startswith(kind)]
    if not sel:
        continue
    med = [statistics.median(float(r[i]) for r in sel) for i in range(1, 6)]
    print(f"median {kind or 'all':9} started={med[0]:6.2f}s cpuS={med[1]:5.1f}s page={med[2]:6.2f}s "
          f"ready={med[3]:6.2f}s cpuR={med[4]:5.1f}s  (n={len(sel)})")
EOF
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
