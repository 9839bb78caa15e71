#!/usr/bin/env bash
# Batch eligibility at scale (issue 17): generates an N-row CSV, starts the application under a small heap on a
# free port with a fresh H2 file database, uploads the CSV twice as batch jobs (cold = first job after start,
# warm = second), and reports rows/s, peak resident memory (VmHWM), the heap after the run and whether the JVM
# ran out of memory. Figures go to docs/performance.md ("Batch eligibility at scale").
#
#   src/test/scripts/batch-load.sh [rows=1000000] [heap=512m]
#
# Runs the compiled classes (./mvnw -q compile first) with the runtime class path; set JAR=path/to.jar to run a
# packaged jar instead.
set -euo pipefail
ROWS=${1:-1000000}
HEAP=${2:-512m}
cd "$(dirname "$0")/../../.."
WORK=$(mktemp -d /tmp/ses-batch-load.XXXXXX)
CSV=$WORK/projects.csv
python3 - "$ROWS" "$CSV" <<'PY'
import sys
n, path = int(sys.argv[1]), sys.argv[2]
with open(path, "w") as f:
    f.write("name,ratedPowerMw,ratedEnergyMwh,annualCycles\n")
    for i in range(1, n + 1):
        mw = "lots" if i % 1000 == 0 else str(5 + i % 200)
        f.write(f"Project {i},{mw},{(5 + i % 200) * (1 + i % 6)},{200 + i % 200}\n")
PY
echo "rows=$ROWS heap=$HEAP csv=$(du -h "$CSV" | cut -f1)"
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
PASS=load-test-password
if [ -n "${JAR:-}" ]; then
  LAUNCH=(-jar "$JAR")
else
  if [ ! -f target/runtime-classpath.txt ]; then
    ./mvnw -q dependency:build-classpath -Dmdep.outputFile=target/runtime-classpath.txt -Dmdep.includeScope=runtime
  fi
  LAUNCH=(-cp "target/classes:$(cat target/runtime-classpath.txt)" com.sesadvisor.Application)
fi
SES_ADMIN_PASSWORD=$PASS PORT=$PORT \
SPRING_DATASOURCE_URL="jdbc:h2:file:$WORK/db;DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=10000;WRITE_DELAY=0" \
  java -Xmx"$HEAP" -XX:+ExitOnOutOfMemoryError "${LAUNCH[@]}" > "$WORK/app.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true' EXIT
for _ in $(seq 1 600); do
  curl -fs "http://127.0.0.1:$PORT/actuator/health/readiness" >/dev/null 2>&1 && break
  kill -0 $APP 2>/dev/null || { echo "application died"; tail -30 "$WORK/app.log"; exit 1; }
  sleep 0.5
done
echo "ready; load: $(cut -d' ' -f1-3 /proc/loadavg)"
run() {
  local label=$1 start id status body
  start=$(date +%s.%N)
  body=$(curl -fs -u "admin:$PASS" -H 'Content-Type: text/csv' --data-binary @"$CSV" \
    "http://127.0.0.1:$PORT/api/eligibility/batches?fileName=load.csv")
  id=$(echo "$body" | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
  while true; do
    body=$(curl -fs -u "admin:$PASS" "http://127.0.0.1:$PORT/api/eligibility/batches/$id")
    status=$(echo "$body" | python3 -c 'import json,sys; print(json.load(sys.stdin)["status"])')
    case $status in QUEUED|RUNNING) sleep 0.5 ;; *) break ;; esac
  done
  local end secs
  end=$(date +%s.%N)
  secs=$(python3 -c "print(round($end - $start, 2))")
  echo "$label: $(echo "$body" | python3 -c 'import json,sys; j=json.load(sys.stdin); print(j["status"], "read", j["rowsRead"], "judged", j["rowsJudged"], "failed", j["rowsFailed"], "job rows/s", j["rowsPerSecond"])'); upload+judge ${secs}s = $(python3 -c "print(round($ROWS / ($end - $start)))") rows/s end to end; load $(cut -d' ' -f1-3 /proc/loadavg)"
  start=$(date +%s.%N)
  curl -fs -u "admin:$PASS" -H 'Accept: application/x-ndjson' \
    "http://127.0.0.1:$PORT/api/eligibility/batches/$id/results" | wc -l | sed "s/^/$label: NDJSON lines /"
  echo "$label: download $(python3 -c "print(round($(date +%s.%N) - $start, 2))")s"
}
run cold
run warm
echo "peak RSS: $(grep VmHWM /proc/$APP/status | tr -s ' ')"
jcmd $APP GC.heap_info 2>/dev/null | head -3 || true
grep -c OutOfMemoryError "$WORK/app.log" | sed 's/^/OutOfMemoryError lines in log: /' || true
echo "cores: $(nproc); $(grep 'model name' /proc/cpuinfo | head -1)"
rm -f "$CSV"
